"""The staff profile in Spanish and Brazilian Portuguese: tab titles, header, tables, plurals
and figures in the locale's digits; tabs found by their English title and choices by their
data, whatever the language shown."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_feedback,
    a_mentor,
    a_mentorship,
    a_staff,
    offscreen_warnings,
)
from PySide6.QtWidgets import QTableView

from mentorapp.services import careers, responsibilities
from ui.pages.profile.development_tab import WhatWorkedDialog
from ui.pages.profile.kpi_tab import value_text
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings
TODAY = dt.date.today()
PAGE_WIDTH_AT_1024 = 819


@pytest.fixture
def person(ui_db):
    ana = a_staff("Ana", "Cruz", client=a_client("Acme"), job_title="Agent", team="Voice")
    a_mentorship(a_mentor(a_staff("Lena", "Mentor")), ana)
    a_feedback(ana, rating=4, date=TODAY - dt.timedelta(days=40))
    a_feedback(ana, rating=3, date=TODAY)
    a_feedback(ana, kind="incident", comment="Wrong refund", lesson_learned="Check twice",
               follow_up_date=TODAY + dt.timedelta(days=7))
    return ana


def open_profile(qtbot, staff_id: int) -> StaffProfilePage:
    page = StaffProfilePage(staff_id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def show_tab(page: StaffProfilePage, title: str):
    page.tabs.setCurrentWidget(page.tab(title))
    return page.tab(title)


def tab_texts(page: StaffProfilePage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_profile_in_spanish(qtbot, in_language, person):
    goal = careers.goals.create(staff=person["id"], title="Team lead")
    responsibilities.create(staff=person["id"], title="Coach new hires", goal=goal["id"],
                            assigned_date=TODAY)
    in_language("es")
    page = open_profile(qtbot, person["id"])
    assert tab_texts(page) == ["Resumen", "Plan de carrera", "Desarrollo", "Retroalimentación",
                               "KPI", "Mentoría", "Responsabilidades", "Historial"]
    assert page.tabs.indexOf(page.tab("Career plan")) == 1  # found by its English title
    assert page.edit_button.text() == "Editar perfil…"
    assert "equipo Voice" in page.subtitle.text()
    assert "En <b>Acme</b> como Agent desde el" in page.placement.text()
    assert "Mentor: <b>Lena Mentor</b>" in page.placement.text()
    assert page.overview.figures["rating"].text() == "3,50 (2 calificadas)"  # es_ES digits

    feedback = show_tab(page, "Feedback")
    assert feedback.table.model_.headers()[:4] == ["Fecha", "Origen", "Tipo", "Calificación"]
    kind = feedback.filters["kind"]
    assert kind.itemText(0) == "Cualquier tipo"
    kind.setCurrentIndex(kind.findData("incident"))  # the code, not the shown word
    assert feedback.table.column_texts("Comentario") == ["Wrong refund"]
    feedback.table.setCurrentIndex(feedback.table.model().index(0, 0))
    assert "<b>Lección aprendida:</b> Check twice" in feedback.detail.text()
    assert "<b>Seguimiento el</b>" in feedback.detail.text()

    duties = show_tab(page, "Responsibilities")
    assert duties.alignment.text() == \
        "1 responsabilidad: 1 acordes al cargo actual, 1 apoyan una meta de carrera"
    assert duties.table.column_texts("Acorde al cargo") == ["Sí"]
    career = show_tab(page, "Career plan")
    assert career.next_due.text() == "No hay una próxima revisión prevista."
    assert career.role_choice.itemText(0) == "Siguiente cargo"


def test_profile_in_portuguese(qtbot, in_language, person):
    in_language("pt_BR")
    page = open_profile(qtbot, person["id"])
    assert tab_texts(page)[:4] == ["Visão geral", "Plano de carreira", "Desenvolvimento",
                                   "Feedback"]
    assert page.overview.figures["rating"].text() == "3,50 (2 com nota)"
    assert page.feedback_button.text() == "Adicionar feedback…"
    assert value_text(1234.5, "count", 1) == "1.234,5"
    assert value_text(92.3, "percent", 1) == "92,3%"
    kpis = show_tab(page, "KPIs")
    assert kpis.empty.text().startswith("Nenhum valor de KPI desta pessoa")


def test_what_worked_periods_keyed_by_data_in_spanish(qtbot, in_language, ui_db,
                                                     wait_for_tasks):
    in_language("es")
    dialog = WhatWorkedDialog("program")
    qtbot.addWidget(dialog)
    wait_for_tasks()
    assert dialog.windowTitle() == "Qué funcionó: programas de capacitación"
    assert [dialog.period.itemText(i) for i in range(dialog.period.count())] == [
        "Últimos 3 meses", "Últimos 6 meses", "Últimos 12 meses"]
    assert dialog.period.currentData() == 365
    dialog.period.setCurrentIndex(0)
    wait_for_tasks()
    assert dialog.status.text() == "No hay intervenciones en este período."


def test_spanish_fits_the_columns_and_a_1024_pixel_window(qtbot, in_language, person):
    """Column titles whole, and every tab as narrow as the page area of a 1024-pixel window
    (819 pixels beside the sidebar, measured): long button words and unwrapped goal labels
    made it 852 and 956."""
    for horizon in (1, 20):
        careers.goals.create(staff=person["id"], title="Improve first-contact resolution to 85%",
                             horizon_years=horizon, target_date=TODAY + dt.timedelta(days=300))
    in_language("es")
    page = open_profile(qtbot, person["id"])
    clipped = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(1)  # the layouts take the loaded rows
        assert page.minimumSizeHint().width() <= PAGE_WIDTH_AT_1024, page.tabs.tabText(index)
        for table in page.tabs.widget(index).findChildren(QTableView):
            header = table.horizontalHeader()
            clipped += [table.model().headerData(c, header.orientation())
                        for c in range(header.count())
                        if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert clipped == []
