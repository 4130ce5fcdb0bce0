"""One staff member's profile: a header (name, role, client, mentor, status) and tabs from an
overview to the audit history. The header and overview come from `profile.summary()` (a few
indexed queries); the other tabs load when first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import NotFoundError
from mentorapp.models import label
from mentorapp.services import mentoring, profile
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.models.table import Column, choice, show
from ui.widgets.forms import FormDialog
from ui.widgets.profile_tabs import (
    CareerTab,
    DevelopmentTab,
    FeedbackTab,
    HistoryTab,
    MentoringTab,
    ProfileTab,
    ResponsibilitiesTab,
    heading,
    one_line,
)
from ui.widgets.record_table import RecordTable

OVERDUE = "#c62828"


def figure(title: str) -> tuple[QLabel, QWidget]:
    """A figure card: a big value over a small caption."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    value = QLabel("–")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    caption = QLabel(title)
    caption.setWordWrap(True)
    layout = QVBoxLayout(card)
    layout.addWidget(value)
    layout.addWidget(caption)
    return value, card


class OverviewTab(ProfileTab):
    """Latest ratings, the rating trend, competency averages and open action items."""

    title = "Overview"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.summary: dict = {}
        cards = QGridLayout()
        self.figures = {}
        for number, (key, caption) in enumerate((
                ("rating", "average rating, last 12 months"),
                ("trainings", "trainings completed"),
                ("certifications", "valid certifications"),
                ("actions", "open action items"),
                ("check_in", "next check-in"))):
            self.figures[key], card = figure(caption)
            cards.addWidget(card, 0, number)
        self.chart_box = QVBoxLayout()
        self.recent = RecordTable([
            Column("date", "Date", width=95), choice("source", "Source", width=90),
            choice("kind", "Kind", width=95), Column("rating", "Rating", numeric=True, width=60),
            Column("comment", "Comment", text=one_line("comment"), width=320)])
        self.competencies = RecordTable([
            Column("competency", "Competency", width=170),
            Column("average", "Average (12 months)", numeric=True, width=130)])
        self.actions = RecordTable([
            Column("text", "Open action item", text=one_line("text"), width=320),
            choice("owner", "Owner", width=80), Column("due_date", "Due", width=95)])
        left = QVBoxLayout()
        left.addWidget(heading("Rating trend (average per month)"))
        left.addLayout(self.chart_box)
        left.addWidget(heading("Latest feedback"))
        left.addWidget(self.recent, 1)
        right = QVBoxLayout()
        right.addWidget(heading("Competencies"))
        right.addWidget(self.competencies, 1)
        right.addWidget(heading("Open action items"))
        right.addWidget(self.actions, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(columns, 1)

    def load(self) -> None:
        summary = self.summary
        average = summary["average_rating_12_months"]
        self.figures["rating"].setText(
            f"{average:.2f} ({summary['rated_feedback_12_months']} rated)"
            if average is not None else "No ratings")
        self.figures["trainings"].setText(
            f"{summary['trainings_completed']} ({show(summary['training_hours'])} h)")
        self.figures["certifications"].setText(str(summary["valid_certifications"]))
        self.figures["actions"].setText(str(summary["open_action_items"]))
        due = summary["next_check_in"]
        self.figures["check_in"].setText(due.isoformat() if due else "None planned")
        self.figures["check_in"].setStyleSheet(
            f"color: {OVERDUE}" if summary["check_in_overdue"] else "")
        self.recent.set_rows(summary["recent_feedback"])
        self.competencies.set_rows([{"competency": name, "average": value}
                                    for name, value in summary["competency_averages"].items()])
        self.actions.set_rows(mentoring.actions.list(mentee=self.staff_id, open=True,
                                                     sort="due_date", limit=None))
        self._show_trend()

    def _show_trend(self) -> None:
        while self.chart_box.count():
            self.chart_box.takeAt(0).widget().deleteLater()
        trend = profile.rating_trend(self.staff_id)
        if not trend:
            self.chart_box.addWidget(QLabel("No rated feedback in the last 12 months."))
            return
        from ui.widgets.charts import line_chart  # QtCharts loads on the first chart only

        chart = line_chart([row["month"] for row in trend], [row["average"] for row in trend],
                           minimum=1, maximum=5)
        chart.setMinimumHeight(200)
        self.chart_box.addWidget(chart)


class StaffProfilePage(QWidget):
    """Signals: `records_changed()` after anything was saved from the profile."""

    records_changed = Signal()

    def __init__(self, staff_id: int, parent=None):
        super().__init__(parent)
        self.staff_id = staff_id
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel()
        self.placement = QLabel()
        self.placement.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.edit_button = QPushButton("Edit profile…")
        self.feedback_button = QPushButton("Add feedback…")
        self.edit_button.clicked.connect(self.edit_profile)
        self.feedback_button.clicked.connect(self.add_feedback)

        header = QGridLayout()
        header.addWidget(self.name, 0, 0)
        header.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignLeft)
        header.addWidget(self.subtitle, 1, 0, 1, 2)
        header.addWidget(self.placement, 2, 0, 1, 2)
        header.setColumnStretch(1, 1)
        header.addWidget(self.edit_button, 0, 2)
        header.addWidget(self.feedback_button, 1, 2)

        self.overview = OverviewTab(staff_id)
        self.tab_pages: list[ProfileTab] = [
            self.overview, CareerTab(staff_id), DevelopmentTab(staff_id),
            FeedbackTab(staff_id), MentoringTab(staff_id), ResponsibilitiesTab(staff_id),
            HistoryTab(staff_id)]
        self.tabs = QTabWidget()
        for tab in self.tab_pages:
            self.tabs.addTab(tab, tab.title)
            tab.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().ensure_loaded())
        self.missing = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.missing)
        self.refresh()

    def tab(self, title: str) -> ProfileTab:
        return next(t for t in self.tab_pages if t.title == title)

    def refresh(self) -> None:
        """Read the summary again; the shown tab reloads now, the others when shown."""
        try:
            summary = profile.summary(self.staff_id)
        except NotFoundError as exc:
            self.tabs.hide()
            self.missing.setText(str(exc))
            return
        self._show_header(summary)
        self.overview.summary = summary
        for tab in self.tab_pages:
            tab.stale = True
        self.tabs.currentWidget().ensure_loaded()

    def _show_header(self, summary: dict) -> None:
        person = summary["staff"]
        self.name.setText(summary["name"])
        archived = " · archived" if person["archived"] else ""
        self.status.setText(f"  {label(person['status'])}{archived}")
        details = [person["job_title"], person["employee_id"],
                   person["team"] and f"team {person['team']}", person["site"],
                   person["hire_date"] and f"hired {person['hire_date'].isoformat()}"]
        self.subtitle.setText(" · ".join(d for d in details if d))
        if summary["current_client"]:
            role = f" as {summary['role']}" if summary["role"] else ""
            since = summary["on_account_since"].isoformat()
            where = f"On <b>{summary['current_client']}</b>{role} since {since}"
        else:
            where = "Not placed on a client account"
        mentor = f"Mentor: <b>{summary['mentor']}</b>" if summary["mentor"] else "No mentor"
        self.placement.setText(f"{where} · {mentor}")

    def changed(self) -> None:
        self.refresh()
        self.records_changed.emit()

    def _open(self, dialog: FormDialog) -> FormDialog:
        return dialog.open_over(self, lambda _record: self.changed())

    def edit_profile(self) -> FormDialog:
        return self._open(StaffDialog(self.staff_id))

    def add_feedback(self) -> FormDialog:
        return self._open(FeedbackDialog(staff=self.staff_id))

    def new_record(self) -> FormDialog:
        """The main window's "New": feedback for this person."""
        return self.add_feedback()
