"""Give a staff member a new responsibility, and say how it fits their role and goals."""

from __future__ import annotations

from mentorapp.models import RESPONSIBILITY_STATUS_CHOICES
from mentorapp.services import careers, responsibilities
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import Check, ChoiceBox, TextBox, TextLine


class GoalBox(ChoiceBox):
    """The staff member's career goals to align with (or none)."""

    def __init__(self, staff_id: int, parent=None):
        super().__init__((), blank="Not linked to a goal", parent=parent)
        for goal in careers.goals.list(staff=staff_id, limit=None, sort="horizon"):
            self.addItem(goal["title"], goal["id"])


class ResponsibilityDialog(StaffRecordDialog):
    noun = "responsibility"
    service = responsibilities

    def build(self) -> None:
        self.add_field("title", "Responsibility", TextLine())
        self.add_field("assigned_date", "Assigned on", DateField())
        self.add_field("aligned_to_role", "", Check("Fits the current role"))
        staff_id = self.staff_id or self.service.get(self.record_id)["staff"]
        self.add_field("goal", "Career goal served", GoalBox(staff_id))
        self.add_field("status", "Status", ChoiceBox(RESPONSIBILITY_STATUS_CHOICES))
        self.add_field("description", "Description", TextBox())
        self.add_field("outcome", "Outcome", TextBox())
