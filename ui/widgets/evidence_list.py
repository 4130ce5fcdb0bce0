"""The evidence a mentoring session cites (issue 15): a list with Add… (a picker of the
mentee's recent evaluations, feedback and KPI metrics) and Remove, for the session form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.text import fold_key
from ui.i18n import Context

tr_evidence_list = Context("tr_evidence_list")

LABEL, BEFORE, AFTER = range(3)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_WORDS = {"evaluation": QT_TRANSLATE_NOOP("tr_evidence_list", "Evaluation"),
              "feedback": QT_TRANSLATE_NOOP("tr_evidence_list", "Feedback"),
              "metric": QT_TRANSLATE_NOOP("tr_evidence_list", "KPI")}


class EvidencePicker(QDialog):
    """Choose one or more candidates (dicts with kind, record_id, label) to cite; a filter
    line narrows the list as typed. `chosen()` is what was selected."""

    def __init__(self, candidates: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr_evidence_list.tr("Cite evidence"))
        self.setMinimumSize(720, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            tr_evidence_list.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for candidate in candidates:
            item = QListWidgetItem(
                candidate["label"] if candidate["kind"] != "metric"
                else tr_evidence_list.tr("KPI: {name}").format(
                    name=candidate["label"]))
            item.setData(KIND_ROLE, candidate)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.empty = QLabel(tr_evidence_list.tr(
            "Nothing to cite: this person has no evaluations or feedback in the 90 days before "
            "the session, and no KPI metrics."), wordWrap=True)
        self.empty.setVisible(not candidates)
        hint = QLabel(tr_evidence_list.tr(
            "The evaluations and feedback of the 90 days before the session, then the KPI "
            "metrics this person is measured by. Ctrl+click picks several."), wordWrap=True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr_evidence_list.tr("Cite"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if candidates:
            self.list.setCurrentRow(0)

    def _narrow(self, text: str) -> None:
        words = fold_key(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = fold_key(item.text())
            item.setHidden(not all(word in shown for word in words))

    def chosen(self) -> list[dict]:
        return [item.data(KIND_ROLE) for item in self.list.selectedItems()
                if not item.isHidden()]


class EvidenceEditor(QWidget):
    """The cited items, with the figures before and after once known. `value()` is a list of
    {"kind", "id"} for `services.evidence`; `set_value()` takes `evidence_of()` rows.

    `candidates()` (given by the form) lists what may be cited; `figures` maps (kind,
    record_id) to a `before_after()` row for the items saved on the session.
    """

    def __init__(self, candidates: Callable[[], list[dict]], parent=None):
        super().__init__(parent)
        self.candidates = candidates
        self.figures: dict[tuple[str, int], dict] = {}
        self._items: list[dict] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr_evidence_list.tr("Evidence"),
                                              tr_evidence_list.tr("Before"),
                                              tr_evidence_list.tr("After")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(tr_evidence_list.tr("Add…"))
        self.remove_button = QPushButton(tr_evidence_list.tr("Remove"))
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(tr_evidence_list.tr(
            "Before: the evaluation's score, the feedback's rating, a KPI's month before the "
            "session. After: the average of later scores or ratings up to the follow-up, a "
            "KPI's figure in the follow-up's month."), wordWrap=True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and bool(self._items))

    def pick(self) -> EvidencePicker:
        """Open the picker (window-modal); the items chosen are added to the list."""
        cited = {(item["kind"], item["record_id"]) for item in self._items}
        offered = [c for c in self.candidates() if (c["kind"], c["record_id"]) not in cited]
        picker = EvidencePicker(offered, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.add_items(picker.chosen()))
        picker.open()
        return picker

    def add_items(self, items: list[dict]) -> None:
        for item in items:
            self._items.append({"kind": item["kind"], "record_id": item["record_id"],
                                "label": item["label"]})
        self._fill()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for row, item in enumerate(self._items):
            self.table.insertRow(row)
            figures = self.figures.get((item["kind"], item["record_id"]))
            words = tr_evidence_list.tr(KIND_WORDS[item["kind"]])
            text = item["label"] if item["kind"] != "metric" else \
                tr_evidence_list.tr("KPI: {name}").format(name=item["label"])
            cells = [QTableWidgetItem(text),
                     QTableWidgetItem(figures["before_text"] if figures else ""),
                     QTableWidgetItem(figures["after_text"] if figures else "")]
            cells[LABEL].setToolTip(figures["measure"] if figures else
                                    tr_evidence_list.tr(
                                        "{kind}: the figures show once the session is saved"
                                    ).format(kind=words))
            for column in (BEFORE, AFTER):
                cells[column].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                               | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self._update_buttons()

    def labels(self) -> list[str]:
        return [self.table.item(row, LABEL).text() for row in range(self.table.rowCount())]

    def value(self) -> list[dict]:
        return [{"kind": item["kind"], "id": item["record_id"]} for item in self._items]

    def set_value(self, items) -> None:
        self._items = [{"kind": i["kind"], "record_id": i["record_id"], "label": i["label"]}
                       for i in items or []]
        self._fill()
