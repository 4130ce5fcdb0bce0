"""What a client may see: the queries behind the client report.

Confidentiality lives here. Every query is limited to
- staff assigned to the client at some time in the period (assignment and staff not archived;
  the trend's months before the period count each month the staff assigned in that month),
- feedback with `client` = this client and visibility "shareable" (never internal feedback),
- completed training whose program is general or requested by this client (a program
  requested by another client would name that client),
and selects only the columns the report shows: never private mentoring notes, career goals,
self-assessments, check-ins, enrollment notes or audit data.

Aggregates run in SQL (a few grouped queries per report, none per staff member) and detail
rows stream straight from the database cursor.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from peewee import JOIN, Case, fn

from mentorapp.db import database, is_sqlite
from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    PROGRAM_TYPE_CHOICES,
    Assignment,
    Competency,
    Enrollment,
    Feedback,
    FeedbackRating,
    Mentor,
    Mentorship,
    Staff,
    TrainingProgram,
    label,
)
from mentorapp.queries import not_archived
from mentorapp.services.dashboard import month_key, months_back

MentorStaff = Staff.alias("mentor_staff")
TREND_MONTHS = 12


def _number(value):
    return float(value) if isinstance(value, Decimal) else value


def _on_account(client_id: int, start: dt.date, end: dt.date):
    """Condition (Assignment joined to Staff): an assignment to the client in the period."""
    return ((Assignment.client == client_id)
            & not_archived(Assignment)
            & not_archived(Staff)
            & (Assignment.start_date <= end)
            & (Assignment.end_date.is_null() | (Assignment.end_date >= start)))


def staff_on_account(client_id: int, start: dt.date, end: dt.date):
    """Subquery: ids of staff assigned to the client at any time from `start` to `end`."""
    return (Assignment.select(Assignment.staff)
            .join(Staff, on=(Assignment.staff == Staff.id))
            .where(_on_account(client_id, start, end)))


def shareable_feedback(client_id: int, start: dt.date, end: dt.date, date_field=Feedback.date):
    """Condition: the client's shareable feedback on its staff, `date_field` in the period."""
    return ((Feedback.client == client_id) & (Feedback.visibility == "shareable")
            & not_archived(Feedback)
            & date_field.between(start, end)
            & Feedback.staff.in_(staff_on_account(client_id, start, end)))


def assigned_that_month(client_id: int, staff_column, date_column):
    """Condition (correlated): the staff member has an assignment to the client, not
    archived, at some time in the calendar month of `date_column`."""
    month = month_key(date_column)
    return fn.EXISTS(Assignment.select(Assignment.id).where(
        Assignment.staff == staff_column, Assignment.client == client_id,
        not_archived(Assignment), month_key(Assignment.start_date) <= month,
        Assignment.end_date.is_null() | (month_key(Assignment.end_date) >= month)))


def completed_training(client_id: int, start: dt.date, end: dt.date):
    """Condition (with TrainingProgram joined): training the client's staff completed."""
    return ((Enrollment.status == "completed") & Enrollment.completed_date.between(start, end)
            & not_archived(Enrollment)
            & (TrainingProgram.client.is_null() | (TrainingProgram.client == client_id))
            & Enrollment.staff.in_(staff_on_account(client_id, start, end)))


def _training_query(*columns):
    return (Enrollment.select(*columns)
            .join(TrainingProgram, on=(Enrollment.program == TrainingProgram.id)))


def figures(client_id: int, start: dt.date, end: dt.date) -> dict:
    """The Summary figures for one period (four grouped queries)."""
    headcount = (Staff.select(fn.COUNT(Staff.id))
                 .where(Staff.id.in_(staff_on_account(client_id, start, end))).scalar())
    by_source = dict.fromkeys(FEEDBACK_SOURCE_CHOICES, 0)
    by_kind = defaultdict(int)
    rating_sum = rated = 0
    grouped = (Feedback.select(Feedback.source, Feedback.kind, fn.COUNT(Feedback.id),
                               fn.SUM(Feedback.rating), fn.COUNT(Feedback.rating))
               .where(shareable_feedback(client_id, start, end))
               .group_by(Feedback.source, Feedback.kind).tuples())
    for source, kind, count, total, with_rating in grouped:
        by_source[source] = by_source.get(source, 0) + count
        by_kind[kind] += count
        rating_sum += _number(total or 0)
        rated += with_rating
    resolved = (Feedback.select(fn.COUNT(Feedback.id))
                .where(shareable_feedback(client_id, start, end, Feedback.resolved_date),
                       Feedback.kind == "incident").scalar())
    certification = Case(None, [(TrainingProgram.type == "certification", 1)], 0)
    trainings, hours, certifications = (
        _training_query(fn.COUNT(Enrollment.id), fn.SUM(Enrollment.hours),
                        fn.SUM(certification))
        .where(completed_training(client_id, start, end)).tuples().get())
    return {
        "headcount": headcount,
        "average_rating": rating_sum / rated if rated else None,
        "rated_feedback": rated,
        "feedback": sum(by_source.values()),
        "feedback_by_source": by_source,
        "trainings": trainings,
        "training_hours": _number(hours or 0),
        "certifications": int(certifications or 0),
        "recognitions": by_kind["recognition"],
        "incidents_opened": by_kind["incident"],
        "incidents_resolved": resolved,
    }


def months(start: dt.date, end: dt.date) -> list[str]:
    """'YYYY-MM' of every month the period touches."""
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def monthly(client_id: int, start: dt.date, end: dt.date, *, each_month: bool = False
            ) -> list[tuple]:
    """(month 'YYYY-MM', average rating or None, rated feedback, training hours) per month.

    `each_month`: each month counts only the staff on the account in that month (as a
    report of that month would), not everyone on it at some time from `start` to `end`."""
    month = month_key(Feedback.date)
    feedback = shareable_feedback(client_id, start, end)
    done_month = month_key(Enrollment.completed_date)
    training = completed_training(client_id, start, end)
    if each_month:
        feedback &= assigned_that_month(client_id, Feedback.staff, Feedback.date)
        training &= assigned_that_month(client_id, Enrollment.staff, Enrollment.completed_date)
    ratings = {key: (_number(avg), n) for key, avg, n in
               Feedback.select(month, fn.AVG(Feedback.rating), fn.COUNT(Feedback.rating))
               .where(feedback).group_by(month).tuples()}
    hours = {key: _number(total or 0) for key, total in
             _training_query(done_month, fn.SUM(Enrollment.hours))
             .where(training).group_by(done_month).tuples()}
    return [(key, *ratings.get(key, (None, 0)), hours.get(key, 0)) for key in months(start, end)]


def trend(client_id: int, start: dt.date, end: dt.date) -> list[tuple]:
    """`monthly()` rows for the last TREND_MONTHS months up to `end` (all the period's months
    when it is longer), each ending in True for a month of the period.

    The period's months are `monthly(start, end)`, counted as the Summary counts them; each
    whole calendar month before the period shows what a report of that month shows (staff
    on the account in that month), so a month reads the same in every report."""
    first, period_first = months_back(end, TREND_MONTHS - 1), start.replace(day=1)
    earlier = (monthly(client_id, first, period_first - dt.timedelta(days=1), each_month=True)
               if first < period_first else [])
    return ([(*row, False) for row in earlier]
            + [(*row, True) for row in monthly(client_id, start, end)])


def staff_rows(client_id: int, start: dt.date, end: dt.date) -> list[dict]:
    """Everyone on the account in the period, by name, with their period figures."""
    people: dict[int, dict] = {}
    assignments = (Assignment.select(Staff.id, Staff.employee_id, Staff.first_name,
                                     Staff.last_name, Assignment.role, Assignment.start_date)
                   .join(Staff, on=(Assignment.staff == Staff.id))
                   .where(_on_account(client_id, start, end))
                   .order_by(Assignment.start_date).tuples())
    for staff_id, employee_id, first, last, role, since in assignments:
        person = people.setdefault(staff_id, {
            "staff_id": staff_id, "employee_id": employee_id, "name": f"{first} {last}",
            "last_name": last, "first_name": first, "since": since, "mentor": None,
            "average_rating": None, "feedback": 0, "trainings": 0, "training_hours": 0})
        person["role"] = role  # the latest assignment in the period wins
    for staff_id, average, count in (
            Feedback.select(Feedback.staff, fn.AVG(Feedback.rating), fn.COUNT(Feedback.id))
            .where(shareable_feedback(client_id, start, end))
            .group_by(Feedback.staff).tuples()):
        people[staff_id].update(average_rating=_number(average), feedback=count)
    for staff_id, count, hours in (
            _training_query(Enrollment.staff, fn.COUNT(Enrollment.id), fn.SUM(Enrollment.hours))
            .where(completed_training(client_id, start, end))
            .group_by(Enrollment.staff).tuples()):
        people[staff_id].update(trainings=count, training_hours=_number(hours or 0))
    mentor_name = fn.COALESCE(MentorStaff.first_name.concat(" ").concat(MentorStaff.last_name),
                              Mentor.external_name)
    for mentee, name in (
            Mentorship.select(Mentorship.mentee, mentor_name)
            .join(Mentor, on=(Mentorship.mentor == Mentor.id))
            .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
            .where(Mentorship.status == "active", not_archived(Mentorship),
                   Mentorship.mentee.in_(staff_on_account(client_id, start, end)))
            .order_by(Mentorship.start_date).tuples()):
        people[mentee]["mentor"] = name
    return sorted(people.values(), key=lambda p: (p["last_name"].lower(),
                                                  p["first_name"].lower(), p["employee_id"]))


def competency_averages(client_id: int, start: dt.date, end: dt.date
                        ) -> tuple[list[str], dict[int, dict[str, float]]]:
    """(competency names in order, {staff_id: {competency: average rating}})."""
    rows = (FeedbackRating.select(Feedback.staff, Competency.name, fn.AVG(FeedbackRating.rating))
            .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
            .switch(FeedbackRating)
            .join(Competency, on=(FeedbackRating.competency == Competency.id))
            .where(shareable_feedback(client_id, start, end))
            .group_by(Feedback.staff, Competency.name).tuples())
    averages: dict[int, dict[str, float]] = defaultdict(dict)
    for staff_id, competency, average in rows:
        averages[staff_id][competency] = _number(average)
    names = sorted({c for scores in averages.values() for c in scores}, key=str.lower)
    return names, averages


def _stream(query, date_columns: tuple[int, ...]):
    """The rows of `query` as they come from the cursor, with the values at `date_columns`
    made dates. On a 100,000-row period peewee's conversion of every value took as long as
    the query; only dates need it, and only on SQLite, which returns them as ISO text (each
    distinct day parsed once: a period holds a few hundred)."""
    cursor = database.execute(query)
    if not is_sqlite():
        return cursor
    days: dict[str, dt.date] = {}

    def with_dates(row: tuple) -> list:
        row = list(row)
        for index in date_columns:
            text = row[index]
            if text is not None:
                day = days.get(text)
                if day is None:
                    day = days[text] = dt.date.fromisoformat(text[:10])
                row[index] = day
        return row

    return map(with_dates, cursor)


def _labels(field, choices):
    """SQL for the label a user sees of a choice code (`models.label()`), so detail rows come
    from the cursor as the sheet shows them."""
    return Case(field, [(code, label(code)) for code in choices], field)


STAFF_NAME = Staff.first_name.concat(" ").concat(Staff.last_name)


def _feedback_detail(client_id, start, end, *columns, condition=None, dates=(0,)):
    query = (Feedback.select(*columns).join(Staff, on=(Feedback.staff == Staff.id))
             .where(condition if condition is not None
                    else shareable_feedback(client_id, start, end))
             .order_by(Feedback.date, Staff.last_name, Staff.first_name, Feedback.id))
    return _stream(query, dates)


def feedback_rows(client_id: int, start: dt.date, end: dt.date):
    """(date, employee ID, name, source label, kind label, author, rating, strengths,
    improvements, comment) for every shareable feedback in the period."""
    return _feedback_detail(client_id, start, end, Feedback.date, Staff.employee_id,
                            STAFF_NAME, _labels(Feedback.source, FEEDBACK_SOURCE_CHOICES),
                            _labels(Feedback.kind, FEEDBACK_KIND_CHOICES), Feedback.author,
                            Feedback.rating, Feedback.strengths, Feedback.improvements,
                            Feedback.comment)


def recognition_rows(client_id: int, start: dt.date, end: dt.date):
    """(date, employee ID, name, source label, author, comment, strengths)."""
    return _feedback_detail(
        client_id, start, end, Feedback.date, Staff.employee_id, STAFF_NAME,
        _labels(Feedback.source, FEEDBACK_SOURCE_CHOICES), Feedback.author, Feedback.comment,
        Feedback.strengths,
        condition=shareable_feedback(client_id, start, end) & (Feedback.kind == "recognition"))


def incident_rows(client_id: int, start: dt.date, end: dt.date):
    """(date, employee ID, first, last, comment, lesson learned, corrective action, follow-up,
    resolved) for incidents opened or resolved in the period."""
    condition = ((Feedback.client == client_id) & (Feedback.kind == "incident")
                 & (Feedback.visibility == "shareable")
                 & not_archived(Feedback)
                 & (Feedback.date.between(start, end)
                    | Feedback.resolved_date.between(start, end))
                 & Feedback.staff.in_(staff_on_account(client_id, start, end)))
    return _feedback_detail(client_id, start, end, Feedback.date, Staff.employee_id,
                            Staff.first_name, Staff.last_name, Feedback.comment,
                            Feedback.lesson_learned, Feedback.corrective_action,
                            Feedback.follow_up_date, Feedback.resolved_date,
                            condition=condition, dates=(0, 7, 8))


def training_rows(client_id: int, start: dt.date, end: dt.date):
    """(completed, employee ID, name, program, type label, provider, hours, score, valid
    until) for training completed in the period."""
    query = (_training_query(Enrollment.completed_date, Staff.employee_id, STAFF_NAME,
                             TrainingProgram.name,
                             _labels(TrainingProgram.type, PROGRAM_TYPE_CHOICES),
                             TrainingProgram.provider, Enrollment.hours, Enrollment.score,
                             Enrollment.expires_on)
             .switch(Enrollment).join(Staff, on=(Enrollment.staff == Staff.id))
             .where(completed_training(client_id, start, end))
             .order_by(Enrollment.completed_date, Staff.last_name, Staff.first_name))
    return _stream(query, (0, 8))
