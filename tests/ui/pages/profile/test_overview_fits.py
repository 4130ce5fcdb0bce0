"""The profile overview's tables in Spanish and Portuguese at 1024x700 (and 1008 wide, a
maximised window on a 1024-pixel screen under a window manager), and in English: every column
title whole and inside its table, with or without rows, no table scrolled sideways; the
feedback comment, action and competency texts take what is left."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_competency, a_feedback, a_mentor, a_mentorship, a_staff, offscreen_warnings
from fit_checks import cut_titles, profile_at

from mentorapp.services import mentoring

pytestmark = offscreen_warnings


def titles_outside(table) -> list[str]:
    """Column titles that start or end past the table's right edge (a sideways scroll away)."""
    header = table.horizontalHeader()
    return [table.model().headerData(c, header.orientation()) for c in range(header.count())
            if header.sectionViewportPosition(c) + header.sectionSize(c)
            > table.viewport().width()]


@pytest.fixture(params=["empty", "with rows"])
def person(request, ui_db):
    ana = a_staff("Ana", "Cruz")
    if request.param == "with rows":
        pair = a_mentorship(a_mentor(a_staff("Lena", "Mentor")), ana)
        mentoring.log_session(pair["id"], date=dt.date.today(), action_items=[
            {"text": "Book a QA call with the team lead about refunds", "owner": "mentee",
             "due_date": dt.date.today()}])
        a_competency("Empathy")
        a_feedback(ana, rating=4, comment="Handled a long refund escalation calmly and "
                   "followed up with the customer the next morning, as agreed.")
    return ana


@pytest.mark.parametrize("language", ["es", "pt_BR", "en"])
@pytest.mark.parametrize("width", [1024, 1008])
def test_overview_column_titles_whole_and_inside_their_tables(
        qtbot, in_language, tmp_path, wait_for_tasks, person, language, width):
    in_language(language)
    profile = profile_at(qtbot, str(tmp_path / "test.db"), wait_for_tasks, person["id"], width)
    qtbot.wait(20)
    overview = profile.tabs.currentWidget()
    for table in (overview.recent, overview.competencies, overview.actions):
        assert cut_titles(table) == []
    for table in (overview.recent, overview.competencies, overview.actions):
        assert titles_outside(table) == []
        assert not table.horizontalScrollBar().isVisible()
