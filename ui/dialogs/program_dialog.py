"""Create or edit a training program (workshop, certification, degree, ...)."""

from __future__ import annotations

from mentorapp.models import PROGRAM_TYPE_CHOICES
from mentorapp.services import training
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.forms import Check, ChoiceBox, NumberLine, TextBox, TextLine
from ui.widgets.lookups import client_picker

tr_program_dialog = Context("tr_program_dialog")


class ProgramDialog(EntityDialog):
    service = training.programs

    def build(self) -> None:
        self.setWindowTitle(tr_program_dialog.tr("Edit training program") if self.record_id
                            else tr_program_dialog.tr("New training program"))
        self.add_field("name", tr_program_dialog.tr("Name"), TextLine())
        self.add_field("type", tr_program_dialog.tr("Type"), ChoiceBox(PROGRAM_TYPE_CHOICES))
        self.add_field("provider", tr_program_dialog.tr("Provider"), TextLine())
        self.add_field("hours", tr_program_dialog.tr("Hours"), NumberLine())
        validity = self.add_field("validity_months", tr_program_dialog.tr("Valid for (months)"),
                                  NumberLine())
        validity.setPlaceholderText(
            tr_program_dialog.tr("Certifications: months until renewal"))
        validity.setToolTip(tr_program_dialog.tr(
            "For certifications only: how many months a certification stays valid before it "
            "must be renewed"))
        self.add_field("client", tr_program_dialog.tr("Requested by client"), client_picker())
        self.add_field("mandatory", "", Check(tr_program_dialog.tr("Mandatory")))
        self.add_field("description", tr_program_dialog.tr("Description"), TextBox())

    def saved_message(self) -> str:
        return (tr_program_dialog.tr("New training program saved") if self.created
                else tr_program_dialog.tr("Changes to the training program saved"))
