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
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentorapp.models import label
from mentorapp.services import my_work
from ui.models.table import Column
from ui.pages.profile.kpi_tab import value_text
from ui.tasks import run_task
from ui.widgets.record_table import RecordTable


def _date(key: str):
    return lambda row: row[key].isoformat() if row.get(key) else ""


def _due(key: str):
    """A date, marked when it has passed."""
    def text(row):
        day = row.get(key)
        if not day:
            return ""
        return f"{day.isoformat()} (overdue)" if day < dt.date.today() else day.isoformat()
    return text


def _name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']}"


def _period(row: dict) -> str:
    return f"{row['period_start'].isoformat()} to {row['period_end'].isoformat()}"


def _sent_on(row: dict) -> str:
    """The day a stored UTC timestamp fell on here."""
    return row["sent_at"].replace(tzinfo=dt.UTC).astimezone().date().isoformat()


def _kpi(key: str):
    """A KPI figure (or figures, oldest first) of a "below target" row, in its unit."""
    def text(row):
        values = row[key] if isinstance(row[key], list) else [row[key]]
        return " · ".join(value_text(v, row["unit"], row["decimals"]) for v in values)
    return text


SECTIONS = [
    ("to_acknowledge", "Feedback about me to acknowledge (last 90 days)",
     [Column("date", "Date", text=_date("date"), width=95),
      Column("source", "Source", text=lambda r: label(r["source"]), width=100),
      Column("author", "From", width=150),
      Column("comment", "Comment", text=lambda r: " ".join((r["comment"] or "").split()),
             width=400)]),
    ("action_items", "My open action items",
     [Column("due_date", "Due", text=_due("due_date"), width=160),
      Column("text", "Action", width=360), Column("with", "With", width=170)]),
    ("people", "My people",
     [Column("name", "Name", width=200), Column("employee_id", "Employee ID", width=110),
      Column("job_title", "Job title", width=170), Column("relation", "Why mine", width=160)]),
    ("check_ins", "Check-ins I am due to hold",
     [Column("name", "Staff member", width=200),
      Column("next_date", "Next check-in", text=_due("next_date"), width=160),
      Column("last_date", "Last one", text=_date("last_date"), width=100)]),
    ("incidents", "Incident follow-ups on my people",
     [Column("name", "Staff member", width=200),
      Column("follow_up_date", "Follow up on", text=_due("follow_up_date"), width=160),
      Column("date", "Incident date", text=_date("date"), width=100),
      Column("what", "What happened", width=320)]),
    ("certifications", "Certifications expiring in 60 days",
     [Column("name", "Staff member", width=200), Column("program", "Certification", width=240),
      Column("expires_on", "Expires on", text=_date("expires_on"), width=100)]),
    ("unacknowledged", "Feedback my people have not acknowledged yet (last 90 days)",
     [Column("name", "Staff member", text=_name, width=200),
      Column("date", "Date", text=_date("date"), width=95),
      Column("source", "Source", text=lambda r: label(r["source"]), width=100),
      Column("comment", "Comment", text=lambda r: " ".join((r["comment"] or "").split()),
             width=360)]),
    ("reports_due", "Client reports due",
     [Column("client_name", "Client", width=200),
      Column("period", "Period", text=_period, width=200),
      Column("days_overdue", "Days overdue", numeric=True, width=100)]),
    ("reports_unacknowledged", "Client reports sent, not acknowledged",
     [Column("client_name", "Client", width=200),
      Column("period", "Period", text=_period, width=200),
      Column("version", "Version", text=lambda r: f"v{r['version']}", width=70),
      Column("sent_at", "Sent on", text=_sent_on, width=100),
      Column("days_waiting", "Days waiting", numeric=True, width=100)]),
    ("below_target", "Your people below target (two months running)",
     [Column("name", "Staff member", width=200), Column("metric", "Metric", width=120),
      Column("client_name", "Client", width=150),
      Column("target", "Target", text=_kpi("target"), width=80),
      Column("periods_below", "Months below", numeric=True, width=100),
      Column("figures", "Figures, oldest first", text=_kpi("figures"), width=200)]),
]
EMPTY = {"to_acknowledge": "Nothing to acknowledge.", "action_items": "No open action items.",
         "people": "No mentees or direct reports.", "check_ins": "No check-ins due.",
         "incidents": "No open incidents.", "certifications": "None expiring.",
         "unacknowledged": "Everything acknowledged.",
         "below_target": "Nobody who reports to you is below a KPI target two months running.",
         "reports_due": "No client reports due.",
         "reports_unacknowledged": "Every report sent was acknowledged."}
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
        for key, title, columns in SECTIONS:
            box = QGroupBox(title)
            table = RecordTable(columns)
            table.setObjectName(key)
            table.record_activated.connect(lambda row, key=key: self.open_row(key, row))
            empty = QLabel(EMPTY[key])
            empty.setObjectName("hint")
            inner = QVBoxLayout(box)
            inner.addWidget(empty)
            inner.addWidget(table)
            column.addWidget(box)
            self.boxes[key], self.tables[key], self.empty[key] = box, table, empty
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        self.loading = True
        self.intro.setText("Loading…")
        run_task(load_summary, on_done=self.show_summary, owner=self)

    def show_summary(self, summary: dict) -> None:
        self.summary = summary
        self.loading = False
        me = summary["me"]
        if me["staff"] is None:
            self.intro.setText(
                "Your user is not linked to a staff record, so MentorApp does not know who "
                "your people are: ask an administrator to link it on the Users page."
                if me["shared"] else
                "Choose which staff record is you in Settings (Edit > Settings…) to see your "
                "mentees, their check-ins and your action items here.")
        else:
            self.intro.setText("Double-click a row to open it.")
        mine = me["staff"] is not None
        for key, _title, _columns in SECTIONS:
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
