"""Create or edit a training program (workshop, certification, degree, ...)."""

from __future__ import annotations

from mentorapp.models import PROGRAM_TYPE_CHOICES
from mentorapp.services import training
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.forms import Check, ChoiceBox, NumberLine, TextBox, TextLine
from ui.widgets.lookups import client_picker


class ProgramDialog(EntityDialog):
    noun = "training program"
    service = training.programs

    def build(self) -> None:
        self.add_field("name", "Name", TextLine())
        self.add_field("type", "Type", ChoiceBox(PROGRAM_TYPE_CHOICES))
        self.add_field("provider", "Provider", TextLine())
        self.add_field("hours", "Hours", NumberLine())
        validity = self.add_field("validity_months", "Valid for (months)", NumberLine())
        validity.setPlaceholderText("Certifications only: months until it must be renewed")
        self.add_field("client", "Requested by client", client_picker())
        self.add_field("mandatory", "", Check("Mandatory"))
        self.add_field("description", "Description", TextBox())
