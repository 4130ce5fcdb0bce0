"""The internal reports from the window are written in its language, and the suggested file
name is in the workbook's language: the window's, or for a client pack its client's."""

import datetime as dt

import pytest
from builders import offscreen_warnings
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ui.pages.reports.page import ReportsPage

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def tab(qtbot, ui_db, wait_for_tasks, spanish):
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    yield page.reports
    wait_for_tasks()


def choose(tab, key: str) -> None:
    tab.report_box.setCurrentIndex(tab.report_box.findData(key))


def test_the_training_matrix_in_spanish(qtbot, tab, make, tmp_path):
    make.staff("Ana", "Ruiz", make.client("Acme"))
    choose(tab, "training")
    assert tab.suggested_name() == f"Matriz de capacitación {TODAY:%Y-%m-%d}.xlsx"
    out = tmp_path / tab.suggested_name()
    tab.output.setText(str(out))  # (keyClicks cannot type "ó")
    with qtbot.waitSignal(tab.report_written, timeout=30_000):
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Matriz", "Detalle"]
    assert [c.value for c in workbook["Matriz"][1]] == ["ID de empleado", "Nombre", "Cliente",
                                                        "Equipo"]
    assert workbook["Matriz"]["B2"].value == "Ana Ruiz"


def test_a_client_pack_is_named_in_its_client_s_language(qtbot, tab, make):
    make.client("Loja", report_language="pt_BR")
    make.client("Acme")  # English
    choose(tab, "client")
    for client, name in (("Loja", "Loja 2026-04 relatório do cliente.xlsx"),
                         ("Acme", "Acme 2026-04 client report.xlsx")):
        tab.client.setText(client)
        tab.start.set_value(dt.date(2026, 4, 1))
        tab.end.set_value(dt.date(2026, 4, 30))
        assert tab.suggested_name() == name
    tab.client.setText("Nobody")  # no client picked yet: the window's language
    assert tab.suggested_name().endswith(" informe de cliente.xlsx")
