"""What the training matrix shows: the queries behind it.

Confidentiality: the matrix is internal (training and operations). Staff: not archived and
not resigned; for one client, only those on its account today. Programs: not archived,
mandatory or taken; for one client, general programs and that client's own (never a program
requested by another client). Enrollments: not archived, not cancelled, of the staff shown;
their notes, funding and scores are never selected.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentorapp.models import Assignment, Client, Enrollment, Staff, TrainingProgram
from mentorapp.queries import not_archived

CurrentClient = Client.alias("current_client")


def staff(client_id: int | None) -> list[tuple]:
    """(id, employee ID, name, current client, team) of the staff in the matrix, by name."""
    query = (Staff.select(Staff.id, Staff.employee_id,
                          Staff.first_name.concat(" ").concat(Staff.last_name),
                          CurrentClient.name, Staff.team)
             .join(Assignment, JOIN.LEFT_OUTER,
                   on=((Assignment.staff == Staff.id) & Assignment.end_date.is_null()))
             .join(CurrentClient, JOIN.LEFT_OUTER, on=(Assignment.client == CurrentClient.id))
             .where(not_archived(Staff), Staff.status != "resigned")
             .order_by(Staff.last_name, Staff.first_name, Staff.employee_id))
    if client_id:
        query = query.where(Assignment.client == client_id)
    return list(query.tuples())


def latest_enrollments(client_id: int | None) -> dict[tuple[int, int], tuple]:
    """{(staff id, program id): (status, start, completed, expires)} of the latest enrollment
    (by start or completion date) per person and program; cancelled ones do not count. For
    a client, only enrollments of the staff on its account today."""
    query = (Enrollment.select(Enrollment.staff, Enrollment.program, Enrollment.status,
                               Enrollment.start_date, Enrollment.completed_date,
                               Enrollment.expires_on)
             .where(not_archived(Enrollment), Enrollment.status != "cancelled")
             .order_by(Enrollment.id))
    if client_id:
        query = query.where(Enrollment.staff.in_(
            Assignment.select(Assignment.staff)
            .where(Assignment.client == client_id, Assignment.end_date.is_null())))
    latest: dict[tuple[int, int], tuple] = {}
    for staff_id, program, status, start, done, expires in query.tuples().iterator():
        key, when = (staff_id, program), done or start or dt.date.min
        kept = latest.get(key)
        if kept is None or when >= (kept[2] or kept[1] or dt.date.min):
            latest[key] = (status, start, done, expires)
    return latest


def programs(client_id: int | None, taken: set[int]) -> list[tuple]:
    """(id, name, mandatory) of the programs shown: mandatory ones and any taken."""
    query = (TrainingProgram.select(TrainingProgram.id, TrainingProgram.name,
                                    TrainingProgram.mandatory)
             .where(not_archived(TrainingProgram))
             .order_by(TrainingProgram.mandatory.desc(), TrainingProgram.name))
    if client_id:
        query = query.where(TrainingProgram.client.is_null()
                            | (TrainingProgram.client == client_id))
    return [p for p in query.tuples() if p[2] or p[0] in taken]
