"""The Career plan tab's Readiness box: the next role's percentage and gaps with their closers,
another role chosen, and a person whose role is on no ladder."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_client, a_competency, a_feedback, a_program, a_staff, offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import readiness
from ui.pages.profile.career_tab import CareerTab

pytestmark = offscreen_warnings


@pytest.fixture
def ladder(ui_db):
    """Agent -> Senior agent, which asks Communication 4 and the Escalations course."""
    talk = a_competency("Communication")
    course = a_program("Escalations")
    senior = readiness.create_role(name="Senior agent", level=2)
    readiness.set_requirements(senior["id"], [
        {"kind": "competency", "competency": talk["id"], "minimum": 4},
        {"kind": "training", "program": course["id"]}])
    readiness.create_role(name="Agent", level=1, next_role=senior["id"])
    return {"talk": talk, "course": course}


def career_tab(qtbot, staff_id: int) -> CareerTab:
    tab = CareerTab(staff_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.ensure_loaded()
    return tab


def test_readiness_for_the_next_role_with_what_closes_each_gap(qtbot, ladder):
    person = a_staff("Ana", "Cruz", client=a_client("Acme"))  # placed as "Agent"
    a_feedback(person, rating=5, ratings={ladder["talk"]["id"]: 5},
               date=dt.date.today() - dt.timedelta(days=3))
    tab = career_tab(qtbot, person["id"])
    assert tab.role_choice.currentText() == "Next role"
    assert tab.readiness_bar.isVisible() and tab.readiness_bar.value() == 50
    # the percentage beside the bar, not drawn on it (half under the fill "33%" read "83%")
    assert not tab.readiness_bar.isTextVisible() and tab.readiness_percent.text() == "50% ready"
    assert "Senior agent" in tab.readiness_summary.text()
    assert "1 of 2 requirements met" in tab.readiness_summary.text()
    assert "not yet" in tab.readiness_summary.text()
    # the gap first with what closes it, then the requirement met (it was left out)
    assert tab.gaps.column_texts("Requirement") == ["Escalations", "Communication"]
    assert tab.gaps.column_texts("Standing") == ["Gap", "Met"]
    assert tab.gaps.column_texts("What closes it") == ["Training: complete Escalations", ""]
    now = [column.header for column in tab.gaps.model_.columns].index("Now")
    tip = tab.gaps.model().headerData(now, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("A competency's figure weighs recent ratings more")  # (not 12 months')

    index = tab.role_choice.findText("Agent")
    tab.role_choice.setCurrentIndex(index)
    tab.role_choice.activated.emit(index)
    assert tab.readiness_bar.value() == 100 and tab.gaps.column_texts("Requirement") == []
    assert not tab.gaps.isVisible()  # a role that asks nothing: no empty table
    assert "ready now" in tab.readiness_summary.text()


def test_a_role_on_no_ladder_asks_for_a_choice(qtbot, ladder):
    person = a_staff("Ben", "Lim", client=a_client("Acme"), job_title="Night queue")
    readiness.update_role(readiness.find_role("Agent")["id"], name="Agent level 1")
    tab = career_tab(qtbot, person["id"])
    assert not tab.readiness_bar.isVisible()
    assert "'Agent' is not on a ladder: choose a role" in tab.readiness_summary.text()
    assert [tab.role_choice.itemText(i) for i in range(tab.role_choice.count())] == \
        ["Next role", "Agent level 1", "Senior agent"]
    tab.role_choice.setCurrentIndex(2)
    tab.role_choice.activated.emit(2)
    assert tab.readiness_bar.isVisible() and tab.readiness_bar.value() == 0
    assert tab.gaps.column_texts("What closes it")[0] == "Mentor: none with a free place"
