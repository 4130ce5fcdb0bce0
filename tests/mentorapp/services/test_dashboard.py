"""Dashboard figures on hand-built data; every expected value is worked out from the records
the test creates."""

import datetime as dt
from statistics import mean

import pytest
from service_helpers import TODAY, days_ago

from mentorapp.services import (
    careers,
    clients,
    dashboard,
    feedback,
    mentoring,
    profile,
    staff,
    training,
)


def month_of(day: dt.date) -> str:
    return day.isoformat()[:7]


def test_headcount_by_client_counts_current_active_staff_only(db, make):
    acme, beta, idle = make.client(name="Acme"), make.client(name="Beta"), make.client(
        name="Idle")
    gone = make.client(name="Gone")
    expected = {"Acme": 0, "Beta": 0, "Idle": 0}
    for client, n in ((acme, 3), (beta, 2)):
        for _ in range(n):
            make.staff(client=client)
        expected[client["name"]] += n
    make.staff(client=acme, status="resigned")            # not active
    archived = make.staff(client=beta)
    staff.archive(archived["id"])                          # archived
    moved = make.staff(client=acme)
    staff.assign(moved["id"], beta["id"], start_date=days_ago(10))  # now on Beta
    expected["Beta"] += 1
    ended = make.staff(client=acme)
    staff.end_assignment(ended["id"], days_ago(1))         # on no account now
    make.staff(client=gone)
    clients.archive(gone["id"])                            # archived clients are left out
    rows = dashboard.headcount_by_client()
    assert {r["name"]: r["headcount"] for r in rows} == expected
    assert [r["name"] for r in rows] == sorted(expected)
    assert {r["id"] for r in rows} == {acme["id"], beta["id"], idle["id"]}


def test_average_rating_over_a_period_and_per_client(db, make):
    acme, beta = make.client(), make.client()
    person = make.staff()
    entries = [(days_ago(5), 5, acme), (days_ago(10), 2, acme), (days_ago(20), 4, beta),
               (days_ago(40), 1, acme), (days_ago(6), None, acme)]
    for day, rating, client in entries:
        make.feedback(person, date=day, rating=rating, client=client["id"])
    start, end = days_ago(30), TODAY
    in_period = [r for d, r, _ in entries if start <= d <= end and r is not None]
    assert dashboard.average_rating(start, end) == {"average": round(mean(in_period), 2),
                                                    "count": len(in_period)}
    acme_ratings = [r for d, r, c in entries
                    if start <= d <= end and r is not None and c is acme]
    assert dashboard.average_rating(start, end, acme["id"]) == {
        "average": round(mean(acme_ratings), 2), "count": len(acme_ratings)}
    assert dashboard.average_rating(days_ago(400), days_ago(300)) == {"average": None,
                                                                      "count": 0}


def test_rating_by_month_and_feedback_by_source(db, make):
    person = make.staff()
    entries = [(days_ago(3), 4, "peer"), (days_ago(4), 2, "self"), (days_ago(70), 5, "peer"),
               (days_ago(71), None, "management")]
    for day, rating, source in entries:
        make.feedback(person, date=day, rating=rating, source=source)
    start = days_ago(100)
    expected = {}
    for day, rating, _ in entries:
        if rating is not None:
            expected.setdefault(month_of(day), []).append(rating)
    rows = dashboard.rating_by_month(start, TODAY)
    assert [r["month"] for r in rows] == sorted(expected)
    assert {r["month"]: (r["average"], r["count"]) for r in rows} == {
        m: (round(mean(v), 2), len(v)) for m, v in expected.items()}
    assert dashboard.feedback_by_source(start, TODAY) == {"peer": 2, "self": 1,
                                                          "management": 1}


def test_trainings_completed_in_a_period_with_hours(db, make):
    acme = make.client(name="Acme")
    person, other = make.staff(client=acme), make.staff()
    program = make.program(hours=8)
    done = [(person, days_ago(5), None), (person, days_ago(20), 3.5), (other, days_ago(6), 2)]
    for who, day, hours in done:
        make.enrollment(who, program, status="completed", completed_date=day, hours=hours)
    make.enrollment(person, program, status="completed", completed_date=days_ago(200))
    make.enrollment(person, program, status="failed", completed_date=days_ago(5))
    make.enrollment(person, program, status="in_progress")
    start = days_ago(30)
    hours = [8 if h is None else h for _, _, h in done]
    assert dashboard.trainings_completed(start, TODAY) == {"count": 3, "hours": sum(hours)}
    assert dashboard.training_hours_by_client(start, TODAY) == [
        {"client": "Acme", "client_id": acme["id"], "hours": hours[0] + hours[1]}]


def test_overdue_check_ins_look_at_the_latest_check_in_only(db, make):
    overdue = make.staff(first_name="Ann", last_name="Lee")
    careers.check_ins.create(staff=overdue["id"], date=days_ago(40), next_date=days_ago(10))
    careers.check_ins.create(staff=overdue["id"], date=days_ago(90), next_date=days_ago(60))
    caught_up = make.staff()  # an old overdue check-in, but a newer one since
    careers.check_ins.create(staff=caught_up["id"], date=days_ago(90), next_date=days_ago(60))
    careers.check_ins.create(staff=caught_up["id"], date=days_ago(5), next_date=TODAY)
    no_next = make.staff()  # the latest set no next date
    careers.check_ins.create(staff=no_next["id"], date=days_ago(90), next_date=days_ago(60))
    careers.check_ins.create(staff=no_next["id"], date=days_ago(30))
    resigned = make.staff(status="resigned")
    careers.check_ins.create(staff=resigned["id"], date=days_ago(40), next_date=days_ago(10))
    later = make.staff()
    careers.check_ins.create(staff=later["id"], date=days_ago(40), next_date=days_ago(3))
    rows = dashboard.overdue_check_ins(TODAY)
    assert [(r["staff_id"], r["due"]) for r in rows] == [(overdue["id"], days_ago(10)),
                                                         (later["id"], days_ago(3))]
    assert rows[0]["name"] == "Ann Lee" and rows[0]["last_check_in"] == days_ago(40)
    assert rows[0]["employee_id"] == overdue["employee_id"]
    assert dashboard.overdue_check_ins(TODAY, limit=1) == rows[:1]
    assert dashboard.overdue_check_ins(days_ago(20)) == []


def test_certifications_expiring_within_n_days(db, make):
    monthly = make.program(name="Monthly cert", type="certification", validity_months=1)
    yearly = make.program(name="Yearly cert", type="certification", validity_months=12)
    ann, bob, cy = make.staff(), make.staff(), make.staff(status="resigned")
    soon = make.enrollment(ann, monthly, status="completed", completed_date=days_ago(20))
    make.enrollment(bob, yearly, status="completed", completed_date=days_ago(20))  # far off
    expired = make.enrollment(bob, monthly, status="completed", completed_date=days_ago(45))
    make.enrollment(cy, monthly, status="completed", completed_date=days_ago(20))  # resigned
    assert expired["expires_on"] < TODAY <= soon["expires_on"]
    days_left = (soon["expires_on"] - TODAY).days
    rows = dashboard.certifications_expiring(days_left, TODAY)
    assert [(r["staff_id"], r["program"], r["expires_on"]) for r in rows] == [
        (ann["id"], "Monthly cert", soon["expires_on"])]
    assert dashboard.certifications_expiring(days_left - 1, TODAY) == []
    in_a_year = dashboard.certifications_expiring(400, TODAY)
    assert [r["program"] for r in in_a_year] == ["Monthly cert", "Yearly cert"]


def test_open_incidents_past_follow_up(db, make):
    person = make.staff(first_name="Ann", last_name="Lee")
    late = make.feedback(person, kind="incident", date=days_ago(20),
                         follow_up_date=days_ago(5), comment="Wrong refund")
    make.feedback(person, kind="incident", date=days_ago(20), follow_up_date=TODAY)  # due today
    make.feedback(person, kind="incident", date=days_ago(20))  # no follow-up date
    fixed = make.feedback(person, kind="incident", date=days_ago(20),
                          follow_up_date=days_ago(6))
    feedback.resolve_incident(fixed["id"], days_ago(1))
    hidden = make.feedback(person, kind="incident", date=days_ago(20),
                           follow_up_date=days_ago(7))
    feedback.archive(hidden["id"])
    rows = dashboard.incidents_past_follow_up(TODAY)
    assert [(r["feedback_id"], r["follow_up_date"], r["comment"]) for r in rows] == [
        (late["id"], days_ago(5), "Wrong refund")]
    assert rows[0]["name"] == "Ann Lee"


def test_mentors_over_capacity_after_lowering_capacity(db, make):
    busy = make.mentor(make.staff(first_name="Mia", last_name="Cruz"), capacity=3)
    coach = make.mentor(external_name="Pat Coach", capacity=2)
    for _ in range(3):
        make.mentorship(mentor=busy)
    for _ in range(2):
        make.mentorship(mentor=coach)
    make.mentorship(mentor=coach, status="proposed")
    assert dashboard.mentors_over_capacity() == []
    mentoring.mentors.update(busy["id"], capacity=1)
    mentoring.mentors.update(coach["id"], capacity=1)
    rows = dashboard.mentors_over_capacity()
    assert [(r["mentor_id"], r["name"], r["capacity"], r["active_mentees"]) for r in rows] == [
        (busy["id"], "Mia Cruz", 1, 3), (coach["id"], "Pat Coach", 1, 2)]
    assert rows[0]["staff_id"] == busy["staff"] and rows[1]["staff_id"] is None


def test_falling_ratings(db, make):
    falling, steady, sparse = make.staff(), make.staff(), make.staff()
    plan = {falling["id"]: ([5, 5, 4], [3, 2]), steady["id"]: ([4, 4], [4, 3]),
            sparse["id"]: ([5], [1, 1])}
    for person in (falling, steady, sparse):
        before, recent = plan[person["id"]]
        for n, rating in enumerate(before):
            make.feedback(person, date=days_ago(100 + n), rating=rating)
        for n, rating in enumerate(recent):
            make.feedback(person, date=days_ago(10 + n), rating=rating)
    rows = dashboard.falling_ratings(TODAY, days=90, drop=0.5)
    # steady dropped by 0.5 exactly; sparse has one rating before: left out
    expected = []
    for person in (falling, steady):
        before, recent = plan[person["id"]]
        expected.append((person["id"], round(mean(before), 2), round(mean(recent), 2)))
    expected.sort(key=lambda e: e[2] - e[1])
    assert [(r["staff_id"], r["before"], r["recent"]) for r in rows] == expected
    assert [r["staff_id"] for r in dashboard.falling_ratings(TODAY, drop=1.0)] == [
        falling["id"]]


def test_figures_holds_every_part_computed_for_today(db, make):
    acme = make.client(name="Acme")
    person = make.staff(client=acme)
    make.feedback(person, rating=4, source="peer")
    make.mentorship(mentee=person)
    figures = dashboard.figures(TODAY)
    assert figures["active_staff"] == 2  # the mentee and the mentor
    assert figures["active_mentorships"] == 1
    assert figures["average_rating_90_days"] == {"average": 4.0, "count": 1}
    assert figures["headcount_by_client"] == dashboard.headcount_by_client()
    assert figures["feedback_by_source"] == {"peer": 1}
    assert figures["trainings_this_quarter"] == {"count": 0, "hours": 0.0}
    for key in ("overdue_check_ins", "certifications_expiring", "incidents_past_follow_up",
                "mentors_over_capacity", "training_hours_by_client"):
        assert figures[key] == [], key
    assert "falling_ratings" not in figures  # a call of its own: the slowest list


def first_days_of_months(first: dt.date, last: dt.date) -> list[dt.date]:
    days, day = [], first.replace(day=1)
    while day <= last:
        days.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return days


def twelve_months_to(today: dt.date) -> list[str]:
    """This month and the eleven before it, as 'YYYY-MM', oldest first."""
    return [month_of(d) for d in first_days_of_months(dt.date(2023, 1, 1), today)][-12:]


def test_figures_chart_twelve_months_of_ratings(db, make):
    """The rating chart covers this month and the eleven before it, whatever today is."""
    person = make.staff()
    for day in first_days_of_months(dt.date(2023, 1, 1), dt.date(2025, 12, 1)):
        make.feedback(person, date=day, rating=3)
    for today in (dt.date(2025, 3, 10), dt.date(2024, 12, 15), dt.date(2025, 8, 31),
                  dt.date(2025, 1, 1), dt.date(2024, 7, 31)):
        charted = [r["month"] for r in dashboard.figures(today)["rating_by_month"]]
        assert charted == twelve_months_to(today), today


def test_quarter_start():
    assert dashboard.quarter_start(dt.date(2024, 5, 17)) == dt.date(2024, 4, 1)
    assert dashboard.quarter_start(dt.date(2024, 12, 31)) == dt.date(2024, 10, 1)
    assert dashboard.quarter_start(dt.date(2024, 1, 1)) == dt.date(2024, 1, 1)


def test_trainings_this_quarter_counts_from_the_quarter_start(db, make):
    program = make.program(hours=2)
    start = dashboard.quarter_start(TODAY)
    make.enrollment(program=program, status="completed", completed_date=start)
    make.enrollment(program=program, status="completed",
                    completed_date=start - dt.timedelta(days=1))
    assert dashboard.figures(TODAY)["trainings_this_quarter"] == {"count": 1, "hours": 2.0}
    assert training.enrollments.count(status="completed") == 2


def test_months_back():
    assert dashboard.months_back(dt.date(2025, 3, 31), 11) == dt.date(2024, 4, 1)
    assert dashboard.months_back(dt.date(2025, 1, 15), 1) == dt.date(2024, 12, 1)
    assert dashboard.months_back(dt.date(2025, 1, 15), 0) == dt.date(2025, 1, 1)
    assert dashboard.months_back(dt.date(2025, 12, 1), 24) == dt.date(2023, 12, 1)


def test_open_incidents_of_people_who_left_are_not_on_the_attention_list(db, make):
    """Like the other attention lists, only active staff are followed up."""
    resigned, archived = make.staff(), make.staff()
    for person in (resigned, archived):
        make.feedback(person, kind="incident", date=days_ago(20), follow_up_date=days_ago(5))
    staff.update(resigned["id"], status="resigned")
    staff.archive(archived["id"])
    assert dashboard.incidents_past_follow_up(TODAY) == []


def test_client_list_headcount_agrees_with_the_dashboard(db, make):
    acme = make.client(name="Acme")
    for status in ("active", "on_leave", "resigned"):
        make.staff(client=acme, status=status)
    archived = make.staff(client=acme)
    staff.archive(archived["id"])
    on_dashboard = {r["id"]: r["headcount"] for r in dashboard.headcount_by_client()}
    on_list = {r["id"]: r["headcount"] for r in clients.list()}
    assert on_list == on_dashboard == {acme["id"]: 2}


def test_an_archived_check_in_does_not_count_as_the_latest(db, make):
    """Archiving a check-in entered by mistake brings back the one before it, on the
    dashboard as on the profile."""
    person = make.staff()
    careers.check_ins.create(staff=person["id"], date=days_ago(40), next_date=days_ago(10))
    mistake = careers.check_ins.create(staff=person["id"], date=days_ago(2),
                                       next_date=TODAY + dt.timedelta(days=30))
    assert dashboard.overdue_check_ins(TODAY) == []
    careers.check_ins.archive(mistake["id"])
    assert profile.summary(person["id"], TODAY)["check_in_overdue"] is True
    assert [r["staff_id"] for r in dashboard.overdue_check_ins(TODAY)] == [person["id"]]


def test_a_renewed_or_archived_certification_is_not_expiring(db, make):
    yearly = make.program(name="Yearly cert", type="certification", validity_months=12)
    renewed, mistaken, due = make.staff(), make.staff(), make.staff()
    make.enrollment(renewed, yearly, status="completed", completed_date=days_ago(360))
    make.enrollment(renewed, yearly, status="completed", completed_date=days_ago(2))
    wrong = make.enrollment(mistaken, yearly, status="completed", completed_date=days_ago(360))
    training.enrollments.archive(wrong["id"])
    make.enrollment(due, yearly, status="completed", completed_date=days_ago(360))
    rows = dashboard.certifications_expiring(30, TODAY)
    assert [r["staff_id"] for r in rows] == [due["id"]]


def _team_setup(make):
    """Two clients, three people in two teams at two sites, feedback, training, check-ins
    and mentorships spread over them."""
    acme, beta = make.client(name="Acme"), make.client(name="Beta")
    ana = make.staff(client=acme, team="Blue", site="Leeds")
    ben = make.staff(client=acme, team="Red", site="York")
    cy = make.staff(client=beta, team="Blue", site="York")
    make.staff(client=beta, team="Blue", site="York", status="resigned")
    for person, client, rating, source in ((ana, acme, 5, "client"), (ben, acme, 4, "peer"),
                                           (cy, beta, 1, "peer"), (cy, acme, 2, "client")):
        make.feedback(person, client=client["id"], rating=rating, source=source,
                      date=days_ago(3))
    program = make.program(hours=4)
    for person in (ana, cy):
        make.enrollment(person, program, status="completed", completed_date=days_ago(2))
    for person in (ben, cy):
        careers.check_ins.create(staff=person["id"], date=days_ago(100),
                                 next_date=days_ago(5))
    make.mentorship(mentor=make.mentor(external_name="Pat Coach"), mentee=cy)
    return acme, beta, ana, ben, cy


def test_figures_narrowed_to_a_client_team_and_site(db, make):
    acme, beta, ana, ben, cy = _team_setup(make)
    everyone = dashboard.figures(TODAY)
    assert everyone["active_staff"] == 3
    assert everyone["average_rating_90_days"] == {"average": 3.0, "count": 4}
    on_acme = dashboard.figures(TODAY, client=acme["id"])
    assert on_acme["active_staff"] == 2  # people on Acme now
    # feedback about Acme, whoever gave it: 5, 4 and Cy's 2
    assert on_acme["average_rating_90_days"] == {"average": round(11 / 3, 2), "count": 3}
    assert on_acme["feedback_by_source"] == {"client": 2, "peer": 1}
    assert [r["name"] for r in on_acme["headcount_by_client"]] == ["Acme"]
    assert on_acme["trainings_this_quarter"]["count"] == 1  # Ana's
    assert [r["staff_id"] for r in on_acme["overdue_check_ins"]] == [ben["id"]]
    assert on_acme["active_mentorships"] == 0
    blue_york = dashboard.figures(TODAY, team="Blue", site="York")
    assert blue_york["active_staff"] == 1
    assert blue_york["average_rating_90_days"] == {"average": 1.5, "count": 2}
    assert blue_york["training_hours_by_client"] == [
        {"client": "Beta", "client_id": beta["id"], "hours": 4.0}]
    assert blue_york["attention_totals"]["overdue_check_ins"] == 1
    assert blue_york["active_mentorships"] == 1
    assert {r["name"]: r["headcount"] for r in blue_york["headcount_by_client"]} == {
        "Acme": 0, "Beta": 1}
    nobody = dashboard.figures(TODAY, team="Green")
    assert nobody["active_staff"] == 0 and nobody["rating_by_month"] == []


def test_the_period_sets_how_many_months_the_charts_cover(db, make):
    person = make.staff()
    for months in (1, 4, 8):
        make.feedback(person, rating=3, date=dashboard.months_back(TODAY, months))
    for months, charted in ((3, 1), (6, 2), (12, 3)):
        figures = dashboard.figures(TODAY, months=months)
        assert len(figures["rating_by_month"]) == charted, months
        assert figures["period_start"] == dashboard.months_back(TODAY, months - 1)


def test_attention_lists_count_every_row_beyond_the_limit(db, make):
    for number in range(7):
        person = make.staff()
        careers.check_ins.create(staff=person["id"], date=days_ago(100),
                                 next_date=days_ago(1 + number))
    first = dashboard.attention("overdue_check_ins", TODAY, limit=5)
    assert first["total"] == 7 and len(first["rows"]) == 5
    assert first["rows"] == dashboard.overdue_check_ins(TODAY, limit=5)
    every = dashboard.attention("overdue_check_ins", TODAY, limit=None)
    assert every["total"] == 7 and every["rows"] == dashboard.overdue_check_ins(TODAY,
                                                                              limit=None)
    assert "attention_total" not in every["rows"][0]
    assert dashboard.attention("certifications_expiring", TODAY) == {"rows": [], "total": 0}
    assert dashboard.figures(TODAY)["attention_totals"]["overdue_check_ins"] == 7


def test_drill_down_filters_find_the_records_behind_the_figures(db, make):
    acme, _beta, ana, ben, cy = _team_setup(make)
    # counted by source, not among the ratings: the rating figures' lists leave it out
    make.feedback(ana, client=acme["id"], rating=None, source="client", date=days_ago(3))
    figures = dashboard.figures(TODAY, client=acme["id"])
    for source, count in figures["feedback_by_source"].items():
        target, filters = dashboard.drill_down("feedback_by_source", source, today=TODAY,
                                               client=acme["id"])
        assert target == "feedback" and feedback.count(**filters) == count
    month = figures["rating_by_month"][-1]
    target, filters = dashboard.drill_down("rating_by_month", month["month"], today=TODAY,
                                           client=acme["id"])
    rated = [r["rating"] for r in feedback.list(**filters, limit=None)]
    assert target == "feedback" and round(mean(rated), 2) == month["average"]
    assert filters["date_to"] <= TODAY
    target, filters = dashboard.drill_down("average_rating", today=TODAY, client=acme["id"])
    assert feedback.count(**filters) == figures["average_rating_90_days"]["count"]
    target, filters = dashboard.drill_down("active_staff", today=TODAY, client=acme["id"])
    assert target == "staff"
    assert {p["id"] for p in staff.list(**filters, limit=None)} == {ana["id"], ben["id"]}
    assert dashboard.drill_down("active_mentorships", today=TODAY) == (
        "mentorships", {"status": "active"})
    assert dashboard.drill_down("training_hours_by_client", 7, today=TODAY)[1]["client"] == 7


@pytest.mark.parametrize("scope", [{}, {"team": "Blue"}, {"site": "York"}, {"client": "beta"}])
def test_every_card_opens_exactly_its_records_through_the_lists_filters(db, make, scope):
    """A card's count equals the count of the list it opens, for every dashboard scope (the
    lists' client, team and site filters are the dashboard's)."""
    acme, beta, ana, *_ = _team_setup(make)
    make.feedback(ana, client=acme["id"], rating=None, date=days_ago(3))  # no rating
    scope = {k: (beta["id"] if v == "beta" else v) for k, v in scope.items()}
    figures = dashboard.figures(TODAY, **scope)
    lists = {"staff": staff.count, "feedback": feedback.count,
             "mentorships": mentoring.mentorships.count,
             "enrollments": training.enrollments.count}
    for figure, expected in (("active_staff", figures["active_staff"]),
                             ("active_mentorships", figures["active_mentorships"]),
                             ("average_rating", figures["average_rating_90_days"]["count"])):
        target, filters = dashboard.drill_down(figure, today=TODAY, **scope)
        assert lists[target](**filters) == expected, (figure, scope)
    target, filters = dashboard.drill_down("trainings", today=TODAY, **scope)
    completed = training.enrollments.list(**filters, limit=None)
    assert target == "enrollments" and len(completed) == \
        figures["trainings_this_quarter"]["count"], scope


def test_filter_options_and_an_empty_database(db, make):
    assert dashboard.is_empty()
    assert dashboard.filter_options() == {"client": [], "team": [], "site": []}
    _team_setup(make)
    assert not dashboard.is_empty()
    options = dashboard.filter_options()
    assert [text for text, _id in options["client"]] == ["Acme", "Beta"]
    assert options["team"] == [("Blue", "Blue"), ("Red", "Red")]
    assert options["site"] == [("Leeds", "Leeds"), ("York", "York")]


def test_grouped_attention_lists_count_beyond_the_limit_too(db, make):
    for _ in range(3):
        slipping = make.staff()
        for days, rating in ((150, 5), (140, 5), (20, 2), (10, 2)):
            make.feedback(slipping, date=days_ago(days), rating=rating)
        busy = make.mentor(capacity=3)
        for _ in range(2):
            make.mentorship(mentor=busy)
        mentoring.mentors.update(busy["id"], capacity=1)
    for key in ("falling_ratings", "mentors_over_capacity"):
        first = dashboard.attention(key, TODAY, limit=2)
        assert len(first["rows"]) == 2 and first["total"] == 3, key
        assert "attention_total" not in first["rows"][0]
    falling = dashboard.attention("falling_ratings", TODAY, limit=None)
    assert falling["rows"] == dashboard.falling_ratings(TODAY, limit=None)
    assert falling["rows"][0]["before"] == 5.0 and falling["total"] == 3
