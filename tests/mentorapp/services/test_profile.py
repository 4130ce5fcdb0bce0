"""A staff member's profile summary and rating trend, checked against the records made."""

import datetime as dt
from statistics import mean

import pytest
from service_helpers import TODAY, days_ago

from mentorapp.errors import NotFoundError
from mentorapp.services import careers, feedback, mentoring, profile, staff


def test_summary_of_a_new_person_is_empty_but_complete(db, make):
    person = make.staff(first_name="Ann", last_name="Lee")
    summary = profile.summary(person["id"], TODAY)
    assert summary["staff"] == staff.get(person["id"])
    assert summary["name"] == "Ann Lee"
    assert (summary["current_client"], summary["role"], summary["mentor"]) == (None, None, None)
    assert summary["client_history"] == []
    assert summary["average_rating_12_months"] is None
    assert summary["rated_feedback_12_months"] == 0
    assert summary["recent_feedback"] == [] and summary["competency_averages"] == {}
    assert (summary["open_action_items"], summary["trainings_completed"]) == (0, 0)
    assert summary["training_hours"] == 0.0 and summary["valid_certifications"] == 0
    assert summary["last_check_in"] is None and summary["check_in_overdue"] is False
    assert summary["goals_by_status"] == {}


def test_summary_figures_follow_from_the_records(db, make):
    acme, beta = make.client(name="Acme"), make.client(name="Beta")
    person = make.staff(first_name="Ann", last_name="Lee")
    staff.assign(person["id"], acme["id"], role="Agent", start_date=days_ago(300))
    staff.assign(person["id"], beta["id"], role="Team lead", start_date=days_ago(60))
    mentor = make.mentor(make.staff(first_name="Mia", last_name="Cruz"))
    pair = make.mentorship(mentor=mentor, mentee=person)
    session = mentoring.log_session(pair["id"], date=days_ago(3),
                                    action_items=[{"text": "One"}, {"text": "Two"},
                                                  {"text": "Three"}])
    mentoring.complete_action(session["action_items"][0]["id"])
    communication, product = make.competency_ids()[:2]
    rated = [(days_ago(10), 5, {communication: 4}), (days_ago(40), 3, {communication: 2,
                                                                        product: 5}),
             (days_ago(200), 4, {}), (days_ago(500), 1, {communication: 1})]
    for day, rating, ratings in rated:
        make.feedback(person, date=day, rating=rating, ratings=ratings)
    for n in range(5):
        make.feedback(person, date=days_ago(1), comment=f"Note {n}")
    careers.check_ins.create(staff=person["id"], date=days_ago(90), next_date=days_ago(60))
    careers.check_ins.create(staff=person["id"], date=days_ago(30), next_date=days_ago(2))
    cert = make.program(type="certification", validity_months=12, hours=6)
    make.enrollment(person, cert, status="completed", completed_date=days_ago(30))
    old = make.program(type="certification", validity_months=1, hours=3)
    make.enrollment(person, old, status="completed", completed_date=days_ago(100), hours=2.5)
    make.enrollment(person, make.program(), status="in_progress")
    make.goal(person, progress=100)
    make.goal(person, progress=20)
    make.goal(person, progress=30)

    summary = profile.summary(person["id"], TODAY)
    assert (summary["current_client"], summary["current_client_id"], summary["role"]) == (
        "Beta", beta["id"], "Team lead")
    assert summary["on_account_since"] == days_ago(60)
    assert [h["client_name"] for h in summary["client_history"]] == ["Beta", "Acme"]
    assert summary["mentor"] == "Mia Cruz"
    last_year = [(d, r, c) for d, r, c in rated if d >= TODAY - dt.timedelta(days=365)]
    assert summary["average_rating_12_months"] == round(mean(r for _, r, _ in last_year), 2)
    assert summary["rated_feedback_12_months"] == len(last_year)
    per_competency = {}
    for _, _, ratings in last_year:
        for competency, value in ratings.items():
            per_competency.setdefault(competency, []).append(value)
    assert summary["competency_averages"] == {
        "Communication": round(mean(per_competency[communication]), 2),
        "Product Knowledge": round(mean(per_competency[product]), 2)}
    recent = summary["recent_feedback"]
    assert len(recent) == profile.RECENT_FEEDBACK
    assert [r["date"] for r in recent] == sorted((r["date"] for r in recent), reverse=True)
    assert {r["comment"] for r in recent} == {f"Note {n}" for n in range(5)}
    assert summary["open_action_items"] == 2
    assert (summary["last_check_in"], summary["next_check_in"]) == (days_ago(30), days_ago(2))
    assert summary["check_in_overdue"] is True
    assert summary["trainings_completed"] == 2
    assert summary["training_hours"] == 6 + 2.5
    assert summary["valid_certifications"] == 1
    assert summary["goals_by_status"] == {"achieved": 1, "in_progress": 2}


def test_archived_feedback_is_not_recent(db, make):
    person = make.staff()
    hidden = make.feedback(person, comment="Hidden")
    feedback.archive(hidden["id"])
    assert profile.summary(person["id"])["recent_feedback"] == []


def test_rating_trend_averages_per_month(db, make):
    person, other = make.staff(), make.staff()
    today = dt.date(2025, 6, 15)
    entries = [(dt.date(2025, 6, 2), 4), (dt.date(2025, 6, 10), 5), (dt.date(2025, 4, 30), 2),
               (dt.date(2025, 4, 1), None)]
    for day, rating in entries:
        make.feedback(person, date=day, rating=rating)
    make.feedback(other, date=dt.date(2025, 5, 5), rating=1)
    assert profile.rating_trend(person["id"], 12, today) == [
        {"month": "2025-04", "average": 2.0}, {"month": "2025-06", "average": 4.5}]


def test_rating_trend_covers_exactly_the_last_n_months(db, make):
    person = make.staff()
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 12, 1):
        make.feedback(person, date=day, rating=3)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    for today, months, first in ((dt.date(2025, 3, 10), 12, "2024-04"),
                                 (dt.date(2024, 12, 31), 12, "2024-01"),
                                 (dt.date(2025, 8, 1), 3, "2025-06"),
                                 (dt.date(2025, 8, 1), 1, "2025-08")):
        trend = profile.rating_trend(person["id"], months, today)
        assert len(trend) == months, (today, months)
        assert trend[0]["month"] == first and trend[-1]["month"] == today.isoformat()[:7]


def test_summary_of_a_missing_person(db):
    with pytest.raises(NotFoundError):
        profile.summary(4040)
