"""Staff members and their assignments to client accounts."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from mentorapp.collation import NameOrder
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import STAFF_STATUS_CHOICES, Assignment, Client, Mentor, Mentorship, Staff
from mentorapp.queries import visible_staff_count, visible_staff_matching
from mentorapp.services.entity import Entity, any_filter, to_dict
from mentorapp.services.fields import Choice, Date, Email, Flag, Ref, Text
from mentorapp.text import fold_key, sort_key
from mentorapp.translations import N_, _

CurrentAssignment = Assignment.alias("current_assignment")
CurrentClient = Client.alias("current_client")
MentorStaff = Staff.alias("mentor_staff")


def mentor_name_subquery(staff_id_column):
    """The name of a staff member's active mentor, as a correlated subquery (one query)."""
    return (Mentorship.select(fn.COALESCE(MentorStaff.first_name.concat(" ")
                                          .concat(MentorStaff.last_name), Mentor.external_name))
            .join(Mentor).join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
            .where(Mentorship.mentee == staff_id_column, Mentorship.status == "active")
            .order_by(Mentorship.start_date.desc()).limit(1))


def _select():
    return (Staff.select(Staff, CurrentClient.id.alias("client_id"),
                         CurrentClient.name.alias("client"),
                         CurrentAssignment.role.alias("role"),
                         mentor_name_subquery(Staff.id).alias("mentor"))
            .join(CurrentAssignment, JOIN.LEFT_OUTER,
                  on=((CurrentAssignment.staff == Staff.id)
                      & CurrentAssignment.end_date.is_null()))
            .join(CurrentClient, JOIN.LEFT_OUTER,
                  on=(CurrentAssignment.client == CurrentClient.id)))


def _check(values: dict, current) -> None:
    hire = values.get("hire_date")
    if hire and hire > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError("hire_date", _("{date} is more than a year ahead").format(
            date=hire.isoformat()))


entity = Entity(
    Staff, N_("staff"),
    {"employee_id": Text(required=True, max_length=50, multiline=False, label=N_("employee ID")),
     "first_name": Text(required=True, max_length=100, multiline=False, label=N_("first name")),
     "last_name": Text(required=True, max_length=100, multiline=False, label=N_("last name")),
     "email": Email(),
     "job_title": Text(max_length=150, multiline=False, label=N_("job title")),
     "team": Text(max_length=100, multiline=False),
     "site": Text(max_length=100, multiline=False),
     "hire_date": Date(label=N_("hire date")),
     "status": Choice(STAFF_STATUS_CHOICES, default="active")},
    check=_check,
    search=(Staff.search_key,),  # names, employee ID and email, folded
    sorts={"name": NameOrder(Staff.sort_key, (Staff.last_name, Staff.first_name)),
           "employee_id": Staff.employee_id,
           "job_title": Staff.job_title, "team": Staff.team, "site": Staff.site,
           "hire_date": Staff.hire_date, "status": Staff.status,
           "client": NameOrder(CurrentClient.sort_key, (CurrentClient.name,))},
    filters={"client": lambda q, v: q.where(CurrentClient.id == int(v)),
             "team": lambda q, v: q.where(Staff.team == v),
             "site": lambda q, v: q.where(Staff.site == v),
             "status": lambda q, v: q.where(Staff.status == v),
             "current": lambda q, v: (q.where(Staff.status != "resigned")
                                      if Flag().clean("current", v) else q)},
    select=_select,
    describe=lambda s: f"{s.employee_id} {s.first_name} {s.last_name}",
    unique_keys={"employee_id": Staff.employee_key},
    narrow_search=lambda words: visible_staff_matching(Staff.id, words),
    # a person has at most one open assignment: the list's joins add columns, not rows
    count_select=lambda: Staff.select(Staff.id),
)
create, update, get, list = entity.create, entity.update, entity.get, entity.list


def count(search: str | None = None, *, include_archived: bool = False, **filters) -> int:
    """How many staff the list shows for this search and these filters. In shared mode, for a
    role that sees only some staff, a search with no filter is counted by the database in one
    statement (`queries.visible_staff_count`: the staff they may read whose key has every
    word, by the staff table's own read policy); the same number, as a staff member has at
    most one open assignment (the list's join adds no row)."""
    if not any_filter(filters):
        words = [word for word in (sort_key(w) for w in (search or "").split()) if word]
        counted = visible_staff_count(words, include_archived)
        if counted is not None:
            return counted
    return entity.count(search, include_archived=include_archived, **filters)


archive, restore, delete = entity.archive, entity.restore, entity.delete


def by_employee_id(employee_id: str) -> dict:
    """A staff member by employee ID in any case or Unicode form (its `fold_key`)."""
    staff = Staff.get_or_none(Staff.employee_key == fold_key(str(employee_id)))
    if staff is None:
        raise NotFoundError(_("No staff member with employee ID {employee_id}").format(
            employee_id=repr(employee_id)))
    return to_dict(staff)


def teams() -> list[str]:
    return [t for (t,) in Staff.select(Staff.team).where(Staff.team != "")
            .distinct().order_by(Staff.team).tuples()]


# -- assignments -----------------------------------------------------------------------
def _check_assignment(values: dict, current) -> None:
    start, end = values.get("start_date"), values.get("end_date")
    if end and start and end < start:
        raise ValidationError("end_date", _("{date} is before the start date {start}").format(
            date=end.isoformat(), start=start.isoformat()))
    overlap = Assignment.select().where(
        Assignment.staff == values["staff"],
        (Assignment.end_date.is_null()) | (Assignment.end_date >= start))
    if end:
        overlap = overlap.where(Assignment.start_date <= end)
    if current is not None:
        overlap = overlap.where(Assignment.id != current.id)
    other = overlap.join(Client).select(Assignment, Client.name).first()
    if other is not None:
        raise ValidationError("start_date", _("overlaps the assignment to {client} from "
                                              "{date}").format(
            client=other.client.name, date=other.start_date.isoformat()))


assignments = Entity(
    Assignment, N_("assignment"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "client": Ref(Client, required=True),
     "role": Text(max_length=150, multiline=False, label=N_("role on the account")),
     "start_date": Date(required=True, label=N_("start date")),
     "end_date": Date(label=N_("end date"))},
    check=_check_assignment,
    sorts={"start_date": Assignment.start_date},
    filters={"staff": lambda q, v: q.where(Assignment.staff == int(v)),
             "client": lambda q, v: q.where(Assignment.client == int(v))},
    select=lambda: Assignment.select(Assignment, Client.name.alias("client_name")).join(Client),
)


def assign(staff_id: int, client_id: int, role: str = "", start_date: dt.date | None = None
           ) -> dict:
    """Place a staff member on a client account, ending the current assignment the day before."""
    start = Date(required=True, label=N_("start date")).clean("start_date",
                                                          start_date or dt.date.today())
    with transaction():
        current = (Assignment.select().where(Assignment.staff == staff_id,
                                             Assignment.end_date.is_null()).first())
        if current is not None:
            if current.client_id == client_id and (current.role or "") == (role or "").strip():
                return to_dict(current)
            if current.start_date >= start:
                raise ValidationError("start_date", _("must be after the current assignment's "
                                                      "start {start}").format(
                    start=current.start_date.isoformat()))
            assignments.update(current.id, end_date=start - dt.timedelta(days=1))
        return assignments.create(staff=staff_id, client=client_id, role=role, start_date=start)


def end_assignment(staff_id: int, end_date: dt.date | None = None) -> None:
    with transaction():
        current = (Assignment.select().where(Assignment.staff == staff_id,
                                             Assignment.end_date.is_null()).first())
        if current is not None:
            assignments.update(current.id, end_date=end_date or dt.date.today())


def client_history(staff_id: int) -> list[dict]:
    return assignments.list(staff=staff_id, sort="start_date", descending=True, limit=None,
                            include_archived=True)

