"""The import tab's "Role ladders" kind (issue 16): its template, the check and the import,
and a bad file's message."""

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import clients, competencies, readiness, training
from ui.pages.reports import import_tab
from ui.pages.reports.page import ReportsPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
HEADER = ["Role", "Client", "Level", "Next Role", "Min Tenure Months", "Requirement Type",
          "Requirement", "Minimum"]


@pytest.fixture
def page(qtbot, ui_db, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_import()
    tab = widget.importing
    tab.import_kind.setCurrentIndex(tab.import_kind.findText("Role ladders"))
    assert tab.import_kind_key() == "roles"
    yield tab
    wait_for_tasks()


@pytest.fixture
def catalogue(ui_db):
    return {"client": clients.create(name="ShopNest"),
            "talk": next(c for c in competencies.list(limit=None)
                         if c["name"] == "Communication"),  # a standard competency
            "course": training.programs.create(name="Returns Playbook")}


def write_roles(path, rows):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def test_role_ladders_kind_shows_its_hint_and_no_create_clients(page):
    assert page.kind_hint.isVisibleTo(page)
    assert "One row per requirement of a role" in page.kind_hint.text()
    assert not page.create_clients.isVisibleTo(page)
    assert page.template_row.isVisibleTo(page)


def test_role_ladders_template_is_saved(qtbot, page, catalogue, tmp_path, monkeypatch):
    out = tmp_path / "roles.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(out))
    monkeypatch.setattr(import_tab.QDesktopServices, "openUrl", lambda _url: None)
    page.save_template()
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    workbook = openpyxl.load_workbook(out)
    assert [c.value for c in workbook["Roles"][1]] == HEADER
    assert "Template saved" in page.import_message.text()


def test_role_ladders_file_is_checked_then_imported(qtbot, page, catalogue, tmp_path,
                                                    monkeypatch):
    good = tmp_path / "ladders.xlsx"
    write_roles(good, [["Team lead", "", 3, "", 24, "training", "Returns Playbook", None],
                       ["Tier 2", "ShopNest", 2, "Team lead", 9, "competency", "Communication",
                        3.5]])
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(good))
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.choose_and_check()
    assert checked.args[0].ok
    assert "ladders.xlsx: no problems." in page.import_message.text()
    assert "2 created" in page.import_message.text()
    assert readiness.list_roles(everything=True) == []  # the check wrote nothing
    assert page.import_button.isEnabled()
    with qtbot.waitSignal(page.records_changed, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "2 " in page.import_message.text() and "created" in page.import_message.text()
    roles = {r["name"]: r for r in readiness.list_roles(everything=True)}
    assert roles["Tier 2"]["next_role_name"] == "Team lead"
    assert roles["Tier 2"]["client_name"] == "ShopNest"
    assert roles["Team lead"]["min_tenure_months"] == 24
    assert [(q["name"], q["minimum"]) for q in roles["Tier 2"]["requirements"]] == [
        ("Communication", 3.5)]


def test_bad_role_ladders_file_lists_readable_problems(qtbot, page, catalogue, tmp_path):
    bad = tmp_path / "bad.xlsx"
    write_roles(bad, [["Agent", "Nowhere Inc", 1, "", 0, "", "", None],
                      ["Lead", "", 2, "", 0, "competency", "Telepathy", 4],
                      ["Lead", "", 3, "", 0, "competency", "Communication", None]])
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.check_file(str(bad))
    assert not checked.args[0].ok
    problems = [page.problems_model.record(r) for r in range(page.problems_model.rowCount())]
    messages = {(p["row"], p["message"]) for p in problems}
    assert (2, "no client with this name") in messages
    assert (3, "no competency with this name") in messages
    assert any(row == 4 and "differs from row 3" in text for row, text in messages)
    assert any(row == 4 and "is required for a competency" in text for row, text in messages)
    assert "bad.xlsx:" in page.import_message.text()
    assert "nothing can be imported" in page.import_message.text()
    assert not page.import_button.isEnabled()
    assert readiness.list_roles(everything=True) == []


def test_role_ladders_file_without_its_columns_is_explained(qtbot, page, tmp_path):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("Name,Something\nAgent,1\n", encoding="utf-8")
    with qtbot.waitSignal(page.import_checked, timeout=10_000) as checked:
        page.check_file(str(wrong))
    assert not checked.args[0].ok
    assert any("Role" in p.column or "Role" in p.message for p in checked.args[0].problems)
    assert "Traceback" not in page.import_message.text()
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    page.check_file(str(junk))
    qtbot.waitUntil(lambda: page.work.task is None, timeout=10_000)
    assert "junk.xlsx" in page.import_message.text()
    assert not page.import_button.isEnabled()
