"""Create or edit a career or professional goal at a 1, 5, 10 or 20-year horizon."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from mentorapp.models import GOAL_HORIZON_CHOICES, GOAL_KIND_CHOICES, GOAL_STATUS_CHOICES
from mentorapp.services import careers
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox, TextLine

tr_goal_dialog = Context("tr_goal_dialog")


class PercentBox(QSpinBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(0, 100)
        self.setSuffix(" %")
        self.setSingleStep(10)

    def set_value(self, value) -> None:
        self.setValue(int(value or 0))


class GoalDialog(StaffRecordDialog):
    service = careers.goals

    def build(self) -> None:
        self.setWindowTitle(tr_goal_dialog.tr("Edit career goal") if self.record_id
                            else tr_goal_dialog.tr("New career goal"))
        self.add_field("title", tr_goal_dialog.tr("Goal"), TextLine())
        self.add_field("horizon_years", tr_goal_dialog.tr("Horizon"),
                       ChoiceBox(GOAL_HORIZON_CHOICES))
        self.add_field("kind", tr_goal_dialog.tr("Kind"), ChoiceBox(GOAL_KIND_CHOICES))
        self.add_field("target_date", tr_goal_dialog.tr("Target date"), DateField(optional=True))
        self.add_field("status", tr_goal_dialog.tr("Status"), ChoiceBox(GOAL_STATUS_CHOICES))
        self.add_field("progress", tr_goal_dialog.tr("Progress"), PercentBox())
        self.add_field("description", tr_goal_dialog.tr("Description"), TextBox())

    def saved_message(self) -> str:
        return (tr_goal_dialog.tr("New career goal saved") if self.created
                else tr_goal_dialog.tr("Changes to the career goal saved"))
