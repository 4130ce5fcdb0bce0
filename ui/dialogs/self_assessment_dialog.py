"""Record or edit a staff member's self-assessment."""

from __future__ import annotations

from mentorapp.services import careers
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import TextBox

tr_self_assessment_dialog = Context("tr_self_assessment_dialog")


class SelfAssessmentDialog(StaffRecordDialog):
    service = careers.self_assessments

    def build(self) -> None:
        self.setWindowTitle(tr_self_assessment_dialog.tr("Edit self-assessment")
                            if self.record_id
                            else tr_self_assessment_dialog.tr("New self-assessment"))
        self.add_field("date", tr_self_assessment_dialog.tr("Date"), DateField())
        self.add_field("strengths", tr_self_assessment_dialog.tr("Strengths"), TextBox())
        self.add_field("values", tr_self_assessment_dialog.tr("Values"), TextBox())
        self.add_field("interests", tr_self_assessment_dialog.tr("Interests"), TextBox())
        self.add_field("development_areas", tr_self_assessment_dialog.tr("Development areas"),
                       TextBox())

    def saved_message(self) -> str:
        return (tr_self_assessment_dialog.tr("New self-assessment saved") if self.created
                else tr_self_assessment_dialog.tr("Changes to the self-assessment saved"))
