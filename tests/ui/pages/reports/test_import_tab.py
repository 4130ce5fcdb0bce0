"""The import tab on its own: templates, the check (dry run) and the import."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.errors import Cancelled
from mentorapp.services import staff
from ui import preferences
from ui.pages.reports import import_tab
from ui.pages.reports.page import ReportsPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    """The import tab, shown in its page (as the welcome page's "Import a roster" does)."""
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_import()
    yield widget.importing
    wait_for_tasks()


def sheet_text(path) -> str:
    workbook = openpyxl.load_workbook(path, read_only=True)
    text = " ".join(str(cell) for ws in workbook.worksheets
                    for row in ws.iter_rows(values_only=True) for cell in row if cell)
    workbook.close()
    return text


def write_roster(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Employee ID", "First name", "Last name", "Email", "Hire date", "Status"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_template_is_saved(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "roster template.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(out))
    opened = []
    monkeypatch.setattr(import_tab.QDesktopServices, "openUrl", opened.append)
    page.save_template()
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    assert out.is_file()
    assert "Employee ID" in sheet_text(out)
    assert opened[0].toLocalFile() == str(out)


def test_import_shows_problems_and_imports_only_a_clean_file(qtbot, page, tmp_path,
                                                             monkeypatch):
    bad = tmp_path / "bad.xlsx"
    write_roster(bad, [["E1", "Ana", "Cruz", "ana@example.com", TODAY, "active"],
                       ["E2", "", "Lopez", "not-an-email", TODAY, "active"]])
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(bad))
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.choose_and_check()
    result = checked.args[0]
    assert not result.ok
    table = page.problems_model
    assert table.rowCount() == len(result.problems) >= 2
    assert {table.record(r)["row"] for r in range(table.rowCount())} == {3}
    # the rows with problems (one of the two checked), not the rows checked
    assert f"bad.xlsx: {len(result.problems)} problems in 1 row;" in page.import_message.text()
    assert not page.import_button.isEnabled()
    assert staff.count() == 0

    good = tmp_path / "good.xlsx"
    write_roster(good, [["E1", "Ana", "Cruz", "ana@example.com", TODAY, "active"],
                        ["E2", "Bo", "Lopez", "bo@example.com", TODAY, "active"]])
    with qtbot.waitSignal(page.import_checked, timeout=10_000):
        page.check_file(str(good))
    assert page.problems_model.rowCount() == 0
    assert page.import_button.isEnabled()
    assert staff.count() == 0  # the check wrote nothing
    with qtbot.waitSignal(page.records_changed, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert sorted(p["employee_id"] for p in staff.list()) == ["E1", "E2"]
    assert "2 rows imported" in page.import_message.text()
    assert not page.import_button.isEnabled()


def test_changing_options_needs_a_new_check(qtbot, page, tmp_path):
    good = tmp_path / "good.xlsx"
    write_roster(good, [["E1", "Ana", "Cruz", "ana@example.com", TODAY, "active"]])
    with qtbot.waitSignal(page.import_checked, timeout=10_000):
        page.check_file(str(good))
    assert page.import_button.isEnabled()
    page.create_clients.setChecked(True)
    assert not page.import_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, page, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    page.check_file(str(junk))
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    assert page.import_message.text()
    assert not page.import_button.isEnabled()


def test_cancelled_is_not_an_error(qtbot, page):
    page._import_failed(Cancelled("stop"))
    assert page.import_message.text() == "Cancelled: nothing was written."


def test_one_problem_reads_one_problem(qtbot, page, tmp_path):
    bad = tmp_path / "one.xlsx"
    write_roster(bad, [["E1", "Ana", "Cruz", "not-an-email", TODAY, "active"]])
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.check_file(str(bad))
    assert len(checked.args[0].problems) == 1
    assert "one.xlsx: 1 problem in 1 row;" in page.import_message.text()


def test_file_dialogs_start_in_the_last_folder_used(qtbot, page, tmp_path, monkeypatch):
    """The template's folder is where the filled-in file is looked for next."""
    asked = []
    out = tmp_path / "forms" / "roster template.xlsx"
    out.parent.mkdir()

    def save_dialog(_parent, _caption, start, _filter):
        asked.append(start)
        return str(out)

    def open_dialog(_parent, _caption, start, _filter):
        asked.append(start)
        return ""

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    monkeypatch.setattr(file_dialogs, "open_file_name", open_dialog)
    monkeypatch.setattr(import_tab.QDesktopServices, "openUrl", lambda _url: None)
    page.save_template()
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    assert Path(asked[0]).parent == preferences.documents_folder()
    assert page.choose_and_check() is None  # cancelled
    assert Path(asked[1]) == out.parent


def test_a_missing_column_lists_no_value_and_an_empty_cell_lists_empty(qtbot, page, tmp_path):
    """A column missing from the header row has no cell: its Value is blank (it read
    "empty", like a cell the user could fill in); an empty required cell still reads so.
    The message is in the theme's red, by its role (see theme.mark_error)."""
    path = tmp_path / "no names.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Employee ID", "Last name"])
    workbook.active.append([None, "Cruz"])
    workbook.save(path)
    with qtbot.waitSignal(page.import_checked, timeout=10_000):
        page.check_file(str(path))
    table = page.problems_model
    shown = {(table.record(r)["row"], table.record(r)["column"]): table.record(r)["value"]
             for r in range(table.rowCount())}
    assert shown == {(1, "First Name"): "", (2, "Employee ID"): "empty"}
    assert page.import_message.property("role") == "error"
    page._show_import_message("Cancelled: nothing was written.")
    assert page.import_message.property("role") == ""
