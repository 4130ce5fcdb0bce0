"""The dashboard: filters, figure cards, three charts and the "needs attention" lists.

The figures come from one call, `mentorapp.services.dashboard.figures()` (narrowed by the
filters in SQL), run on the thread pool; the page only lays the answer out. Cards and charts
sit in grids that drop to two columns (one at very narrow widths) so nothing scrolls sideways.
Clicking a card or a chart entry asks for the list behind it (`list_requested`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.services import dashboard
from ui.i18n import Context, label, month_text, number
from ui.models.table import Column
from ui.pages.profile.kpi_tab import value_text
from ui.tasks import run_task
from ui.widgets.accessible import FocusScrollArea
from ui.widgets.clickable import Clickable
from ui.widgets.record_table import RecordTable

tr_dashboard_page = Context("tr_dashboard_page")

RATING_AXIS_MAX = 5.4  # room above 5.0 for the points at the top


def month_name(key: str) -> str:
    """'2026-03' -> 'Mar 2026' (the locale's short month name)."""
    return month_text(int(key[:4]), int(key[5:7]))


def rating_text(value) -> str:
    """Every average on the dashboard, with the same two decimals."""
    return number(value, 2) if value is not None else ""


def kpi_text(row: dict, value) -> str:
    """A KPI figure of a "below target" row in its metric's unit."""
    return value_text(value, row["unit"], row["decimals"])


def attention_lists() -> list[tuple[str, str, list[Column]]]:
    """(key, title, columns) of the "needs attention" lists, in the current language."""
    staff = tr_dashboard_page.tr("Staff member")
    employee_id = tr_dashboard_page.tr("Employee ID")
    return [
        ("overdue_check_ins", tr_dashboard_page.tr("Overdue check-ins"),
         [Column("name", staff, width=200), Column("employee_id", employee_id),
          Column("last_check_in", tr_dashboard_page.tr("Last check-in")),
          Column("due", tr_dashboard_page.tr("Next check-in was due"))]),
        ("certifications_expiring", tr_dashboard_page.tr("Certifications expiring"),
         [Column("name", staff, width=200), Column("employee_id", employee_id),
          Column("program", tr_dashboard_page.tr("Certification"), width=240),
          Column("expires_on", tr_dashboard_page.tr("Expires on"))]),
        ("incidents_past_follow_up", tr_dashboard_page.tr("Incidents past follow-up"),
         [Column("name", staff, width=200), Column("employee_id", employee_id),
          Column("date", tr_dashboard_page.tr("Incident date")),
          Column("follow_up_date", tr_dashboard_page.tr("Follow-up was due")),
          Column("comment", tr_dashboard_page.tr("What happened"), width=320)]),
        ("mentors_over_capacity", tr_dashboard_page.tr("Mentors over capacity"),
         [Column("name", tr_dashboard_page.tr("Mentor"), width=200),
          Column("active_mentees", tr_dashboard_page.tr("Active mentees"), numeric=True, width=120),
          Column("capacity", tr_dashboard_page.tr("Capacity"), numeric=True)]),
        ("falling_ratings", tr_dashboard_page.tr("Ratings falling"),
         [Column("name", staff, width=200), Column("employee_id", employee_id),
          Column("before", tr_dashboard_page.tr("Previous 90 days"), numeric=True, width=130,
                 text=lambda row: rating_text(row.get("before"))),
          Column("recent", tr_dashboard_page.tr("Last 90 days"), numeric=True, width=120,
                 text=lambda row: rating_text(row.get("recent")))]),
        ("kpi_below_target", tr_dashboard_page.tr("Below target two months running"),
         [Column("client_name", tr_dashboard_page.tr("Client"), width=120),
          Column("name", staff, width=150), Column("employee_id", employee_id, width=95),
          Column("metric", tr_dashboard_page.tr("Metric"), width=95),
          Column("target", tr_dashboard_page.tr("Target"), width=65,
                 text=lambda row: kpi_text(row, row["target"])),
          Column("periods_below", tr_dashboard_page.tr("Months below"), numeric=True, width=90),
          Column("figures", tr_dashboard_page.tr("Figures, oldest first"), width=150,
                 text=lambda row: " · ".join(kpi_text(row, v) for v in row["figures"]))]),
    ]


ATTENTION_KEYS = ("overdue_check_ins", "certifications_expiring", "incidents_past_follow_up",
                  "mentors_over_capacity", "falling_ratings", "kpi_below_target")
# Loaded after the figures, each on its own (the slowest last), so the page shows at once.
LATE_LISTS = ("falling_ratings", "kpi_below_target")


def periods() -> list[tuple[str, int]]:
    return [(tr_dashboard_page.tr("Last %n months", None, months), months)
            for months in dashboard.PERIOD_MONTHS]


class FigureCard(Clickable, QFrame):
    """A big number with a title and a line of detail; a click (or Enter or Space when it
    has the focus) calls `on_click`."""

    def __init__(self, title: str, on_click=None, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.detail = QLabel(" ")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)
        self.make_clickable(on_click)
        if on_click:
            self.setToolTip(tr_dashboard_page.tr(
                "Open the list behind this figure"))

    def set(self, value: str, detail: str = " ") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        # what a screen reader says on the focused card (its description is the tool tip)
        self.setAccessibleName(", ".join(
            text for text in (f"{self.title.text()}: {value}", detail.strip()) if text))


class ChartCard(QFrame):
    """A titled frame a chart is put into once the data is in."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.empty = QLabel(tr_dashboard_page.tr("No data yet"))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(220)
        self.chart: QWidget | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 6)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.empty, 1)

    def focus_widgets(self) -> list[QWidget]:
        """The chart, then its legend entries that open something: in Tab's order."""
        if self.chart is None:
            return []
        view = getattr(self.chart, "view", self.chart)
        return [view] + [entry for entry in getattr(self.chart, "legend", [])
                         if entry.focusPolicy() != Qt.FocusPolicy.NoFocus]

    def set_chart(self, chart: QWidget | None) -> None:
        if self.chart is not None:
            self.body.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart
        self.empty.setVisible(chart is None)
        if chart is not None:
            view = getattr(chart, "view", chart)  # a donut: its view beside its legend
            view.setAccessibleName(self.heading.text())
            self.body.addWidget(chart, 1)


class ReflowGrid(QWidget):
    """Widgets in as many columns of `choices` (largest first) as fit at `min_width` each."""

    def __init__(self, widgets: list[QWidget], choices: tuple[int, ...], min_width: int,
                 parent=None):
        super().__init__(parent)
        self.widgets, self.choices, self.min_width = widgets, choices, min_width
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._place(choices[-1])

    def columns_for(self, width: int) -> int:
        return next((n for n in self.choices
                     if (width - 12 * (n - 1)) / n >= self.min_width), self.choices[-1])

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(max(columns, self.columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for place, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, place // columns, place % columns)
        self.columns = columns

    def resizeEvent(self, event) -> None:
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


class AttentionList(RecordTable):
    """One "needs attention" list; double-click opens the staff member's profile."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self.setMinimumHeight(200)


class FirstSteps(QFrame):
    """What to do first on an empty database, with buttons for it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        title = QLabel(tr_dashboard_page.tr("Nothing to show yet"))
        title.setObjectName("sectionTitle")
        text = QLabel(tr_dashboard_page.tr(
            "The dashboard fills in as you record your people. Start by adding the client "
            "accounts your staff work on, or import your staff roster from an Excel or CSV "
            "file."))
        text.setWordWrap(True)
        self.add_client = QPushButton(tr_dashboard_page.tr("Add a client…"))
        self.import_roster = QPushButton(tr_dashboard_page.tr("Import a roster…"))
        self.add_client.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_client)
        buttons.addWidget(self.import_roster)
        buttons.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)


class DashboardPage(QWidget):
    """Signals: `staff_opened(int)` on a double-click in a "needs attention" list;
    `list_requested(str, dict)` with the list behind a clicked card or chart entry ("staff",
    "feedback", "mentorships" or "enrollments") and its filters (`dashboard.drill_down`);
    `new_client_requested()` and `import_requested()` from the first steps on an empty
    database; `loaded()` once figures are shown."""

    staff_opened = Signal(int)
    list_requested = Signal(str, dict)
    new_client_requested = Signal()
    import_requested = Signal()
    loaded = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.figures: dict | None = None
        self.today = dt.date.today()
        self.totals: dict[str, int] = {}
        self.generation = 0  # the latest load; answers to earlier ones are dropped
        self.waiting: set[str] = set()  # lists of LATE_LISTS not in yet
        self.filters: dict[str, QComboBox] = {}
        self.filter_bar = QWidget()
        filter_bar = QHBoxLayout(self.filter_bar)
        filter_bar.setContentsMargins(0, 0, 0, 0)
        filter_bar.setSpacing(8)
        for key, everything in (("client", tr_dashboard_page.tr("All clients")),
                                ("team", tr_dashboard_page.tr("All teams")),
                                ("site", tr_dashboard_page.tr("All sites")),
                                ("period", None)):
            box = QComboBox()
            box.setObjectName(f"filter_{key}")
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            if everything:
                box.addItem(everything)
            box.setAccessibleName(everything or tr_dashboard_page.tr("Period"))
            self.filters[key] = box
            filter_bar.addWidget(box)
        for text, months in periods():
            self.filters["period"].addItem(text, months)
        self.filters["period"].setCurrentIndex(self.filters["period"].findData(12))
        filter_bar.addStretch(1)
        for box in self.filters.values():
            box.currentIndexChanged.connect(lambda _i: self.refresh(reload_options=False))

        self.cards = {key: FigureCard(title, lambda key=key: self.drill_down(key))
                      for key, title in (
                          ("active_staff", tr_dashboard_page.tr("Active staff")),
                          ("active_mentorships", tr_dashboard_page.tr(
                              "Active mentorships")),
                          ("average_rating", tr_dashboard_page.tr(
                              "Average rating, last 90 days")),
                          ("trainings", tr_dashboard_page.tr(
                              "Trainings completed this quarter")))}
        self.charts = {
            "rating_by_month": ChartCard(tr_dashboard_page.tr(
                "Average rating by month")),
            "training_hours_by_client": ChartCard(tr_dashboard_page.tr(
                "Training hours by client")),
            "feedback_by_source": ChartCard(tr_dashboard_page.tr(
                "Feedback by source")),
        }
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.first_steps = FirstSteps()
        self.first_steps.hide()
        self.first_steps.add_client.clicked.connect(self.new_client_requested)
        self.first_steps.import_roster.clicked.connect(self.import_requested)
        self.attention = QTabWidget()
        self.attention.setUsesScrollButtons(True)
        self.lists: dict[str, AttentionList] = {}
        self.list_titles: dict[str, str] = {}
        for key, title, columns in attention_lists():
            self.list_titles[key] = title
            view = AttentionList(columns)
            view.setObjectName(key)
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index))
            self.lists[key] = view
            self.attention.addTab(view, title)
        self.shown_note = QLabel()
        self.shown_note.setObjectName("hint")
        self.show_all = QPushButton(tr_dashboard_page.tr("Show all"))
        self.show_all.clicked.connect(self.load_all)
        self.attention.currentChanged.connect(lambda _i: self._update_shown_note())

        self.card_grid = ReflowGrid(list(self.cards.values()), (4, 2, 1), 190)
        self.chart_grid = ReflowGrid(list(self.charts.values()), (3, 2, 1), 330)
        heading = QLabel(tr_dashboard_page.tr("Needs attention"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(tr_dashboard_page.tr(
            "Double-click a row to open the staff profile"))
        hint.setObjectName("hint")
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch(1)
        heading_row.addWidget(hint)
        shown_row = QHBoxLayout()
        shown_row.addWidget(self.shown_note)
        shown_row.addWidget(self.show_all)
        shown_row.addStretch(1)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.first_steps)
        self.figure_parts = QWidget()
        parts = QVBoxLayout(self.figure_parts)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.setSpacing(12)
        parts.addWidget(self.card_grid)
        parts.addWidget(self.chart_grid)
        parts.addLayout(heading_row)
        parts.addWidget(self.attention, 1)
        parts.addLayout(shown_row)
        layout.addWidget(self.figure_parts, 1)
        layout.addStretch(0)  # (takes the space when the figures are hidden)
        self.scroll = FocusScrollArea(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.refresh()

    # -- filters -------------------------------------------------------------------------
    def scope(self) -> dict:
        """The client, team and site chosen (only those chosen)."""
        return {key: self.filters[key].currentData() for key in ("client", "team", "site")
                if self.filters[key].currentData() is not None}

    def months(self) -> int:
        return self.filters["period"].currentData()

    def _show_filter_options(self, options: dict) -> None:
        for key, entries in options.items():
            box = self.filters[key]
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, value in entries:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
            box.blockSignals(False)

    # -- loading -------------------------------------------------------------------------
    def refresh(self, reload_options: bool = True) -> None:
        """Load the figures again on the thread pool, for the filters chosen."""
        self.today = dt.date.today()
        self.status.setText(tr_dashboard_page.tr("Loading…"))
        self.status.show()
        if reload_options:
            run_task(dashboard.filter_options, on_done=self._show_filter_options,
                     on_error=self.show_error, owner=self)
        scope, months, today = self.scope(), self.months(), self.today
        self.generation += 1

        def load() -> dict:
            if dashboard.is_empty():
                return {"empty": True}
            return dashboard.figures(today, months=months, **scope)

        run_task(load, on_done=self._latest(self.show_figures), on_error=self.show_error,
                 owner=self)

    def _latest(self, callback):
        """`callback`, called only if no other load started since this one."""
        generation = self.generation
        return lambda answer: callback(answer) if generation == self.generation else None

    def show_error(self, exc: BaseException) -> None:
        self.status.setText(tr_dashboard_page.tr(
            "Could not load the dashboard: {error}").format(error=exc))
        self.status.show()

    def show_figures(self, figures: dict) -> None:
        self.figures = figures
        self.status.hide()
        empty = figures.get("empty", False)
        self.first_steps.setVisible(empty)
        self.figure_parts.setVisible(not empty)
        self.filter_bar.setVisible(not empty)
        if empty:
            self.loaded.emit()
            return
        self.cards["active_staff"].set(number(figures["active_staff"]))
        self.cards["active_mentorships"].set(number(figures["active_mentorships"]))
        rating = figures["average_rating_90_days"]
        if rating["average"] is None:
            self.cards["average_rating"].set("–", tr_dashboard_page.tr(
                "No rated feedback yet"))
        else:
            self.cards["average_rating"].set(rating_text(rating["average"]), tr_dashboard_page.tr(
                "out of 5, from %Ln ratings", None, rating["count"]))
        trainings = figures["trainings_this_quarter"]
        self.cards["trainings"].set(number(trainings["count"]), tr_dashboard_page.tr(
            "{hours} hours").format(hours=number(trainings["hours"], 0)))
        self._show_charts(figures)
        for key in ATTENTION_KEYS:
            if key in figures:
                self._show_list(key, figures[key], figures["attention_totals"][key])
        # The slowest lists come last so the rest of the page shows at once.
        scope, today = self.scope(), self.today
        self.waiting = set(LATE_LISTS)
        run_task(lambda: dashboard.attention("falling_ratings", today, **scope),
                 on_done=self._latest(lambda answer: self._show_late_list(
                     "falling_ratings", answer["rows"], answer["total"])),
                 on_error=self.show_error, owner=self)
        run_task(lambda: dashboard.kpi_below_target(today, **scope),
                 on_done=self._latest(lambda rows: self._show_late_list(
                     "kpi_below_target", rows, len(rows))),
                 on_error=self.show_error, owner=self)

    def _show_late_list(self, key: str, rows: list[dict], total: int) -> None:
        self._show_list(key, rows, total)
        self.waiting.discard(key)
        if not self.waiting:
            self.loaded.emit()

    def _show_list(self, key: str, rows: list[dict], total: int) -> None:
        title = self.list_titles[key]
        self.lists[key].set_rows(rows)
        self.totals[key] = total
        self.attention.setTabText(self.attention.indexOf(self.lists[key]),
                                  f"{title} ({number(total)})")
        self._update_shown_note()

    def _current_key(self) -> str:
        return self.attention.currentWidget().objectName()

    def _update_shown_note(self) -> None:
        key = self._current_key()
        shown, total = self.lists[key].model_.rowCount(), self.totals.get(key, 0)
        more = shown < total
        self.shown_note.setText(tr_dashboard_page.tr(
            "Showing {shown} of {total}").format(
            shown=number(shown), total=number(total)) if more else "")
        self.shown_note.setVisible(more)
        self.show_all.setText(tr_dashboard_page.tr(
            "Show all {total}").format(total=number(total)))
        if not more and self.show_all.hasFocus():  # (else the focus, and the view, jump up)
            self.lists[key].setFocus()
        self.show_all.setVisible(more)
        self.show_all.setEnabled(True)

    def load_all(self) -> None:
        """Load every row of the list shown (the first 50 came with the figures)."""
        key, scope, today = self._current_key(), self.scope(), self.today
        self.show_all.setEnabled(False)
        run_task(lambda: dashboard.attention(key, today, limit=None, **scope),
                 on_done=self._latest(lambda answer: self._show_list(key, answer["rows"],
                                                                     answer["total"])),
                 on_error=self.show_error, owner=self)

    def _show_charts(self, figures: dict) -> None:
        from ui.widgets import charts

        months = figures["rating_by_month"]  # (the period is in the filter bar above)
        self.charts["rating_by_month"].set_chart(charts.line_chart(
            [month_name(m["month"]) for m in months], [m["average"] for m in months],
            minimum=1, maximum=RATING_AXIS_MAX,
            tips=[tr_dashboard_page.tr("{month}: {average} from %Ln ratings",
                            None, m["count"]).format(month=month_name(m["month"]),
                                                     average=rating_text(m["average"]))
                  for m in months],
            on_click=lambda n: self.drill_down("rating_by_month", months[n]["month"]))
            if months else None)
        hours = [h for h in figures["training_hours_by_client"] if h["hours"]]
        self.charts["training_hours_by_client"].set_chart(charts.bar_chart(
            [h["client"] for h in hours], [h["hours"] for h in hours],
            on_click=lambda n: self.drill_down("training_hours_by_client",
                                               hours[n]["client_id"]))
            if hours else None)
        sources = sorted(figures["feedback_by_source"].items(), key=lambda kv: -kv[1])
        self.charts["feedback_by_source"].set_chart(charts.donut_chart(
            [(label(source), count) for source, count in sources],
            on_click=lambda n: self.drill_down("feedback_by_source", sources[n][0]))
            if sources else None)
        # Charts come in after the lists: Tab reaches them after the cards, in reading order.
        previous = list(self.cards.values())[-1]
        for card in self.charts.values():
            for widget in card.focus_widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    # -- opening what is behind ----------------------------------------------------------
    def drill_down(self, figure: str, item=None) -> None:
        """Ask for the list behind a figure, with the dashboard's filters."""
        target, filters = dashboard.drill_down(figure, item, today=self.today,
                                               months=self.months(), **self.scope())
        self.list_requested.emit(target, filters)

    def _open(self, view: AttentionList, index) -> None:
        staff_id = view.record_at(index).get("staff_id")
        if staff_id:
            self.staff_opened.emit(staff_id)
