"""The session form's evidence (issue 15): cite from the picker, remove, the follow-up date,
the figures before and after on an edited session and on the profile's mentoring tab."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import click_save, offscreen_warnings
from records import make_evaluation, make_kpi_metric, make_kpi_values, make_scorecard

from mentorapp.services import evidence, mentoring
from ui.dialogs.session_dialog import SessionDialog
from ui.pages.profile.mentoring_tab import MentoringTab

pytestmark = offscreen_warnings
SESSION_DAY = dt.date(2026, 6, 10)
FOLLOW_UP = dt.date(2026, 8, 15)


@pytest.fixture
def case(ui_db, make):
    """A mentee on Acme (AHT metric) with an evaluation, an incident and an old evaluation."""
    acme = make.client("Acme")
    mentee = make.staff("Ana", "Cruz", acme, since=dt.date(2025, 1, 1))
    ship = make.mentorship(mentee=mentee, start_date=dt.date(2026, 1, 1))
    aht = make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300,
                          rollup="weighted", weight_column="Handled")
    card = make_scorecard(make)
    failed = make_evaluation(make, card, mentee, {"greet": "yes", "verify": "no",
                                                  "solve": "yes", "tone": "5"},
                             interaction_date=dt.date(2026, 6, 2))
    make_evaluation(make, card, mentee, interaction_date=dt.date(2026, 1, 5))  # too old
    incident = make.feedback(mentee, kind="incident", date=dt.date(2026, 6, 5), rating=2,
                             comment="Hung up on a caller")
    return {"mentee": mentee, "ship": ship, "aht": aht, "card": card, "failed": failed,
            "incident": incident}


def opened(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    return form


def cite_in_picker(qtbot, editor, *labels):
    picker = editor.pick()
    qtbot.waitUntil(picker.isVisible)
    offered = [picker.list.item(row).text() for row in range(picker.list.count())]
    for row, text in enumerate(offered):
        picker.list.item(row).setSelected(text in labels)
    picker.accept()
    return offered


def test_log_a_session_citing_evidence_with_a_follow_up(qtbot, case):
    form = opened(qtbot, SessionDialog(mentorship=case["ship"]["id"]))
    form.fields["date"].set_value(SESSION_DAY)
    editor = form.fields["evidence"]
    offered = cite_in_picker(qtbot, editor, "Incident 5 Jun 2026, rated 2: Hung up on a caller",
                             "KPI: AHT")
    assert offered == ["Incident 5 Jun 2026, rated 2: Hung up on a caller",
                       "Evaluation 2 Jun 2026, 0% (critical fail)", "KPI: AHT"]
    assert editor.labels() == ["Incident 5 Jun 2026, rated 2: Hung up on a caller", "KPI: AHT"]
    # What is already cited is not offered again.
    assert cite_in_picker(qtbot, editor) == ["Evaluation 2 Jun 2026, 0% (critical fail)"]
    form.fields["follow_up_date"].set_value(FOLLOW_UP)
    click_save(qtbot, form)
    assert not form.isVisible()
    (session,) = mentoring.sessions.list()
    assert session["follow_up_date"] == FOLLOW_UP
    assert [(e["kind"], e["record_id"]) for e in evidence.evidence_of(session["id"])] == [
        ("feedback", case["incident"]["id"]), ("metric", case["aht"]["id"])]


def test_a_follow_up_before_the_session_is_shown_under_its_field(qtbot, case):
    form = opened(qtbot, SessionDialog(mentorship=case["ship"]["id"]))
    form.fields["date"].set_value(SESSION_DAY)
    form.fields["follow_up_date"].set_value(dt.date(2026, 6, 1))
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("follow_up_date") == ("Follow-up must be on or after the "
                                                 "session's date (2026-06-10)")
    assert mentoring.sessions.count() == 0


def test_edit_shows_the_figures_and_removes_an_item(qtbot, case, make):
    session = evidence.log_session(
        case["ship"]["id"], date=SESSION_DAY, follow_up_date=FOLLOW_UP,
        evidence=[{"kind": "evaluation", "id": case["failed"]["id"]},
                  {"kind": "metric", "id": case["aht"]["id"]}])
    make_kpi_values(case["aht"], case["mentee"], [(dt.date(2026, 5, 4), 360, 10),
                                                  (dt.date(2026, 8, 3), 290, 10)])
    make_evaluation(make, case["card"], case["mentee"], interaction_date=dt.date(2026, 7, 1))
    form = opened(qtbot, SessionDialog(session["id"]))
    editor = form.fields["evidence"]
    table = editor.table
    assert [[table.item(row, column).text() for column in range(3)]
            for row in range(table.rowCount())] == [
        ["Evaluation 2 Jun 2026, 0% (critical fail)", "0%", "100%"],
        ["KPI: AHT", "360 s", "290 s"]]
    assert form.fields["follow_up_date"].value() == FOLLOW_UP
    table.setCurrentCell(0, 0)
    editor.remove_current()
    assert editor.labels() == ["KPI: AHT"]
    click_save(qtbot, form)
    assert not form.isVisible()
    assert [e["kind"] for e in evidence.evidence_of(session["id"])] == ["metric"]


def test_the_picker_narrows_as_typed_and_says_when_there_is_nothing(qtbot, case, make):
    form = opened(qtbot, SessionDialog(mentorship=case["ship"]["id"]))
    form.fields["date"].set_value(SESSION_DAY)
    picker = form.fields["evidence"].pick()
    qtbot.keyClicks(picker.filter, "caller")
    shown = [picker.list.item(r).text() for r in range(picker.list.count())
             if not picker.list.item(r).isHidden()]
    assert shown == ["Incident 5 Jun 2026, rated 2: Hung up on a caller"]
    assert picker.empty.isHidden()
    picker.reject()
    loner = make.mentorship(mentee=make.staff("No", "Records"))
    other = opened(qtbot, SessionDialog(mentorship=loner["id"]))
    empty_picker = other.fields["evidence"].pick()
    assert empty_picker.list.count() == 0
    assert not empty_picker.empty.isHidden()


def test_the_mentoring_tab_shows_the_selected_sessions_evidence(qtbot, case):
    evidence.log_session(case["ship"]["id"], date=SESSION_DAY, follow_up_date=FOLLOW_UP,
                         evidence=[{"kind": "metric", "id": case["aht"]["id"]},
                                   {"kind": "feedback", "id": case["incident"]["id"]}])
    mentoring.log_session(case["ship"]["id"], date=dt.date(2026, 5, 1))  # nothing cited
    # May: (300*10 + 400*30) / 40 = 375 s; August: 310 s. Later ratings: 4.
    make_kpi_values(case["aht"], case["mentee"], [
        (dt.date(2026, 5, 4), 300, 10), (dt.date(2026, 5, 5), 400, 30),
        (dt.date(2026, 8, 3), 310, 10)])
    from records import Make
    Make().feedback(case["mentee"], date=dt.date(2026, 7, 1), rating=4)
    tab = MentoringTab(case["mentee"]["id"])
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.ensure_loaded()
    assert tab.sessions.column_texts("Follow-up") == [FOLLOW_UP.isoformat(), ""]
    assert tab.evidence.column_texts("Evidence") == [
        "AHT", "Incident 5 Jun 2026, rated 2: Hung up on a caller"]
    assert tab.evidence.column_texts("Before") == ["375 s", "2"]
    assert tab.evidence.column_texts("After") == ["310 s", "4.0"]
    assert tab.evidence.column_texts("Change") == ["Better", "Better"]
    assert tab.evidence_heading.text() == ("Evidence of the session of 10 Jun 2026: before "
                                           "it, and after it up to the follow-up on 15 Aug "
                                           "2026")
    tab.sessions.selectRow(1)
    assert tab.evidence.rows() == []
    assert tab.evidence_heading.text() == ("The session of 1 May 2026 cites no evidence (open "
                                           "it to cite some)")
