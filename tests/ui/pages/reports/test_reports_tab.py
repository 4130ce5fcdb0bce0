"""The reports tab on its own: each report written to a file, open, cancel."""

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mentorapp.errors import UserError
from mentorapp.services import staff
from ui import preferences
from ui.pages.reports import reports_tab
from ui.pages.reports.page import ReportsPage
from ui.pages.reports.reports_tab import REPORTS
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    """The reports tab, shown in its page."""
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    yield widget.reports
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


def test_client_report_for_the_picked_client_and_period(qtbot, page, make, tmp_path,
                                                        monkeypatch):
    acme = make.client("Acme Support")
    make.client("Other Client")
    person = make.staff("Lina", "Cruz", acme)
    make.feedback(person, rating=5, source="client", client=acme["id"], visibility="shareable",
               date=TODAY, comment="Great calls")
    choose_report(page, "client")
    pick(qtbot, page.client, "Acme Support")
    page.period_box.setCurrentText("Custom")
    type_date(qtbot, page.start, f"{TODAY - dt.timedelta(days=30):%Y-%m-%d}")
    type_date(qtbot, page.end, f"{TODAY:%Y-%m-%d}")
    out = tmp_path / "acme.xlsx"
    qtbot.keyClicks(page.output, str(out))
    assert run(qtbot, page) == str(out)
    assert out.is_file() and not out.with_suffix(".pdf").exists()
    assert "Acme Support" in sheet_text(out)
    assert page.open_button.isVisible() and page.folder_button.isVisible()
    assert str(out) in page.report_message.text()
    opened = []
    monkeypatch.setattr(reports_tab.QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(out), str(tmp_path)]


def test_staff_report_needs_a_staff_member(qtbot, page, tmp_path, make):
    choose_report(page, "staff")
    assert page.staff.isVisible() and not page.client.isVisible()
    qtbot.keyClicks(page.output, str(tmp_path / "staff.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "Choose the staff member" in page.report_message.text()
    assert not (tmp_path / "staff.xlsx").exists()
    person = make.staff("Rey", "Santos", employee_id="MNL-1")
    pick(qtbot, page.staff, "Santos")
    assert run(qtbot, page) == str(tmp_path / "staff.xlsx")
    assert "Santos" in sheet_text(tmp_path / "staff.xlsx")
    assert staff.get(person["id"])["employee_id"] == "MNL-1"


@pytest.mark.parametrize("key", ["training", "mentoring"])
def test_reports_without_a_client_or_staff(qtbot, page, tmp_path, key, make):
    make.staff(client=make.client("Acme"))
    choose_report(page, key)
    assert page.staff.isHidden()
    qtbot.keyClicks(page.output, str(tmp_path / key))  # .xlsx is added
    assert run(qtbot, page) == str(tmp_path / f"{key}.xlsx")
    assert openpyxl.load_workbook(tmp_path / f"{key}.xlsx").sheetnames


def test_unknown_client_is_reported_not_run(qtbot, page, tmp_path, make):
    make.client("Acme")
    choose_report(page, "client")
    pick(qtbot, page.client, "Nobody Inc")
    qtbot.keyClicks(page.output, str(tmp_path / "x.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "no client matches" in page.report_message.text()
    assert page.work.task is None


def test_cancel_stops_the_export(qtbot, page, tmp_path, monkeypatch):
    started, release = threading.Event(), threading.Event()

    def slow_export(out, client, progress=None):
        for step in range(1, 1001):
            if step == 2:
                started.set()
                release.wait(5)
            progress(step, 1000)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(reports_tab, "export_training_matrix", slow_export)
    choose_report(page, "training")
    qtbot.keyClicks(page.output, str(tmp_path / "m.xlsx"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    assert not page.run_button.isEnabled()
    qtbot.waitUntil(page.work.dialog.isVisible, timeout=5000)
    cancel_button = page.work.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.work.task is None, timeout=5000)
    assert page.report_message.text() == "Cancelled: no file was written."
    assert page.run_button.isEnabled()
    assert not (tmp_path / "m.xlsx").exists()


def type_date(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_half_typed_period_date_is_refused_with_the_field_named(qtbot, page, make, tmp_path):
    make.client("Acme")
    choose_report(page, "client")
    pick(qtbot, page.client, "Acme")
    type_date(qtbot, page.start, "2026-04")
    qtbot.keyClicks(page.output, str(tmp_path / "x.xlsx"))
    with pytest.raises(UserError, match="From: '2026-04' is not a whole date"):
        page.report_arguments()
    assert not (tmp_path / "x.xlsx").exists()


def test_suggested_file_name_names_the_client_and_period(qtbot, page, make):
    make.client("Acme/EU")
    choose_report(page, "client")
    pick(qtbot, page.client, "Acme/EU")
    type_date(qtbot, page.start, "2026-4-1")  # leading zeros may be left out
    type_date(qtbot, page.end, "2026-04-30")
    assert page.period_box.currentText() == "Custom"
    assert page.suggested_name() == "Acme_EU 2026-04 client report.xlsx"
    choose_report(page, "mentoring")
    page.period_box.setCurrentText("This year")
    assert page.suggested_name() == f"Mentoring report {TODAY:%Y}-01-01 to {TODAY:%Y-%m-%d}.xlsx"


def test_save_dialog_suggests_the_name_in_the_last_folder_used(qtbot, page, make, tmp_path,
                                                                monkeypatch):
    make.client("ShopNest")
    choose_report(page, "client")
    pick(qtbot, page.client, "ShopNest")
    type_date(qtbot, page.start, "2026-11-01")
    type_date(qtbot, page.end, "2026-11-30")
    asked = []
    chosen = tmp_path / "reports" / "mine.xlsx"
    chosen.parent.mkdir()

    def save_dialog(_parent, _caption, start, _filter):
        asked.append(Path(start))
        return str(chosen)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert asked[0] == preferences.documents_folder() / "ShopNest 2026-11 client report.xlsx"
    assert page.output.text() == str(chosen)
    type_date(qtbot, page.end, "2026-12-31")  # a new period: a new name, same folder
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert asked[1] == chosen.parent / "ShopNest 2026-11-01 to 2026-12-31 client report.xlsx"


def test_client_report_also_as_pdf_remembered(qtbot, page, make, tmp_path, wait_for_tasks):
    from mentorapp.services import client_reports

    acme = make.client("Acme Support")
    choose_report(page, "client")
    assert page.pdf.isVisible() and not page.pdf.isChecked()
    pick(qtbot, page.client, "Acme Support")
    out = tmp_path / "acme.xlsx"
    qtbot.keyClicks(page.output, str(out))
    page.pdf.setChecked(True)
    assert run(qtbot, page) == str(out)
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert page.report_message.text().endswith("and its PDF")
    assert [v["file_name"] for v in client_reports.versions(acme["id"])] == ["acme.xlsx"]
    choose_report(page, "staff")
    assert not page.pdf.isVisible()
    wait_for_tasks()
    again = ReportsPage()  # the choice is remembered for the next client report
    qtbot.addWidget(again)
    assert again.reports.pdf.isChecked()
    page.pdf.setChecked(False)
    assert not preferences.qsettings().value(reports_tab.PDF_KEY, True, type=bool)


def test_a_pdf_that_cannot_be_made_is_a_message(qtbot, page, make, tmp_path, monkeypatch,
                                                wait_for_tasks):
    from mentorapp.excel import client_report

    def no_pdf(*args):
        raise UserError("Cannot save the PDF: the disk is full")

    monkeypatch.setattr(client_report, "write_pack_pdf", no_pdf)
    make.client("Acme Support")
    choose_report(page, "client")
    pick(qtbot, page.client, "Acme Support")
    out = tmp_path / "acme.xlsx"
    qtbot.keyClicks(page.output, str(out))
    page.pdf.setChecked(True)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.report_message.text() != "")
    assert page.report_message.text() == (f"Saved {out}, but not its PDF: Cannot save the PDF: "
                                          "the disk is full")
    assert out.is_file() and not out.with_suffix(".pdf").exists()


def test_private_notes_are_asked_for_each_time(qtbot, page):
    """Ticking "Include private mentoring notes" holds for the report in hand only: another
    report, and back, starts without them."""
    choose_report(page, "staff")
    assert page.include_private.isVisibleTo(page) and not page.include_private.isChecked()
    page.include_private.setChecked(True)
    choose_report(page, "mentoring")
    choose_report(page, "staff")
    assert not page.include_private.isChecked()


def test_what_was_wrong_goes_once_the_client_is_typed(qtbot, page, make, tmp_path):
    make.client("ShopNest")
    choose_report(page, "client")
    page.output.setText(str(tmp_path / "report.xlsx"))
    page.run_report()
    assert page.report_message.text() == "Choose the client the report is for"
    qtbot.keyClicks(page.client, "Shop")
    assert page.report_message.text() == ""
