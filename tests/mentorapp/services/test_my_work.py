"""My work and feedback acknowledgement: on a SQLite file ("me" chosen in Settings), and in
shared mode as each person on the private cluster."""

from __future__ import annotations

import datetime as dt

import pytest
from service_helpers import TODAY, Make, days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.services import careers, feedback, mentoring, my_work, settings, training
from tests.mentorapp.services.shared_company import build_company


@pytest.fixture
def team(sqlite_db):
    """On a SQLite file (in shared mode "me" is the signed-in user's staff record): me, a
    mentor, with one mentee who has something in every section, and an outsider."""
    make = Make()
    me = make.staff(first_name="Lena")
    mentee = make.staff(first_name="Ana")
    outsider = make.staff(first_name="Ben")
    settings.set("me_staff_id", str(me["id"]))
    pair = make.mentorship(make.mentor(me), mentee)
    other_pair = make.mentorship(make.mentor(make.staff()), outsider)
    session = mentoring.log_session(pair["id"], date=days_ago(3), action_items=[
        {"text": "Mentee reads FAQ", "owner": "mentee", "due_date": TODAY},
        {"text": "Mentor books QA", "owner": "mentor", "due_date": days_ago(1)},
        {"text": "Mentor undated", "owner": "mentor"}])
    mentoring.log_session(other_pair["id"], date=days_ago(3), action_items=[
        {"text": "Not mine", "owner": "mentor"}])
    done = mentoring.actions.create(mentorship=pair["id"], text="Done already", owner="mentor")
    mentoring.complete_action(done["id"])
    for person in (mentee, outsider):
        careers.check_ins.create(staff=person["id"], date=days_ago(80),
                                 next_date=TODAY + dt.timedelta(days=5))
        feedback.create(staff=person["id"], source="client", client=make.client()["id"],
                        kind="incident", date=days_ago(2), root_cause="Wrong amount",
                        lesson_learned="Check", follow_up_date=TODAY)
    program = training.programs.create(name="Cert", type="certification", validity_months=12)
    soon = training.enrollments.create(staff=mentee["id"], program=program["id"],
                                       status="completed", completed_date=days_ago(340))
    training.enrollments.create(staff=mentee["id"], program=program["id"], status="completed",
                                completed_date=days_ago(200))  # expires in ~165 days
    return {"me": me, "mentee": mentee, "outsider": outsider, "session": session,
            "soon": soon, "make": make}


def test_my_people_are_my_active_mentees_only(team):
    rows = my_work.people()
    assert [(r["id"], r["relation"]) for r in rows] == [(team["mentee"]["id"], "mentee")]


def test_my_action_items_are_the_open_ones_on_my_side(team):
    texts = [row["text"] for row in my_work.action_items()]
    assert texts == ["Mentor books QA", "Mentor undated"]  # due first, undated last
    assert {row["with"] for row in my_work.action_items()} == {
        f"Ana {team['mentee']['last_name']}"}


def test_a_mentee_sees_the_items_they_own(team):
    settings.set("me_staff_id", str(team["mentee"]["id"]))
    assert [row["text"] for row in my_work.action_items()] == ["Mentee reads FAQ"]
    assert my_work.people() == []


def test_check_ins_incidents_and_certifications_of_my_people(team):
    mentee = team["mentee"]["id"]
    assert [row["staff"] for row in my_work.check_ins_due()] == [mentee]
    assert my_work.check_ins_due(within_days=2) == []  # the next one is in 5 days
    assert [row["staff"] for row in my_work.incident_follow_ups()] == [mentee]
    certifications = my_work.expiring_certifications()
    assert [row["id"] for row in certifications] == [team["soon"]["id"]]
    assert certifications[0]["expires_on"] <= TODAY + dt.timedelta(days=60)


def test_without_a_staff_record_my_work_is_empty(team):
    settings.set("me_staff_id", "")
    summary = my_work.summary()
    assert summary["me"]["staff"] is None
    assert all(summary[key] == [] for key in summary if key != "me")


def test_acknowledging_feedback_records_who_when_and_the_comment(team):
    about_me = feedback.create(staff=team["me"]["id"], source="management", date=TODAY,
                               comment="Good quarter")
    feedback.create(staff=team["me"]["id"], source="management", date=days_ago(91),
                    comment="Too old to ask about")
    assert [row["id"] for row in my_work.to_acknowledge()] == [about_me["id"]]
    record = feedback.acknowledge(about_me["id"], "  Thanks, noted  ")
    assert record["acknowledged_by"] == "tester"
    assert record["acknowledgement"] == "Thanks, noted"
    assert abs(record["acknowledged_at"] - dt.datetime.now(dt.UTC).replace(tzinfo=None)) \
        < dt.timedelta(minutes=1)
    assert my_work.to_acknowledge() == []
    assert last_audit("feedback", about_me["id"])["changes"]["acknowledgement"] == \
        ["", "Thanks, noted"]
    with pytest.raises(ValidationError, match="was acknowledged on"):
        feedback.acknowledge(about_me["id"])


def test_only_the_person_acknowledges_and_not_their_own_self_feedback(team):
    about_mentee = feedback.create(staff=team["mentee"]["id"], source="mentor", date=TODAY,
                                   comment="Noted")
    with pytest.raises(ValidationError, match="only the person the feedback is about"):
        feedback.acknowledge(about_mentee["id"])
    mine = feedback.create(staff=team["me"]["id"], source="self", date=TODAY, comment="Noted")
    with pytest.raises(ValidationError, match="needs no acknowledgement"):
        feedback.acknowledge(mine["id"])
    with pytest.raises(ValidationError, match="2001 characters"):
        feedback.acknowledge(feedback.create(staff=team["me"]["id"], source="peer",
                                             date=TODAY, comment="Noted")["id"], "x" * 2001)


def test_the_mentor_sees_what_their_people_have_not_acknowledged(team):
    about_mentee = feedback.create(staff=team["mentee"]["id"], source="mentor", date=TODAY,
                                   comment="Noted")
    ids = [row["id"] for row in my_work.unacknowledged_by_my_people()]
    assert about_mentee["id"] in ids
    assert all(row["staff"] == team["mentee"]["id"] for row in
               my_work.unacknowledged_by_my_people())
    settings.set("me_staff_id", str(team["mentee"]["id"]))
    feedback.acknowledge(about_mentee["id"])
    settings.set("me_staff_id", str(team["me"]["id"]))
    assert about_mentee["id"] not in [row["id"] for row in my_work.unacknowledged_by_my_people()]


# -- shared mode: as each person, the database deciding ---------------------------------------
@pytest.fixture(scope="module")
def company(scram_cluster):
    yield from build_company(scram_cluster)


@pytest.mark.postgres
def test_my_work_of_the_mentor_in_shared_mode(company):
    database = company.open_as("lead")
    try:
        summary = my_work.summary()
        ids = company.ids
        assert summary["me"]["role"] == "mentor"
        assert {(r["id"], r["relation"]) for r in summary["people"]} == {
            (ids["ana"], "mentee"), (ids["cara"], "reports to me")}
        assert [r["text"] for r in summary["action_items"]] == ["Book a call with QA"]
        assert [r["staff"] for r in summary["check_ins"]] == [ids["cara"]]
        assert [r["id"] for r in summary["incidents"]] == [ids["incident"]]
        assert [r["id"] for r in summary["certifications"]] == [ids["certification"]]
        assert ids["praise"] in [r["id"] for r in summary["unacknowledged"]]
        assert summary["to_acknowledge"] == []
    finally:
        database.close()


@pytest.mark.postgres
def test_an_agent_acknowledges_feedback_about_her_in_shared_mode(company):
    database = company.open_as("ana")
    try:
        summary = my_work.summary()
        assert summary["me"]["role"] == "agent"
        assert [r["id"] for r in summary["to_acknowledge"]] == [company.ids["praise"]]
        assert [r["text"] for r in summary["action_items"]] == ["Read the refund FAQ"]
        record = feedback.acknowledge(company.ids["praise"], "Thank you")
        assert record["acknowledged_by"] == company.login("ana")
        assert record["comment"] == "Calm with an angry caller"
        assert my_work.to_acknowledge() == []
    finally:
        database.close()
    database = company.open_as("lead")
    try:
        assert company.ids["praise"] not in [r["id"] for r in
                                             my_work.unacknowledged_by_my_people()]
        entry = database.execute_sql(
            "SELECT acknowledgement FROM feedback WHERE id = %s",
            (company.ids["praise"],)).fetchone()
        assert entry == ("Thank you",)
    finally:
        database.close()
