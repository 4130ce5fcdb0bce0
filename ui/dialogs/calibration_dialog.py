"""Calibrations: a new one (a scorecard version and an interaction several evaluators score
blind), and its result: the spread of the answers per item, each evaluator's distance from
the reference (expert) score, and an evaluator's accuracy over their calibrations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from mentorapp.errors import UserError
from mentorapp.services import quality
from ui import i18n
from ui.dialogs.evaluation_dialog import decimal, percent, version_text
from ui.i18n import Context
from ui.models.table import Column
from ui.theme import danger_color
from ui.widgets.charts import line_chart
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, FormDialog, TextBox, TextLine
from ui.widgets.lookups import client_picker
from ui.widgets.record_table import RecordTable

tr_calibration_dialog = Context("tr_calibration_dialog")

WIDE_SPREAD = 0.5  # a spread from here up (half the credit or more) is shown in red
# quality.accuracy_trend()'s directions
DIRECTION_WORDS = {"improving": QT_TRANSLATE_NOOP("tr_calibration_dialog", "improving"),
                   "worsening": QT_TRANSLATE_NOOP("tr_calibration_dialog", "worsening"),
                   "steady": QT_TRANSLATE_NOOP("tr_calibration_dialog", "steady")}


SHOWN_EVALUATORS = 6  # the evaluator rows the result shows at least (more scroll)


def by_name(names) -> list[str]:
    """Evaluators by name, whatever their case ("Ann", "bob", "Carl")."""
    return sorted(names, key=lambda name: (name.casefold(), name))


def show_rows(table: RecordTable, rows: int) -> None:
    """A table at least tall enough for its heading and `rows` rows."""
    height = (table.horizontalHeader().sizeHint().height()
              + table.verticalHeader().defaultSectionSize() * max(rows, 1)
              + 2 * table.frameWidth())
    table.setMinimumHeight(height)


class CalibrationDialog(FormDialog):
    """A new calibration on the latest published version of a scorecard."""

    def __init__(self, parent=None):
        super().__init__(tr_calibration_dialog.tr("New calibration"), parent)
        self.created = False
        versions = quality.published_versions()
        card = self.add_field("version", tr_calibration_dialog.tr("Scorecard"), ChoiceBox([]))
        for row in versions:
            card.addItem(version_text(row["name"], row["number"]), row["version"])
        self.add_field("interaction_id", tr_calibration_dialog.tr("Interaction ID"), TextLine()
                       ).setMaxLength(100)
        self.add_field("held_on", tr_calibration_dialog.tr("Held on"), DateField())
        self.add_field("client", tr_calibration_dialog.tr("Client"), client_picker())
        self.add_field("notes", tr_calibration_dialog.tr("Notes"), TextBox(2))
        if not versions:
            self.message.setText(tr_calibration_dialog.tr(
                "No published scorecard yet: publish one on the Scorecards tab first."))
            self.message.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.finish_layout()

    def save(self, values: dict) -> dict:
        record = quality.create_calibration(values["version"], values["interaction_id"],
                                            held_on=values["held_on"],
                                            client=values["client"], notes=values["notes"])
        self.created = True
        return record

    def saved_message(self) -> str:
        return tr_calibration_dialog.tr("New calibration saved: each evaluator now scores it")


def spread_columns() -> list[Column]:
    return [
        Column("key", tr_calibration_dialog.tr("Item key"), width=90),
        Column("spread", tr_calibration_dialog.tr("Spread"), numeric=True, width=70,
               text=lambda r: percent(100 * r["spread"]),
               color=lambda r: danger_color() if r["spread"] >= WIDE_SPREAD else None),
        Column("text", tr_calibration_dialog.tr("Item"), width=300),
    ]


def evaluator_columns() -> list[Column]:
    return [
        Column("evaluator", tr_calibration_dialog.tr("Evaluator"), width=160),
        Column("distance", tr_calibration_dialog.tr("Distance from the reference (points)"),
               numeric=True, width=230, text=lambda r: decimal(r["distance"])),
        Column("disagreement", tr_calibration_dialog.tr("Answers differing"), numeric=True,
               width=130, text=lambda r: percent(100 * r["disagreement"])),
        Column("note", "", width=40),
    ]


class CalibrationResultDialog(QDialog):
    """The result of one calibration (a `quality.calibration_list()` row)."""

    def __init__(self, calibration: dict, parent=None):
        super().__init__(parent)
        self.calibration = calibration
        self.setWindowTitle(tr_calibration_dialog.tr("Calibration: {interaction}").format(
            interaction=calibration["interaction_id"]))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        self.heading = QLabel(wordWrap=True, objectName="heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.spread_table = RecordTable(spread_columns())
        self.evaluators_table = RecordTable(evaluator_columns())
        self.evaluator_box = QComboBox(objectName="trend_evaluator")
        self.trend_label = QLabel(objectName="trend")
        self.chart_row = QHBoxLayout()
        self.chart = None
        try:
            self.result = quality.calibration_result(calibration["id"])
        except UserError as exc:
            self.result = None
            self.heading.setText(tr_calibration_dialog.tr(
                "{problem}. Each evaluator scores the interaction; the expert's evaluation is "
                "marked as the reference.").format(problem=exc))
        if self.result is not None:
            self.show_result(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 640 if self.result else 160)

    def show_result(self, layout: QVBoxLayout) -> None:
        result = self.result
        self.heading.setText(tr_calibration_dialog.tr(
            "Interaction {interaction}, held on {date}, {scorecard}. Reference: {evaluator}, "
            "score {score}.").format(
                interaction=result["interaction_id"], date=i18n.date_text(result["held_on"]),
                scorecard=version_text(self.calibration["scorecard"],
                                       self.calibration["number"]),
                evaluator=result["reference_evaluator"],
                score=percent(result["reference_total"])
                or tr_calibration_dialog.tr("none", "no score")))
        self.spread_table.set_rows([
            {"key": key, "text": result["item_text"][key], "spread": spread}
            for key, spread in result["item_spread"].items()])
        evaluators = by_name(result["distance"])
        self.evaluators_table.set_rows([
            {"evaluator": who, "distance": result["distance"][who],
             "disagreement": result["disagreement"][who]} for who in evaluators])
        spread_hint = QLabel(tr_calibration_dialog.tr(
            "Spread per item: {none} when every evaluator gave the same credit, {full} when "
            "one gave full credit and another none.").format(none=percent(0), full=percent(100)),
            wordWrap=True, objectName="hint")
        layout.addWidget(spread_hint)
        # The two tables share the height by their rows (the evaluators had a sixth of it,
        # 3 rows at 1024x700, under a mostly empty items table); the evaluators table shows
        # at least SHOWN_EVALUATORS rows.
        layout.addWidget(self.spread_table, max(2, len(result["item_spread"])))
        layout.addWidget(QLabel(tr_calibration_dialog.tr(
            "Each evaluator against the reference:")))
        layout.addWidget(self.evaluators_table, max(2, len(evaluators)))
        show_rows(self.evaluators_table, min(len(evaluators), SHOWN_EVALUATORS))
        picker = QHBoxLayout()
        picker.addWidget(QLabel(tr_calibration_dialog.tr("Accuracy trend of")))
        picker.addWidget(self.evaluator_box)
        picker.addWidget(self.trend_label, 1)
        layout.addLayout(picker)
        layout.addLayout(self.chart_row, 2)
        for who in evaluators:  # the table's order
            self.evaluator_box.addItem(who)
        self.evaluator_box.currentTextChanged.connect(self.show_trend)
        self.show_trend(self.evaluator_box.currentText())

    def show_trend(self, evaluator: str) -> None:
        """Accuracy (100 minus the distance) over the evaluator's calibrations, oldest
        first, and whether it is improving."""
        if self.chart is not None:
            self.chart_row.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None
        if not evaluator:
            self.trend_label.setText("")
            return
        trend = quality.accuracy_trend(evaluator)
        points = trend["points"]
        direction = tr_calibration_dialog.tr(DIRECTION_WORDS[trend["direction"]]) \
            if trend["direction"] else tr_calibration_dialog.tr("one calibration so far")
        latest = percent(points[-1]["accuracy"]) if points else ""
        self.trend_label.setText(tr_calibration_dialog.tr(
            "%n calibrations, latest {latest}: {direction}", None, len(points)).format(
                latest=latest, direction=direction))
        days = [i18n.date_text(p["held_on"]) for p in points]
        self.chart = line_chart(days, [p["accuracy"] for p in points], minimum=0, maximum=105,
                                tick_interval=25,
                                tips=[f"{day}: {percent(p['accuracy'])}"
                                      for day, p in zip(days, points, strict=True)])
        self.chart.setMinimumHeight(160)
        self.chart.setMaximumHeight(240)
        self.chart_row.addWidget(self.chart)
