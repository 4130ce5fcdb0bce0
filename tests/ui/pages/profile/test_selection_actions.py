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


def test_mark_action_done_needs_an_open_action_item_selected(qtbot, ui_db):
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
    assert not tab.mark_done.isEnabled()  # already done
    click_row(qtbot, tab.actions, texts.index("Shadow a senior"))
    assert tab.mark_done.isEnabled()
    qtbot.mouseClick(tab.mark_done, Qt.MouseButton.LeftButton)
    assert all(row["done_date"] for row in mentoring.actions.list(mentorship=ship["id"]))
    assert not tab.mark_done.isEnabled()  # reloaded: nothing selected
