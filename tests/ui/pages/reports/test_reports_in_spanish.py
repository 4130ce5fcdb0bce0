"""The Reports page in Spanish and Portuguese: its words, and behaviour that keys on data
(the report and period choices, the import kinds), not on shown words."""

import datetime as dt

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mentorapp.errors import UserError
from mentorapp.periods import PERIODS, period
from ui import i18n
from ui.pages.reports import reports_tab
from ui.pages.reports.page import ReportsPage

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def in_language(qapp):
    """Install a language for one test; English again afterwards."""
    def install(language: str) -> None:
        assert i18n.install(language) == language
    yield install
    i18n.install(i18n.ENGLISH)


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
    assert tab.description.text() == ("Mentores, mentorias, sessões e ações combinadas em um "
                                      "período.")
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
