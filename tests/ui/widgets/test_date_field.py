"""The one date field of every form, driven by keyboard and mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.date_field import DateField, DateTextError, parse_date_text

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def locale():
    """Switch the default locale for one test."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def form(qtbot):
    """A window with a line edit, an optional date field and another line edit, focused on
    the date field."""
    window = QWidget()
    before, field, after = QLineEdit(), DateField(optional=True), QLineEdit()
    column = QVBoxLayout(window)
    for widget in (before, field, after):
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    yield before, field, after
    window.close()


def button_of(field: DateField, action) -> QToolButton:
    (button,) = [b for b in field.findChildren(QToolButton) if b.defaultAction() is action]
    return button


def test_typing_an_iso_date_into_an_empty_optional_field(qtbot, form):
    _, field, _ = form
    qtbot.keyClicks(field, "2031-05-05")
    assert field.text() == "2031-05-05"
    assert field.value() == dt.date(2031, 5, 5)


def test_leading_zeros_are_optional_and_the_date_is_tidied_on_leaving(qtbot, form):
    _, field, after = form
    qtbot.keyClicks(field, "2031-5-5")
    assert field.value() == dt.date(2031, 5, 5)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.text() == "2031-05-05"


@pytest.mark.parametrize("name, typed", [("en_GB", "05/05/2031"), ("en_GB", "5/5/2031"),
                                         ("en_US", "5/5/31"), ("de_DE", "5.5.2031")])
def test_the_locale_short_format_is_understood(qtbot, locale, name, typed):
    locale(name)
    field = DateField(optional=True)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    assert field.value() == dt.date(2031, 5, 5)


def test_a_half_typed_date_is_kept_marked_and_refused(qtbot, form):
    _, field, after = form
    qtbot.keyClicks(field, "2031-05")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # Tab leaves even a half-typed date
    assert after.hasFocus()
    assert field.text() == "2031-05"
    assert field.property("invalid") is True
    with pytest.raises(DateTextError, match="not a whole date"):
        field.value()
    field.setFocus()
    qtbot.keyClicks(field, "-31")
    assert field.property("invalid") is False
    assert field.value() == dt.date(2031, 5, 31)


def test_impossible_dates_and_letters(qtbot, form):
    _, field, _ = form
    qtbot.keyClicks(field, "abc")
    assert field.text() == ""  # keys that cannot be part of a date are refused
    assert parse_date_text("2031-02-30") is None
    assert parse_date_text("2031-5-5-") is None
    assert parse_date_text("5/2031") is None


def test_an_empty_optional_date_shows_a_placeholder_and_clears(qtbot, form):
    _, field, _ = form
    assert field.text() == "" and field.value() is None
    assert "Not set" in field.placeholderText()
    qtbot.keyClicks(field, "2031-05-05")
    clear = [b for b in field.findChildren(QToolButton) if b.defaultAction() is not
             field.calendar_action]
    qtbot.mouseClick(clear[0], Qt.MouseButton.LeftButton)
    assert field.text() == "" and field.value() is None


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_ctrl_a_then_delete_or_backspace_empties_the_field(qtbot, form, key):
    _, field, _ = form
    field.set_value(dt.date(2031, 5, 5))
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "2031-05-05"
    qtbot.keyClick(field, key)
    assert field.value() is None


def test_shift_tab_moves_back(qtbot, form):
    before, field, _ = form
    qtbot.keyClicks(field, "2031")
    qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()


def test_the_calendar_opens_on_today_by_a_click_and_picks_by_keyboard(qtbot, form):
    _, field, _ = form
    qtbot.mouseClick(button_of(field, field.calendar_action), Qt.MouseButton.LeftButton)
    calendar = field.calendar
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()
    assert calendar.selectedDate().toPython() == TODAY
    days = calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == TODAY + dt.timedelta(days=1)
    assert not calendar.isVisible()


def test_the_calendar_opens_on_the_fields_date_with_alt_down(qtbot, form):
    _, field, _ = form
    field.set_value(dt.date(2031, 5, 5))
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.selectedDate().toPython() == dt.date(2031, 5, 5)


def test_a_required_field_starts_today_and_has_no_clear_button(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.value() == TODAY
    assert not field.isClearButtonEnabled()


def test_date_changed_is_sent_once_per_new_value(qtbot, form):
    _, field, _ = form
    seen = []
    field.date_changed.connect(seen.append)
    qtbot.keyClicks(field, "2031-05-05")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    # "2031-05-0" is no date, "2031-05-05" is: one change to it, one back to empty
    assert seen == [dt.date(2031, 5, 5), None]


def test_the_field_is_wide_enough_for_a_date(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.set_value(dt.date(2031, 12, 28))
    assert field.minimumSizeHint().width() > field.fontMetrics().horizontalAdvance(
        field.text()) + 2 * field.fontMetrics().height()


def test_a_read_only_date_offers_no_calendar(qtbot):
    """Read-only stops typing, and the calendar too: its icon is hidden and F4 or Alt+Down
    open nothing (a calibration's fixed interaction date could be changed that way)."""
    field = DateField(default=dt.date(2026, 3, 1))
    qtbot.addWidget(field)
    field.show()
    field.setReadOnly(True)
    assert not field.calendar_action.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert getattr(field, "calendar", None) is None
    assert field.value() == dt.date(2026, 3, 1)
    field.setReadOnly(False)
    assert field.calendar_action.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert field.calendar is not None and field.calendar.isVisible()
    field.calendar.close()
