"""The Reports page around its two tabs: one piece of work at a time, signals passed on."""

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt

from ui.pages.reports.page import ReportsPage

pytestmark = offscreen_warnings


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_tasks()


def test_work_on_one_tab_makes_both_busy_and_the_page_says_so(qtbot, page, tmp_path):
    busy = []
    page.busy_changed.connect(busy.append)
    page.reports.report_box.setCurrentIndex(3)  # the mentoring report needs only a file
    qtbot.keyClicks(page.reports.output, str(tmp_path / "m.xlsx"))
    with qtbot.waitSignal(page.report_written, timeout=30_000) as written:
        page.reports.run_report()
        assert not page.reports.run_button.isEnabled()
        assert not page.importing.check_button.isEnabled()
        assert not page.importing.template_button.isEnabled()
    assert written.args == [str(tmp_path / "m.xlsx")]
    assert busy == [True, False]
    assert page.reports.run_button.isEnabled() and page.importing.check_button.isEnabled()


def test_an_import_tells_the_page_records_changed(qtbot, page, tmp_path):
    roster = tmp_path / "roster.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Employee ID", "First name", "Last name", "Email", "Hire date",
                            "Status"])
    workbook.active.append(["E1", "Ana", "Cruz", "ana@example.com", dt.date.today(), "active"])
    workbook.save(roster)
    page.show_import()
    assert page.tabs.currentWidget() is page.importing
    with qtbot.waitSignal(page.import_checked, timeout=10_000):
        page.importing.check_file(str(roster))
    with qtbot.waitSignal(page.records_changed, timeout=10_000):
        qtbot.mouseClick(page.importing.import_button, Qt.MouseButton.LeftButton)
