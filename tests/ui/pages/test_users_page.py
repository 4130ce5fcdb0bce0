"""The Users page as an administrator on the private SCRAM cluster: add a user, change their
role and staff record, disable them (the server then refuses their sign-in), reset their
password. On a SQLite file the page only explains that users need a shared database."""

from __future__ import annotations

import psycopg2
import pytest
from builders import click_save, offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import users
from tests.mentorapp.services.shared_company import build_company
from ui.pages.users_page import EditUserDialog, NewUserDialog, PasswordDialog, UsersPage

pytestmark = offscreen_warnings


def connect(company, login: str, password: str):
    parts = company.url.rsplit("/", 1)
    host, port = parts[0].rsplit("@", 1)[1].split(":")
    return psycopg2.connect(host=host, port=port, dbname=parts[1], user=login,
                            password=password)


def test_a_sqlite_file_has_no_users(qtbot, ui_db):
    page = UsersPage()
    qtbot.addWidget(page)
    page.show()
    assert page.note.isVisible() and "shared PostgreSQL database only" in page.note.text()
    assert not page.add_button.isEnabled()
    assert page.table.rows() == []


@pytest.fixture(scope="module")
def company(scram_cluster):
    yield from build_company(scram_cluster)


@pytest.fixture
def admin_page(qtbot, company):
    database = company.open_as("boss")
    page = UsersPage()
    qtbot.addWidget(page)
    page.show()
    yield page
    database.close()


@pytest.mark.postgres
def test_an_admin_adds_changes_disables_and_resets_a_user(qtbot, admin_page, company):
    page = admin_page
    logins = {row["login"] for row in page.table.rows()}
    assert company.login("ana") in logins and company.login("boss") in logins
    new_login = f"nina_{company.tag}"
    dialog = page.add_user()
    assert isinstance(dialog, NewUserDialog)
    for key, text in (("login", new_login), ("display_name", "Nina New"),
                      ("password", "nina-pw-1"), ("repeat", "nina-pw-2")):
        qtbot.keyClicks(dialog.fields[key], text)
    click_save(qtbot, dialog)
    assert dialog.error_text("repeat") == "The two passwords are not the same."
    dialog.fields["repeat"].clear()
    qtbot.keyClicks(dialog.fields["repeat"], "nina-pw-1")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.table.current_record()["login"] == new_login
    assert (users.by_login(new_login)["role"], users.by_login(new_login)["display_name"]) == \
        ("agent", "Nina New")
    connect(company, new_login, "nina-pw-1").close()

    edit = page.edit_user()
    assert isinstance(edit, EditUserDialog)
    edit.fields["role"].set_value("mentor")
    edit.fields["staff"].set_value(company.ids["ben"], "Ben Test")
    click_save(qtbot, edit)
    assert not edit.isVisible()
    changed = users.by_login(new_login)
    assert (changed["role"], changed["staff"]) == ("mentor", company.ids["ben"])
    with connect(company, new_login, "nina-pw-1") as connection:
        cursor = connection.cursor()
        cursor.execute("SELECT app_role(), app_staff_id()")
        assert cursor.fetchone() == ("mentor", company.ids["ben"])
    connection.close()

    assert page.toggle_button.text() == "Disable"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.table.current_record()["active"] is False
    assert page.toggle_button.text() == "Enable"
    with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
        connect(company, new_login, "nina-pw-1")
    page.toggle_active()
    assert page.table.current_record()["active"] is True

    reset = page.reset_password()
    assert isinstance(reset, PasswordDialog)
    for key in ("password", "repeat"):
        qtbot.keyClicks(reset.fields[key], "nina-pw-new")
    click_save(qtbot, reset)
    assert not reset.isVisible()
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        connect(company, new_login, "nina-pw-1")
    connect(company, new_login, "nina-pw-new").close()
    superuser = psycopg2.connect(company.url)
    superuser.autocommit = True
    superuser.cursor().execute(f'DROP OWNED BY "{new_login}"')
    superuser.cursor().execute(f'DROP ROLE "{new_login}"')
    superuser.close()


@pytest.mark.postgres
def test_a_bad_login_is_refused_in_the_form(qtbot, admin_page):
    dialog = admin_page.add_user()
    qtbot.keyClicks(dialog.fields["login"], "Bad Name")
    click_save(qtbot, dialog)
    assert "is not a valid login" in dialog.error_text("login")
    assert dialog.error_text("password") == "Enter a password."
    assert dialog.isVisible()


@pytest.mark.postgres
def test_an_admin_cannot_disable_themselves(qtbot, admin_page, company, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    admin_page.select(company.login("boss"))
    admin_page.toggle_active()
    assert warned == ["You cannot disable yourself: another administrator can."]
    assert users.by_login(company.login("boss"))["active"] is True
