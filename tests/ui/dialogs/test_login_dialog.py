"""The login dialog on a shared database of the private cluster, which really checks passwords:
a wrong password, a disabled user and an unreachable server each get one clear sentence; a
sign-in opens the database as that person and, when asked, keeps the password in the keyring
(never in the settings file)."""

from __future__ import annotations

import socket

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentorapp import db as dbmod
from mentorapp import shared, urls
from mentorapp.services import users
from tests.mentorapp.services.shared_company import build_company
from ui import preferences
from ui.dialogs.login_dialog import USER_KEY, LoginDialog, remembered_login, with_user

pytestmark = [pytest.mark.postgres, offscreen_warnings]


@pytest.fixture(scope="module")
def company(scram_cluster):
    yield from build_company(scram_cluster)


@pytest.fixture
def closed_after():
    yield
    if dbmod.database.obj is not None and not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()


def sign_in(qtbot, target: str, user: str, password: str, remember: bool = False):
    dialog = LoginDialog(target)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["user"].clear()
    qtbot.keyClicks(dialog.fields["user"], user)
    dialog.fields["password"].clear()
    qtbot.keyClicks(dialog.fields["password"], password)
    dialog.fields["remember"].setChecked(remember)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    return dialog


def test_a_wrong_password_is_said_under_the_password(qtbot, company, closed_after):
    dialog = sign_in(qtbot, company.url_without_user(), company.login("ana"), "wrong")
    assert dialog.isVisible() and dialog.opened is None
    assert dialog.error_text("password") == ("The user name or the password is wrong. Check "
                                             "both (passwords are case-sensitive).")


def test_a_disabled_user_is_told_so(qtbot, company, closed_after):
    admin = dbmod.connect(company.url)
    admin.connect()
    shared.set_active(admin, company.login("otto"), False)
    try:
        dialog = sign_in(qtbot, company.url_without_user(), company.login("otto"),
                         company.password("otto"))
    finally:
        shared.set_active(admin, company.login("otto"), True)
        admin.close()
    assert dialog.isVisible()
    assert dialog.error_text("user") == ("This account is disabled. Ask an administrator of "
                                         "MentorApp to enable it.")


def test_an_unreachable_server_is_named(qtbot, company, closed_after):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = f"postgresql://127.0.0.1:{port}/nothing"
    dialog = sign_in(qtbot, target, "ana", "pw")
    assert dialog.isVisible()
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text().startswith("The database server 127.0.0.1 cannot be reached.")


def test_empty_fields_are_asked_for_without_connecting(qtbot, company, closed_after):
    dialog = sign_in(qtbot, company.url_without_user(), "", "")
    assert dialog.error_text("user") == "Enter your user name."
    assert dialog.error_text("password") == "Enter your password."


def test_signing_in_opens_the_database_as_that_person_and_remembers_in_the_keyring(
        qtbot, company, memory_keyring, closed_after, _isolated_qsettings):
    target = company.url_without_user()
    dialog = sign_in(qtbot, target, company.login("lead"), company.password("lead"),
                     remember=True)
    assert not dialog.isVisible() and dialog.result() == LoginDialog.DialogCode.Accepted
    me = users.current()
    assert (me["login"], me["role"], me["display_name"]) == \
        (company.login("lead"), "mentor", "Lead Test")
    assert urls.password(dialog.opened) == company.password("lead")
    bare = with_user(target, company.login("lead"))
    assert memory_keyring.kept == {("MentorApp", bare): company.password("lead")}
    assert preferences.qsettings().value(USER_KEY) == company.login("lead")
    settings_text = "".join(p.read_text(errors="replace")
                            for p in _isolated_qsettings.rglob("*") if p.is_file())
    assert company.password("lead") not in settings_text
    # Next time: the user name and the kept password are filled in, and sign in by themselves.
    assert remembered_login(target) == urls.with_password(bare, company.password("lead"))
    again = LoginDialog(target)
    qtbot.addWidget(again)
    assert again.fields["user"].text() == company.login("lead")
    assert again.fields["password"].text() == company.password("lead")
    assert again.fields["remember"].isChecked()


def test_not_remembering_forgets_a_kept_password(qtbot, company, memory_keyring, closed_after):
    target = company.url_without_user()
    sign_in(qtbot, target, company.login("ana"), company.password("ana"), remember=True)
    assert memory_keyring.kept
    sign_in(qtbot, target, company.login("ana"), company.password("ana"), remember=False)
    assert memory_keyring.kept == {}
    assert remembered_login(target) is None


def test_with_user_replaces_the_user_and_drops_the_password():
    assert with_user("postgresql://old:secret@db.example:5433/mentor?sslmode=require", "ana") \
        == "postgresql://ana@db.example:5433/mentor?sslmode=require"
    assert with_user("postgresql://db.example/mentor", "ana") == \
        "postgresql://ana@db.example/mentor"
