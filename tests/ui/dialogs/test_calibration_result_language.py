"""The calibration result's heading writes its date as the window's language does (issue 18)."""

from __future__ import annotations

import datetime as dt

from mentorapp.services import quality
from ui.dialogs.calibration_dialog import CalibrationResultDialog

RESULT = {"calibration": 9, "interaction_id": "CAL-9", "held_on": dt.date(2026, 11, 19),
          "reference_evaluator": "qa.lead", "reference_total": 98.3, "item_spread": {},
          "item_text": {}, "distance": {}, "disagreement": {}}


def test_the_heading_date_is_in_spanish(qtbot, ui_db, spanish, monkeypatch):
    monkeypatch.setattr(quality, "calibration_result", lambda _id: RESULT)
    dialog = CalibrationResultDialog({"id": 9, "interaction_id": "CAL-9", "scorecard": "Card",
                                      "number": 2})
    qtbot.addWidget(dialog)
    assert dialog.heading.text().startswith("Interacción CAL-9, realizada el 19/11/26, ")
