"""Mentoring: mentors with the capacity they use, mentorships by status, and logging sessions."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu, QPushButton

from mentorapp.models import MENTORSHIP_STATUS_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.cohort_dialog import CohortDialog
from ui.dialogs.mentor_dialog import MentorDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.dialogs.suggest_mentor_dialog import SuggestMentorDialog
from ui.i18n import Context, number
from ui.models.table import Column, choice, last_first
from ui.pages.list_page import ListPage, ListTabs, ListWords, choice_options
from ui.theme import danger_color
from ui.widgets.forms import FormDialog

tr_mentoring_page = Context("tr_mentoring_page")


def capacity_text(row: dict) -> str:
    return tr_mentoring_page.tr("{mentees} of {capacity}").format(
        mentees=number(row["active_mentees"]), capacity=number(row["capacity"]))


def over_capacity(row: dict) -> QColor | None:
    return danger_color() if row["active_mentees"] > row["capacity"] else None


class MentorsList(ListPage):
    """Signals: `staff_opened(int)` for a mentor who is a staff member."""

    staff_key = "staff"
    paged = True  # thousands of mentors on a big database: sorted in the database
    default_sort = "name"

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_mentoring_page.tr("Mentors"),
            new=tr_mentoring_page.tr("New mentor"),
            search=tr_mentoring_page.tr("Search mentors…"),
            empty=tr_mentoring_page.tr("No mentors yet. Add the staff members or outside coaches "
                                       "who mentor."),
            nothing_to_export=tr_mentoring_page.tr("No mentors to export yet"),
            count=lambda n: tr_mentoring_page.tr("%Ln mentors", None, n),
            archive=lambda n: tr_mentoring_page.tr("Archive %n mentors?", None, n),
            restore=lambda n: tr_mentoring_page.tr("Restore %n mentors?", None, n))

    def columns(self) -> list[Column]:
        return [Column("name", tr_mentoring_page.tr("Name"), "name", width=180),
                Column("employee_id", tr_mentoring_page.tr("Employee ID"), width=100),
                Column("external_organisation", tr_mentoring_page.tr("Organisation"),
                       width=150),
                Column("active_mentees", tr_mentoring_page.tr("Mentees (of capacity)"),
                       "active_mentees", text=capacity_text, width=150, color=over_capacity),
                Column("active", tr_mentoring_page.tr("Taking mentees"), width=110),
                Column("email", tr_mentoring_page.tr("Email"), width=200)]

    def build_filters(self) -> None:
        self.add_filter("active", tr_mentoring_page.tr("Taking mentees or not"),
                        lambda: [(tr_mentoring_page.tr("Taking mentees"), True),
                                 (tr_mentoring_page.tr("Not taking mentees"), False)])
        self.add_filter("over_capacity", tr_mentoring_page.tr("Any load"),
                        lambda: [(tr_mentoring_page.tr("Over capacity"), True)])

    def build_actions(self) -> None:
        self.what_worked_button = QPushButton(tr_mentoring_page.tr("What worked…"))
        self.what_worked_button.setToolTip(tr_mentoring_page.tr(
            "Per mentor: how their mentees' ratings, quality and KPIs changed against similar "
            "people"))
        self.what_worked_button.clicked.connect(self.show_what_worked)
        self.actions_bar.addWidget(self.what_worked_button)

    def show_what_worked(self):
        from ui.pages.profile.development_tab import WhatWorkedDialog

        dialog = WhatWorkedDialog("mentor", self)
        dialog.open()
        return dialog

    def list_rows(self, **query) -> list[dict]:
        return mentoring.mentors.list(**query)

    def count_rows(self, **query) -> int:
        return mentoring.mentors.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        mentoring.mentors.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FormDialog:
        return MentorDialog(record_id)

    def activate(self, index) -> None:
        """Double-click edits the mentor (the context menu opens a staff mentor's profile)."""
        self.open_dialog(self.model.record(index.row())["id"])


class MentorshipsList(ListPage):
    """Signals: `staff_opened(int)` with the mentee."""

    paged = True
    default_sort = "start_date"
    default_descending = True
    staff_key = "mentee"

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_mentoring_page.tr("Mentorships"),
            new=tr_mentoring_page.tr("New mentorship"),
            search=tr_mentoring_page.tr("Search mentorships…"),
            empty=tr_mentoring_page.tr("No mentorships yet. Pair a mentee with a mentor to "
                                       "start one."),
            nothing_to_export=tr_mentoring_page.tr("No mentorships to export yet"),
            count=lambda n: tr_mentoring_page.tr("%Ln mentorships", None, n),
            archive=lambda n: tr_mentoring_page.tr("Archive %n mentorships?", None, n),
            restore=lambda n: tr_mentoring_page.tr("Restore %n mentorships?", None, n))

    def columns(self) -> list[Column]:
        return [Column("mentee_name", tr_mentoring_page.tr("Mentee"), "mentee", width=170,
                       text=last_first("mentee_first_name", "mentee_last_name")),
                Column("mentee_employee_id", tr_mentoring_page.tr("Employee ID"), width=100),
                Column("mentor_name", tr_mentoring_page.tr("Mentor"), "mentor", width=170),
                choice("status", tr_mentoring_page.tr("Status"), "status",
                       codes=MENTORSHIP_STATUS_CHOICES, width=100),
                Column("start_date", tr_mentoring_page.tr("Start"), "start_date", width=95),
                Column("end_date", tr_mentoring_page.tr("End"), width=95),
                Column("focus", tr_mentoring_page.tr("Focus"),
                       text=lambda r: " ".join((r["focus"] or "").split()), width=300)]

    def build_filters(self) -> None:
        self.add_filter("status", tr_mentoring_page.tr("Any status"),
                        choice_options(MENTORSHIP_STATUS_CHOICES))

    def build_actions(self) -> None:
        self.log_button = QPushButton(tr_mentoring_page.tr("Log session…"))
        self.log_button.clicked.connect(self.log_session)
        self.actions_bar.addWidget(self.log_button)
        self.suggest_button = QPushButton(tr_mentoring_page.tr("Suggest a mentor…"))
        self.suggest_button.setToolTip(tr_mentoring_page.tr(
            "A person's gaps by the evidence and the mentors who fit them best"))
        self.suggest_button.clicked.connect(self.suggest_mentor)
        self.actions_bar.addWidget(self.suggest_button)
        self.cohort_button = QPushButton(tr_mentoring_page.tr("Match a cohort…"))
        self.cohort_button.setToolTip(tr_mentoring_page.tr(
            "Propose mentors for a whole intake at once, review, then create"))
        self.cohort_button.clicked.connect(self.match_cohort)
        self.actions_bar.addWidget(self.cohort_button)

    def update_actions(self) -> None:
        super().update_actions()
        selected = self.selected_records()
        self.log_button.setEnabled(len(selected) == 1
                                   and selected[0]["status"] in ("active", "completed"))

    def extra_menu_actions(self, menu: QMenu, rows: list[dict]) -> None:
        action = menu.addAction(tr_mentoring_page.tr("Log session…"), self.log_session)
        action.setEnabled(self.log_button.isEnabled())

    def log_session(self) -> SessionDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = SessionDialog(mentorship=record["id"])
        return dialog.open_over(self, lambda _record: self.saved_elsewhere(dialog))

    def suggest_mentor(self) -> SuggestMentorDialog:
        """For a person picked in the dialog; the proposed mentorship is then selected."""
        return SuggestMentorDialog().open_over(self, lambda created: self.record_saved(
            created, tr_mentoring_page.tr("Mentorship proposed")))

    def match_cohort(self) -> CohortDialog:
        def created(mentorships: list) -> None:
            self.status_message.emit(tr_mentoring_page.tr("Started %n mentorships", None,
                                                          len(mentorships)))
            self.changed()

        return CohortDialog().open_over(self, created)

    def list_rows(self, **query) -> list[dict]:
        return mentoring.mentorships.list(**query)

    def count_rows(self, **query) -> int:
        return mentoring.mentorships.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        mentoring.mentorships.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FormDialog:
        return MentorshipDialog(record_id)

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(index.row())["id"])


class MentoringPage(ListTabs):
    """Mentorships and mentors in two tabs.

    Signals: `staff_opened(int)`.
    """

    def __init__(self, parent=None):
        self.mentorships = MentorshipsList()
        self.mentors = MentorsList()
        super().__init__([self.mentorships, self.mentors], parent)
        # A new or ended mentorship changes the mentors' capacity used, and the other way.
        self.mentorships.records_changed.connect(self.mentors.refresh)
        self.mentors.records_changed.connect(self.mentorships.refresh)
