"""Create or edit a career or professional goal at a 1, 5, 10 or 20-year horizon."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from mentorapp.models import GOAL_HORIZON_CHOICES, GOAL_KIND_CHOICES, GOAL_STATUS_CHOICES
from mentorapp.services import careers
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox, TextLine


class PercentBox(QSpinBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(0, 100)
        self.setSuffix(" %")
        self.setSingleStep(10)

    def set_value(self, value) -> None:
        self.setValue(int(value or 0))


class GoalDialog(StaffRecordDialog):
    noun = "career goal"
    service = careers.goals

    def build(self) -> None:
        self.add_field("title", "Goal", TextLine())
        self.add_field("horizon_years", "Horizon", ChoiceBox(GOAL_HORIZON_CHOICES))
        self.add_field("kind", "Kind", ChoiceBox(GOAL_KIND_CHOICES))
        self.add_field("target_date", "Target date", DateField(optional=True))
        self.add_field("status", "Status", ChoiceBox(GOAL_STATUS_CHOICES))
        self.add_field("progress", "Progress", PercentBox())
        self.add_field("description", "Description", TextBox())
