"""The import tab's KPI values and quality evaluations (issue 15): the client a KPI file is
for, its template, the check, the import and a re-import that says what changed."""

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from records import make_kpi_metric, make_scorecard

from mentorapp.models import KpiValue
from mentorapp.services import quality
from ui.pages.reports import import_tab
from ui.pages.reports.page import ReportsPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
DAY = dt.date(2026, 5, 4)


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_import()
    yield widget.importing
    wait_for_tasks()


@pytest.fixture
def acme(make):
    """Acme with a weighted AHT and two agents on it."""
    client = make.client("Acme")
    make.staff("Ana", "Cruz", client, employee_id="E1")
    make.staff("Bo", "Lopez", client, employee_id="E2")
    make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower", target=300,
                    rollup="weighted", weight_column="Handled")
    return client


def choose_kind(page, key):
    page.import_kind.setCurrentIndex(page.import_kind.findData(key))


def write_rows(path, header, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return str(path)


def check(qtbot, page, path):
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.check_file(path)
    return checked.args[0]


def import_checked(qtbot, page):
    with qtbot.waitSignal(page.records_changed, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def pick_client(qtbot, page, name):
    page.kpi_client.setFocus()
    qtbot.keyClicks(page.kpi_client, name)


def test_the_kpi_kind_asks_for_the_client_and_explains_replacing(qtbot, page):
    assert [page.import_kind.itemText(i) for i in range(page.import_kind.count())][-3:] == [
        "KPI values", "Quality evaluations", "Role ladders"]
    assert page.kpi_client.isHidden()
    choose_kind(page, "kpi")
    assert page.kpi_client.isVisibleTo(page)
    assert not page.create_clients.isVisibleTo(page)
    assert "Importing a period again replaces its figures" in page.kind_hint.text()
    assert page.template_row.isVisibleTo(page)


def test_a_kpi_template_lists_the_clients_metric_columns(qtbot, page, acme, tmp_path,
                                                         monkeypatch):
    out = tmp_path / "kpi template.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(out))
    monkeypatch.setattr(import_tab.QDesktopServices, "openUrl", lambda _url: None)
    choose_kind(page, "kpi")
    assert page.save_template() is None
    assert page.import_message.text() == ("Client: choose the client whose metrics the KPI "
                                          "template lists")
    pick_client(qtbot, page, "Acme")
    page.save_template()
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    workbook = openpyxl.load_workbook(out, read_only=True)
    header = next(workbook["KPI values"].iter_rows(max_row=1, values_only=True))
    workbook.close()
    assert [cell for cell in header if cell] == ["Employee ID", "Date", "Period", "AHT",
                                                 "Handled"]


def test_check_import_and_reimport_a_period_says_what_changed(qtbot, page, acme, tmp_path):
    choose_kind(page, "kpi")
    pick_client(qtbot, page, "Acme")
    header = ["Employee ID", "Date", "AHT", "Handled"]
    first = write_rows(tmp_path / "may.xlsx", header, [["E1", DAY, 300, 10],
                                                      ["E2", DAY, 360, 20]])
    result = check(qtbot, page, first)
    assert result.ok and KpiValue.select().count() == 0
    assert "would give 2 values added, 0 changed, 0 unchanged, 0 removed" in \
        page.import_message.text()
    import_checked(qtbot, page)
    assert page.import_message.text() == ("2 rows imported: 2 values added, 0 changed, "
                                          "0 unchanged, 0 removed")
    again = write_rows(tmp_path / "may again.xlsx", header, [["E1", DAY, 310, 10]])
    check(qtbot, page, again)
    import_checked(qtbot, page)
    assert page.import_message.text() == ("1 row imported: 0 values added, 1 changed, "
                                          "0 unchanged, 1 removed")
    assert [v for (v,) in KpiValue.select(KpiValue.value).tuples()] == [310]


def test_kpi_problems_are_listed_and_a_client_that_matches_none_is_refused(qtbot, page,
                                                                          acme, tmp_path):
    choose_kind(page, "kpi")
    bad = write_rows(tmp_path / "bad.xlsx", ["Employee ID", "Date", "AHT", "Handled"],
                     [["E1", DAY, "fast", 10], ["E9", DAY, 300, 10]])
    result = check(qtbot, page, bad)
    assert not result.ok
    table = page.problems_model
    assert {table.record(r)["row"] for r in range(table.rowCount())} == {2, 3}
    assert not page.import_button.isEnabled()
    pick_client(qtbot, page, "Nobody")
    assert page.check_file(bad) is None
    assert page.import_message.text() == "Client: no client matches 'Nobody'"


def test_quality_evaluations_are_checked_and_imported(qtbot, page, acme, make, tmp_path):
    card = make_scorecard(make, name="Voice QA")
    choose_kind(page, "evaluations")
    assert not page.template_row.isVisibleTo(page)
    assert page.create_clients.isVisibleTo(page)
    assert "One row per answered scorecard item" in page.kind_hint.text()
    header = ["Evaluation ID", "Employee ID", "Evaluator", "Client", "Interaction ID",
              "Channel", "Interaction Date", "Scorecard", "Item Key", "Answer"]
    shared = ["Q1", "E1", "qa.lead", "Acme", "CALL-1", "phone", DAY, card["name"]]
    rows = [[*shared, key, answer] for key, answer in
            (("greet", "yes"), ("verify", "yes"), ("solve", "yes"), ("tone", "5"))]
    path = write_rows(tmp_path / "qa.xlsx", header, rows)
    result = check(qtbot, page, path)
    assert result.ok, [p.message for p in result.problems]
    import_checked(qtbot, page)
    (stored,) = quality.client_evaluations(acme["id"], DAY, DAY)
    assert (stored["interaction_id"], stored["score"]) == ("CALL-1", 100)
    again = check(qtbot, page, path)  # the same evaluation again is refused
    assert not again.ok and not page.import_button.isEnabled()
