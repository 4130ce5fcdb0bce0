"""Edit an action item agreed in mentoring: what, who, when due and when done."""

from __future__ import annotations

from mentorapp.models import ACTION_OWNER_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox

tr_action_item_dialog = Context("tr_action_item_dialog")


class ActionItemDialog(EntityDialog):
    """Edit: `ActionItemDialog(item_id)`; new: `ActionItemDialog(mentorship=<id>)`."""

    service = mentoring.actions

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        self.mentorship_id = defaults.pop("mentorship", None)
        super().__init__(record_id, parent, **defaults)

    def build(self) -> None:
        self.setWindowTitle(tr_action_item_dialog.tr("Edit action item") if self.record_id
                            else tr_action_item_dialog.tr("New action item"))
        self.add_field("text", tr_action_item_dialog.tr("Action"), TextBox())
        self.add_field("owner", tr_action_item_dialog.tr("Owner"),
                       ChoiceBox(ACTION_OWNER_CHOICES))
        self.add_field("due_date", tr_action_item_dialog.tr("Due"), DateField(optional=True))
        self.add_field("done_date", tr_action_item_dialog.tr("Done on"),
                       DateField(optional=True))

    def saved_message(self) -> str:
        return (tr_action_item_dialog.tr("New action item saved") if self.created
                else tr_action_item_dialog.tr("Changes to the action item saved"))

    def fixed_values(self) -> dict:
        return {"mentorship": self.mentorship_id}

    def save(self, values: dict) -> dict:
        if not self.record_id:
            values.update(self.fixed_values())
        return super().save(values)
