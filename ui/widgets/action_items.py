"""An editable list of action items (text, owner, due date) for the session form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import ACTION_OWNER_CHOICES
from ui.i18n import Context, date_text
from ui.widgets.date_field import DateField, DateTextError
from ui.widgets.forms import ChoiceBox

tr_action_items = Context("tr_action_items")

TEXT, OWNER, DUE = range(3)


class ActionItemsEditor(QWidget):
    """Rows of action items; `value()` is a list of dicts for `mentoring.log_session` or
    `mentoring.set_session_actions` (rows left without text are skipped; a stored item keeps
    its `id`, and a done one shows its text greyed with the day it was done)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr_action_items.tr("Action"),
                                              tr_action_items.tr("Owner"),
                                              tr_action_items.tr("Due")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # The Owner and Due columns fit their editors (ResizeToContents looks at the items,
        # not at cell widgets, and left "Me▾" 20 px wide).
        editors = (self._owner_box(), DateField(optional=True))
        for column, editor in zip((OWNER, DUE), editors, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(editor.sizeHint().width() + 2,
                                             header.sectionSizeHint(column)))
        self.table.verticalHeader().setDefaultSectionSize(
            max(editor.sizeHint().height() for editor in editors) + 2)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(tr_action_items.tr("Add action item"))
        self.remove_button = QPushButton(tr_action_items.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_item(self, text: str = "", owner: str = "mentee",
                 due: dt.date | None = None, *, item_id: int | None = None,
                 done: dt.date | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        text_item = QTableWidgetItem(text)
        text_item.setData(Qt.ItemDataRole.UserRole, item_id)
        text_item.setToolTip(text)  # the whole text, which the narrow column cuts
        if done:
            text_item.setForeground(self.palette().brush(QPalette.ColorGroup.Disabled,
                                                         QPalette.ColorRole.Text))
            text_item.setToolTip(f"{text}\n" + tr_action_items.tr("Done on {date}").format(
                date=date_text(done)))
        self.table.setItem(row, TEXT, text_item)
        owner_box = self._owner_box()
        owner_box.set_value(owner)
        self.table.setCellWidget(row, OWNER, owner_box)
        due_box = DateField(optional=True, default=due)
        self.table.setCellWidget(row, DUE, due_box)
        self.table.setCurrentCell(row, TEXT)
        return row

    @staticmethod
    def _owner_box() -> ChoiceBox:
        return ChoiceBox(ACTION_OWNER_CHOICES)

    def remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def value(self) -> list[dict]:
        items = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, TEXT).text() if self.table.item(row, TEXT) else ""
            if not text.strip():
                continue
            try:
                due = self.table.cellWidget(row, DUE).value()
            except DateTextError as exc:
                raise DateTextError(tr_action_items.tr(
                    "Action item {number}, due: {error}").format(
                        number=row + 1, error=exc)) from None
            item = {"text": text, "owner": self.table.cellWidget(row, OWNER).value(),
                    "due_date": due}
            item_id = self.table.item(row, TEXT).data(Qt.ItemDataRole.UserRole)
            items.append({"id": item_id, **item} if item_id is not None else item)
        return items

    def set_value(self, items) -> None:
        self.table.setRowCount(0)
        for item in items or []:
            self.add_item(item["text"], item["owner"], item["due_date"], item_id=item.get("id"),
                          done=item.get("done_date"))
