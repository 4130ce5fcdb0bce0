"""Career forms from the profile: self-assessment, check-in (next date by default), goals."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_staff, click_save, offscreen_warnings, type_into

from mentorapp.services import careers
from ui.dialogs.checkin_dialog import NEXT_CHECK_IN_DAYS, CheckInDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.self_assessment_dialog import SelfAssessmentDialog

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def person(ui_db):
    return a_staff("Ana", "Cruz")


def opened(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    return form


def test_check_in_proposes_the_next_one_and_refuses_it_before_the_date(qtbot, person):
    form = opened(qtbot, CheckInDialog(staff=person["id"]))
    assert form.fields["date"].value() == TODAY
    assert form.fields["next_date"].value() == TODAY + dt.timedelta(days=NEXT_CHECK_IN_DAYS)
    form.fields["next_date"].set_value(TODAY - dt.timedelta(days=1))
    type_into(qtbot, form, reviewer="Team lead", notes="On track")
    click_save(qtbot, form)
    assert form.error_text("next_date") == "Next date must be after the check-in date"
    form.fields["next_date"].set_value(TODAY + dt.timedelta(days=30))
    click_save(qtbot, form)
    saved = careers.check_ins.list(staff=person["id"])[0]
    assert (saved["reviewer"], saved["next_date"]) == ("Team lead",
                                                       TODAY + dt.timedelta(days=30))


def test_self_assessment_needs_some_text_then_edits(qtbot, person):
    form = opened(qtbot, SelfAssessmentDialog(staff=person["id"]))
    click_save(qtbot, form)
    assert form.error_text("strengths").startswith("Write at least one of")
    type_into(qtbot, form, strengths="Calm under pressure", interests="Training")
    click_save(qtbot, form)
    saved = careers.self_assessments.list(staff=person["id"])[0]
    edit = opened(qtbot, SelfAssessmentDialog(saved["id"]))
    assert edit.fields["interests"].value() == "Training"
    type_into(qtbot, edit, values="Fairness")
    click_save(qtbot, edit)
    assert careers.self_assessments.get(saved["id"])["values"] == "Fairness"


def test_goal_marked_achieved_is_complete(qtbot, person):
    goal = careers.goals.create(staff=person["id"], title="Tier 2", progress=50)
    form = opened(qtbot, GoalDialog(goal["id"]))
    assert form.fields["progress"].value() == 50
    form.fields["status"].set_value("achieved")
    click_save(qtbot, form)
    assert careers.goals.get(goal["id"])["progress"] == 100
