"""Profile tabs in a short window: every table keeps its first rows in view (the tab scrolls
instead). At 1280x800 the Career plan's readiness gaps shrank to their titles and a scroll bar,
and the Mentoring tab's "What worked" table to a scroll bar."""

from __future__ import annotations

import pytest
from builders import a_client, a_mentor, a_mentorship, a_program, a_staff, offscreen_warnings
from fit_checks import profile_at
from PySide6.QtWidgets import QScrollArea

from mentorapp.services import readiness

pytestmark = offscreen_warnings


def rows_shown(table) -> float:
    """How many rows of the font's height fit under the titles."""
    room = (table.viewport().height() if table.isVisible() else 0)
    return room / table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700), (1024, 560)])
def test_each_table_shows_its_first_rows(qtbot, ui_db, tmp_path, wait_for_tasks, size):
    senior = readiness.create_role(name="Senior agent", level=2)
    readiness.set_requirements(senior["id"], [
        {"kind": "training", "program": a_program("Escalations")["id"]}])
    readiness.create_role(name="Agent", level=1, next_role=senior["id"])
    ana = a_staff("Ana", "Cruz", client=a_client("Acme"))  # placed as "Agent": one gap
    a_mentorship(a_mentor(a_staff("Lena", "Mentor")), ana)
    profile = profile_at(qtbot, str(tmp_path / "test.db"), wait_for_tasks, ana["id"], *size)
    wanted = {"Career plan": lambda tab: [(tab.gaps, 3), (tab.check_ins, 2),
                                          (tab.assessments, 2)],
              "Mentoring": lambda tab: [(tab.mentorships, 2), (tab.sessions, 2),
                                        (tab.actions, 2), (tab.what_worked.table, 3)],
              "Development": lambda tab: [(tab.what_worked.table, 3)],
              "Overview": lambda tab: [(tab.recent, 5), (tab.competencies, 4),
                                       (tab.actions, 3)]}
    for title, tables in wanted.items():
        tab = profile.tab(title)
        profile.tabs.setCurrentWidget(tab)
        wait_for_tasks()
        qtbot.wait(10)
        for table, rows in tables(tab):
            assert rows_shown(table) >= rows, (title, size, table.objectName())
        if title != "Development":  # its split keeps its own parts
            assert tab.findChild(QScrollArea) is not None, title
