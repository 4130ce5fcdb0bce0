"""The calibration result: evaluators in one order in the table and the trend's drop-down,
and tables that share the height so every evaluator of a usual calibration shows."""

from __future__ import annotations

import datetime as dt

from builders import offscreen_warnings
from PySide6.QtWidgets import QApplication

from mentorapp.services import quality
from ui.dialogs.calibration_dialog import CalibrationResultDialog

pytestmark = offscreen_warnings

NAMES = ["bob", "Zed", "Ann", "eve", "carl", "Dave"]
RESULT = {"calibration": 9, "interaction_id": "CAL-9", "held_on": dt.date(2026, 3, 1),
          "reference_evaluator": "qa.lead", "reference_total": 100.0,
          "item_spread": {"greet": 1.0, "verify": 0.0, "solve": 0.5, "tone": 0.25},
          "item_text": {"greet": "Greeted", "verify": "Verified", "solve": "Solved",
                        "tone": "Tone"},
          "distance": {name: 5.0 * n for n, name in enumerate(NAMES)},
          "disagreement": dict.fromkeys(NAMES, 0.25)}


def shown(qtbot, monkeypatch):
    monkeypatch.setattr(quality, "calibration_result", lambda _id: RESULT)
    monkeypatch.setattr(quality, "accuracy_trend", lambda who: {
        "evaluator": who, "points": [{"held_on": dt.date(2026, 3, 1), "accuracy": 90.0}],
        "direction": None})
    dialog = CalibrationResultDialog({"id": 9, "interaction_id": "CAL-9", "scorecard": "Card",
                                      "number": 1})
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def test_evaluators_are_in_the_same_order_case_insensitive_in_table_and_drop_down(
        qtbot, ui_db, monkeypatch):
    dialog = shown(qtbot, monkeypatch)
    expected = ["Ann", "bob", "carl", "Dave", "eve", "Zed"]
    assert dialog.evaluators_table.column_texts("Evaluator") == expected
    box = dialog.evaluator_box
    assert [box.itemText(i) for i in range(box.count())] == expected


def test_every_evaluator_of_a_usual_calibration_shows_at_1024x700(qtbot, ui_db, monkeypatch):
    """At its size on a 1024x700 screen only 3 evaluator rows showed, under a mostly empty
    items table."""
    dialog = shown(qtbot, monkeypatch)
    dialog.resize(820, 640)
    QApplication.processEvents()
    table = dialog.evaluators_table
    shown_rows = table.viewport().height() // table.rowHeight(0)
    assert shown_rows >= len(NAMES)
    items = dialog.spread_table
    assert items.viewport().height() // items.rowHeight(0) >= len(RESULT["item_spread"])


def test_the_result_fits_a_1024x700_screen(qtbot, ui_db, monkeypatch):
    dialog = shown(qtbot, monkeypatch)
    assert dialog.minimumSizeHint().height() <= 640
    dialog.resize(820, 640)
    QApplication.processEvents()
    assert dialog.height() <= 640
