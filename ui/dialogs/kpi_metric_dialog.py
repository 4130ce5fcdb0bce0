"""A client's KPI metrics: the list (`KpiMetricsDialog`, from the Clients page's "KPIs…") and
the form of one metric (`KpiMetricDialog`), which a preset (AHT, CSAT, ...) can fill in.

The service's field rules check each field as in every form; the rules between fields (a
warning on the worse side of the target, a weight column for a weighted roll-up) come back
from `kpi.define` / `kpi.update` as a `ValidationError` shown under the field it names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from mentorapp.errors import UserError
from mentorapp.models import KPI_ROLLUP_CHOICES, KPI_UNIT_CHOICES
from mentorapp.services import kpi
from ui.dialogs.client_reports_dialog import fit_headers
from ui.i18n import Context
from ui.models.table import Column, choice
from ui.pages.profile.kpi_tab import value_text
from ui.widgets.forms import Check, ChoiceBox, FormDialog, NumberLine, TextLine
from ui.widgets.record_table import RecordTable

tr_kpi_metric_dialog = Context("tr_kpi_metric_dialog")

# Which way is better, by the metric's code: the form's choice and the list's column.
DIRECTION_WORDS = {"higher": QT_TRANSLATE_NOOP("tr_kpi_metric_dialog", "Higher is better"),
                   "lower": QT_TRANSLATE_NOOP("tr_kpi_metric_dialog", "Lower is better")}
BETTER_WORDS = {"higher": QT_TRANSLATE_NOOP("tr_kpi_metric_dialog", "Higher"),
                "lower": QT_TRANSLATE_NOOP("tr_kpi_metric_dialog", "Lower")}


class BetterBox(ChoiceBox):
    """Which way is better, in words ("Higher is better")."""

    def __init__(self, parent=None):
        super().__init__((), parent=parent)
        for code in kpi.RULES["better"].choices:
            self.addItem(tr_kpi_metric_dialog.tr(DIRECTION_WORDS[code]), code)


class KpiMetricDialog(FormDialog):
    """New metric for `client_id` when `metric_id` is None (a preset fills the fields in),
    otherwise edit that metric."""

    def __init__(self, client_id: int, metric_id: int | None = None, parent=None):
        super().__init__(tr_kpi_metric_dialog.tr("Edit KPI metric") if metric_id
                         else tr_kpi_metric_dialog.tr("New KPI metric"), parent)
        self.client_id = client_id
        self.metric_id = metric_id
        self.rules = {key: rule for key, rule in kpi.RULES.items() if key != "client"}
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.addItem(tr_kpi_metric_dialog.tr("None: start from blank fields"))
        self.presets = {p["name"]: p for p in kpi.presets()}
        for name in self.presets:
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(lambda _i: self.apply_preset())
        if metric_id is None:
            self.form.addRow(tr_kpi_metric_dialog.tr("Start from"), self.preset)
        self.add_field("name", tr_kpi_metric_dialog.tr("Name"), TextLine())
        self.add_field("line_of_business", tr_kpi_metric_dialog.tr("Line of business"),
                       TextLine())
        self.fields["line_of_business"].setPlaceholderText(
            tr_kpi_metric_dialog.tr("Blank: the whole account"))
        self.add_field("unit", tr_kpi_metric_dialog.tr("Unit"),
                       ChoiceBox(kpi.RULES["unit"].choices))
        self.add_field("better", tr_kpi_metric_dialog.tr("Direction"), BetterBox())
        self.add_field("target", tr_kpi_metric_dialog.tr("Target"), NumberLine())
        self.unit_hint = QLabel()
        self.unit_hint.setObjectName("hint")
        self.form.addRow("", self.unit_hint)
        self.add_field("warning", tr_kpi_metric_dialog.tr("Warning at"), NumberLine())
        self.fields["warning"].setPlaceholderText(
            tr_kpi_metric_dialog.tr("Optional: between target and this is a warning"))
        self.add_field("rollup", tr_kpi_metric_dialog.tr("Rolls up by"),
                       ChoiceBox(kpi.RULES["rollup"].choices))
        self.add_field("weight_column", tr_kpi_metric_dialog.tr("Weight column"), TextLine())
        self.add_field("decimals", tr_kpi_metric_dialog.tr("Decimals shown"), NumberLine())
        self.add_field("shareable", "",
                       Check(tr_kpi_metric_dialog.tr("Shareable with the client")))
        self.fields["unit"].currentIndexChanged.connect(lambda _i: self._update_hints())
        self.fields["rollup"].currentIndexChanged.connect(lambda _i: self._update_hints())
        self.finish_layout()
        self.limit_lengths(None)
        if metric_id:
            self.record = kpi.get(metric_id)
            self.set_values(self.record)
        else:
            self.record = {}
            self.set_values({"decimals": 0, "rollup": "average", "unit": "score",
                             "better": "higher", "shareable": False})
        self._update_hints()

    def apply_preset(self) -> None:
        """Fill every field from the preset chosen (a user changes what differs)."""
        name = self.preset.currentData()
        if name is not None:
            self.set_values({"line_of_business": "", **self.presets[name]})
            self._update_hints()

    def _update_hints(self) -> None:
        weighted = self.fields["rollup"].value() == "weighted"
        column = self.fields["weight_column"]
        column.setEnabled(weighted)
        column.setPlaceholderText(
            tr_kpi_metric_dialog.tr("The import column weighing each value (Handled)")
            if weighted else tr_kpi_metric_dialog.tr("Only for a weighted roll-up"))
        if not weighted:
            column.clear()
        unit = self.fields["unit"].value()
        self.unit_hint.setText(
            tr_kpi_metric_dialog.tr("Targets in seconds: 300 is 5:00.") if unit == "seconds"
            else tr_kpi_metric_dialog.tr("Targets from 0 to 100 ({example} is {percent}).")
            .format(example=value_text(92.5, "score", 1), percent=value_text(92.5, "percent", 1))
            if unit == "percent" else "")

    def save(self, values: dict) -> dict:
        if self.metric_id:
            return kpi.update(self.metric_id, **values)
        record = kpi.define(client=self.client_id, **values)
        self.metric_id = record["id"]  # a retry after a later failure edits, not duplicates
        return record


TABLE_MARGIN = 50  # the dialog's margins, the table's frame and its vertical scroll bar


def _figure(key: str):
    return lambda row: value_text(row[key], row["unit"], row["decimals"])


class KpiMetricsDialog(QDialog):
    """The metrics of one client, with New, Edit and Archive (Restore when archived shown).

    Signals: `metrics_changed()` after a metric was saved, archived or restored."""

    metrics_changed = Signal()

    def __init__(self, client_id: int, client_name: str, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.setWindowTitle(tr_kpi_metric_dialog.tr("KPIs of {client}").format(client=client_name))
        intro = QLabel(tr_kpi_metric_dialog.tr(
            "The metrics {client} judges its agents by. Their figures come from a KPI import; "
            "agents below target show on the dashboard, on My work and on each profile.")
            .format(client=client_name), wordWrap=True)
        intro.setObjectName("hint")
        self.table = RecordTable([
            Column("name", tr_kpi_metric_dialog.tr("Name"), width=130),
            Column("line_of_business", tr_kpi_metric_dialog.tr("Line of business"), width=120),
            choice("unit", tr_kpi_metric_dialog.tr("Unit"), codes=KPI_UNIT_CHOICES, width=70),
            Column("better", tr_kpi_metric_dialog.tr("Better"), width=65,
                   text=lambda r: tr_kpi_metric_dialog.tr(BETTER_WORDS[r["better"]])),
            Column("target", tr_kpi_metric_dialog.tr("Target"), width=70,
                   text=_figure("target")),
            Column("warning", tr_kpi_metric_dialog.tr("Warning"), width=70,
                   text=_figure("warning")),
            choice("rollup", tr_kpi_metric_dialog.tr("Roll-up"),
                   codes=KPI_ROLLUP_CHOICES, width=75),
            Column("weight_column", tr_kpi_metric_dialog.tr("Weight column"), width=115),
            Column("shareable", tr_kpi_metric_dialog.tr("Shareable"), width=75)])
        fit_headers(self.table)
        # wide enough for every column (longer titles in Spanish) where the screen allows
        screen = self.screen().availableGeometry()
        self.resize(min(max(820, self.table.horizontalHeader().length() + TABLE_MARGIN),
                        screen.width() - 40), 420)
        self.table.record_activated.connect(lambda _row: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.empty = QLabel(tr_kpi_metric_dialog.tr(
            "No KPI metrics for this client yet. New… starts from a preset: AHT, CSAT, FCR, "
            "QA score, adherence or attendance."), wordWrap=True)
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(tr_kpi_metric_dialog.tr("New…"))
        self.edit_button = QPushButton(tr_kpi_metric_dialog.tr("Edit…"))
        self.archive_button = QPushButton(tr_kpi_metric_dialog.tr("Archive"))
        self.show_archived = QCheckBox(tr_kpi_metric_dialog.tr("Show archived"))
        self.new_button.clicked.connect(self.new_metric)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.show_archived.toggled.connect(lambda _on: self.load())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setAutoDefault(False)  # Enter in the list edits; it clicks nothing else
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.show_archived)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(close)
        self.load()

    def keyPressEvent(self, event) -> None:
        """Enter edits the metric in the list (the view's `activated`) and nothing else:
        QDialog would click a default button, even the open form's Save."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def load(self, select_id: int | None = None) -> None:
        rows = kpi.list(self.client_id, include_archived=self.show_archived.isChecked())
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        shown = self.table.rows()
        number = next((n for n, r in enumerate(shown) if r["id"] == select_id), 0)
        if shown:
            self.table.selectRow(number)
        self.update_actions()

    def update_actions(self) -> None:
        row = self.table.current_record()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(tr_kpi_metric_dialog.tr("Restore") if row and row["archived"]
                                    else tr_kpi_metric_dialog.tr("Archive"))

    def _open(self, dialog: KpiMetricDialog) -> KpiMetricDialog:
        return dialog.open_over(self, lambda record: self._saved(record["id"]))

    def _saved(self, metric_id: int) -> None:
        self.load(metric_id)
        self.metrics_changed.emit()

    def new_metric(self) -> KpiMetricDialog:
        return self._open(KpiMetricDialog(self.client_id))

    def edit_selected(self) -> KpiMetricDialog | None:
        row = self.table.current_record()
        return self._open(KpiMetricDialog(self.client_id, row["id"])) if row else None

    def archive_or_restore(self) -> None:
        """Archived metrics keep their figures but take no imports and leave the roll-ups."""
        row = self.table.current_record()
        if row is None:
            return
        archive = not row["archived"]
        try:
            kpi.set_archived(row["id"], archive)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._saved(row["id"])
