"""The staff profile's tabs. Each loads its rows from the services when first shown (and
again after a change), so opening a profile costs only the header and the first tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    GOAL_HORIZON_CHOICES,
    VISIBILITY_CHOICES,
    label,
)
from mentorapp.services import (
    audit,
    careers,
    feedback,
    mentoring,
    responsibilities,
    staff,
    training,
)
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.checkin_dialog import CheckInDialog
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
from ui.dialogs.self_assessment_dialog import SelfAssessmentDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.models.table import Column, choice, show, visibility_text
from ui.widgets.forms import FormDialog
from ui.widgets.record_table import RecordTable

EXPIRING_DAYS = 30


def one_line(key: str, limit: int = 160):
    return lambda row: " ".join((row.get(key) or "").split())[:limit]


def yes_no(key: str):
    return lambda row: "Yes" if row.get(key) else "No"


def heading(text: str) -> QLabel:
    widget = QLabel(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ProfileTab(QWidget):
    """Signals: `changed()` after this tab saved something."""

    changed = Signal()
    title = ""

    def __init__(self, staff_id: int, parent=None):
        super().__init__(parent)
        self.staff_id = staff_id
        self.stale = True

    def load(self) -> None:
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        if self.stale:
            self.stale = False
            self.load()

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        return dialog.open_over(self, lambda _record: self.changed.emit())


class CareerTab(ProfileTab):
    """Goals with progress bars by horizon, self-assessments, check-ins and the next one due."""

    title = "Career plan"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add_goal = QPushButton("Add goal…")
        self.add_assessment = QPushButton("Add self-assessment…")
        self.add_check_in = QPushButton("Log check-in…")
        self.add_goal.clicked.connect(lambda: self.open_dialog(GoalDialog(staff=staff_id)))
        self.add_assessment.clicked.connect(
            lambda: self.open_dialog(SelfAssessmentDialog(staff=staff_id)))
        self.add_check_in.clicked.connect(
            lambda: self.open_dialog(CheckInDialog(staff=staff_id)))
        self.goals_box = QWidget()
        self.goals_row = QHBoxLayout(self.goals_box)
        self.goals_row.setContentsMargins(0, 0, 0, 0)
        self.goal_bars: dict[int, QProgressBar] = {}
        self.next_due = QLabel()
        self.assessments = RecordTable([
            Column("date", "Date", width=95), Column("strengths", "Strengths", width=220,
                                                     text=one_line("strengths")),
            Column("values", "Values", text=one_line("values"), width=180),
            Column("interests", "Interests", text=one_line("interests"), width=180),
            Column("development_areas", "Development areas",
                   text=one_line("development_areas"), width=220)])
        self.check_ins = RecordTable([
            Column("date", "Date", width=95), Column("reviewer", "Reviewer", width=150),
            Column("next_date", "Next check-in", width=110),
            Column("notes", "Notes", text=one_line("notes"), width=400)])
        self.assessments.record_activated.connect(
            lambda row: self.open_dialog(SelfAssessmentDialog(row["id"])))
        self.check_ins.record_activated.connect(
            lambda row: self.open_dialog(CheckInDialog(row["id"])))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.add_goal, self.add_assessment, self.add_check_in))
        layout.addWidget(heading("Goals by horizon"))
        layout.addWidget(self.goals_box)
        layout.addWidget(heading("Check-ins"))
        layout.addWidget(self.next_due)
        layout.addWidget(self.check_ins, 1)
        layout.addWidget(heading("Self-assessments"))
        layout.addWidget(self.assessments, 1)

    def load(self) -> None:
        goals = careers.goals.list(staff=self.staff_id, sort="horizon", limit=None)
        self._show_goals(goals)
        checks = careers.check_ins.list(staff=self.staff_id, sort="date", descending=True,
                                        limit=None)
        self.check_ins.set_rows(checks)
        self.assessments.set_rows(careers.self_assessments.list(
            staff=self.staff_id, sort="date", descending=True, limit=None))
        due = checks[0]["next_date"] if checks else None
        if due is None:
            self.next_due.setText("No next check-in planned.")
        elif due < dt.date.today():
            self.next_due.setText(f"<b style='color:#c62828'>Next check-in was due on "
                                  f"{due.isoformat()} (overdue)</b>")
        else:
            self.next_due.setText(f"Next check-in due on <b>{due.isoformat()}</b>")

    def _show_goals(self, goals: list[dict]) -> None:
        """One column per horizon (1, 5, 10, 20 years), a progress bar per goal."""
        while self.goals_row.count():
            self.goals_row.takeAt(0).widget().deleteLater()
        self.goal_bars = {}
        for horizon in GOAL_HORIZON_CHOICES:
            group = QGroupBox(label(horizon))
            column = QGridLayout(group)
            mine = [g for g in goals if g["horizon_years"] == horizon]
            for row, goal in enumerate(mine):
                title = QLabel(f"<b>{escape(goal['title'])}</b>")
                title.setToolTip(goal["description"])
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setValue(goal["progress"])
                bar.setFormat("%p%")
                self.goal_bars[goal["id"]] = bar
                target = f" · by {goal['target_date'].isoformat()}" if goal["target_date"] else ""
                status = QLabel(f"{label(goal['status'])} · {label(goal['kind'])}{target}")
                edit = QToolButton(text="Edit…")
                edit.clicked.connect(lambda _=False, i=goal["id"]:
                                     self.open_dialog(GoalDialog(i)))
                column.addWidget(title, row * 3, 0)
                column.addWidget(edit, row * 3, 1)
                column.addWidget(bar, row * 3 + 1, 0, 1, 2)
                column.addWidget(status, row * 3 + 2, 0, 1, 2)
            if not mine:
                column.addWidget(QLabel("No goals at this horizon."), 0, 0)
            column.setRowStretch(len(mine) * 3 + 1, 1)
            self.goals_row.addWidget(group, 1)


def expiry_text(row: dict) -> str:
    expires = row.get("expires_on")
    if not expires:
        return ""
    if expires < dt.date.today():
        return f"{expires.isoformat()} (expired)"
    if expires <= dt.date.today() + dt.timedelta(days=EXPIRING_DAYS):
        return f"{expires.isoformat()} (expires soon)"
    return expires.isoformat()


class DevelopmentTab(ProfileTab):
    """Training and professional development; certifications with their expiry."""

    title = "Development"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.enroll = QPushButton("Enroll in training…")
        self.enroll.clicked.connect(lambda: self.open_dialog(EnrollmentDialog(staff=staff_id)))
        self.totals = QLabel()
        self.table = RecordTable([
            Column("program_name", "Program", width=320), choice("program_type", "Type",
                                                                 width=120),
            choice("status", "Status", width=95), Column("start_date", "Start", width=95),
            Column("completed_date", "Completed", width=95),
            Column("hours", "Hours", numeric=True, width=60),
            Column("score", "Score", numeric=True, width=60),
            Column("expires_on", "Certificate expires", text=expiry_text, width=170),
            choice("funded_by", "Funded by", width=90)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(EnrollmentDialog(row["id"])))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.enroll))
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        rows = training.enrollments.list(staff=self.staff_id, sort="start_date",
                                         descending=True, limit=None)
        self.table.set_rows(rows)
        done = [r for r in rows if r["status"] == "completed"]
        hours = sum(r["hours"] or 0 for r in done)
        valid = [r for r in done if r["expires_on"] and r["expires_on"] >= dt.date.today()]
        self.totals.setText(f"{len(done)} completed ({show(float(hours))} hours) · "
                            f"{len(valid)} valid certification{'s' if len(valid) != 1 else ''}"
                            f" · {len(rows) - len(done)} planned or in progress")


class FeedbackTab(ProfileTab):
    """Feedback filtered by source, kind and visibility; an incident shows its lesson."""

    title = "Feedback"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton("Add feedback…")
        self.add.clicked.connect(lambda: self.open_dialog(FeedbackDialog(staff=staff_id)))
        self.resolve = QPushButton("Mark incident resolved")
        self.resolve.clicked.connect(self.resolve_incident)
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.add)
        bar.addWidget(self.resolve)
        for key, everything, codes in (("source", "Any source", FEEDBACK_SOURCE_CHOICES),
                                       ("kind", "Any kind", FEEDBACK_KIND_CHOICES),
                                       ("visibility", "Any visibility", VISIBILITY_CHOICES)):
            box = QComboBox()
            box.addItem(everything)  # no item data: currentData() is None
            for code in codes:
                box.addItem(label(code), code)
            box.currentIndexChanged.connect(lambda _i: self.load())
            self.filters[key] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.table = RecordTable([
            Column("date", "Date", width=95), choice("source", "Source", width=95),
            choice("kind", "Kind", width=95), Column("rating", "Rating", numeric=True, width=60),
            Column("client_name", "Client", width=140), Column("author", "Author", width=140),
            Column("visibility", "Visibility", width=85, text=visibility_text),
            Column("comment", "Comment", text=one_line("comment"), width=400)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(FeedbackDialog(row["id"])))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_box = QGroupBox("Selected feedback")
        QVBoxLayout(detail_box).addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def load(self) -> None:
        filters = {k: box.currentData() for k, box in self.filters.items()}
        self.table.set_rows(feedback.list(staff=self.staff_id, sort="date", descending=True,
                                          limit=None, **filters))
        self.detail.setText("Select feedback to read it in full.")
        self.resolve.setEnabled(False)

    def resolve_incident(self) -> None:
        row = self.table.current_record()
        if row and row["kind"] == "incident" and not row["resolved_date"]:
            feedback.resolve_incident(row["id"])
            self.changed.emit()

    def show_detail(self) -> None:
        row = self.table.current_record()
        self.resolve.setEnabled(bool(row) and row["kind"] == "incident"
                                and not row["resolved_date"])
        if row is None:
            return
        parts = [f"<b>{row['date'].isoformat()} · {label(row['source'])} · "
                 f"{label(row['kind'])}</b>"]
        for key, title in (("strengths", "Strengths"), ("improvements", "To improve"),
                           ("comment", "Comment")):
            if row[key]:
                parts.append(f"<b>{title}:</b> {escape(row[key])}")
        if row["kind"] == "incident":
            for key, title in (("root_cause", "Root cause"),
                               ("lesson_learned", "Lesson learned"),
                               ("corrective_action", "Corrective action")):
                parts.append(f"<b>{title}:</b> {escape(row[key]) or '—'}")
            follow = row["follow_up_date"]
            resolved = row["resolved_date"]
            if resolved:
                parts.append(f"<b>Resolved on</b> {resolved.isoformat()}")
            elif follow:
                late = " <b style='color:#c62828'>(overdue)</b>" \
                    if follow < dt.date.today() else ""
                parts.append(f"<b>Follow up on</b> {follow.isoformat()}{late}")
        self.detail.setText("<br>".join(parts))


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MentoringTab(ProfileTab):
    """This person's mentorships, the sessions of the selected one, and their action items."""

    title = "Mentoring"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.new_mentorship = QPushButton("New mentorship…")
        self.new_mentorship.clicked.connect(
            lambda: self.open_dialog(MentorshipDialog(mentee=staff_id)))
        self.log = QPushButton("Log session…")
        self.log.clicked.connect(self.log_session)
        self.mark_done = QPushButton("Mark action done")
        self.mark_done.clicked.connect(self.complete_action)
        self.mentorships = RecordTable([
            Column("mentor_name", "Mentor", width=170), choice("status", "Status", width=95),
            Column("start_date", "Start", width=95), Column("end_date", "End", width=95),
            Column("focus", "Focus", text=one_line("focus"), width=300)])
        self.sessions = RecordTable([
            Column("date", "Date", width=95),
            Column("duration_minutes", "Minutes", numeric=True, width=65),
            choice("format", "Format", width=90),
            Column("topics", "Topics", text=one_line("topics"), width=220),
            Column("shared_notes", "Shared notes", text=one_line("shared_notes"), width=260)])
        self.actions = RecordTable([
            Column("text", "Action item", text=one_line("text"), width=460),
            choice("owner", "Owner", width=80), Column("due_date", "Due", width=95),
            Column("done_date", "Done", width=95)])
        self.mentorships.record_activated.connect(
            lambda row: self.open_dialog(MentorshipDialog(row["id"])))
        self.sessions.record_activated.connect(
            lambda row: self.open_dialog(SessionDialog(row["id"])))
        self.actions.record_activated.connect(
            lambda row: self.open_dialog(ActionItemDialog(row["id"])))
        self.mentorships.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_sessions())
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_mentorship, self.log, self.mark_done))
        layout.addWidget(heading("Mentorships"))
        layout.addWidget(self.mentorships, 1)
        layout.addWidget(heading("Sessions of the selected mentorship"))
        layout.addWidget(self.sessions, 2)
        layout.addWidget(heading("Action items"))
        layout.addWidget(self.actions, 2)

    def load(self) -> None:
        rows = mentoring.mentorships.list(mentee=self.staff_id, sort="start_date",
                                          descending=True, limit=None)
        self.mentorships.set_rows(rows)
        self.actions.set_rows(mentoring.actions.list(mentee=self.staff_id, sort="due_date",
                                                     limit=None))
        self.sessions.set_rows([])
        if rows:
            self.mentorships.selectRow(0)
        self.show_sessions()

    def show_sessions(self) -> None:
        current = self.mentorships.current_record()
        self.log.setEnabled(bool(current) and current["status"] in ("active", "completed"))
        if current:
            self.sessions.set_rows(mentoring.sessions.list(
                mentorship=current["id"], sort="date", descending=True, limit=None))

    def log_session(self) -> FormDialog | None:
        current = self.mentorships.current_record()
        return self.open_dialog(SessionDialog(mentorship=current["id"])) if current else None

    def complete_action(self) -> None:
        item = self.actions.current_record()
        if item and not item["done_date"]:
            mentoring.complete_action(item["id"])
            self.changed.emit()


class ResponsibilitiesTab(ProfileTab):
    """Responsibilities given, and whether each fits the role and serves a career goal."""

    title = "Responsibilities"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton("Add responsibility…")
        self.add.clicked.connect(
            lambda: self.open_dialog(ResponsibilityDialog(staff=staff_id)))
        self.alignment = QLabel()
        self.table = RecordTable([
            Column("title", "Responsibility", width=240),
            Column("assigned_date", "Assigned", width=95), choice("status", "Status", width=90),
            Column("aligned_to_role", "Fits the role", text=yes_no("aligned_to_role"),
                   width=95),
            Column("goal_title", "Career goal served", width=220),
            Column("outcome", "Outcome", text=one_line("outcome"), width=260)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(ResponsibilityDialog(row["id"])))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.add))
        layout.addWidget(self.alignment)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        rows = responsibilities.list(staff=self.staff_id, sort="assigned_date",
                                     descending=True, limit=None)
        self.table.set_rows(rows)
        fits = sum(1 for r in rows if r["aligned_to_role"])
        serves = sum(1 for r in rows if r["goal"])
        self.alignment.setText(
            f"{len(rows)} responsibilit{'y' if len(rows) == 1 else 'ies'}: {fits} fit the "
            f"current role, {serves} serve a career goal" if rows
            else "No responsibilities recorded.")


def local_time(moment: dt.datetime) -> str:
    """A stored UTC timestamp in the user's local time."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def changes_text(row: dict) -> str:
    """"team: Voice → Chat; ..." (a created record lists its values, a deleted one its last)."""
    parts = []
    for field, (old, new) in sorted(row["changes"].items()):
        name = field.replace("_", " ")
        if row["action"] == "create":
            parts.append(f"{name}: {show(new)}")
        elif row["action"] == "delete":
            parts.append(f"{name}: {show(old)}")
        else:
            parts.append(f"{name}: {show(old) or '—'} → {show(new) or '—'}")
    return "; ".join(parts)


class HistoryTab(ProfileTab):
    """Accounts worked on, and the audit trail of changes to this staff record."""

    title = "History"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.accounts = RecordTable([
            Column("client_name", "Client", width=180), Column("role", "Role", width=160),
            Column("start_date", "From", width=95), Column("end_date", "To", width=95)])
        self.audit = RecordTable([
            Column("at", "When", text=lambda r: local_time(r["at"]), width=130),
            Column("actor", "Who", width=100), choice("action", "Change", width=80),
            Column("changes", "What changed", text=changes_text, width=600)])
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Client accounts"))
        layout.addWidget(self.accounts, 1)
        layout.addWidget(heading("Changes to this record"))
        layout.addWidget(self.audit, 2)

    def load(self) -> None:
        self.accounts.set_rows(staff.client_history(self.staff_id))
        self.audit.set_rows(audit.history("staff", self.staff_id))
