"""Quality page: the evaluations list with its filters and detail, the dispute flow from the
list, scorecards published from their tab, and a calibration scored blind by several
evaluators with its spread and distances shown."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    click_save,
    column_texts,
    double_click_row,
    offscreen_warnings,
    select_rows,
    show_page,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from records import make_evaluation, make_scorecard

from mentorapp.services import quality
from ui.dialogs.calibration_dialog import CalibrationDialog, CalibrationResultDialog
from ui.dialogs.evaluation_dialog import EvaluationDetailDialog, EvaluationDialog
from ui.dialogs.scorecard_dialog import ScorecardDialog
from ui.pages import quality_page as quality_page_module
from ui.pages.quality_page import QualityPage

pytestmark = offscreen_warnings
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}


@pytest.fixture
def page(qtbot, ui_db):
    def make():
        widget = QualityPage()
        return show_page(qtbot, widget, widget.evaluations, widget.scorecards,
                         widget.calibrations)
    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_all(qtbot, form, answers: dict) -> None:
    for key, value in answers.items():
        button = form.fields["answers"].answers.answers[key].buttons[value]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                         pos=button.rect().topLeft() + button.rect().center() / 4)


def shown_dialog(page, kind):
    return next(w for w in page.findChildren(kind) if w.isVisible())


def test_evaluations_list_filters_and_shows_score_and_critical_fail(qtbot, page, make):
    card = make_scorecard(make, name="Phone QA")
    acme, other = make.client("Acme"), make.client("Globex")
    ana = make.staff("Ana", "Cruz")
    make_evaluation(make, card, ana, client=acme["id"], interaction_date=dt.date(2026, 5, 2),
                    answers={**ALL_YES, "verify": "no"})
    make_evaluation(make, card, client=other["id"], interaction_date=dt.date(2026, 5, 1))
    shown = page()
    evaluations = shown.evaluations
    assert column_texts(evaluations, "Agent")[0] == "Cruz, Ana"  # newest interaction first
    assert column_texts(evaluations, "Score") == ["0%", "100%"]
    assert column_texts(evaluations, "Critical") == ["Critical fail", ""]
    assert column_texts(evaluations, "Scorecard") == ["Phone QA v1", "Phone QA v1"]
    box = evaluations.filters["client"]
    box.setCurrentIndex(box.findText("Globex"))
    qtbot.waitUntil(lambda: column_texts(evaluations, "Client") == ["Globex"])
    box.setCurrentIndex(0)
    status = evaluations.filters["status"]
    status.setCurrentIndex(status.findData("disputed"))
    qtbot.waitUntil(lambda: column_texts(evaluations, "Agent") == [])
    status.setCurrentIndex(0)
    qtbot.keyClicks(evaluations.search, "cruz")
    qtbot.waitUntil(lambda: column_texts(evaluations, "Client") == ["Acme"])
    qtbot.waitUntil(lambda: evaluations.count_label.text() == "1 evaluation")
    evaluations.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by score, in the database
    qtbot.waitUntil(lambda: evaluations.model.query.get("sort") == "score")


def test_new_evaluation_from_the_list_then_dispute_and_decide_from_its_detail(
        qtbot, page, make):
    make_scorecard(make, name="Phone QA")
    make.staff("Ana", "Cruz")
    shown = page()
    evaluations = shown.evaluations
    assert not evaluations.view.isVisible()  # the empty list says what to do
    click(qtbot, evaluations.empty_new_button)
    form = shown_dialog(evaluations, EvaluationDialog)
    type_into(qtbot, form, staff="Ana Cruz", interaction_id="CALL-1")
    answer_all(qtbot, form, {**ALL_YES, "greet": "no"})
    assert form.score_label.text().startswith("Score: 87.5%")
    click_save(qtbot, form)
    qtbot.waitUntil(lambda: column_texts(evaluations, "Score") == ["87.5%"])

    double_click_row(qtbot, evaluations.view, 0)
    detail = shown_dialog(evaluations, EvaluationDetailDialog)
    dispute = detail.dispute()
    qtbot.keyClicks(dispute.fields["reason"], "I greeted at 0:02")
    button = dispute.fields["proposed"].answers.answers["greet"].buttons["yes"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=button.rect().topLeft() + button.rect().center() / 4)
    click_save(qtbot, dispute)
    qtbot.waitUntil(lambda: column_texts(evaluations, "Status") == ["Disputed"])
    decide = detail.decide()
    decide.fields["decision"].setCurrentIndex(decide.fields["decision"].findData("accepted"))
    click_save(qtbot, decide)
    qtbot.waitUntil(lambda: column_texts(evaluations, "Status") == ["Resolved"])
    assert column_texts(evaluations, "Score") == ["100%"]
    assert detail.history_table.column_texts("Score") == ["87.5%", "100%"]


def test_publishing_from_the_scorecards_tab_keeps_the_old_evaluation_on_its_version(
        qtbot, page, make, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",  # Publish asks first
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    card = make_scorecard(make, name="Phone QA")
    make_evaluation(make, card)
    shown = page()
    scorecards = shown.scorecards
    shown.tabs.setCurrentWidget(scorecards)
    assert column_texts(scorecards, "In use") == ["Version 1"]
    select_rows(scorecards, [0])
    click(qtbot, scorecards.edit_button)
    editor = shown_dialog(scorecards, ScorecardDialog)
    editor.items_editor.select_row(3)
    click(qtbot, editor.items_editor.add_button)
    editor.items_editor.table.item(4, 2).setText("Closed the call")
    click(qtbot, editor.publish_button)
    qtbot.waitUntil(lambda: column_texts(scorecards, "In use") == ["Version 2"])
    assert column_texts(scorecards, "Items") == ["5"]
    shown.evaluations.refresh()
    qtbot.waitUntil(lambda: column_texts(shown.evaluations, "Scorecard") == ["Phone QA v1"])


def test_a_calibration_scored_blind_shows_the_spread_and_distances(qtbot, page, make):
    card = make_scorecard(make, name="Phone QA")
    session = quality.create_calibration(quality.version_id(card["id"]), "CAL-1",
                                         held_on=dt.date(2026, 3, 1))
    make.staff("Ana", "Cruz")
    shown = page()
    calibrations = shown.calibrations
    shown.tabs.setCurrentWidget(calibrations)
    assert column_texts(calibrations, "Reference") == ["Not yet"]
    for login, answers, reference in [("expert", ALL_YES, True),
                                      ("ann", {**ALL_YES, "greet": "no"}, False),
                                      ("bob", {**ALL_YES, "solve": "partial", "tone": "3"},
                                       False)]:
        select_rows(calibrations, [0])
        click(qtbot, calibrations.score_button)
        form = shown_dialog(calibrations, EvaluationDialog)
        assert form.fields["interaction_id"].text() == "CAL-1"
        assert form.fields["interaction_id"].isReadOnly()
        assert form.answers.value() == {}  # blind: nobody else's answers
        if login == "expert":
            type_into(qtbot, form, staff="Ana Cruz")
        else:
            assert form.fields["staff"].text().startswith("Ana Cruz")  # the first one's
            assert not form.fields["reference"].isEnabled()
        type_into(qtbot, form, evaluator=login)
        form.fields["reference"].setChecked(reference)
        answer_all(qtbot, form, answers)
        click_save(qtbot, form)
        assert not form.isVisible(), form.message.text()
    assert column_texts(calibrations, "Evaluations") == ["3"]
    assert column_texts(calibrations, "Reference") == ["Yes"]
    select_rows(calibrations, [0])
    click(qtbot, calibrations.score_button)
    again = shown_dialog(calibrations, EvaluationDialog)
    type_into(qtbot, again, evaluator="ann")
    answer_all(qtbot, again, ALL_YES)
    click_save(qtbot, again)
    assert again.error_text("evaluator") == "This calibration has ann's evaluation already"
    again.reject()

    select_rows(calibrations, [0])
    click(qtbot, calibrations.result_button)
    result = shown_dialog(calibrations, CalibrationResultDialog)
    assert result.spread_table.column_texts("Item key") == ["greet", "verify", "solve",
                                                            "tone"]
    assert result.spread_table.column_texts("Spread") == ["100%", "0%", "50%", "50%"]
    assert result.evaluators_table.column_texts("Evaluator") == ["ann", "bob"]
    assert result.evaluators_table.column_texts(
        "Distance from the reference (points)") == ["12.5", "31.2"]
    assert "Reference: expert, score 100%" in result.heading.text()
    assert result.trend_label.text() == "1 calibration, latest 87.5%: one calibration so far"
    result.evaluator_box.setCurrentText("bob")
    assert result.trend_label.text().startswith("1 calibration, latest 68.8%")
    assert session["id"] == calibrations.model.record(0)["id"]


def test_a_new_calibration_from_the_empty_list(qtbot, page, make):
    make_scorecard(make, name="Phone QA")
    acme = make.client("Acme")
    shown = page()
    calibrations = shown.calibrations
    shown.tabs.setCurrentWidget(calibrations)
    click(qtbot, calibrations.empty_new_button)
    form = shown_dialog(calibrations, CalibrationDialog)
    click_save(qtbot, form)
    assert form.isVisible()
    assert "required" in form.error_text("interaction_id")
    type_into(qtbot, form, interaction_id="CALL-42", client="Acme")
    form.fields["held_on"].set_value(dt.date(2026, 6, 1))
    click_save(qtbot, form)
    assert not form.isVisible(), form.message.text()
    qtbot.waitUntil(lambda: column_texts(calibrations, "Interaction") == ["CALL-42"])
    assert column_texts(calibrations, "Scorecard") == ["Phone QA v1"]
    assert column_texts(calibrations, "Held on") == ["2026-06-01"]
    assert quality.calibration_list()[0]["client"] == acme["id"]


def test_a_calibration_without_its_reference_says_so(qtbot, page, make):
    card = make_scorecard(make)
    quality.create_calibration(quality.version_id(card["id"]), "CAL-2")
    shown = page()
    shown.tabs.setCurrentWidget(shown.calibrations)
    select_rows(shown.calibrations, [0])
    click(qtbot, shown.calibrations.result_button)
    result = shown_dialog(shown.calibrations, CalibrationResultDialog)
    assert result.heading.text().startswith("This calibration has no reference (expert) "
                                            "evaluation yet.")


def test_people_who_do_not_write_quality_records_get_no_new_buttons(qtbot, page, make,
                                                                    monkeypatch):
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "ana", "role": "agent", "staff": None, "shared": True})
    shown = page()
    for part in (shown.evaluations, shown.scorecards, shown.calibrations):
        assert not part.new_button.isVisibleTo(shown)
        assert not part.archive_button.isVisibleTo(shown)
    assert not shown.tabs.isTabVisible(2)  # calibrations are the QA lead's


# -- in shared mode: the agent disputes their own evaluation, the QA lead decides ------------
@pytest.fixture(scope="module")
def company(scram_cluster):
    """The shared test company, and Quinn, its QA lead."""
    import psycopg2

    from mentorapp import db as dbmod
    from mentorapp import shared
    from tests.mentorapp.services.shared_company import build_company

    for built in build_company(scram_cluster):
        database = dbmod.connect(built.url)
        database.connect()
        shared.add_user(database, built.login("quinn"), "qa", built.password("quinn"),
                        display_name="Quinn Test")
        database.close()
        yield built
        login = built.login("quinn")
    with psycopg2.connect(scram_cluster) as server, server.cursor() as cursor:
        cursor.execute(f'DROP ROLE IF EXISTS "{login}"')
    server.close()


@pytest.mark.postgres
def test_in_shared_mode_the_agent_disputes_and_the_qa_lead_decides(qtbot, company,
                                                                    wait_for_tasks,
                                                                    monkeypatch):
    from mentorapp import opening
    from tests.records import QUALITY_ITEMS

    def quality_page(name: str) -> QualityPage:
        company.open_as(name)
        widget = QualityPage()
        return show_page(qtbot, widget, widget.evaluations, widget.scorecards,
                         widget.calibrations)

    try:
        company.open_as("quinn")
        card = quality.create_scorecard("Shared QA")
        quality.set_items(card["id"], QUALITY_ITEMS)
        quality.publish(card["id"])
        version = quality.version_id(card["id"])
        for person in ("ana", "ben"):
            quality.evaluate(version, {**ALL_YES, "greet": "no"}, staff=company.ids[person],
                             client=company.ids["acme"], interaction_date=dt.date.today())

        as_ana = quality_page("ana")
        evaluations = as_ana.evaluations
        assert column_texts(evaluations, "Agent") == ["Test, Ana"]  # only her own
        assert not evaluations.new_button.isVisibleTo(as_ana)
        assert not as_ana.tabs.isTabVisible(2)
        detail = EvaluationDetailDialog(evaluations.model.record(0)["id"])
        qtbot.addWidget(detail)
        assert detail.evaluation["evaluator"] == company.login("quinn")
        assert detail.dispute_button.isVisibleTo(detail)
        assert not detail.decide_button.isVisibleTo(detail)
        dispute = detail.dispute()
        qtbot.keyClicks(dispute.fields["reason"], "I greeted at 0:02")
        dispute.fields["proposed"].answers.answers["greet"].set_value("yes")
        click_save(qtbot, dispute)
        assert not dispute.isVisible(), dispute.message.text()
        assert detail.evaluation["status"] == "disputed"
        wait_for_tasks()

        as_quinn = quality_page("quinn")
        evaluations = as_quinn.evaluations
        assert sorted(column_texts(evaluations, "Status")) == ["Disputed", "Open"]
        assert evaluations.new_button.isVisibleTo(as_quinn)
        assert as_quinn.tabs.isTabVisible(2)
        disputed = next(r for r in evaluations.model.records() if r["status"] == "disputed")
        detail = EvaluationDetailDialog(disputed["id"])
        qtbot.addWidget(detail)
        assert not detail.dispute_button.isVisibleTo(detail)
        told = []
        monkeypatch.setattr(quality_page_module.QMessageBox, "information",
                            lambda _parent, _title, text: told.append(text))
        quality.create_calibration(version, "CAL-S1")
        as_quinn.calibrations.refresh()
        select_rows(as_quinn.calibrations, [0])
        assert as_quinn.calibrations.show_result() is None  # blind until she has scored
        assert told == ["Score this interaction first: the result shows the others' scores."]
        assert detail.decide_button.isVisibleTo(detail) and detail.decide_button.isEnabled()
        decide = detail.decide()
        click_save(qtbot, decide)  # accepted: the proposed answer applies
        assert not decide.isVisible(), decide.message.text()
        assert detail.evaluation["status"] == "resolved"
        assert detail.history_table.column_texts("Score") == ["87.5%", "100%"]
        assert detail.history_table.column_texts("Changed by") == [company.login("quinn")] * 2
        wait_for_tasks()
    finally:
        opening.close_database()
