"""Feedback: cross-field rules, competency ratings, incidents, lists."""

import datetime as dt

import pytest
from service_helpers import TODAY, audit_count, days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.models import Feedback, FeedbackRating
from mentorapp.services import feedback
from tests.conftest import PLAIN_BACKENDS


def test_create_with_defaults(db, make):
    person = make.staff()
    entry = feedback.create(staff=person["id"], source="Management", date=days_ago(3),
                            rating="4", comment="Good week")
    assert (entry["source"], entry["kind"], entry["visibility"]) == ("management", "general",
                                                                    "internal")
    assert entry["rating"] == 4 and entry["ratings"] == {}
    stored = feedback.get(entry["id"])
    assert stored["date"] == days_ago(3) and stored["comment"] == "Good week"


def test_source_is_required(db, make):
    with pytest.raises(ValidationError) as caught:
        feedback.create(staff=make.staff()["id"], date=days_ago(1))
    assert caught.value.field == "source"


def test_future_date_is_refused_today_is_fine(db, make):
    person = make.staff()
    assert make.feedback(person, date=TODAY)["date"] == TODAY
    with pytest.raises(ValidationError) as caught:
        make.feedback(person, date=TODAY + dt.timedelta(days=1))
    assert caught.value.field == "date" and "in the future" in str(caught.value)


def test_client_source_needs_a_client(db, make):
    with pytest.raises(ValidationError) as caught:
        make.feedback(source="client")
    assert caught.value.field == "client"
    assert "source is the client" in str(caught.value)
    client = make.client()
    assert make.feedback(source="client", client=client["id"])["client"] == client["id"]


def test_shareable_feedback_needs_a_client(db, make):
    with pytest.raises(ValidationError) as caught:
        make.feedback(visibility="shareable")
    assert caught.value.field == "client" and "shared with a client" in str(caught.value)
    client = make.client()
    shared = make.feedback(visibility="Shareable with client", client=client["id"])
    assert shared["visibility"] == "shareable"


def test_client_must_exist(db, make):
    with pytest.raises(ValidationError) as caught:
        make.feedback(client=12345)
    assert caught.value.field == "client" and "no client with id 12345" in str(caught.value)


@pytest.mark.parametrize("field, value", [("root_cause", "Skipped a step"),
                                          ("lesson_learned", "Follow the checklist"),
                                          ("corrective_action", "Retraining"),
                                          ("follow_up_date", TODAY),
                                          ("resolved_date", TODAY)])
def test_incident_fields_only_on_incidents(db, make, field, value):
    with pytest.raises(ValidationError) as caught:
        make.feedback(kind="recognition", **{field: value})
    assert caught.value.field == field and "only recorded for incidents" in str(caught.value)
    assert make.feedback(kind="incident", **{field: value})[field] == value


def test_every_wrong_field_is_reported_at_once(db, make):
    """One check names each wrong field (a form marks them all on the first Save), the first
    problem of a field only; nothing is saved."""
    with pytest.raises(ValidationError) as caught:
        make.feedback(date=TODAY + dt.timedelta(days=2), source="client",
                      visibility="shareable", kind="recognition", root_cause="Skipped a step",
                      lesson_learned="Read the script")
    found = {problem.field: problem.detail for problem in caught.value.every()}
    assert list(found) == ["date", "client", "root_cause", "lesson_learned"]
    assert "is in the future" in found["date"]
    assert found["client"] == "is required when the source is the client"
    assert found["root_cause"] == found["lesson_learned"] == "is only recorded for incidents"
    assert str(caught.value).startswith("date: ")  # the first, as one line for the CLI
    assert feedback.count() == 0


def test_feedback_that_says_nothing_is_refused(db, make):
    """No rating of any kind and no text: refused under the comment, nothing written."""
    person = make.staff()
    before = audit_count()
    with pytest.raises(ValidationError) as caught:
        make.feedback(person, comment="   ")
    assert caught.value.field == "comment"
    assert caught.value.detail == ("is needed when there is no rating (or write the strengths "
                                   "or improvements)")
    assert feedback.count() == 0 and audit_count() == before
    talk = make.competency("Communication")
    for said in ({"rating": 3}, {"ratings": {talk["id"]: 4}}, {"strengths": "Calm"},
                 {"improvements": "Pace"}, {"comment": "Fine"}):
        make.feedback(**said)
    assert feedback.count() == 5


def test_an_edit_cannot_empty_a_feedback(db, make):
    talk = make.competency("Communication")
    rated = make.feedback(ratings={talk["id"]: 4}, comment="")
    with pytest.raises(ValidationError, match="is needed when there is no rating"):
        feedback.update(rated["id"], ratings={})
    assert feedback.ratings_of(rated["id"]) == {talk["id"]: 4}
    said = make.feedback(comment="Fine")
    with pytest.raises(ValidationError, match="is needed when there is no rating"):
        feedback.update(said["id"], comment="")
    assert feedback.get(said["id"])["comment"] == "Fine"
    assert feedback.update(said["id"], comment="", rating=2)["rating"] == 2


def test_a_single_problem_carries_no_others(db, make):
    with pytest.raises(ValidationError) as caught:
        make.feedback(source="client")
    assert caught.value.every() == [caught.value]


@pytest.mark.parametrize("field", ["follow_up_date", "resolved_date"])
def test_follow_up_and_resolution_not_before_the_feedback_date(db, make, field):
    with pytest.raises(ValidationError) as caught:
        make.feedback(kind="incident", date=days_ago(5), **{field: days_ago(6)})
    assert caught.value.field == field and "before the feedback date" in str(caught.value)
    assert make.feedback(kind="incident", date=days_ago(5), **{field: days_ago(5)})[field]


@pytest.mark.parametrize("rating", [0, 6, "2.5", "great"])
def test_overall_rating_is_one_to_five(db, make, rating):
    with pytest.raises(ValidationError) as caught:
        make.feedback(rating=rating)
    assert caught.value.field == "rating"
    assert str(caught.value).startswith("overall rating: ")
    assert Feedback.select().count() == 0


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_competency_ratings_are_saved_and_audited(db, make):
    quality, teamwork = make.competency_ids()[:2]
    entry = make.feedback(ratings={quality: 4, str(teamwork): "5"})
    assert entry["ratings"] == {quality: 4, teamwork: 5}
    assert feedback.ratings_of(entry["id"]) == {quality: 4, teamwork: 5}
    assert last_audit("feedback", entry["id"])["changes"] == {
        "ratings": [None, {str(quality): 4, str(teamwork): 5}]}


def test_blank_competency_ratings_are_left_out(db, make):
    quality, teamwork = make.competency_ids()[:2]
    entry = make.feedback(ratings={quality: 3, teamwork: ""})
    assert feedback.ratings_of(entry["id"]) == {quality: 3}


def test_bad_competency_rating_saves_nothing(db, make):
    quality = make.competency_ids()[0]  # Communication, the first seeded
    person = make.staff()
    with pytest.raises(ValidationError) as caught:
        feedback.create(staff=person["id"], source="peer", date=days_ago(1),
                        ratings={quality: 9})
    assert caught.value.field == "ratings"
    assert str(caught.value) == "rating for Communication: 9 is out of range (1 to 5)"
    with pytest.raises(ValidationError) as caught:
        feedback.create(staff=person["id"], source="peer", date=days_ago(1),
                        ratings={99999: 3})
    assert caught.value.field == "ratings" and "no competency with id 99999" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        feedback.create(staff=person["id"], source="peer", date=days_ago(1),
                        ratings={"Quality": 3})
    assert caught.value.field == "ratings" and "'Quality' is not a competency id" in str(
        caught.value)
    assert Feedback.select().count() == 0 and FeedbackRating.select().count() == 0


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_update_replaces_ratings_and_audits_old_and_new(db, make):
    quality, teamwork, attendance = make.competency_ids()[:3]
    entry = make.feedback(ratings={quality: 2, teamwork: 3})
    updated = feedback.update(entry["id"], ratings={teamwork: 4, attendance: 5})
    assert updated["ratings"] == {teamwork: 4, attendance: 5}
    assert last_audit("feedback", entry["id"])["changes"] == {
        "ratings": [{str(quality): 2, str(teamwork): 3}, {str(teamwork): 4, str(attendance): 5}]}
    before = audit_count()
    feedback.update(entry["id"], ratings={teamwork: 4, attendance: 5})
    assert audit_count() == before  # same ratings: no change, no entry
    kept = feedback.update(entry["id"], comment="Rated")
    assert kept["ratings"] == {teamwork: 4, attendance: 5}  # ratings not given: kept
    assert feedback.update(entry["id"], ratings={})["ratings"] == {}


def test_a_bad_rating_in_an_update_rolls_back_the_other_changes(db, make):
    quality = make.competency_ids()[0]
    entry = make.feedback(comment="Before", ratings={quality: 3})
    with pytest.raises(ValidationError):
        feedback.update(entry["id"], comment="After", ratings={quality: 7})
    assert feedback.get(entry["id"])["comment"] == "Before"
    assert feedback.ratings_of(entry["id"]) == {quality: 3}


def test_update_audits_changed_fields(db, make):
    entry = make.feedback(rating=3, comment="Ok")
    feedback.update(entry["id"], rating=4, comment="Ok")
    assert last_audit("feedback", entry["id"])["changes"] == {"rating": [3, 4]}


def test_update_to_a_non_incident_with_incident_fields_is_refused(db, make):
    entry = make.feedback(kind="incident", root_cause="Rushed")
    with pytest.raises(ValidationError) as caught:
        feedback.update(entry["id"], kind="general")
    assert caught.value.field == "root_cause"


def test_resolve_incident(db, make):
    incident = make.feedback(kind="incident", date=days_ago(10), follow_up_date=days_ago(3))
    resolved = feedback.resolve_incident(incident["id"], days_ago(2))
    assert resolved["resolved_date"] == days_ago(2)
    assert feedback.count(open_incidents=True) == 0
    with pytest.raises(ValidationError) as caught:
        feedback.resolve_incident(make.feedback()["id"])
    assert caught.value.field == "kind"
    late = make.feedback(kind="incident", date=days_ago(5))
    with pytest.raises(ValidationError, match="before the feedback date"):
        feedback.resolve_incident(late["id"], days_ago(6))
    assert feedback.resolve_incident(late["id"])["resolved_date"] == TODAY


def test_list_joins_names_and_filters(db, make):
    acme = make.client(name="Acme")
    ann = make.staff(first_name="Ann", last_name="Lee")
    bob = make.staff(first_name="Bob", last_name="Ray")
    a1 = make.feedback(ann, source="client", client=acme["id"], date=days_ago(30),
                       visibility="shareable", comment="Great call handling", rating=5)
    a2 = make.feedback(ann, source="peer", date=days_ago(10), kind="incident", rating=2)
    b1 = make.feedback(bob, source="self", date=days_ago(20), kind="recognition", rating=4)
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    assert ids(feedback.list()) == [a1["id"], b1["id"], a2["id"]]  # by date
    row = feedback.list(client=acme["id"])[0]
    assert (row["first_name"], row["last_name"], row["client_name"]) == ("Ann", "Lee", "Acme")
    assert row["employee_id"] == ann["employee_id"]
    assert feedback.list(staff=bob["id"])[0]["client_name"] is None
    assert ids(feedback.list("call handling")) == [a1["id"]]
    assert ids(feedback.list("bob")) == [b1["id"]]
    assert ids(feedback.list(source="peer")) == [a2["id"]]
    assert ids(feedback.list(kind="recognition")) == [b1["id"]]
    assert ids(feedback.list(visibility="shareable")) == [a1["id"]]
    assert ids(feedback.list(date_from=days_ago(25), date_to=days_ago(15))) == [b1["id"]]
    assert ids(feedback.list(open_incidents=True)) == [a2["id"]]
    assert ids(feedback.list(sort="rating", descending=True)) == [a1["id"], b1["id"], a2["id"]]
    assert ids(feedback.list(sort="staff")) == [a1["id"], a2["id"], b1["id"]]
    assert feedback.count(staff=ann["id"]) == 2


def test_delete_takes_the_ratings_with_it(db, make):
    entry = make.feedback(ratings={make.competency_ids()[0]: 3})
    feedback.delete(entry["id"])
    assert Feedback.select().count() == 0 and FeedbackRating.select().count() == 0
    assert last_audit("feedback", entry["id"])["action"] == "delete"


def test_archive_hides_feedback(db, make):
    entry = make.feedback()
    feedback.archive(entry["id"])
    assert feedback.count() == 0 and feedback.count(include_archived=True) == 1


def test_date_filters_take_any_accepted_date_format_and_refuse_non_dates(db, make):
    old = make.feedback(date=dt.date(2024, 3, 5))
    make.feedback(date=dt.date(2024, 6, 1))
    assert [r["id"] for r in feedback.list(date_to="05/03/2024")] == [old["id"]]
    assert feedback.count(date_from="2024-03-06") == 1
    with pytest.raises(ValidationError) as caught:
        feedback.list(date_from="last spring")
    assert caught.value.field == "date_from"
