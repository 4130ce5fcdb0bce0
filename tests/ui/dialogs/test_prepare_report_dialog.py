"""Prepare report: the narrative and action plan saved, carried items across periods, unsaved
changes asked about, and the pack exported as a registered version (with its PDF)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from mentorapp.services import client_reports
from ui.dialogs import prepare_report_dialog
from ui.dialogs.prepare_report_dialog import PrepareReportDialog, recent_periods
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings
# the last three months: the dialog offers them whatever today is
LAST, PREVIOUS, EARLIER = recent_periods("monthly", dt.date.today(), 3)


@pytest.fixture(autouse=True)
def _discard_when_closed(monkeypatch):
    """A dialog left with changes is closed at the test's end: discard them, unasked (a test
    that checks the question answers it itself)."""
    monkeypatch.setattr(prepare_report_dialog.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)


def open_dialog(qtbot, client, period=None) -> PrepareReportDialog:
    dialog = PrepareReportDialog(client["id"], None, *(period or (None, None)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add(qtbot, dialog, text, owner="", due=""):
    qtbot.keyClicks(dialog.new_text, text)
    qtbot.keyClicks(dialog.new_owner, owner)
    qtbot.keyClicks(dialog.new_due, due)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def texts(dialog, column) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(prepare_report_dialog.QMessageBox, "question", question)
    return asked


def test_the_period_defaults_to_the_latest_ended_one_of_the_cadence(qtbot, ui_db, make):
    weekly = make.client("Weekly Co", report_cadence="weekly")
    dialog = open_dialog(qtbot, weekly)
    assert dialog.period() == client_reports.last_period("weekly", dt.date.today())
    assert dialog.period_box.count() == 12
    assert recent_periods("monthly", dt.date(2026, 12, 3), 3) == [
        (dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        (dt.date(2026, 10, 1), dt.date(2026, 10, 31)), (dt.date(2026, 9, 1), dt.date(2026, 9, 30))]
    assert recent_periods("quarterly", dt.date(2026, 12, 3), 2) == [
        (dt.date(2026, 7, 1), dt.date(2026, 9, 30)), (dt.date(2026, 4, 1), dt.date(2026, 6, 30))]


def test_narrative_items_and_statuses_saved(qtbot, ui_db, make):
    acme = make.client("Acme")
    earlier = client_reports.add_action_item(acme["id"], *PREVIOUS, text="Fix the IVR menu")
    dialog = open_dialog(qtbot, acme, LAST)
    assert dialog.table.rowCount() == 1
    qtbot.keyClicks(dialog.narrative["summary"], "A steady month")
    qtbot.keyClicks(dialog.narrative["highlights"], "CSAT up")
    qtbot.keyClick(dialog.narrative["highlights"], Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.narrative["highlights"], "AHT down")
    qtbot.keyClicks(dialog.narrative["risks"], "Attrition")
    add(qtbot, dialog, "Train two new agents", "Ops", (LAST[1] + dt.timedelta(days=15)).isoformat())
    add(qtbot, dialog, "Weekly QA call")
    assert texts(dialog, prepare_report_dialog.TEXT) == [
        "Fix the IVR menu", "Train two new agents", "Weekly QA call"]
    assert dialog.changed()
    dialog.status_box(0).set_value("done")
    dialog.status_box(2).set_value("dropped")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert not dialog.changed()
    review = client_reports.review(acme["id"], *LAST)
    assert (review["summary"], review["highlights"], review["risks"]) == (
        "A steady month", "CSAT up\nAHT down", "Attrition")
    plan = {row["text"]: row for row in client_reports.action_plan(acme["id"], *LAST)}
    assert plan["Fix the IVR menu"]["id"] == earlier["id"]
    assert plan["Fix the IVR menu"]["status"] == "done"
    assert (plan["Train two new agents"]["owner"], plan["Train two new agents"]["due_date"]) \
        == ("Ops", LAST[1] + dt.timedelta(days=15))
    assert plan["Weekly QA call"]["status"] == "dropped"
    assert len(plan) == 3
    # saved rows are not stored twice by another save
    dialog.save()
    assert len(client_reports.action_plan(acme["id"], *LAST)) == 3


def test_carried_items_listed_first_and_marked_across_three_periods(qtbot, ui_db, make):
    acme = make.client("Acme")
    client_reports.add_action_item(acme["id"], *EARLIER, text="Raised two months back")
    client_reports.add_action_item(acme["id"], *PREVIOUS, text="Raised last month but one")
    client_reports.add_action_item(acme["id"], *LAST, text="Raised last month")
    dialog = open_dialog(qtbot, acme, LAST)
    assert texts(dialog, prepare_report_dialog.TEXT) == [
        "Raised two months back", "Raised last month but one", "Raised last month"]
    raised = texts(dialog, prepare_report_dialog.RAISED)
    assert raised[0].startswith("carried from") and raised[1].startswith("carried from")
    assert raised[2] == "this period"
    assert [dialog.status_box(n).currentText() for n in range(3)] == ["Open"] * 3
    # the period before does not show the later one's item
    dialog.period_box.setCurrentIndex(dialog.periods.index(PREVIOUS))
    assert texts(dialog, prepare_report_dialog.TEXT) == [
        "Raised two months back", "Raised last month but one"]


def test_enter_adds_the_typed_item_and_remove_takes_a_new_one_back(qtbot, ui_db, make):
    dialog = open_dialog(qtbot, make.client("Acme"), LAST)
    dialog.saved.connect(lambda: pytest.fail("saved on Enter"))
    dialog.new_text.setFocus()
    qtbot.keyClicks(dialog.new_text, "Send the QA calendar")
    qtbot.keyClick(dialog.new_text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_text, "Book the quarterly review")
    qtbot.keyClicks(dialog.new_owner, "Account manager")
    qtbot.keyClick(dialog.new_owner, Qt.Key.Key_Return)
    assert texts(dialog, prepare_report_dialog.TEXT) == ["Send the QA calendar",
                                                         "Book the quarterly review"]
    assert texts(dialog, prepare_report_dialog.RAISED) == ["new, not saved yet"] * 2
    assert dialog.new_text.text() == "" and dialog.isVisible()
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert texts(dialog, prepare_report_dialog.TEXT) == ["Book the quarterly review"]
    assert client_reports.action_plan(dialog.client_id, *LAST) == []


def test_a_saved_item_cannot_be_removed(qtbot, ui_db, make):
    acme = make.client("Acme")
    client_reports.add_action_item(acme["id"], *LAST, text="Stored already")
    dialog = open_dialog(qtbot, acme, LAST)
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()


def test_a_bad_new_item_is_a_message(qtbot, ui_db, make):
    dialog = open_dialog(qtbot, make.client("Acme"), LAST)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "required" in dialog.message.text()
    add(qtbot, dialog, "Call back", due="2026-13-45")
    assert dialog.message.text().startswith("Due:")
    assert dialog.table.rowCount() == 0 and not dialog.changed()


def test_unsaved_changes_are_asked_about(qtbot, ui_db, make, monkeypatch):
    acme = make.client("Acme")
    dialog = open_dialog(qtbot, acme, LAST)
    qtbot.keyClicks(dialog.narrative["summary"], "Draft")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    # another period with Cancel stays on this one, with the text
    dialog.period_box.setCurrentIndex(dialog.periods.index(PREVIOUS))
    assert dialog.period() == LAST and dialog.period_box.currentIndex() == 0
    assert dialog.narrative["summary"].value() == "Draft"
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.period_box.setCurrentIndex(dialog.periods.index(PREVIOUS))
    assert dialog.period() == PREVIOUS
    assert client_reports.review(acme["id"], *LAST)["summary"] == "Draft"
    qtbot.keyClicks(dialog.narrative["summary"], "Thrown away")
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert client_reports.review(acme["id"], *PREVIOUS)["summary"] == ""


def test_closing_without_changes_asks_nothing(qtbot, ui_db, make, monkeypatch):
    dialog = open_dialog(qtbot, make.client("Acme"), LAST)
    monkeypatch.setattr(prepare_report_dialog.QMessageBox, "question",
                        lambda *a, **k: pytest.fail("asked"))
    dialog.close()
    assert not dialog.isVisible()


def exported(qtbot, dialog, folder, monkeypatch, pdf=False) -> QMessageBox:
    monkeypatch.setattr(file_dialogs, "existing_folder",
                        lambda *a, **k: str(folder))
    dialog.pdf.setChecked(pdf)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog.findChild(QMessageBox, "written")


def test_save_and_export_registers_the_next_version(qtbot, ui_db, make, tmp_path,
                                                     monkeypatch, wait_for_tasks):
    acme = make.client("Acme")
    dialog = open_dialog(qtbot, acme, LAST)
    qtbot.keyClicks(dialog.narrative["summary"], "Exported summary")
    add(qtbot, dialog, "Carry on coaching")
    box = exported(qtbot, dialog, tmp_path, monkeypatch)
    wait_for_tasks()
    [version] = client_reports.versions(acme["id"])
    assert version["version"] == 1
    path = tmp_path / version["file_name"]
    assert dialog.last_written["path"] == path and dialog.last_written["pdf"] is None
    assert "Version 1 written" in box.text() and "Version 1 written" in dialog.message.text()
    workbook = openpyxl.load_workbook(path, read_only=True)
    text = " ".join(str(cell) for ws in workbook.worksheets
                    for row in ws.iter_rows(values_only=True) for cell in row if cell)
    workbook.close()
    assert "Exported summary" in text and "Carry on coaching" in text
    assert box.findChild(QPushButton, "open_pdf") is None
    opened = []
    monkeypatch.setattr(prepare_report_dialog.QDesktopServices, "openUrl", opened.append)
    box.findChild(QPushButton, "open_workbook").click()
    assert [url.toLocalFile() for url in opened] == [str(path)]


def test_export_with_the_pdf(qtbot, ui_db, make, tmp_path, monkeypatch, wait_for_tasks):
    acme = make.client("Acme")
    client_reports.register_version(acme["id"], *LAST, file_name="old.xlsx", sha256="0" * 64,
                                    figures={})
    dialog = open_dialog(qtbot, acme, LAST)
    box = exported(qtbot, dialog, tmp_path, monkeypatch, pdf=True)
    wait_for_tasks()
    pdf = dialog.last_written["pdf"]
    assert dialog.last_written["version"] == 2
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.with_suffix(".xlsx") == dialog.last_written["path"]
    opened = []
    monkeypatch.setattr(prepare_report_dialog.QDesktopServices, "openUrl", opened.append)
    box.findChild(QPushButton, "open_pdf").click()
    assert [url.toLocalFile() for url in opened] == [str(pdf)]


def test_an_export_that_fails_is_a_message(qtbot, ui_db, make, tmp_path, monkeypatch,
                                           wait_for_tasks):
    acme = make.client("Acme")
    dialog = open_dialog(qtbot, acme, LAST)
    dialog.export_to(str(tmp_path / "no such folder" / "deeper"))
    qtbot.waitUntil(lambda: dialog.work.task is None, timeout=30_000)
    wait_for_tasks()
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert client_reports.versions(acme["id"]) == []
    assert dialog.findChild(QMessageBox, "written") is None


def test_a_pdf_that_cannot_be_made_leaves_the_workbook_written(qtbot, ui_db, make, tmp_path,
                                                               monkeypatch, wait_for_tasks):
    from mentorapp.errors import UserError
    from mentorapp.excel import client_report

    def no_pdf(*args):
        raise UserError("Cannot save the PDF: the disk is full")

    monkeypatch.setattr(client_report, "write_pack_pdf", no_pdf)
    acme = make.client("Acme")
    dialog = open_dialog(qtbot, acme, LAST)
    box = exported(qtbot, dialog, tmp_path, monkeypatch, pdf=True)
    wait_for_tasks()
    assert "Version 1 written" in dialog.message.text()
    assert "The PDF could not be made: Cannot save the PDF: the disk is full" \
        in dialog.message.text()
    assert dialog.last_written["path"].is_file() and box.findChild(QPushButton, "open_pdf") is None
    assert [v["version"] for v in client_reports.versions(acme["id"])] == [1]
