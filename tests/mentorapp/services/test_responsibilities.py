"""Responsibilities given to staff, aligned to their role and career goals."""

import pytest
from service_helpers import days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.models import Responsibility
from mentorapp.services import responsibilities


def test_create_with_defaults_and_an_aligned_goal(db, make):
    person = make.staff()
    goal = make.goal(person, title="Become team lead")
    duty = make.responsibility(person, title="Run the morning huddle", goal=goal["id"],
                               aligned_to_role="no")
    assert (duty["status"], duty["aligned_to_role"], duty["goal"]) == ("active", False,
                                                                      goal["id"])
    row = responsibilities.list(staff=person["id"])[0]
    assert row["goal_title"] == "Become team lead"
    assert make.responsibility()["aligned_to_role"] is True


def test_goal_must_belong_to_the_same_person(db, make):
    ann, bob = make.staff(), make.staff()
    bobs_goal = make.goal(bob)
    with pytest.raises(ValidationError) as caught:
        make.responsibility(ann, goal=bobs_goal["id"])
    assert caught.value.field == "goal"
    assert "another staff member's career goal" in str(caught.value)
    assert Responsibility.select().count() == 0
    duty = make.responsibility(ann)
    with pytest.raises(ValidationError):
        responsibilities.update(duty["id"], goal=bobs_goal["id"])


@pytest.mark.parametrize("field, value", [("title", ""), ("assigned_date", None),
                                          ("assigned_date", "someday"), ("status", "paused"),
                                          ("goal", 999), ("aligned_to_role", "perhaps")])
def test_value_rules(db, make, field, value):
    with pytest.raises(ValidationError) as caught:
        responsibilities.create(**{"staff": make.staff()["id"], "title": "T",
                                   "assigned_date": days_ago(1), field: value})
    assert caught.value.field == field


def test_update_audits_status_and_outcome(db, make):
    duty = make.responsibility()
    responsibilities.update(duty["id"], status="Completed", outcome="Huddles run daily")
    assert last_audit("responsibility", duty["id"])["changes"] == {
        "status": ["active", "completed"], "outcome": ["", "Huddles run daily"]}


def test_list_filters_search_and_sort(db, make):
    person = make.staff()
    first = make.responsibility(person, title="Coach new hires", assigned_date=days_ago(30))
    second = make.responsibility(person, title="QA sampling", assigned_date=days_ago(3),
                                 status="completed")
    make.responsibility(title="Someone else's")
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    assert ids(responsibilities.list(staff=person["id"])) == [first["id"], second["id"]]
    assert ids(responsibilities.list(staff=person["id"], descending=True)) == [second["id"],
                                                                               first["id"]]
    assert ids(responsibilities.list(status="completed")) == [second["id"]]
    assert ids(responsibilities.list("coach")) == [first["id"]]
    responsibilities.archive(first["id"])
    assert responsibilities.count(staff=person["id"]) == 1
    responsibilities.delete(first["id"])
    assert responsibilities.count(staff=person["id"], include_archived=True) == 1
