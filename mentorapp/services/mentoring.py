"""Mentors, mentorships, mentoring sessions and their action items."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from mentorapp.collation import NameOrder
from mentorapp.db import is_sqlite, transaction
from mentorapp.errors import Problems, ValidationError
from mentorapp.models import (
    ACTION_OWNER_CHOICES,
    MENTORSHIP_STATUS_CHOICES,
    SESSION_FORMAT_CHOICES,
    ActionItem,
    Competency,
    Mentor,
    MentorExpertise,
    MentoringSession,
    Mentorship,
    SessionPrivateNote,
    Staff,
    label,
)
from mentorapp.queries import people_filters
from mentorapp.services import audit
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Choice, Date, Email, Flag, Number, Ref, Text
from mentorapp.translations import N_, _, display

MentorStaff = Staff.alias("mentor_staff")
Mentee = Staff.alias("mentee")


def mentor_name_expression():
    """SQL for a mentor's display name: the staff member's name or the external coach's."""
    return fn.COALESCE(MentorStaff.first_name.concat(" ").concat(MentorStaff.last_name),
                       Mentor.external_name)


def _active_count(mentor_column):
    return (Mentorship.select(fn.COUNT(Mentorship.id))
            .where(Mentorship.mentor == mentor_column, Mentorship.status == "active"))


# -- mentors ---------------------------------------------------------------------------
def _check_mentor(values: dict, current) -> None:
    if not values.get("staff") and not values.get("external_name"):
        raise ValidationError("staff", _("choose a staff member, or give an external coach's "
                                         "name"))
    if values.get("staff") and values.get("external_name"):
        raise ValidationError("external_name", _("is only for coaches who are not staff"))


def _describe_mentor(mentor) -> str:
    if mentor.staff_id:
        staff = Staff.get_by_id(mentor.staff_id)
        return _("mentor {name}").format(name=f"{staff.first_name} {staff.last_name}")
    return _("mentor {name}").format(name=mentor.external_name)


mentors = Entity(
    Mentor, N_("mentor"),
    {"staff": Ref(Staff, what=N_("staff member")),
     "external_name": Text(max_length=200, multiline=False, label=N_("external coach name")),
     "external_organisation": Text(max_length=200, multiline=False, label=N_("organisation")),
     "email": Email(),
     "capacity": Number(minimum=1, maximum=50, whole=True, default=3),
     "active": Flag(default=True),
     "bio": Text()},
    check=_check_mentor,
    search=(MentorStaff.first_name, MentorStaff.last_name, Mentor.external_name,
            Mentor.external_organisation),
    sorts={"name": NameOrder(mentor_name_expression(), (mentor_name_expression(),)),
           "capacity": Mentor.capacity,
           # A bare subquery has no .asc(); wrapped in a function it sorts.
           "active_mentees": fn.COALESCE(_active_count(Mentor.id), 0)},
    filters={"active": lambda q, v: q.where(Mentor.active == Flag().clean("active", v)),
             "over_capacity": lambda q, v: (q.where(_active_count(Mentor.id) > Mentor.capacity)
                                            if Flag().clean("over_capacity", v) else q)},
    select=lambda: (Mentor.select(Mentor, mentor_name_expression().alias("name"),
                                  MentorStaff.employee_id.alias("employee_id"),
                                  _active_count(Mentor.id).alias("active_mentees"))
                    .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))),
    describe=_describe_mentor,
)


def set_expertise(mentor_id: int, competency_ids) -> list[int]:
    """Replace a mentor's areas of expertise."""
    try:
        wanted = sorted({int(c) for c in competency_ids})
    except (TypeError, ValueError):
        raise ValidationError("expertise", _("competencies are given by their id")) from None
    with transaction():
        mentors.get_record(mentor_id)
        known = {c for (c,) in Competency.select(Competency.id)
                 .where(Competency.id.in_(wanted)).tuples()}
        missing = set(wanted) - known
        if missing:
            raise ValidationError("expertise", _("no competency with id {record_id}").format(
                record_id=min(missing)))
        old = expertise_of(mentor_id)
        if old != wanted:
            MentorExpertise.delete().where(MentorExpertise.mentor == mentor_id).execute()
            if wanted:
                MentorExpertise.insert_many([(mentor_id, c) for c in wanted],
                                            fields=[MentorExpertise.mentor,
                                                    MentorExpertise.competency]).execute()
            audit.record("update", "mentor", mentor_id, {"expertise": (old, wanted)})
    return wanted


def expertise_of(mentor_id: int) -> list[int]:
    return [c for (c,) in MentorExpertise.select(MentorExpertise.competency)
            .where(MentorExpertise.mentor == mentor_id)
            .order_by(MentorExpertise.competency).tuples()]


# -- mentorships -----------------------------------------------------------------------
def _check_mentorship(values: dict, current) -> None:
    problems = Problems()
    mentor = Mentor.get_by_id(values["mentor"])
    if mentor.staff_id and mentor.staff_id == values["mentee"]:
        problems.add("mentee", _("a mentor cannot mentor themself"))
    status = values["status"]
    if status in ("active", "completed") and not values.get("start_date"):
        values["start_date"] = dt.date.today()
    if status in ("completed", "cancelled") and not values.get("end_date"):
        values["end_date"] = dt.date.today()
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        problems.add("end_date", _("{date} is before the start date {start}").format(
            date=end.isoformat(), start=start.isoformat()))
    # A mentorship takes one of the mentor's places when it turns active or changes mentor.
    taking_a_place = status == "active" and (current is None or current.status != "active"
                                             or current.mentor_id != mentor.id)
    if taking_a_place and not mentor.active:
        problems.add("mentor", _("this mentor is not taking mentees (inactive)"))
    elif taking_a_place:
        taken = _active_count(mentor.id).scalar()
        if taken >= mentor.capacity:
            problems.add("mentor", _("is at capacity ({taken} of {capacity} active "
                                     "mentees); raise the capacity or choose another "
                                     "mentor").format(taken=taken, capacity=mentor.capacity))
    problems.check()


mentorships = Entity(
    Mentorship, N_("mentorship"),
    {"mentor": Ref(Mentor, required=True),
     "mentee": Ref(Staff, required=True, what=N_("staff member")),
     "status": Choice(MENTORSHIP_STATUS_CHOICES, default="proposed"),
     "start_date": Date(label=N_("start date")),
     "end_date": Date(label=N_("end date")),
     "focus": Text()},
    check=_check_mentorship,
    search=(Mentee.first_name, Mentee.last_name, Mentee.employee_id, MentorStaff.first_name,
            MentorStaff.last_name, Mentor.external_name, Mentorship.focus),
    sorts={"start_date": Mentorship.start_date, "status": Mentorship.status,
           "mentee": (Mentee.last_name, Mentee.first_name), "mentor": mentor_name_expression()},
    default_sort="start_date",
    filters={"status": lambda q, v: q.where(Mentorship.status == v),
             **people_filters(Mentorship.mentee),
             "mentor": lambda q, v: q.where(Mentorship.mentor == int(v)),
             "mentee": lambda q, v: q.where(Mentorship.mentee == int(v))},
    select=lambda: (Mentorship.select(Mentorship, mentor_name_expression().alias("mentor_name"),
                                      Mentee.first_name.concat(" ").concat(Mentee.last_name)
                                      .alias("mentee_name"),
                                      Mentee.first_name.alias("mentee_first_name"),
                                      Mentee.last_name.alias("mentee_last_name"),
                                      Mentee.employee_id.alias("mentee_employee_id"))
                    .join(Mentor, on=(Mentorship.mentor == Mentor.id))
                    .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
                    .switch(Mentorship).join(Mentee, on=(Mentorship.mentee == Mentee.id))),
)


# -- sessions and action items ---------------------------------------------------------
def _check_session(values: dict, current) -> None:
    if values["date"] > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("date", _("{date} is in the future; log sessions once they have "
                                       "happened").format(date=values["date"].isoformat()))


PRIVATE_NOTES = Text(label=N_("private notes"))


def private_note(session_id: int) -> str:
    """The private note on a session that the current user may read: their own (in shared
    mode row-level security shows no other; a SQLite file has one user, who sees all)."""
    notes = SessionPrivateNote.select(SessionPrivateNote.text).where(
        SessionPrivateNote.session == session_id)
    if not is_sqlite():
        notes = notes.where(SessionPrivateNote.author == audit.actor())
    return "\n\n".join(text for (text,) in notes.order_by(SessionPrivateNote.id).tuples())


def _set_private_note(session_id: int, text: str) -> None:
    """Write the current user's private note on a session (an empty text removes it). Only
    the fact that it changed goes to the audit trail."""
    text = PRIVATE_NOTES.clean("private_notes", text) or ""
    before = private_note(session_id)
    if text == before:
        return
    mine = SessionPrivateNote.delete().where(SessionPrivateNote.session == session_id)
    if not is_sqlite():
        mine = mine.where(SessionPrivateNote.author == audit.actor())
    mine.execute()
    if text:
        SessionPrivateNote.create(session=session_id, author=audit.actor(), text=text)
    audit.record("update", "mentoring session", session_id, {"private_notes": (before, text)})


class _Sessions(Entity):
    """Sessions with the current user's private note, kept in its own table."""

    def get(self, record_id: int) -> dict:
        return {**super().get(record_id), "private_notes": private_note(record_id)}

    def create(self, *, private_notes: str | None = None, **values) -> dict:
        with transaction():
            record = super().create(**values)
            _set_private_note(record["id"], private_notes)
            return self.get(record["id"])

    def update(self, record_id: int, *, private_notes: str | None = None, **values) -> dict:
        with transaction():
            super().update(record_id, **values)
            if private_notes is not None:
                _set_private_note(record_id, private_notes)
            return self.get(record_id)


sessions = _Sessions(
    MentoringSession, "mentoring session",
    {"mentorship": Ref(Mentorship, required=True),
     "date": Date(required=True),
     "duration_minutes": Number(minimum=5, maximum=600, whole=True, default=60,
                               label=N_("duration (minutes)")),
     "format": Choice(SESSION_FORMAT_CHOICES, default="in_person"),
     "topics": Text(),
     "shared_notes": Text(label=N_("shared notes"))},
    check=_check_session,
    sorts={"date": MentoringSession.date},
    default_sort="date",
    filters={"mentorship": lambda q, v: q.where(MentoringSession.mentorship == int(v))},
)


def _check_action(values: dict, current) -> None:
    """The session is the mentorship's; a due date it is given is not before the session
    that agreed it, and a done date not in the future (dates checked only when they change:
    an item stored before these checks can still be marked done)."""
    problems = Problems()
    session = values.get("session")
    held = None
    if session:
        record = MentoringSession.get_by_id(session)
        if record.mentorship_id != values["mentorship"]:
            raise ValidationError("session", _("belongs to another mentorship"))
        held = record.date

    def changed(field: str) -> bool:
        return values.get(field) is not None and (
            current is None or getattr(current, field) != values[field])

    if changed("due_date") and held and values["due_date"] < held:
        problems.add("due_date", _("must be on or after the session's date, {date}").format(
            date=held.isoformat()))
    if changed("done_date") and values["done_date"] > dt.date.today():
        problems.add("done_date", _("{date} is in the future").format(
            date=values["done_date"].isoformat()))
    problems.check()


actions = Entity(
    ActionItem, N_("action item"),
    {"mentorship": Ref(Mentorship, required=True),
     "session": Ref(MentoringSession, what=N_("session")),
     "text": Text(required=True, max_length=2000, label=N_("action")),
     "owner": Choice(ACTION_OWNER_CHOICES, default="mentee"),
     "due_date": Date(label=N_("due date")),
     "done_date": Date(label=N_("done on"))},
    check=_check_action,
    search=(ActionItem.text,),
    sorts={"due_date": ActionItem.due_date, "done_date": ActionItem.done_date,
           "id": ActionItem.id},
    default_sort="due_date",
    filters={"mentorship": lambda q, v: q.where(ActionItem.mentorship == int(v)),
             "session": lambda q, v: q.where(ActionItem.session == int(v)),
             "open": lambda q, v: q.where(
                 ActionItem.done_date.is_null(Flag().clean("open", v))),
             "mentee": lambda q, v: q.where(Mentorship.mentee == int(v))},
    select=lambda: ActionItem.select(ActionItem, Mentorship.mentee).join(Mentorship),
)


def log_session(mentorship_id: int, *, action_items: list[dict] | None = None, **values
                ) -> dict:
    """Record a session and the action items agreed in it, all or nothing."""
    with transaction():
        mentorship = mentorships.get_record(mentorship_id)
        if mentorship.status not in ("active", "completed"):
            raise ValidationError("mentorship", _("is {status}; sessions are logged for active "
                                                   "mentorships").format(
                status=label(mentorship.status, display()).lower()))
        session = sessions.create(mentorship=mentorship_id, **values)
        return {**session, "action_items": set_session_actions(session["id"],
                                                               action_items or [])}


def session_actions(session_id: int) -> list[dict]:
    """The action items agreed in a session (not archived), in the order they were added."""
    return actions.list(session=session_id, sort="id", limit=None)


def set_session_actions(session_id: int, items: list[dict]) -> list[dict]:
    """Make a session's action items those of `items`, all or nothing: one with the `id` of
    one of them is updated (its text, owner and due date; a done one stays done), one
    without is added, and one of them left out is archived (the audit trail and a restore
    keep it). Returns the items as stored."""
    with transaction():
        session = sessions.get_record(session_id)
        current = {row["id"] for row in session_actions(session_id)}
        stored = []
        for number, item in enumerate(items, start=1):
            values = {key: item.get(key) for key in ("text", "owner", "due_date")}
            try:
                if item.get("id") in current:
                    stored.append(actions.update(item["id"], **values))
                else:
                    stored.append(actions.create(mentorship=session.mentorship_id,
                                                 session=session_id, **values))
            except ValidationError as exc:
                raise ValidationError(exc.field, _("action item {number}: {problem}").format(
                    number=number, problem=exc.detail)) from None
        for item_id in current - {row["id"] for row in stored}:
            actions.archive(item_id)
        return stored


def complete_action(item_id: int, done_on: dt.date | None = None) -> dict:
    return actions.update(item_id, done_date=done_on or dt.date.today())


def reopen_action(item_id: int) -> dict:
    """An action item marked done by mistake, open again."""
    return actions.update(item_id, done_date=None)
