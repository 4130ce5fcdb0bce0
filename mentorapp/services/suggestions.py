"""Mentor suggestions from evidence, for one person or a whole intake (issue 16).

The evidence of a competency is its feedback ratings from clients, management and mentors
(self and peer ratings are opinions of a different kind and are left out) and the answers to
QA items mapped to it; `mentorapp.matching` does the arithmetic. What a person may not read
(shared mode's row-level security) simply is not evidence for them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from peewee import JOIN, fn

from mentorapp import matching, scorecards
from mentorapp.collation import name_sort_key
from mentorapp.db import database, transaction
from mentorapp.errors import ValidationError
from mentorapp.models import (
    AppUser,
    Assignment,
    Competency,
    Evaluation,
    EvaluationAnswer,
    Feedback,
    FeedbackRating,
    Mentor,
    MentorExpertise,
    Mentorship,
    ScorecardItem,
    Staff,
)
from mentorapp.services import mentoring
from mentorapp.text import fold_key
from mentorapp.translations import _

EVIDENCE_SOURCES = ("client", "management", "mentor")
EVIDENCE_YEARS = 2  # older ratings weigh under 1/16 anyway (matching.HALF_LIFE_DAYS)
SUGGESTED = 5
CHUNK = 500  # ids per IN (...) list


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def evidence(staff_ids: Iterable[int], today: dt.date) -> dict[int, list[matching.Rating]]:
    """Every rating of a competency about these people in the last EVIDENCE_YEARS."""
    since = today - dt.timedelta(days=365 * EVIDENCE_YEARS)
    found: dict[int, list[matching.Rating]] = defaultdict(list)
    staff_ids = sorted(set(staff_ids))
    for chunk in _chunks(staff_ids):
        ratings = (FeedbackRating.select(Feedback.staff, FeedbackRating.competency,
                                         FeedbackRating.rating, Feedback.date, Feedback.source)
                   .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
                   .where(Feedback.staff.in_(chunk), Feedback.archived == False,  # noqa: E712
                          Feedback.source.in_(EVIDENCE_SOURCES), Feedback.date >= since,
                          Feedback.date <= today))
        for staff, competency, rating, day, source in _raw(ratings):
            found[staff].append(matching.Rating(competency, float(rating), _day(day), source))
        answers = (EvaluationAnswer.select(Evaluation.staff, ScorecardItem.competency,
                                           EvaluationAnswer.answer, ScorecardItem.scale,
                                           Evaluation.interaction_date)
                   .join(Evaluation, on=(EvaluationAnswer.evaluation == Evaluation.id))
                   .switch(EvaluationAnswer)
                   .join(ScorecardItem, on=(EvaluationAnswer.item == ScorecardItem.id))
                   .where(Evaluation.staff.in_(chunk), Evaluation.archived == False,  # noqa: E712
                          Evaluation.calibration.is_null(),  # those rate the evaluators
                          ScorecardItem.competency.is_null(False),
                          Evaluation.interaction_date >= since,
                          Evaluation.interaction_date <= today))
        for staff, competency, answer, scale, day in _raw(answers):
            credit = scorecards.SCALES.get(scale, {}).get(str(answer).strip().lower())
            if credit is not None:  # N/A is no evidence
                found[staff].append(matching.Rating(competency, matching.qa_rating(credit),
                                                    _day(day), "qa"))
    return found


def _raw(query) -> list[tuple]:
    """The rows as the driver gives them: tens of thousands of ratings are read in a third of
    the time without peewee's conversion of each value (dates are text on SQLite: `_day`)."""
    return database.execute(query).fetchall()


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _current_clients(staff_ids: Iterable[int]) -> dict[int, int]:
    """Each person's client now (of several current assignments, the latest started)."""
    clients: dict[int, int] = {}
    for chunk in _chunks(sorted(set(staff_ids))):
        for staff, client in (Assignment.select(Assignment.staff, Assignment.client)
                              .where(Assignment.staff.in_(chunk), Assignment.end_date.is_null(),
                                     Assignment.archived == False)  # noqa: E712
                              .order_by(Assignment.start_date, Assignment.id).tuples()):
            clients[staff] = client
    return clients


def people_with_employee_ids(employee_ids: Sequence[str]) -> tuple[list[dict], list[str]]:
    """The staff members an intake's employee IDs name (in any case or Unicode form), in
    order, each once, read CHUNK at a time; and the IDs that name no one."""
    keys = {employee_id: fold_key(str(employee_id)) for employee_id in employee_ids}
    found: dict[str, dict] = {}
    for chunk in _chunks(sorted(set(keys.values()))):
        for row in (Staff.select(Staff.id, Staff.employee_id, Staff.first_name,
                                 Staff.last_name, Staff.employee_key)
                    .where(Staff.employee_key.in_(chunk)).dicts()):
            found[row.pop("employee_key")] = row
    people = list({found[key]["id"]: found[key] for key in keys.values() if key in found}
                  .values())
    return people, [employee_id for employee_id, key in keys.items() if key not in found]


def competency_names() -> dict[int, str]:
    return dict(Competency.select(Competency.id, Competency.name).tuples())


def _available() -> tuple[list[tuple], dict[int, int]]:
    """The active mentors who can take mentees (staff mentors only while active staff), and
    the active mentorships each has."""
    rows = list(Mentor.select(Mentor.id, Mentor.staff, Mentor.capacity, Mentor.external_name,
                              Staff.first_name, Staff.last_name, Staff.site)
                .join(Staff, JOIN.LEFT_OUTER, on=(Mentor.staff == Staff.id))
                .where(Mentor.active == True, Mentor.archived == False,  # noqa: E712
                       Mentor.staff.is_null() | ((Staff.status == "active")
                                                 & (Staff.archived == False)))  # noqa: E712
                .order_by(Mentor.id).tuples())
    taken = dict(Mentorship.select(Mentorship.mentor, fn.COUNT(Mentorship.id))
                 .where(Mentorship.status == "active").group_by(Mentorship.mentor).tuples())
    return rows, taken


def mentor_choices() -> list[dict]:
    """Every mentor who can take mentees, by name, with the places free now: whom a reviewer
    may pick instead of the mentor proposed."""
    rows, taken = _available()
    choices = [{"mentor": mentor, "name": f"{first} {last}" if staff else external,
                "capacity": capacity, "free": max(0, capacity - taken.get(mentor, 0))}
               for mentor, staff, capacity, external, first, last, _site in rows]
    return sorted(choices, key=lambda choice: (name_sort_key(choice["name"]), choice["mentor"]))


def _mentors(today: dt.date) -> list[matching.MentorFacts]:
    """What `matching` scores each available mentor on."""
    rows, taken = _available()
    declared: dict[int, set[int]] = defaultdict(set)
    for mentor, competency in MentorExpertise.select(MentorExpertise.mentor,
                                                     MentorExpertise.competency).tuples():
        declared[mentor].add(competency)
    staff_ids = [row[1] for row in rows if row[1]]
    ratings = evidence(staff_ids, today)
    clients = _current_clients(staff_ids)
    return [matching.MentorFacts(
        mentor=mentor, name=f"{first} {last}" if staff else external, capacity=capacity,
        taken=taken.get(mentor, 0), staff=staff, client=clients.get(staff), site=site or "",
        figures=matching.figures(ratings.get(staff, ()), today) if staff else {},
        declared=frozenset(declared.get(mentor, ())))
        for mentor, staff, capacity, external, first, last, site in rows]


def _mentees(staff_ids: Sequence[int], today: dt.date) -> dict[int, matching.Mentee]:
    people = {}
    for chunk in _chunks(staff_ids):
        people.update({row[0]: row for row in
                       Staff.select(Staff.id, Staff.site, AppUser.staff)
                       .join(AppUser, JOIN.LEFT_OUTER, on=(Staff.reports_to == AppUser.id))
                       .where(Staff.id.in_(chunk)).tuples()})
    missing = [staff for staff in staff_ids if staff not in people]
    if missing:
        raise ValidationError("staff", _("no staff member has the id {id}").format(
            id=missing[0]))
    ratings = evidence(staff_ids, today)
    clients = _current_clients(staff_ids)
    mentors: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(staff_ids):
        for mentee, mentor in (Mentorship.select(Mentorship.mentee, Mentorship.mentor)
                               .where(Mentorship.mentee.in_(chunk),
                                      Mentorship.status.in_(("proposed", "active")),
                                      Mentorship.archived == False).tuples()):  # noqa: E712
            mentors[mentee].add(mentor)
    return {staff: matching.Mentee(
        staff=staff, gaps=tuple(matching.gaps(matching.figures(ratings.get(staff, ()), today))),
        client=clients.get(staff), site=site or "", manager_staff=manager,
        current_mentors=frozenset(mentors.get(staff, ())))
        for staff, site, manager in people.values()}


def _gap_rows(mentee: matching.Mentee, names: dict[int, str]) -> list[dict]:
    return [{"competency": gap.competency, "name": names.get(gap.competency, ""),
             "average": round(gap.average, 2), "count": gap.count, "thin": gap.thin,
             "sources": dict(gap.sources)} for gap in mentee.gaps]


def suggest(staff_id: int, *, limit: int = SUGGESTED, today: dt.date | None = None) -> dict:
    """A person's weakest competencies by the evidence, and the mentors who fit best, each
    with the reasons in words."""
    today = today or dt.date.today()
    mentee = _mentees([staff_id], today)[staff_id]
    names = competency_names()
    mentors = {m.mentor: m for m in _mentors(today)}
    ranked = matching.rank(mentee, mentors.values(), names, limit)
    return {"staff": staff_id, "gaps": _gap_rows(mentee, names),
            "mentors": [{"mentor": s.mentor, "name": s.name, "score": s.score,
                         "reasons": list(s.reasons), "free": mentors[s.mentor].free,
                         "capacity": mentors[s.mentor].capacity} for s in ranked]}


def propose_cohort(staff_ids: Sequence[int], *, today: dt.date | None = None) -> list[dict]:
    """The best assignment of a whole intake to mentors with free places (scipy's optimal
    assignment, not first come first served): one row per person, in the order given, with
    the mentor proposed (None when no place fits, or when the person already has a proposed
    or active mentorship: matching an intake twice gives no one a second mentor) and why."""
    today = today or dt.date.today()
    staff_ids = list(dict.fromkeys(staff_ids))
    mentees = _mentees(staff_ids, today)
    people = [mentees[staff] for staff in staff_ids if not mentees[staff].current_mentors]
    mentors = _mentors(today)
    names = competency_names()
    matrix = matching.score_matrix(people, mentors)
    chosen = dict(zip((mentee.staff for mentee in people),
                      matching.assign(matrix, [m.free for m in mentors]), strict=True))
    rows = []
    for staff in staff_ids:
        mentee, column = mentees[staff], chosen.get(staff)
        reason = (_("already has a mentor") if mentee.current_mentors
                  else _("no mentor with a free place fits"))
        row = {"staff": mentee.staff, "gaps": _gap_rows(mentee, names), "mentor": None,
               "mentor_name": "", "score": None, "reasons": [reason]}
        if column is not None:
            mentor = mentors[column]
            suggestion = matching.score(mentee, mentor, names)
            row.update(mentor=mentor.mentor, mentor_name=mentor.name, score=suggestion.score,
                       reasons=list(suggestion.reasons))
        rows.append(row)
    return rows


def create_cohort(rows: Iterable[dict], *, start: dt.date | None = None) -> list[dict]:
    """Start the mentorships of a reviewed proposal (rows of `propose_cohort`, perhaps with
    other mentors chosen; rows without a mentor are skipped), focused on each person's gaps:
    all of them or, when one is refused (a mentor at capacity meanwhile), none."""
    start = start or dt.date.today()
    created = []
    with transaction():
        for row in rows:
            if row.get("mentor") is None:
                continue
            focus = ", ".join(gap["name"] for gap in row.get("gaps", ()) if gap.get("name"))
            created.append(mentoring.mentorships.create(
                mentor=row["mentor"], mentee=row["staff"], status="active", start_date=start,
                focus=focus))
    return created
