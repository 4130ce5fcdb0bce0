"""Mentor and mentorship forms: staff or external coach, expertise, capacity, defaults; both
in Brazilian Portuguese, with the training program form."""

from __future__ import annotations

import pytest
from builders import a_competency, a_mentor, a_staff, click_save, offscreen_warnings, type_into
from PySide6.QtWidgets import QLabel

from mentorapp.services import mentoring, training
from ui import i18n
from ui.dialogs.mentor_dialog import MentorDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.program_dialog import ProgramDialog

pytestmark = offscreen_warnings


@pytest.fixture
def dialog(qtbot, ui_db):
    def make(cls, record_id=None, **defaults):
        form = cls(record_id, **defaults)
        qtbot.addWidget(form)
        form.show()
        return form
    return make


def test_a_mentor_needs_a_staff_member_or_a_coach_name(qtbot, dialog):
    form = dialog(MentorDialog)
    assert form.fields["capacity"].value() == "3"  # the service's default
    click_save(qtbot, form)
    assert form.error_text("staff").startswith("Choose a staff member")
    type_into(qtbot, form, external_name="Pat Coach", external_organisation="CX Academy")
    click_save(qtbot, form)
    assert not form.isVisible()
    saved = mentoring.mentors.list(search="Pat")[0]
    assert (saved["name"], saved["capacity"]) == ("Pat Coach", 3)


def test_staff_mentor_with_expertise_and_a_bad_capacity(qtbot, dialog):
    a_staff("Lena", "Mentor")
    talk = a_competency("Communication")
    form = dialog(MentorDialog)
    type_into(qtbot, form, staff="Lena Mentor", capacity="0")
    form.fields["expertise"].set_value([talk["id"]])
    click_save(qtbot, form)
    assert "out of range" in form.error_text("capacity")
    type_into(qtbot, form, capacity="4")
    click_save(qtbot, form)
    saved = mentoring.mentors.list(search="Lena")[0]
    assert saved["capacity"] == 4
    assert mentoring.expertise_of(saved["id"]) == [talk["id"]]
    edit = dialog(MentorDialog, saved["id"])
    assert edit.fields["staff"].text().startswith("Lena Mentor")
    assert edit.fields["expertise"].value() == [talk["id"]]


def test_mentorship_for_a_given_mentee_and_no_self_mentoring(qtbot, dialog):
    lena = a_staff("Lena", "Mentor")
    mentor = a_mentor(lena)
    form = dialog(MentorshipDialog, mentee=lena["id"])
    assert form.fields["mentee"].text() == "Lena Mentor (" + lena["employee_id"] + ")"
    type_into(qtbot, form, mentor="Lena")
    click_save(qtbot, form)
    assert form.error_text("mentee") == "A mentor cannot mentor themself"
    ana = a_staff("Ana", "Cruz")
    form.fields["mentee"].set_value(ana["id"])
    click_save(qtbot, form)
    assert mentoring.mentorships.list(mentee=ana["id"])[0]["mentor"] == mentor["id"]


@pytest.fixture
def portuguese(qapp):
    assert i18n.install("pt_BR") == "pt_BR"
    yield
    i18n.install(i18n.ENGLISH)


def labels(form) -> set[str]:
    return {label.text() for label in form.findChildren(QLabel)}


def test_mentor_mentorship_and_program_forms_in_portuguese(qtbot, dialog, portuguese):
    form = dialog(MentorDialog)
    assert form.windowTitle() == "Novo mentor"
    assert {"Ou coach externo", "Capacidade (mentorados)", "Especialidades"} <= labels(form)
    assert form.fields["active"].text() == "Aceita mentorados"
    type_into(qtbot, form, external_name="Pat Coach")
    click_save(qtbot, form)
    assert form.saved_message() == "Novo mentor salvo"
    mentor = mentoring.mentors.list(search="Pat")[0]
    assert dialog(MentorDialog, mentor["id"]).windowTitle() == "Editar mentor"

    ana = a_staff("Ana", "Cruz")
    form = dialog(MentorshipDialog, mentee=ana["id"])
    assert form.windowTitle() == "Nova mentoria"
    assert {"Mentorado", "Início", "Fim", "Foco"} <= labels(form)
    type_into(qtbot, form, mentor="Pat")
    click_save(qtbot, form)
    assert form.saved_message() == "Nova mentoria salva"

    form = dialog(ProgramDialog)
    assert form.windowTitle() == "Novo programa de treinamento"
    assert {"Validade (meses)", "Solicitado pelo cliente"} <= labels(form)
    assert form.fields["validity_months"].placeholderText() == \
        "Certificações: meses de validade"
    type_into(qtbot, form, name="Escuta ativa")
    click_save(qtbot, form)
    assert form.saved_message() == "Novo programa de treinamento salvo"
    assert training.programs.list(search="Escuta")[0]["name"] == "Escuta ativa"
