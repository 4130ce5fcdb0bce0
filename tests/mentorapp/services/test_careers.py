"""Career goals, self-assessments and check-ins."""

import datetime as dt

import pytest
from service_helpers import TODAY, days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.models import CheckIn, SelfAssessment
from mentorapp.services import careers
from mentorapp.services.careers import check_ins, goals, self_assessments


def test_goal_defaults_and_choices(db, make):
    goal = make.goal(horizon_years="5 years", kind="Professional", target_date="2030-06-30")
    assert (goal["horizon_years"], goal["kind"], goal["status"], goal["progress"]) == (
        5, "professional", "not_started", 0)
    assert goal["target_date"] == dt.date(2030, 6, 30)
    with pytest.raises(ValidationError) as caught:
        make.goal(horizon_years=3)
    assert caught.value.field == "horizon_years"


def test_achieved_sets_progress_to_100(db, make):
    goal = make.goal(progress=40)
    achieved = goals.update(goal["id"], status="achieved")
    assert achieved["progress"] == 100
    assert last_audit("career goal", goal["id"])["changes"] == {
        "status": ["in_progress", "achieved"], "progress": [40, 100]}


def test_progress_100_sets_achieved(db, make):
    assert make.goal(progress=100)["status"] == "achieved"
    goal = make.goal()
    assert goals.update(goal["id"], progress="100")["status"] == "achieved"


def test_progress_starts_a_goal_and_dropped_stays_dropped(db, make):
    assert make.goal(progress=10)["status"] == "in_progress"
    dropped = make.goal(status="dropped", progress=100)
    assert (dropped["status"], dropped["progress"]) == ("dropped", 100)


@pytest.mark.parametrize("progress", [-1, 101, "12.5"])
def test_progress_is_a_whole_percentage(db, make, progress):
    with pytest.raises(ValidationError) as caught:
        make.goal(progress=progress)
    assert caught.value.field == "progress"


def test_goal_lists_filter_by_staff_status_and_kind(db, make):
    ann, bob = make.staff(), make.staff()
    g1 = make.goal(ann, title="Become team lead", horizon_years=5)
    g2 = make.goal(ann, title="Get certified", kind="professional", horizon_years=1)
    g3 = make.goal(bob, title="Lead QA", progress=100)
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    assert ids(goals.list(staff=ann["id"], sort="horizon")) == [g2["id"], g1["id"]]
    assert ids(goals.list(kind="professional")) == [g2["id"]]
    assert ids(goals.list(status="achieved")) == [g3["id"]]
    assert ids(goals.list("lead")) == [g3["id"], g1["id"]]  # by horizon
    assert goals.count(staff=bob["id"]) == 1


def test_goal_with_responsibilities_cannot_be_deleted(db, make):
    person = make.staff()
    goal = make.goal(person)
    make.responsibility(person, goal=goal["id"])
    with pytest.raises(ValidationError, match="1 responsibility record"):
        goals.delete(goal["id"])
    free = make.goal(person)
    goals.delete(free["id"])
    assert goals.count(staff=person["id"]) == 1


# -- self-assessments ---------------------------------------------------------------------
def test_self_assessment_needs_at_least_one_field(db, make):
    person = make.staff()
    with pytest.raises(ValidationError) as caught:
        self_assessments.create(staff=person["id"], date=TODAY, strengths=" ")
    assert caught.value.field == "strengths" and "at least one" in str(caught.value)
    assert SelfAssessment.select().count() == 0
    for field in ("strengths", "values", "interests", "development_areas"):
        created = self_assessments.create(staff=person["id"], date=TODAY, **{field: "Some"})
        assert created[field] == "Some"
    assert self_assessments.count(staff=person["id"]) == 4


def test_self_assessment_update_cannot_empty_it(db, make):
    person = make.staff()
    entry = self_assessments.create(staff=person["id"], date=TODAY, values="Honesty")
    with pytest.raises(ValidationError):
        self_assessments.update(entry["id"], values="")
    assert self_assessments.get(entry["id"])["values"] == "Honesty"


# -- check-ins ----------------------------------------------------------------------------
def test_check_in_next_date_must_be_after_the_date(db, make):
    person = make.staff()
    for bad in (days_ago(10), days_ago(11)):
        with pytest.raises(ValidationError) as caught:
            check_ins.create(staff=person["id"], date=days_ago(10), next_date=bad)
        assert caught.value.field == "next_date"
    assert CheckIn.select().count() == 0
    made = check_ins.create(staff=person["id"], date=days_ago(10), next_date=days_ago(9),
                            reviewer="Mia", notes="On track")
    assert made["next_date"] == days_ago(9)


def test_check_in_in_the_future_is_refused(db, make):
    with pytest.raises(ValidationError) as caught:
        check_ins.create(staff=make.staff()["id"], date=TODAY + dt.timedelta(days=1))
    assert caught.value.field == "date"


def test_a_check_in_reports_both_wrong_dates_at_once(db, make):
    today_plus = TODAY + dt.timedelta(days=2)
    with pytest.raises(ValidationError) as caught:
        check_ins.create(staff=make.staff()["id"], date=today_plus, next_date=today_plus)
    assert [problem.field for problem in caught.value.every()] == ["date", "next_date"]
    assert CheckIn.select().count() == 0


def test_check_ins_list_by_staff_newest_first(db, make):
    person, other = make.staff(), make.staff()
    old = check_ins.create(staff=person["id"], date=days_ago(60))
    new = check_ins.create(staff=person["id"], date=days_ago(5))
    check_ins.create(staff=other["id"], date=days_ago(1))
    rows = check_ins.list(staff=person["id"], sort="date", descending=True)
    assert [r["id"] for r in rows] == [new["id"], old["id"]]


def test_careers_exposes_the_three_entities(db):
    assert {careers.goals.name, careers.self_assessments.name, careers.check_ins.name} == {
        "career goal", "self-assessment", "check-in"}


def _latest() -> set[int]:
    return {c.id for c in CheckIn.select().where(CheckIn.is_latest == True)}  # noqa: E712


def test_only_the_newest_check_in_of_each_person_is_marked_latest(db, make):
    ana, ben = make.staff(), make.staff()
    old = check_ins.create(staff=ana["id"], date=days_ago(200), next_date=days_ago(110))
    assert _latest() == {old["id"]}
    new = check_ins.create(staff=ana["id"], date=days_ago(100), next_date=days_ago(10))
    bens = check_ins.create(staff=ben["id"], date=days_ago(50))
    assert _latest() == {new["id"], bens["id"]}
    check_ins.update(new["id"], date=days_ago(300))  # now the older of Ana's two
    assert _latest() == {old["id"], bens["id"]}
    check_ins.update(new["id"], staff=ben["id"], date=days_ago(5), next_date=None)  # to Ben
    assert _latest() == {old["id"], new["id"]}
    check_ins.delete(new["id"])
    assert _latest() == {old["id"], bens["id"]}
    check_ins.archive(old["id"])
    assert _latest() == {bens["id"]}
    check_ins.restore(old["id"])
    assert _latest() == {old["id"], bens["id"]}
