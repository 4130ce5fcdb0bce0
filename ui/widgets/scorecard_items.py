"""`ScorecardItems`: a scorecard's sections and items as an editable table (section, key,
text, weight, its share of the total weight, scale, critical, N/A allowed), with add,
remove and move buttons."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Context
from ui.resources import icon
from ui.widgets.forms import ChoiceBox
from ui.widgets.scorecard_answers import failing_answer, weight_text

HEADERS = (
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Section"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Key"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Item"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Weight"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Share"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Scale"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "Critical"),
    QT_TRANSLATE_NOOP("tr_scorecard_items", "N/A allowed"),
)

tr_scorecard_items = Context("tr_scorecard_items")
SECTION, KEY, TEXT, WEIGHT, SHARE, SCALE, CRITICAL, ALLOW_NA = range(len(HEADERS))
SCALE_WORDS = {
    "yes_no": QT_TRANSLATE_NOOP("tr_scorecard_items", "Yes / No"),
    "yes_partial_no": QT_TRANSLATE_NOOP("tr_scorecard_items", "Yes / Partial / No"),
    "one_to_five": "1 – 5"}
CRITICAL_WORDS = {
    "": QT_TRANSLATE_NOOP("tr_scorecard_items", "No"),
    "section": QT_TRANSLATE_NOOP("tr_scorecard_items", "Zeroes the section"),
    "evaluation": QT_TRANSLATE_NOOP("tr_scorecard_items", "Zeroes the evaluation")}


def share_text(share: float) -> str:
    """An item's share of the total weight: "40%", "33.3%" in the locale's digits."""
    value = round(100 * share, 1)
    locale = QLocale()
    return locale.toString(value, "f", 0 if value.is_integer() else 1) + locale.percent()


def _weight(text: str) -> float | None:
    try:
        weight = float(text)
    except ValueError:
        return None
    return weight if 0 < weight < float("inf") else None


def critical_rule(scale: str) -> str:
    """Which answer fails a critical item on the scale, and what that does."""
    return tr_scorecard_items.tr(
        "Only the lowest answer ({answer}) fails a critical item: it then zeroes its section "
        "or the whole evaluation, as chosen here").format(answer=failing_answer(scale))


def key_from(text: str, taken: set[str]) -> str:
    """An item key made from its text ("Verified identity" -> "verified_identity"), unique."""
    base = "_".join(re.findall(r"\w+", text.casefold()))[:40] or "item"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class WordsBox(ChoiceBox):
    """A choice box showing our words for scale and critical codes."""

    def __init__(self, words: dict[str, str], parent=None):
        super().__init__([], parent=parent)
        for code, text in words.items():
            self.addItem(tr_scorecard_items.tr(text), code)


class ScorecardItems(QWidget):
    """The items, one row each, in order; sections are the Section column (rows of one
    section kept together make its order). `value()` is the list `quality.set_items` takes;
    a blank key is made from the item's text.

    Tab goes from the table to the current row's scale and critical boxes, then on to the
    buttons: the arrows choose the row (every row's two boxes in the Tab order made 60 stops
    of a 30-item scorecard, after the dialog's Cancel).

    Signals: `changed()` on any edit.
    """

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._extra: list[dict] = []  # per row, what the table does not show (competency)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr_scorecard_items.tr(
            text) for text in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SECTION, 110), (KEY, 90), (WEIGHT, 60), (SHARE, 60),
                              (SCALE, 140), (CRITICAL, 170), (ALLOW_NA, 90)):
            # (at least its heading's width: "Proporción" did not fit in 60)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.table.horizontalHeaderItem(SHARE).setToolTip(tr_scorecard_items.tr(
            "The item's part of the total weight: how much of the score it can take"))
        self.table.horizontalHeaderItem(CRITICAL).setToolTip(self.critical_hint_text())
        self.table.itemChanged.connect(self.item_changed)
        self.table.currentCellChanged.connect(lambda *_cells: self.tab_to_current_row())
        self.add_button = QPushButton(icon("new"), tr_scorecard_items.tr(
            "Add item"))
        self.remove_button = QPushButton(tr_scorecard_items.tr("Remove item"))
        self.up_button = QPushButton(tr_scorecard_items.tr("Move up"))
        self.down_button = QPushButton(tr_scorecard_items.tr("Move down"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.critical_hint = QLabel(self.critical_hint_text(), objectName="hint",
                                    wordWrap=True)
        buttons.addWidget(self.critical_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @staticmethod
    def critical_hint_text() -> str:
        return tr_scorecard_items.tr(
            "A critical item fails only on its lowest answer: {no}, or {one} on the 1 – 5 "
            "scale").format(no=failing_answer("yes_no"), one=failing_answer("one_to_five"))

    def add_item(self, item: dict | None = None, row: int | None = None) -> int:
        """Add a row (by default after the current one, in its section); returns it."""
        current = self.table.currentRow()
        if row is None:
            row = current + 1 if current >= 0 else self.table.rowCount()
        if item is None:
            section = self._text(current, SECTION) if current >= 0 else \
                tr_scorecard_items.tr("General")
            item = {"section": section, "key": "", "text": "", "weight": 1.0,
                    "scale": "yes_no", "critical": "", "allow_na": True}
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, key in ((SECTION, "section"), (KEY, "key"), (TEXT, "text")):
            self.table.setItem(row, column, QTableWidgetItem(str(item.get(key) or "")))
        weight = item.get("weight", 1)  # (text as typed when it is no weight, for its error)
        self.table.setItem(row, WEIGHT, QTableWidgetItem(
            ("" if weight is None else str(weight)) if _weight(str(weight)) is None
            else weight_text(weight)))
        share = QTableWidgetItem()
        share.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # read-only
        share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, SHARE, share)
        scale = WordsBox(SCALE_WORDS)
        scale.set_value(item.get("scale") or "yes_no")
        critical = WordsBox(CRITICAL_WORDS)
        critical.set_value(item.get("critical") or "")
        critical.setToolTip(critical_rule(scale.value()))
        scale.currentIndexChanged.connect(
            lambda _i: critical.setToolTip(critical_rule(scale.value())))
        for column, box in ((SCALE, scale), (CRITICAL, critical)):
            box.setAccessibleName(tr_scorecard_items.tr(HEADERS[column]))  # its column
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, column, box)
        allow_na = QTableWidgetItem()
        allow_na.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
        allow_na.setCheckState(Qt.CheckState.Checked if item.get("allow_na", True)
                               else Qt.CheckState.Unchecked)
        self.table.setItem(row, ALLOW_NA, allow_na)
        self._extra.insert(row, {"competency": item.get("competency")})
        self.table.blockSignals(False)
        self.show_shares()
        self.table.setCurrentCell(row, TEXT)
        self.tab_to_current_row()  # (a row moved to the current index changes no cell)
        self.changed.emit()
        return row

    def item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == WEIGHT:
            self.show_shares()
        self.changed.emit()

    def show_shares(self) -> None:
        """Each item's share of the total weight, so one item swamping the others shows
        (empty where the weight is no number above 0)."""
        weights = [_weight(self._text(row, WEIGHT)) for row in range(self.table.rowCount())]
        total = sum(w for w in weights if w is not None)
        self.table.blockSignals(True)
        for row, weight in enumerate(weights):
            cell = self.table.item(row, SHARE)
            if cell is not None:
                cell.setText(share_text(weight / total) if weight is not None else "")
        self.table.blockSignals(False)

    def tab_to_current_row(self) -> None:
        """Only the current row's boxes take Tab, right after the table; a click reaches
        any row's."""
        current = self.table.currentRow()
        previous = self.table
        for row in range(self.table.rowCount()):
            for column in (SCALE, CRITICAL):
                box = self.table.cellWidget(row, column)
                if box is None:  # (a row being removed)
                    continue
                if row == current:
                    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                    QWidget.setTabOrder(previous, box)
                    previous = box
                else:
                    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._extra[row]
            self.show_shares()
            self.tab_to_current_row()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        item = self.row_value(row)
        self.table.removeRow(row)
        del self._extra[row]
        self.add_item(item, target)

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell else ""

    def row_value(self, row: int) -> dict:
        return {"section": self._text(row, SECTION), "key": self._text(row, KEY),
                "text": self._text(row, TEXT), "weight": self._text(row, WEIGHT) or None,
                "scale": self.table.cellWidget(row, SCALE).value(),
                "critical": self.table.cellWidget(row, CRITICAL).value(),
                "allow_na": self.table.item(row, ALLOW_NA).checkState()
                == Qt.CheckState.Checked, **self._extra[row]}

    def value(self) -> list[dict]:
        rows = [self.row_value(row) for row in range(self.table.rowCount())]
        taken = {row["key"] for row in rows if row["key"]}
        for row in rows:
            if not row["key"] and row["text"]:
                row["key"] = key_from(row["text"], taken)
                taken.add(row["key"])
        return rows

    def set_value(self, items) -> None:
        self.table.setRowCount(0)
        self._extra = []
        for item in items or []:
            self.add_item(item, self.table.rowCount())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, TEXT)
