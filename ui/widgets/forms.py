"""Form building blocks: field widgets with one `value()` / `set_value()` API, a record picker
with a type-ahead completer, and `FormDialog`, which shows a service's `ValidationError` next
to the field it names and stays open with what the user typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError, ValidationError
from mentorapp.services.fields import Rule
from ui.i18n import Context, label
from ui.widgets.accessible import name_controls, plain, tab_between_controls
from ui.widgets.date_field import DateTextError

tr_forms = Context("tr_forms")

SEARCH_DELAY_MS = 150
Lookup = Callable[[str], list[tuple[int, str]]]
# A picker's texts by the kind of record it finds: placeholder, no match, several matches.
PICKER_WORDS = {
    "staff member": (
        QT_TRANSLATE_NOOP("tr_forms", "Type to search staff members"),
        QT_TRANSLATE_NOOP("tr_forms", "no staff member matches {text}"),
        QT_TRANSLATE_NOOP("tr_forms",
                          "{text} matches {count} staff members; pick one from the list")),
    "client": (
        QT_TRANSLATE_NOOP("tr_forms", "Type to search clients"),
        QT_TRANSLATE_NOOP("tr_forms", "no client matches {text}"),
        QT_TRANSLATE_NOOP("tr_forms",
                          "{text} matches {count} clients; pick one from the list")),
    "training program": (
        QT_TRANSLATE_NOOP("tr_forms", "Type to search training programs"),
        QT_TRANSLATE_NOOP("tr_forms", "no training program matches {text}"),
        QT_TRANSLATE_NOOP("tr_forms",
                          "{text} matches {count} training programs; pick one from the list")),
    "mentor": (
        QT_TRANSLATE_NOOP("tr_forms", "Type to search mentors"),
        QT_TRANSLATE_NOOP("tr_forms", "no mentor matches {text}"),
        QT_TRANSLATE_NOOP("tr_forms",
                          "{text} matches {count} mentors; pick one from the list")),
}
OTHER_PICKER_WORDS = (
    QT_TRANSLATE_NOOP("tr_forms", "Type to search"),
    QT_TRANSLATE_NOOP("tr_forms", "nothing matches {text}"),
    QT_TRANSLATE_NOOP("tr_forms", "{text} matches {count} records; pick one from the list"))


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
        self.words = [tr_forms.tr(text)
                      for text in PICKER_WORDS.get(what, OTHER_PICKER_WORDS)]
        self.setPlaceholderText(self.words[0])
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
            raise PickError(self.words[1].format(text=repr(text)))
        raise PickError(self.words[2].format(text=repr(text), count=len(matches)))

    def set_value(self, value: int | None, name: str | None = None) -> None:
        if value is None:
            self.clear()
            return
        name = name or self.describe(value)
        self._offer([(value, name)])
        self.setText(name)


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No to a question whose Yes deletes, archives or removes something; No is the
    default button, so an Enter pressed too soon does no harm."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def field_message(exc: ValidationError, label: str = "") -> str:
    """The message under a field: "Employee ID is required", "'x' is not a valid email";
    `label`, the field's label in the form, names it as the user reads it ("Staff member",
    where the service says "staff")."""
    detail = getattr(exc, "detail", None) or str(exc)
    if detail.startswith(("is ", "are ", "must ", "overlaps ", "belongs ")):
        name = label or str(exc)[:-len(detail)].rstrip(": ").split(", ")[-1]
        detail = f"{name} {detail}" if name else detail
    return detail[:1].upper() + detail[1:]


# The signal a field gives when its value changes, first found wins: a date (typed or
# picked from the calendar), typed text (not text a program sets), a choice, a tick, a
# composite field's own.
EDIT_SIGNALS = ("date_changed", "textEdited", "currentIndexChanged", "toggled", "changed",
                "textChanged")


class FormDialog(QDialog):
    """A dialog of labelled fields. Save first checks every field with its rule (`rules`,
    the service's field rules) and shows every problem at once, each under its field; then
    `save(values)` calls the service, whose `ValidationError` is shown the same way. The
    dialog stays open with what the user typed, and grows to show whole messages. Escape
    (or Cancel) asks before it discards changes.

    Signals: `saved(dict)` with the service's answer once it is stored.
    """

    saved = Signal(dict)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_record: dict | None = None
        self.fields: dict[str, QWidget] = {}
        self.rules: dict[str, Rule] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}  # the form's words for each field, for its messages
        self._initial: dict | None = None
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
        self.buttons.rejected.connect(self.cancel)

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
        form = layout or self.form
        form.addRow(text, box)
        if text:
            form.labelForField(box).setBuddy(widget)  # its mnemonic focuses the field itself
            widget.setAccessibleName(plain(text))
            self._labels[key] = plain(text)
        widget.setObjectName(key)
        self.fields[key] = widget
        self._errors[key] = error
        # A field's message goes once the user changes the field (the next Save checks again).
        changed = next((getattr(widget, name) for name in EDIT_SIGNALS
                        if hasattr(widget, name)), None)
        if changed is not None:
            changed.connect(lambda *_args, key=key: self.clear_error(key))
        return widget

    def limit_lengths(self, model) -> None:
        """Single-line text fields take the length of their column (or rule), so no more can
        be typed than can be stored."""
        for key, widget in self.fields.items():
            if not isinstance(widget, TextLine):
                continue
            limits = [getattr(getattr(model, key, None), "max_length", None),
                      getattr(self.rules.get(key), "max_length", None)]
            limits = [n for n in limits if n]
            if limits:
                widget.setMaxLength(min(limits))

    def values(self) -> dict:
        values = {}
        for key, widget in self.fields.items():
            try:
                values[key] = widget.value()
            except (PickError, DateTextError) as exc:
                raise ValidationError(key, str(exc)) from None
        return values

    def field_errors(self) -> list[ValidationError]:
        """Every field's problem in one pass: text that is no value (a half-typed date, a
        name matching no record), then each value against its field's rule."""
        return self.checked_fields()[1]

    def checked_fields(self) -> tuple[dict, list[ValidationError]]:
        """({key: clean value} of the fields with a rule that passed it, [every problem])."""
        clean, errors = {}, []
        for key, widget in self.fields.items():
            try:
                value = widget.value()
            except (PickError, DateTextError) as exc:
                errors.append(ValidationError(key, str(exc)))
                continue
            if key in self.rules:
                try:
                    clean[key] = self.rules[key].clean(key, value)
                except ValidationError as exc:
                    errors.append(exc)
        return clean, errors

    def set_values(self, record: dict) -> None:
        for key, widget in self.fields.items():
            if key in record:
                widget.set_value(record[key])

    def clear_errors(self) -> None:
        self.message.hide()
        for key in self._errors:
            self.clear_error(key)

    def clear_error(self, key: str) -> None:
        if self._errors[key].isHidden():
            return
        self._errors[key].hide()
        self.fields[key].setAccessibleDescription("")
        self._mark(self.fields[key], False)

    def show_errors(self, errors: list[UserError]) -> None:
        """Mark every field an error names, with its message under it (others go on top),
        focus the first, and grow the dialog so every message shows whole."""
        first = None
        general = []
        # A cross-field check's ValidationError carries the other fields it found wrong.
        every = [one for error in errors
                 for one in (error.every() if isinstance(error, ValidationError) else [error])]
        for exc in every:
            key = getattr(exc, "field", None)
            key = self.aliases.get(key, key)
            if key in self.fields:
                shown = self._errors[key]
                text = field_message(exc, self._labels.get(key, ""))
                shown.setText(f"{shown.text()}\n{text}" if shown.isVisibleTo(self)
                              and text not in shown.text() else text)
                shown.show()
                self.fields[key].setAccessibleDescription(shown.text())  # read with its name
                self._mark(self.fields[key], True)
                first = first or self.fields[key]
            else:
                general.append(str(exc))
        if general:
            self.message.setText("\n".join(general))
            self.message.show()
        if first is not None:
            first.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Word-wrapped messages need height for the width they get, which a dialog's
        minimum size does not include: grow to it."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if self.screen() is not None:  # never taller than the screen (1024x700 laptops)
            needed = min(needed, self.screen().availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

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
        errors = self.field_errors()
        if errors:
            self.show_errors(errors)
            return
        try:
            self.result_record = self.save(self.values())
        except UserError as exc:
            self.show_errors([exc])
            return
        self._initial = None
        self.saved.emit(self.result_record)
        super().accept()

    # -- leaving without saving --------------------------------------------------------------
    def snapshot(self) -> dict:
        """What the fields hold now (the text of one that holds no value yet)."""
        state = {}
        for key, widget in self.fields.items():
            try:
                state[key] = widget.value()
            except (PickError, DateTextError):
                state[key] = ("text", widget.text())
        return state

    def changed(self) -> bool:
        return self._initial is not None and self.snapshot() != self._initial

    def showEvent(self, event) -> None:
        super().showEvent(event)
        name_controls(self, plain(self.windowTitle()))
        tab_between_controls(self)
        if self._initial is None and self.result_record is None:
            self._initial = self.snapshot()

    def cancel(self) -> None:
        """Escape and Cancel: close, after asking when something was changed."""
        if not self.changed() or self.confirm_discard():
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        """The window's close button asks too (a close from code does not)."""
        if event.spontaneous() and self.changed() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, tr_forms.tr("Discard changes?"),
            tr_forms.tr("Close this form without saving? What you changed will be lost."),
            parent=self)
        discard = box.addButton(tr_forms.tr("Discard changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr_forms.tr("Keep editing"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
