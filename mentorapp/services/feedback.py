"""Performance feedback: from clients, management, mentors, peers and the person themself.

Recognitions are appreciation to record and share; incidents are mistakes logged with their
root cause, the lesson learned, a corrective action and a follow-up date.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentorapp.db import database, transaction
from mentorapp.errors import Problems, ValidationError
from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    VISIBILITY_CHOICES,
    Client,
    Competency,
    Feedback,
    FeedbackRating,
    Staff,
    utcnow,
)
from mentorapp.queries import people_filters
from mentorapp.services import audit, search
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Choice, Date, Flag, Rating, Ref, Text, parse_date
from mentorapp.translations import N_, _

INCIDENT_FIELDS = ("root_cause", "lesson_learned", "corrective_action", "follow_up_date",
                   "resolved_date")


def _check(values: dict, current) -> None:
    problems = Problems()
    day = values["date"]
    if day > dt.date.today():
        problems.add("date", _("{date} is in the future").format(date=day.isoformat()))
    if values["source"] == "client" and not values.get("client"):
        problems.add("client", _("is required when the source is the client"))
    if values["visibility"] == "shareable" and not values.get("client"):
        problems.add("client", _("is required for feedback shared with a client"))
    if values["kind"] != "incident":
        for field in INCIDENT_FIELDS:
            if values.get(field):
                problems.add(field, _("is only recorded for incidents"))
    else:
        _check_incident(values, problems)
    for field in ("follow_up_date", "resolved_date"):
        if values.get(field) and values[field] < day:
            problems.add(field, _("{date} is before the feedback date {start}").format(
                date=values[field].isoformat(), start=day.isoformat()))
    problems.check()


def _check_incident(values: dict, problems: Problems) -> None:
    """An incident says what happened (its root cause or the comment) and what follows from
    it: the lesson learned or a corrective action. Both missing are reported at once."""
    happened = values.get("root_cause") or values.get("comment")
    follows = values.get("lesson_learned") or values.get("corrective_action")
    if not happened and not follows:
        problems.add("root_cause", _("an incident needs what happened (root cause or "
                                     "comment) and the lesson learned or a corrective "
                                     "action"))
    elif not happened:
        problems.add("root_cause", _("an incident needs what happened: fill in the "
                                     "root cause or the comment"))
    elif not follows:
        problems.add("lesson_learned", _("an incident needs the lesson learned or a "
                                         "corrective action"))


# What a feedback says: a rating or a text (the competency ratings count too).
SAYING_FIELDS = ("rating", "strengths", "improvements", "comment", "root_cause",
                 "lesson_learned", "corrective_action")


def says_something(values: dict, ratings) -> bool:
    """Whether feedback has a rating of any kind or a text."""
    return bool(ratings) or any(values.get(field) for field in SAYING_FIELDS)


def nothing_said() -> ValidationError:
    """Feedback that says nothing is refused under the comment (what most feedback says)."""
    return ValidationError("comment", _("is needed when there is no rating (or write the "
                                        "strengths or improvements)"))


def check_says_something(values: dict, ratings: dict) -> None:
    if not says_something(values, ratings):
        raise nothing_said()


def _select():
    return (Feedback.select(Feedback, Staff.employee_id, Staff.first_name, Staff.last_name,
                            Client.name.alias("client_name"))
            .join(Staff, on=(Feedback.staff == Staff.id))
            .switch(Feedback).join(Client, JOIN.LEFT_OUTER, on=(Feedback.client == Client.id)))


# Each filter reads feedback's own columns (a person's client, team or site through a subquery
# on staff_id), so a filtered list needs no join to find its rows (Entity own_filters).
_FILTERS = {
    "staff": lambda q, v: q.where(Feedback.staff == int(v)),
    "client": lambda q, v: q.where(Feedback.client == int(v)),
    "source": lambda q, v: q.where(Feedback.source == v),
    "kind": lambda q, v: q.where(Feedback.kind == v),
    "visibility": lambda q, v: q.where(Feedback.visibility == v),
    "date_from": lambda q, v: q.where(Feedback.date >= parse_date("date_from", v)),
    "date_to": lambda q, v: q.where(Feedback.date <= parse_date("date_to", v)),
    "text": search.feedback_filter,  # the words of its texts, by the text index
    **{k: f for k, f in people_filters(Feedback.staff).items() if k != "client"},
    "open_incidents": lambda q, v: (q.where(Feedback.kind == "incident",
                                            Feedback.resolved_date.is_null())
                                    if Flag().clean("open_incidents", v) else q),
    # the entries behind a rating figure ("from 1,513 ratings"): those with a rating
    "rated": lambda q, v: (q.where(Feedback.rating.is_null(False))
                           if Flag().clean("rated", v) else q),
}


entity = Entity(
    Feedback, N_("feedback"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "client": Ref(Client),
     "source": Choice(FEEDBACK_SOURCE_CHOICES, required=True),
     "author": Text(max_length=200, multiline=False),
     "date": Date(required=True),
     "kind": Choice(FEEDBACK_KIND_CHOICES, default="general"),
     "rating": Rating(label=N_("overall rating")),
     "strengths": Text(),
     "improvements": Text(),
     "comment": Text(),
     "visibility": Choice(VISIBILITY_CHOICES, default="internal"),
     "root_cause": Text(label=N_("root cause")),
     "lesson_learned": Text(label=N_("lesson learned")),
     "corrective_action": Text(label=N_("corrective action")),
     "follow_up_date": Date(label=N_("follow-up date")),
     "resolved_date": Date(label=N_("resolved on"))},
    check=_check,
    search=(Feedback.comment, Feedback.strengths, Feedback.improvements, Feedback.author,
            Staff.first_name, Staff.last_name, Staff.employee_id),
    sorts={"date": Feedback.date, "rating": Feedback.rating, "source": Feedback.source,
           "kind": Feedback.kind, "staff": (Staff.last_name, Staff.first_name),
           "client": Client.name},
    default_sort="date",
    filters=_FILTERS,
    select=_select,
    # Whoever may read a feedback may read its person (shared mode): a filtered page is found
    # by its ids first (sorting ids, not every match's whole row with its joins) and counted
    # without the joins. "duplicate refund" (matches spread over the table) at 6,000,000
    # feedback: first page 370-390 ms before, 129-165 ms after (PostgreSQL, load 3.5).
    count_select=lambda: Feedback.select(Feedback.id),
    own_filters=_FILTERS,
)
get, list, count = entity.get, entity.list, entity.count
archive, restore, delete = entity.archive, entity.restore, entity.delete


def _clean_ratings(ratings: dict | None) -> dict[int, int]:
    clean = {}
    known = {c.id: c.name for c in Competency.select(Competency.id, Competency.name)}
    for key, value in (ratings or {}).items():
        try:
            competency_id = int(key)
        except (TypeError, ValueError):
            raise ValidationError("ratings", _("{value} is not a competency id").format(
                value=repr(key))) from None
        if competency_id not in known:
            raise ValidationError("ratings", _("no competency with id {record_id}").format(
                record_id=competency_id))
        rating = Rating(label=_("rating for {competency}").format(
            competency=known[competency_id])).clean("ratings", value)
        if rating is not None:
            clean[competency_id] = rating
    return clean


def _save_ratings(feedback_id: int, ratings: dict[int, int]) -> dict:
    old = {r.competency_id: r.rating
           for r in FeedbackRating.select().where(FeedbackRating.feedback == feedback_id)}
    if old == ratings:
        return {}
    FeedbackRating.delete().where(FeedbackRating.feedback == feedback_id).execute()
    if ratings:
        FeedbackRating.insert_many([(feedback_id, c, r) for c, r in ratings.items()],
                                   fields=[FeedbackRating.feedback, FeedbackRating.competency,
                                           FeedbackRating.rating]).execute()
    return {"ratings": ({str(k): v for k, v in old.items()} or None,
                        {str(k): v for k, v in ratings.items()} or None)}


def create(*, ratings: dict | None = None, **values) -> dict:
    """Record feedback; `ratings` maps competency id to a 1-5 rating."""
    with transaction():
        clean = _clean_ratings(ratings)
        record = entity.create(**values)
        check_says_something(record, clean)  # on the clean values; a refusal rolls back
        changes = _save_ratings(record["id"], clean)
        if changes:
            audit.record("update", "feedback", record["id"], changes)
        return {**record, "ratings": clean}


def update(feedback_id: int, *, ratings: dict | None = None, **values) -> dict:
    """Change feedback; `ratings`, when given, replaces all competency ratings."""
    with transaction():
        record = entity.update(feedback_id, **values)
        if ratings is not None:
            changes = _save_ratings(feedback_id, _clean_ratings(ratings))
            if changes:
                audit.record("update", "feedback", feedback_id, changes)
        stored = ratings_of(feedback_id)
        check_says_something(record, stored)
        return {**record, "ratings": stored}


def ratings_of(feedback_id: int) -> dict[int, int]:
    return {c: r for c, r in FeedbackRating.select(FeedbackRating.competency,
                                                   FeedbackRating.rating)
            .where(FeedbackRating.feedback == feedback_id).tuples()}


def resolve_incident(feedback_id: int, resolved_on: dt.date | None = None) -> dict:
    record = entity.get(feedback_id)
    if record["kind"] != "incident":
        raise ValidationError("kind", _("only incidents are resolved"))
    return entity.update(feedback_id, resolved_date=resolved_on or dt.date.today())


ACKNOWLEDGEMENT = Text(max_length=2000, label=N_("acknowledgement comment"))


def acknowledge(feedback_id: int, comment: str = "") -> dict:
    """The person the feedback is about says they have read it (with an optional comment).
    In shared mode the database does it (`app_acknowledge_feedback`): an agent may not change
    feedback rows, and the function records the login that cannot be forged."""
    from mentorapp.services import users

    comment = ACKNOWLEDGEMENT.clean("acknowledgement", comment) or ""
    record = entity.get(feedback_id)
    me = users.current()
    if record["staff"] != me["staff"]:
        raise ValidationError("acknowledgement", _("only the person the feedback is about "
                                                    "acknowledges it"))
    if record["source"] == "self":
        raise ValidationError("acknowledgement",
                              _("one's own feedback needs no acknowledgement"))
    if record["acknowledged_at"] is not None:
        raise ValidationError("acknowledgement", _("this feedback was acknowledged on {when} "
                                                    "(UTC)").format(
            when=f"{record['acknowledged_at']:%Y-%m-%d %H:%M}"))
    with transaction():
        if not me["shared"]:
            stamp = utcnow()
            Feedback.update(acknowledged_at=stamp, acknowledged_by=me["login"],
                            acknowledgement=comment).where(Feedback.id == feedback_id).execute()
            audit.record("update", entity.name, feedback_id,
                         {"acknowledged_at": (None, stamp),
                          "acknowledged_by": ("", me["login"]),
                          "acknowledgement": ("", comment)})
        else:
            database.execute_sql("SELECT app_acknowledge_feedback(%s, %s)",
                                 (feedback_id, comment))
    return entity.get(feedback_id)


def unacknowledged(staff_ids, since: dt.date | None = None) -> list[dict]:
    """Feedback about these people (dated `since` or later) that they have not acknowledged
    yet, oldest first: what a mentor or lead still waits for. Self feedback is left out."""
    ids = [int(i) for i in staff_ids]
    if not ids:
        return []
    rows = (_select().where(Feedback.staff.in_(ids), Feedback.acknowledged_at.is_null(),
                            Feedback.source != "self", ~Feedback.archived,
                            Feedback.date >= (since or dt.date.min))
            .order_by(Feedback.date, Feedback.id).dicts())
    return [dict(row) for row in rows]
