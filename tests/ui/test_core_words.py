"""The core's words in the window's language: choice words (models.label()) in tables,
filters, combo boxes and the profile, and the core's messages shown in forms, through the
core's catalogue of the language ui/i18n.install() chose; English again afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_feedback,
    a_staff,
    column_texts,
    offscreen_warnings,
    show_page,
)

from mentorapp import models, translations
from mentorapp.errors import ValidationError
from mentorapp.services import staff
from ui import i18n

pytestmark = offscreen_warnings


def item_texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_install_tells_the_core_the_language(qapp, in_language):
    in_language("pt_BR")
    assert translations.display().language == "pt_BR"
    assert i18n.label("on_leave") == "Afastado"
    assert models.label("on_leave") == "On leave"  # exports and the CLI keep English
    i18n.install(i18n.ENGLISH)
    assert translations.display().language == "en"
    assert i18n.label("on_leave") == "On leave"


def test_staff_list_shows_statuses_in_spanish(qtbot, ui_db, in_language):
    a_staff("Ana", "Cruz", client=a_client("Acme"))
    staff.update(a_staff("Ben", "Diaz")["id"], status="on_leave")
    in_language("es")
    from ui.pages.staff_page import StaffPage

    shown = show_page(qtbot, StaffPage())
    assert column_texts(shown, "Estado") == ["Activo", "De licencia"]
    assert item_texts(shown.filters["status"]) == ["Cualquier estado", "Activo", "De licencia",
                                                   "Renunció"]
    assert shown.filters["status"].itemData(2) == "on_leave"  # filters by the code


def test_feedback_list_shows_sources_in_spanish(qtbot, ui_db, in_language):
    acme = a_client("Acme")
    ana = a_staff("Ana", "Cruz", client=acme)
    a_feedback(ana, source="client", client=acme["id"], kind="recognition")
    in_language("es")
    from ui.pages.feedback_page import FeedbackPage

    shown = show_page(qtbot, FeedbackPage())
    assert column_texts(shown, "Origen") == ["Cliente"]
    assert column_texts(shown, "Tipo") == ["Reconocimiento"]
    assert "Autoevaluación" in item_texts(shown.filters["source"])


def test_profile_header_and_goals_in_spanish(qtbot, ui_db, in_language):
    from mentorapp.services import careers
    from ui.pages.profile.page import StaffProfilePage

    ana = a_staff("Ana", "Cruz")
    careers.goals.create(staff=ana["id"], title="Team lead", horizon_years=1)
    careers.goals.create(staff=ana["id"], title="Manager", horizon_years=5)
    in_language("es")
    page = StaffProfilePage(ana["id"])
    qtbot.addWidget(page)
    page.show()
    assert page.status.text().strip() == "Activo"
    tab = page.tab("Career plan")
    page.tabs.setCurrentWidget(tab)
    from PySide6.QtWidgets import QGroupBox

    titles = {box.title() for box in tab.findChildren(QGroupBox)}
    assert {"1 año", "5 años"} <= titles


def test_choice_box_and_validation_message_in_portuguese(qtbot, ui_db, in_language):
    in_language("pt_BR")
    from ui.widgets.forms import ChoiceBox

    box = ChoiceBox(models.STAFF_STATUS_CHOICES)
    qtbot.addWidget(box)
    assert item_texts(box) == ["Ativo", "Afastado", "Desligado"]
    with pytest.raises(ValidationError) as caught:
        staff.create(first_name="Ana", last_name="Cruz", employee_id="E1", email="ana@",
                     hire_date=dt.date(2026, 1, 5))
    assert caught.value.detail == "'ana@' não é um endereço de e-mail válido"


def test_bench_outlooks_and_reasons_in_spanish(qtbot, ui_db, in_language):
    """The core keeps "ready now" and "resigned" in English (the bench report and its order
    use them); the dialog shows them in Spanish."""
    from PySide6.QtCore import Qt
    from records import Make

    from mentorapp.services import readiness, training
    from ui.dialogs.bench_dialog import BenchDialog
    from ui.pages.clients_page import ClientsPage

    acme = a_client("Acme")
    course = training.programs.create(name="Returns", type="workshop")
    readiness.create_role(name="Agent", level=1)
    tier = readiness.create_role(name="Tier 2", client=acme["id"], level=2)
    readiness.set_requirements(tier["id"], [{"kind": "training", "program": course["id"]}])
    ana = Make().staff("Ana", "Holder", acme, role="Tier 2", employee_id="HOLDER-1")
    ben = a_staff("Ben", "Ready", client=acme)
    training.enrollments.create(staff=ben["id"], program=course["id"], status="completed",
                                completed_date=dt.date.today())
    staff.update(ana["id"], status="resigned")
    found = readiness.bench(acme["id"])
    assert found["backfills"][0]["reason"] == "resigned"
    assert found["backfills"][0]["candidates"][0]["outlook"] == "ready now"
    in_language("es")
    page = show_page(qtbot, ClientsPage())
    page.view.selectRow(0)
    qtbot.mouseClick(page.bench_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(BenchDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.backfills.column_texts("Motivo") == ["renunció"]
    assert dialog.backfills.column_texts("Candidatos") == ["Ben Ready: listo ya (100%)"]


def test_a_form_shows_the_core_messages_in_portuguese(qtbot, ui_db, in_language):
    from builders import click_save, type_into

    from ui.dialogs.staff_dialog import StaffDialog

    in_language("pt_BR")
    form = StaffDialog(None)
    qtbot.addWidget(form)
    form.show()
    type_into(qtbot, form, first_name="Ana", last_name="Cruz", email="not-an-email")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("email") == "'not-an-email' não é um endereço de e-mail válido"
    assert form.error_text("employee_id") == "É obrigatório"
    assert staff.count() == 0


def test_my_work_says_why_a_person_is_mine_in_spanish(qapp, in_language):
    """The service keeps "reports to me" in English (the page checks it); the column shows
    it translated."""
    from ui.pages.my_work_page import sections

    in_language("es")
    people = next(columns for key, _title, columns in sections() if key == "people")
    relation = next(column for column in people if column.key == "relation")
    assert [relation.value({"relation": text}) for text in
            ("mentee", "reports to me", "mentee, reports to me")] == [
        "mentorado", "me reporta", "mentorado, me reporta"]
