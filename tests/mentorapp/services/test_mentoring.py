"""Mentors, expertise, mentorships, sessions (with private notes) and action items."""

import datetime as dt

import pytest
from service_helpers import TODAY, days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.models import (
    ActionItem,
    AuditEntry,
    MentoringSession,
    Mentorship,
    SessionPrivateNote,
)
from mentorapp.services import mentoring
from mentorapp.services.mentoring import actions, mentors, mentorships, sessions
from tests.conftest import PLAIN_BACKENDS


# -- mentors ----------------------------------------------------------------------------
def test_mentor_is_a_staff_member_or_an_external_coach(db, make):
    person = make.staff(first_name="Mia", last_name="Cruz")
    inside = mentors.create(staff=person["id"], capacity="4")
    coach = mentors.create(external_name="Pat Coach", external_organisation="Coaching Ltd")
    assert (inside["capacity"], inside["active"]) == (4, True)
    assert mentors.create(staff=make.staff()["id"])["capacity"] == 3
    rows = {r["id"]: r for r in mentors.list(limit=None)}
    assert rows[inside["id"]]["name"] == "Mia Cruz"
    assert rows[inside["id"]]["employee_id"] == person["employee_id"]
    assert rows[coach["id"]]["name"] == "Pat Coach"
    assert [r["id"] for r in mentors.list("coaching")] == [coach["id"]]
    assert [r["id"] for r in mentors.list("cruz")] == [inside["id"]]


def test_mentor_needs_exactly_one_of_staff_or_external_name(db, make):
    with pytest.raises(ValidationError) as caught:
        mentors.create(capacity=2)
    assert caught.value.field == "staff"
    with pytest.raises(ValidationError) as caught:
        mentors.create(staff=make.staff()["id"], external_name="Someone")
    assert caught.value.field == "external_name"


def test_a_staff_member_is_a_mentor_once(db, make):
    person = make.staff(first_name="Mia", last_name="Cruz")
    mentors.create(staff=person["id"])
    with pytest.raises(ValidationError) as caught:
        mentors.create(staff=person["id"])
    assert caught.value.field == "staff"
    assert "already used by mentor Mia Cruz" in str(caught.value)


@pytest.mark.parametrize("capacity", [0, 51, "2.5", "many"])
def test_mentor_capacity_range(db, capacity):
    with pytest.raises(ValidationError) as caught:
        mentors.create(external_name="Pat", capacity=capacity)
    assert caught.value.field == "capacity"


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_set_expertise_replaces_and_audits(db, make):
    mentor = make.mentor()
    first, second, third = make.competency_ids()[:3]
    assert mentoring.set_expertise(mentor["id"], [second, first, first]) == [first, second]
    assert mentoring.expertise_of(mentor["id"]) == [first, second]
    assert mentoring.set_expertise(mentor["id"], [str(third)]) == [third]
    assert mentoring.expertise_of(mentor["id"]) == [third]
    assert last_audit("mentor", mentor["id"])["changes"] == {
        "expertise": [[first, second], [third]]}
    with pytest.raises(ValidationError) as caught:
        mentoring.set_expertise(mentor["id"], [third, 9999])
    assert caught.value.field == "expertise" and "9999" in str(caught.value)
    assert mentoring.expertise_of(mentor["id"]) == [third]
    mentoring.set_expertise(mentor["id"], [])
    assert mentoring.expertise_of(mentor["id"]) == []


def test_mentor_with_mentorships_cannot_be_deleted_but_one_without_can(db, make):
    mentor = make.mentor()
    mentoring.set_expertise(mentor["id"], make.competency_ids()[:2])
    mentors.delete(mentor["id"])  # expertise goes with it
    assert mentors.count(include_archived=True) == 0
    busy = make.mentor()
    make.mentorship(mentor=busy)
    with pytest.raises(ValidationError, match="1 mentorship record"):
        mentors.delete(busy["id"])


# -- mentorships ------------------------------------------------------------------------
def test_mentorship_lists_names_and_filters(db, make):
    mentor = make.mentor(make.staff(first_name="Mia", last_name="Cruz"))
    mentee = make.staff(first_name="Ann", last_name="Lee")
    pair = make.mentorship(mentor=mentor, mentee=mentee, focus="Quality scores")
    make.mentorship(status="proposed", start_date=None)
    row = mentorships.list(mentee=mentee["id"])[0]
    assert (row["id"], row["mentor_name"], row["mentee_name"]) == (pair["id"], "Mia Cruz",
                                                                  "Ann Lee")
    assert row["mentee_employee_id"] == mentee["employee_id"]
    assert [r["id"] for r in mentorships.list("quality")] == [pair["id"]]
    assert [r["id"] for r in mentorships.list("mia")] == [pair["id"]]
    assert mentorships.count(status="active") == 1
    assert mentorships.count(mentor=mentor["id"]) == 1


def test_self_mentoring_is_refused(db, make):
    person = make.staff()
    mentor = make.mentor(person)
    with pytest.raises(ValidationError) as caught:
        make.mentorship(mentor=mentor, mentee=person)
    assert caught.value.field == "mentee"
    assert Mentorship.select().count() == 0


def test_a_mentorship_reports_every_wrong_field_at_once(db, make):
    person = make.staff()
    mentor = make.mentor(person, capacity=1)
    make.mentorship(mentor=mentor)
    with pytest.raises(ValidationError) as caught:
        make.mentorship(mentor=mentor, mentee=person, start_date=days_ago(5),
                        end_date=days_ago(9))
    found = {problem.field: problem.detail for problem in caught.value.every()}
    assert list(found) == ["mentee", "end_date", "mentor"]
    assert found["mentor"].startswith("is at capacity (1 of 1")
    assert Mentorship.select().count() == 1


def test_full_mentor_is_refused_until_capacity_is_raised(db, make):
    mentor = make.mentor(capacity=2)
    for _ in range(2):
        make.mentorship(mentor=mentor)
    with pytest.raises(ValidationError) as caught:
        make.mentorship(mentor=mentor)
    assert caught.value.field == "mentor"
    assert "at capacity (2 of 2" in str(caught.value)
    proposed = make.mentorship(mentor=mentor, status="proposed")  # not active: allowed
    with pytest.raises(ValidationError, match="at capacity"):
        mentorships.update(proposed["id"], status="active")
    mentors.update(mentor["id"], capacity=3)
    assert mentorships.update(proposed["id"], status="active")["status"] == "active"


def test_completed_mentorships_free_capacity(db, make):
    mentor = make.mentor(capacity=1)
    first = make.mentorship(mentor=mentor)
    mentorships.update(first["id"], status="completed")
    assert make.mentorship(mentor=mentor)["status"] == "active"


def test_updating_an_active_mentorship_of_a_full_mentor_is_allowed(db, make):
    mentor = make.mentor(capacity=1)
    pair = make.mentorship(mentor=mentor)
    assert mentorships.update(pair["id"], focus="New focus")["focus"] == "New focus"


def test_inactive_mentor_takes_no_new_mentees(db, make):
    mentor = make.mentor(active=False)
    with pytest.raises(ValidationError, match="inactive") as caught:
        make.mentorship(mentor=mentor)
    assert caught.value.field == "mentor"
    assert make.mentorship(mentor=mentor, status="proposed")["status"] == "proposed"


def test_dates_are_defaulted_from_the_status(db, make):
    active = make.mentorship(start_date=None)
    assert active["start_date"] == TODAY and active["end_date"] is None
    done = mentorships.update(active["id"], status="completed")
    assert done["end_date"] == TODAY
    proposed = make.mentorship(status="proposed", start_date=None)
    assert proposed["start_date"] is None
    cancelled = mentorships.update(proposed["id"], status="cancelled")
    assert cancelled["end_date"] == TODAY and cancelled["start_date"] is None


def test_end_before_start_is_refused(db, make):
    with pytest.raises(ValidationError) as caught:
        make.mentorship(start_date="2024-05-01", end_date="2024-04-30")
    assert caught.value.field == "end_date"


def test_mentorship_status_must_be_known(db, make):
    with pytest.raises(ValidationError) as caught:
        make.mentorship(status="paused")
    assert caught.value.field == "status"


# -- sessions and action items ----------------------------------------------------------
def test_log_session_with_action_items(db, make):
    pair = make.mentorship()
    logged = mentoring.log_session(pair["id"], date=days_ago(2), duration_minutes="45",
                                   format="Video", topics="Call handling",
                                   action_items=[{"text": "Shadow a senior agent",
                                                  "due_date": TODAY + dt.timedelta(days=7)},
                                                 {"text": "Send notes", "owner": "mentor"}])
    assert (logged["duration_minutes"], logged["format"]) == (45, "video")
    assert [i["text"] for i in logged["action_items"]] == ["Shadow a senior agent",
                                                           "Send notes"]
    assert all(i["session"] == logged["id"] and i["mentorship"] == pair["id"]
               for i in logged["action_items"])
    assert logged["action_items"][1]["owner"] == "mentor"
    assert [s["id"] for s in sessions.list(mentorship=pair["id"])] == [logged["id"]]
    assert actions.count(mentorship=pair["id"], open=True) == 2


def test_a_bad_action_item_leaves_no_session(db, make):
    pair = make.mentorship()
    with pytest.raises(ValidationError) as caught:
        mentoring.log_session(pair["id"], date=days_ago(1),
                              action_items=[{"text": "Fine"}, {"text": "", "owner": "mentee"}])
    assert caught.value.field == "text"
    assert "action item 2" in str(caught.value)
    assert MentoringSession.select().count() == 0
    assert ActionItem.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.entity == "mentoring session").count() == 0


def test_sessions_are_logged_for_active_or_completed_mentorships_only(db, make):
    proposed = make.mentorship(status="proposed")
    with pytest.raises(ValidationError) as caught:
        mentoring.log_session(proposed["id"], date=days_ago(1))
    assert caught.value.field == "mentorship" and "is proposed" in str(caught.value)


def test_future_sessions_are_refused(db, make):
    pair = make.mentorship()
    with pytest.raises(ValidationError) as caught:
        mentoring.log_session(pair["id"], date=TODAY + dt.timedelta(days=3))
    assert caught.value.field == "date"


@pytest.mark.parametrize("minutes", [4, 601, "1.5"])
def test_session_duration_range(db, make, minutes):
    pair = make.mentorship()
    with pytest.raises(ValidationError) as caught:
        mentoring.log_session(pair["id"], date=days_ago(1), duration_minutes=minutes)
    assert caught.value.field == "duration_minutes"


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_private_notes_are_stored_but_never_in_the_audit_trail(db, make):
    pair = make.mentorship()
    secret = "Confided a health issue"
    logged = mentoring.log_session(pair["id"], date=days_ago(1), shared_notes="Agreed plan",
                                   private_notes=secret)
    assert sessions.get(logged["id"])["private_notes"] == secret
    sessions.update(logged["id"], private_notes="Another secret")
    sessions.update(logged["id"], private_notes="")
    sessions.delete(logged["id"])
    entries = list(AuditEntry.select().where(AuditEntry.entity == "mentoring session")
                   .order_by(AuditEntry.id))
    assert [e.action for e in entries] == ["create", "update", "update", "update", "delete"]
    assert all(secret not in e.changes and "Another secret" not in e.changes for e in entries)
    changes = [e.changes for e in entries]
    assert '"private_notes": [null, "(private)"]' in changes[1]
    assert '"private_notes": ["(private)", "(private)"]' in changes[2]
    assert '"private_notes": ["(private)", null]' in changes[3]
    assert "Agreed plan" in changes[0]
    assert SessionPrivateNote.select().count() == 0  # the note went with its session


def test_action_item_from_another_mentorships_session_is_refused(db, make):
    first, second = make.mentorship(), make.mentorship()
    session = mentoring.log_session(first["id"], date=days_ago(1))
    with pytest.raises(ValidationError) as caught:
        actions.create(mentorship=second["id"], session=session["id"], text="Do it")
    assert caught.value.field == "session"
    assert actions.create(mentorship=first["id"], session=session["id"], text="Do it")["id"]


def test_complete_action_and_open_filter(db, make):
    pair = make.mentorship()
    item = actions.create(mentorship=pair["id"], text="Read the style guide")
    other = actions.create(mentorship=pair["id"], text="Listen to calls")
    done = mentoring.complete_action(item["id"], days_ago(1))
    assert done["done_date"] == days_ago(1)
    assert mentoring.complete_action(other["id"])["done_date"] == TODAY
    assert actions.count(open=True) == 0 and actions.count(open=False) == 2
    assert last_audit("action item", item["id"])["changes"] == {
        "done_date": [None, days_ago(1).isoformat()]}


def test_action_items_filter_by_mentee(db, make):
    mentee = make.staff()
    pair = make.mentorship(mentee=mentee)
    make_other = make.mentorship()
    actions.create(mentorship=pair["id"], text="Mine")
    actions.create(mentorship=make_other["id"], text="Theirs")
    assert [a["text"] for a in actions.list(mentee=mentee["id"])] == ["Mine"]
    assert [a["text"] for a in actions.list("their")] == ["Theirs"]


def test_action_owner_must_be_mentee_or_mentor(db, make):
    pair = make.mentorship()
    with pytest.raises(ValidationError) as caught:
        actions.create(mentorship=pair["id"], text="x", owner="manager")
    assert caught.value.field == "owner"


def test_mentor_over_capacity_filter_and_active_mentee_counts(db, make):
    mentor = make.mentor(capacity=3)
    other = make.mentor(capacity=3)
    for _ in range(3):
        make.mentorship(mentor=mentor)
    make.mentorship(mentor=other)
    mentors.update(mentor["id"], capacity=2)
    counts = {r["id"]: r["active_mentees"] for r in mentors.list()}
    assert counts == {mentor["id"]: 3, other["id"]: 1}
    assert [r["id"] for r in mentors.list(over_capacity=True)] == [mentor["id"]]
    assert [r["id"] for r in mentors.list(sort="active_mentees")] == [other["id"],
                                                                     mentor["id"]]


def test_moving_an_active_mentorship_to_a_full_mentor_is_refused(db, make):
    full = make.mentor(capacity=1)
    make.mentorship(mentor=full)
    pair = make.mentorship(mentor=make.mentor())
    with pytest.raises(ValidationError) as caught:
        mentorships.update(pair["id"], mentor=full["id"])
    assert caught.value.field == "mentor" and "at capacity" in str(caught.value)
    assert mentorships.get(pair["id"])["mentor"] != full["id"]


def test_moving_an_active_mentorship_to_an_inactive_mentor_is_refused(db, make):
    resting = make.mentor(active=False)
    pair = make.mentorship(mentor=make.mentor())
    with pytest.raises(ValidationError, match="inactive"):
        mentorships.update(pair["id"], mentor=resting["id"])


def test_expertise_ids_that_are_not_numbers(db, make):
    mentor = make.mentor()
    with pytest.raises(ValidationError) as caught:
        mentoring.set_expertise(mentor["id"], ["Quality"])
    assert caught.value.field == "expertise"


def test_an_action_item_marked_done_by_mistake_is_reopened(db, make):
    pair = make.mentorship()
    item = actions.create(mentorship=pair["id"], text="Read the style guide")
    mentoring.complete_action(item["id"])
    assert mentoring.reopen_action(item["id"])["done_date"] is None
    assert actions.count(open=True) == 1
    assert last_audit("action item", item["id"])["changes"] == {
        "done_date": [TODAY.isoformat(), None]}


def test_a_sessions_action_items_are_set_all_or_nothing(db, make):
    pair = make.mentorship()
    logged = mentoring.log_session(pair["id"], date=TODAY, action_items=[
        {"text": "Review calls"}, {"text": "Read the guide", "due_date": days_ago(-7)}])
    first, second = logged["action_items"]
    with pytest.raises(ValidationError, match="action item 2: "):
        mentoring.set_session_actions(logged["id"], [
            {"id": first["id"], "text": "Review five calls"}, {"text": "x" * 2001}])
    assert [row["text"] for row in mentoring.session_actions(logged["id"])] == [
        "Review calls", "Read the guide"]  # the first change was rolled back with the error
    stored = mentoring.set_session_actions(logged["id"], [
        {"id": first["id"], "text": "Review five calls", "owner": "mentor"},
        {"text": "Shadow a senior"}])
    assert [(row["text"], row["owner"]) for row in stored] == [
        ("Review five calls", "mentor"), ("Shadow a senior", "mentee")]
    assert stored[0]["id"] == first["id"]
    assert actions.get(second["id"])["archived"]
    assert last_audit("action item", second["id"])["changes"] == {"archived": [False, True]}


def test_an_item_of_another_session_is_never_changed_through_this_one(db, make):
    pair = make.mentorship()
    one = mentoring.log_session(pair["id"], date=TODAY, action_items=[{"text": "Mine"}])
    other = mentoring.log_session(pair["id"], date=TODAY, action_items=[{"text": "Theirs"}])
    theirs = other["action_items"][0]
    stored = mentoring.set_session_actions(one["id"], [{"id": theirs["id"], "text": "Taken"}])
    assert stored[0]["id"] != theirs["id"] and stored[0]["session"] == one["id"]
    assert actions.get(theirs["id"])["text"] == "Theirs"
    assert actions.get(one["action_items"][0]["id"])["archived"]


def test_an_action_items_dates_make_sense(db, make):
    """Due before the session that agreed it, or done in the future, is refused with both
    problems at once; an item stored before these checks can still be marked done."""
    pair = make.mentorship()
    with pytest.raises(ValidationError) as caught:
        mentoring.log_session(pair["id"], date=days_ago(2), action_items=[
            {"text": "Review calls", "due_date": days_ago(30)}])
    assert str(caught.value).startswith("due date: action item 1: must be on or after the "
                                        f"session's date, {days_ago(2).isoformat()}")
    logged = mentoring.log_session(pair["id"], date=days_ago(2), action_items=[
        {"text": "Review calls", "due_date": days_ago(2)}])
    item = logged["action_items"][0]
    with pytest.raises(ValidationError) as caught:
        actions.update(item["id"], due_date=days_ago(3), done_date=days_ago(-1))
    assert {problem.field for problem in caught.value.every()} == {"due_date", "done_date"}
    ActionItem.update(due_date=days_ago(40)).where(ActionItem.id == item["id"]).execute()
    assert mentoring.complete_action(item["id"])["done_date"] == TODAY  # stored as it was
