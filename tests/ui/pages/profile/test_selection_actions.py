"""Profile buttons that act on a selected row are disabled until one is selected."""

from __future__ import annotations

import datetime as dt

from builders import a_mentor, a_mentorship, a_staff, offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import mentoring
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings


def click_row(qtbot, table, row: int) -> None:
    point = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_mark_action_done_needs_an_action_item_selected_and_reopens_a_done_one(qtbot, ui_db):
    """An open item is marked done, a done one opened again (a click by mistake is undone by
    the next); the item stays selected after the reload."""
    person = a_staff("Ana", "Cruz")
    ship = a_mentorship(a_mentor(), person)
    done = mentoring.actions.create(mentorship=ship["id"], text="Read the guide",
                                    due_date=dt.date(2026, 1, 5))
    mentoring.complete_action(done["id"])
    mentoring.actions.create(mentorship=ship["id"], text="Shadow a senior",
                             due_date=dt.date(2026, 2, 5))
    page = StaffProfilePage(person["id"])
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    tab = page.tab("Mentoring")
    page.tabs.setCurrentWidget(tab)
    assert not tab.mark_done.isEnabled()
    texts = tab.actions.column_texts("Action item")
    click_row(qtbot, tab.actions, texts.index("Read the guide"))
    assert (tab.mark_done.isEnabled(), tab.mark_done.text()) == (True, "Reopen action")
    click_row(qtbot, tab.actions, texts.index("Shadow a senior"))
    assert (tab.mark_done.isEnabled(), tab.mark_done.text()) == (True, "Mark action done")
    qtbot.mouseClick(tab.mark_done, Qt.MouseButton.LeftButton)
    assert all(row["done_date"] for row in mentoring.actions.list(mentorship=ship["id"]))
    assert tab.actions.current_record()["text"] == "Shadow a senior"  # still selected
    assert tab.mark_done.text() == "Reopen action"
    qtbot.mouseClick(tab.mark_done, Qt.MouseButton.LeftButton)  # the click was a mistake
    shadow = [row for row in mentoring.actions.list(mentorship=ship["id"])
              if row["text"] == "Shadow a senior"]
    assert shadow[0]["done_date"] is None
    assert tab.actions.current_record()["done_date"] is None
    assert tab.mark_done.text() == "Mark action done"
