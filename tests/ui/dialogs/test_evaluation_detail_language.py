"""An evaluation's details write its interaction date as the window's language does (issue 18)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from records import make_evaluation, make_scorecard

from ui.dialogs.evaluation_dialog import EvaluationDetailDialog


def test_the_interaction_date_in_spanish(qtbot, ui_db, make, spanish):
    card = make_scorecard(make, name="Phone QA")
    evaluation = make_evaluation(make, card, interaction_id="CALL-7", channel="chat",
                                 interaction_date=dt.date(2026, 1, 31))
    detail = EvaluationDetailDialog(evaluation["id"])
    qtbot.addWidget(detail)
    assert detail.findChild(QLabel, "fact_interaction").text() == "CALL-7, Chat, 31/1/26"
