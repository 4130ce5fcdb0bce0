"""The dashboard: figure cards, three charts and the "needs attention" lists.

Everything comes from one call, `mentorapp.services.dashboard.figures()`, run on the thread
pool; the page only lays the answer out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import label
from mentorapp.services import dashboard
from ui.models.table import Column
from ui.tasks import run_task
from ui.widgets.record_table import RecordTable


def _month_name(key: str) -> str:
    """'2026-03' -> 'Mar 26'."""
    return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%b %y")


def _rating(value) -> str:
    return f"{value:.2f}" if value is not None else ""


ATTENTION_LISTS = [
    ("overdue_check_ins", "Overdue check-ins",
     [Column("name", "Staff member", width=200), Column("employee_id", "Employee ID"),
      Column("last_check_in", "Last check-in"), Column("due", "Next check-in was due")]),
    ("certifications_expiring", "Certifications expiring",
     [Column("name", "Staff member", width=200), Column("employee_id", "Employee ID"),
      Column("program", "Certification", width=240), Column("expires_on", "Expires on")]),
    ("incidents_past_follow_up", "Incidents past follow-up",
     [Column("name", "Staff member", width=200), Column("employee_id", "Employee ID"),
      Column("date", "Incident date"), Column("follow_up_date", "Follow-up was due"),
      Column("comment", "What happened", width=320)]),
    ("mentors_over_capacity", "Mentors over capacity",
     [Column("name", "Mentor", width=200),
      Column("active_mentees", "Active mentees", numeric=True, width=120),
      Column("capacity", "Capacity", numeric=True)]),
    ("falling_ratings", "Ratings falling",
     [Column("name", "Staff member", width=200), Column("employee_id", "Employee ID"),
      Column("before", "Previous 90 days", numeric=True, width=130,
             text=lambda row: _rating(row.get("before"))),
      Column("recent", "Last 90 days", numeric=True, width=120,
             text=lambda row: _rating(row.get("recent")))]),
]


class FigureCard(QFrame):
    """A big number with a title and a line of detail."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.detail = QLabel(" ")
        self.detail.setObjectName("cardDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)

    def set(self, value: str, detail: str = " ") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class ChartCard(QFrame):
    """A titled frame a chart is put into once the data is in."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        self.empty = QLabel("No data yet")
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(220)
        self.chart: QWidget | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 6)
        self.body.addWidget(heading)
        self.body.addWidget(self.empty, 1)

    def set_chart(self, chart: QWidget | None) -> None:
        if self.chart is not None:
            self.body.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart
        self.empty.setVisible(chart is None)
        if chart is not None:
            self.body.addWidget(chart, 1)


class AttentionList(RecordTable):
    """One "needs attention" list; double-click opens the staff member's profile."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self.setMinimumHeight(200)


class DashboardPage(QWidget):
    """Signals: `staff_opened(int)` on a double-click in a "needs attention" list;
    `loaded()` once figures are shown."""

    staff_opened = Signal(int)
    loaded = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.figures: dict | None = None
        self.cards = {
            "active_staff": FigureCard("Active staff"),
            "active_mentorships": FigureCard("Active mentorships"),
            "average_rating": FigureCard("Average rating, last 90 days"),
            "trainings": FigureCard("Trainings completed this quarter"),
        }
        self.charts = {
            "rating_by_month": ChartCard("Average rating by month"),
            "training_hours_by_client": ChartCard("Training hours by client, last 12 months"),
            "feedback_by_source": ChartCard("Feedback by source, last 12 months"),
        }
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.attention = QTabWidget()
        self.lists: dict[str, AttentionList] = {}
        for key, title, columns in ATTENTION_LISTS:
            view = AttentionList(columns)
            view.setObjectName(key)
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index))
            self.lists[key] = view
            self.attention.addTab(view, title)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        charts = QGridLayout()
        charts.setSpacing(12)
        for number, card in enumerate(self.charts.values()):
            charts.addWidget(card, 0, number)
            charts.setColumnStretch(number, 1)
        heading = QLabel("Needs attention")
        heading.setObjectName("sectionTitle")
        hint = QLabel("Double-click a row to open the staff profile")
        hint.setObjectName("hint")
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch(1)
        heading_row.addWidget(hint)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.status)
        layout.addLayout(cards)
        layout.addLayout(charts)
        layout.addLayout(heading_row)
        layout.addWidget(self.attention, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        """Load the figures again on the thread pool."""
        self.status.setText("Loading…")
        self.status.show()
        run_task(dashboard.figures, on_done=self.show_figures, on_error=self.show_error,
                 owner=self)

    def show_error(self, exc: BaseException) -> None:
        self.status.setText(f"Could not load the dashboard: {exc}")
        self.status.show()

    def show_figures(self, figures: dict) -> None:
        self.figures = figures
        self.status.hide()
        self.cards["active_staff"].set(f"{figures['active_staff']:,}")
        self.cards["active_mentorships"].set(f"{figures['active_mentorships']:,}")
        rating = figures["average_rating_90_days"]
        if rating["average"] is None:
            self.cards["average_rating"].set("–", "No rated feedback yet")
        else:
            self.cards["average_rating"].set(f"{rating['average']:.2f}",
                                             f"out of 5, from {rating['count']:,} ratings")
        trainings = figures["trainings_this_quarter"]
        self.cards["trainings"].set(f"{trainings['count']:,}",
                                    f"{trainings['hours']:,.0f} hours")
        self._show_charts(figures)
        for key, _title, _columns in ATTENTION_LISTS:
            if key in figures:
                self._show_list(key, figures[key])
        # The slowest list comes last so the rest of the page shows at once.
        run_task(dashboard.falling_ratings, on_done=self._show_falling_ratings,
                 on_error=self.show_error, owner=self)

    def _show_falling_ratings(self, rows: list[dict]) -> None:
        self._show_list("falling_ratings", rows)
        self.loaded.emit()

    def _show_list(self, key: str, rows: list[dict]) -> None:
        title = next(title for k, title, _columns in ATTENTION_LISTS if k == key)
        self.lists[key].set_rows(rows)
        self.attention.setTabText(self.attention.indexOf(self.lists[key]),
                                  f"{title} ({len(rows)})")

    def _show_charts(self, figures: dict) -> None:
        from ui.widgets import charts

        months = figures["rating_by_month"]
        self.charts["rating_by_month"].set_chart(charts.line_chart(
            [_month_name(m["month"]) for m in months], [m["average"] for m in months],
            minimum=1, maximum=5) if months else None)
        hours = [h for h in figures["training_hours_by_client"] if h["hours"]]
        self.charts["training_hours_by_client"].set_chart(charts.bar_chart(
            [h["client"] for h in hours], [h["hours"] for h in hours]) if hours else None)
        sources = sorted(figures["feedback_by_source"].items(), key=lambda kv: -kv[1])
        self.charts["feedback_by_source"].set_chart(charts.donut_chart(
            [(label(source), count) for source, count in sources]) if sources else None)

    def _open(self, view: AttentionList, index) -> None:
        staff_id = view.record_at(index).get("staff_id")
        if staff_id:
            self.staff_opened.emit(staff_id)
