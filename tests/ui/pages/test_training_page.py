"""Training page: programs (search, filter, create, validate) and enrollments."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_program,
    a_staff,
    click_save,
    column_texts,
    offscreen_warnings,
    show_page,
    type_into,
    wait_loaded,
)

from mentorapp.services import competencies, training
from ui.pages.training_page import TrainingPage

pytestmark = offscreen_warnings


@pytest.fixture
def page(qtbot, ui_db):
    def make():
        widget = TrainingPage()
        return show_page(qtbot, widget, widget.enrollments, widget.programs)
    return make


def test_programs_search_and_filter_by_type(qtbot, page):
    a_program("Escalation handling", type="workshop")
    a_program("ITIL Foundation", type="certification", validity_months=36)
    shown = page()
    programs = shown.programs
    assert column_texts(programs, "Name") == ["Escalation handling", "ITIL Foundation"]
    qtbot.keyClicks(programs.search, "itil")
    qtbot.waitUntil(lambda: column_texts(programs, "Name") == ["ITIL Foundation"])
    programs.search.clear()
    qtbot.waitUntil(lambda: len(column_texts(programs, "Name")) == 2)
    box = programs.filters["type"]
    box.setCurrentIndex(box.findText("Workshop"))
    assert column_texts(programs, "Name") == ["Escalation handling"]


def test_new_program_requested_by_a_client_and_a_bad_number(qtbot, page):
    acme = a_client("Acme")
    shown = page()
    form = shown.new_record()
    type_into(qtbot, form, name="Acme product basics", hours="six", client="Acme")
    click_save(qtbot, form)
    assert "'six' is not a number" in form.error_text("hours")
    type_into(qtbot, form, hours="6")
    click_save(qtbot, form)
    saved = training.programs.list(search="Acme product")[0]
    assert (saved["client"], saved["hours"]) == (acme["id"], 6.0)
    assert column_texts(shown.programs, "Requested by") == ["Acme"]


def test_enroll_and_complete_a_certification_shows_its_expiry(qtbot, page):
    person = a_staff("Ana", "Cruz")
    program = a_program("ITIL Foundation", type="certification", validity_months=12)
    shown = page()
    shown.tabs.setCurrentWidget(shown.enrollments)
    form = shown.new_record()
    type_into(qtbot, form, staff="Ana Cruz", program="ITIL")
    form.fields["status"].set_value("completed")
    click_save(qtbot, form)
    assert form.error_text("completed_date") == \
        "Completed on is required when the status is completed"
    done = dt.date.today() - dt.timedelta(days=10)
    form.fields["completed_date"].set_value(done)
    click_save(qtbot, form)
    assert not form.isVisible()
    saved = training.enrollments.list(staff=person["id"])[0]
    assert (saved["program"], saved["status"]) == (program["id"], "completed")
    qtbot.waitUntil(lambda: column_texts(shown.enrollments, "Expires")
                    == [saved["expires_on"].isoformat()])


def test_enrollments_filter_by_program(qtbot, page):
    ana, ben = a_staff("Ana", "Cruz"), a_staff("Ben", "Diaz")
    first, second = a_program("First"), a_program("Second")
    training.enrollments.create(staff=ana["id"], program=first["id"])
    training.enrollments.create(staff=ben["id"], program=second["id"])
    shown = page()
    box = shown.enrollments.filters["program"]
    box.setCurrentIndex(box.findText("Second"))
    qtbot.waitUntil(lambda: column_texts(shown.enrollments, "Staff member") == ["Diaz, Ben"])


def test_competency_framework_new_and_duplicate(qtbot, page):
    shown = page()
    shown.tabs.setCurrentWidget(shown.competencies)
    wait_loaded(qtbot, shown.competencies)
    seeded = column_texts(shown.competencies, "Competency")
    form = shown.new_record()
    type_into(qtbot, form, name=seeded[0])
    click_save(qtbot, form)
    assert "is already used" in form.error_text("name")
    type_into(qtbot, form, name="Upselling", description="Offers the right product")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert "Upselling" in column_texts(shown.competencies, "Competency")
    assert [c["name"] for c in competencies.active()].count("Upselling") == 1
