"""The mentoring tab: mentorships, their sessions (with the evidence the selected one cites,
before and after) and action items."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QPushButton,
)

from mentorapp.models import ACTION_OWNER_CHOICES, MENTORSHIP_STATUS_CHOICES, SESSION_FORMAT_CHOICES
from mentorapp.services import (
    evidence,
    mentoring,
)
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.dialogs.suggest_mentor_dialog import SuggestMentorDialog
from ui.i18n import Context, month_text
from ui.models.table import Column, choice
from ui.pages.profile.development_tab import WhatWorkedTable
from ui.pages.profile.tab import (
    ProfileTab,
    button_row,
    heading,
    keep_rows,
    one_line,
    overdue_colour,
    record_table,
    scrolling_layout,
)
from ui.theme import danger_color
from ui.widgets.forms import FormDialog

tr_mentoring_tab = Context("tr_mentoring_tab")


def day_text(day) -> str:
    """"3 Mar 2026" (the locale's short month name)."""
    return f"{day.day} {month_text(day.year, day.month)}"


def change_text(row: dict) -> str:
    return {"better": tr_mentoring_tab.tr("Better"), "worse": tr_mentoring_tab.tr("Worse"),
            "same": tr_mentoring_tab.tr("No change")}.get(row["change"], "")


class MentoringTab(ProfileTab):
    """This person's mentorships, the sessions of the selected one, and their action items."""

    title = QT_TRANSLATE_NOOP("tr_mentoring_tab", "Mentoring")
    translations = tr_mentoring_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.new_mentorship = QPushButton(tr_mentoring_tab.tr("New mentorship…"))
        self.new_mentorship.clicked.connect(
            lambda: self.open_dialog(MentorshipDialog(mentee=staff_id)))
        self.suggest = QPushButton(tr_mentoring_tab.tr("Suggest a mentor…"))
        self.suggest.clicked.connect(self.suggest_mentor)
        self.log = QPushButton(tr_mentoring_tab.tr("Log session…"))
        self.log.clicked.connect(self.log_session)
        self.mark_done = QPushButton(tr_mentoring_tab.tr("Mark action done"))
        self.mark_done.clicked.connect(self.toggle_action)
        self._keep_action: int | None = None  # the item to select again after a reload
        self.mentorships = record_table([
            Column("mentor_name", tr_mentoring_tab.tr("Mentor"), width=170),
            choice("status", tr_mentoring_tab.tr("Status"),
                   codes=MENTORSHIP_STATUS_CHOICES, width=95),
            Column("start_date", tr_mentoring_tab.tr("Start"), width=95),
            Column("end_date", tr_mentoring_tab.tr("End"), width=95),
            Column("focus", tr_mentoring_tab.tr("Focus"), text=one_line("focus"), width=300)])
        self.sessions = record_table([
            Column("date", tr_mentoring_tab.tr("Date"), width=95),
            Column("duration_minutes", tr_mentoring_tab.tr("Minutes"), numeric=True, width=65),
            choice("format", tr_mentoring_tab.tr("Format"), codes=SESSION_FORMAT_CHOICES, width=90),
            Column("topics", tr_mentoring_tab.tr("Topics"), text=one_line("topics"), width=220),
            Column("follow_up_date", tr_mentoring_tab.tr("Follow-up"), width=95),
            Column("shared_notes", tr_mentoring_tab.tr("Shared notes"),
                   text=one_line("shared_notes"), width=260)])
        self.evidence = record_table([
            Column("label", tr_mentoring_tab.tr("Evidence"), width=330),
            Column("measure", tr_mentoring_tab.tr("Compared"), width=250),
            Column("before_text", tr_mentoring_tab.tr("Before"), numeric=True, width=75),
            Column("after_text", tr_mentoring_tab.tr("After"), numeric=True, width=75),
            Column("change", tr_mentoring_tab.tr("Change"), text=change_text, width=90,
                   color=lambda row: danger_color() if row["change"] == "worse" else None)])
        self.evidence_heading = heading(tr_mentoring_tab.tr("Evidence of the selected session"))
        self.actions = record_table([
            Column("text", tr_mentoring_tab.tr("Action item"), text=one_line("text"), width=460),
            choice("owner", tr_mentoring_tab.tr("Owner"), codes=ACTION_OWNER_CHOICES, width=80),
            Column("due_date", tr_mentoring_tab.tr("Due"), width=95, color=overdue_colour),
            Column("done_date", tr_mentoring_tab.tr("Done"), width=95)])
        self.mentorships.record_activated.connect(
            lambda row: self.open_dialog(MentorshipDialog(row["id"])))
        self.sessions.record_activated.connect(
            lambda row: self.open_dialog(SessionDialog(row["id"])))
        self.actions.record_activated.connect(
            lambda row: self.open_dialog(ActionItemDialog(row["id"])))
        self.mentorships.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_sessions())
        self.actions.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_mark_done())
        self.sessions.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_evidence())
        for table in (self.mentorships, self.sessions, self.evidence, self.actions):
            keep_rows(table, 2)
        layout = scrolling_layout(self)
        layout.addLayout(button_row(self.new_mentorship, self.suggest, self.log, self.mark_done))
        layout.addWidget(heading(tr_mentoring_tab.tr("Mentorships")))
        layout.addWidget(self.mentorships, 1)
        layout.addWidget(heading(tr_mentoring_tab.tr("Sessions of the selected mentorship")))
        layout.addWidget(self.sessions, 2)
        layout.addWidget(self.evidence_heading)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(heading(tr_mentoring_tab.tr("Action items")))
        layout.addWidget(self.actions, 2)
        self.what_worked = WhatWorkedTable(
            staff_id, ("mentorship", "coaching"),
            tr_mentoring_tab.tr("What worked: mentorships and coaching sessions"))
        layout.addWidget(self.what_worked, 2)

    def load(self) -> None:
        rows = mentoring.mentorships.list(mentee=self.staff_id, sort="start_date",
                                          descending=True, limit=None)
        self.mentorships.set_rows(rows)
        self.actions.set_rows(mentoring.actions.list(mentee=self.staff_id, sort="due_date",
                                                     limit=None))
        if self._keep_action is not None:
            self.actions.select_id(self._keep_action)
            self._keep_action = None
        self.sessions.set_rows([])
        if rows:
            self.mentorships.selectRow(0)
        self.show_sessions()
        self.update_mark_done()
        self.what_worked.load()

    def update_mark_done(self) -> None:
        """"Mark action done" for an open action item, "Reopen action" for a done one (a
        click by mistake is undone with the next); nothing selected, neither."""
        item = self.actions.current_record()
        self.mark_done.setEnabled(item is not None)
        self.mark_done.setText(tr_mentoring_tab.tr("Reopen action") if item and item["done_date"]
                               else tr_mentoring_tab.tr("Mark action done"))

    def show_sessions(self) -> None:
        current = self.mentorships.current_record()
        self.log.setEnabled(bool(current) and current["status"] in ("active", "completed"))
        if current:
            self.sessions.set_rows(mentoring.sessions.list(
                mentorship=current["id"], sort="date", descending=True, limit=None))
            if self.sessions.rows():
                self.sessions.selectRow(0)
        self.show_evidence()

    def show_evidence(self) -> None:
        """The selected session's cited items: the figures before it and by its follow-up."""
        session = self.sessions.current_record()
        if session is None:
            self.evidence_heading.setText(tr_mentoring_tab.tr("Evidence of the selected session"))
            self.evidence.set_rows([])
            return
        result = evidence.before_after(session["id"])
        if not result["items"]:
            self.evidence_heading.setText(tr_mentoring_tab.tr(
                "The session of {date} cites no evidence (open it to cite some)").format(
                date=day_text(session["date"])))
        else:
            follow_up = result["follow_up_date"]
            text = tr_mentoring_tab.tr(
                "Evidence of the session of {date}: before it, and after it up to the "
                "follow-up on {follow_up}") if follow_up else tr_mentoring_tab.tr(
                "Evidence of the session of {date}: before it, and after it up to today (no "
                "follow-up date)")
            self.evidence_heading.setText(text.format(
                date=day_text(session["date"]), follow_up=follow_up and day_text(follow_up)))
        self.evidence.set_rows(result["items"])

    def suggest_mentor(self) -> SuggestMentorDialog:
        """Mentors chosen from the evidence; proposing one adds a proposed mentorship."""
        return SuggestMentorDialog(self.staff_id).open_over(self, lambda _m: self.changed.emit())

    def log_session(self) -> FormDialog | None:
        current = self.mentorships.current_record()
        return self.open_dialog(SessionDialog(mentorship=current["id"])) if current else None

    def toggle_action(self) -> None:
        """Mark the selected action item done, or open again; it stays selected."""
        item = self.actions.current_record()
        if item is None:
            return
        if item["done_date"]:
            mentoring.reopen_action(item["id"])
        else:
            mentoring.complete_action(item["id"])
        self._keep_action = item["id"]
        self.changed.emit()
