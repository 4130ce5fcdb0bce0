"""The list pages in Spanish and Portuguese: each list's own words (gender and plural agree),
counts in the locale's digits, and behaviour that keys on data, not on shown words."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_feedback,
    a_mentor,
    a_mentorship,
    a_staff,
    column_texts,
    offscreen_warnings,
    select_rows,
    show_page,
)
from fit_checks import cut_choices, cut_titles, short_buttons
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton

from mentorapp.services import quality, staff

pytestmark = offscreen_warnings


def menu_texts(page) -> list[str]:
    return [a.text() for a in page.context_menu().actions() if a.text()]


def test_staff_list_in_spanish(qtbot, ui_db, in_language, monkeypatch):
    acme = a_client("Acme")
    a_staff("Ana", "Cruz", client=acme)
    a_staff("Ben", "Diaz")
    in_language("es")
    from ui.pages.staff_page import StaffPage

    shown = show_page(qtbot, StaffPage())
    assert shown.search.placeholderText() == "Buscar colaboradores…"
    assert shown.new_button.text() == "Nuevo colaborador"
    assert shown.show_archived.text() == "Mostrar archivados"
    assert shown.model.headers()[:3] == ["Nombre", "ID de empleado", "Cliente"]
    assert column_texts(shown, "Nombre") == ["Cruz, Ana", "Diaz, Ben"]
    assert shown.filters["client"].itemText(0) == "Todos los clientes"
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 colaboradores")
    select_rows(shown, [0])
    assert menu_texts(shown)[:4] == ["Abrir el perfil del colaborador", "Nuevo colaborador…",
                                     "Editar…", "Archivar"]
    asked = []
    monkeypatch.setattr(shown, "confirm", lambda question: asked.append(question) or True)
    select_rows(shown, [0, 1])
    shown.archive_or_restore_selected()
    assert asked == ["¿Archivar a 2 colaboradores?"]
    assert staff.count() == 0
    shown.show_archived.click()
    qtbot.waitUntil(lambda: [r["archived"] for r in shown.model.records()] == [True, True])
    select_rows(shown, [1])
    assert shown.archive_button.text() == "Restaurar"  # chosen by the records, not the text
    shown.archive_or_restore_selected()
    assert asked[-1] == "¿Restaurar al colaborador?"
    assert staff.count() == 1
    shown.show_drill_down({"status": "active"}, "los colaboradores detrás de la cifra del panel")
    assert shown.drill_label.text() == ("Mostrando los colaboradores detrás de la cifra del "
                                        "panel.")
    assert shown.drill_clear.text() == "Mostrar todo"


def test_an_empty_list_and_its_export_in_portuguese(qtbot, ui_db, in_language):
    in_language("pt_BR")
    from ui.pages.staff_page import StaffPage

    shown = show_page(qtbot, StaffPage())
    assert shown.body.currentWidget() is shown.empty_panel
    assert shown.empty_label.text().startswith("Ainda não há colaboradores. Importe")
    assert shown.empty_new_button.text() == "Novo colaborador…"
    with qtbot.waitSignal(shown.status_message) as said:
        shown.export_view()
    assert said.args == ["Ainda não há colaboradores para exportar"]
    assert shown.export_file_name().startswith("Colaboradores ")


def test_counts_use_the_locales_digits_and_plural(qtbot, ui_db, in_language, monkeypatch):
    from ui.pages.staff_page import StaffPage

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    in_language("en")
    english = show_page(qtbot, StaffPage())
    assert [english.count_text(n) for n in (1, 50_000)] == ["1 staff member", "50,000 staff"]
    in_language("pt_BR")
    portuguese = show_page(qtbot, StaffPage())
    assert [portuguese.count_text(n) for n in (1, 50_000)] == ["1 colaborador",
                                                               "50.000 colaboradores"]


def test_a_list_without_new_and_archive_has_no_menu_entries_for_them(qtbot, ui_db, in_language,
                                                                       monkeypatch):
    """The Quality lists hide New and Archive from people who do not write quality records;
    the menu follows the buttons, in any language."""
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "ana", "role": "agent", "staff": None, "shared": True})
    in_language("es")
    from ui.pages.quality_page import EvaluationsList

    shown = show_page(qtbot, EvaluationsList())
    texts = menu_texts(shown)
    assert "Archivar" not in texts and "Editar…" in texts
    assert not any(text.startswith(shown.words.new) for text in texts)


def test_feedback_list_in_spanish_filters_by_the_entries_data(qtbot, ui_db, in_language):
    ana = a_staff("Ana", "Cruz")
    a_feedback(ana, comment="Reciente", date=dt.date.today() - dt.timedelta(days=3))
    a_feedback(ana, comment="Antigua", date=dt.date.today() - dt.timedelta(days=200))
    in_language("es")
    from ui.pages.feedback_page import FeedbackPage

    shown = show_page(qtbot, FeedbackPage(), width=1200)
    assert shown.search.placeholderText() == ("Buscar en textos de retroalimentación, nombres "
                                              "e ID…")
    assert shown.search.toolTip().startswith("Cada palabra debe aparecer")
    assert shown.new_button.text() == "Nueva retroalimentación"
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 registros de retroalimentación")
    period = shown.filters["period"]
    assert [period.itemText(i) for i in range(period.count())] == [
        "Cualquier fecha", "Últimos 30 días", "Últimos 90 días", "Últimos 12 meses"]
    period.setCurrentIndex(period.findData(30))
    qtbot.waitUntil(lambda: column_texts(shown, "Comentario") == ["Reciente"])
    qtbot.waitUntil(lambda: shown.count_label.text() == "1 registro de retroalimentación")


def test_mentoring_in_spanish(qtbot, ui_db, in_language, monkeypatch):
    lead = a_staff("Lia", "Lopez")
    mentor = a_mentor(lead, capacity=3)
    a_mentorship(mentor, a_staff("Ana", "Cruz"))
    in_language("es")
    from ui.pages import mentoring_page
    from ui.pages.mentoring_page import MentoringPage

    shown = MentoringPage()
    show_page(qtbot, shown, shown.mentorships, shown.mentors)
    assert [shown.tabs.tabText(i) for i in range(2)] == ["Mentorías", "Mentores"]
    assert shown.mentorships.new_button.text() == "Nueva mentoría"
    assert shown.mentorships.log_button.text() == "Registrar sesión…"
    qtbot.waitUntil(lambda: shown.mentorships.count_label.text() == "1 mentoría")
    mentors = shown.mentors
    assert column_texts(mentors, "Mentorados / capacidad") == ["1 de 3"]
    taking = mentors.filters["active"]
    assert [taking.itemText(i) for i in range(taking.count())] == [
        "Todos los mentores", "Acepta mentorados", "No acepta mentorados"]
    taking.setCurrentIndex(taking.findData(False))
    qtbot.waitUntil(lambda: mentors.model.rowCount() == 0 and not mentors.model.loading)
    said = []
    shown.mentorships.status_message.connect(said.append)
    monkeypatch.setattr(mentoring_page.CohortDialog, "open_over",
                        lambda dialog, parent, created: created([{}, {}]))
    shown.mentorships.match_cohort()
    assert said == ["Se iniciaron 2 mentorías"]


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_longer_words_fit_a_1024_pixel_window(qtbot, ui_db, tmp_path, in_language,
                                                   wait_for_tasks, language):
    """Buttons at their full width, column titles and the filters' first entries whole, in
    the narrowest window (the mentorships' seven buttons are the tightest)."""
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    a_mentorship(a_mentor(a_staff("Lia", "Lopez")), a_staff("Ana", "Cruz"))
    in_language(language)
    apply_theme(QApplication.instance(), "light")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    for key in ("staff", "feedback", "mentoring"):
        page = window.show_page(key)
        for part in [page] if key != "mentoring" else [page.mentorships, page.mentors]:
            if part is not page:
                page.tabs.setCurrentWidget(part)
            wait_for_tasks()
            qtbot.wait(20)
            cut = short_buttons(part, (QPushButton,)) + cut_titles(part.view)
            for box in part.filters.values():
                cut += cut_choices(box, first_only=True)
            assert cut == [], (language, part.words.title)
