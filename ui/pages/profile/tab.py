"""What every staff profile tab shares. Each tab loads its rows from the services when first
shown (and again after a change), so opening a profile costs only the header and the first
tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.i18n import Context, text_in
from ui.models.table import Column, show
from ui.theme import danger_color
from ui.widgets.accessible import FocusScrollArea
from ui.widgets.forms import FormDialog
from ui.widgets.record_table import RecordTable, column_width


def keep_rows(table: QTableView, rows: int) -> None:
    """At least `rows` whole rows shown under the titles, at the font's row height."""
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + rows * table.verticalHeader().defaultSectionSize()
                           + table.horizontalScrollBar().sizeHint().height()
                           + 2 * table.frameWidth())


def scrolling_layout(tab: QWidget) -> QVBoxLayout:
    """The layout for a tab's parts, inside a scroll area that fills the tab: in a short
    window (or with a large font) the tab scrolls, and its tables keep their rows (`keep_rows`)
    instead of shrinking to a title and a scroll bar."""
    content = QWidget()
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(FocusScrollArea(content))
    return QVBoxLayout(content)


def one_line(key: str, limit: int = 160):
    return lambda row: " ".join((row.get(key) or "").split())[:limit]


def yes_no(key: str):
    return lambda row: show(bool(row.get(key)))


def overdue_colour(row: dict):
    """The theme's red for an open action item whose due date has passed, else None."""
    due = row.get("due_date")
    return danger_color() if due and not row.get("done_date") and due < dt.date.today() \
        else None


def record_table(columns: list[Column]) -> RecordTable:
    """A table whose columns are at least as wide as their titles: the widths suit the English
    titles, and Spanish and Portuguese ones are longer ("Calificación" in a 60-pixel column)."""
    table = RecordTable(columns)
    header = table.horizontalHeader()
    for section in range(header.count()):
        header.resizeSection(section, max(header.sectionSize(section),
                                          header.sectionSizeHint(section)))
    return table


class FillColumn(QObject):
    """Keeps a table's `column` (a name or a text, cut to one line anyway) as wide as the room
    the other columns, as wide as their titles and words, leave, and never narrower than its
    own title (the table scrolls then). With the last column stretched instead, a 320-pixel
    text column pushed "Responsable" past the table's edge at 1024 pixels, and "Media (12
    meses)" was squeezed under its title."""

    def __init__(self, table: RecordTable, column: int):
        super().__init__(table)
        self.table, self.column = table, column
        columns, header = table.model_.columns, table.horizontalHeader()
        # its title's width, as the other columns' (`column_width` without an English width)
        self.title_width = column_width(table, replace(columns[column], width=0))
        header.setStretchLastSection(False)
        last = header.count() - 1  # its own width again, as record_table() gave it
        header.resizeSection(last, max(column_width(table, columns[last]),
                                       header.sectionSizeHint(last)))
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self.table.horizontalHeader()
            others = header.length() - header.sectionSize(self.column)
            header.resizeSection(self.column, max(self.title_width,
                                                  self.table.viewport().width() - others))
        return False


def heading(text: str) -> QLabel:
    widget = QLabel(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ProfileTab(QWidget):
    """Signals: `changed()` after this tab saved something.

    `title` is English, marked with QT_TRANSLATE_NOOP in the tab's module, whose `Context` is
    `translations`: it is the tab's key (`StaffProfilePage.tab()`, `access.HIDDEN_TABS`),
    never compared with the shown `shown_title()`."""

    changed = Signal()
    title = ""
    translations: Context

    def __init__(self, staff_id: int, parent=None):
        super().__init__(parent)
        self.staff_id = staff_id
        self.stale = True

    def shown_title(self) -> str:
        return text_in(self.translations.name, self.title)

    def load(self) -> None:
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        if self.stale:
            self.stale = False
            self.load()

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        return dialog.open_over(self, lambda _record: self.changed.emit())


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
