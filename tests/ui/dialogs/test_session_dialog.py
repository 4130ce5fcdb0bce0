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


def test_edit_a_logged_session_and_its_action_items(qtbot, mentee):
    """The session's action items are in the form: one changed, one added, one removed
    (archived), the done one kept done and shown so; the session's own fields too."""
    ship = a_mentorship(a_mentor(), mentee)
    logged = mentoring.log_session(ship["id"], date=dt.date.today(), topics="Quality",
                                   action_items=[{"text": "Review calls"},
                                                 {"text": "Read the guide"},
                                                 {"text": "Shadow a senior"}])
    done = logged["action_items"][2]
    mentoring.complete_action(done["id"])
    other = mentoring.actions.create(mentorship=ship["id"], text="Not of this session")
    form = opened(qtbot, SessionDialog(logged["id"]))
    assert form.windowTitle().startswith("Edit session")
    editor = form.fields["action_items"]
    assert editor.isVisibleTo(form)
    assert [item["text"] for item in editor.value()] == ["Review calls", "Read the guide",
                                                        "Shadow a senior"]
    assert editor.table.item(0, 0).toolTip() == "Review calls"
    assert editor.table.item(2, 0).toolTip() == (
        f"Shadow a senior\nDone on {dt.date.today().isoformat()}")
    type_into(qtbot, form, topics="Quality and tone", duration_minutes="30")
    editor.table.item(0, 0).setText("Review five calls")
    editor.table.setCurrentCell(1, 0)
    editor.remove_current()
    editor.add_item("Listen to a top agent")
    click_save(qtbot, form)
    assert not form.isVisible()
    saved = mentoring.sessions.get(logged["id"])
    assert (saved["topics"], saved["duration_minutes"]) == ("Quality and tone", 30)
    items = {row["text"]: row for row in mentoring.actions.list(mentorship=ship["id"],
                                                                  limit=None)}
    assert set(items) == {"Review five calls", "Shadow a senior", "Listen to a top agent",
                          "Not of this session"}
    assert items["Review five calls"]["id"] == logged["action_items"][0]["id"]
    assert items["Shadow a senior"]["done_date"] == dt.date.today()
    assert items["Listen to a top agent"]["session"] == logged["id"]
    assert items["Not of this session"]["id"] == other["id"]
    removed = mentoring.actions.get(logged["action_items"][1]["id"])
    assert removed["archived"]


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
