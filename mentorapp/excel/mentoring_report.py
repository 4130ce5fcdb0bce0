"""The mentoring program report for a period (internal).

Sheet "Mentors": per mentor, active mentees against capacity, sessions and hours in the
period, action items open (now) and done in the period. Sheet "Mentees": every mentorship
that ran during the period with the mentee's average rating before it started and since
(from its start to the end of the period or of the mentorship), from all feedback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from peewee import JOIN, Case, fn

from mentorapp.excel.client_report import check_period
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, TableSheet
from mentorapp.models import ActionItem, Feedback, Mentor, MentoringSession, Mentorship, Staff
from mentorapp.models import label as choice_label
from mentorapp.services import settings

MentorStaff = Staff.alias("mentor_staff")
Mentee = Staff.alias("mentee")
RATING_FORMAT = "0.00"


def _mentor_name():
    return fn.COALESCE(MentorStaff.first_name.concat(" ").concat(MentorStaff.last_name),
                       Mentor.external_name)


def _number(value):
    return float(value) if isinstance(value, Decimal) else value


def _in_period(start, end):
    """Condition: the mentorship ran at some time in the period."""
    return ((Mentorship.archived == False)  # noqa: E712
            & Mentorship.status.in_(("active", "completed"))
            & (Mentorship.start_date <= end)
            & (Mentorship.end_date.is_null() | (Mentorship.end_date >= start)))


def export_mentoring_report(start: dt.date, end: dt.date, out: Path | str, *,
                            progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the mentoring program report for `start`..`end` (inclusive)."""
    check_period(start, end)
    check_target(out)
    company = settings.get("company_name")
    mentors = _mentor_rows(start, end)
    mentees = _mentee_rows(start, end)
    counter = ProgressCounter(progress, len(mentors) + len(mentees))
    footer = f"Internal - mentoring program {start.isoformat()} to {end.isoformat()} - {company}"
    wb = Workbook(write_only=True)
    wb.properties.title = "Mentoring program report"
    wb.properties.creator = company
    with discarded_on_error(wb):
        TableSheet(wb, "Mentors", [
            Column("Mentor"), Column("Type"), Column("Capacity", "0", 10),
            Column("Active mentees", "0", 10), Column("Use of capacity", "0%", 10),
            Column("Sessions in period", "0", 10), Column("Hours in period", "0.0", 10),
            Column("Action items open", "0", 10), Column("Action items done in period", "0", 12),
        ], table_name="tblMentors", footer=footer).write(
            mentors, empty_text="No mentors", progress=counter.advance)
        TableSheet(wb, "Mentees", [
            Column("Mentor"), Column("Employee ID"), Column("Mentee"), Column("Status"),
            Column("Started", DATE_FORMAT, 12), Column("Ended", DATE_FORMAT, 12),
            Column("Rating before", RATING_FORMAT, 10),
            Column("Rating since start", RATING_FORMAT, 11),
            Column("Change", "+0.00;-0.00;0.00", 9),
        ], table_name="tblMentees", footer=footer).write(
            mentees, empty_text="No mentorships in this period", progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)


def _mentor_rows(start: dt.date, end: dt.date) -> list[tuple]:
    """One row per mentor not archived, from four grouped queries."""
    active = dict(Mentorship.select(Mentorship.mentor, fn.COUNT(Mentorship.id))
                  .where(Mentorship.status == "active",
                         Mentorship.archived == False)  # noqa: E712
                  .group_by(Mentorship.mentor).tuples())
    sessions = {m: (n, _number(minutes or 0)) for m, n, minutes in
                MentoringSession.select(Mentorship.mentor, fn.COUNT(MentoringSession.id),
                                        fn.SUM(MentoringSession.duration_minutes))
                .join(Mentorship, on=(MentoringSession.mentorship == Mentorship.id))
                .where(MentoringSession.date.between(start, end),
                       MentoringSession.archived == False)  # noqa: E712
                .group_by(Mentorship.mentor).tuples()}
    is_open = Case(None, [(ActionItem.done_date.is_null(), 1)], 0)
    done_in_period = Case(None, [(ActionItem.done_date.between(start, end), 1)], 0)
    actions = {m: (int(o or 0), int(d or 0)) for m, o, d in
               ActionItem.select(Mentorship.mentor, fn.SUM(is_open), fn.SUM(done_in_period))
               .join(Mentorship, on=(ActionItem.mentorship == Mentorship.id))
               .where(ActionItem.archived == False)  # noqa: E712
               .group_by(Mentorship.mentor).tuples()}
    rows = []
    for mentor_id, name, is_staff, capacity in (
            Mentor.select(Mentor.id, _mentor_name(), Mentor.staff.is_null(False),
                          Mentor.capacity)
            .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
            .where(Mentor.archived == False)  # noqa: E712
            .order_by(_mentor_name()).tuples()):
        count, minutes = sessions.get(mentor_id, (0, 0))
        taken = active.get(mentor_id, 0)
        rows.append((name, "Staff" if is_staff else "External coach", capacity, taken,
                     taken / capacity if capacity else None, count, minutes / 60,
                     *actions.get(mentor_id, (0, 0))))
    return rows


def _mentee_rows(start: dt.date, end: dt.date) -> list[tuple]:
    """One row per mentorship in the period, ratings before/since from one grouped query."""
    until = fn.COALESCE(Mentorship.end_date, end)
    before = Feedback.date < Mentorship.start_date
    since = (Feedback.date >= Mentorship.start_date) & (Feedback.date <= until) \
        & (Feedback.date <= end)

    def average(condition):
        return fn.AVG(Case(None, [(condition, Feedback.rating)], None))

    query = (Mentorship.select(_mentor_name(), Mentee.employee_id,
                               Mentee.first_name.concat(" ").concat(Mentee.last_name),
                               Mentorship.status, Mentorship.start_date, Mentorship.end_date,
                               average(before), average(since))
             .join(Mentor, on=(Mentorship.mentor == Mentor.id))
             .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
             .switch(Mentorship).join(Mentee, on=(Mentorship.mentee == Mentee.id))
             .join(Feedback, JOIN.LEFT_OUTER,
                   on=((Feedback.staff == Mentee.id) & (Feedback.archived == False)  # noqa: E712
                       & Feedback.rating.is_null(False)))
             .where(_in_period(start, end))
             .group_by(Mentorship.id, MentorStaff.first_name, MentorStaff.last_name,
                       Mentor.external_name, Mentee.employee_id, Mentee.first_name,
                       Mentee.last_name)
             .order_by(_mentor_name(), Mentee.last_name, Mentee.first_name))
    rows = []
    for mentor, emp, mentee, status, started, ended, rating_before, rating_since in \
            query.tuples():
        rating_before, rating_since = _number(rating_before), _number(rating_since)
        change = (rating_since - rating_before
                  if None not in (rating_before, rating_since) else None)
        rows.append((mentor, emp, mentee, choice_label(status), started, ended, rating_before,
                     rating_since, change))
    return rows
