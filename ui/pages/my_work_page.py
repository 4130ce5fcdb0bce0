"""My work: the first page after signing in. What waits for me: my people, my open action
items, check-ins I am due to hold, incident follow-ups and expiring certifications of my people,
feedback about me to acknowledge, feedback my people have not acknowledged yet, (a team
lead) the people who report to me below a KPI target two months running, and (an account
manager) my clients' reports due and those sent but not acknowledged.

Everything comes from one call on the thread pool (`load_summary`). A double-click (or Enter) on
a row opens its record: a person's profile, the record's own dialog, or Prepare report on the
period of a report due.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from mentorapp.services import my_work
from ui import i18n
from ui.i18n import Context, label
from ui.models.table import Column
from ui.pages.profile.kpi_tab import value_text
from ui.pages.profile.tab import record_table
from ui.tasks import run_task
from ui.widgets.accessible import FocusScrollArea
from ui.widgets.record_table import RecordTable

tr_my_work_page = Context("tr_my_work_page")


def _due(key: str, header: str) -> Column:
    """A date column, the date marked when it has passed; sorted by the date."""
    def text(row):
        day = row.get(key)
        if not day:
            return ""
        if day < dt.date.today():
            return tr_my_work_page.tr("{date} (overdue)").format(date=i18n.date_text(day))
        return i18n.date_text(day)
    return Column(key, header, text=text, width=160, order=lambda row: row.get(key))


def _name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']}"


def _period(header: str) -> Column:
    """A report's period ("2026-03-01 to 2026-03-31"), sorted by its start."""
    def text(row):
        return tr_my_work_page.tr("{start} to {end}").format(
            start=i18n.date_text(row["period_start"]), end=i18n.date_text(row["period_end"]))
    return Column("period", header, text=text, width=200, order=lambda row: row["period_start"])


def _comment(row: dict) -> str:
    return " ".join((row["comment"] or "").split())


def _sent_on(row: dict) -> dt.date:
    """The day a stored UTC timestamp fell on here."""
    return row["sent_at"].replace(tzinfo=dt.UTC).astimezone().date()


def _kpi(key: str):
    """A KPI figure (or figures, oldest first) of a "below target" row, in its unit."""
    def text(row):
        values = row[key] if isinstance(row[key], list) else [row[key]]
        return " · ".join(value_text(v, row["unit"], row["decimals"]) for v in values)
    return text


def sections() -> list[tuple[str, str, list[Column]]]:
    """Each box's key, title and columns (built when the page is, in the window's language)."""
    return [
        ("to_acknowledge", tr_my_work_page.tr("Feedback about me to acknowledge (last 90 days)"),
         [Column("date", tr_my_work_page.tr("Date"), width=95),
          Column("source", tr_my_work_page.tr("Source"), text=lambda r: label(r["source"]),
                 width=100),
          Column("author", tr_my_work_page.tr("From"), width=150),
          Column("comment", tr_my_work_page.tr("Comment"), text=_comment, width=400)]),
        ("action_items", tr_my_work_page.tr("My open action items"),
         [_due("due_date", tr_my_work_page.tr("Due")),
          Column("text", tr_my_work_page.tr("Action"), width=360),
          Column("with", tr_my_work_page.tr("With"), width=170)]),
        ("people", tr_my_work_page.tr("My people"),
         [Column("name", tr_my_work_page.tr("Name"), width=200),
          Column("employee_id", tr_my_work_page.tr("Employee ID"), width=110),
          Column("job_title", tr_my_work_page.tr("Job title"), width=170),
          Column("relation", tr_my_work_page.tr("Why mine"), width=160,
                 text=lambda r: i18n.core_word(r["relation"]))]),
        ("check_ins", tr_my_work_page.tr("Check-ins I am due to hold"),
         [Column("name", tr_my_work_page.tr("Staff member"), width=200),
          _due("next_date", tr_my_work_page.tr("Next check-in")),
          Column("last_date", tr_my_work_page.tr("Last one"), width=100)]),
        ("incidents", tr_my_work_page.tr("Incident follow-ups on my people"),
         [Column("name", tr_my_work_page.tr("Staff member"), width=200),
          _due("follow_up_date", tr_my_work_page.tr("Follow up on")),
          Column("date", tr_my_work_page.tr("Incident date"), width=100),
          Column("what", tr_my_work_page.tr("What happened"), width=320)]),
        ("certifications", tr_my_work_page.tr("Certifications expiring in 60 days"),
         [Column("name", tr_my_work_page.tr("Staff member"), width=200),
          Column("program", tr_my_work_page.tr("Certification"), width=240),
          Column("expires_on", tr_my_work_page.tr("Expires on"), width=100)]),
        ("unacknowledged",
         tr_my_work_page.tr("Feedback my people have not acknowledged yet (last 90 days)"),
         [Column("name", tr_my_work_page.tr("Staff member"), text=_name, width=200),
          Column("date", tr_my_work_page.tr("Date"), width=95),
          Column("source", tr_my_work_page.tr("Source"), text=lambda r: label(r["source"]),
                 width=100),
          Column("comment", tr_my_work_page.tr("Comment"), text=_comment, width=360)]),
        ("reports_due", tr_my_work_page.tr("Client reports due"),
         [Column("client_name", tr_my_work_page.tr("Client"), width=200),
          _period(tr_my_work_page.tr("Period")),
          Column("days_overdue", tr_my_work_page.tr("Days overdue"), numeric=True, width=100)]),
        ("reports_unacknowledged", tr_my_work_page.tr("Client reports sent, not acknowledged"),
         [Column("client_name", tr_my_work_page.tr("Client"), width=200),
          _period(tr_my_work_page.tr("Period")),
          Column("version", tr_my_work_page.tr("Version"), text=lambda r: f"v{r['version']}",
                 width=70),
          Column("sent_at", tr_my_work_page.tr("Sent on"), text=_sent_on, width=100),
          Column("days_waiting", tr_my_work_page.tr("Days waiting"), numeric=True, width=100)]),
        ("below_target", tr_my_work_page.tr("Your people below target (two months running)"),
         [Column("name", tr_my_work_page.tr("Staff member"), width=200),
          Column("metric", tr_my_work_page.tr("Metric"), width=120),
          Column("client_name", tr_my_work_page.tr("Client"), width=150),
          Column("target", tr_my_work_page.tr("Target"), text=_kpi("target"), width=80),
          Column("periods_below", tr_my_work_page.tr("Months below"), numeric=True, width=100),
          Column("figures", tr_my_work_page.tr("Figures, oldest first"), text=_kpi("figures"),
                 width=200)]),
    ]


def empty_texts() -> dict[str, str]:
    """What each box says when it has no rows."""
    return {"to_acknowledge": tr_my_work_page.tr("Nothing to acknowledge."),
            "action_items": tr_my_work_page.tr("No open action items."),
            "people": tr_my_work_page.tr("No mentees or direct reports."),
            "check_ins": tr_my_work_page.tr("No check-ins due."),
            "incidents": tr_my_work_page.tr("No open incidents."),
            "certifications": tr_my_work_page.tr("None expiring."),
            "unacknowledged": tr_my_work_page.tr("Everything acknowledged."),
            "below_target": tr_my_work_page.tr("Nobody who reports to you is below a KPI "
                                               "target two months running."),
            "reports_due": tr_my_work_page.tr("No client reports due."),
            "reports_unacknowledged": tr_my_work_page.tr("Every report sent was acknowledged.")}


# Reports are an account manager's work; anyone else sees the boxes only with rows in them.
REPORT_SECTIONS = ("reports_due", "reports_unacknowledged")


def load_summary() -> dict:
    """Every section (on the thread pool): `my_work.summary()` and my clients' reports."""
    summary = my_work.summary()
    me = summary["me"]
    return {**summary, "reports_due": my_work.reports_due(me),
            "reports_unacknowledged": my_work.reports_unacknowledged(me)}


class MyWorkPage(QWidget):
    """Signals: `staff_opened(int)` for a person's row; `records_changed()` after a record
    opened from here was saved."""

    staff_opened = Signal(int)
    records_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: dict | None = None
        self.loading = False
        self.intro = QLabel(wordWrap=True)
        self.intro.setObjectName("hint")
        self.boxes: dict[str, QGroupBox] = {}
        self.tables: dict[str, RecordTable] = {}
        self.empty: dict[str, QLabel] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.intro)
        empty_words = empty_texts()
        for key, title, columns in sections():
            box = QGroupBox(title)
            table = record_table(columns)
            table.setObjectName(key)
            table.record_activated.connect(lambda row, key=key: self.open_row(key, row))
            empty = QLabel(empty_words[key])
            empty.setObjectName("hint")
            inner = QVBoxLayout(box)
            inner.addWidget(empty)
            inner.addWidget(table)
            column.addWidget(box)
            self.boxes[key], self.tables[key], self.empty[key] = box, table, empty
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.addWidget(FocusScrollArea(content))
        self.refresh()

    def refresh(self) -> None:
        self.loading = True
        self.intro.setText(tr_my_work_page.tr("Loading…"))
        run_task(load_summary, on_done=self.show_summary, owner=self)

    def show_summary(self, summary: dict) -> None:
        self.summary = summary
        self.loading = False
        me = summary["me"]
        if me["staff"] is None:
            self.intro.setText(tr_my_work_page.tr(
                "Your user is not linked to a staff record, so MentorApp does not know who "
                "your people are: ask an administrator to link it on the Users page.")
                if me["shared"] else tr_my_work_page.tr(
                "Choose which staff record is you in Settings (Edit > Settings…) to see your "
                "mentees, their check-ins and your action items here."))
        else:
            self.intro.setText(tr_my_work_page.tr("Double-click a row to open it."))
        mine = me["staff"] is not None
        for key in self.tables:
            rows = summary[key]
            self.tables[key].set_rows(rows)
            self.tables[key].setVisible(bool(rows))
            self.empty[key].setVisible(not rows)
            self.tables[key].setFixedHeight(self._table_height(self.tables[key], len(rows)))
            self.boxes[key].setVisible(mine and (bool(rows) or key != "unacknowledged"))
        # Only a person with people waits for their acknowledgements; only a team lead
        # (people report to them) watches their KPIs.
        self.boxes["unacknowledged"].setVisible(bool(summary["people"]))
        self.boxes["below_target"].setVisible(bool(summary["below_target"]) or any(
            "reports to me" in person["relation"] for person in summary["people"]))
        for key in REPORT_SECTIONS:
            self.boxes[key].setVisible(bool(summary[key]) or me["role"] == "account_manager")

    @staticmethod
    def _table_height(table: RecordTable, rows: int) -> int:
        shown = min(max(rows, 1), 8)
        return (table.horizontalHeader().sizeHint().height()
                + shown * table.verticalHeader().defaultSectionSize() + 4)

    def open_row(self, key: str, row: dict):
        """A person's row opens their profile; a record's row opens its dialog; a report due
        opens Prepare report on its period."""
        if key in ("people", "below_target"):
            self.staff_opened.emit(row["id"] if key == "people" else row["staff"])
            return None
        if key == "reports_unacknowledged":
            return None
        if key == "reports_due":
            from ui.dialogs.prepare_report_dialog import PrepareReportDialog

            dialog = PrepareReportDialog(row["client"], None, row["period_start"],
                                         row["period_end"])
            return dialog.open_over(self, self._saved)
        dialog = self._dialog(key, row)
        return dialog.open_over(self, lambda _record: self._saved())

    def _dialog(self, key: str, row: dict):
        if key == "to_acknowledge":
            from ui.dialogs.feedback_dialog import AcknowledgeDialog

            return AcknowledgeDialog(row["id"])
        if key == "action_items":
            from ui.dialogs.action_item_dialog import ActionItemDialog

            return ActionItemDialog(row["id"])
        if key == "check_ins":
            from ui.dialogs.checkin_dialog import CheckInDialog

            return CheckInDialog(row["id"])
        if key == "certifications":
            from ui.dialogs.enrollment_dialog import EnrollmentDialog

            return EnrollmentDialog(row["id"])
        from ui.dialogs.feedback_dialog import FeedbackDialog

        return FeedbackDialog(row["id"])

    def _saved(self) -> None:
        self.records_changed.emit()
        self.refresh()
