"""The demo at its default size gives What worked something real to show (issue 16): figures
with enough people behind them per intervention, client, training program and mentor, and
the effect the demo plants (ratings lift after a mentorship starts) found again."""

import datetime as dt

from mentorapp import demo
from mentorapp.models import Mentor, MentoringSession, Mentorship
from mentorapp.services import what_worked

TODAY = dt.date(2026, 3, 15)


def test_the_default_demo_shows_what_worked_with_enough_people(sqlite_db):
    demo.generate(sqlite_db, seed=1, today=TODAY)
    coach = Mentor.get(Mentor.external_name == demo.CLASS_COACH)
    started = TODAY - dt.timedelta(days=demo.CLASS_STARTED_DAYS_AGO)
    taught = Mentorship.select().where(Mentorship.mentor == coach, Mentorship.status == "completed",
                                       Mentorship.start_date == started)
    size = taught.count()  # half the queue at most: the rest are the comparison group
    assert what_worked.MIN_PEOPLE <= size <= demo.CLASS_SIZE
    assert MentoringSession.select().where(MentoringSession.mentorship.in_(taught)).count() \
        >= size * 3

    found = what_worked.compute(TODAY - dt.timedelta(days=365), TODAY)
    enough = [row for row in found["rows"] if not row["too_few"]]
    assert {row["kind"] for row in enough} == {"training", "mentorship", "coaching"}
    assert all(row["comparison_n"] >= what_worked.MIN_PEOPLE and row["warning"] == ""
               for row in enough)
    for summaries in ("by_client", "by_program", "by_mentor"):
        assert any(not group["too_few"] for group in found[summaries]), summaries
        assert any(group["too_few"] and group["warning"].startswith("Too few to say")
                   for group in found[summaries]), summaries

    mine = {group["measure"]: group for group in found["by_mentor"]
            if group["mentor"] == demo.CLASS_COACH and group["kind"] == "mentorship"}
    lifted = mine["Competency rating"]
    assert not lifted["too_few"] and lifted["n"] >= what_worked.MIN_PEOPLE
    assert lifted["comparison_n"] >= what_worked.MIN_PEOPLE
    assert lifted["verdict"] == "better" and lifted["mean"] > 0.2
    assert mine["Quality score"]["n"] >= size  # every agent is evaluated
