"""The staff form: create, edit, place on an account, and errors shown next to their field."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_client, a_staff, click_save, offscreen_warnings, type_into
from PySide6.QtWidgets import QLabel

from mentorapp.services import staff
from ui import i18n
from ui.dialogs.staff_dialog import StaffDialog

pytestmark = offscreen_warnings


@pytest.fixture
def dialog(qtbot, ui_db):
    def make(record_id=None, **defaults):
        form = StaffDialog(record_id, **defaults)
        qtbot.addWidget(form)
        form.show()
        return form
    return make


def test_create_staff_on_a_client_account(qtbot, dialog):
    acme = a_client("Acme")
    form = dialog()
    type_into(qtbot, form, employee_id="E777", first_name="Ana", last_name="Cruz",
              email="Ana@Example.com", team="Voice", client="Acme", role="Team lead")
    click_save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    person = staff.by_employee_id("E777")
    assert (person["first_name"], person["email"], person["team"]) == \
        ("Ana", "ana@example.com", "Voice")
    current = staff.client_history(person["id"])[0]
    assert (current["client"], current["role"], current["start_date"]) == \
        (acme["id"], "Team lead", dt.date.today())


def test_a_missing_field_keeps_the_dialog_open_and_marks_the_field(qtbot, dialog):
    form = dialog()
    type_into(qtbot, form, first_name="Ana", last_name="Cruz")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("employee_id") == "Employee ID is required"
    assert form.fields["employee_id"].property("invalid") is True
    assert form.fields["first_name"].text() == "Ana"
    assert staff.count() == 0
    type_into(qtbot, form, employee_id="E1")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert staff.by_employee_id("E1")["last_name"] == "Cruz"


def test_bad_email_and_duplicate_id_are_shown_next_to_their_fields(qtbot, dialog):
    a_staff("Ben", "Diaz", employee_id="E1")
    form = dialog()
    type_into(qtbot, form, employee_id="E2", first_name="Ana", last_name="Cruz",
              email="not-an-email")
    click_save(qtbot, form)
    assert "not a valid email" in form.error_text("email")
    type_into(qtbot, form, email="", employee_id="E1")
    click_save(qtbot, form)
    assert form.error_text("email") == ""
    assert "already used by E1 Ben Diaz" in form.error_text("employee_id")
    assert staff.count() == 1


def test_an_unknown_client_name_is_marked(qtbot, dialog):
    a_client("Acme")
    form = dialog()
    type_into(qtbot, form, employee_id="E2", first_name="Ana", last_name="Cruz",
              client="Nobody Inc")
    click_save(qtbot, form)
    assert form.error_text("client") == "No client matches 'Nobody Inc'"
    assert form.isVisible()


def test_edit_shows_the_record_and_moves_them_to_another_client(qtbot, dialog):
    acme, globex = a_client("Acme"), a_client("Globex")
    person = a_staff("Ana", "Cruz", client=acme, job_title="Agent")
    form = dialog(person["id"])
    assert form.windowTitle() == "Edit staff member"
    assert form.fields["client"].text() == "Acme"
    assert form.fields["job_title"].text() == "Agent"
    type_into(qtbot, form, job_title="Senior agent", client="Globex")
    form.fields["start_date"].set_value(dt.date.today() + dt.timedelta(days=1))
    click_save(qtbot, form)
    assert not form.isVisible()
    assert staff.get(person["id"])["job_title"] == "Senior agent"
    history = staff.client_history(person["id"])
    assert [(a["client"], a["end_date"]) for a in history] == \
        [(globex["id"], None), (acme["id"], dt.date.today())]


def test_new_staff_defaults_to_the_given_client_and_today(qtbot, dialog):
    acme = a_client("Acme")
    form = dialog(client=acme["id"])
    assert form.fields["client"].text() == "Acme"
    assert form.fields["start_date"].value() == dt.date.today()
    assert form.fields["hire_date"].value() is None


@pytest.fixture
def portuguese(qapp):
    assert i18n.install("pt_BR") == "pt_BR"
    yield
    i18n.install(i18n.ENGLISH)


def test_the_form_in_portuguese(qtbot, dialog, portuguese):
    """Whole titles and saved messages; the status choice keeps its code."""
    acme = a_client("Acme")
    form = dialog(client=acme["id"])
    assert form.windowTitle() == "Novo colaborador"
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Matrícula", "Data de admissão", "Unidade", "Conta do cliente",
            "Cargo na conta"} <= labels
    type_into(qtbot, form, employee_id="E778", first_name="Bia", last_name="Lima",
              role="Atendente")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert form.saved_message() == "Novo colaborador salvo"
    person = staff.get(form.record_id)
    assert (person["status"], staff.client_history(person["id"])[0]["role"]) == (
        "active", "Atendente")
    edit = dialog(person["id"])
    assert edit.windowTitle() == "Editar colaborador"
    type_into(qtbot, edit, job_title="Supervisor")
    click_save(qtbot, edit)
    assert edit.saved_message() == "Alterações no colaborador salvas"
