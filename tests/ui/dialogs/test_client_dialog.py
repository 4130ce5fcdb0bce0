"""The client form: a new client with its report language, editing keeps and changes it;
the form (and the action item form of the same catalogue area) in Spanish."""

from __future__ import annotations

import pytest
from builders import click_save, offscreen_warnings, type_into
from PySide6.QtWidgets import QLabel

from mentorapp.services import clients
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.client_dialog import ClientDialog

pytestmark = offscreen_warnings


@pytest.fixture
def dialog(qtbot, ui_db):
    def make(cls, record_id=None, **defaults):
        form = cls(record_id, **defaults)
        qtbot.addWidget(form)
        form.show()
        return form
    return make


def test_a_new_client_reports_in_english_unless_another_language_is_chosen(qtbot, dialog):
    form = dialog(ClientDialog)
    box = form.fields["report_language"]
    assert [box.itemText(i) for i in range(box.count())] == [
        "English", "Español", "Português (Brasil)"]
    assert box.value() == "en"
    type_into(qtbot, form, name="Acme Corp")
    box.setCurrentIndex(box.findData("pt_BR"))
    click_save(qtbot, form)
    assert not form.isVisible()
    assert clients.by_name("Acme Corp")["report_language"] == "pt_BR"

    edit = dialog(ClientDialog, clients.by_name("Acme Corp")["id"])
    assert edit.windowTitle() == "Edit client"
    assert edit.fields["report_language"].currentText() == "Português (Brasil)"
    edit.fields["report_language"].set_value("es")
    click_save(qtbot, edit)
    assert clients.by_name("Acme Corp")["report_language"] == "es"
    assert edit.saved_message() == "Changes to the client saved"


def labels(form) -> set[str]:
    return {label.text() for label in form.findChildren(QLabel)}


def test_the_client_and_action_item_forms_in_spanish(qtbot, dialog, spanish):
    form = dialog(ClientDialog)
    assert form.windowTitle() == "Nuevo cliente"
    assert {"Nombre", "Primer contacto", "Gerente de cuenta",
            "Idioma de los informes"} <= labels(form)
    assert form.fields["active"].text() == "Cuenta activa"
    assert form.fields["report_language"].currentText() == "English"  # in its own words
    type_into(qtbot, form, name="Globex")
    click_save(qtbot, form)
    assert form.saved_message() == "Nuevo cliente guardado"

    form = dialog(ActionItemDialog, mentorship=None)
    assert form.windowTitle() == "Nueva acción"
    assert {"Acción", "Responsable", "Vence", "Realizada el"} <= labels(form)
