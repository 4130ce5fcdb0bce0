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
import math
from collections import defaultdict

import numpy as np
from peewee import JOIN, Case, Tuple, Value, fn

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
from mentorapp.services.evidence import number_text
from mentorapp.services.mentoring import MentorStaff, mentor_name_expression
from mentorapp.translations import ENGLISH, N_, Translator, display, translator

WINDOW_MONTHS = 3
MIN_PEOPLE = effects.MIN_PEOPLE
KINDS = ("training", "mentorship", "coaching")
TOO_FEW = "too few to say"  # the verdict when too few people are behind a difference
# The data keeps English words (reports translate them with their own language); the window
# shows them through `intervention_label()` and `measure_name()`.
KIND_NAMES = {"training": N_("Training"), "mentorship": N_("Mentorship"),
              "coaching": N_("Coaching session")}
COMPETENCY, QUALITY = "competency", "quality"
FIXED_MEASURES = {
    COMPETENCY: {"measure": N_("Competency rating"), "unit": "score", "decimals": 2,
                 "better": "higher"},
    QUALITY: {"measure": N_("Quality score"), "unit": "percent", "decimals": 1,
              "better": "higher"},
}


def intervention_label(row: dict, tr: Translator | None = None) -> str:
    """"Training: Returns Playbook", "Mentorship with Ana Reyes" in `tr`'s language (default:
    the window's); the program and the mentor as typed."""
    tr = tr or display()
    if row["kind"] == "training":
        return tr.gettext("Training: {program}").format(program=row["program"])
    text = tr.gettext("Mentorship with {mentor}") if row["kind"] == "mentorship" \
        else tr.gettext("Coaching session with {mentor}")
    return text.format(mentor=row["mentor"])


def measure_name(row: dict, tr: Translator | None = None) -> str:
    """A row's measure in `tr`'s language (default: the window's): a fixed one translated, a
    KPI metric's name as typed."""
    return (tr or display()).gettext(row["measure"]) if row["measure_key"] in FIXED_MEASURES \
        else row["measure"]


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
                 "label": intervention_label({"kind": kind, "program": r["program"]},
                                             translator(ENGLISH))}
                for r in query.dicts()]
    mentor = mentor_name_expression().alias("mentor")
    if kind == "mentorship":
        query = (Mentorship.select(Mentorship.id, Mentorship.mentee.alias("staff"),
                                   Mentorship.start_date.alias("date"),
                                   Mentor.id.alias("mentor_id"), mentor)
                 .where(Mentorship.status.in_(("active", "completed")),
                        Mentorship.start_date.between(since, until)))
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
    query = (query.join_from(Mentorship, Mentor, on=(Mentorship.mentor == Mentor.id))
             .join_from(Mentor, MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
             .where(not_archived(Mentorship)))
    if staff_ids is not None:
        query = query.where(Mentorship.mentee.in_(staff_ids))
    rows = [{"id": r["id"], "kind": kind, "staff": r["staff"], "date": r["date"],
             "mentor_id": r["mentor_id"], "mentor": r["mentor"],
             "label": intervention_label({"kind": kind, "mentor": r["mentor"]},
                                         translator(ENGLISH))}
            for r in query.dicts()]
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


def _month_number(column):
    """SQL: the column's month as `_index` counts it (year * 12 + month - 1), so a million
    person-months need no date parsing in Python."""
    if is_sqlite():
        return (fn.strftime("%Y", column).cast("INTEGER") * 12
                + fn.strftime("%m", column).cast("INTEGER") - 1)
    return (fn.date_part("year", column) * 12 + fn.date_part("month", column) - 1).cast("INTEGER")


def _in_months(column, months: list[tuple[int, int]]):
    """SQL: the column's date falls in one of the (first, last) month spans."""
    condition = None
    for first, last in months:
        span = column.between(_first_day(first), _last_day(last))
        condition = span if condition is None else condition | span
    return condition


def _spans(months: set[int]) -> list[tuple[int, int]]:
    """Month numbers as (first, last) runs of consecutive months."""
    runs: list[list[int]] = []
    for month in sorted(months):
        if runs and runs[-1][1] == month - 1:
            runs[-1][1] = month
        else:
            runs.append([month, month])
    return [(first, last) for first, last in runs]


# -- the figures -----------------------------------------------------------------------------
class _Measure:
    """One measure's person-month figures as arrays: `ids` (the people with any, sorted) and
    one column per month first..last of `total` and `count` (pooled: ratings and scores are
    averaged over every one in a window) or of the monthly figure and 1 where there is one
    (KPIs: the mean of the window's months that have a figure)."""

    def __init__(self, rows: np.ndarray, first: int, last: int):
        """`rows`: (staff, month number, total, count) each."""
        self.first = first
        self.ids, where = np.unique(rows[:, 0].astype(np.int64), return_inverse=True)
        months = rows[:, 1].astype(np.int64) - first
        self.total = np.zeros((len(self.ids), last - first + 1))
        self.count = np.zeros((len(self.ids), last - first + 1))
        self.total[where, months] = rows[:, 2]
        self.count[where, months] = rows[:, 3]
        self._windows: dict = {}

    def window(self, first: int, last: int) -> np.ndarray:
        """Each person's figure over the months first..last (NaN: none): the window's total
        over its count, added month by month in order as the plain sums were."""
        key = (first, last)
        if key not in self._windows:
            columns = range(max(first - self.first, 0),
                            min(last - self.first, self.total.shape[1] - 1) + 1)
            total, count = np.zeros(len(self.ids)), np.zeros(len(self.ids))
            for column in columns:
                total = total + self.total[:, column]
                count = count + self.count[:, column]
            with np.errstate(invalid="ignore", divide="ignore"):
                self._windows[key] = np.where(count > 0, total / count, np.nan)
        return self._windows[key]

    def pairs(self, staff: np.ndarray, month: int) -> tuple[np.ndarray, np.ndarray]:
        """The people's (before, after) figures around an intervention month, NaN for none."""
        before = self.window(month - WINDOW_MONTHS, month - 1)
        after = self.window(month + 1, month + WINDOW_MONTHS)
        if not len(self.ids):
            nothing = np.full(len(staff), np.nan)
            return nothing, nothing
        at = np.minimum(np.searchsorted(self.ids, staff), len(self.ids) - 1)
        found = self.ids[at] == staff
        return (np.where(found, before[at], np.nan), np.where(found, after[at], np.nan))


NO_ROWS = np.zeros((0, 4))


class _Figures:
    """Every person-month figure the computation needs, read in a few grouped queries (the
    months in `months`, of the people in `staff_ids` when given): {measure: _Measure}, the
    competency rating and quality score pooled, each KPI metric averaged over months."""

    def __init__(self, months: set[int], staff_ids, metrics: dict[int, dict]):
        spans = _spans(months)
        first, last = (spans[0][0], spans[-1][1]) if spans else (0, 0)
        self.measures: dict = {}
        empty = _Measure(NO_ROWS, first, last)
        if not spans:
            self.measures = {COMPETENCY: empty, QUALITY: empty}
            self.measures.update({metric: empty for metric in metrics})
            return
        month = _month_number(Feedback.date)
        ratings = (FeedbackRating.select(Feedback.staff, month, fn.SUM(FeedbackRating.rating),
                                         fn.COUNT(FeedbackRating.id))
                   .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
                   .where(_in_months(Feedback.date, spans), not_archived(Feedback))
                   .group_by(Feedback.staff, month))
        month = _month_number(Evaluation.interaction_date)
        scores = (Evaluation.select(Evaluation.staff, month, fn.SUM(Evaluation.score),
                                    fn.COUNT(Evaluation.score))
                  .where(_in_months(Evaluation.interaction_date, spans),
                         not_archived(Evaluation), Evaluation.calibration.is_null(),
                         Evaluation.score.is_null(False))
                  .group_by(Evaluation.staff, month))
        if staff_ids is not None:
            ratings = ratings.where(Feedback.staff.in_(staff_ids))
            scores = scores.where(Evaluation.staff.in_(staff_ids))
        for measure, query in ((COMPETENCY, ratings), (QUALITY, scores)):
            rows = _raw(query)
            self.measures[measure] = _Measure(np.array(rows, dtype=float) if rows else NO_ROWS,
                                              first, last)
        for metric in metrics:
            self.measures[metric] = empty
        if metrics:
            # A person-month's figure by its metric's rule: (weighted sum / weight),
            # (sum / n), the sum, or the month's last value; none when that is undefined.
            figure = Case(KpiMetric.rollup, (
                ("weighted", Case(None, ((KpiMonth.weight_sum != 0,
                                          KpiMonth.weighted_sum / KpiMonth.weight_sum),))),
                ("average", Case(None, ((KpiMonth.n != 0, KpiMonth.value_sum / KpiMonth.n),))),
                ("sum", KpiMonth.value_sum), ("latest", KpiMonth.last_value)))
            query = (KpiMonth.select(KpiMonth.metric_id, KpiMonth.staff_id,
                                     _month_number(KpiMonth.month), figure, Value(1))
                     .join(KpiMetric, on=(KpiMonth.metric_id == KpiMetric.id))
                     .where(KpiMonth.metric_id.in_(list(metrics)),
                            _in_months(KpiMonth.month, spans))
                     .order_by(KpiMonth.metric_id))
            if staff_ids is not None:
                query = query.where(KpiMonth.staff_id.in_(staff_ids))
            rows = _raw(query)
            if rows:
                table = np.array(rows, dtype=float)
                table = table[~np.isnan(table[:, 3])]
                metric_ids = table[:, 0].astype(np.int64)
                bounds = np.flatnonzero(np.diff(metric_ids)) + 1
                for part in np.split(table, bounds):
                    if len(part):
                        self.measures[int(part[0, 0])] = _Measure(part[:, 1:], first, last)

    def pairs(self, measure, staff: np.ndarray, month: int):
        return self.measures[measure].pairs(staff, month)


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


class _Groups:
    """Comparison groups: for an intervention of a kind on a (client, role) in a month, the
    people placed there through both windows with no intervention of that kind in them, as
    a sorted array of staff ids; each made once and shared."""

    def __init__(self, placements, had: dict):
        self.accounts: dict = defaultdict(list)
        for staff, client, role, since, until in placements:
            self.accounts[(client, role)].append(
                (staff, since.toordinal(), until.toordinal() if until else FOREVER))
        self.accounts = {key: np.array(rows, dtype=np.int64).reshape(-1, 3)
                         for key, rows in self.accounts.items()}
        self.had = had  # kind -> [(staff, month)]
        self._had_arrays: dict = {}
        self._cache: dict = {}

    def _busy(self, kind: str, month: int) -> np.ndarray:
        """The people with an intervention of the kind in months month-3..month+3."""
        if kind not in self._had_arrays:
            self._had_arrays[kind] = np.array(sorted(self.had.get(kind, ())),
                                              dtype=np.int64).reshape(-1, 2)
        had = self._had_arrays[kind]
        inside = (had[:, 1] >= month - WINDOW_MONTHS) & (had[:, 1] <= month + WINDOW_MONTHS)
        return had[inside, 0]

    def get(self, client_id, role, month: int, kind: str) -> np.ndarray:
        key = (client_id, role, month, kind)
        if key not in self._cache:
            placed = self.accounts.get((client_id, role)) if client_id is not None else None
            if placed is None or not len(placed):
                self._cache[key] = np.zeros(0, dtype=np.int64)
            else:
                since = _first_day(month - WINDOW_MONTHS).toordinal()
                until = _last_day(month + WINDOW_MONTHS).toordinal()
                through = placed[(placed[:, 1] <= since) & (placed[:, 2] >= until), 0]
                group = np.unique(through)
                self._cache[key] = group[~np.isin(group, self._busy(kind, month))]
        return self._cache[key]


FOREVER = dt.date.max.toordinal()


def compute(start: dt.date, end: dt.date, *, client_id: int | None = None,
            staff_id: int | None = None, kinds=KINDS, tr: Translator | None = None) -> dict:
    """The interventions dated start..end (of one client's people placed on it, or of one
    person, when given) with their effects, and the summaries; their too-few warnings in
    `tr`'s language (default: the window's).

    Returns {"rows": one per intervention and measure (see `_row`), "by_client",
    "by_program", "by_mentor": summaries per group and measure (see `_summaries`),
    "window_months"}."""
    first, last = _index(start) - WINDOW_MONTHS, _index(end) + WINDOW_MONTHS
    if staff_id is not None:
        # The person, and the people placed in one of their roles on the same account: the
        # only ones they are compared with (the whole account is several times as many).
        theirs = Assignment.select(Assignment.client, Assignment.role).where(
            Assignment.staff == staff_id)
        scope = Staff.select(Staff.id).where((Staff.id == staff_id) | Staff.id.in_(
            Assignment.select(Assignment.staff).where(
                Tuple(Assignment.client, Assignment.role).in_(theirs))))
    elif client_id is not None:
        scope = Assignment.select(Assignment.staff).where(Assignment.client == client_id)
    else:
        scope = None
    placements = _placements(first, last, client_id, scope)
    by_person = defaultdict(list)
    for staff, client, role, since, until in placements:
        by_person[staff].append((since, client, role, until))
    events = {kind: _events(kind, _first_day(first), _last_day(last), scope) for kind in kinds}
    had = {kind: {(event["staff"], _index(event["date"])) for event in events[kind]}
           for kind in kinds}  # kind -> {(staff, month index)}
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
            event["month"] = _index(event["date"])
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
    groups = _Groups(placements, had)
    # Only the months of the treated interventions' windows are read (a profile's few
    # interventions over two years need a fraction of them).
    months = {m for e in treated for m in range(e["month"] - WINDOW_MONTHS,
                                                e["month"] + WINDOW_MONTHS + 1)
              if m != e["month"]}
    figures = _Figures(months, scope, metrics)
    names = _names({e["staff"] for e in treated}, client_ids)
    # every (intervention, measure), then each person's own figures read for many at once
    tasks = []
    for event in sorted(treated, key=lambda e: (e["date"], e["kind"], e["id"])):
        if event["kind"] == "coaching":
            measures = sorted(event["cites"], key=lambda m: (isinstance(m, int), str(m)))
        else:
            measures = [COMPETENCY, QUALITY, *client_metrics.get(event["client_id"], ())]
        tasks.extend((event, measure) for measure in measures)
    own = {}
    by_measure_month = defaultdict(list)
    for event, measure in tasks:
        by_measure_month[(measure, event["month"])].append(event["staff"])
    for (measure, month), people in by_measure_month.items():
        staff = np.array(people, dtype=np.int64)
        before, after = figures.pairs(measure, staff, month)
        for person, b, a in zip(people, before.tolist(), after.tolist(), strict=True):
            own[(measure, month, person)] = (None if math.isnan(b) else b,
                                             None if math.isnan(a) else a)
    comparisons: dict = {}  # (client, role, month, kind, measure) -> (Change, people)
    rows = []
    for event, measure in tasks:
        month = event["month"]
        key = (event["client_id"], event["role"], month, event["kind"], measure)
        if key not in comparisons:
            group = groups.get(*key[:4])
            before, after = figures.pairs(measure, group, month)
            both = ~(np.isnan(before) | np.isnan(after))
            comparisons[key] = (effects.change_of_arrays(before, after),
                                frozenset(group[both].tolist()))
        comparison, compared = comparisons[key]
        result = effects.compare(effects.change([own[(measure, month, event["staff"])]]),
                                 comparison, min_treated=1, tr=tr)
        rows.append(_row(event, month, measure, metrics, names, result, compared))
    summaries = _summaries(rows, tr)
    for row in rows:  # in place: a year at 5,000 staff is 70,000 rows
        del row["comparison_ids"]
    return {"rows": rows, **summaries, "window_months": WINDOW_MONTHS}



def _names(staff_ids: set, client_ids: set) -> dict:
    people = {row[0]: row[1:] for row in Staff.select(
        Staff.id, Staff.employee_id, Staff.first_name, Staff.last_name)
        .where(Staff.id.in_(list(staff_ids))).tuples()} if staff_ids else {}
    clients = dict(Client.select(Client.id, Client.name).where(
        Client.id.in_(list(client_ids))).tuples()) if client_ids else {}
    return {"staff": people, "client": clients}


def shown_places(unit: str, decimals: int) -> int:
    """The places a difference is shown (and judged) at: a percentage's at least one."""
    return max(decimals, 1) if unit == "percent" else decimals


def difference_text(value: float | None, unit: str, decimals: int = 2,
                    tr: Translator | None = None) -> str:
    """A change as read in the app: "+1.30", "-70 s", "+2.5 pts" (percent: points), in
    `tr`'s language (default: the window's); one that rounds to zero reads "+0.0", not
    "-0.0"."""
    if value is None:
        return "–"
    tr = tr or display()
    places = shown_places(unit, decimals)
    number = number_text(round(value, places) + 0.0, places, tr, sign="+")
    if unit == "percent":
        return tr.gettext("{number} pts").format(number=number)
    return f"{number} s" if unit == "seconds" else number


def figure_text(value: float | None, unit: str, decimals: int = 2,
                tr: Translator | None = None) -> str:
    """A window's figure: "3.50", "312 s", "87.5%" ("87,5%" in Spanish)."""
    if value is None:
        return "–"
    number = number_text(value, decimals, tr or display())
    return {"percent": f"{number}%", "seconds": f"{number} s"}.get(unit, number)


def verdict(difference: float | None, measure: dict, too_few: bool) -> str | None:
    """`TOO_FEW` when too few people are behind the difference (a missing one always is): no
    better or worse then. Otherwise what it says at the places it is shown with, so a
    "+0.0 pts" is "no difference". `measure` holds the row's unit, decimals and better."""
    if too_few:
        return TOO_FEW
    places = shown_places(measure["unit"], measure["decimals"])
    return effects.verdict(round(difference, places), measure["better"])


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
            "verdict": verdict(result.did, meta, result.too_few),
            "too_few": result.too_few, "warning": result.warning,
            "comparison_ids": compared}


def _summaries(rows: list[dict], tr: Translator | None) -> dict:
    """Per client (and kind), per training program and per mentor, for each measure: the mean
    difference, its spread, how many interventions and distinct comparison people."""
    def summarise(key, name_of, order):
        found = effects.aggregate(rows, key, tr=tr)
        first_row = {}
        for row in rows:
            first_row.setdefault(key(row), row)
        result = []
        for group, summary in found.items():
            row = first_row[group]
            result.append({**name_of(row), "measure_key": row["measure_key"],
                           "measure": row["measure"], "unit": row["unit"],
                           "decimals": row["decimals"], "better": row["better"],
                           "mean": summary.mean, "spread": summary.spread, "n": summary.n,
                           "comparison_n": summary.comparison_n,
                           "verdict": verdict(summary.mean, row, summary.too_few),
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
