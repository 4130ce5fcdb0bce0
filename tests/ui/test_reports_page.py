"""The reports page on its own: each report written to a file, cancel, templates, import."""

import datetime as dt
import threading

import openpyxl
import pytest
from builders import a_client, a_feedback, a_staff, offscreen_warnings
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from mentorapp.errors import Cancelled
from mentorapp.services import staff
from ui.pages import reports_page
from ui.pages.reports_page import REPORTS, ReportsPage, period

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_tasks()


def choose_report(page, key):
    page.report_box.setCurrentIndex([k.key for k in REPORTS].index(key))


def pick(qtbot, picker, text):
    picker.setFocus()
    qtbot.keyClicks(picker, text)


def run(qtbot, page):
    with qtbot.waitSignal(page.report_written, timeout=30_000) as written:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    return written.args[0]


def sheet_text(path) -> str:
    workbook = openpyxl.load_workbook(path, read_only=True)
    text = " ".join(str(cell) for ws in workbook.worksheets
                    for row in ws.iter_rows(values_only=True) for cell in row if cell)
    workbook.close()
    return text


def test_client_report_for_the_picked_client_and_period(qtbot, page, tmp_path, monkeypatch):
    acme = a_client("Acme Support")
    a_client("Other Client")
    person = a_staff("Lina", "Cruz", client=acme)
    a_feedback(person, rating=5, source="client", client=acme["id"], visibility="shareable",
               date=TODAY, comment="Great calls")
    choose_report(page, "client")
    pick(qtbot, page.client, "Acme Support")
    page.period_box.setCurrentText("Custom")
    page.start.setDate(QDate(TODAY - dt.timedelta(days=30)))
    page.end.setDate(QDate(TODAY))
    out = tmp_path / "acme.xlsx"
    qtbot.keyClicks(page.output, str(out))
    assert run(qtbot, page) == str(out)
    assert out.is_file()
    assert "Acme Support" in sheet_text(out)
    assert page.open_button.isVisible() and page.folder_button.isVisible()
    assert str(out) in page.report_message.text()
    opened = []
    monkeypatch.setattr(reports_page.QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(out), str(tmp_path)]


def test_staff_report_needs_a_staff_member(qtbot, page, tmp_path):
    choose_report(page, "staff")
    assert page.staff.isVisible() and not page.client.isVisible()
    qtbot.keyClicks(page.output, str(tmp_path / "staff.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "Choose the staff member" in page.report_message.text()
    assert not (tmp_path / "staff.xlsx").exists()
    person = a_staff("Rey", "Santos", employee_id="MNL-1")
    pick(qtbot, page.staff, "Santos")
    assert run(qtbot, page) == str(tmp_path / "staff.xlsx")
    assert "Santos" in sheet_text(tmp_path / "staff.xlsx")
    assert staff.get(person["id"])["employee_id"] == "MNL-1"


@pytest.mark.parametrize("key", ["training", "mentoring"])
def test_reports_without_a_client_or_staff(qtbot, page, tmp_path, key):
    a_staff("Ana", client=a_client("Acme"))
    choose_report(page, key)
    assert page.staff.isHidden()
    qtbot.keyClicks(page.output, str(tmp_path / key))  # .xlsx is added
    assert run(qtbot, page) == str(tmp_path / f"{key}.xlsx")
    assert openpyxl.load_workbook(tmp_path / f"{key}.xlsx").sheetnames


def test_unknown_client_is_reported_not_run(qtbot, page, tmp_path):
    a_client("Acme")
    choose_report(page, "client")
    pick(qtbot, page.client, "Nobody Inc")
    qtbot.keyClicks(page.output, str(tmp_path / "x.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "no client matches" in page.report_message.text()
    assert page.task is None


def test_cancel_stops_the_export(qtbot, page, tmp_path, monkeypatch):
    started, release = threading.Event(), threading.Event()

    def slow_export(out, client, progress=None):
        for step in range(1, 1001):
            if step == 2:
                started.set()
                release.wait(5)
            progress(step, 1000)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(reports_page, "export_training_matrix", slow_export)
    choose_report(page, "training")
    qtbot.keyClicks(page.output, str(tmp_path / "m.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    assert not page.run_button.isEnabled()
    qtbot.waitUntil(page.progress_dialog.isVisible, timeout=5000)
    cancel_button = page.progress_dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.task is None, timeout=5000)
    assert page.report_message.text() == "Cancelled: no file was written."
    assert page.run_button.isEnabled()
    assert not (tmp_path / "m.xlsx").exists()


def test_periods():
    day = dt.date(2026, 5, 20)
    assert period("Last month", day) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert period("This quarter", day) == (dt.date(2026, 4, 1), day)
    assert period("Last quarter", day) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert period("This year", day) == (dt.date(2026, 1, 1), day)
    assert period("Last 12 months", day) == (dt.date(2025, 6, 1), day)
    assert period("Last quarter", dt.date(2026, 2, 1)) == (dt.date(2025, 10, 1),
                                                           dt.date(2025, 12, 31))


def write_roster(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Employee ID", "First name", "Last name", "Email", "Hire date", "Status"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_template_is_saved(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "roster template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    opened = []
    monkeypatch.setattr(reports_page.QDesktopServices, "openUrl", opened.append)
    page.show_import()
    page.save_template()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert out.is_file()
    assert "Employee ID" in sheet_text(out)
    assert opened[0].toLocalFile() == str(out)


def test_import_shows_problems_and_imports_only_a_clean_file(qtbot, page, tmp_path,
                                                             monkeypatch):
    bad = tmp_path / "bad.xlsx"
    write_roster(bad, [["E1", "Ana", "Cruz", "ana@example.com", TODAY, "active"],
                       ["E2", "", "Lopez", "not-an-email", TODAY, "active"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    page.show_import()
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.choose_and_check()
    result = checked.args[0]
    assert not result.ok
    table = page.problems_model
    assert table.rowCount() == len(result.problems) >= 2
    assert {table.record(r)["row"] for r in range(table.rowCount())} == {3}
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
    page.show_import()
    with qtbot.waitSignal(page.import_checked, timeout=10_000):
        page.check_file(str(good))
    assert page.import_button.isEnabled()
    page.create_clients.setChecked(True)
    assert not page.import_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, page, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    page.show_import()
    page.check_file(str(junk))
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.import_message.text()
    assert not page.import_button.isEnabled()


def test_cancelled_is_not_an_error(qtbot, page):
    page._import_failed(Cancelled("stop"))
    assert page.import_message.text() == "Cancelled: nothing was written."
