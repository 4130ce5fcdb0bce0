"""The feedback form: competency grid, incident details, defaults and field errors."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from builders import (
    a_client,
    a_competency,
    a_feedback,
    a_staff,
    click_save,
    offscreen_warnings,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from mentorapp.services import feedback
from ui.dialogs.feedback_dialog import AcknowledgeDialog, FeedbackDialog, acknowledgement_text
from ui.i18n import date_text

pytestmark = offscreen_warnings


@pytest.fixture
def dialog(qtbot, ui_db):
    def make(record_id=None, **defaults):
        form = FeedbackDialog(record_id, **defaults)
        qtbot.addWidget(form)
        form.show()
        return form
    return make


def test_client_feedback_with_competency_ratings(qtbot, dialog):
    acme = a_client("Acme")
    person = a_staff("Ana", "Cruz", client=acme)
    talk, care = a_competency("Communication"), a_competency("Care")
    form = dialog(staff=person["id"])
    assert form.fields["client"].text() == "Acme"  # the current account, by default
    assert form.fields["date"].value() == dt.date.today()
    form.fields["source"].set_value("client")
    form.fields["rating"].set_value(4)
    form.fields["ratings"].rate(talk["id"], 5)
    form.fields["ratings"].rate(care["id"], 3)
    type_into(qtbot, form, author="Client QA", strengths="Calm on hard calls")
    click_save(qtbot, form)
    assert not form.isVisible()
    saved = feedback.list(staff=person["id"])[0]
    assert (saved["client"], saved["rating"], saved["author"], saved["visibility"]) == \
        (acme["id"], 4, "Client QA", "internal")
    assert feedback.ratings_of(saved["id"]) == {talk["id"]: 5, care["id"]: 3}


def test_incident_fields_show_only_for_incidents_and_are_saved(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    assert form.incident.isHidden()
    form.fields["source"].set_value("management")
    form.fields["kind"].set_value("incident")
    assert not form.incident.isHidden()
    type_into(qtbot, form, root_cause="Skipped the checklist",
              lesson_learned="Checklist first", comment="Wrong refund")
    form.fields["follow_up_date"].set_value(dt.date.today() + dt.timedelta(days=14))
    click_save(qtbot, form)
    saved = feedback.list(staff=person["id"])[0]
    assert (saved["kind"], saved["lesson_learned"], saved["follow_up_date"]) == \
        ("incident", "Checklist first", dt.date.today() + dt.timedelta(days=14))


def test_switching_away_from_incident_drops_its_details(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    form.fields["source"].set_value("peer")
    form.fields["kind"].set_value("incident")
    type_into(qtbot, form, root_cause="Typed by mistake")
    form.fields["kind"].set_value("recognition")
    type_into(qtbot, form, comment="Great week")
    click_save(qtbot, form)
    assert feedback.list(staff=person["id"])[0]["root_cause"] == ""


def test_client_source_without_a_client_marks_the_client_field(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    form.fields["source"].set_value("client")
    form.fields["rating"].set_value(2)
    type_into(qtbot, form, comment="Slow replies")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("client") == "Client is required when the source is the client"
    assert form.fields["comment"].value() == "Slow replies"
    assert feedback.count() == 0


def test_a_future_date_is_marked_on_the_date(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    form.fields["source"].set_value("self")
    form.fields["date"].set_value(dt.date.today() + dt.timedelta(days=3))
    click_save(qtbot, form)
    assert "is in the future" in form.error_text("date")


def saved_with_two_problems(qtbot, form) -> None:
    """Save client feedback with no client, dated in three days' time."""
    form.fields["source"].set_value("client")
    form.fields["date"].set_value(dt.date.today() + dt.timedelta(days=3))
    type_into(qtbot, form, comment="Slow replies")
    click_save(qtbot, form)


def test_every_cross_field_problem_is_marked_on_the_first_save(qtbot, dialog):
    form = dialog(staff=a_staff("Ana", "Cruz")["id"])
    saved_with_two_problems(qtbot, form)
    assert form.isVisible()
    assert "is in the future" in form.error_text("date")
    assert form.error_text("client") == "Client is required when the source is the client"
    assert feedback.count() == 0


def test_a_field_s_message_goes_once_the_field_is_changed(qtbot, dialog):
    """The message under a field stays until the user changes that field; the others stay."""
    form = dialog(staff=a_staff("Ana", "Cruz")["id"])
    saved_with_two_problems(qtbot, form)
    assert form.error_text("client") and form.error_text("date")
    qtbot.keyClicks(form.fields["client"], "Ac")
    assert form.error_text("client") == ""
    assert form.fields["client"].property("invalid") is False
    assert "is in the future" in form.error_text("date")
    form.fields["date"].set_value(dt.date.today())
    assert form.error_text("date") == ""


def test_problems_the_save_finds_are_all_marked(qtbot, dialog, monkeypatch):
    """The service's own check on Save (the form's early pass skipped: a record changed
    meanwhile) marks every field it names too."""
    form = dialog(staff=a_staff("Ana", "Cruz")["id"])
    monkeypatch.setattr(type(form), "field_errors", lambda self: [])
    saved_with_two_problems(qtbot, form)
    assert "is in the future" in form.error_text("date")
    assert form.error_text("client") == "Client is required when the source is the client"
    assert feedback.count() == 0


def test_feedback_that_says_nothing_marks_the_comment(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    form.fields["source"].set_value("peer")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("comment") == ("Comment is needed when there is no rating (or "
                                          "write the strengths or improvements)")
    assert feedback.count() == 0
    form.fields["rating"].set_value(4)
    click_save(qtbot, form)
    assert not form.isVisible() and feedback.count() == 1


def test_picking_staff_by_typing_part_of_the_name(qtbot, dialog):
    acme = a_client("Acme")
    person = a_staff("Zoe", "Quinn", client=acme)
    a_staff("Ana", "Cruz")
    form = dialog()
    picker = form.fields["staff"]
    picker.setFocus()
    qtbot.keyClicks(picker, "quin")
    qtbot.waitUntil(lambda: picker.completer().completionCount() == 1)
    with qtbot.waitSignal(picker.picked) as picked:
        picker.completer().activated.emit(picker.completer().currentCompletion())
    assert picked.args == [person["id"]]
    assert form.fields["client"].text() == "Acme"


def test_a_message_names_the_field_by_its_label(qtbot, dialog):
    """The service says "staff"; the form's label, and so its message, "Staff member"."""
    form = dialog()
    click_save(qtbot, form)
    assert form.error_text("staff") == "Staff member is required"


def test_enter_in_the_suggestions_picks_without_saving(qtbot, dialog):
    """Down then Enter in the list of suggestions fills in the person; it does not also
    press Save (which said "Staff member is required" under a field just filled in)."""
    person = a_staff("Zoe", "Quinn")
    form = dialog()
    picker = form.fields["staff"]
    picker.setFocus()
    qtbot.keyClicks(picker, "quin")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == person["id"]
    assert form.error_text("staff") == ""
    assert form.isVisible() and form.result_record is None


def test_edit_shows_saved_ratings_and_replaces_them(qtbot, dialog):
    person = a_staff("Ana", "Cruz")
    talk = a_competency("Communication")
    entry = a_feedback(person, ratings={talk["id"]: 2}, comment="First")
    form = dialog(entry["id"])
    assert form.fields["ratings"].value() == {talk["id"]: 2}
    assert form.fields["comment"].value() == "First"
    form.fields["ratings"].rate(talk["id"], 4)
    click_save(qtbot, form)
    assert feedback.ratings_of(entry["id"]) == {talk["id"]: 4}


def test_the_form_in_spanish(qtbot, dialog, spanish):
    """Titles and saved messages are whole sentences per record (not "New " + a noun), and
    the incident fields still follow the kind's code."""
    person = a_staff("Ana", "Cruz")
    form = dialog(staff=person["id"])
    assert form.windowTitle() == "Nueva retroalimentación"
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Colaborador", "Calificación general", "Causa raíz"} <= labels
    form.fields["source"].set_value("peer")
    form.fields["kind"].set_value("incident")
    assert not form.incident.isHidden()
    type_into(qtbot, form, comment="Reembolso equivocado", lesson_learned="Lista primero")
    click_save(qtbot, form)
    assert form.saved_message() == "Nueva retroalimentación guardada"
    edit = dialog(feedback.list(staff=person["id"])[0]["id"])
    assert edit.windowTitle() == "Editar retroalimentación"


def test_acknowledging_in_spanish(qtbot, ui_db, spanish):
    entry = a_feedback(a_staff("Ana", "Cruz"), comment="Buen trabajo")
    form = AcknowledgeDialog(entry["id"])
    qtbot.addWidget(form)
    assert form.windowTitle() == "Acusar recibo de la retroalimentación"
    assert "<b>Comentario:</b> Buen trabajo" in form.feedback_text.text()
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Acusar recibo"
    moment = dt.datetime(2026, 12, 1, 14, 5)
    text = acknowledgement_text({"acknowledged_at": moment, "acknowledged_by": "ana",
                                 "acknowledgement": "Gracias"})
    assert re.fullmatch(r"Recibido por ana el \d{1,2}/\d{1,2}/26 \d\d:\d\d: Gracias", text)
    assert f"<b>{date_text(entry['date'])} · " in form.feedback_text.text()
    assert "<b>20" not in form.feedback_text.text()  # not an ISO date
