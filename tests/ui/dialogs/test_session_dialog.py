"""The session form on its own: a proposed mentorship is refused, a logged session is edited."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_mentor, a_mentorship, a_staff, click_save, offscreen_warnings, type_into
from PySide6.QtWidgets import QLabel

from mentorapp.services import mentoring
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.session_dialog import SessionDialog

pytestmark = offscreen_warnings


@pytest.fixture
def mentee(ui_db):
    return a_staff("Ana", "Cruz")


def opened(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_proposed_mentorship_cannot_log_sessions(qtbot, mentee):
    ship = a_mentorship(a_mentor(a_staff("Lena", "Mentor")), mentee, "proposed")
    form = opened(qtbot, SessionDialog(mentorship=ship["id"]))
    type_into(qtbot, form, topics="First talk")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.message.text() == ("mentorship: is proposed; sessions are logged for active "
                                   "mentorships")
    assert form.fields["topics"].value() == "First talk"


def test_an_action_item_error_is_shown_on_the_list(qtbot, mentee):
    ship = a_mentorship(a_mentor(), mentee)
    form = opened(qtbot, SessionDialog(mentorship=ship["id"]))
    form.fields["action_items"].add_item("x" * 2001)
    click_save(qtbot, form)
    assert form.error_text("action_items").startswith("Action item 1:")
    assert mentoring.sessions.count() == 0


def test_edit_a_logged_session_without_its_action_items(qtbot, mentee):
    ship = a_mentorship(a_mentor(), mentee)
    logged = mentoring.log_session(ship["id"], date=dt.date.today(), topics="Quality",
                                   action_items=[{"text": "Review calls"}])
    form = opened(qtbot, SessionDialog(logged["id"]))
    assert form.windowTitle().startswith("Edit session")
    assert form.fields["action_items"].isHidden() or \
        not form.fields["action_items"].isVisibleTo(form)
    type_into(qtbot, form, topics="Quality and tone", duration_minutes="30")
    click_save(qtbot, form)
    saved = mentoring.sessions.get(logged["id"])
    assert (saved["topics"], saved["duration_minutes"]) == ("Quality and tone", 30)
    assert mentoring.actions.count(mentorship=ship["id"]) == 1


def test_edit_an_action_item_and_mark_it_done(qtbot, mentee):
    ship = a_mentorship(a_mentor(), mentee)
    item = mentoring.actions.create(mentorship=ship["id"], text="Review calls")
    form = opened(qtbot, ActionItemDialog(item["id"]))
    assert form.fields["text"].value() == "Review calls"
    type_into(qtbot, form, text="")
    click_save(qtbot, form)
    assert form.error_text("text") == "Action is required"
    type_into(qtbot, form, text="Review five calls")
    form.fields["done_date"].set_value(dt.date.today())
    click_save(qtbot, form)
    saved = mentoring.actions.get(item["id"])
    assert (saved["text"], saved["done_date"]) == ("Review five calls", dt.date.today())


def test_the_form_in_spanish(qtbot, mentee, spanish):
    """The title names the mentorship in a whole phrase; labels and tooltips translated."""
    ship = a_mentorship(a_mentor(a_staff("Lena", "Mentor")), mentee)
    form = opened(qtbot, SessionDialog(mentorship=ship["id"]))
    assert form.windowTitle().startswith("Registrar una sesión – ")
    assert form.windowTitle().endswith(" a Ana Cruz") and "Mentoría de " in form.windowTitle()
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Duración (minutos)", "Notas privadas", "Acciones acordadas", "Seguimiento",
            "Evidencia"} <= labels
    assert form.fields["private_notes"].placeholderText().startswith("Solo para el mentor")
    type_into(qtbot, form, topics="Calidad")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert form.saved_message() == "Nueva sesión de mentoría guardada"
    edit = opened(qtbot, SessionDialog(mentoring.sessions.list(mentorship=ship["id"])[0]["id"]))
    assert edit.windowTitle().startswith("Editar sesión – ")
