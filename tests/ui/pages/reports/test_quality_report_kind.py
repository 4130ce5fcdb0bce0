"""The reports tab's quality report (issue 15): a client's evaluations over a period, written
by the same export as `export quality`, and reopened to check what it holds."""

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from records import make_evaluation, make_scorecard

from ui.pages.reports.page import ReportsPage
from ui.pages.reports.reports_tab import REPORTS

pytestmark = offscreen_warnings
START, END = dt.date(2026, 5, 1), dt.date(2026, 5, 31)


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    yield widget.reports
    wait_for_tasks()


def choose_quality(qtbot, page, client: str, out):
    page.report_box.setCurrentIndex([k.key for k in REPORTS].index("quality"))
    page.client.setFocus()
    qtbot.keyClicks(page.client, client)
    page.start.set_value(START)
    page.end.set_value(END)
    qtbot.keyClicks(page.output, str(out))


def test_the_quality_report_of_a_client_and_period(qtbot, page, make, tmp_path):
    acme, other = make.client("Acme"), make.client("Other")
    ana = make.staff("Ana", "Cruz", acme, employee_id="E1")
    card = make_scorecard(make, name="Voice QA")
    make_evaluation(make, card, ana, client=acme["id"], interaction_date=dt.date(2026, 5, 4),
                    interaction_id="CALL-IN")
    make_evaluation(make, card, ana, {"greet": "no", "verify": "yes", "solve": "yes",
                                      "tone": "5"},
                    client=acme["id"], interaction_date=dt.date(2026, 5, 20),
                    interaction_id="CALL-2")
    make_evaluation(make, card, ana, client=acme["id"], interaction_date=dt.date(2026, 6, 2),
                    interaction_id="CALL-JUNE")  # after the period
    make_evaluation(make, card, ana, client=other["id"], interaction_date=dt.date(2026, 5, 5),
                    interaction_id="CALL-OTHER")  # another client's
    out = tmp_path / "quality.xlsx"
    choose_quality(qtbot, page, "Acme", out)
    assert page.client.isVisible() and page.dates.isVisible() and page.staff.isHidden()
    assert "quality evaluations" in page.description.text()
    with qtbot.waitSignal(page.report_written, timeout=30_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    workbook = openpyxl.load_workbook(out, read_only=True)
    summary = list(workbook["Summary"].iter_rows(values_only=True))
    evaluations = [row for row in workbook["Evaluations"].iter_rows(values_only=True)]
    workbook.close()
    header = summary.index(next(r for r in summary if r and r[0] == "Client"))
    # Two evaluations of Acme in May: 100% and 87.5% (7 of 8 points) average 93.75%.
    client, start, end, count, average, fails = summary[header + 1][:6]
    assert (client, count, fails) == ("Acme", 2, 0)
    assert average == pytest.approx(0.9375)
    ids = {cell for row in evaluations for cell in row if isinstance(cell, str)}
    assert {"CALL-IN", "CALL-2"} <= ids
    assert not {"CALL-JUNE", "CALL-OTHER"} & ids


def test_the_quality_report_needs_a_client(qtbot, page, tmp_path):
    out = tmp_path / "quality.xlsx"
    choose_quality(qtbot, page, "", out)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.report_message.text() == "Choose the client the report is for"
    assert page.work.task is None and not out.exists()
