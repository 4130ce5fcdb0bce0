"""`RecordTable`: a sortable read-only table of service rows, for the profile's tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.table import Column, RecordProxyModel, RecordTableModel
from ui.theme import text_scale


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
        for number, column in enumerate(columns):  # wider with a larger system font
            header.resizeSection(number, round(column.width * text_scale()))
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

    def rows(self) -> list[dict]:
        """The rows in the order shown."""
        return [self.record_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def column_texts(self, header: str) -> list[str]:
        column = self.model_.headers().index(header)
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]
