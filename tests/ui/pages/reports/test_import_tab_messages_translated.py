"""The import tab in Spanish shows the core's words about a file in Spanish: a file that is
not a workbook, and the problems of a workbook's rows (issue 18)."""

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings

from ui.pages.reports.page import ReportsPage

pytestmark = offscreen_warnings


@pytest.fixture
def tab(spanish, qtbot, ui_db, wait_for_tasks):
    """The import tab, built and shown in Spanish."""
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.show_import()
    yield page.importing
    wait_for_tasks()


def test_a_bad_file_and_bad_rows_are_explained_in_spanish(qtbot, tab, tmp_path):
    renamed = tmp_path / "lista.xlsx"
    renamed.write_bytes(b"Employee ID,Name\nE1,Ana\n")
    tab.check_file(str(renamed))
    qtbot.waitUntil(lambda: tab.work.task is None, timeout=10_000)
    assert tab.import_message.text() == ("lista.xlsx no es un libro de Excel (.xlsx, .xls, "
                                         ".xlsb u .ods) ni un archivo CSV")

    roster = tmp_path / "fechas.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Employee ID", "First Name", "Last Name", "Hire Date", "Status"])
    workbook.active.append(["E1", "Ana", "Cruz", "algún día", None])
    workbook.active.append(["E2", "Bo", "Lopez", dt.date(2024, 1, 2), "=A2"])
    workbook.active.append(["E3", None, "Ruiz", None, None])
    workbook.save(roster)
    with qtbot.waitSignal(tab.import_checked, timeout=10_000):
        tab.check_file(str(roster))
    table = tab.problems_model
    assert [table.record(row) for row in range(table.rowCount())] == [
        {"row": 2, "column": "Hire Date", "message": "no es una fecha (use AAAA-MM-DD)",
         "value": "algún día"},
        {"row": 3, "column": "Status", "message": "es una fórmula; escriba el valor en sí",
         "value": "=A2"},
        {"row": 4, "column": "First Name", "message": "es obligatorio", "value": "vacío"}]
    assert not tab.import_button.isEnabled()
