"""The Reports page in Spanish and Portuguese: its words, and behaviour that keys on data
(the report and period choices, the import kinds), not on shown words."""

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from fit_checks import cut_choices, cut_labels, cut_titles, short_buttons
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QPushButton,
)

from mentorapp.errors import UserError
from mentorapp.excel.importing.common import ImportProblem, ImportResult
from mentorapp.excel.importing.kpi import KpiImportResult
from mentorapp.periods import PERIODS, period
from mentorapp.services import staff
from ui.pages.reports import import_tab, reports_tab
from ui.pages.reports.page import ReportsPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def shown(qtbot, ui_db, wait_for_tasks):
    """A Reports page built (in the language installed before) and shown."""
    pages = []

    def build() -> ReportsPage:
        page = ReportsPage()
        qtbot.addWidget(page)
        page.show()
        pages.append(page)
        return page
    yield build
    wait_for_tasks()


def items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def type_date(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_the_period_choice_marks_every_core_period():
    assert reports_tab.PERIOD_WORDS == PERIODS


def test_reports_tab_in_spanish_chooses_periods_by_data(qtbot, shown, in_language, make):
    make.client("Acme/EU")
    in_language("es")
    page = shown()
    assert [page.tabs.tabText(i) for i in range(2)] == ["Informes", "Importar"]
    tab = page.reports
    assert items(tab.report_box) == ["Informe de cliente", "Informe de colaborador",
                                     "Matriz de capacitación", "Informe de mentoría",
                                     "Informe de calidad", "Qué funcionó"]
    assert items(tab.period_box) == ["Último mes", "Este trimestre", "Trimestre anterior",
                                     "Este año", "Últimos 12 meses", "Personalizado"]
    assert tab.period_box.currentData() == "Last month"
    assert (tab.start.value(), tab.end.value()) == period("Last month", TODAY)
    tab.period_box.setCurrentIndex(tab.period_box.findData("This year"))
    assert (tab.start.value(), tab.end.value()) == period("This year", TODAY)
    assert tab.run_button.text() == "Crear informe"
    assert tab.client.placeholderText() == "Escriba para buscar clientes"
    tab.client.setFocus()
    qtbot.keyClicks(tab.client, "Acme/EU")
    type_date(qtbot, tab.start, "2026-04-01")
    type_date(qtbot, tab.end, "2026-04-30")
    assert tab.period_box.currentData() == reports_tab.CUSTOM
    assert tab.period_box.currentText() == "Personalizado"
    # the workbook is English until the core is translated, and so is its file name
    assert tab.suggested_name() == "Acme_EU 2026-04 client report.xlsx"
    tab.run_report()
    assert tab.report_message.text() == "Elija dónde guardar el informe"
    tab.end.clear()
    tab.output.setText("x.xlsx")
    with pytest.raises(UserError, match="^Hasta: escriba la fecha en que termina el período$"):
        tab.report_arguments()


def test_a_report_in_portuguese(qtbot, shown, in_language, tmp_path, monkeypatch):
    in_language("pt_BR")
    page = shown()
    tab = page.reports
    tab.report_box.setCurrentIndex(tab.report_box.findData("mentoring"))
    assert tab.description.text() == ("Em um período: os mentorados, sessões, horas e ações "
                                      "combinadas de cada mentor, e cada mentoria com a "
                                      "avaliação do mentorado antes e desde o início.")
    labels = []
    real_start = tab.work.start
    monkeypatch.setattr(tab.work, "start", lambda *args, **kw: labels.append(kw["label"])
                        or real_start(*args, **kw))
    qtbot.keyClicks(tab.output, str(tmp_path / "m.xlsx"))
    with qtbot.waitSignal(tab.report_written, timeout=30_000):
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert labels == ["Criando o relatório de mentoria…"]
    assert tab.report_message.text() == f"{tmp_path / 'm.xlsx'} foi salvo"
    assert [tab.open_button.text(), tab.folder_button.text()] == ["Abrir", "Mostrar na pasta"]


def test_the_progress_dialog_cancels_in_spanish(qtbot, shown, in_language):
    in_language("es")
    page = shown()
    page.work.start(lambda: None, label="…", on_done=lambda _r: page.work.finish(),
                    on_error=lambda _e: page.work.finish())
    assert page.work.dialog.findChild(QPushButton).text() == "Cancelar"


def write_roster(path, rows):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Employee ID", "First name", "Last name", "Email", "Hire date",
                            "Status"])
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def check(qtbot, tab, path):
    with qtbot.waitSignal(tab.import_checked, timeout=10_000) as checked:
        tab.check_file(str(path))
    return checked.args[0]


def test_import_tab_in_spanish_keys_kinds_by_data(qtbot, shown, in_language, tmp_path,
                                                  monkeypatch, make):
    make.client("Acme")
    in_language("es")
    page = shown()
    page.show_import()
    tab = page.importing
    assert items(tab.import_kind) == ["Listado de personal", "Registros de capacitación",
                                      "Formularios de retroalimentación", "Valores de KPI",
                                      "Evaluaciones de calidad", "Rutas de carrera"]
    assert tab.problems_model.headers() == ["Fila", "Columna", "Problema",
                                            "Valor en el archivo"]
    tab.import_kind.setCurrentIndex(tab.import_kind.findData("kpi"))
    assert tab.kpi_client.isVisibleTo(tab) and not tab.create_clients.isVisibleTo(tab)
    assert tab.kind_hint.text().startswith("Cifras por persona y día, semana o mes")
    tab.save_template()
    assert tab.import_message.text() == ("Cliente: elija el cliente cuyas métricas lista la "
                                         "plantilla de KPI")
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda _parent, caption, start, kinds: asked.append(
                            (caption, start, kinds)) or "")
    tab.kpi_client.setFocus()
    qtbot.keyClicks(tab.kpi_client, "Acme")
    tab.save_template()
    # the template is English until the core is translated, and so is its file name
    assert asked[0][0] == "Guardar la plantilla como"
    assert asked[0][1].endswith("KPI values - Acme template.xlsx")
    assert asked[0][2] == "Libro de Excel (*.xlsx)"

    tab.import_kind.setCurrentIndex(tab.import_kind.findData("staff"))
    one = tmp_path / "una.xlsx"
    write_roster(one, [["E1", "Ana", "Cruz", "no-es-correo", TODAY, "active"]])
    assert not check(qtbot, tab, one).ok
    assert tab.import_message.text().startswith(
        "una.xlsx: 1 problema en 1 fila; no se puede importar nada hasta corregirlos")
    good = tmp_path / "bien.xlsx"
    write_roster(good, [["E1", "Ana", "Cruz", "ana@example.com", TODAY, "active"],
                        ["E2", "Bo", "Lopez", "bo@example.com", TODAY, "active"]])
    check(qtbot, tab, good)
    assert tab.import_message.text() == (
        "bien.xlsx: sin problemas. Simulación, no se guardó nada: se revisaron 2 filas; "
        "darían 2 creados, 0 actualizados, 0 sin cambios. Presione Importar para guardarlas.")
    with qtbot.waitSignal(tab.records_changed, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert staff.count() == 2
    assert tab.import_message.text() == ("2 filas importadas: 2 creados, 0 actualizados, "
                                         "0 sin cambios")


def test_import_summaries_in_the_locales_digits(qtbot, in_language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    kpi = KpiImportResult("kpi", rows=50_000, created=1, updated=1_200, unchanged=0,
                          removed=3)
    many = ImportResult("staff", dry_run=True, rows=1)
    many.problems = [ImportProblem(2, "Email", "is not an email", "x")] * 2
    many.more_problems = 1_500
    texts = {}
    for language in ("en", "pt_BR"):
        in_language(language)
        texts[language] = [import_tab.summary_text(kpi), import_tab.summary_text(many),
                           import_tab.problems_text(many)]
    assert texts["en"] == [kpi.summary(), many.summary(), many.problems_text()]
    assert texts["pt_BR"] == [
        "50.000 linhas importadas: 1 valor adicionado, 1.200 alterados, 0 sem alteração, "
        "3 removidos",
        "Simulação, nada foi salvo: 1 linha verificada; ela daria 0 criados, 0 atualizados, "
        "0 sem alteração",
        "2 problemas (e mais 1.500)"]


def cut_texts(part) -> list[str]:
    """Buttons and boxes below their width, one-line labels and choices cut, column titles
    wider than their column."""
    cut = short_buttons(part, (QPushButton, QCheckBox)) + cut_labels(part)
    for box in part.findChildren(QComboBox):
        if box.isVisible():
            cut += cut_choices(box)
    return cut


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_longer_words_fit_a_1024_pixel_window(qtbot, ui_db, tmp_path, in_language,
                                                   language):
    """Every report and import kind in the narrowest window: buttons at their full width,
    labels, choices and the problem table's column titles whole."""
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    in_language(language)
    apply_theme(QApplication.instance(), "light")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("reports")
    cut = []
    for index in range(page.reports.report_box.count()):
        page.reports.report_box.setCurrentIndex(index)
        page.reports._show_report_message("…", done=True)  # Open and Show in folder too
        qtbot.wait(10)
        cut += cut_texts(page.reports)
    page.show_import()
    importing = page.importing
    for index in range(importing.import_kind.count()):
        importing.import_kind.setCurrentIndex(index)
        qtbot.wait(10)
        cut += cut_texts(importing)
    cut += cut_titles(importing.problems)
    assert sorted(set(cut)) == []
