"""Create or edit an outsourcing client."""

from __future__ import annotations

from mentorapp.services import clients
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.forms import Check, TextBox, TextLine


class ClientDialog(EntityDialog):
    noun = "client"
    service = clients

    def build(self) -> None:
        self.add_field("name", "Name", TextLine())
        self.add_field("industry", "Industry", TextLine())
        self.add_field("contact_name", "Contact person", TextLine())
        self.add_field("contact_email", "Contact email", TextLine())
        self.add_field("account_manager", "Account manager", TextLine())
        active = self.add_field("active", "", Check("Active account"))
        active.setChecked(True)
        self.add_field("notes", "Notes", TextBox())
