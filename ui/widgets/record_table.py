"""`RecordTable`: a sortable read-only table of service rows, for the profile's tabs."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from ui.models.table import Column, RecordProxyModel, RecordTableModel
from ui.theme import text_scale


def column_width(view: QTableView, column: Column) -> int:
    """A column's first width: the one chosen for English at 9 pt, grown with the system
    font, and at least as wide as its title and as each of its choice words (Spanish and
    Portuguese are longer: "Fecha de ingreso" for "Hire date", "Autoevaluación" for "Self")."""
    header, style = view.horizontalHeader(), view.style()
    # Qt elides a text whose width, in fractions of a pixel, passes the room: widths rounded up
    title = math.ceil(QFontMetricsF(header.font()).horizontalAdvance(column.header)) \
        + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # a cell's text keeps the focus frame's margin and one pixel on each side; the grid line
    # is drawn inside the cell
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    words = [math.ceil(QFontMetricsF(view.font()).horizontalAdvance(text)) + margins
             + int(view.showGrid()) for text in (column.words() if column.words else [])]
    return max(round(column.width * text_scale()), title, *words)


class RecordTable(QTableView):
    """Signals: `record_activated(dict)` on double-click or Enter (Qt's `activated`)."""

    record_activated = Signal(dict)

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.model_ = RecordTableModel(columns, self)
        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(columns):
            header.resizeSection(number, column_width(self, column))
        self.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.activated.connect(lambda index: self.record_activated.emit(self.record_at(index)))

    def set_rows(self, rows: list[dict]) -> None:
        self.model_.set_rows(rows)

    def record_at(self, index) -> dict:
        return self.model_.record(self.proxy.mapToSource(index).row())

    def current_record(self) -> dict | None:
        index = self.currentIndex()
        return self.record_at(index) if index.isValid() else None

    def select_id(self, record_id) -> bool:
        """Make the row of the record with this id current; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.record_at(index)["id"] == record_id:
                self.setCurrentIndex(index)
                return True
        return False

    def rows(self) -> list[dict]:
        """The rows in the order shown."""
        return [self.record_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def column_texts(self, header: str) -> list[str]:
        column = self.model_.headers().index(header)
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]
