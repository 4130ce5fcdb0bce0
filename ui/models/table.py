"""Table models over lists of service rows (dicts).

`RecordTableModel` holds rows in memory (small tables, sorted and filtered by a
`RecordProxyModel`); `PagedTableModel` asks a service's `list()` for one page at a time
(`canFetchMore` / `fetchMore`) and sorts on the server, for tables of 50,000 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from mentorapp.collation import COLLATIONS
from mentorapp.text import sort_key
from ui import i18n
from ui.i18n import Context, label
from ui.tasks import run_now

tr_table = Context("tr_table")

SortRole = int(Qt.ItemDataRole.UserRole.value) + 1
IdRole = int(Qt.ItemDataRole.UserRole.value) + 2
RecordRole = int(Qt.ItemDataRole.UserRole.value) + 3

# Views pass roles as plain ints; comparing ints is several times faster than enum members.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ARCHIVED_COLOR = QColor(140, 140, 140)
ROOT = QModelIndex()

def show(value) -> str:
    """A stored value as the text a table cell shows, in the window's language. English keeps
    ISO dates and plain decimals (as its date fields write them); Spanish and Portuguese show
    the locale's short date and decimal comma."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr_table.tr("Yes") if value else tr_table.tr("No")
    english = i18n.current_language() == i18n.ENGLISH
    if isinstance(value, dt.datetime):
        return value.isoformat() if english else \
            QLocale().toString(QDateTime(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return i18n.date_text(value)
    if isinstance(value, float):
        return f"{value:g}" if english else QLocale().toString(value, "g", 6)
    return str(value)


@dataclass(frozen=True)
class Column:
    """One table column: the row key it shows, its header, and the service sort key (if the
    service can sort by it). `text` turns the row into the cell text when the raw value is
    not what a user should read (choice codes, joined names). `words` lists, in the window's
    language, every text a column of fixed words can show: its view starts it wide enough
    for each ("Autoevaluación" where the width was chosen for "Self")."""

    key: str
    header: str
    sort: str | None = None
    text: Callable[[dict], object] | None = None
    numeric: bool = False
    width: int = 110
    color: Callable[[dict], QColor | None] | None = None  # text colour that flags a row
    # what an in-memory table sorts by when not the shown value (the date behind
    # "3/1/26 (overdue)", which sorts wrongly as text in a day-first language)
    order: Callable[[dict], object] | None = None
    words: Callable[[], list[str]] | None = None
    tip: str = ""  # the header's tooltip: how to read the column

    def value(self, row: dict):
        return self.text(row) if self.text else row.get(self.key)


def choice(key: str, header: str, sort: str | None = None, *, codes: tuple,
           width: int = 110) -> Column:
    """A column showing a choice code as its words ("on_leave" -> "On leave"); `codes` are
    the field's `*_CHOICES`, each of whose words the column is wide enough for."""
    return Column(key, header, sort, text=lambda row: label(row.get(key)), width=width,
                  words=lambda: [label(code) for code in codes])


def visibility_text(row: dict) -> str:
    """Feedback visibility in a narrow column ("Shareable" rather than the form's words)."""
    return tr_table.tr("Shareable") if row.get("visibility") == "shareable" \
        else tr_table.tr("Internal")


def full_name(first: str = "first_name", last: str = "last_name"):
    return lambda row: f"{row.get(first) or ''} {row.get(last) or ''}".strip()


def last_first(first: str = "first_name", last: str = "last_name"):
    """A name as "Last, First": how lists sorted by last name show it."""
    return lambda row: ", ".join(part for part in (row.get(last), row.get(first)) if part)


class RecordTableModel(QAbstractTableModel):
    """Rows of dicts shown through `Column`s; read-only."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict] = []

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=DISPLAY):
        # Called for every visible cell and role on each paint: plain comparisons, no lookups.
        if not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        if role in (DISPLAY, TOOLTIP):
            return show(self.columns[index.column()].value(self._rows[number]))
        if role == SortRole:
            column = self.columns[index.column()]
            row = self._rows[number]
            value = column.order(row) if column.order else column.value(row)
            if column.numeric:
                return float(value) if value is not None else float("-inf")
            # in human order like the database's lists (Émile, Eve); dates in time order
            shown = value.isoformat() if isinstance(value, dt.date) else show(value)
            if i18n.current_language() in COLLATIONS:  # the proxy's collator compares it
                return shown
            return f"{sort_key(shown)}\x1f{shown}"
        if role == IdRole:
            return self._rows[number].get("id")
        if role == RecordRole:
            return self._rows[number]
        if role == ALIGNMENT and self.columns[index.column()].numeric:
            return RIGHT
        if role == FOREGROUND:
            row = self._rows[number]
            if row.get("archived"):
                return QBrush(ARCHIVED_COLOR)
            column = self.columns[index.column()]
            flagged = column.color(row) if column.color else None
            return QBrush(flagged) if flagged is not None else None
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == HORIZONTAL and 0 <= section < len(self.columns):
            if role == DISPLAY:
                return self.columns[section].header
            if role == TOOLTIP and self.columns[section].tip:
                return self.columns[section].tip
        return None

    # -- our API -------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> dict:
        return self._rows[row]

    def records(self) -> list[dict]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def cells(self, row: dict) -> list:
        """A row as the values an export writes (the words shown, numbers kept as numbers)."""
        values = []
        for column in self.columns:
            value = column.value(row)
            values.append(value if isinstance(value, (int, float, dt.date)) or value is None
                          else show(value))
        return values


class RecordProxyModel(QSortFilterProxyModel):
    """Sorts by `SortRole` and filters on every column's text (small tables). In a language
    whose names do not sort by `text.sort_key` (Spanish: ñ after n), texts are compared by
    the collator of the window's locale (ICU, as the database lists in that language)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortLocaleAware(i18n.current_language() in COLLATIONS)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class PagedTableModel(RecordTableModel):
    """A service list read one page at a time.

    `list_rows(**query, limit=, offset=)` is a service's `list`; `set_query()` starts over with
    a new search, filters or sort. Loading goes through `run` (`ui.tasks.run_task` on a page,
    `run_now` by default), owned by the model; answers to an older query are dropped.

    Signals: `loaded()` after the first page of a query is in; `load_failed(str)`.
    """

    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, columns: list[Column], list_rows: Callable[..., list[dict]], *,
                 page_size: int = 200, run: Callable[..., object] = run_now, parent=None):
        super().__init__(columns, parent)
        self.list_rows = list_rows
        self.page_size = page_size
        self.run = run
        self.query: dict = {}
        self.on_reload: Callable[[], None] | None = None  # e.g. stop reads made stale
        self._more = False
        self.loading = False
        self.generation = 0

    def set_query(self, **query) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        if self.on_reload is not None:
            self.on_reload()
        self.generation += 1
        generation = self.generation
        self.loading = True
        query = dict(self.query)
        size = self.page_size
        self.run(lambda: self.list_rows(**query, limit=size, offset=0),
                 on_done=lambda rows: self._first_page(generation, rows),
                 on_error=lambda exc: self._first_page_failed(generation, exc), owner=self)

    def _first_page(self, generation: int, rows: list[dict]) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self._more = len(rows) == self.page_size
        self.set_rows(rows)
        self.loaded.emit()

    def _first_page_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.loading = False
            self.load_failed.emit(str(exc))

    def canFetchMore(self, parent=ROOT):
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent=ROOT):
        if not self.canFetchMore(parent):
            return
        self.loading = True
        generation, offset, size, query = (self.generation, len(self._rows), self.page_size,
                                           dict(self.query))
        self.run(lambda: self.list_rows(**query, limit=size, offset=offset),
                 on_done=lambda rows: self._next_page(generation, offset, rows),
                 on_error=lambda exc: self._next_page_failed(generation, offset, exc),
                 owner=self)

    def _is_current(self, generation: int, offset: int) -> bool:
        return generation == self.generation and offset == len(self._rows)

    def _next_page(self, generation: int, offset: int, rows: list[dict]) -> None:
        if not self._is_current(generation, offset):
            return
        self.loading = False
        self._more = len(rows) == self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _next_page_failed(self, generation: int, offset: int, exc: BaseException) -> None:
        if self._is_current(generation, offset):
            self.loading = False
            self._more = False
            self.load_failed.emit(str(exc))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the server by the column's sort key; columns without one keep the order."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.query = {**self.query, "sort": self.columns[column].sort,
                      "descending": order == Qt.SortOrder.DescendingOrder}
        self.reload()

