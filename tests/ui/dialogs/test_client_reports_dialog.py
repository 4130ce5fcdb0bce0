"""A client's report loop from the Clients page's "Client reports…": marking versions sent and
acknowledged, logging a reply, the Open file button, action items, contacts and the report
settings, each checked in the database; bad input and refusals shown as messages."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from builders import click_save, offscreen_warnings, select_rows, show_page, type_into
from PySide6.QtCore import Qt

from mentorapp.errors import PermissionDenied
from mentorapp.models import ClientActionItem
from mentorapp.services import client_reports, clients
from tests.mentorapp.test_shared import company  # noqa: F401  (its module's fixture)
from ui import preferences
from ui.dialogs import client_reports_dialog
from ui.dialogs.client_reports_dialog import (
    ClientActionItemDialog,
    ClientReportsDialog,
    ContactDialog,
    LogReplyDialog,
    MarkAcknowledgedDialog,
    MarkSentDialog,
)
from ui.pages.clients_page import ClientsPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
TODAY = dt.date.today()
SEPTEMBER = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def form_of(dialog: ClientReportsDialog, kind):
    forms = [d for d in dialog.findChildren(kind) if d.isVisible()]
    assert len(forms) == 1
    return forms[0]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def register(client: dict, period, folder, text: str) -> dict:
    """A version of `period` whose file (holding `text`) is in `folder`."""
    version = client_reports.next_version(client["id"], *period)
    path = folder / f"{client['name']} {period[0]}..{period[1]} v{version}.xlsx"
    path.write_text(text)
    return client_reports.register_version(
        client["id"], *period, file_name=path.name,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(), figures={})


@pytest.fixture
def acme(ui_db, make, tmp_path):
    """Acme: contacts Dana and Eli, staff member Ana, September's report sent to Dana (v1) and
    October's prepared (v1, newest), in tmp_path (the folder files were last saved to); an
    open and a done action item."""
    acme = make.client("Acme")
    make.client("Globex")
    dana = clients.add_contact(acme["id"], name="Dana Ops", email="dana@acme.test",
                               role="Operations director")
    clients.add_contact(acme["id"], name="Eli QA", email="eli@acme.test")
    ana = make.staff("Ana", "Reyes", acme)
    september = register(acme, SEPTEMBER, tmp_path, "september")
    client_reports.mark_sent(september["id"], [dana["email"]])
    october = register(acme, OCTOBER, tmp_path, "october")
    preferences.remember_folder(tmp_path / "any.xlsx")
    follow_up = client_reports.add_action_item(acme["id"], *SEPTEMBER, text="Coach on refunds",
                                               owner="Team lead", due_date=TODAY)
    client_reports.add_action_item(acme["id"], *SEPTEMBER, text="Share the QA form",
                                   status="done", closed_on=SEPTEMBER[1])
    return {"client": acme, "ana": ana, "september": september, "october": october,
            "item": follow_up, "folder": tmp_path}


@pytest.fixture
def dialog(qtbot, acme) -> ClientReportsDialog:
    """The dialog of Acme, opened from the Clients page's button."""
    page = show_page(qtbot, ClientsPage())
    select_rows(page, [0])
    click(qtbot, page.reports_button)
    shown = page.findChild(ClientReportsDialog)
    assert shown.isVisible() and not shown.isModal()
    return shown


def test_versions_newest_first_with_their_state(dialog, acme):
    assert dialog.windowTitle() == "Client reports of Acme"
    table = dialog.versions
    assert table.column_texts("Period") == ["2026-10-01 – 2026-10-31",
                                            "2026-09-01 – 2026-09-30"]
    assert table.column_texts("Status") == ["Prepared", "Sent"]
    assert table.column_texts("Sent to") == ["", "dana@acme.test"]
    assert table.column_texts("Via") == ["", "Email"]
    assert table.current_record()["id"] == acme["october"]["id"]
    # a version not sent cannot be acknowledged yet
    assert not dialog.acknowledged_button.isEnabled()
    assert dialog.acknowledged_button.toolTip() == "Mark the version sent first"


def test_mark_sent_needs_a_contact_then_records_who_how_and_when(qtbot, dialog, acme):
    click(qtbot, dialog.sent_button)
    form = form_of(dialog, MarkSentDialog)
    click_save(qtbot, form)
    assert form.isVisible()
    assert "at least one contact" in form.error_text("to")
    assert client_reports.get_version(acme["october"]["id"])["sent_at"] is None
    form.fields["to"].set_value(["eli@acme.test"])
    form.fields["via"].set_value("portal")
    type_into(qtbot, form, on="2026-11-04")
    with qtbot.waitSignal(dialog.changed):
        click_save(qtbot, form)
    sent = client_reports.get_version(acme["october"]["id"])
    assert (sent["status"], sent["recipients"], sent["sent_via"], sent["sent_at"].date()) == \
        ("sent", ["eli@acme.test"], "portal", dt.date(2026, 11, 4))
    assert dialog.versions.column_texts("Status") == ["Sent", "Sent"]
    assert dialog.acknowledged_button.isEnabled()
    # sent again, to Dana too: Eli stays checked (a send is not taken back)
    click(qtbot, dialog.sent_button)
    form = form_of(dialog, MarkSentDialog)
    checks = form.fields["to"]
    assert checks.value() == ["eli@acme.test"]
    assert not checks.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    checks.item(0).setCheckState(Qt.CheckState.Checked)
    click_save(qtbot, form)
    assert client_reports.get_version(acme["october"]["id"])["recipients"] == \
        ["dana@acme.test", "eli@acme.test"]


def test_a_half_typed_date_is_a_message_not_a_save(qtbot, dialog, acme):
    click(qtbot, dialog.sent_button)
    form = form_of(dialog, MarkSentDialog)
    form.fields["to"].set_value(["dana@acme.test"])
    type_into(qtbot, form, on="2026-11")
    click_save(qtbot, form)
    assert "not a whole date" in form.error_text("on")
    assert client_reports.get_version(acme["october"]["id"])["sent_at"] is None


def test_mark_acknowledged_by_a_contact(qtbot, dialog, acme):
    dialog.versions.selectRow(1)  # September, sent to Dana
    click(qtbot, dialog.acknowledged_button)
    form = form_of(dialog, MarkAcknowledgedDialog)
    assert form.fields["by"].value() == "dana@acme.test"  # a recipient comes first
    form.fields["by"].set_value("eli@acme.test")
    type_into(qtbot, form, on="2026-10-09")
    click_save(qtbot, form)
    done = client_reports.get_version(acme["september"]["id"])
    assert (done["status"], done["acknowledged_by_email"], done["acknowledged_at"].date()) == \
        ("acknowledged", "eli@acme.test", dt.date(2026, 10, 9))
    assert dialog.versions.column_texts("Acknowledged by") == ["", "Eli QA"]


def test_log_a_reply_as_client_feedback_linked_to_the_version(qtbot, dialog, acme):
    click(qtbot, dialog.reply_button)
    form = form_of(dialog, LogReplyDialog)
    click_save(qtbot, form)
    assert "reply is required" in form.error_text("text").lower()
    type_into(qtbot, form, text="Ana handled the outage calmly.")
    click_save(qtbot, form)
    assert "required" in form.error_text("staff").lower()
    type_into(qtbot, form, staff="Ana Reyes")
    form.fields["author"].set_value("dana@acme.test")
    form.fields["rating"].set_value(5)
    click_save(qtbot, form)
    assert not form.isVisible()
    [reply] = client_reports.replies(acme["october"]["id"])
    assert (reply["staff"], reply["source"], reply["author"], reply["rating"],
            reply["comment"], reply["client"]) == \
        (acme["ana"]["id"], "client", "Dana Ops", 5, "Ana handled the outage calmly.",
         acme["client"]["id"])
    assert dialog.versions.column_texts("Replies") == ["1", "0"]


def test_open_file_only_while_the_registered_file_is_there(qtbot, dialog, acme, monkeypatch):
    opened = []
    monkeypatch.setattr(client_reports_dialog.QDesktopServices, "openUrl", opened.append)
    path = acme["folder"] / acme["october"]["file_name"]
    assert dialog.open_file_button.isEnabled()
    assert dialog.open_file_button.toolTip() == f"Open {path}"
    click(qtbot, dialog.open_file_button)
    assert [url.toLocalFile() for url in opened] == [str(path)]
    path.write_text("edited since")
    dialog.load_versions()
    assert not dialog.open_file_button.isEnabled()
    assert "changed or replaced" in dialog.open_file_button.toolTip()
    path.unlink()
    dialog.load_versions()
    assert not dialog.open_file_button.isEnabled()
    assert "is no longer in" in dialog.open_file_button.toolTip()
    assert "Only the file's name is registered" in dialog.open_file_button.toolTip()


def test_action_items_close_drop_edit_and_show_closed(qtbot, dialog, acme):
    dialog.tabs.setCurrentIndex(1)
    items = dialog.items
    assert items.column_texts("Action") == ["Coach on refunds"]
    assert items.column_texts("Raised in") == ["2026-09-01 – 2026-09-30"]
    due = items.model_.headers().index("Due")
    assert items.model_.index(0, due).data(Qt.ItemDataRole.ForegroundRole) is None
    client_reports.update_action_item(acme["item"]["id"], due_date=TODAY - dt.timedelta(1))
    dialog.load_items()
    assert items.model_.index(0, due).data(Qt.ItemDataRole.ForegroundRole) is not None  # late
    dialog.show_closed.setChecked(True)
    assert items.column_texts("Action") == ["Coach on refunds", "Share the QA form"]
    assert items.column_texts("Status") == ["Open", "Done"]
    items.selectRow(1)
    assert not dialog.close_item_button.isEnabled()
    dialog.show_closed.setChecked(False)
    click(qtbot, dialog.edit_item_button)
    form = form_of(dialog, ClientActionItemDialog)
    type_into(qtbot, form, owner="Quality team", due_date="2027-02-30")
    click_save(qtbot, form)
    assert "not a whole date" in form.error_text("due_date")
    type_into(qtbot, form, due_date="2027-01-15")
    click_save(qtbot, form)
    changed = client_reports.action_plan(acme["client"]["id"], *SEPTEMBER)[0]
    assert (changed["owner"], changed["due_date"]) == ("Quality team", dt.date(2027, 1, 15))
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.close_item_button)
    closed = client_reports.action_plan(acme["client"]["id"], *SEPTEMBER)[0]
    assert (closed["status"], closed["closed_on"]) == ("done", TODAY)
    assert dialog.items_empty.isVisible() and "No open action items" in dialog.items_empty.text()
    dialog.show_closed.setChecked(True)
    items.selectRow(0)
    click(qtbot, dialog.edit_item_button)
    form = form_of(dialog, ClientActionItemDialog)
    form.fields["status"].set_value("open")
    click_save(qtbot, form)
    dialog.show_closed.setChecked(False)
    click(qtbot, dialog.drop_item_button)
    dropped = client_reports.action_plan(acme["client"]["id"], *SEPTEMBER)[0]
    assert (dropped["status"], dropped["closed_on"]) == ("dropped", TODAY)


def test_contacts_add_edit_remove_and_restore(qtbot, dialog, acme, monkeypatch):
    contacts = dialog.contacts
    assert contacts.column_texts("Name") == ["Dana Ops", "Eli QA"]
    click(qtbot, dialog.add_contact_button)
    form = form_of(dialog, ContactDialog)
    type_into(qtbot, form, name="Fay Finance", email="fay@")
    click_save(qtbot, form)
    assert "not a valid email" in form.error_text("email")
    type_into(qtbot, form, email="DANA@acme.test")
    click_save(qtbot, form)
    assert "already the email of Dana Ops" in form.error_text("email")
    type_into(qtbot, form, email="fay@acme.test", role="CFO")
    click_save(qtbot, form)
    assert contacts.column_texts("Name") == ["Dana Ops", "Eli QA", "Fay Finance"]
    assert contacts.current_record()["email"] == "fay@acme.test"
    click(qtbot, dialog.edit_contact_button)
    form = form_of(dialog, ContactDialog)
    type_into(qtbot, form, role="Finance director")
    click_save(qtbot, form)
    assert clients.contact_by_email(acme["client"]["id"], "fay@acme.test")["role"] == \
        "Finance director"
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda question: asked.append(question) or True)
    click(qtbot, dialog.remove_contact_button)
    assert asked == ["Remove Fay Finance from the contacts of Acme?"]
    assert clients.contact_by_email(acme["client"]["id"], "fay@acme.test")["active"] is False
    assert contacts.column_texts("Name") == ["Dana Ops", "Eli QA"]
    dialog.show_removed.setChecked(True)
    contacts.selectRow(2)
    assert dialog.remove_contact_button.text() == "Restore"
    click(qtbot, dialog.remove_contact_button)
    assert clients.contact_by_email(acme["client"]["id"], "fay@acme.test")["active"] is True


def test_report_settings_saved(qtbot, dialog, acme):
    assert (dialog.cadence.value(), dialog.due_days.value(), dialog.ack_days.value()) == \
        ("monthly", 5, 7)
    dialog.cadence.set_value("quarterly")
    dialog.due_days.setValue(10)
    dialog.ack_days.setValue(3)
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.save_settings_button)
    saved = clients.get(acme["client"]["id"])
    assert (saved["report_cadence"], saved["report_due_days"],
            saved["acknowledge_due_days"]) == ("quarterly", 10, 3)
    assert dialog.message.text() == "Report settings saved."


def test_a_refused_change_is_a_sentence(qtbot, dialog, acme, monkeypatch):
    """The shared database refuses an account manager another client's rows and HR any
    change (tested with raw SQL in tests/mentorapp); the dialog says so in words."""
    def refuse(*_args, **_values):
        raise PermissionDenied("you do not have permission to make this change (new row "
                               "violates row-level security policy)")

    monkeypatch.setattr(client_reports, "update_action_item", refuse)
    monkeypatch.setattr(clients, "add_contact", refuse)
    click(qtbot, dialog.close_item_button)
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("The shared database did not allow this change")
    assert "row-level" not in dialog.message.text()
    click(qtbot, dialog.add_contact_button)
    form = form_of(dialog, ContactDialog)
    type_into(qtbot, form, name="Fay Finance", email="fay@acme.test")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.message.text().startswith("The shared database did not allow this change")
    assert [c["name"] for c in clients.contacts(acme["client"]["id"])] == ["Dana Ops", "Eli QA"]


def test_a_service_error_is_the_dialogs_message(qtbot, dialog, acme):
    """An action item deleted elsewhere meanwhile: the service's NotFoundError, in words."""
    ClientActionItem.delete_by_id(acme["item"]["id"])
    click(qtbot, dialog.close_item_button)
    assert f"No client action item with id {acme['item']['id']}" in dialog.message.text()


def test_prepare_report_exports_a_version_shown_here_with_its_file(qtbot, dialog, acme,
                                                                    tmp_path, monkeypatch,
                                                                    wait_for_tasks):
    from ui.dialogs import prepare_report_dialog

    click(qtbot, dialog.prepare_button)
    prepare = form_of(dialog, prepare_report_dialog.PrepareReportDialog)
    folder = tmp_path / "packs"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "existing_folder",
                        lambda *a, **k: str(folder))
    with qtbot.waitSignal(prepare.exported, timeout=60_000):
        click(qtbot, prepare.export_button)
    wait_for_tasks()
    assert len(dialog.versions.rows()) == 3
    newest = client_reports.versions(acme["client"]["id"])[0]
    dialog.versions.selectRow(next(n for n, row in enumerate(dialog.versions.rows())
                                   if row["id"] == newest["id"]))
    assert dialog.open_file_button.isEnabled()
    assert dialog.open_file_button.toolTip() == f"Open {folder / newest['file_name']}"


def test_in_spanish(qtbot, acme):
    from ui import i18n

    assert i18n.install("es") == "es"
    try:
        shown = ClientReportsDialog(acme["client"]["id"], "Acme")
        qtbot.addWidget(shown)
        assert shown.windowTitle() == "Informes del cliente Acme"
        assert [shown.tabs.tabText(n) for n in range(3)] == \
            ["Informes", "Acciones acordadas", "Contactos"]
        assert shown.versions.column_texts("Estado") == ["Preparado", "Enviado"]
        assert shown.versions.column_texts("Período")[1] == \
            f"{i18n.date_text(SEPTEMBER[0])} – {i18n.date_text(SEPTEMBER[1])}"
        assert shown.cadence.currentText() == "Mensual"
    finally:
        i18n.install(i18n.ENGLISH)


@pytest.mark.postgres
def test_shared_mode_hr_is_refused_in_words_and_the_account_manager_closes(
        qtbot, company):  # noqa: F811
    """On the shared database (the SCRAM cluster's company of test_shared.py: Alma manages
    Acme): HR reads Acme's action items with no button that changes them, and should the
    window ask anyway the database refuses, which the window says in a sentence; Alma closes
    the same item. The raw-SQL checks of who may change what
    are in tests/mentorapp/test_shared_client_loop.py."""
    import psycopg2

    from mentorapp import db as dbmod
    from mentorapp.services import audit
    from tests.mentorapp.test_shared import PASSWORDS

    url, ids = company
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("INSERT INTO client_action_item (client_id, period_start, period_end, "
                       "text, owner, status, note) VALUES (%s, '2026-05-01', '2026-05-31', "
                       "'Coach on refunds', '', 'open', '') RETURNING id", (ids["acme"],))
        item = cursor.fetchone()[0]
    connection.close()

    def status() -> str:
        with psycopg2.connect(url) as connection, connection.cursor() as cursor:
            cursor.execute("SELECT status FROM client_action_item WHERE id = %s", (item,))
            found = cursor.fetchone()[0]
        connection.close()
        return found

    audit.set_recorded_by_database(True)  # shared mode: triggers audit, as the app sets it
    try:
        for login in ("hana", "alma"):
            signed_in = dbmod.connect(url.replace("postgres:cluster-superuser-pw@",
                                                  f"{login}:{PASSWORDS[login]}@"))
            signed_in.connect()
            dbmod.database.initialize(signed_in)
            shown = ClientReportsDialog(ids["acme"], "Acme")
            qtbot.addWidget(shown)
            assert shown.items.column_texts("Action") == ["Coach on refunds"]
            changers = (shown.close_item_button, shown.prepare_button, shown.add_contact_button,
                        shown.save_settings_button)
            assert [not b.isHidden() for b in changers] == [login == "alma"] * 4
            assert shown.cadence.isEnabled() == (login == "alma")
            shown.set_item_status("done")  # what the hidden button would do
            if login == "hana":
                assert shown.edit_item() is None  # a double-click opens no form
                assert shown.message.text() == client_reports_dialog.refusal_text()
                assert status() == "open"
            else:
                assert not shown.message.isVisibleTo(shown)
                assert status() == "done"
            signed_in.close()
    finally:
        audit.set_recorded_by_database(False)


def test_the_window_keepers_are_the_roles_the_database_lets_change_the_loop():
    """The buttons follow the shared database's policies: a role given them that the database
    refuses (or refused them that it allows) fails here."""
    from mentorapp import shared

    for table in (*shared.CLIENT_LOOP_TABLES, "client_report_recipient", "client"):
        writers = {role for role, (_read, write) in shared._policies()[table].items() if write}
        assert writers == set(client_reports_dialog.KEEPERS), table
