"""The staff list driven as a user would: search, filter, sort, lazy pages, archive, open."""

from __future__ import annotations

import openpyxl
import pytest
from builders import (
    a_client,
    a_staff,
    column_texts,
    double_click_row,
    offscreen_warnings,
    select_rows,
    show_page,
)
from PySide6.QtCore import QPoint, Qt

from mentorapp.services import staff
from ui.pages.staff_page import StaffPage

pytestmark = offscreen_warnings


@pytest.fixture
def page(qtbot, ui_db):
    return lambda: show_page(qtbot, StaffPage())


def test_lists_staff_with_their_client_and_counts_them(qtbot, page):
    acme = a_client("Acme")
    a_staff("Ana", "Cruz", client=acme)
    a_staff("Ben", "Diaz")
    shown = page()
    assert column_texts(shown, "Name") == ["Cruz, Ana", "Diaz, Ben"]
    assert column_texts(shown, "Client") == ["Acme", ""]
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 staff")


def test_search_filters_as_you_type_in_the_database(qtbot, page):
    a_staff("Ana", "Cruz")
    a_staff("Ben", "Diaz")
    a_staff("Carla", "Diaz")
    shown = page()
    qtbot.keyClicks(shown.search, "diaz")
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Diaz, Ben", "Diaz, Carla"])
    shown.search.clear()
    qtbot.waitUntil(lambda: len(column_texts(shown, "Name")) == 3)


def test_filters_by_client_team_and_status(qtbot, page):
    acme = a_client("Acme")
    a_staff("Ana", "Cruz", client=acme, team="Voice")
    a_staff("Ben", "Diaz", team="Chat", status="on_leave")
    shown = page()
    client_box = shown.filters["client"]
    client_box.setCurrentIndex(client_box.findText("Acme"))
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Cruz, Ana"])
    client_box.setCurrentIndex(0)
    team_box = shown.filters["team"]
    team_box.setCurrentIndex(team_box.findText("Chat"))
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Diaz, Ben"])
    team_box.setCurrentIndex(0)
    status_box = shown.filters["status"]
    status_box.setCurrentIndex(status_box.findText("Active"))
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Cruz, Ana"])


def test_clicking_a_header_sorts_in_the_database(qtbot, page):
    a_staff("Ana", "Cruz", team="Chat")
    a_staff("Ben", "Diaz", team="Voice")
    a_staff("Carla", "Avila", team="Back office")
    shown = page()
    header = shown.view.horizontalHeader()
    column = shown.model.headers().index("Team")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, 5))
    qtbot.waitUntil(lambda: column_texts(shown, "Team") == ["Back office", "Chat", "Voice"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, 5))
    qtbot.waitUntil(lambda: column_texts(shown, "Team") == ["Voice", "Chat", "Back office"])
    assert shown.model.query["sort"] == "team"


def test_a_column_the_database_cannot_sort_keeps_the_current_order(qtbot, page):
    a_staff("Ana", "Cruz")
    a_staff("Ben", "Avila")
    shown = page()
    header = shown.view.horizontalHeader()
    mentor = shown.model.headers().index("Mentor")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(mentor) + 10, 5))
    assert header.sortIndicatorSection() == shown.model.headers().index("Name")
    assert column_texts(shown, "Name") == ["Avila, Ben", "Cruz, Ana"]


def test_delete_key_archives_the_selection(qtbot, page, monkeypatch):
    person = a_staff("Ana", "Cruz")
    shown = page()
    monkeypatch.setattr(shown, "confirm", lambda question: True)
    select_rows(shown, [0])
    shown.view.setFocus()
    qtbot.keyClick(shown.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: staff.get(person["id"])["archived"])


def test_the_view_asks_for_more_pages_until_it_is_full(qtbot, page):
    for number in range(5):
        a_staff(f"P{number}", "Same")
    shown = page()
    shown.model.page_size = 2
    shown.refresh()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 5)
    assert not shown.model.canFetchMore()
    assert len({r["id"] for r in shown.model.records()}) == 5


def test_archive_selected_staff_then_restore(qtbot, page, monkeypatch):
    a_staff("Ana", "Cruz")
    kept = a_staff("Ben", "Diaz")
    a_staff("Carla", "Ezra")
    shown = page()
    monkeypatch.setattr(shown, "confirm", lambda question: True)
    select_rows(shown, [0, 2])
    assert shown.archive_button.text() == "Archive"
    qtbot.mouseClick(shown.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Diaz, Ben"])
    assert [r["id"] for r in staff.list()] == [kept["id"]]
    shown.show_archived.click()
    qtbot.waitUntil(lambda: len(column_texts(shown, "Name")) == 3)
    select_rows(shown, [0])
    assert shown.archive_button.text() == "Restore"
    qtbot.mouseClick(shown.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: staff.count() == 2)


def test_double_click_opens_the_staff_profile(qtbot, page):
    person = a_staff("Ana", "Cruz")
    shown = page()
    with qtbot.waitSignal(shown.staff_opened) as opened:
        double_click_row(qtbot, shown.view, 0, 1)
    assert opened.args == [person["id"]]


def test_context_menu_offers_profile_edit_archive_and_export(qtbot, page):
    a_staff("Ana", "Cruz")
    shown = page()
    select_rows(shown, [0])
    menu = shown.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Open staff profile"
    assert {"Edit…", "Archive", "Add feedback…", "Export this view to Excel…"} <= set(texts)


def test_export_this_view_writes_every_matching_row(qtbot, page, tmp_path, monkeypatch):
    for number in range(3):
        a_staff(f"Diaz{number}", "Diaz")
    a_staff("Ana", "Cruz")
    shown = page()
    shown.model.page_size = 2
    qtbot.keyClicks(shown.search, "diaz")
    qtbot.waitUntil(lambda: shown.model.query.get("search") == "diaz"
                    and not shown.model.loading)
    out = tmp_path / "staff.xlsx"
    monkeypatch.setattr(shown, "choose_export_file", lambda: str(out))
    with qtbot.waitSignal(shown.status_message, check_params_cb=lambda text:
                          text == f"Exported to {out}"):
        shown.export_view()
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    names = [row[header.index("Name")] for row in rows[1:] if any(row)]
    assert sorted(names) == ["Diaz, Diaz0", "Diaz, Diaz1", "Diaz, Diaz2"]
