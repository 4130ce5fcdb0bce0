"""Clients, quality, training, users and My work in Spanish and Portuguese: each list's own
words, and behaviour that keys on data, not on shown words."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_mentor,
    a_mentorship,
    a_program,
    a_staff,
    click_save,
    column_texts,
    offscreen_warnings,
    select_rows,
    show_page,
)
from fit_checks import cut_choices, cut_titles, short_buttons
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from records import make_evaluation, make_scorecard

from mentorapp.services import mentoring, quality, settings, training
from ui import i18n
from ui.widgets.record_table import RecordTable

pytestmark = offscreen_warnings


def menu_texts(page) -> list[str]:
    return [a.text() for a in page.context_menu().actions() if a.text()]


def test_clients_in_spanish(qtbot, ui_db, in_language, monkeypatch):
    a_client("Acme", industry="Telecom")
    a_client("Globex", active=False)
    in_language("es")
    from ui.pages.clients_page import ClientsPage

    shown = show_page(qtbot, ClientsPage())
    assert shown.new_button.text() == "Nuevo cliente"
    assert shown.search.placeholderText() == "Buscar clientes…"
    assert shown.model.headers()[:3] == ["Nombre", "Sector", "Gerente de cuenta"]
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 clientes")
    assert column_texts(shown, "Activo") == ["Sí", "No"]
    active = shown.filters["active"]
    assert [active.itemText(i) for i in range(active.count())] == [
        "Activos e inactivos", "Cuentas activas", "Cuentas inactivas"]
    active.setCurrentIndex(active.findData(False))
    qtbot.waitUntil(lambda: column_texts(shown, "Nombre") == ["Globex"])
    assert shown.count_label.text() == "1 cliente"
    select_rows(shown, [0])
    assert menu_texts(shown)[1:] == ["Editar…", "Archivar", "KPI…", "Banco de talento…",
                                     "Informes del cliente…", "Exportar esta vista a Excel…"]
    asked = []
    monkeypatch.setattr(shown, "confirm", lambda question: asked.append(question) or False)
    shown.archive_or_restore_selected()
    assert asked == ["¿Archivar el cliente?"]
    said = []
    shown.status_message.connect(said.append)
    shown.open_kpis().metrics_changed.emit()
    assert said == ["Métricas KPI de Globex guardadas"]


def test_quality_in_spanish(qtbot, ui_db, make, in_language, monkeypatch):
    card = make_scorecard(make, name="Phone QA")
    make_evaluation(make, card, make.staff("Ana", "Cruz"),
                    {"greet": "yes", "verify": "no", "solve": "yes", "tone": "5"},
                    interaction_date=dt.date(2026, 3, 2))
    quality.create_calibration(quality.version_id(card["id"]), "CAL-1",
                               held_on=dt.date(2026, 3, 1))
    in_language("es")
    from ui.pages.quality_page import QualityPage

    shown = QualityPage()
    show_page(qtbot, shown, shown.evaluations, shown.scorecards, shown.calibrations)
    assert [shown.tabs.tabText(i) for i in range(3)] == [
        "Evaluaciones", "Fichas de evaluación", "Calibraciones"]
    evaluations = shown.evaluations
    assert evaluations.edit_button.text() == "Abrir"
    assert evaluations.new_button.text() == "Nueva evaluación"
    qtbot.waitUntil(lambda: evaluations.count_label.text() == "1 evaluación")
    assert column_texts(evaluations, "Crítico") == ["Falla crítica"]
    march_2 = i18n.date_text(dt.date(2026, 3, 2))
    assert column_texts(evaluations, "Fecha") == [march_2] != ["2026-03-02"]
    select_rows(evaluations, [0])
    assert "Archivar" not in menu_texts(evaluations)
    assert column_texts(shown.scorecards, "En uso") == ["Versión 1"]
    assert column_texts(shown.scorecards, "Cliente") == ["Todos los clientes"]
    calibrations = shown.calibrations
    assert column_texts(calibrations, "Referencia") == ["Aún no"]
    assert [calibrations.score_button.text(), calibrations.result_button.text()] == [
        "Calificar…", "Resultado…"]
    told = []
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "ann", "role": "qa", "staff": None, "shared": True})
    from ui.pages import quality_page

    monkeypatch.setattr(quality_page.QMessageBox, "information",
                        lambda _parent, title, text: told.append((title, text)))
    select_rows(calibrations, [0])
    assert calibrations.show_result() is None
    assert told == [("Calibración", "Primero califique esta interacción: el resultado "
                                    "muestra los puntajes de los demás.")]


def test_training_in_portuguese(qtbot, ui_db, in_language):
    a_program("Escalation handling", mandatory=True)
    itil = a_program("ITIL Foundation", type="certification", validity_months=12)
    training.enrollments.create(staff=a_staff("Ana", "Cruz")["id"], program=itil["id"],
                                start_date=dt.date(2026, 1, 5))
    in_language("pt_BR")
    from ui.pages.training_page import TrainingPage

    shown = TrainingPage()
    show_page(qtbot, shown, shown.programs, shown.enrollments, shown.competencies)
    assert [shown.tabs.tabText(i) for i in range(3)] == ["Programas", "Inscrições",
                                                         "Competências"]
    programs = shown.programs
    assert programs.new_button.text() == "Novo programa de treinamento"
    assert programs.what_worked_button.text() == "O que funcionou…"
    qtbot.waitUntil(lambda: programs.count_label.text() == "2 programas de treinamento")
    mandatory = programs.filters["mandatory"]
    assert [mandatory.itemText(i) for i in range(mandatory.count())] == [
        "Obrigatórios e opcionais", "Obrigatório", "Opcional"]
    mandatory.setCurrentIndex(mandatory.findData(True))
    qtbot.waitUntil(lambda: column_texts(programs, "Nome") == ["Escalation handling"])
    assert column_texts(programs, "Obrigatório") == ["Sim"]
    assert programs.count_label.text() == "1 programa de treinamento"
    enrollments = shown.enrollments
    qtbot.waitUntil(lambda: enrollments.count_label.text() == "1 inscrição")
    assert column_texts(enrollments, "Início") == [i18n.date_text(dt.date(2026, 1, 5))]
    assert enrollments.filters["program"].itemText(0) == "Qualquer programa"
    assert shown.competencies.model.headers() == ["Competência", "O que significa"]


def test_users_in_spanish(qtbot, ui_db, in_language):
    """Role words through access.role_word(); Enable/Disable chosen by the row, not a text."""
    in_language("es")
    from ui.pages.users_page import NewUserDialog, UsersPage

    page = UsersPage()
    qtbot.addWidget(page)
    page.show()
    assert page.note.text().startswith("Los usuarios solo existen en una base de datos "
                                       "PostgreSQL compartida.")
    assert page.add_button.text() == "Agregar usuario…"
    page.table.set_rows([
        {"login": "ana", "display_name": "Ana", "role": "qa", "employee_id": "E1",
         "active": True},
        {"login": "ben", "display_name": "Ben", "role": "hr", "employee_id": None,
         "active": False}])
    assert page.table.column_texts("Rol") == ["líder de calidad", "RR. HH."]
    assert page.table.column_texts("Accede") == ["sí", "no"]
    page.table.selectRow(1)
    assert page.toggle_button.text() == "Activar"
    page.table.selectRow(0)
    assert page.toggle_button.text() == "Desactivar"
    dialog = NewUserDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Nuevo usuario"
    roles = dialog.fields["role"]
    assert roles.itemText(roles.findData("qa")) == "Líder de calidad"
    for key, text in (("login", "nina"), ("password", "secret"), ("repeat", "secreto")):
        qtbot.keyClicks(dialog.fields[key], text)
    click_save(qtbot, dialog)
    assert dialog.error_text("repeat") == "Las dos contraseñas no coinciden."


def test_my_work_in_spanish_sorts_due_dates_by_date(qtbot, ui_db, in_language, wait_for_tasks):
    """Due dates in the locale's format, overdue ones marked; sorting the column keeps time
    order (as text, day-first dates would not)."""
    me = a_staff("Lena")
    settings.set("me_staff_id", str(me["id"]))
    pair = a_mentorship(a_mentor(me), a_staff("Ana", "Mentee"))
    today = dt.date.today()
    days = [today - dt.timedelta(days=40), today + dt.timedelta(days=2),
            today + dt.timedelta(days=33)]
    mentoring.log_session(pair["id"], date=days[0], action_items=[  # the session that agreed them
        {"text": f"Item {n}", "owner": "mentor", "due_date": day}
        for n, day in enumerate(days)])
    in_language("es")
    from ui.pages.my_work_page import MyWorkPage

    page = MyWorkPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    wait_for_tasks()
    assert page.intro.text() == "Haga doble clic en una fila para abrirla."
    assert page.boxes["action_items"].title() == "Mis acciones abiertas"
    assert page.empty["check_ins"].text() == "No hay revisiones pendientes."
    items = page.tables["action_items"]
    items.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert items.column_texts("Acción") == ["Item 2", "Item 1", "Item 0"]
    items.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert items.column_texts("Acción") == ["Item 0", "Item 1", "Item 2"]
    assert items.column_texts("Vence") == [f"{i18n.date_text(days[0])} (vencida)",
                                           i18n.date_text(days[1]), i18n.date_text(days[2])]


def cut_texts(part) -> list[str]:
    """Buttons below their full width, column titles wider than their column and filters
    whose first entry does not fit."""
    cut = short_buttons(part, (QPushButton,))
    for view in [part.view] if hasattr(part, "view") else part.findChildren(RecordTable):
        cut += cut_titles(view)
    for box in getattr(part, "filters", {}).values():
        cut += cut_choices(box, first_only=True)
    return cut


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_longer_words_fit_a_1024_pixel_window(qtbot, ui_db, tmp_path, in_language,
                                                   wait_for_tasks, language):
    """Clients, quality, training, users and My work in the narrowest window."""
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    in_language(language)
    apply_theme(QApplication.instance(), "light")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    for key in ("clients", "quality", "training", "users", "my_work"):
        page = window.show_page(key)
        for part in [page.tabs.widget(i) for i in range(page.tabs.count())] \
                if hasattr(page, "tabs") else [page]:
            if part is not page:
                page.tabs.setCurrentWidget(part)
            wait_for_tasks()
            qtbot.wait(20)
            assert cut_texts(part) == [], (language, key, getattr(part, "title", ""))
