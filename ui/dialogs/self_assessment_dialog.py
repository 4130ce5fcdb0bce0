"""Record or edit a staff member's self-assessment."""

from __future__ import annotations

from mentorapp.services import careers
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import TextBox


class SelfAssessmentDialog(StaffRecordDialog):
    noun = "self-assessment"
    service = careers.self_assessments

    def build(self) -> None:
        self.add_field("date", "Date", DateField())
        self.add_field("strengths", "Strengths", TextBox())
        self.add_field("values", "Values", TextBox())
        self.add_field("interests", "Interests", TextBox())
        self.add_field("development_areas", "Development areas", TextBox())
