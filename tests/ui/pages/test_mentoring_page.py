"""Mentoring page: mentors with capacity used, mentorships by status, log a session."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_mentor,
    a_mentorship,
    a_staff,
    click_save,
    column_texts,
    offscreen_warnings,
    select_rows,
    show_page,
    type_into,
)
from PySide6.QtCore import Qt

from mentorapp.services import mentoring
from ui.dialogs.mentor_dialog import MentorDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.pages.mentoring_page import MentoringPage

pytestmark = offscreen_warnings


@pytest.fixture
def page(qtbot, ui_db):
    def make():
        widget = MentoringPage()
        return show_page(qtbot, widget, widget.mentorships, widget.mentors)
    return make


@pytest.fixture
def people(ui_db):
    lead = a_staff("Lena", "Mentor")
    mentor = a_mentor(lead, capacity=1)
    ana, ben = a_staff("Ana", "Cruz"), a_staff("Ben", "Diaz")
    active = a_mentorship(mentor, ana, "active")
    proposed = a_mentorship(mentor, ben, "proposed")
    return {"mentor": mentor, "ana": ana, "ben": ben, "active": active, "proposed": proposed}


def test_mentors_show_capacity_used(qtbot, page, people):
    shown = page()
    shown.tabs.setCurrentWidget(shown.mentors)
    assert column_texts(shown.mentors, "Name") == ["Lena Mentor"]
    assert column_texts(shown.mentors, "Mentees (of capacity)") == ["1 of 1"]


def test_mentorships_filter_by_status(qtbot, page, people):
    shown = page()
    assert sorted(column_texts(shown.mentorships, "Mentee")) == ["Cruz, Ana", "Diaz, Ben"]
    box = shown.mentorships.filters["status"]
    box.setCurrentIndex(box.findText("Proposed"))
    qtbot.waitUntil(lambda: column_texts(shown.mentorships, "Mentee") == ["Diaz, Ben"])


def test_activating_past_capacity_is_refused_on_the_mentor_field(qtbot, page, people):
    shown = page()
    row = column_texts(shown.mentorships, "Mentee").index("Diaz, Ben")
    select_rows(shown.mentorships, [row])
    shown.mentorships.view.setCurrentIndex(shown.mentorships.view.model().index(row, 0))
    form = shown.mentorships.edit_selected()
    form.fields["status"].set_value("active")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("mentor").startswith("Mentor is at capacity (1 of 1")
    assert mentoring.mentorships.get(people["proposed"]["id"])["status"] == "proposed"


def test_new_mentorship_through_the_page_updates_the_mentors_tab(qtbot, page, people):
    carla = a_staff("Carla", "Ezra")
    coach = mentoring.mentors.create(external_name="Pat Coach", capacity=2)
    shown = page()
    form = shown.new_record()
    type_into(qtbot, form, mentor="Pat Coach", mentee="Carla Ezra", focus="Team leading")
    form.fields["status"].set_value("active")
    click_save(qtbot, form)
    assert not form.isVisible()
    saved = mentoring.mentorships.list(mentee=carla["id"])[0]
    assert (saved["mentor"], saved["status"], saved["start_date"]) == \
        (coach["id"], "active", dt.date.today())
    qtbot.waitUntil(lambda: "Ezra, Carla" in column_texts(shown.mentorships, "Mentee"))
    # The two tabs reload on the thread pool independently: wait for the mentors tab too.
    qtbot.waitUntil(lambda: "1 of 2" in column_texts(shown.mentors, "Mentees (of capacity)"))


def test_log_a_session_with_action_items_in_one_dialog(qtbot, page, people):
    shown = page()
    row = column_texts(shown.mentorships, "Mentee").index("Cruz, Ana")
    select_rows(shown.mentorships, [row])
    shown.mentorships.view.setCurrentIndex(shown.mentorships.view.model().index(row, 0))
    assert shown.mentorships.log_button.isEnabled()
    qtbot.mouseClick(shown.mentorships.log_button, Qt.MouseButton.LeftButton)
    form = shown.mentorships.findChild(SessionDialog)
    assert "Lena Mentor mentoring Ana Cruz" in form.windowTitle()
    type_into(qtbot, form, topics="Handling escalations", duration_minutes="45")
    editor = form.fields["action_items"]
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.table.item(0, 0).setText("Shadow a senior agent")
    editor.add_item("Read the escalation guide", "mentor", dt.date.today())
    click_save(qtbot, form)
    assert not form.isVisible()
    logged = mentoring.sessions.list(mentorship=people["active"]["id"])
    assert [(s["topics"], s["duration_minutes"]) for s in logged] == \
        [("Handling escalations", 45)]
    items = mentoring.actions.list(mentorship=people["active"]["id"], sort="due_date")
    assert sorted((i["text"], i["owner"]) for i in items) == \
        [("Read the escalation guide", "mentor"), ("Shadow a senior agent", "mentee")]


def test_a_bad_session_keeps_the_dialog_and_the_action_items(qtbot, page, people):
    shown = page()
    row = column_texts(shown.mentorships, "Mentee").index("Cruz, Ana")
    shown.mentorships.view.setCurrentIndex(shown.mentorships.view.model().index(row, 0))
    form = shown.mentorships.log_session()
    type_into(qtbot, form, duration_minutes="two hours")
    form.fields["action_items"].add_item("Practice")
    click_save(qtbot, form)
    assert form.isVisible()
    assert "'two hours' is not a number" in form.error_text("duration_minutes")
    assert form.fields["action_items"].value()[0]["text"] == "Practice"
    assert mentoring.sessions.count() == 0


def test_main_window_actions_go_to_the_shown_tab(qtbot, page, people):
    shown = page()
    assert isinstance(shown.new_record(), MentorshipDialog)
    shown.tabs.setCurrentWidget(shown.mentors)
    assert isinstance(shown.new_record(), MentorDialog)
