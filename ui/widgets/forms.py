"""Form building blocks: field widgets with one `value()` / `set_value()` API, a record picker
with a type-ahead completer, and `FormDialog`, which shows a service's `ValidationError` next
to the field it names and stays open with what the user typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError, ValidationError
from mentorapp.models import label

INVALID_STYLE = ('*[invalid="true"] { border: 1px solid #c62828; }'
                 ' QLabel[role="error"] { color: #c62828; }')
NO_DATE = QDate(1900, 1, 1)
SEARCH_DELAY_MS = 150
Lookup = Callable[[str], list[tuple[int, str]]]


class TextLine(QLineEdit):
    def value(self) -> str:
        return self.text()

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))


class NumberLine(TextLine):
    """A number typed as text, so the service's message explains a wrong one."""

    def value(self):
        text = self.text().strip()
        return text or None

    def set_value(self, value) -> None:
        self.setText("" if value is None else f"{value:g}" if isinstance(value, float)
                     else str(value))


class TextBox(QPlainTextEdit):
    def __init__(self, lines: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value) -> None:
        self.setPlainText(value or "")


class DatePicker(QDateEdit):
    """A date with a calendar; an optional one shows "Not set" until a date is picked."""

    def __init__(self, optional: bool = False, default: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("Not set")
        self.set_value(default if default or optional else dt.date.today())

    def value(self) -> dt.date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value else NO_DATE if self.optional
                     else QDate.currentDate())


class ChoiceBox(QComboBox):
    """Choice codes shown as their words; `blank` adds an empty first entry."""

    def __init__(self, choices, blank: str | None = None, parent=None):
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank)  # no item data: currentData() is None
        for code in choices:
            self.addItem(label(code), code)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = -1 if value is None else self.findData(value)
        self.setCurrentIndex(max(index, 0))


class Check(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value) -> None:
        self.setChecked(bool(value))


class PickError(Exception):
    """The text in a record picker names no record, or several."""


class RecordPicker(QLineEdit):
    """Type part of a name; a completer offers matching records from `lookup(text)`
    (a service search, so it works on 50,000 staff). `value()` is the chosen record's id.

    Signals: `picked(int)` when the text settles on one record.
    """

    picked = Signal(int)

    def __init__(self, lookup: Lookup, describe: Callable[[int], str], what: str, parent=None):
        super().__init__(parent)
        self.lookup = lookup
        self.describe = describe
        self.what = what
        self._ids: dict[str, int] = {}
        self.setPlaceholderText(f"Type to search {what}s")
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(lambda _text: self._timer.start())

    def _offer(self, matches: list[tuple[int, str]]) -> None:
        self._ids.update({name: record_id for record_id, name in matches})
        self._names.setStringList([name for _, name in matches])

    def _search(self) -> None:
        text = self.text().strip()
        if not text:
            return
        self._offer(self.lookup(text))
        if self.hasFocus() and self._names.rowCount():
            self.completer().complete()

    def _chosen(self, name: str) -> None:
        self.setText(name)
        if name in self._ids:
            self.picked.emit(self._ids[name])

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        matches = self.lookup(text)
        exact = [m for m in matches if m[1].casefold() == text.casefold()]
        if len(exact) == 1 or len(matches) == 1:
            record_id, name = (exact or matches)[0]
            self._offer([(record_id, name)])
            return record_id
        if not matches:
            raise PickError(f"no {self.what} matches {text!r}")
        raise PickError(f"{text!r} matches {len(matches)} {self.what}s; pick one from the list")

    def set_value(self, value: int | None, name: str | None = None) -> None:
        if value is None:
            self.clear()
            return
        name = name or self.describe(value)
        self._offer([(value, name)])
        self.setText(name)


def field_message(exc: ValidationError) -> str:
    """The message under a field: "Employee ID is required", "'x' is not a valid email"."""
    detail = getattr(exc, "detail", None) or str(exc)
    if detail.startswith(("is ", "are ", "must ", "overlaps ", "belongs ")):
        name = str(exc)[:-len(detail)].rstrip(": ").split(", ")[-1]
        detail = f"{name} {detail}" if name else detail
    return detail[:1].upper() + detail[1:]


class FormDialog(QDialog):
    """A dialog of labelled fields. `save(values)` calls the service; a `ValidationError`
    marks its field, shows the message under it, and keeps the dialog open.

    Signals: `saved(dict)` with the service's answer once it is stored.
    """

    saved = Signal(dict)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(460)
        self.result_record: dict | None = None
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.message = QLabel(wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        layout.addWidget(self.message)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        layout.addLayout(self.columns)
        self.form = self.add_column()
        self.body = layout
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_column(self) -> QFormLayout:
        """Another column of labelled fields, to the right of the others."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(8)  # not the 24 between columns, which a nested layout would inherit
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.columns.addLayout(column, 1)
        return form

    def open_over(self, parent: QWidget, on_saved: Callable[[dict], None]) -> FormDialog:
        """Show window-modal over `parent` (deleted once closed); `on_saved(record)` after a
        successful save."""
        self.setParent(parent, self.windowFlags())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved.connect(on_saved)
        self.open()
        return self

    def finish_layout(self) -> None:
        """Put the buttons last (call after adding every field and extra widget)."""
        self.body.addWidget(self.buttons)

    def add_field(self, key: str, text: str, widget: QWidget, layout: QFormLayout | None = None
                  ) -> QWidget:
        """A labelled field whose error message appears just under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(wordWrap=True)
        error.setProperty("role", "error")
        error.hide()
        column.addWidget(error)
        (layout or self.form).addRow(text, box)
        widget.setObjectName(key)
        self.fields[key] = widget
        self._errors[key] = error
        return widget

    def values(self) -> dict:
        values = {}
        for key, widget in self.fields.items():
            try:
                values[key] = widget.value()
            except PickError as exc:
                raise ValidationError(key, str(exc)) from None
        return values

    def set_values(self, record: dict) -> None:
        for key, widget in self.fields.items():
            if key in record:
                widget.set_value(record[key])

    def clear_errors(self) -> None:
        self.message.hide()
        for key, error in self._errors.items():
            error.hide()
            self._mark(self.fields[key], False)

    def show_error(self, exc: UserError) -> None:
        """Mark the field the error names (or show the message on top) and focus it."""
        key = getattr(exc, "field", None)
        key = self.aliases.get(key, key)
        if key in self.fields:
            self._errors[key].setText(field_message(exc))
            self._errors[key].show()
            self._mark(self.fields[key], True)
            self.fields[key].setFocus()
        else:
            self.message.setText(str(exc))
            self.message.show()

    def error_text(self, key: str) -> str:
        """The message shown under a field, or "" (for tests and accessibility)."""
        error = self._errors[key]
        return error.text() if error.isVisibleTo(self) else ""

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def save(self, values: dict) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.result_record = self.save(self.values())
        except UserError as exc:
            self.show_error(exc)
            return
        self.saved.emit(self.result_record)
        super().accept()
