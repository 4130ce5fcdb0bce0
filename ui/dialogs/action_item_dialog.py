"""Edit an action item agreed in mentoring: what, who, when due and when done."""

from __future__ import annotations

from mentorapp.models import ACTION_OWNER_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox


class ActionItemDialog(EntityDialog):
    """Edit: `ActionItemDialog(item_id)`; new: `ActionItemDialog(mentorship=<id>)`."""

    noun = "action item"
    service = mentoring.actions

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        self.mentorship_id = defaults.pop("mentorship", None)
        super().__init__(record_id, parent, **defaults)

    def build(self) -> None:
        self.add_field("text", "Action", TextBox())
        self.add_field("owner", "Owner", ChoiceBox(ACTION_OWNER_CHOICES))
        self.add_field("due_date", "Due", DateField(optional=True))
        self.add_field("done_date", "Done on", DateField(optional=True))

    def fixed_values(self) -> dict:
        return {"mentorship": self.mentorship_id}

    def save(self, values: dict) -> dict:
        if not self.record_id:
            values.update(self.fixed_values())
        return super().save(values)
