"""Career forms from the profile: self-assessment, check-in (next date by default), goals,
responsibilities; goals and responsibilities in Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_staff, click_save, offscreen_warnings, type_into
from PySide6.QtWidgets import QLabel

from mentorapp.services import careers, responsibilities
from ui.dialogs.checkin_dialog import NEXT_CHECK_IN_DAYS, CheckInDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
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
    assert form.error_text("next_date") == "Next check-in must be after the check-in date"
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


def labels(form) -> set[str]:
    return {label.text() for label in form.findChildren(QLabel)}


def test_goal_and_responsibility_forms_in_spanish(qtbot, person, spanish):
    """Whole titles and saved messages per record; the 'no goal' entry is found by its data
    (None), not its words."""
    form = opened(qtbot, GoalDialog(staff=person["id"]))
    assert form.windowTitle() == "Nueva meta de carrera"
    assert {"Meta", "Horizonte", "Fecha objetivo", "Avance"} <= labels(form)
    type_into(qtbot, form, title="Supervisor")
    click_save(qtbot, form)
    assert form.saved_message() == "Nueva meta de carrera guardada"
    goal = careers.goals.list(staff=person["id"])[0]
    assert opened(qtbot, GoalDialog(goal["id"])).windowTitle() == "Editar meta de carrera"

    form = opened(qtbot, ResponsibilityDialog(staff=person["id"]))
    assert form.windowTitle() == "Nueva responsabilidad"
    assert {"Responsabilidad", "Asignada el", "Meta de carrera que apoya"} <= labels(form)
    assert form.fields["aligned_to_role"].text() == "Corresponde al cargo actual"
    goals = form.fields["goal"]
    assert goals.itemText(0) == "Sin vínculo con una meta" and goals.value() is None
    type_into(qtbot, form, title="Capacitar a los nuevos")
    click_save(qtbot, form)
    assert form.saved_message() == "Nueva responsabilidad guardada"
    saved = responsibilities.list(staff=person["id"])[0]
    assert saved["goal"] is None
    edit = opened(qtbot, ResponsibilityDialog(saved["id"]))
    assert edit.windowTitle() == "Editar responsabilidad"
    edit.fields["goal"].set_value(goal["id"])
    click_save(qtbot, edit)
    assert responsibilities.get(saved["id"])["goal"] == goal["id"]
    assert edit.saved_message() == "Cambios en la responsabilidad guardados"


def test_self_assessment_form_in_spanish(qtbot, person, spanish):
    form = opened(qtbot, SelfAssessmentDialog(staff=person["id"]))
    assert form.windowTitle() == "Nueva autoevaluación"
    assert {"Fortalezas", "Valores", "Intereses", "Áreas de desarrollo"} <= labels(form)
    type_into(qtbot, form, strengths="Calma ante los reclamos")
    click_save(qtbot, form)
    assert form.saved_message() == "Nueva autoevaluación guardada"
    saved = careers.self_assessments.list(staff=person["id"])[0]
    edit = opened(qtbot, SelfAssessmentDialog(saved["id"]))
    assert edit.windowTitle() == "Editar autoevaluación"
    type_into(qtbot, edit, values="Justicia")
    click_save(qtbot, edit)
    assert edit.saved_message() == "Cambios en la autoevaluación guardados"
