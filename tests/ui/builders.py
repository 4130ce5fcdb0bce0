"""Helpers for GUI tests: showing a page, reading and clicking its table, filling a dialog.

Records come from the `make` fixture (tests/records.py). The `a_*` functions below are the
older names for the same builders, kept while tests written with them are moved over; they
keep their old defaults (first name "Ana", placed on a client as "Agent" from today,
feedback dated today)."""

from __future__ import annotations

import datetime as dt

import pytest
from records import Make

_make = Make()


def a_client(name: str | None = None, **values) -> dict:
    return _make.client(name, **values)


def a_staff(first: str = "Ana", last: str | None = None, client: dict | None = None,
            **values) -> dict:
    return _make.staff(first, last or f"Person{_make.n()}", client, role="Agent",
                       since=dt.date.today(), **values)


def a_mentor(person: dict | None = None, capacity: int = 3) -> dict:
    return _make.mentor(person or a_staff("Mentor"), capacity=capacity)


def a_mentorship(mentor: dict, mentee: dict, status: str = "active") -> dict:
    return _make.mentorship(mentor, mentee, status=status, start_date=None)


def a_competency(name: str) -> dict:
    return _make.competency(name)


def a_program(name: str | None = None, **values) -> dict:
    return _make.program(name, **values)


def a_feedback(person: dict, **values) -> dict:
    return _make.feedback(person, **{"date": dt.date.today(), **values})


def wait_loaded(qtbot, page, timeout: int = 5000) -> None:
    """Wait until a list has its filter entries and (paged) the first page of its query."""
    qtbot.waitUntil(lambda: not page.options_loading
                    and not getattr(page.model, "loading", False), timeout=timeout)


def show_page(qtbot, widget, *lists, width: int = 1100):
    """Show a page as the main window would and wait until its lists (default: the page
    itself) have loaded."""
    qtbot.addWidget(widget)
    widget.resize(width, 600)
    widget.show()
    for loading in lists or (widget,):
        wait_loaded(qtbot, loading)
    return widget


def column_texts(page, header: str) -> list[str]:
    """What the page's table shows in one column, top to bottom."""
    model = page.view.model()
    column = page.model.headers().index(header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_rows(page, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.view.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def double_click_row(qtbot, view, row: int, column: int = 0) -> None:
    from PySide6.QtCore import Qt

    point = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_save(qtbot, dialog) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def type_into(qtbot, dialog, **texts) -> None:
    """Type text into fields by key, replacing what is there."""
    for key, text in texts.items():
        widget = dialog.fields[key]
        widget.clear()
        qtbot.keyClicks(widget, text)


# The offscreen platform cannot size, raise or grab top-level windows and popups, and says so.
offscreen_warnings = pytest.mark.qt_log_ignore("This plugin does not support")
