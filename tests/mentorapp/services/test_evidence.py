"""Coaching tied to evidence (issue 15): citing evaluations, feedback and KPI metrics on a
session, the candidates offered, the follow-up date, and the figures before and after checked
against hand computations, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from records import make_evaluation, make_kpi_metric, make_kpi_values, make_scorecard
from service_helpers import last_audit

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import MentoringSession, SessionEvidence
from mentorapp.services import evidence, feedback, mentoring
from tests.conftest import PLAIN_BACKENDS

SESSION_DAY = dt.date(2026, 6, 10)
FOLLOW_UP = dt.date(2026, 8, 15)
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
NO_GREETING = {**ALL_YES, "greet": "no"}  # 7 of 8 points: 87.5%
NOT_VERIFIED = {**ALL_YES, "verify": "no"}  # a critical fail: 0%


@pytest.fixture
def case(make):
    """A mentee on a client with an AHT metric, mentored since January, and one session."""
    client = make.client("Acme")
    mentee = make.staff("Ana", "Cruz", client, since=dt.date(2025, 1, 1))
    ship = make.mentorship(mentee=mentee, start_date=dt.date(2026, 1, 1))
    session = mentoring.log_session(ship["id"], date=SESSION_DAY, topics="Handling time")
    aht = make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower",
                          target=300, rollup="weighted", weight_column="Handled")
    return {"client": client, "mentee": mentee, "ship": ship, "session": session["id"],
            "aht": aht, "card": make_scorecard(make)}


def evaluation(make, case, day, answers=ALL_YES, person=None):
    return make_evaluation(make, case["card"], person or case["mentee"], answers,
                           interaction_date=day)


def rated(make, case, day, rating, **values):
    return make.feedback(case["mentee"], date=day, rating=rating, **values)


# -- citing ----------------------------------------------------------------------------------
def test_cited_items_are_listed_in_order_with_readable_labels(db, make, case):
    failed = evaluation(make, case, dt.date(2026, 3, 12), NOT_VERIFIED)
    incident = make.feedback(case["mentee"], kind="incident", date=dt.date(2026, 3, 3),
                             comment="Hung up on a caller  after\na long hold")
    evidence.cite(case["session"], evaluation=failed["id"])
    evidence.cite(case["session"], feedback=incident["id"])
    cited = evidence.cite(case["session"], metric=case["aht"]["id"])
    assert cited["label"] == "AHT" and cited["kind"] == "metric"
    assert [(e["kind"], e["record_id"], e["label"])
            for e in evidence.evidence_of(case["session"])] == [
        ("evaluation", failed["id"], "Evaluation 12 Mar 2026, 0% (critical fail)"),
        ("feedback", incident["id"], "Incident 3 Mar 2026: Hung up on a caller after a long "
                                     "hold"),
        ("metric", case["aht"]["id"], "AHT")]


def test_a_long_feedback_text_is_cut_in_its_label(db, make, case):
    entry = rated(make, case, dt.date(2026, 6, 1), 2, comment="word " * 40)
    label = evidence.cite(case["session"], feedback=entry["id"])["label"]
    assert label.startswith("Feedback 1 Jun 2026, rated 2: word word")
    assert label.endswith("…") and len(label) < 100


def test_citing_refuses_what_is_not_about_the_mentee_and_duplicates(db, make, case):
    someone = make.staff("Other", "Person")
    other_client = make.client("Elsewhere")
    theirs = evaluation(make, case, dt.date(2026, 6, 1), person=someone)
    their_feedback = make.feedback(someone, date=dt.date(2026, 6, 1))
    not_measured = make_kpi_metric(make, other_client, name="CSAT")
    mine = evaluation(make, case, dt.date(2026, 6, 1))
    evidence.cite(case["session"], evaluation=mine["id"])
    refusals = [
        ({"evaluation": theirs["id"]}, "about someone other than the mentee"),
        ({"feedback": their_feedback["id"]}, "about someone other than the mentee"),
        ({"metric": not_measured["id"]}, "not one the mentee is measured by"),
        ({"evaluation": mine["id"]}, "already cited"),
        ({"evaluation": mine["id"], "metric": case["aht"]["id"]}, "one evaluation, feedback"),
        ({}, "one evaluation, feedback"),
        ({"incident": 3}, "'incident' is not evidence"),
        ({"feedback": 999_999}, "no feedback entry with id 999999"),
        ({"metric": "AHT"}, "given by its id"),
    ]
    for item, words in refusals:
        with pytest.raises(ValidationError, match=words) as caught:
            evidence.cite(case["session"], **item)
        assert caught.value.field == "evidence"
    assert SessionEvidence.select().count() == 1
    with pytest.raises(NotFoundError, match="No mentoring session with id 999999"):
        evidence.cite(999_999, evaluation=mine["id"])


def test_a_metric_the_mentee_has_figures_for_applies_without_a_placement(db, make, case):
    other_client = make.client("Elsewhere")
    csat = make_kpi_metric(make, other_client, name="CSAT")
    make_kpi_values(csat, case["mentee"], [(dt.date(2026, 5, 2), 80)])
    assert evidence.cite(case["session"], metric=csat["id"])["label"] == "CSAT"


def test_set_evidence_replaces_all_or_nothing_and_uncite_removes_one(db, make, case):
    first = evaluation(make, case, dt.date(2026, 6, 1))
    second = evaluation(make, case, dt.date(2026, 6, 2))
    evidence.set_evidence(case["session"], [{"kind": "evaluation", "id": first["id"]},
                                            {"kind": "metric", "id": case["aht"]["id"]}])
    someone_else = evaluation(make, case, dt.date(2026, 6, 3), person=make.staff())
    with pytest.raises(ValidationError, match="someone other"):
        evidence.set_evidence(case["session"], [{"kind": "evaluation", "id": second["id"]},
                                                {"kind": "evaluation",
                                                 "id": someone_else["id"]}])
    assert [e["record_id"] for e in evidence.evidence_of(case["session"])] == [
        first["id"], case["aht"]["id"]]
    kept = evidence.set_evidence(case["session"], [{"kind": "metric", "id": case["aht"]["id"]},
                                                   {"kind": "evaluation", "id": second["id"]}])
    assert [(e["kind"], e["record_id"]) for e in kept] == [
        ("metric", case["aht"]["id"]), ("evaluation", second["id"])]
    evidence.uncite(kept[0]["id"])
    assert [e["record_id"] for e in evidence.evidence_of(case["session"])] == [second["id"]]


def test_deleting_a_session_removes_its_evidence(db, make, case):
    evidence.cite(case["session"], metric=case["aht"]["id"])
    MentoringSession.delete_by_id(case["session"])
    assert SessionEvidence.select().count() == 0


# -- candidates ------------------------------------------------------------------------------
def test_candidates_are_the_last_90_days_of_the_mentee_then_their_metrics(db, make, case):
    recent = evaluation(make, case, dt.date(2026, 6, 1))
    too_old = evaluation(make, case, dt.date(2026, 3, 1))  # 101 days before the session
    incident = make.feedback(case["mentee"], kind="incident", date=dt.date(2026, 5, 20))
    archived = rated(make, case, dt.date(2026, 5, 25), 3)
    feedback.entity.archive(archived["id"])
    evaluation(make, case, dt.date(2026, 6, 1), person=make.staff())  # someone else's
    make_kpi_metric(make, make.client("Elsewhere"), name="CSAT")  # not theirs
    fcr = make_kpi_metric(make, case["client"], name="FCR")
    found = evidence.candidates(case["mentee"]["id"], SESSION_DAY)
    assert [(c["kind"], c["record_id"], c["date"]) for c in found] == [
        ("evaluation", recent["id"], dt.date(2026, 6, 1)),
        ("feedback", incident["id"], dt.date(2026, 5, 20)),
        ("metric", case["aht"]["id"], None), ("metric", fcr["id"], None)]
    assert too_old["id"] not in [c["record_id"] for c in found if c["kind"] == "evaluation"]
    assert found[1]["label"] == "Incident 20 May 2026: What happened"


# -- the follow-up ---------------------------------------------------------------------------
def test_follow_up_date_is_set_checked_and_cleared(db, make, case):
    with pytest.raises(ValidationError,
                       match=r"must be on or after the session's date \(2026-06-10\)"):
        evidence.set_follow_up(case["session"], dt.date(2026, 6, 1))
    with pytest.raises(ValidationError, match="follow-up date: .next week. is not a date"):
        evidence.set_follow_up(case["session"], "next week")
    evidence.set_follow_up(case["session"], "2026-08-15")
    assert evidence.follow_up_date(case["session"]) == FOLLOW_UP
    assert mentoring.sessions.get(case["session"])["follow_up_date"] == FOLLOW_UP
    evidence.set_follow_up(case["session"], None)
    assert evidence.follow_up_date(case["session"]) is None


def test_log_session_with_evidence_is_all_or_nothing(db, make, case):
    mine = evaluation(make, case, dt.date(2026, 6, 1))
    theirs = evaluation(make, case, dt.date(2026, 6, 1), person=make.staff())
    sessions_before = mentoring.sessions.count()
    with pytest.raises(ValidationError, match="someone other"):
        evidence.log_session(case["ship"]["id"], date=SESSION_DAY, follow_up_date=FOLLOW_UP,
                             evidence=[{"kind": "evaluation", "id": theirs["id"]}],
                             action_items=[{"text": "Listen to two calls"}])
    assert mentoring.sessions.count() == sessions_before
    assert mentoring.actions.count() == 0
    logged = evidence.log_session(case["ship"]["id"], date=SESSION_DAY,
                                  follow_up_date=FOLLOW_UP,
                                  evidence=[{"kind": "evaluation", "id": mine["id"]}],
                                  action_items=[{"text": "Listen to two calls"}])
    assert logged["follow_up_date"] == FOLLOW_UP
    assert [e["record_id"] for e in logged["evidence"]] == [mine["id"]]
    assert len(logged["action_items"]) == 1
    with pytest.raises(ValidationError, match="on or after the session"):
        evidence.update_session(logged["id"], topics="Changed", follow_up_date="2026-01-01")
    assert mentoring.sessions.get(logged["id"])["topics"] == ""
    updated = evidence.update_session(logged["id"], topics="Changed", evidence=[])
    assert (updated["topics"], updated["follow_up_date"], updated["evidence"]) == (
        "Changed", FOLLOW_UP, [])


def test_follow_ups_due_are_the_mentors_sessions_due_within_a_week(db, make, case):
    mentor_staff = mentoring.mentors.get(case["ship"]["mentor"])["staff"]
    later = mentoring.log_session(case["ship"]["id"], date=dt.date(2026, 6, 20))
    third = mentoring.log_session(case["ship"]["id"], date=dt.date(2026, 6, 21))
    evidence.set_follow_up(case["session"], dt.date(2026, 7, 1))  # overdue
    evidence.set_follow_up(later["id"], dt.date(2026, 7, 9))  # within the week
    evidence.set_follow_up(third["id"], dt.date(2026, 7, 20))  # not yet
    evidence.cite(case["session"], metric=case["aht"]["id"])
    due = evidence.follow_ups_due(mentor_staff, today=dt.date(2026, 7, 3))
    assert [(r["id"], r["evidence"], r["mentee_name"]) for r in due] == [
        (case["session"], 1, "Ana Cruz"), (later["id"], 0, "Ana Cruz")]
    assert evidence.follow_ups_due(case["mentee"]["id"], today=dt.date(2026, 7, 3)) == []


# -- before and after ------------------------------------------------------------------------
def test_before_after_against_a_hand_computation(db, make, case):
    evidence.set_follow_up(case["session"], FOLLOW_UP)
    # AHT, weighted by handled contacts. May (the month before the session):
    # (300*10 + 360*30) / 40 = 345 s. August (the follow-up's month): (280*20 + 320*20) / 40
    # = 300 s. June's figure is in neither. Lower is better: "better".
    make_kpi_values(case["aht"], case["mentee"], [
        (dt.date(2026, 5, 3), 300, 10), (dt.date(2026, 5, 4), 360, 30),
        (dt.date(2026, 6, 2), 900, 50),
        (dt.date(2026, 8, 1), 280, 20), (dt.date(2026, 8, 20), 320, 20)])
    # The evaluation cited (0%, a critical fail) against the ones after the session up to the
    # follow-up: 100% (20 Jun) and 87.5% (15 Jul): 93.75%. The session day's and the one after
    # the follow-up are not counted.
    cited = evaluation(make, case, dt.date(2026, 6, 2), NOT_VERIFIED)
    evaluation(make, case, SESSION_DAY, NOT_VERIFIED)
    evaluation(make, case, dt.date(2026, 6, 20))
    evaluation(make, case, dt.date(2026, 7, 15), NO_GREETING)
    evaluation(make, case, dt.date(2026, 8, 20), NOT_VERIFIED)
    # The incident rated 2 against later ratings 4 (15 Jun) and 5 (1 Jul): 4.5; an unrated
    # entry and those on the session day or after the follow-up are left out.
    incident = make.feedback(case["mentee"], kind="incident", date=dt.date(2026, 6, 5),
                             rating=2)
    rated(make, case, SESSION_DAY, 1)
    rated(make, case, dt.date(2026, 6, 15), 4)
    rated(make, case, dt.date(2026, 6, 25), None)
    rated(make, case, dt.date(2026, 7, 1), 5)
    rated(make, case, dt.date(2026, 8, 16), 1)
    for item in ({"metric": case["aht"]["id"]}, {"evaluation": cited["id"]},
                 {"feedback": incident["id"]}):
        evidence.cite(case["session"], **item)
    result = evidence.before_after(case["session"])
    assert (result["date"], result["follow_up_date"], result["until"]) == (
        SESSION_DAY, FOLLOW_UP, FOLLOW_UP)
    rows = {row["kind"]: row for row in result["items"]}
    assert rows["metric"]["before"] == pytest.approx(345)
    assert rows["metric"]["after"] == pytest.approx(300)
    assert (rows["metric"]["change"], rows["metric"]["before_text"],
            rows["metric"]["after_text"]) == ("better", "345 s", "300 s")
    assert rows["metric"]["measure"] == "AHT: May 2026 vs Aug 2026"
    assert rows["evaluation"]["before"] == 0
    assert rows["evaluation"]["after"] == pytest.approx(93.75)
    assert (rows["evaluation"]["after_count"], rows["evaluation"]["change"],
            rows["evaluation"]["after_text"]) == (2, "better", "94%")
    assert rows["feedback"]["before"] == 2
    assert rows["feedback"]["after"] == pytest.approx(4.5)
    assert (rows["feedback"]["after_count"], rows["feedback"]["before_text"],
            rows["feedback"]["after_text"]) == (2, "2", "4.5")


def test_without_a_follow_up_the_figures_run_to_today(db, make, case):
    make_kpi_values(case["aht"], case["mentee"], [(dt.date(2026, 5, 3), 300, 10),
                                                  (dt.date(2026, 7, 3), 330, 10)])
    evidence.cite(case["session"], metric=case["aht"]["id"])
    result = evidence.before_after(case["session"], today=dt.date(2026, 7, 20))
    (row,) = result["items"]
    assert result["until"] == dt.date(2026, 7, 20)
    assert (row["before"], row["after"], row["change"]) == (300, 330, "worse")
    no_figures = evidence.before_after(case["session"], today=dt.date(2026, 9, 1))
    assert (no_figures["items"][0]["after"], no_figures["items"][0]["after_text"],
            no_figures["items"][0]["change"]) == (None, "–", None)


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_citing_and_the_follow_up_are_audited(db, make, case):
    cited = evidence.cite(case["session"], metric=case["aht"]["id"])
    assert last_audit("session_evidence", cited["id"]) == {
        "action": "create", "actor": "tester", "entity_id": cited["id"],
        "changes": {"session": [None, case["session"]], "metric": [None, case["aht"]["id"]]}}
    evidence.uncite(cited["id"])
    assert last_audit("session_evidence", cited["id"])["action"] == "delete"
    evidence.set_follow_up(case["session"], FOLLOW_UP)
    assert last_audit("mentoring session", case["session"])["changes"] == {
        "follow_up_date": [None, "2026-08-15"]}
