"""Names the window sorts in memory or lists in combo boxes follow its language (issue 18):
in Spanish Ñ after N, as the database lists; in English the stored sort_key's order."""

from __future__ import annotations

import random

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ui.dialogs.cohort_dialog import MENTOR_COLUMN, CohortDialog
from ui.pages.dashboard_page import DashboardPage

pytestmark = offscreen_warnings

SPANISH = ["Álvaro", "Nunez", "Nuñez", "Nuzman", "Ñandú Seguros", "Oscar"]
ENGLISH = ["Álvaro", "Ñandú Seguros", "Nunez", "Nuñez", "Nuzman", "Oscar"]


@pytest.fixture(params=["es", "en"])
def language(request, in_language):
    in_language(request.param)
    return request.param


def shuffled(names: list[str]) -> list[str]:
    names = list(names)
    random.Random(18).shuffle(names)
    return names


@pytest.fixture
def proposed(qtbot, ui_db, make, language):
    """The cohort dialog's proposal for six new hires and six mentors of one place each."""
    client = make.client("ShopNest")
    intake = [make.staff(f"New{n}", "Hire", client) for n in range(len(SPANISH))]
    for name in shuffled(SPANISH):
        make.mentor(external_name=name, capacity=1)
    dialog = CohortDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for person in intake:
        qtbot.keyClicks(dialog.pasted, person["employee_id"])
        qtbot.keyClick(dialog.pasted, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def expected(language: str) -> list[str]:
    return SPANISH if language == "es" else ENGLISH


def test_cohort_places_list_mentors_in_the_window_language(proposed, language):
    mentors = proposed.places.model_.headers()[0]
    assert proposed.places.column_texts(mentors) == expected(language)


def test_cohort_mentor_list_in_the_window_language(qtbot, proposed, language):
    index = proposed.model.index(0, MENTOR_COLUMN)
    proposed.table.setCurrentIndex(index)
    qtbot.keyClick(proposed.table, Qt.Key.Key_F2)
    editor = proposed.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    names = [editor.itemText(row).split(" (")[0] for row in range(1, editor.count())]
    assert names == expected(language)


def test_dashboard_client_filter_in_the_window_language(qtbot, ui_db, make, language):
    for name in shuffled(SPANISH):
        make.client(name)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    box = page.filters["client"]
    qtbot.waitUntil(lambda: box.count() == len(SPANISH) + 1, timeout=10_000)
    assert [box.itemText(row) for row in range(1, box.count())] == expected(language)
