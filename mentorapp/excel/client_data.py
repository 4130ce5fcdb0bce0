"""What a client may see: the queries behind the client report.

Confidentiality lives here. Every query is limited to
- staff assigned to the client at some time in the period (assignment and staff not archived;
  the trend's months before the period count each month the staff assigned in that month),
- feedback with `client` = this client and visibility "shareable" (never internal feedback),
- completed training whose program is general or requested by this client (a program
  requested by another client would name that client),
- KPI values of this client's metrics marked shareable (not archived) of the staff above,
- quality evaluations of this client's interactions marked shareable (not archived; of a
  calibration only the reference one), on a scorecard that is general or this client's, of
  the staff above; calibrations of this client only as figures per item (spread) and overall
  (distance from the expert), never an evaluator's login or a calibrated interaction's ID,
- the review pack (schema 13): this client's narrative of exactly this period, and this
  client's action items (`client_reports.action_plan`: raised in the period or carried
  forward into it), never another client's; no contact of any client appears in the report,
and selects only the columns the report shows: never private mentoring notes, career goals,
self-assessments, check-ins, enrollment notes, audit data, evaluators, comments on
evaluations or their answers, acknowledgements or disputes.

Aggregates run in SQL (a few grouped queries per report, none per staff member) and detail
rows stream straight from the database cursor. Detail rows hold their choice words and
"Yes"/"No" in the report's language (`tr`, a `mentorapp.translations.Translator`); what people
typed comes as they typed it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Case, fn

from mentorapp import kpis
from mentorapp.db import database, is_sqlite
from mentorapp.models import (
    CHANNEL_CHOICES,
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    PROGRAM_TYPE_CHOICES,
    Assignment,
    Competency,
    Enrollment,
    Evaluation,
    EvaluationAnswer,
    Feedback,
    FeedbackRating,
    KpiMetric,
    KpiMonth,
    KpiValue,
    Mentor,
    Mentorship,
    Scorecard,
    ScorecardItem,
    ScorecardVersion,
    Staff,
    TrainingProgram,
    label,
)
from mentorapp.queries import not_archived
from mentorapp.services import client_reports, kpi, quality
from mentorapp.services.dashboard import month_end, month_key, months_back
from mentorapp.translations import ENGLISH, N_, Translator, translator

MentorStaff = Staff.alias("mentor_staff")
TREND_MONTHS = 12
NO_TEAM = N_("No team")  # translated where it is shown
# An agent's team, when they are no longer on the account: their staff record's team is
# then another account's (often named after that client).
LEFT_ACCOUNT = N_("Left the account")
IN_ENGLISH = translator(ENGLISH)


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
    """Condition (with TrainingProgram joined): training the client's staff completed while
    on the account (not a course finished after moving to another client)."""
    return ((Enrollment.status == "completed") & Enrollment.completed_date.between(start, end)
            & not_archived(Enrollment)
            & (TrainingProgram.client.is_null() | (TrainingProgram.client == client_id))
            & fn.EXISTS(Assignment.select(Assignment.id).join(
                Staff, on=(Assignment.staff == Staff.id)).where(
                Assignment.staff == Enrollment.staff,
                _on_account(client_id, Enrollment.completed_date, Enrollment.completed_date))))


def still_on_account(client_id: int) -> set[int]:
    """Staff assigned to the client today (an open assignment, or one ending later)."""
    today = dt.date.today()
    return {staff_id for (staff_id,) in staff_on_account(client_id, today, today).tuples()}


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


def _labels(field, choices, tr: Translator):
    """SQL for the label a user sees of a choice code (`models.label()` in the report's
    language), so detail rows come from the cursor as the sheet shows them."""
    return Case(field, [(code, tr.gettext(label(code))) for code in choices], field)


def _yes_no(condition, tr: Translator):
    return Case(None, [(condition, tr.gettext("Yes"))], tr.gettext("No"))


STAFF_NAME = Staff.first_name.concat(" ").concat(Staff.last_name)


def _feedback_detail(client_id, start, end, *columns, condition=None, dates=(0,)):
    query = (Feedback.select(*columns).join(Staff, on=(Feedback.staff == Staff.id))
             .where(condition if condition is not None
                    else shareable_feedback(client_id, start, end))
             .order_by(Feedback.date, Staff.last_name, Staff.first_name, Feedback.id))
    return _stream(query, dates)


def feedback_rows(client_id: int, start: dt.date, end: dt.date, tr: Translator = IN_ENGLISH):
    """(date, employee ID, name, source label, kind label, author, rating, strengths,
    improvements, comment) for every shareable feedback in the period."""
    return _feedback_detail(client_id, start, end, Feedback.date, Staff.employee_id,
                            STAFF_NAME, _labels(Feedback.source, FEEDBACK_SOURCE_CHOICES, tr),
                            _labels(Feedback.kind, FEEDBACK_KIND_CHOICES, tr), Feedback.author,
                            Feedback.rating, Feedback.strengths, Feedback.improvements,
                            Feedback.comment)


def recognition_rows(client_id: int, start: dt.date, end: dt.date, tr: Translator = IN_ENGLISH):
    """(date, employee ID, name, source label, author, comment, strengths)."""
    return _feedback_detail(
        client_id, start, end, Feedback.date, Staff.employee_id, STAFF_NAME,
        _labels(Feedback.source, FEEDBACK_SOURCE_CHOICES, tr), Feedback.author, Feedback.comment,
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


def training_rows(client_id: int, start: dt.date, end: dt.date, tr: Translator = IN_ENGLISH):
    """(completed, employee ID, name, program, type label, provider, hours, score, valid
    until) for training completed in the period."""
    query = (_training_query(Enrollment.completed_date, Staff.employee_id, STAFF_NAME,
                             TrainingProgram.name,
                             _labels(TrainingProgram.type, PROGRAM_TYPE_CHOICES, tr),
                             TrainingProgram.provider, Enrollment.hours, Enrollment.score,
                             Enrollment.expires_on)
             .switch(Enrollment).join(Staff, on=(Enrollment.staff == Staff.id))
             .where(completed_training(client_id, start, end))
             .order_by(Enrollment.completed_date, Staff.last_name, Staff.first_name))
    return _stream(query, (0, 8))


# -- KPI scorecard ---------------------------------------------------------------------------
@dataclass(slots=True)  # a report makes one per agent, metric and month
class KpiCell:
    """One person's values of one metric in one month, as a group's figure needs them: the
    sums the pooled roll-ups add up, and the latest value (for a "latest" metric)."""

    weighted: float = 0.0  # SUM(value * count)
    weight: float = 0.0  # SUM(count)
    total: float = 0.0  # SUM(value)
    count: int = 0
    last_day: dt.date | None = None
    last_value: float | None = None


def shareable_metrics(client_id: int) -> list[dict]:
    """The client's metrics marked shareable, not archived, by line of business and name."""
    return list(KpiMetric.select(KpiMetric.id, KpiMetric.name, KpiMetric.line_of_business,
                                 KpiMetric.unit, KpiMetric.better, KpiMetric.target,
                                 KpiMetric.warning, KpiMetric.rollup, KpiMetric.decimals)
                .where(KpiMetric.client == client_id, KpiMetric.shareable == True,  # noqa: E712
                       not_archived(KpiMetric))
                .order_by(KpiMetric.line_of_business, KpiMetric.name_key).dicts())


@functools.lru_cache(maxsize=4096)
def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _as_day(value) -> dt.date:
    """A date from the cursor (SQLite returns ISO text; a few hundred distinct days)."""
    return _day(value) if isinstance(value, str) else value


def _month_cells(client_id: int, metrics: list[dict], start: dt.date, end: dt.date,
                 first: dt.date):
    """(metric id, staff id, 'YYYY-MM', weighted, weight, total, count, last day, last value)
    of each person-month cell (KpiCell's sums) of the `metrics`' values dated in the period,
    of staff on the account in it, and dated in the whole months from `first` to the
    period's, of staff on the account in that month: a person's period months oldest first.

    Whole months come from the monthly sums the database keeps (`KpiMonth`), as the cursor
    returns them (one tuple each, no object: a year of a large account holds some 350,000);
    the days of a month the period covers only in part are added up from the values
    themselves."""
    ids = [m["id"] for m in metrics]
    period_staff = staff_on_account(client_id, start, end)
    whole, partial = [], []
    for key in months(start, end):
        month_first, month_last = dt.date.fromisoformat(f"{key}-01"), month_end(key)
        if start <= month_first and month_last <= end:
            whole.append(month_first)
        else:
            partial.append((max(start, month_first), min(end, month_last)))
    cells: dict[tuple[int, int, str], KpiCell] = {}
    if partial:
        days = functools.reduce(operator.or_, [KpiValue.day.between(lo, hi)
                                               for lo, hi in partial])
        for metric, person, day, value, count in database.execute(
                KpiValue.select(KpiValue.metric, KpiValue.staff, KpiValue.day, KpiValue.value,
                                KpiValue.count)
                .where(KpiValue.metric.in_(ids), days, KpiValue.staff.in_(period_staff))
                .order_by(KpiValue.day)):
            day = _as_day(day)
            cell = cells.get((metric, person, day.isoformat()[:7]))
            if cell is None:
                cell = cells[(metric, person, day.isoformat()[:7])] = KpiCell()
            if count is not None:
                cell.weighted += value * count
                cell.weight += count
            cell.total += value
            cell.count += 1
            cell.last_day, cell.last_value = day, value  # by day: the last one stays
    # A part month before the whole ones is the period's first month: it goes first.
    opening = f"{start:%Y-%m}" if partial and start.day > 1 else None
    for (metric, person, key), cell in cells.items():
        if key == opening:
            yield (metric, person, key, cell.weighted, cell.weight, cell.total, cell.count,
                   cell.last_day, cell.last_value)
    # SQLite reads each metric's month in one range and checks the staff there, rather than
    # looking up every agent of the account in each (321,484 rows: 0.96 s instead of 1.10);
    # PostgreSQL plans the look-ups itself.
    period_person = KpiMonth.staff_id + 0 if is_sqlite() else KpiMonth.staff_id
    monthly = KpiMonth.metric_id.in_(ids) & KpiMonth.month.in_(whole) \
        & period_person.in_(period_staff)
    period_first = start.replace(day=1)
    if first < period_first:
        monthly |= (KpiMonth.metric_id.in_(ids)
                    & KpiMonth.month.between(first, period_first - dt.timedelta(days=1))
                    & assigned_that_month(client_id, KpiMonth.staff_id, KpiMonth.month))
    days: dict[str, dt.date] = {}  # SQLite returns dates as ISO text: each parsed once
    # Straight from the cursor: peewee's conversion of every date took most of the time.
    for metric, person, key, n, total, weighted, weight, last_day, last_value in (
            database.execute(KpiMonth.select(
                KpiMonth.metric_id, KpiMonth.staff_id, month_key(KpiMonth.month), KpiMonth.n,
                KpiMonth.value_sum, KpiMonth.weighted_sum, KpiMonth.weight_sum,
                KpiMonth.last_day, KpiMonth.last_value).where(monthly)
                .order_by(KpiMonth.metric_id, KpiMonth.month))):
        if last_day.__class__ is str:
            day = days.get(last_day)
            last_day = day if day is not None else days.setdefault(last_day, _day(last_day))
        yield metric, person, key, weighted, weight, total, n, last_day, last_value
    for (metric, person, key), cell in cells.items():
        if key != opening:
            yield (metric, person, key, cell.weighted, cell.weight, cell.total, cell.count,
                   cell.last_day, cell.last_value)


def kpi_figure(rollup: str, cells: Iterable[tuple[int, KpiCell]]) -> float | None:
    """The figure of a group of (staff id, KpiCell) cells, counted as
    `kpis.roll_up_group()` counts the values behind them: a weighted, average or sum metric
    pools every person-day (the team's AHT is its total talk time over its total handled
    contacts, never an average of the agents' averages); a "latest" metric averages each
    person's latest value."""
    pool = _Pool(rollup)
    for person, cell in cells:
        pool.add(person, cell)
    return pool.figure(rollup)


def _pooled(rollup: str, weighted: float, weight: float, total: float, count: int
            ) -> float | None:
    """A weighted, average or sum metric's figure from the pooled sums of its person-days."""
    if not count:
        return None
    if rollup == "weighted":
        return weighted / weight if weight else None
    return total / count if rollup == "average" else total


def _judged(value: float | None, series: list[float | None], arithmetic: kpis.Metric) -> dict:
    """A figure with its attainment (None where it cannot be said or is not finite), status
    and trend over `series` (its monthly figures, oldest first), by the metric's
    `arithmetic` (`kpi.as_metric`)."""
    attainment = kpis.attainment(value, arithmetic)
    return {"value": value,
            "attainment": attainment if attainment is None or math.isfinite(attainment)
            else None,
            "status": kpis.status(value, arithmetic), "trend": kpis.trend(series, arithmetic)}


class _Pool:
    """A group of KpiCells added up as `kpi_figure()` counts them: the pooled sums, and each
    person's latest value (kept for a "latest" metric only, `rollup`: the figure's roll-up).
    Pools of disjoint groups merge into the pool of their union."""

    __slots__ = ("weighted", "weight", "total", "count", "latest")

    def __init__(self, rollup: str = "latest"):
        self.weighted = self.weight = self.total = self.count = 0
        self.latest: dict[int, tuple[dt.date, float]] | None = (
            {} if rollup == "latest" else None)

    def add(self, person: int, cell: KpiCell) -> None:
        self.add_sums(person, cell.weighted, cell.weight, cell.total, cell.count,
                      cell.last_day, cell.last_value)

    def add_sums(self, person: int, weighted: float, weight: float, total: float, count: int,
                 last_day: dt.date | None, last_value: float | None) -> None:
        """`add()` of a cell given as its sums (as `_month_cells()` yields them)."""
        self.weighted += weighted
        self.weight += weight
        self.total += total
        self.count += count
        if self.latest is not None and last_day is not None:
            seen = self.latest.get(person)
            if seen is None or last_day > seen[0]:
                self.latest[person] = (last_day, last_value)

    def merge(self, other: _Pool) -> None:
        """Add a pool of other people's cells (or other months' of the same people)."""
        self.weighted += other.weighted
        self.weight += other.weight
        self.total += other.total
        self.count += other.count
        if self.latest is None or not other.latest:
            return
        for person, (day, value) in other.latest.items():
            seen = self.latest.get(person)
            if seen is None or day > seen[0]:
                self.latest[person] = (day, value)

    def figure(self, rollup: str) -> float | None:
        """`kpi_figure(rollup, the cells added)`."""
        if rollup == "latest":
            latest = self.latest
            return sum(v for _, v in latest.values()) / len(latest) if latest else None
        return _pooled(rollup, self.weighted, self.weight, self.total, self.count)


def _cell_figure(rollup: str, weighted: float, weight: float, total: float, count: int,
                 last_day: dt.date | None, last_value: float | None) -> float | None:
    """`kpi_figure(rollup, [(person, cell)])` of one cell, given as its sums."""
    if rollup == "latest":
        return last_value if last_day is not None else None
    return _pooled(rollup, weighted, weight, total, count)


def kpi_scorecard(client_id: int, start: dt.date, end: dt.date) -> dict:
    """The KPI scorecard of the period: the shareable metrics; per metric the account's
    figure; per team and metric, and per agent and metric (agents by name), the figure of
    the period with attainment, status and (agents and account) trend; and the account's
    attainment per month over the months of `trend()` (the last TREND_MONTHS up to `end`).

    Agents are the staff on the account in the period with values in it; teams are their
    staff records' teams. Each earlier month counts the staff on the account in that month.

    Each figure is `kpi_figure()` of its cells, added up once, as the cells stream from the
    database (none is kept: a year of a large account holds some 350,000): each agent's
    period pooled from its cells, its monthly figures, and the account's months; then a
    team's and the account's period from its agents' pools, merged in the agents' order."""
    metrics = shareable_metrics(client_id)
    first, period_first = months_back(end, TREND_MONTHS - 1), start.replace(day=1)
    first = min(first, period_first)
    window = months(first, end)
    slots = {key: index for index, key in enumerate(window)}
    in_period = set(months(start, end))
    rollups = {metric["id"]: metric["rollup"] for metric in metrics}
    # (metric id, person): the pool of its period cells (None: none in the period) and its
    # figure of each month of the window.
    own: dict[tuple[int, int], list] = {}
    width = len(window)
    # (metric id, month): the account's sums [weighted, weight, total, count] and, for a
    # "latest" metric, [total, count] of its people's latest values (one cell a person).
    by_month: dict[tuple[int, str], list] = {}
    cells = _month_cells(client_id, metrics, start, end, first) if metrics else ()
    for metric_id, person, key, weighted, weight, total, count, last_day, last_value in cells:
        rollup = rollups[metric_id]
        entry = own.get((metric_id, person))
        if entry is None:
            entry = own[(metric_id, person)] = [None, [None] * width]
        sums = by_month.get((metric_id, key))
        if sums is None:
            sums = by_month[(metric_id, key)] = [0, 0, 0, 0]
        figure = entry[1][slots[key]] = _cell_figure(rollup, weighted, weight, total, count,
                                                     last_day, last_value)
        if rollup == "latest":
            if figure is not None:
                sums[2] += figure
                sums[3] += 1
        else:
            sums[0] += weighted
            sums[1] += weight
            sums[2] += total
            sums[3] += count
        if key in in_period:
            pool = entry[0]
            if pool is None:
                pool = entry[0] = _Pool(rollup)
            pool.add_sums(person, weighted, weight, total, count, last_day, last_value)
    people = {person for (_, person), (pool, _) in own.items() if pool is not None}
    staff = {row[0]: row for row in (
        Staff.select(Staff.id, Staff.employee_id, Staff.first_name, Staff.last_name,
                     Staff.team).where(Staff.id.in_(people)).tuples())} if people else {}
    arithmetic = {metric["id"]: kpi.as_metric(metric) for metric in metrics}
    staying = still_on_account(client_id) if staff else set()
    agents = []
    # (metric id, team): the pool of its agents' period cells, and the agents.
    team_pools: dict[tuple[int, str], tuple[_Pool, list[int]]] = {}
    account_period = {metric["id"]: _Pool(metric["rollup"]) for metric in metrics}
    for person in sorted(staff, key=lambda p: (staff[p][3].lower(), staff[p][2].lower(),
                                                staff[p][1])):
        _, employee_id, first_name, last_name, team = staff[person]
        team = (team.strip() or NO_TEAM) if person in staying else LEFT_ACCOUNT
        for metric in metrics:
            metric_id, rollup = metric["id"], metric["rollup"]
            pool, series = own.get((metric_id, person), (None, None))
            if pool is None:
                continue
            account_period[metric_id].merge(pool)
            group = team_pools.get((metric_id, team))
            if group is None:
                group = team_pools[(metric_id, team)] = (_Pool(rollup), [])
            group[0].merge(pool)
            group[1].append(person)
            agents.append({"employee_id": employee_id, "name": f"{first_name} {last_name}",
                           "team": team, "metric": metric, **_judged(
                               pool.figure(rollup), series, arithmetic[metric_id])})
    del own
    account, teams, monthly = [], [], []
    for metric in metrics:
        metric_id, rollup = metric["id"], metric["rollup"]
        series = [_month_figure(rollup, by_month.get((metric_id, key))) for key in window]
        account.append({"metric": metric, **_judged(
            account_period[metric_id].figure(rollup), series, arithmetic[metric_id])})
        names = [team for (owner, team) in team_pools if owner == metric_id]
        for team in sorted(names, key=lambda t: (t in (NO_TEAM, LEFT_ACCOUNT), t.lower())):
            pool, members = team_pools[(metric_id, team)]
            judged = _judged(pool.figure(rollup), [], arithmetic[metric_id])
            teams.append({"metric": metric, "team": team, "agents": len(members),
                          **{k: v for k, v in judged.items() if k != "trend"}})
        monthly.append([kpis.attainment(value, arithmetic[metric_id]) for value in series])
    return {"metrics": metrics, "account": account, "teams": teams, "agents": agents,
            "months": [(key, key in in_period,
                        [None if a is None or not math.isfinite(a) else a
                         for a in (column[i] for column in monthly)])
                       for i, key in enumerate(window)]}


def _month_figure(rollup: str, sums: list | None) -> float | None:
    """The account's figure of a month from its `by_month` sums in `kpi_scorecard()`."""
    if sums is None:
        return None
    if rollup == "latest":
        return sums[2] / sums[3] if sums[3] else None
    return _pooled(rollup, *sums)


# -- Quality ----------------------------------------------------------------------------------
def client_scorecard_versions(client_id: int):
    """Subquery: ids of the versions of scorecards that are general or this client's (another
    client's scorecard would name that client in its items)."""
    return (ScorecardVersion.select(ScorecardVersion.id)
            .join(Scorecard, on=(ScorecardVersion.scorecard == Scorecard.id))
            .where(Scorecard.client.is_null() | (Scorecard.client == client_id)))


def shareable_evaluations(client_id: int, start: dt.date, end: dt.date):
    """Condition: the client's shareable evaluations of interactions in the period, as the
    quality reads count them (of a calibration only the reference), of its staff."""
    return ((Evaluation.client == client_id) & (Evaluation.visibility == "shareable")
            & not_archived(Evaluation)
            & (Evaluation.calibration.is_null() | Evaluation.is_reference)
            & Evaluation.interaction_date.between(start, end)
            & Evaluation.version.in_(client_scorecard_versions(client_id))
            & Evaluation.staff.in_(staff_on_account(client_id, start, end)))


def quality_figures(client_id: int, start: dt.date, end: dt.date) -> dict:
    """How many shareable evaluations, of how many agents, their average score (percent, of
    those with one) and how many had a critical fail."""
    count, agents, average, critical = (Evaluation.select(
        fn.COUNT(Evaluation.id), fn.COUNT(Evaluation.staff.distinct()), fn.AVG(Evaluation.score),
        fn.SUM(Case(None, [(Evaluation.critical_fail, 1)], 0)))
        .where(shareable_evaluations(client_id, start, end)).tuples().get())
    return {"evaluations": count, "agents": agents, "average_score": _number(average),
            "critical_fails": int(critical or 0)}


def failed_items(client_id: int, start: dt.date, end: dt.date, limit: int = 10
                 ) -> list[tuple]:
    """(section, item text, times failed) of the items failed most in the shareable
    evaluations (an answer that earns no credit on its scale), most first."""
    failing = functools.reduce(operator.or_, [
        (ScorecardItem.scale == scale) & EvaluationAnswer.answer.in_(answers)
        for scale, answers in quality.FAILING_ANSWERS.items()])
    times = fn.COUNT(EvaluationAnswer.id)
    return list(EvaluationAnswer.select(ScorecardItem.section, ScorecardItem.text, times)
                .join(ScorecardItem, on=(EvaluationAnswer.item == ScorecardItem.id))
                .switch(EvaluationAnswer)
                .join(Evaluation, on=(EvaluationAnswer.evaluation == Evaluation.id))
                .where(shareable_evaluations(client_id, start, end), failing)
                .group_by(ScorecardItem.section, ScorecardItem.text)
                .order_by(times.desc(), ScorecardItem.section, ScorecardItem.text)
                .limit(limit).tuples())


def evaluation_rows(client_id: int, start: dt.date, end: dt.date, tr: Translator = IN_ENGLISH):
    """(interaction date, employee ID, name, scorecard, interaction ID, channel label, score
    as a fraction, "Yes"/"No" critical fail) of the shareable evaluations, oldest first."""
    score = Case(None, [(Evaluation.score.is_null(), None)], Evaluation.score / 100.0)
    query = (Evaluation.select(Evaluation.interaction_date, Staff.employee_id, STAFF_NAME,
                               Scorecard.name, Evaluation.interaction_id,
                               _labels(Evaluation.channel, CHANNEL_CHOICES, tr), score,
                               _yes_no(Evaluation.critical_fail, tr))
             .join(Staff, on=(Evaluation.staff == Staff.id))
             .switch(Evaluation)
             .join(ScorecardVersion, on=(Evaluation.version == ScorecardVersion.id))
             .join(Scorecard, on=(ScorecardVersion.scorecard == Scorecard.id))
             .where(shareable_evaluations(client_id, start, end))
             .order_by(Evaluation.interaction_date, Staff.last_name, Staff.first_name,
                       Evaluation.id))
    return _stream(query, (0,))


def calibration_spread(client_id: int, start: dt.date, end: dt.date) -> dict:
    """The client's calibrations held in the period that have their reference (expert)
    evaluation, on a general or this client's scorecard, as figures only: how many, per
    item (section, text) in scorecard order the sessions that scored it and its average
    spread (0 every evaluator gave the same credit .. 1 full credit and none), and the
    evaluators' average distance from the expert's score in points."""
    allowed = {v for (v,) in client_scorecard_versions(client_id).tuples()}
    sessions = [s for s in quality.calibrations(client_id, start, end)
                if s["has_reference"] and s["version"] in allowed]
    items: dict[tuple[str, str], dict] = {}  # an item kept from one version to the next is one
    distances = []
    for session in sessions:
        result = quality.calibration_result(session["id"])
        for item in quality.items(session["version"]):
            spread = result["item_spread"].get(item["key"])
            if spread is None:
                continue
            entry = items.setdefault((item["section"], item["text"]), {
                "position": (session["version"], item["position"]),
                "section": item["section"], "text": item["text"], "spreads": []})
            entry["spreads"].append(spread)
        distances += result["distance"].values()
    rows = [(e["section"], e["text"], len(e["spreads"]), sum(e["spreads"]) / len(e["spreads"]))
            for e in sorted(items.values(), key=lambda e: e["position"])]
    return {"sessions": len(sessions), "items": rows,
            "average_distance": sum(distances) / len(distances) if distances else None}


# -- The review pack (schema 13) -------------------------------------------------------------
def review(client_id: int, start: dt.date, end: dt.date) -> dict:
    """The account manager's narrative of this client's period (summary, highlights, risks;
    empty texts when none was written)."""
    found = client_reports.review(client_id, start, end)
    return {key: found[key] for key in ("summary", "highlights", "risks")}


def action_plan(client_id: int, start: dt.date, end: dt.date,
                tr: Translator = IN_ENGLISH) -> list[tuple]:
    """(raised in: first day, last day, action, owner, due date, status label on the period's
    last day, closed on (when by then), note, "Yes" when carried forward from an earlier
    period) of this client's action items the period's report shows."""
    rows = []
    for item in client_reports.action_plan(client_id, start, end):
        closed = item["closed_on"] if item["closed_on"] and item["closed_on"] <= end else None
        rows.append((item["period_start"], item["period_end"], item["text"], item["owner"],
                     item["due_date"], tr.gettext(label(item["status_at_end"])), closed,
                     item["note"], tr.gettext("Yes") if item["carried"] else tr.gettext("No")))
    return rows


def previous_version(client_id: int, start: dt.date, end: dt.date, version: int
                     ) -> dict | None:
    """The registered version of this client's period just before `version` (its number and
    the figures it showed), or None."""
    found = client_reports.latest_version(client_id, start, end, before=version)
    return {"version": found["version"], "figures": found["figures"]} if found else None
