"""Coaching tied to evidence (issue 15): the evaluations, feedback entries (incidents
included) and KPI metrics a mentoring session cites as what prompted it, its follow-up date,
and the cited figures before the session and by the follow-up.

Each `SessionEvidence` row cites exactly one record, about the session's mentee, once. The
figures compared (`before_after`):

- a KPI metric: the person's monthly figure (as `services.kpi` rolls it up) for the month
  before the session's, and for the follow-up's month (this month while none is set);
- an evaluation: its score, and the average score of the person's evaluations after the
  session up to the follow-up date (today while none is set);
- a feedback entry: its rating, and the average rating of the person's later feedback in the
  same window.
"""

from __future__ import annotations

import datetime as dt

from mentorapp.collation import by_name
from mentorapp.db import transaction
from mentorapp.errors import ValidationError
from mentorapp.models import (
    Assignment,
    Evaluation,
    Feedback,
    KpiMetric,
    KpiValue,
    Mentor,
    MentoringSession,
    Mentorship,
    SessionEvidence,
    Staff,
    label,
)
from mentorapp.queries import not_archived
from mentorapp.readiness import date_text
from mentorapp.services import audit, kpi, mentoring, quality
from mentorapp.services.entity import record_or_not_found
from mentorapp.services.fields import Date
from mentorapp.translations import ENGLISH, N_, Translator, _, display

KINDS = ("evaluation", "feedback", "metric")
KIND_NAMES = {"evaluation": N_("evaluation"), "feedback": N_("feedback entry"),
              "metric": N_("KPI metric")}
MODELS = {"evaluation": Evaluation, "feedback": Feedback, "metric": KpiMetric}
CANDIDATE_DAYS = 90  # evidence offered for a session: what happened in the 90 days before it
FOLLOW_UP_WINDOW_DAYS = 7  # My work lists follow-ups due within a week
TEXT_SHOWN = 60
FOLLOW_UP = Date(label=N_("follow-up date"))
_KEEP = object()


# -- labels ----------------------------------------------------------------------------------
# Labels and figures are shown in the window only: in `tr`'s language, by default the window's
# (English in the CLI and the tests).
def _day(day: dt.date, tr: Translator) -> str:
    """"12 Mar 2026", "12 mar 2026"."""
    return f"{day.day} {tr.month(day.year, day.month)}"


def number_text(value: float, decimals: int, tr: Translator, sign: str = "") -> str:
    """"1,234.5" in English (as Python formats it), "1.234,5" where the signs are the other
    way round; `sign` "+" writes one on every number ("+1.30")."""
    text = f"{value:{sign},.{decimals}f}"
    if tr.language == ENGLISH:
        return text
    group, point = tr.number_symbols()
    return text.translate({ord(","): group, ord("."): point})


def _one_line(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN - 1].rstrip() + "…"


def evaluation_label(row, tr: Translator | None = None) -> str:
    """"Evaluation 12 Mar 2026, 64% (critical fail)"."""
    tr = tr or display()
    score = tr.gettext("no score (all N/A)") if row["score"] is None else \
        tr.gettext("{score}%").format(score=number_text(row["score"], 0, tr))
    text = tr.gettext("Evaluation {day}, {score} (critical fail)") if row["critical_fail"] \
        else tr.gettext("Evaluation {day}, {score}")
    return text.format(day=_day(row["interaction_date"], tr), score=score)


def feedback_label(row, tr: Translator | None = None) -> str:
    """"Incident 3 Mar 2026: Hung up on a caller", "Feedback 2 Feb 2026, rated 2: …"."""
    tr = tr or display()
    kind = tr.gettext("Feedback") if row["kind"] == "general" else label(row["kind"], tr)
    day = _day(row["date"], tr)
    shown = tr.gettext("{kind} {day}").format(kind=kind, day=day) if row["rating"] is None \
        else tr.gettext("{kind} {day}, rated {rating}").format(kind=kind, day=day,
                                                                rating=row["rating"])
    text = _one_line(row["comment"] or row["improvements"] or row["strengths"])
    return tr.gettext("{label}: {text}").format(label=shown, text=text) if text else shown


def metric_label(row, tr: Translator | None = None) -> str:
    """"AHT", or "AHT (Billing)" for a metric of one line of business (names as typed)."""
    lob = row["line_of_business"]
    return row["name"] + (f" ({lob})" if lob else "")


LABELS = {"evaluation": evaluation_label, "feedback": feedback_label, "metric": metric_label}
FIELDS = {
    "evaluation": (Evaluation.id, Evaluation.staff, Evaluation.interaction_date,
                   Evaluation.score, Evaluation.critical_fail),
    "feedback": (Feedback.id, Feedback.staff, Feedback.date, Feedback.kind, Feedback.rating,
                 Feedback.comment, Feedback.improvements, Feedback.strengths),
    "metric": (KpiMetric.id, KpiMetric.client, KpiMetric.name, KpiMetric.line_of_business,
               KpiMetric.unit, KpiMetric.better, KpiMetric.decimals),
}


def _rows(kind: str, ids) -> dict[int, dict]:
    model = MODELS[kind]
    if not ids:
        return {}
    return {row["id"]: row for row in
            model.select(*FIELDS[kind]).where(model.id.in_(list(ids))).dicts()}


# -- the session and its mentee --------------------------------------------------------------
def _session(session_id: int) -> tuple[MentoringSession, int]:
    session = record_or_not_found(MentoringSession, session_id, "mentoring session")
    return session, Mentorship.get_by_id(session.mentorship_id).mentee_id


def _metric_applies(metric_id: int, staff_id: int) -> bool:
    """A metric of a client the person is or was placed on, or one they have figures for."""
    client = KpiMetric.select(KpiMetric.client).where(KpiMetric.id == metric_id)
    placed = Assignment.select().where(Assignment.staff == staff_id,
                                       Assignment.client.in_(client)).exists()
    return placed or KpiValue.select().where(KpiValue.metric == metric_id,
                                             KpiValue.staff == staff_id).exists()


def _item(value) -> tuple[str, int]:
    """(kind, record id) of a cited item: {"evaluation": 7} or {"kind": ..., "id": ...}."""
    if isinstance(value, dict) and "kind" in value:
        given = {value["kind"]: value.get("id")} if value["kind"] in KINDS else {}
        if not given:
            raise _not_evidence(value["kind"])
    else:
        unknown = set(value) - set(KINDS)
        if unknown:
            raise _not_evidence(sorted(unknown)[0])
        given = {k: v for k, v in value.items() if v is not None}
    if len(given) != 1:
        raise ValidationError("evidence", _("cite one evaluation, feedback entry or KPI metric "
                                            "at a time"))
    (kind, record_id), = given.items()
    try:
        return kind, int(record_id)
    except (TypeError, ValueError):
        raise ValidationError("evidence", {
            "evaluation": _("an evaluation is given by its id"),
            "feedback": _("a feedback entry is given by its id"),
            "metric": _("a KPI metric is given by its id")}[kind]) from None


def _not_evidence(kind) -> ValidationError:
    return ValidationError("evidence", _("{kind} is not evidence a session can cite (choose "
                                         "{kinds})").format(kind=repr(kind),
                                                            kinds=", ".join(KINDS)))


def _check_citable(kind: str, record_id: int, mentee: int) -> None:
    record = MODELS[kind].get_or_none(MODELS[kind].id == record_id)
    if record is None:
        raise ValidationError("evidence", _("no {kind} with id {id}").format(
            kind=_(KIND_NAMES[kind]), id=record_id))
    if kind == "metric":
        if not _metric_applies(record_id, mentee):
            raise ValidationError("evidence", _("the KPI metric {metric} is not one the mentee "
                                                "is measured by").format(
                                                    metric=metric_label(record.__data__)))
    elif record.staff_id != mentee:
        raise ValidationError("evidence", _("this {kind} is about someone other than the "
                                            "mentee").format(kind=_(KIND_NAMES[kind])))


# -- citing ----------------------------------------------------------------------------------
def cite(session_id: int, **item) -> dict:
    """Cite one record on a session: `cite(s, evaluation=7)`, `feedback=`, or `metric=`."""
    with transaction():
        session, mentee = _session(session_id)
        kind, record_id = _item(item)
        _check_citable(kind, record_id, mentee)
        column = getattr(SessionEvidence, kind)
        if SessionEvidence.select().where(SessionEvidence.session == session.id,
                                          column == record_id).exists():
            raise ValidationError("evidence", _("this {kind} is already cited on the "
                                                "session").format(kind=_(KIND_NAMES[kind])))
        row = SessionEvidence.create(session=session.id, **{kind: record_id})
        audit.record("create", "session_evidence", row.id,
                     {"session": (None, session.id), kind: (None, record_id)})
        return next(e for e in evidence_of(session.id) if e["id"] == row.id)


def uncite(evidence_id: int) -> None:
    """Remove a cited item from its session (the cited record itself stays)."""
    with transaction():
        row = record_or_not_found(SessionEvidence, evidence_id, "cited evidence")
        kind = next(k for k in KINDS if getattr(row, f"{k}_id") is not None)
        row.delete_instance()
        audit.record("delete", "session_evidence", evidence_id,
                     {"session": (row.session_id, None), kind: (getattr(row, f"{kind}_id"),
                                                                None)})


def set_evidence(session_id: int, items) -> list[dict]:
    """Make the session cite exactly `items` ({"kind", "id"} dicts): the others are removed,
    the new ones cited, all or nothing."""
    with transaction():
        wanted = list(dict.fromkeys(_item(item) for item in items))
        current = {(e["kind"], e["record_id"]): e["id"] for e in evidence_of(session_id)}
        for key, evidence_id in current.items():
            if key not in wanted:
                uncite(evidence_id)
        for kind, record_id in wanted:
            if (kind, record_id) not in current:
                cite(session_id, **{kind: record_id})
        return evidence_of(session_id)


def evidence_of(session_id: int, tr: Translator | None = None) -> list[dict]:
    """The items a session cites, in the order cited: id, kind, record_id, label (in `tr`'s
    language, default the window's)."""
    rows = list(SessionEvidence.select().where(SessionEvidence.session == session_id)
                .order_by(SessionEvidence.id).dicts())
    found = {kind: _rows(kind, {row[kind] for row in rows if row[kind]}) for kind in KINDS}
    result = []
    for row in rows:
        kind = next(k for k in KINDS if row[k] is not None)
        record = found[kind].get(row[kind])
        if record is None:  # hidden from the signed-in person in shared mode
            continue
        result.append({"id": row["id"], "kind": kind, "record_id": row[kind],
                       "label": LABELS[kind](record, tr)})
    return result


def candidates(staff_id: int, until: dt.date | None = None, days: int = CANDIDATE_DAYS,
               tr: Translator | None = None) -> list[dict]:
    """What a session with this person on `until` (default today) may cite: their
    evaluations and feedback of the `days` before (newest first), then the KPI metrics that
    apply to them. Each: kind, record_id, label (in `tr`'s language, default the window's),
    date (None for a metric)."""
    until = until or dt.date.today()
    since = until - dt.timedelta(days=days)
    dated = []
    evaluations = (Evaluation.select(*FIELDS["evaluation"])
                   .where(Evaluation.staff == staff_id,
                          Evaluation.interaction_date.between(since, until),
                          not_archived(Evaluation), Evaluation.calibration.is_null()
                          | Evaluation.is_reference).dicts())
    dated += [("evaluation", row["interaction_date"], row) for row in evaluations]
    feedback = (Feedback.select(*FIELDS["feedback"])
                .where(Feedback.staff == staff_id, Feedback.date.between(since, until),
                       not_archived(Feedback)).dicts())
    dated += [("feedback", row["date"], row) for row in feedback]
    dated.sort(key=lambda item: (item[1], item[2]["id"]), reverse=True)
    clients = Assignment.select(Assignment.client).where(Assignment.staff == staff_id)
    measured = KpiValue.select(KpiValue.metric).where(KpiValue.staff == staff_id)
    metrics = (KpiMetric.select(*FIELDS["metric"])
               .where(not_archived(KpiMetric),
                      KpiMetric.client.in_(clients) | KpiMetric.id.in_(measured))
               .order_by(*by_name(KpiMetric.name_key, KpiMetric.name),
                         KpiMetric.line_of_business).dicts())
    return ([{"kind": kind, "record_id": row["id"], "label": LABELS[kind](row, tr),
              "date": day}
             for kind, day, row in dated]
            + [{"kind": "metric", "record_id": row["id"], "label": metric_label(row),
                "date": None} for row in metrics])


# -- the follow-up ---------------------------------------------------------------------------
def set_follow_up(session_id: int, follow_up_date) -> dict:
    """When to look again at the evidence (None: no follow-up). It cannot be before the
    session."""
    with transaction():
        session = _session(session_id)[0]
        day = FOLLOW_UP.clean("follow_up_date", follow_up_date)
        if day is not None and day < session.date:
            raise ValidationError("follow_up_date", _("must be on or after the session's date "
                                                      "({date})").format(
                                                          date=date_text(session.date,
                                                                         display())),
                                  label=_("follow-up date"))
        if day != session.follow_up_date:
            MentoringSession.update(follow_up_date=day).where(
                MentoringSession.id == session.id).execute()
            audit.record("update", "mentoring session", session.id,
                         {"follow_up_date": (session.follow_up_date, day)})
        return {"id": session.id, "follow_up_date": day}


def log_session(mentorship_id: int, *, evidence=(), follow_up_date=None, **values) -> dict:
    """`mentoring.log_session` with the evidence cited and the follow-up date, all or
    nothing."""
    with transaction():
        record = mentoring.log_session(mentorship_id, **values)
        set_follow_up(record["id"], follow_up_date)
        set_evidence(record["id"], evidence)
        return {**mentoring.sessions.get(record["id"]), "action_items": record["action_items"],
                "evidence": evidence_of(record["id"])}


def update_session(session_id: int, *, evidence=None, follow_up_date=_KEEP, action_items=None,
                   **values) -> dict:
    """`mentoring.sessions.update` with the evidence and the action items (None: as they
    are; see `mentoring.set_session_actions`) and the follow-up date (not given: as it is),
    all or nothing."""
    with transaction():
        mentoring.sessions.update(session_id, **values)
        if follow_up_date is not _KEEP:
            set_follow_up(session_id, follow_up_date)
        if evidence is not None:
            set_evidence(session_id, evidence)
        if action_items is not None:
            mentoring.set_session_actions(session_id, action_items)
        return {**mentoring.sessions.get(session_id), "evidence": evidence_of(session_id),
                "action_items": mentoring.session_actions(session_id)}


def follow_up_date(session_id: int) -> dt.date | None:
    return _session(session_id)[0].follow_up_date


def follow_ups_due(mentor_staff_id: int, today: dt.date | None = None,
                   within_days: int = FOLLOW_UP_WINDOW_DAYS) -> list[dict]:
    """Sessions this staff member held as mentor whose follow-up falls due by `within_days`
    from today (overdue ones included), soonest first: session id, date, follow_up_date,
    mentorship, mentee, mentee_name, evidence (how many items are cited)."""
    today = today or dt.date.today()
    rows = (MentoringSession.select(MentoringSession.id, MentoringSession.date,
                                    MentoringSession.follow_up_date,
                                    MentoringSession.mentorship, Staff.id.alias("mentee"),
                                    Staff.first_name, Staff.last_name)
            .join(Mentorship, on=(MentoringSession.mentorship == Mentorship.id))
            .join(Mentor, on=(Mentorship.mentor == Mentor.id))
            .switch(Mentorship).join(Staff, on=(Mentorship.mentee == Staff.id))
            .where(Mentor.staff == mentor_staff_id, not_archived(MentoringSession),
                   not_archived(Mentorship),
                   MentoringSession.follow_up_date <= today + dt.timedelta(days=within_days))
            .order_by(MentoringSession.follow_up_date, MentoringSession.id).dicts())
    rows = list(rows)
    counts = {}
    if rows:
        for (session,) in (SessionEvidence.select(SessionEvidence.session)
                           .where(SessionEvidence.session.in_([r["id"] for r in rows]))
                           .tuples()):
            counts[session] = counts.get(session, 0) + 1
    return [{"id": r["id"], "date": r["date"], "follow_up_date": r["follow_up_date"],
             "mentorship": r["mentorship"], "mentee": r["mentee"],
             "mentee_name": f"{r['first_name']} {r['last_name']}",
             "evidence": counts.get(r["id"], 0)} for r in rows]


# -- before and after ------------------------------------------------------------------------
def figure_text(value: float | None, unit: str, decimals: int = 0,
                tr: Translator | None = None) -> str:
    """A figure as shown: "64%", "312 s", "3.5" ("3,5"); "–" for none."""
    if value is None:
        return "–"
    number = number_text(value, decimals, tr or display())
    return {"percent": f"{number}%", "seconds": f"{number} s"}.get(unit, number)


def _average(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _change(before, after, better: str) -> str | None:
    """"better", "worse" or "same", as the figure's direction says."""
    if before is None or after is None:
        return None
    if abs(after - before) < 1e-9:
        return "same"
    return "better" if (after > before) == (better == "higher") else "worse"


def _previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def _monthly_figure(staff_id: int, metric_id: int, month: dt.date, cache: dict) -> float | None:
    """The person's figure of the metric for the month, via the profile's KPI roll-up."""
    if month not in cache:
        cache[month] = {series["metric_id"]: series["months"][-1]["value"]
                        for series in kpi.person_kpis(staff_id, today=month)}
    return cache[month].get(metric_id)


def before_after(session_id: int, today: dt.date | None = None,
                 tr: Translator | None = None) -> dict:
    """The session's date and follow-up, the window compared ("after" runs from the day after
    the session to `until`: the follow-up date, or today while none is set) and one row per
    cited item: id, kind, record_id, label, measure (what is compared), before, after,
    after_count (the later records averaged; None for a KPI), unit, decimals, change
    ("better", "worse", "same" or None) and before_text / after_text as shown (labels and
    texts in `tr`'s language, default the window's)."""
    tr = tr or display()
    session, mentee = _session(session_id)
    until = session.follow_up_date or today or dt.date.today()
    cited = evidence_of(session.id, tr)
    rows = {kind: _rows(kind, {e["record_id"] for e in cited if e["kind"] == kind})
            for kind in KINDS}
    later_scores = [row["score"] for row in quality.evaluations_of(mentee)
                    if session.date < row["interaction_date"] <= until
                    and row["score"] is not None]
    later_ratings = [rating for (rating,) in Feedback.select(Feedback.rating).where(
        Feedback.staff == mentee, Feedback.date > session.date, Feedback.date <= until,
        Feedback.rating.is_null(False), not_archived(Feedback)).tuples()]
    months: dict = {}
    items = []
    for item in cited:
        record = rows[item["kind"]][item["record_id"]]
        if item["kind"] == "metric":
            before = _monthly_figure(mentee, record["id"], _previous_month(session.date), months)
            after = _monthly_figure(mentee, record["id"], until.replace(day=1), months)
            unit, decimals, better, count = record["unit"], record["decimals"], \
                record["better"], None
            previous = _previous_month(session.date)
            measure = tr.gettext("{metric}: {before} vs {after}").format(
                metric=record["name"], before=tr.month(previous.year, previous.month),
                after=tr.month(until.year, until.month))
        elif item["kind"] == "evaluation":
            before, after = record["score"], _average(later_scores)
            unit, decimals, better, count = "percent", 0, "higher", len(later_scores)
            measure = tr.gettext("Score vs the average of later evaluations")
        else:
            before, after = record["rating"], _average(later_ratings)
            unit, decimals, better, count = "score", 1, "higher", len(later_ratings)
            measure = tr.gettext("Rating vs the average of later ratings")
        items.append({**item, "measure": measure, "before": before, "after": after,
                      "after_count": count, "unit": unit, "decimals": decimals,
                      "change": _change(before, after, better),
                      "before_text": figure_text(before, unit, 0 if item["kind"] == "feedback"
                                                 and before is not None else decimals, tr),
                      "after_text": figure_text(after, unit, decimals, tr)})
    return {"session": session.id, "date": session.date,
            "follow_up_date": session.follow_up_date, "until": until, "items": items}
