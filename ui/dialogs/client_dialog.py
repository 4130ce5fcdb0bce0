"""Create or edit an outsourcing client, with the language its reports are written in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mentorapp.services import clients
from mentorapp.translations import LANGUAGE_NAMES, LANGUAGES
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.forms import Check, ChoiceBox, TextBox, TextLine

tr_client_dialog = Context("tr_client_dialog")


def language_box() -> ChoiceBox:
    """The report languages, each in its own words (as a reader of that language finds it)."""
    box = ChoiceBox(())
    for code in LANGUAGES:
        box.addItem(LANGUAGE_NAMES[code], code)
    return box


class ClientDialog(EntityDialog):
    service = clients

    def build(self) -> None:
        self.setWindowTitle(tr_client_dialog.tr("Edit client") if self.record_id
                            else tr_client_dialog.tr("New client"))
        self.add_field("name", tr_client_dialog.tr("Name"), TextLine())
        self.add_field("industry", tr_client_dialog.tr("Industry"), TextLine())
        if self.record_id:
            self.form.addRow(tr_client_dialog.tr("Contacts"), self._contacts_line())
        else:  # the first of the client's contacts; the others in Client reports… > Contacts
            self.add_field("contact_name", tr_client_dialog.tr("First contact"), TextLine())
            self.add_field("contact_email", tr_client_dialog.tr("Contact's email"), TextLine())
        self.add_field("account_manager", tr_client_dialog.tr("Account manager"), TextLine())
        language = self.add_field("report_language", tr_client_dialog.tr("Report language"),
                                  language_box())
        language.setToolTip(tr_client_dialog.tr(
            "The language of this client's review packs: sheet names, headings, choice words "
            "and dates. What people typed stays as they typed it."))
        active = self.add_field("active", "", Check(tr_client_dialog.tr("Active account")))
        active.setChecked(True)
        self.add_field("notes", tr_client_dialog.tr("Notes"), TextBox())

    def _contacts_line(self) -> QLabel:
        """The client's contacts, read only: they are kept in Client reports… > Contacts."""
        people = clients.contacts(self.record_id)
        text = ", ".join(f"{c['name']} <{c['email']}>" for c in people) or \
            tr_client_dialog.tr("none yet")
        line = QLabel(text + "\n" + tr_client_dialog.tr(
            "Added and changed in Clients > Client reports… > Contacts."), wordWrap=True)
        line.setObjectName("contacts")
        line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return line

    def saved_message(self) -> str:
        return (tr_client_dialog.tr("New client saved") if self.created
                else tr_client_dialog.tr("Changes to the client saved"))
