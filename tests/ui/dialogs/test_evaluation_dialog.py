"""The evaluation form and detail: the live score (N/A, a critical fail), saving, and the
dispute flow from the agent's dispute to the QA lead's decision, through the dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import click_save, offscreen_warnings, type_into
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from records import QUALITY_ITEMS, make_evaluation, make_scorecard

from mentorapp.services import quality
from ui.dialogs.evaluation_dialog import EvaluationDetailDialog, EvaluationDialog

pytestmark = offscreen_warnings


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer(qtbot, dialog, key: str, value: str) -> None:
    """Click an item's answer button as a user would."""
    panel = dialog.fields.get("answers") or dialog.fields.get("proposed")
    button = panel.answers.answers[key].buttons[value]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=button.rect().topLeft() + button.rect().center() / 4)
    assert button.isChecked()


def score_line(dialog) -> str:
    return dialog.score_label.text()


@pytest.fixture
def card(ui_db, make):
    return make_scorecard(make, name="Phone QA")


def test_the_score_follows_the_answers_with_na_and_a_critical_fail(qtbot, make, card):
    person = make.staff("Ana", "Cruz")
    form = opened(qtbot, EvaluationDialog())
    assert form.fields["version"].currentText() == "Phone QA (version 1)"
    assert score_line(form) == "Score: answer the items to see it"
    answer(qtbot, form, "greet", "n/a")
    assert score_line(form).startswith(
        "Score so far (1 of 4 items answered): none (every answered item is N/A)")
    answer(qtbot, form, "solve", "partial")
    assert score_line(form).startswith("Score so far (2 of 4 items answered): 50%")
    answer(qtbot, form, "verify", "yes")
    answer(qtbot, form, "tone", "5")
    assert score_line(form).startswith("Score: 78.6%")  # (2 + 1.5 + 2) / 7, greet N/A
    assert "Critical fail" not in score_line(form)
    answer(qtbot, form, "verify", "no")
    assert score_line(form).startswith("Score: 0%")
    assert score_line(form).endswith("Critical fail: Verified identity")
    answer(qtbot, form, "verify", "yes")
    type_into(qtbot, form, staff="Ana Cruz", interaction_id="CALL-7")
    qtbot.keyClicks(form.fields["answers"].answers.comments["solve"], "Half solved")
    click_save(qtbot, form)
    assert not form.isVisible(), form.message.text()
    saved = quality.evaluation(form.result_record["id"])
    assert (saved["staff"], saved["interaction_id"], saved["score"]) == \
        (person["id"], "CALL-7", pytest.approx(78.5714, abs=1e-3))
    assert saved["answers"]["solve"] == {"answer": "partial", "comment": "Half solved",
                                         "section": "Resolution", "text": "Solved the problem"}


def test_unanswered_items_and_a_missing_agent_are_shown_not_saved(qtbot, card):
    form = opened(qtbot, EvaluationDialog())
    answer(qtbot, form, "greet", "yes")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("answers") == ("Answer every item (N/A where it does not apply): "
                                          "Verified identity, Solved the problem, Tone")
    assert "required" in form.error_text("staff")
    assert quality.evaluation_list() == []


def test_no_published_scorecard_says_what_to_do(qtbot, ui_db, make):
    make_scorecard(make, publish=False)
    form = opened(qtbot, EvaluationDialog())
    assert "publish one on the Scorecards tab" in form.message.text()
    assert not form.buttons.button(form.buttons.StandardButton.Save).isEnabled()


def test_dispute_then_partly_accepted_makes_version_2_of_the_score(qtbot, make, card):
    evaluation = make_evaluation(make, card, answers={"greet": "no", "verify": "yes",
                                                      "solve": "no", "tone": "5"})
    assert evaluation["score"] == pytest.approx(50.0)  # (2 + 2) / 8
    detail = opened(qtbot, EvaluationDetailDialog(evaluation["id"]))
    assert detail.dispute_button.isEnabled() and not detail.decide_button.isEnabled()
    dispute = detail.dispute()
    qtbot.keyClicks(dispute.fields["reason"], "I greeted and solved it")
    assert dispute.score_label.text() == "Score with these answers: 50% (given: 50%)"
    answer(qtbot, dispute, "greet", "yes")
    answer(qtbot, dispute, "solve", "yes")
    assert dispute.score_label.text() == "Score with these answers: 100% (given: 50%)"
    click_save(qtbot, dispute)
    assert not dispute.isVisible(), dispute.message.text()
    assert detail.evaluation["status"] == "disputed"
    assert detail.tabs.tabText(2) == "Disputes (1)"
    assert detail.disputes_table.column_texts("Proposed") == ["greet: Yes, solve: Yes"]
    assert not detail.dispute_button.isEnabled() and detail.decide_button.isEnabled()

    decide = detail.decide()
    assert not decide.fields["answers"].isEnabled()
    decide.fields["decision"].setCurrentIndex(
        decide.fields["decision"].findData("partly_accepted"))
    assert decide.fields["answers"].isEnabled()
    answer(qtbot, decide, "solve", "no")  # keep greet only
    qtbot.keyClicks(decide.fields["note"], "Greeting heard at 0:05")
    click_save(qtbot, decide)
    assert not decide.isVisible(), decide.message.text()
    assert detail.evaluation["status"] == "resolved"
    assert detail.history_table.column_texts("Score") == ["50%", "62.5%"]
    assert detail.disputes_table.column_texts("Decision") == ["Partly accepted"]
    assert detail.score_label.text() == "Score: 62.5%  (version 2 of the score)"
    assert not detail.decide_button.isEnabled()


def test_a_dispute_needs_a_reason_and_a_changed_answer(qtbot, make, card):
    evaluation = make_evaluation(make, card)
    detail = opened(qtbot, EvaluationDetailDialog(evaluation["id"]))
    dispute = detail.dispute()
    click_save(qtbot, dispute)
    assert dispute.isVisible()
    assert "required" in dispute.error_text("reason").lower()
    qtbot.keyClicks(dispute.fields["reason"], "Not fair")
    click_save(qtbot, dispute)
    assert dispute.error_text("proposed") == "Propose at least one answer"
    assert quality.evaluation(evaluation["id"])["status"] == "open"


def test_acknowledge_and_who_sees_which_buttons(qtbot, make, card, monkeypatch):
    evaluation = make_evaluation(make, card)
    detail = opened(qtbot, EvaluationDetailDialog(evaluation["id"]))
    acknowledge = detail.acknowledge()
    qtbot.keyClicks(acknowledge.fields["comment"], "Thanks")
    click_save(qtbot, acknowledge)
    assert detail.evaluation["status"] == "acknowledged"
    assert not detail.acknowledge_button.isEnabled() and not detail.dispute_button.isEnabled()
    other = make_evaluation(make, card)
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "ana", "role": "agent", "staff": evaluation["staff"], "shared": True})
    as_agent = opened(qtbot, EvaluationDetailDialog(evaluation["id"]))
    assert as_agent.dispute_button.isVisibleTo(as_agent)
    assert not as_agent.decide_button.isVisibleTo(as_agent)
    someone_elses = opened(qtbot, EvaluationDetailDialog(other["id"]))
    assert not someone_elses.dispute_button.isVisibleTo(someone_elses)
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "qa.lead", "role": "qa", "staff": None, "shared": True})
    as_lead = opened(qtbot, EvaluationDetailDialog(other["id"]))
    assert as_lead.decide_button.isVisibleTo(as_lead)
    assert not as_lead.acknowledge_button.isVisibleTo(as_lead)


def test_picking_the_agent_takes_their_current_client(qtbot, make, card):
    acme = make.client("Acme")
    person = make.staff("Zoe", "Quinn", acme)
    form = opened(qtbot, EvaluationDialog())
    picker = form.fields["staff"]
    picker.setFocus()
    qtbot.keyClicks(picker, "quin")
    qtbot.waitUntil(lambda: picker.completer().completionCount() == 1)
    with qtbot.waitSignal(picker.picked) as picked:
        picker.completer().activated.emit(picker.completer().currentCompletion())
    assert picked.args == [person["id"]]
    assert form.fields["client"].text() == "Acme"


def test_the_agent_s_client_brings_its_own_scorecard(qtbot, make, card):
    """A scorecard of another client (first by name) gives way to the client's own when the
    agent's client is filled in; one for all clients stays."""
    acme, other = make.client("Acme"), make.client("Brightline")
    make_scorecard(make, name="Aaa Brightline form", client=other["id"])
    make_scorecard(make, name="Zzz Acme form", client=acme["id"])
    make.staff("Zoe", "Quinn", acme)
    form = opened(qtbot, EvaluationDialog())
    box = form.fields["version"]
    assert box.currentText().startswith("Aaa Brightline form")
    picker = form.fields["staff"]
    picker.setFocus()
    qtbot.keyClicks(picker, "quin")
    qtbot.waitUntil(lambda: picker.completer().completionCount() == 1)
    picker.completer().activated.emit(picker.completer().currentCompletion())
    assert form.fields["client"].text() == "Acme"
    assert box.currentText().startswith("Zzz Acme form")
    box.setCurrentIndex(box.findText(card["name"], Qt.MatchFlag.MatchStartsWith))
    form.match_scorecard(acme["id"])  # a scorecard for all clients is kept
    assert box.currentText().startswith(card["name"])


def test_the_score_line_in_portuguese(qtbot, make, card, in_language):
    """"So far" is chosen from the count of answers, not by rewriting the English line; the
    decimals are the language's."""
    in_language("pt_BR")
    make.staff("Ana", "Cruz")
    form = opened(qtbot, EvaluationDialog())
    assert form.windowTitle() == "Nova avaliação"
    assert form.fields["version"].currentText() == "Phone QA (versão 1)"
    assert score_line(form) == "Pontuação: responda aos itens para vê-la"
    answer(qtbot, form, "solve", "partial")
    assert score_line(form).startswith("Pontuação até agora (1 de 4 itens respondidos): 50%")
    for key, value in (("greet", "n/a"), ("verify", "yes"), ("tone", "5")):
        answer(qtbot, form, key, value)
    assert score_line(form).startswith("Pontuação: 78,6%")
    answer(qtbot, form, "verify", "no")
    assert score_line(form).endswith("Falha crítica: Verified identity")


def test_the_detail_in_spanish(qtbot, make, card, in_language):
    in_language("es")
    evaluation = make_evaluation(make, card, answers={"greet": "no", "verify": "yes",
                                                      "solve": "no", "tone": "5"})
    detail = opened(qtbot, EvaluationDetailDialog(evaluation["id"]))
    assert [detail.tabs.tabText(i) for i in range(3)] == [
        "Respuestas", "Historial del puntaje (1)", "Apelaciones (0)"]
    assert detail.score_label.text() == "Puntaje: 50%"
    assert detail.findChild(QLabel, "fact_scorecard").text() == "Phone QA (versión 1)"
    assert detail.history_table.column_texts("Puntaje") == ["50%"]
    dispute = detail.dispute()
    assert dispute.score_label.text() == "Puntaje con estas respuestas: 50% (otorgado: 50%)"
    click_save(qtbot, dispute)
    assert dispute.isVisible()  # a reason is required


def test_a_calibration_result_in_spanish(qtbot, ui_db, in_language, monkeypatch):
    """The trend's direction is shown by its code's words (every code quality gives)."""
    from ui.dialogs.calibration_dialog import DIRECTION_WORDS, CalibrationResultDialog

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_ES")))
    in_language("es")
    result = opened(qtbot, CalibrationResultDialog({"id": 999, "interaction_id": "CAL-9"}))
    assert result.windowTitle() == "Calibración: CAL-9"
    assert result.heading.text().endswith(
        ". Cada evaluador califica la interacción; la evaluación del experto se marca como "
        "referencia.")
    points = [{"held_on": dt.date(2026, 11, 2), "accuracy": 80.0},
              {"held_on": dt.date(2026, 11, 20), "accuracy": 92.5}]
    assert quality._direction([p["accuracy"] for p in points]) in DIRECTION_WORDS
    monkeypatch.setattr(quality, "accuracy_trend", lambda who: {
        "evaluator": who, "points": points, "direction": "improving"})
    result.show_trend("ann")
    assert result.trend_label.text() == "2 calibraciones, la última 92,5%: mejorando"
    axis = result.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categoriesLabels() == ["2/11/26", "20/11/26"]


def row_positions(form) -> dict[str, int]:
    """Where each item's answer buttons are in the dialog (y, in pixels)."""
    QApplication.processEvents()
    form.layout().activate()
    return {key: buttons.mapTo(form, QPoint(0, 0)).y()
            for key, buttons in form.fields["answers"].answers.answers.items()}


def test_the_score_and_the_messages_never_move_the_rows(qtbot, make, card):
    """The score line, a critical fail and the message about unanswered items appeared
    above the items and pushed every row down while the user clicked, so the next click
    landed on the wrong row."""
    make.staff("Ana", "Cruz")
    form = opened(qtbot, EvaluationDialog())
    type_into(qtbot, form, staff="Ana Cruz")  # only the answers are refused
    before = row_positions(form)
    answer(qtbot, form, "greet", "yes")  # "Score so far …"
    assert row_positions(form) == before
    answer(qtbot, form, "verify", "no")  # a second line: "Critical fail: …"
    assert "Critical fail" in score_line(form)
    assert row_positions(form) == before
    click_save(qtbot, form)  # refused: "Answer every item …" in red
    assert form.error_text("answers") and not form.error_text("staff")
    assert row_positions(form) == before
    answer(qtbot, form, "verify", "yes")
    answer(qtbot, form, "solve", "no")
    assert row_positions(form) == before
    below = form.fields["answers"].geometry().bottom()
    assert form.score_label.mapTo(form, QPoint(0, 0)).y() > below


def test_the_unanswered_message_follows_the_answers_after_a_refused_save(qtbot, card):
    form = opened(qtbot, EvaluationDialog())
    answer(qtbot, form, "greet", "yes")
    click_save(qtbot, form)
    assert form.error_text("answers") == ("Answer every item (N/A where it does not apply): "
                                          "Verified identity, Solved the problem, Tone")
    assert form.fields["answers"].property("invalid")
    answer(qtbot, form, "solve", "yes")
    assert form.error_text("answers") == ("Answer every item (N/A where it does not apply): "
                                          "Verified identity, Tone")
    answer(qtbot, form, "verify", "yes")
    answer(qtbot, form, "tone", "4")
    assert form.error_text("answers") == ""
    assert not form.fields["answers"].property("invalid")


def test_an_item_s_weight_shows_as_typed_never_in_scientific_notation(qtbot, ui_db):
    from ui.widgets.scorecard_answers import item_caption

    assert [item_caption({"text": "A", "weight": w}) for w in (2, 2.5, 0.00001)] == [
        "A (weight 2)", "A (weight 2.5)", "A (weight 0.00001)"]
    assert "e+" not in item_caption({"text": "A", "weight": 99999999999})


def test_the_form_says_which_answer_fails_a_critical_item(qtbot, ui_db, make):
    """On a 1-5 scale only 1 fails (2 earns a quarter): the caption names the answer."""
    from ui.widgets.scorecard_answers import item_caption

    items = [{**item, "allow_na": item.get("allow_na", True),
              "scale": item.get("scale", "yes_no")} for item in QUALITY_ITEMS]
    items[3]["critical"] = "section"
    card = make_scorecard(make, items=items)
    form = opened(qtbot, EvaluationDialog())
    captions = [label.text() for label in form.fields["answers"].answers.findChildren(QLabel)]
    assert "Verified identity (weight 2, critical: No zeroes the whole evaluation)" in captions
    assert "Tone (weight 2, critical: 1 zeroes its section)" in captions
    assert quality.items(quality.version_id(card["id"]))[3]["critical"] == "section"
    assert item_caption({"text": "A", "weight": 1, "scale": "yes_partial_no",
                         "critical": "evaluation"}) == \
        "A (weight 1, critical: No zeroes the whole evaluation)"


def test_a_calibration_s_agent_and_interaction_are_fixed(qtbot, make, card):
    """Each scorer could change the agent (a third picked another one) and the date was
    today's, not the calibration's."""
    held_on = dt.date(2026, 3, 1)
    session = quality.create_calibration(quality.version_id(card["id"]), "CAL-5",
                                         held_on=held_on)
    ana = make.staff("Ana", "Cruz")
    row = next(r for r in quality.calibration_list() if r["id"] == session["id"])
    first = opened(qtbot, EvaluationDialog(calibration=row))
    assert first.fields["interaction_id"].isReadOnly()
    assert first.fields["interaction_date"].value() == held_on
    assert first.fields["interaction_date"].isReadOnly()
    assert not first.fields["interaction_date"].calendar_action.isVisible()
    assert not first.fields["staff"].isReadOnly()  # the first evaluator names the agent
    quality.evaluate(row["version"], {"greet": "yes", "verify": "yes", "solve": "yes",
                                      "tone": "5"}, evaluator="expert", staff=ana["id"],
                     interaction_date=held_on, calibration=session["id"], reference=True)
    second = opened(qtbot, EvaluationDialog(calibration=row))
    assert second.fields["staff"].value() == ana["id"]
    assert second.fields["staff"].isReadOnly()
    assert second.fields["staff"].toolTip() == ("The calibration's: every evaluator scores the "
                                                "same interaction")
    assert (second.fields["interaction_id"].text(),
            second.fields["interaction_date"].value()) == ("CAL-5", held_on)
