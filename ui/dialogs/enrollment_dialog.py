"""Enroll a staff member in a training program, or record how it went."""

from __future__ import annotations

from mentorapp.models import ENROLLMENT_STATUS_CHOICES, FUNDED_BY_CHOICES
from mentorapp.services import training
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, NumberLine, TextBox
from ui.widgets.lookups import program_picker, staff_picker

tr_enrollment_dialog = Context("tr_enrollment_dialog")


class EnrollmentDialog(EntityDialog):
    service = training.enrollments

    def build(self) -> None:
        self.setWindowTitle(tr_enrollment_dialog.tr("Edit enrollment") if self.record_id
                            else tr_enrollment_dialog.tr("New enrollment"))
        self.add_field("staff", tr_enrollment_dialog.tr("Staff member"), staff_picker())
        self.add_field("program", tr_enrollment_dialog.tr("Program"), program_picker())
        self.add_field("status", tr_enrollment_dialog.tr("Status"),
                       ChoiceBox(ENROLLMENT_STATUS_CHOICES))
        self.add_field("start_date", tr_enrollment_dialog.tr("Start"), DateField(optional=True))
        self.add_field("completed_date", tr_enrollment_dialog.tr("Completed on"),
                       DateField(optional=True))
        self.add_field("score", tr_enrollment_dialog.tr("Score (0-100)"), NumberLine())
        hours = self.add_field("hours", tr_enrollment_dialog.tr("Hours"), NumberLine())
        hours.setPlaceholderText(tr_enrollment_dialog.tr("The program's hours when left empty"))
        self.add_field("funded_by", tr_enrollment_dialog.tr("Funded by"),
                       ChoiceBox(FUNDED_BY_CHOICES))
        self.add_field("notes", tr_enrollment_dialog.tr("Notes"), TextBox())

    def saved_message(self) -> str:
        return (tr_enrollment_dialog.tr("New enrollment saved") if self.created
                else tr_enrollment_dialog.tr("Changes to the enrollment saved"))
