"""Training: the programs offered, and who is enrolled in what (with certificate expiry)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from mentorapp.models import ENROLLMENT_STATUS_CHOICES, FUNDED_BY_CHOICES, PROGRAM_TYPE_CHOICES
from mentorapp.services import competencies, training
from ui.dialogs.competency_dialog import CompetencyDialog
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.i18n import Context
from ui.models.table import Column, choice, last_first
from ui.pages.list_page import ListPage, ListTabs, ListWords, choice_options, client_options
from ui.widgets.forms import FormDialog

tr_training_page = Context("tr_training_page")


def program_options() -> list[tuple[str, int]]:
    return [(p["name"], p["id"]) for p in training.programs.list(limit=None)]


class ProgramsList(ListPage):
    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_training_page.tr("Programs"),
            new=tr_training_page.tr("New training program"),
            search=tr_training_page.tr("Search training programs…"),
            empty=tr_training_page.tr("No training programs yet. Add the courses and "
                                      "certifications your staff take."),
            nothing_to_export=tr_training_page.tr("No training programs to export yet"),
            count=lambda n: tr_training_page.tr("%Ln training programs", None, n),
            archive=lambda n: tr_training_page.tr("Archive %n training programs?", None, n),
            restore=lambda n: tr_training_page.tr("Restore %n training programs?", None, n))

    def columns(self) -> list[Column]:
        # Name and Provider give up 65 pixels to "Programa de capacitación" and "Vigencia
        # (meses)" (es, pt_BR): a maximised window on a 1280-pixel screen, its frame drawn by
        # the window manager, shows the table without a sideways scroll
        return [Column("name", tr_training_page.tr("Name"), width=300),
                choice("type", tr_training_page.tr("Type"), codes=PROGRAM_TYPE_CHOICES, width=130),
                Column("provider", tr_training_page.tr("Provider"), width=165),
                Column("hours", tr_training_page.tr("Hours"), numeric=True, width=60),
                Column("validity_months", tr_training_page.tr("Valid (months)"), numeric=True,
                       width=100),
                Column("client_name", tr_training_page.tr("Requested by"), width=140),
                Column("mandatory", tr_training_page.tr("Mandatory"), width=80)]

    def build_filters(self) -> None:
        self.add_filter("type", tr_training_page.tr("Any type"),
                        choice_options(PROGRAM_TYPE_CHOICES))
        self.add_filter("client", tr_training_page.tr("Any client"), client_options)
        self.add_filter("mandatory", tr_training_page.tr("Mandatory or not"),
                        lambda: [(tr_training_page.tr("Mandatory"), True),
                                 (tr_training_page.tr("Optional"), False)])

    def build_actions(self) -> None:
        self.what_worked_button = QPushButton(tr_training_page.tr("What worked…"))
        self.what_worked_button.setToolTip(tr_training_page.tr(
            "Per program: how ratings, quality and KPIs changed after it, against similar "
            "people"))
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

    paged = True
    default_sort = "start_date"
    default_descending = True
    staff_key = "staff"

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_training_page.tr("Enrollments"),
            new=tr_training_page.tr("New enrollment"),
            search=tr_training_page.tr("Search enrollments…"),
            empty=tr_training_page.tr("No enrollments yet. Enroll staff members in a training "
                                      "program."),
            nothing_to_export=tr_training_page.tr("No enrollments to export yet"),
            count=lambda n: tr_training_page.tr("%Ln enrollments", None, n),
            archive=lambda n: tr_training_page.tr("Archive %n enrollments?", None, n),
            restore=lambda n: tr_training_page.tr("Restore %n enrollments?", None, n))

    def columns(self) -> list[Column]:
        return [Column("name", tr_training_page.tr("Staff member"), text=last_first(),
                       width=170),
                Column("employee_id", tr_training_page.tr("Employee ID"), width=95),
                Column("program_name", tr_training_page.tr("Program"), "program", width=200),
                choice("status", tr_training_page.tr("Status"), "status",
                       codes=ENROLLMENT_STATUS_CHOICES, width=95),
                Column("start_date", tr_training_page.tr("Start"), "start_date", width=95),
                Column("completed_date", tr_training_page.tr("Completed"), "completed_date",
                       width=95),
                Column("expires_on", tr_training_page.tr("Expires"), "expires_on", width=95),
                Column("hours", tr_training_page.tr("Hours"), numeric=True, width=60),
                Column("score", tr_training_page.tr("Score"), numeric=True, width=60),
                choice("funded_by", tr_training_page.tr("Funded by"),
                       codes=FUNDED_BY_CHOICES, width=90)]

    def build_filters(self) -> None:
        self.add_filter("program", tr_training_page.tr("Any program"), program_options)
        self.add_filter("status", tr_training_page.tr("Any status"),
                        choice_options(ENROLLMENT_STATUS_CHOICES))

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

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_training_page.tr("Competencies"),
            new=tr_training_page.tr("New competency"),
            search=tr_training_page.tr("Search competencies…"),
            empty=tr_training_page.tr("No competencies yet. Add the skills feedback is rated "
                                      "on and mentors offer."),
            nothing_to_export=tr_training_page.tr("No competencies to export yet"),
            count=lambda n: tr_training_page.tr("%Ln competencies", None, n),
            archive=lambda n: tr_training_page.tr("Archive %n competencies?", None, n),
            restore=lambda n: tr_training_page.tr("Restore %n competencies?", None, n))

    def columns(self) -> list[Column]:
        return [Column("name", tr_training_page.tr("Competency"), width=220),
                Column("description", tr_training_page.tr("What it means"), width=600)]

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
