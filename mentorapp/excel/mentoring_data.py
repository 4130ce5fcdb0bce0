"""What the mentoring program report shows: the queries behind it.

Confidentiality: the report is internal (program managers). It shows mentor names, their
capacity, counts and hours of sessions and action items, and each mentee's average rating
(from feedback of every visibility) before and since the mentorship started. It never
selects session topics or notes (shared or private), action item text, career data or
feedback text. Archived mentors, mentorships, sessions, action items and feedback are left
out.

Aggregates run in SQL: four grouped queries for the mentors, one for the mentees.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import JOIN, Case, fn

from mentorapp.models import ActionItem, Feedback, Mentor, MentoringSession, Mentorship
from mentorapp.queries import not_archived
from mentorapp.services.mentoring import Mentee, MentorStaff, mentor_name_expression


def _number(value):
    return float(value) if isinstance(value, Decimal) else value


def _in_period(start, end):
    """Condition: the mentorship ran at some time in the period."""
    return (not_archived(Mentorship)
            & Mentorship.status.in_(("active", "completed"))
            & (Mentorship.start_date <= end)
            & (Mentorship.end_date.is_null() | (Mentorship.end_date >= start)))


def mentor_rows(start: dt.date, end: dt.date) -> list[tuple]:
    """(name, is staff, capacity, active mentees, sessions in period, minutes in period,
    action items open now, action items done in period) per mentor not archived, by name."""
    active = dict(Mentorship.select(Mentorship.mentor, fn.COUNT(Mentorship.id))
                  .where(Mentorship.status == "active", not_archived(Mentorship))
                  .group_by(Mentorship.mentor).tuples())
    sessions = {m: (n, _number(minutes or 0)) for m, n, minutes in
                MentoringSession.select(Mentorship.mentor, fn.COUNT(MentoringSession.id),
                                        fn.SUM(MentoringSession.duration_minutes))
                .join(Mentorship, on=(MentoringSession.mentorship == Mentorship.id))
                .where(MentoringSession.date.between(start, end),
                       not_archived(MentoringSession))
                .group_by(Mentorship.mentor).tuples()}
    is_open = Case(None, [(ActionItem.done_date.is_null(), 1)], 0)
    done_in_period = Case(None, [(ActionItem.done_date.between(start, end), 1)], 0)
    actions = {m: (int(o or 0), int(d or 0)) for m, o, d in
               ActionItem.select(Mentorship.mentor, fn.SUM(is_open), fn.SUM(done_in_period))
               .join(Mentorship, on=(ActionItem.mentorship == Mentorship.id))
               .where(not_archived(ActionItem))
               .group_by(Mentorship.mentor).tuples()}
    rows = []
    for mentor_id, name, is_staff, capacity in (
            Mentor.select(Mentor.id, mentor_name_expression(), Mentor.staff.is_null(False),
                          Mentor.capacity)
            .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
            .where(not_archived(Mentor))
            .order_by(mentor_name_expression()).tuples()):
        count, minutes = sessions.get(mentor_id, (0, 0))
        rows.append((name, is_staff, capacity, active.get(mentor_id, 0), count, minutes,
                     *actions.get(mentor_id, (0, 0))))
    return rows


def mentee_rows(start: dt.date, end: dt.date) -> list[tuple]:
    """(mentor, employee ID, mentee, status, started, ended, average rating before the
    start, average since the start) per mentorship in the period, from one grouped query.
    "Since" runs to the end of the mentorship or of the period, whichever is first."""
    until = fn.COALESCE(Mentorship.end_date, end)
    before = Feedback.date < Mentorship.start_date
    since = (Feedback.date >= Mentorship.start_date) & (Feedback.date <= until) \
        & (Feedback.date <= end)

    def average(condition):
        return fn.AVG(Case(None, [(condition, Feedback.rating)], None))

    query = (Mentorship.select(mentor_name_expression(), Mentee.employee_id,
                               Mentee.first_name.concat(" ").concat(Mentee.last_name),
                               Mentorship.status, Mentorship.start_date, Mentorship.end_date,
                               average(before), average(since))
             .join(Mentor, on=(Mentorship.mentor == Mentor.id))
             .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
             .switch(Mentorship).join(Mentee, on=(Mentorship.mentee == Mentee.id))
             .join(Feedback, JOIN.LEFT_OUTER,
                   on=((Feedback.staff == Mentee.id) & not_archived(Feedback)
                       & Feedback.rating.is_null(False)))
             .where(_in_period(start, end))
             .group_by(Mentorship.id, MentorStaff.first_name, MentorStaff.last_name,
                       Mentor.external_name, Mentee.employee_id, Mentee.first_name,
                       Mentee.last_name)
             .order_by(mentor_name_expression(), Mentee.last_name, Mentee.first_name))
    return [(*row[:6], _number(row[6]), _number(row[7])) for row in query.tuples()]
