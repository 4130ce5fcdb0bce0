"""Enroll a staff member in a training program, or record how it went."""

from __future__ import annotations

from mentorapp.models import ENROLLMENT_STATUS_CHOICES, FUNDED_BY_CHOICES
from mentorapp.services import training
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, NumberLine, TextBox
from ui.widgets.lookups import program_picker, staff_picker


class EnrollmentDialog(EntityDialog):
    noun = "enrollment"
    service = training.enrollments

    def build(self) -> None:
        self.add_field("staff", "Staff member", staff_picker())
        self.add_field("program", "Program", program_picker())
        self.add_field("status", "Status", ChoiceBox(ENROLLMENT_STATUS_CHOICES))
        self.add_field("start_date", "Start", DateField(optional=True))
        self.add_field("completed_date", "Completed on", DateField(optional=True))
        self.add_field("score", "Score (0-100)", NumberLine())
        hours = self.add_field("hours", "Hours", NumberLine())
        hours.setPlaceholderText("The program's hours when left empty")
        self.add_field("funded_by", "Funded by", ChoiceBox(FUNDED_BY_CHOICES))
        self.add_field("notes", "Notes", TextBox())
