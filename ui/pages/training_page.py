"""Training: the programs offered, and who is enrolled in what (with certificate expiry)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from mentorapp.models import ENROLLMENT_STATUS_CHOICES, PROGRAM_TYPE_CHOICES
from mentorapp.services import competencies, training
from ui.dialogs.competency_dialog import CompetencyDialog
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.models.table import Column, choice, last_first
from ui.pages.list_page import ListPage, ListTabs, choice_options, client_options
from ui.widgets.forms import FormDialog


def program_options() -> list[tuple[str, int]]:
    return [(p["name"], p["id"]) for p in training.programs.list(limit=None)]


class ProgramsList(ListPage):
    title = "Programs"
    noun = "training program"
    plural = "training programs"
    empty_text = ("No training programs yet. Add the courses and certifications your staff "
                  "take.")

    def columns(self) -> list[Column]:
        return [Column("name", "Name", width=330),
                choice("type", "Type", width=130),
                Column("provider", "Provider", width=200),
                Column("hours", "Hours", numeric=True, width=60),
                Column("validity_months", "Valid (months)", numeric=True, width=100),
                Column("client_name", "Requested by", width=140),
                Column("mandatory", "Mandatory", width=80)]

    def build_filters(self) -> None:
        self.add_filter("type", "Any type", choice_options(PROGRAM_TYPE_CHOICES))
        self.add_filter("client", "Any client", client_options)
        self.add_filter("mandatory", "Mandatory or not",
                        lambda: [("Mandatory", True), ("Optional", False)])

    def build_actions(self) -> None:
        self.what_worked_button = QPushButton("What worked…")
        self.what_worked_button.setToolTip("Per program: how ratings, quality and KPIs changed "
                                           "after it, against similar people")
        self.what_worked_button.clicked.connect(self.show_what_worked)
        self.actions_bar.addWidget(self.what_worked_button)

    def show_what_worked(self):
        from ui.pages.profile.development_tab import WhatWorkedDialog

        dialog = WhatWorkedDialog("program", self)
        dialog.open()
        return dialog

    def list_rows(self, **query) -> list[dict]:
        return training.programs.list(**query)

    def count_rows(self, **query) -> int:
        return training.programs.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        training.programs.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FormDialog:
        return ProgramDialog(record_id)


class EnrollmentsList(ListPage):
    """Signals: `staff_opened(int)` with the enrolled staff member."""

    title = "Enrollments"
    noun = "enrollment"
    plural = "enrollments"
    paged = True
    default_sort = "start_date"
    default_descending = True
    staff_key = "staff"
    empty_text = "No enrollments yet. Enroll staff members in a training program."

    def columns(self) -> list[Column]:
        return [Column("name", "Staff member", text=last_first(), width=170),
                Column("employee_id", "Employee ID", width=95),
                Column("program_name", "Program", "program", width=200),
                choice("status", "Status", "status", width=95),
                Column("start_date", "Start", "start_date", width=95),
                Column("completed_date", "Completed", "completed_date", width=95),
                Column("expires_on", "Expires", "expires_on", width=95),
                Column("hours", "Hours", numeric=True, width=60),
                Column("score", "Score", numeric=True, width=60),
                choice("funded_by", "Funded by", width=90)]

    def build_filters(self) -> None:
        self.add_filter("program", "Any program", program_options)
        self.add_filter("status", "Any status", choice_options(ENROLLMENT_STATUS_CHOICES))

    def list_rows(self, **query) -> list[dict]:
        return training.enrollments.list(**query)

    def count_rows(self, **query) -> int:
        return training.enrollments.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        training.enrollments.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FormDialog:
        program = self.filters["program"].currentData()
        return EnrollmentDialog(record_id, **({"program": program}
                                              if program and not record_id else {}))

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(index.row())["id"])


class CompetenciesList(ListPage):
    """The skills framework feedback is rated on and mentors offer."""

    title = "Competencies"
    noun = "competency"
    plural = "competencies"
    empty_text = "No competencies yet. Add the skills feedback is rated on and mentors offer."

    def columns(self) -> list[Column]:
        return [Column("name", "Competency", width=220),
                Column("description", "What it means", width=600)]

    def list_rows(self, **query) -> list[dict]:
        return competencies.list(**query)

    def count_rows(self, **query) -> int:
        return competencies.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        competencies.entity.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FormDialog:
        return CompetencyDialog(record_id)


class TrainingPage(ListTabs):
    """Programs, enrollments and the competency framework in tabs.

    Signals: `staff_opened(int)`.
    """

    def __init__(self, parent=None):
        self.programs = ProgramsList()
        self.enrollments = EnrollmentsList()
        self.competencies = CompetenciesList()
        super().__init__([self.programs, self.enrollments, self.competencies], parent)
        self.programs.records_changed.connect(self.enrollments.refresh)
