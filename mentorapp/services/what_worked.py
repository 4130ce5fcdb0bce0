"""What worked (issue 16): each intervention's measures before and after, against similar
people who did not have it, and the average effect per client, training program and mentor.

Interventions: a completed training (its completion date), a mentorship (its start; active
or completed ones) and a coaching session that cites evidence (its date). Archived records
are left out.

Windows: the `WINDOW_MONTHS` whole calendar months before the intervention's month and as
many after it; the month itself is the change-over and counts in neither. Whole months make
the windows equal, match the KPI person-months, and let every intervention of a month on the
same account share one comparison group (which is what keeps this a few grouped queries at
50,000 staff, not a query per person).

Measures, each a person's figure over a window:
- competency rating: the plain average of every competency rating (`FeedbackRating`) given
  about them in the window, all sources and competencies, no recency weighting;
- quality score: the average score of their evaluations (calibration copies left out);
- a KPI metric: the mean of their monthly figures (the `kpi_month` roll-up the KPI service
  uses, by the metric's own rule) over the window's months that have one.
A training or a mentorship is measured on all of these (the metrics of the account the person
was on); a coaching session only on what it cites (a metric, an evaluation: the quality score,
a feedback entry: the competency rating).

Comparison group: people placed on the same client in the same assignment role for the whole
of both windows, with no intervention of the same kind in those months.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from peewee import JOIN, fn

from mentorapp import effects
from mentorapp.db import is_sqlite
from mentorapp.models import (
    Assignment,
    Client,
    Enrollment,
    Evaluation,
    Feedback,
    FeedbackRating,
    KpiMetric,
    KpiMonth,
    Mentor,
    MentoringSession,
    Mentorship,
    SessionEvidence,
    Staff,
    TrainingProgram,
)
from mentorapp.queries import not_archived
from mentorapp.services.mentoring import MentorStaff, mentor_name_expression

WINDOW_MONTHS = 3
MIN_PEOPLE = effects.MIN_PEOPLE
KINDS = ("training", "mentorship", "coaching")
KIND_NAMES = {"training": "Training", "mentorship": "Mentorship", "coaching": "Coaching session"}
COMPETENCY, QUALITY = "competency", "quality"
FIXED_MEASURES = {
    COMPETENCY: {"measure": "Competency rating", "unit": "score", "decimals": 2,
                 "better": "higher"},
    QUALITY: {"measure": "Quality score", "unit": "percent", "decimals": 1, "better": "higher"},
}


# -- months as numbers -----------------------------------------------------------------------
def _index(day) -> int:
    """A month as a number (year * 12 + month - 1): windows are ranges of these."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return day.year * 12 + day.month - 1


def _first_day(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _last_day(index: int) -> dt.date:
    return _first_day(index + 1) - dt.timedelta(days=1)


def windows(day: dt.date) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    """The (first, last) days of the before and after windows of an intervention on `day`."""
    month = _index(day)
    return ((_first_day(month - WINDOW_MONTHS), _last_day(month - 1)),
            (_first_day(month + 1), _last_day(month + WINDOW_MONTHS)))


def _month_of(column):
    """SQL: the first day of the column's month (text on SQLite, a timestamp on PostgreSQL)."""
    return (fn.strftime("%Y-%m-01", column) if is_sqlite()
            else fn.date_trunc("month", column))


# -- interventions ---------------------------------------------------------------------------
def _events(kind: str, since: dt.date, until: dt.date, staff_ids=None) -> list[dict]:
    """The interventions of a kind dated since..until: id, kind, staff, date, label, group
    keys (program or mentor) and, for coaching, the measures cited."""
    if kind == "training":
        query = (Enrollment.select(Enrollment.id, Enrollment.staff, Enrollment.completed_date,
                                   TrainingProgram.id.alias("program_id"),
                                   TrainingProgram.name.alias("program"))
                 .join(TrainingProgram, on=(Enrollment.program == TrainingProgram.id))
                 .where(Enrollment.status == "completed", not_archived(Enrollment),
                        not_archived(TrainingProgram),
                        Enrollment.completed_date.between(since, until)))
        if staff_ids is not None:
            query = query.where(Enrollment.staff.in_(staff_ids))
        return [{"id": r["id"], "kind": kind, "staff": r["staff"], "date": r["completed_date"],
                 "program_id": r["program_id"], "program": r["program"],
                 "label": f"Training: {r['program']}"} for r in query.dicts()]
    mentor = mentor_name_expression().alias("mentor")
    if kind == "mentorship":
        query = (Mentorship.select(Mentorship.id, Mentorship.mentee.alias("staff"),
                                   Mentorship.start_date.alias("date"),
                                   Mentor.id.alias("mentor_id"), mentor)
                 .where(Mentorship.status.in_(("active", "completed")),
                        Mentorship.start_date.between(since, until)))
        label = "Mentorship with {}"
    else:
        query = (MentoringSession.select(MentoringSession.id,
                                         Mentorship.mentee.alias("staff"),
                                         MentoringSession.date, Mentor.id.alias("mentor_id"),
                                         mentor)
                 .join(Mentorship, on=(MentoringSession.mentorship == Mentorship.id))
                 .where(not_archived(MentoringSession),
                        MentoringSession.date.between(since, until),
                        MentoringSession.id.in_(SessionEvidence.select(
                            SessionEvidence.session))))
        label = "Coaching session with {}"
    query = (query.join_from(Mentorship, Mentor, on=(Mentorship.mentor == Mentor.id))
             .join_from(Mentor, MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
             .where(not_archived(Mentorship)))
    if staff_ids is not None:
        query = query.where(Mentorship.mentee.in_(staff_ids))
    rows = [{"id": r["id"], "kind": kind, "staff": r["staff"], "date": r["date"],
             "mentor_id": r["mentor_id"], "mentor": r["mentor"],
             "label": label.format(r["mentor"])} for r in query.dicts()]
    if kind == "coaching" and rows:
        cited = defaultdict(set)
        for session, evaluation, feedback, metric in (
                SessionEvidence.select(SessionEvidence.session, SessionEvidence.evaluation,
                                       SessionEvidence.feedback, SessionEvidence.metric)
                .where(SessionEvidence.session.in_([r["id"] for r in rows])).tuples()):
            cited[session].add(QUALITY if evaluation else COMPETENCY if feedback else metric)
        for row in rows:
            row["cites"] = cited[row["id"]]
    return rows


def _raw(query) -> list[tuple]:
    """The query's rows as the driver gives them (dates as text on SQLite): converting
    hundreds of thousands of person-month values through the fields costs more than the
    query."""
    return query.model._meta.database.execute(query).fetchall()


# -- the figures -----------------------------------------------------------------------------
class _Figures:
    """Every person-month figure the computation needs, loaded in a few grouped queries:
    {measure: {staff: {month index: (sum, count)}}} for ratings and scores (pooled over a
    window), {metric id: {staff: {month index: figure}}} for KPIs (averaged over months)."""

    def __init__(self, first: int, last: int, staff_ids, metrics: dict[int, dict]):
        since, until = _first_day(first), _last_day(last)
        self.pooled = {COMPETENCY: defaultdict(dict), QUALITY: defaultdict(dict)}
        month = _month_of(Feedback.date)
        ratings = (FeedbackRating.select(Feedback.staff, month, fn.SUM(FeedbackRating.rating),
                                         fn.COUNT(FeedbackRating.id))
                   .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
                   .where(Feedback.date.between(since, until), not_archived(Feedback))
                   .group_by(Feedback.staff, month))
        month = _month_of(Evaluation.interaction_date)
        scores = (Evaluation.select(Evaluation.staff, month, fn.SUM(Evaluation.score),
                                    fn.COUNT(Evaluation.score))
                  .where(Evaluation.interaction_date.between(since, until),
                         not_archived(Evaluation), Evaluation.calibration.is_null(),
                         Evaluation.score.is_null(False))
                  .group_by(Evaluation.staff, month))
        if staff_ids is not None:
            ratings = ratings.where(Feedback.staff.in_(staff_ids))
            scores = scores.where(Evaluation.staff.in_(staff_ids))
        for measure, query in ((COMPETENCY, ratings), (QUALITY, scores)):
            for staff, start, total, count in _raw(query):
                self.pooled[measure][staff][_index(start)] = (float(total), count)
        self.kpi = defaultdict(lambda: defaultdict(dict))
        if metrics:
            query = (KpiMonth.select(KpiMonth.metric_id, KpiMonth.staff_id, KpiMonth.month,
                                     KpiMonth.n, KpiMonth.value_sum, KpiMonth.weighted_sum,
                                     KpiMonth.weight_sum, KpiMonth.last_value)
                     .where(KpiMonth.metric_id.in_(list(metrics)),
                            KpiMonth.month.between(since, until)))
            if staff_ids is not None:
                query = query.where(KpiMonth.staff_id.in_(staff_ids))
            for metric, staff, start, n, total, weighted, weight, last in _raw(query):
                rollup = metrics[metric]["rollup"]
                figure = (weighted / weight if weight else None) if rollup == "weighted" \
                    else total / n if rollup == "average" and n \
                    else total if rollup == "sum" else last if rollup == "latest" else None
                if figure is not None:
                    self.kpi[metric][staff][_index(start)] = figure
        self._cache: dict = {}
        self._pairs: dict = {}

    def window(self, measure, staff: int, first: int, last: int) -> float | None:
        key = (measure, staff, first)
        if key not in self._cache:
            if measure in self.pooled:
                months = self.pooled[measure].get(staff, {})
                parts = [months[m] for m in range(first, last + 1) if m in months]
                count = sum(c for _, c in parts)
                value = sum(t for t, _ in parts) / count if count else None
            else:
                months = self.kpi[measure].get(staff, {})
                parts = [months[m] for m in range(first, last + 1) if m in months]
                value = sum(parts) / len(parts) if parts else None
            self._cache[key] = value
        return self._cache[key]

    def pair(self, measure, staff: int, month: int) -> tuple[float | None, float | None]:
        key = (measure, staff, month)
        if key not in self._pairs:
            self._pairs[key] = (self.window(measure, staff, month - WINDOW_MONTHS, month - 1),
                                self.window(measure, staff, month + 1, month + WINDOW_MONTHS))
        return self._pairs[key]


# -- the computation -------------------------------------------------------------------------
def _placements(first: int, last: int, client_id: int | None, staff_ids) -> list[tuple]:
    """(staff, client, role, start, end) of placements of people not archived overlapping the
    months first..last."""
    since, until = _first_day(first), _last_day(last)
    query = (Assignment.select(Assignment.staff, Assignment.client, Assignment.role,
                               Assignment.start_date, Assignment.end_date)
             .join(Staff, on=(Assignment.staff == Staff.id))
             .where(not_archived(Assignment), not_archived(Staff),
                    Assignment.start_date <= until,
                    Assignment.end_date.is_null() | (Assignment.end_date >= since)))
    if client_id is not None:
        query = query.where(Assignment.client == client_id)
    if staff_ids is not None:
        query = query.where(Assignment.staff.in_(staff_ids))
    return list(query.tuples())


def compute(start: dt.date, end: dt.date, *, client_id: int | None = None,
            staff_id: int | None = None, kinds=KINDS) -> dict:
    """The interventions dated start..end (of one client's people placed on it, or of one
    person, when given) with their effects, and the summaries.

    Returns {"rows": one per intervention and measure (see `_row`), "by_client",
    "by_program", "by_mentor": summaries per group and measure (see `_summaries`),
    "window_months"}."""
    first, last = _index(start) - WINDOW_MONTHS, _index(end) + WINDOW_MONTHS
    if staff_id is not None:  # the person, and their accounts' people to compare with
        clients = Assignment.select(Assignment.client).where(Assignment.staff == staff_id)
        scope = Staff.select(Staff.id).where((Staff.id == staff_id) | Staff.id.in_(
            Assignment.select(Assignment.staff).where(Assignment.client.in_(clients))))
    elif client_id is not None:
        scope = Assignment.select(Assignment.staff).where(Assignment.client == client_id)
    else:
        scope = None
    placements = _placements(first, last, client_id, scope)
    by_account = defaultdict(list)  # (client, role) -> [(staff, start, end)]
    by_person = defaultdict(list)
    for staff, client, role, since, until in placements:
        by_account[(client, role)].append((staff, since, until))
        by_person[staff].append((since, client, role, until))
    events = {kind: _events(kind, _first_day(first), _last_day(last), scope) for kind in kinds}
    had = {kind: defaultdict(set) for kind in kinds}  # kind -> staff -> month indexes
    for kind in kinds:
        for event in events[kind]:
            had[kind][event["staff"]].add(_index(event["date"]))
    treated = []
    for kind in kinds:
        for event in events[kind]:
            if not start <= event["date"] <= end or (staff_id is not None
                                                     and event["staff"] != staff_id):
                continue
            placed = sorted((p for p in by_person.get(event["staff"], ())
                             if p[0] <= event["date"] and (p[3] is None
                                                           or p[3] >= event["date"])),
                            key=lambda p: p[0])
            if client_id is not None and not placed:
                continue  # not on the client that day: not this client's intervention
            event["client_id"], event["role"] = (placed[-1][1], placed[-1][2]) if placed \
                else (None, None)
            treated.append(event)
    client_ids = {e["client_id"] for e in treated if e["client_id"] is not None}
    cited_metrics = {m for e in treated for m in e.get("cites", ()) if isinstance(m, int)}
    metrics = {row["id"]: row for row in
               KpiMetric.select(KpiMetric.id, KpiMetric.client, KpiMetric.name,
                                KpiMetric.line_of_business, KpiMetric.unit, KpiMetric.better,
                                KpiMetric.decimals, KpiMetric.rollup, KpiMetric.archived)
               .where(KpiMetric.client.in_(list(client_ids)) | KpiMetric.id.in_(
                   list(cited_metrics))).dicts()} if client_ids or cited_metrics else {}
    client_metrics = defaultdict(list)
    for metric in metrics.values():
        if not metric["archived"]:
            client_metrics[metric["client"]].append(metric["id"])
    figures = _Figures(first, last, scope, metrics)
    names = _names({e["staff"] for e in treated}, client_ids)
    groups: dict = {}
    comparisons: dict = {}  # (group, month, measure) -> (its Change, the people with both)
    rows = []
    for event in sorted(treated, key=lambda e: (e["date"], e["kind"], e["id"])):
        month = _index(event["date"])
        if event["kind"] == "coaching":
            measures = sorted(event["cites"], key=lambda m: (isinstance(m, int), str(m)))
        else:
            measures = [COMPETENCY, QUALITY, *client_metrics.get(event["client_id"], ())]
        group = _comparison_group(event, month, by_account, had[event["kind"]], groups)
        for measure in measures:
            key = (event["client_id"], event["role"], month, event["kind"], measure)
            if key not in comparisons:
                pairs = {p: figures.pair(measure, p, month) for p in group}
                comparisons[key] = (effects.change(pairs.values()),
                                    frozenset(p for p, pair in pairs.items() if None not in pair))
            comparison, compared = comparisons[key]
            result = effects.compare(effects.change([figures.pair(measure, event["staff"],
                                                                  month)]),
                                     comparison, min_treated=1)
            rows.append(_row(event, month, measure, metrics, names, result, compared))
    summaries = _summaries(rows)
    for row in rows:  # in place: a year at 5,000 staff is 70,000 rows
        del row["comparison_ids"]
    return {"rows": rows, **summaries, "window_months": WINDOW_MONTHS}


def _comparison_group(event, month: int, by_account, had, cache) -> list[int]:
    """People on the event's client and role through both windows with no intervention of
    its kind in them."""
    key = (event["client_id"], event["role"], month, event["kind"])
    if event["client_id"] is None:
        return []
    if key not in cache:
        since = _first_day(month - WINDOW_MONTHS)
        until = _last_day(month + WINDOW_MONTHS)
        span = range(month - WINDOW_MONTHS, month + WINDOW_MONTHS + 1)
        cache[key] = sorted({staff for staff, start, end in by_account[(event["client_id"],
                                                                         event["role"])]
                             if start <= since and (end is None or end >= until)
                             and not had.get(staff, set()).intersection(span)})
    return cache[key]


def _names(staff_ids: set, client_ids: set) -> dict:
    people = {row[0]: row[1:] for row in Staff.select(
        Staff.id, Staff.employee_id, Staff.first_name, Staff.last_name)
        .where(Staff.id.in_(list(staff_ids))).tuples()} if staff_ids else {}
    clients = dict(Client.select(Client.id, Client.name).where(
        Client.id.in_(list(client_ids))).tuples()) if client_ids else {}
    return {"staff": people, "client": clients}


def difference_text(value: float | None, unit: str, decimals: int = 2) -> str:
    """A change as read in the app: "+1.30", "-70 s", "+2.5 pts" (percent: points)."""
    if value is None:
        return "–"
    places = max(decimals, 1) if unit == "percent" else decimals
    number = f"{value:+,.{places}f}"
    return {"percent": f"{number} pts", "seconds": f"{number} s"}.get(unit, number)


def figure_text(value: float | None, unit: str, decimals: int = 2) -> str:
    """A window's figure: "3.50", "312 s", "87.5%"."""
    if value is None:
        return "–"
    number = f"{value:,.{decimals}f}"
    return {"percent": f"{number}%", "seconds": f"{number} s"}.get(unit, number)


def _measure(measure, metrics: dict) -> dict:
    if measure in FIXED_MEASURES:
        return FIXED_MEASURES[measure]
    metric = metrics[measure]
    lob = metric["line_of_business"]
    return {"measure": metric["name"] + (f" ({lob})" if lob else ""), "unit": metric["unit"],
            "decimals": metric["decimals"], "better": metric["better"]}


def _row(event, month, measure, metrics, names, result: effects.Effect, compared) -> dict:
    """One intervention and measure: who, what, when, the windows, the person's before and
    after, the comparison group's, the difference-in-differences and its verdict."""
    employee_id, first_name, last_name = names["staff"][event["staff"]]
    meta = _measure(measure, metrics)
    return {"kind": event["kind"], "id": event["id"], "label": event["label"],
            "date": event["date"], "staff_id": event["staff"], "employee_id": employee_id,
            "staff_name": f"{first_name} {last_name}", "client_id": event["client_id"],
            "client": names["client"].get(event["client_id"], ""), "role": event["role"] or "",
            "program_id": event.get("program_id"), "program": event.get("program", ""),
            "mentor_id": event.get("mentor_id"), "mentor": event.get("mentor", ""),
            "measure_key": measure, **meta,
            "before_from": _first_day(month - WINDOW_MONTHS), "before_to": _last_day(month - 1),
            "after_from": _first_day(month + 1), "after_to": _last_day(month + WINDOW_MONTHS),
            "before": result.treated.before, "after": result.treated.after,
            "change": result.treated.change,
            "comparison_before": result.comparison.before,
            "comparison_after": result.comparison.after,
            "comparison_change": result.comparison.change,
            "comparison_spread": result.comparison.spread,
            "comparison_n": result.comparison.n, "did": result.did,
            "verdict": effects.verdict(result.did, meta["better"]),
            "too_few": result.too_few, "warning": result.warning,
            "comparison_ids": compared}


def _summaries(rows: list[dict]) -> dict:
    """Per client (and kind), per training program and per mentor, for each measure: the mean
    difference, its spread, how many interventions and distinct comparison people."""
    def summarise(key, name_of, order):
        found = effects.aggregate(rows, key)
        first_row = {}
        for row in rows:
            first_row.setdefault(key(row), row)
        result = []
        for group, summary in found.items():
            row = first_row[group]
            result.append({**name_of(row), "measure": row["measure"], "unit": row["unit"],
                           "decimals": row["decimals"], "better": row["better"],
                           "mean": summary.mean, "spread": summary.spread, "n": summary.n,
                           "comparison_n": summary.comparison_n,
                           "verdict": effects.verdict(summary.mean, row["better"]),
                           "too_few": summary.too_few, "warning": summary.warning})
        return sorted(result, key=lambda r: tuple(str(r[k]).casefold() for k in order))

    return {
        "by_client": summarise(
            lambda r: (r["client_id"], r["kind"], r["measure"]) if r["client_id"] else None,
            lambda r: {"client_id": r["client_id"], "client": r["client"],
                       "kind": r["kind"]}, ("client", "kind", "measure")),
        "by_program": summarise(
            lambda r: (r["program_id"], r["measure"]) if r["kind"] == "training" else None,
            lambda r: {"program_id": r["program_id"], "program": r["program"]},
            ("program", "measure")),
        "by_mentor": summarise(
            lambda r: (r["mentor_id"], r["kind"], r["measure"]) if r["mentor_id"] else None,
            lambda r: {"mentor_id": r["mentor_id"], "mentor": r["mentor"],
                       "kind": r["kind"]}, ("mentor", "kind", "measure")),
    }


def for_staff(staff_id: int, today: dt.date | None = None, years: int = 2,
              kinds=KINDS) -> list[dict]:
    """A profile's interventions (of these kinds) of the last `years`, newest first, one row
    per measure."""
    today = today or dt.date.today()
    rows = compute(today - dt.timedelta(days=365 * years), today, staff_id=staff_id,
                   kinds=kinds)["rows"]
    return sorted(rows, key=lambda r: (r["date"], r["kind"], r["id"]), reverse=True)
