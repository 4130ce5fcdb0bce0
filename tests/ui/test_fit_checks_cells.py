"""fit_checks.cut_cells: a cell counts as cut when Qt elides its text, wraps it past its row or
clips it at the viewport's edge, in tables, trees and lists alike; a cell that fits does not."""

from __future__ import annotations

import math

from builders import offscreen_warnings
from fit_checks import cells_under, cut_cells, cut_titles
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

pytestmark = offscreen_warnings
LONG = "Programa de capacitación"


def table(qtbot, texts: list[str], width: int, wrap: bool = False) -> QTableView:
    model = QStandardItemModel(len(texts), 1)
    model.setHorizontalHeaderLabels(["Tipo"])
    for row, text in enumerate(texts):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(wrap)
    view.horizontalHeader().resizeSection(0, width)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def needed(view, text: str) -> int:
    """Just wide enough: the text (Qt elides at a fraction of a pixel over), the cell's
    margins (focus frame + 1 a side) and the grid."""
    return math.ceil(QFontMetricsF(view.font()).horizontalAdvance(text)) + 2 * 3 + 1


def test_a_cell_narrower_than_its_text_is_cut_and_one_just_wide_enough_is_not(qtbot):
    view = table(qtbot, ["Taller", LONG], 80)
    assert cut_cells(view) == {(1, 0): LONG}
    view.horizontalHeader().resizeSection(0, needed(view, LONG))
    assert cut_cells(view) == {}
    view.horizontalHeader().resizeSection(0, needed(view, LONG) - 1)
    assert cut_cells(view) == {(1, 0): LONG}


def test_a_wrapping_cell_is_cut_when_its_lines_do_not_fit_the_row(qtbot):
    view = table(qtbot, [LONG], 10, wrap=True)
    view.horizontalHeader().resizeSection(0, needed(view, "capacitación"))
    assert cut_cells(view) == {(0, 0): LONG}  # three lines in a one-line row
    view.verticalHeader().resizeSection(0, 4 * view.fontMetrics().lineSpacing())
    assert cut_cells(view) == {}


def test_rows_scrolled_out_of_sight_are_not_measured(qtbot):
    view = table(qtbot, ["Taller"] * 40 + [LONG], 80)
    assert cut_cells(view) == {}
    view.scrollToBottom()
    assert cut_cells(view) == {(40, 0): LONG}


def test_trees_and_lists_by_place_under_a_window(qtbot):
    window = QWidget()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Cargo", "Requisitos"])
    parent = QTreeWidgetItem(tree, ["Cuenta", ""])
    QTreeWidgetItem(parent, ["Agente", LONG])
    tree.expandAll()
    tree.header().setStretchLastSection(False)
    tree.header().resizeSection(1, 60)
    listing = QListWidget()
    listing.addItems(["Sí", LONG])
    row = QHBoxLayout(window)
    row.addWidget(tree)
    row.addWidget(listing)
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert cut_cells(tree) == {(0, 0, 0, 1): LONG}
    assert cut_titles(tree) == ["Requisitos"]
    assert listing.horizontalScrollBar().isVisible() and cut_cells(listing) == {}
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    assert cut_cells(listing) == {(1, 0): LONG}  # cut at the edge, no way to reach the rest
    assert cells_under(window) == {
        ("QTreeWidget 0", 0, 0): ("Cuenta", True), ("QTreeWidget 0", 0, 0, 0, 0): ("Agente", True),
        ("QTreeWidget 0", 0, 0, 0, 1): (LONG, False),
        ("QListWidget 1", 0, 0): ("Sí", True), ("QListWidget 1", 1, 0): (LONG, False)}
