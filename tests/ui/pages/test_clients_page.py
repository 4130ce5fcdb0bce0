"""The clients list and form, driven through the widgets, checked in the database."""

from __future__ import annotations

import pytest
from builders import (
    a_client,
    a_staff,
    click_save,
    column_texts,
    double_click_row,
    offscreen_warnings,
    select_rows,
    show_page,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mentorapp.services import clients
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.client_reports_dialog import ClientReportsDialog
from ui.pages.clients_page import ClientsPage

pytestmark = offscreen_warnings


@pytest.fixture
def page(qtbot, ui_db):
    return lambda: show_page(qtbot, ClientsPage())


def test_lists_clients_with_headcount_and_searches_as_you_type(qtbot, page):
    acme = a_client("Acme", industry="Telecom")
    a_client("Globex", industry="Banking")
    a_staff("Ana", client=acme)
    shown = page()
    assert column_texts(shown, "Name") == ["Acme", "Globex"]
    assert column_texts(shown, "Staff placed") == ["1", "0"]
    qtbot.keyClicks(shown.search, "bank")
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Globex"])
    assert shown.count_label.text() == "1 client"


def test_sorts_by_a_clicked_column_and_filters_inactive(qtbot, page):
    a_client("Acme", industry="Telecom")
    a_client("Globex", industry="Banking", active=False)
    shown = page()
    shown.view.sortByColumn(shown.model.headers().index("Industry"), Qt.SortOrder.AscendingOrder)
    assert column_texts(shown, "Name") == ["Globex", "Acme"]
    box = shown.filters["active"]
    box.setCurrentIndex(box.findText("Active accounts"))
    assert column_texts(shown, "Name") == ["Acme"]


def test_new_client_through_the_page(qtbot, page):
    shown = page()
    form = shown.new_record()
    type_into(qtbot, form, name="Initech", contact_name="Bill Lumbergh",
              contact_email="bill@initech.test")
    click_save(qtbot, form)
    initech = clients.by_name("Initech")
    assert [(c["name"], c["email"]) for c in clients.contacts(initech["id"])] == \
        [("Bill Lumbergh", "bill@initech.test")]
    assert column_texts(shown, "Name") == ["Initech"]
    assert column_texts(shown, "Contact") == ["Bill Lumbergh"]
    assert column_texts(shown, "Contact email") == ["bill@initech.test"]


def test_the_list_and_the_form_show_the_clients_contacts_not_free_text(qtbot, page):
    acme = a_client("Acme")
    clients.add_contact(acme["id"], name="Zed Last", email="zed@acme.test")
    clients.add_contact(acme["id"], name="Ann First", email="ann@acme.test")
    shown = page()
    assert column_texts(shown, "Contact") == ["Ann First"]  # the first by name
    form = ClientDialog(acme["id"])
    qtbot.addWidget(form)
    assert "contact_name" not in form.fields and "contact_email" not in form.fields
    line = form.findChild(QLabel, "contacts").text()
    assert "Ann First <ann@acme.test>, Zed Last <zed@acme.test>" in line
    assert "Client reports… > Contacts" in line


def test_double_click_edits_and_a_duplicate_name_stays_open(qtbot, page):
    a_client("Acme")
    globex = a_client("Globex")
    shown = page()
    double_click_row(qtbot, shown.view, 1)
    form = shown.findChild(ClientDialog)
    assert form.fields["name"].text() == "Globex"
    type_into(qtbot, form, name="Acme")
    click_save(qtbot, form)
    assert form.isVisible()
    assert "already used by client 'Acme'" in form.error_text("name")
    type_into(qtbot, form, name="Globex Corp")
    click_save(qtbot, form)
    assert clients.get(globex["id"])["name"] == "Globex Corp"
    assert column_texts(shown, "Name") == ["Acme", "Globex Corp"]


def test_archive_a_client(qtbot, page, monkeypatch):
    acme = a_client("Acme")
    a_client("Globex")
    shown = page()
    monkeypatch.setattr(shown, "confirm", lambda question: question == "Archive client?")
    select_rows(shown, [0])
    qtbot.mouseClick(shown.archive_button, Qt.MouseButton.LeftButton)
    assert clients.get(acme["id"])["archived"] is True
    assert column_texts(shown, "Name") == ["Globex"]


def test_export_this_view_writes_the_rows_shown(qtbot, page, tmp_path, monkeypatch):
    import openpyxl

    a_client("Acme", industry="Telecom")
    a_client("Globex", industry="Banking")
    shown = page()
    qtbot.keyClicks(shown.search, "tele")
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Acme"])
    out = tmp_path / "clients.xlsx"
    monkeypatch.setattr(shown, "choose_export_file", lambda: str(out))
    with qtbot.waitSignal(shown.status_message, check_params_cb=lambda text:
                          text == f"Exported to {out}"):
        shown.export_view()
    rows = [r for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True)
            if any(r)]
    names = [row[0] for row in rows]
    assert "Acme" in names and "Globex" not in names


def test_client_reports_opens_beside_the_list_for_one_client(qtbot, page):
    a_client("Acme")
    a_client("Globex")
    shown = page()
    assert not shown.reports_button.isEnabled()
    select_rows(shown, [0, 1])
    assert not shown.reports_button.isEnabled()
    menu = {action.text(): action for action in shown.context_menu().actions()}
    assert not menu["Client reports…"].isEnabled()
    select_rows(shown, [1])
    assert shown.reports_button.isEnabled()
    qtbot.mouseClick(shown.reports_button, Qt.MouseButton.LeftButton)
    [dialog] = shown.findChildren(ClientReportsDialog)
    assert dialog.windowTitle() == "Client reports of Globex"
    assert dialog.isVisible() and not dialog.isModal()
    # the list stays usable: the same client's window comes to the front, another opens
    menu = {action.text(): action for action in shown.context_menu().actions()}
    menu["Client reports…"].trigger()
    assert shown.findChildren(ClientReportsDialog) == [dialog]
    select_rows(shown, [0])
    assert shown.open_reports().windowTitle() == "Client reports of Acme"
    assert len(shown.findChildren(ClientReportsDialog)) == 2
    # double-click still edits the client
    double_click_row(qtbot, shown.view, 0)
    assert shown.findChild(ClientDialog).fields["name"].text() == "Acme"
