"""Dashboard figures: what operations, HR and account managers watch every day.

Each function is one or two aggregate queries (no per-row look-ups) so the whole dashboard
stays fast on 50,000 staff and a million feedback entries.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, Case, fn

from mentorapp.models import (
    Assignment,
    CheckIn,
    Client,
    Enrollment,
    Feedback,
    Mentor,
    Mentorship,
    Staff,
    TrainingProgram,
)
from mentorapp.queries import not_archived
from mentorapp.services.mentoring import MentorStaff, mentor_name_expression

ATTENTION_LIMIT = 50
_ACTIVE_STAFF = not_archived(Staff) & (Staff.status != "resigned")


def _name():
    return Staff.first_name.concat(" ").concat(Staff.last_name)


def month_key(date_field):
    """SQL for the 'YYYY-MM' month of a date column (SQLite and PostgreSQL)."""
    return fn.SUBSTR(date_field.cast("text"), 1, 7)


def months_back(day: dt.date, months: int) -> dt.date:
    """The first day of the calendar month `months` months before the month of `day`."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_start(day: dt.date) -> dt.date:
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def headcount_by_client() -> list[dict]:
    """Active staff currently assigned to each active client (clients with none included)."""
    counts = (Assignment.select(Assignment.client, fn.COUNT(Assignment.id).alias("n"))
              .join(Staff, on=(Assignment.staff == Staff.id))
              .where(Assignment.end_date.is_null(), _ACTIVE_STAFF)
              .group_by(Assignment.client).alias("counts"))
    rows = (Client.select(Client.id, Client.name, fn.COALESCE(counts.c.n, 0).alias("headcount"))
            .join(counts, JOIN.LEFT_OUTER, on=(counts.c.client_id == Client.id))
            .where(not_archived(Client), Client.active == True)  # noqa: E712
            .order_by(Client.name).dicts())
    return list(rows)


def average_rating(start: dt.date, end: dt.date, client_id: int | None = None) -> dict:
    """Average overall rating and the number of rated feedback entries in [start, end]."""
    query = Feedback.select(fn.AVG(Feedback.rating), fn.COUNT(Feedback.rating)).where(
        Feedback.date.between(start, end), Feedback.rating.is_null(False))
    if client_id is not None:
        query = query.where(Feedback.client == client_id)
    average, count = query.tuples().get()
    return {"average": round(float(average), 2) if average is not None else None,
            "count": count}


def feedback_days(start: dt.date, end: dt.date) -> list[tuple]:
    """Feedback in [start, end] per day and source: (date, source, entries, rating sum, rated).

    One pass over the (date, source, rating) index, already in date order; the monthly,
    per-source and period figures are added up from these few hundred rows in Python.
    """
    return list(Feedback.select(Feedback.date, Feedback.source, fn.COUNT(Feedback.id),
                                fn.SUM(Feedback.rating), fn.COUNT(Feedback.rating))
                .where(Feedback.date.between(start, end))
                .group_by(Feedback.date, Feedback.source).tuples())


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def rating_by_month(start: dt.date, end: dt.date, days: list[tuple] | None = None
                    ) -> list[dict]:
    """Average rating per calendar month in [start, end], oldest first."""
    months: dict[str, list[int]] = {}
    for day, _source, _n, total, rated in days if days is not None else feedback_days(start, end):
        if rated and start <= _as_date(day) <= end:
            sums = months.setdefault(_as_date(day).isoformat()[:7], [0, 0])
            sums[0] += total
            sums[1] += rated
    return [{"month": month, "average": round(total / rated, 2), "count": rated}
            for month, (total, rated) in sorted(months.items())]


def feedback_by_source(start: dt.date, end: dt.date, days: list[tuple] | None = None
                       ) -> dict[str, int]:
    counts: dict[str, int] = {}
    for day, source, n, _total, _rated in days if days is not None else feedback_days(start,
                                                                                       end):
        if start <= _as_date(day) <= end:
            counts[source] = counts.get(source, 0) + n
    return counts


def trainings_completed(start: dt.date, end: dt.date) -> dict:
    count, hours = (Enrollment.select(fn.COUNT(Enrollment.id), fn.SUM(Enrollment.hours))
                    .where(Enrollment.status == "completed",
                           Enrollment.completed_date.between(start, end)).tuples().get())
    return {"count": count, "hours": float(hours or 0)}


def training_hours_by_client(start: dt.date, end: dt.date) -> list[dict]:
    """Completed training hours in [start, end] by the client the person is on now."""
    rows = (Enrollment.select(Client.name.alias("client"),
                              fn.SUM(Enrollment.hours).alias("hours"))
            .join(Assignment, on=((Assignment.staff == Enrollment.staff)
                                  & Assignment.end_date.is_null()))
            .join(Client, on=(Assignment.client == Client.id))
            .where(Enrollment.status == "completed",
                   Enrollment.completed_date.between(start, end))
            .group_by(Client.name).order_by(Client.name).dicts())
    return [{**r, "hours": float(r["hours"] or 0)} for r in rows]


def overdue_check_ins(today: dt.date | None = None, limit: int = ATTENTION_LIMIT) -> list[dict]:
    """Active staff whose latest check-in set a next date that has passed."""
    today = today or dt.date.today()
    return list(CheckIn.select(Staff.id.alias("staff_id"), _name().alias("name"),
                               Staff.employee_id, CheckIn.date.alias("last_check_in"),
                               CheckIn.next_date.alias("due"))
                .join(Staff, on=(CheckIn.staff == Staff.id))
                .where(CheckIn.is_latest == True, CheckIn.next_date < today,  # noqa: E712
                       _ACTIVE_STAFF)
                .order_by(CheckIn.next_date).limit(limit).dicts())


def certifications_expiring(days: int = 30, today: dt.date | None = None,
                            limit: int = ATTENTION_LIMIT) -> list[dict]:
    """Completed certifications of active staff expiring within `days` (expired ones excluded),
    unless archived or renewed (the same program completed again with a later expiry)."""
    today = today or dt.date.today()
    Renewal = Enrollment.alias("renewal")
    renewal = Renewal.select(Renewal.id).where(
        Renewal.staff == Enrollment.staff, Renewal.program == Enrollment.program,
        Renewal.status == "completed", Renewal.expires_on > Enrollment.expires_on,
        not_archived(Renewal))
    return list(Enrollment.select(Staff.id.alias("staff_id"), _name().alias("name"),
                                  Staff.employee_id, TrainingProgram.name.alias("program"),
                                  Enrollment.expires_on)
                .join(Staff, on=(Enrollment.staff == Staff.id))
                .switch(Enrollment).join(TrainingProgram)
                .where(Enrollment.expires_on.between(today, today + dt.timedelta(days=days)),
                       # (only completed enrollments have an expiry; testing the status
                       # too made SQLite pick the status index over the expiry range)
                       _ACTIVE_STAFF, not_archived(Enrollment),
                       ~fn.EXISTS(renewal))
                .order_by(Enrollment.expires_on).limit(limit).dicts())


def incidents_past_follow_up(today: dt.date | None = None, limit: int = ATTENTION_LIMIT
                             ) -> list[dict]:
    today = today or dt.date.today()
    return list(Feedback.select(Feedback.id.alias("feedback_id"), Staff.id.alias("staff_id"),
                                _name().alias("name"), Staff.employee_id, Feedback.date,
                                Feedback.follow_up_date, Feedback.comment)
                .join(Staff, on=(Feedback.staff == Staff.id))
                .where(Feedback.kind == "incident", Feedback.resolved_date.is_null(),
                       Feedback.follow_up_date < today, _ACTIVE_STAFF,
                       not_archived(Feedback))
                .order_by(Feedback.follow_up_date).limit(limit).dicts())


def mentors_over_capacity() -> list[dict]:
    active = fn.COUNT(Mentorship.id)
    return list(Mentor.select(Mentor.id.alias("mentor_id"), MentorStaff.id.alias("staff_id"),
                              mentor_name_expression().alias("name"), Mentor.capacity,
                              active.alias("active_mentees"))
                .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
                .switch(Mentor).join(Mentorship, on=((Mentorship.mentor == Mentor.id)
                                                     & (Mentorship.status == "active")))
                .where(not_archived(Mentor))
                .group_by(Mentor.id, MentorStaff.id, MentorStaff.first_name,
                          MentorStaff.last_name, Mentor.external_name, Mentor.capacity)
                .having(active > Mentor.capacity).order_by(Mentor.id).dicts())


def falling_ratings(today: dt.date | None = None, days: int = 90, drop: float = 0.5,
                    limit: int = ATTENTION_LIMIT) -> list[dict]:
    """Staff whose average rating in the last `days` fell by at least `drop` against the
    `days` before, with at least two ratings in each period."""
    today = today or dt.date.today()
    recent_start = today - dt.timedelta(days=days - 1)
    before_start = recent_start - dt.timedelta(days=days)
    in_recent = Feedback.date >= recent_start
    recent = fn.AVG(Case(None, [(in_recent, Feedback.rating)]))
    before = fn.AVG(Case(None, [(~in_recent, Feedback.rating)]))
    recent_n = fn.COUNT(Case(None, [(in_recent, Feedback.rating)]))
    before_n = fn.COUNT(Case(None, [(~in_recent, Feedback.rating)]))
    per_staff = (Feedback.select(Feedback.staff, recent.alias("recent"), before.alias("before"))
                 .where(Feedback.date.between(before_start, today),
                        Feedback.rating.is_null(False))
                 .group_by(Feedback.staff)
                 .having(recent_n >= 2, before_n >= 2, before - recent >= drop)
                 .alias("per_staff"))
    rows = (Staff.select(Staff.id.alias("staff_id"), _name().alias("name"), Staff.employee_id,
                         per_staff.c.before, per_staff.c.recent)
            .join(per_staff, on=(per_staff.c.staff_id == Staff.id))
            .where(_ACTIVE_STAFF)
            .order_by((per_staff.c.recent - per_staff.c.before).asc()).limit(limit).dicts())
    return [{**r, "before": round(float(r["before"]), 2), "recent": round(float(r["recent"]), 2)}
            for r in rows]


def figures(today: dt.date | None = None) -> dict:
    """The dashboard's figures, charts and attention lists, in one call. Falling ratings are
    a separate call (`falling_ratings`): it averages half a year of ratings per person, as
    long as all of this together, so the page shows the rest first."""
    today = today or dt.date.today()
    year_ago = months_back(today, 11)  # this month and the eleven before it
    quarter = quarter_start(today)
    ninety_days_ago = today - dt.timedelta(days=89)
    days = feedback_days(min(year_ago, ninety_days_ago), today)
    recent = [row for row in days if _as_date(row[0]) >= ninety_days_ago]
    recent_sum, recent_rated = sum(r[3] or 0 for r in recent), sum(r[4] for r in recent)
    return {
        "active_staff": Staff.select().where(_ACTIVE_STAFF).count(),
        "active_mentorships": Mentorship.select().where(Mentorship.status == "active").count(),
        "average_rating_90_days": {
            "average": round(recent_sum / recent_rated, 2) if recent_rated else None,
            "count": recent_rated},
        "trainings_this_quarter": trainings_completed(quarter, today),
        "headcount_by_client": headcount_by_client(),
        "rating_by_month": rating_by_month(year_ago, today, days),
        "training_hours_by_client": training_hours_by_client(year_ago, today),
        "feedback_by_source": feedback_by_source(year_ago, today, days),
        "overdue_check_ins": overdue_check_ins(today),
        "certifications_expiring": certifications_expiring(30, today),
        "incidents_past_follow_up": incidents_past_follow_up(today),
        "mentors_over_capacity": mentors_over_capacity(),
    }
