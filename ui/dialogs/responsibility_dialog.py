"""Give a staff member a new responsibility, and say how it fits their role and goals."""

from __future__ import annotations

from mentorapp.models import RESPONSIBILITY_STATUS_CHOICES
from mentorapp.services import careers, responsibilities
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import Check, ChoiceBox, TextBox, TextLine

tr_responsibility_dialog = Context("tr_responsibility_dialog")


class GoalBox(ChoiceBox):
    """The staff member's career goals to align with (or none)."""

    def __init__(self, staff_id: int, parent=None):
        super().__init__((), blank=tr_responsibility_dialog.tr("Not linked to a goal"),
                         parent=parent)
        for goal in careers.goals.list(staff=staff_id, limit=None, sort="horizon"):
            self.addItem(goal["title"], goal["id"])


class ResponsibilityDialog(StaffRecordDialog):
    service = responsibilities

    def build(self) -> None:
        self.setWindowTitle(tr_responsibility_dialog.tr("Edit responsibility") if self.record_id
                            else tr_responsibility_dialog.tr("New responsibility"))
        self.add_field("title", tr_responsibility_dialog.tr("Responsibility"), TextLine())
        self.add_field("assigned_date", tr_responsibility_dialog.tr("Assigned on"), DateField())
        self.add_field("aligned_to_role", "",
                       Check(tr_responsibility_dialog.tr("Fits the current role")))
        staff_id = self.staff_id or self.service.get(self.record_id)["staff"]
        self.add_field("goal", tr_responsibility_dialog.tr("Career goal served"),
                       GoalBox(staff_id))
        self.add_field("status", tr_responsibility_dialog.tr("Status"),
                       ChoiceBox(RESPONSIBILITY_STATUS_CHOICES))
        self.add_field("description", tr_responsibility_dialog.tr("Description"), TextBox())
        self.add_field("outcome", tr_responsibility_dialog.tr("Outcome"), TextBox())

    def saved_message(self) -> str:
        return (tr_responsibility_dialog.tr("New responsibility saved") if self.created
                else tr_responsibility_dialog.tr("Changes to the responsibility saved"))
