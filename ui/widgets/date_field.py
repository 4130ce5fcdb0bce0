"""`DateField`: the one date editor of every form, required or optional.

A line edit, not a `QDateEdit`: a `QDateEdit` with a "not set" special value merges typed
digits into its placeholder and traps Tab (STYLE.md). Here the user types a date in ISO
(`2031-05-05`, `2031-5-5`) or the locale's short format (`05/05/2031` in en_GB), or picks
one from a calendar (the button, or Alt+Down / F4). Text that is not yet a whole date stays
in the field, is marked invalid when the field loses focus, and makes `value()` raise
`DateTextError`, so a form shows a field error instead of dropping it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

from ui.i18n import Context
from ui.resources import icon

tr_date_field = Context("tr_date_field")

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
SEPARATORS = re.compile(r"[\s./,-]+")
NUMERIC_TEXT = re.compile(r"[\d\s./,-]*")
MAX_TEXT = 30
DISPLAY = "%Y-%m-%d"


class DateTextError(ValueError):
    """The text in a date field is not a whole date."""


def _two_digit_year(year: int) -> int:
    """`31` is 2031 up to 20 years ahead, else 19xx (a hire date of `98` is 1998)."""
    century = 2000 if year <= dt.date.today().year - 2000 + 20 else 1900
    return century + year


def parse_date_text(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date `text` names (ISO or the locale's short format, leading zeros optional),
    or None when it is not a whole, real date."""
    text = text.strip()
    locale = locale or QLocale()
    match = ISO_DATE.fullmatch(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        order = _field_order(locale)
        parts = [p for p in SEPARATORS.split(text) if p]
        if order is None or len(parts) != 3 or not all(p.isdigit() for p in parts):
            found = locale.toDate(text, locale.dateFormat(QLocale.FormatType.ShortFormat))
            return found.toPython() if found.isValid() else None
        named = dict(zip(order, parts, strict=True))
        if len(named["y"]) not in (2, 4):
            return None
        year = int(named["y"]) if len(named["y"]) == 4 else _two_digit_year(int(named["y"]))
        month, day = int(named["M"]), int(named["d"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _field_order(locale: QLocale) -> str | None:
    """"dMy", "Mdy" or "yMd" for a numeric short format; None when it spells month names."""
    pieces = re.findall(r"d+|M+|y+", locale.dateFormat(QLocale.FormatType.ShortFormat))
    if any(p.startswith("M") and len(p) > 2 for p in pieces) or len(pieces) != 3:
        return None
    order = "".join(p[0] for p in pieces)
    return order if sorted(order) == sorted("Mdy") else None


class DateValidator(QValidator):
    """Refuses keys that cannot be part of a date; a half-typed date is Intermediate."""

    def validate(self, text: str, pos: int):
        numeric = _field_order(QLocale()) is not None
        if len(text) > MAX_TEXT or (numeric and not NUMERIC_TEXT.fullmatch(text)):
            return QValidator.State.Invalid
        if not text.strip() or parse_date_text(text) is not None:
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate


class DateField(QLineEdit):
    """A date typed or picked; `value()` is a `datetime.date` or None (empty).

    A required field starts at `default` or today; an optional one starts empty, shows a
    placeholder and has a clear button.

    Signals: `date_changed(object)` with the new date (or None) when the value changes.
    """

    date_changed = Signal(object)

    def __init__(self, optional: bool = False, default: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.calendar: QCalendarWidget | None = None
        self._last: dt.date | None = None
        self.setValidator(DateValidator(self))
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.setPlaceholderText(
            tr_date_field.tr("Not set (YYYY-MM-DD)") if optional
            else tr_date_field.tr("YYYY-MM-DD"))
        self.setToolTip(tr_date_field.tr(
            "Type a date as YYYY-MM-DD or {short}, or pick one from the calendar "
            "(Alt+Down)").format(short=short.upper()))
        self.calendar_action = self.addAction(icon("calendar"),
                                              QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(
            tr_date_field.tr("Pick from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setClearButtonEnabled(optional)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._tidy)
        self.set_value(default if default or optional else dt.date.today())

    # -- value -----------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        day = parse_date_text(text)
        if day is None:
            raise DateTextError(tr_date_field.tr(
                "{text} is not a whole date: type it as YYYY-MM-DD").format(text=repr(text)))
        return day

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.strftime(DISPLAY) if value else "")
        self._mark(False)

    def is_valid(self) -> bool:
        """Empty or a whole date."""
        return not self.text().strip() or parse_date_text(self.text()) is not None

    def _text_changed(self, _text: str) -> None:
        if self.is_valid():
            self._mark(False)
            day = self.value()
            if day != self._last:
                self._last = day
                self.date_changed.emit(day)

    def _tidy(self) -> None:
        """A finished date is shown the one way (`2031-5-5` becomes `2031-05-05`)."""
        if self.is_valid() and self.text().strip():
            self.set_value(self.value())

    def _mark(self, invalid: bool) -> None:
        if bool(self.property("invalid")) == invalid:
            return
        self.setProperty("invalid", invalid)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.is_valid():
            self._mark(True)

    def keyPressEvent(self, event) -> None:
        if (event.key() == Qt.Key.Key_F4 or event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            if not self.isReadOnly():
                self.open_calendar()
            return
        super().keyPressEvent(event)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt's name)
        """A read-only date offers no calendar: its icon hidden, F4 and Alt+Down do nothing
        (QLineEdit's read-only stops typing only)."""
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    # -- calendar --------------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """A calendar pop-up under the field, on the field's date or today."""
        calendar = QCalendarWidget(self, windowFlags=Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        try:
            day = self.value()
        except DateTextError:
            day = None
        calendar.setSelectedDate(QDate(day or dt.date.today()))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.destroyed.connect(lambda: setattr(self, "calendar", None))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())
        if self.calendar is not None:
            self.calendar.close()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- size ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        """Room for a whole date and the buttons, also in a narrow table cell."""
        metrics = self.fontMetrics()
        buttons = 2 if self.optional else 1
        width = metrics.horizontalAdvance("8888-88-88") + buttons * (metrics.height() + 12) + 16
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
