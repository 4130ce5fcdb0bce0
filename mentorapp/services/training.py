"""Training programs (workshops, certifications, degrees, ...) and staff enrollments in them."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentorapp.collation import NameOrder
from mentorapp.dates import certification_expiry
from mentorapp.errors import ValidationError
from mentorapp.models import (
    ENROLLMENT_STATUS_CHOICES,
    FUNDED_BY_CHOICES,
    PROGRAM_TYPE_CHOICES,
    Client,
    Enrollment,
    Staff,
    TrainingProgram,
    label,
)
from mentorapp.queries import people_filters
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Choice, Date, Flag, Number, Ref, Text, parse_date
from mentorapp.translations import N_, _, display

programs = Entity(
    TrainingProgram, N_("training program"),
    {"name": Text(required=True, max_length=200, multiline=False),
     "type": Choice(PROGRAM_TYPE_CHOICES, default="training_program"),
     "provider": Text(max_length=200, multiline=False),
     "hours": Number(minimum=0, maximum=10_000, places=1),
     "validity_months": Number(minimum=1, maximum=240, whole=True,
                               label=N_("certification validity (months)")),
     "client": Ref(Client, label=N_("requested by client")),
     "mandatory": Flag(),
     "description": Text()},
    search=(TrainingProgram.name, TrainingProgram.provider),
    sorts={"name": NameOrder(TrainingProgram.name, (TrainingProgram.name,)),
           "type": TrainingProgram.type, "provider": TrainingProgram.provider},
    filters={"type": lambda q, v: q.where(TrainingProgram.type == v),
             "client": lambda q, v: q.where(TrainingProgram.client == int(v)),
             "mandatory": lambda q, v: q.where(
                 TrainingProgram.mandatory == Flag().clean("mandatory", v))},
    select=lambda: (TrainingProgram.select(TrainingProgram, Client.name.alias("client_name"))
                    .join(Client, JOIN.LEFT_OUTER,
                          on=(TrainingProgram.client == Client.id))),
    describe=lambda p: _("training program {name}").format(name=repr(p.name)),
)


def _check_enrollment(values: dict, current) -> None:
    start, done, status = values.get("start_date"), values.get("completed_date"), values["status"]
    if status == "completed" and not done:
        raise ValidationError("completed_date", _("is required when the status is completed"))
    if done and status != "completed" and status != "failed":
        raise ValidationError("completed_date", _("is only set for completed or failed "
                                                   "training, not {status}").format(
            status=label(status, display()).lower()))
    if start and done and done < start:
        raise ValidationError("completed_date", _("{date} is before the start date {start}")
                              .format(date=done.isoformat(), start=start.isoformat()))
    if done and done > dt.date.today():
        raise ValidationError("completed_date", _("{date} is in the future").format(
            date=done.isoformat()))
    program = TrainingProgram.get_by_id(values["program"])
    values["expires_on"] = (certification_expiry(done, program.validity_months)
                            if status == "completed" else None)
    if values.get("hours") is None and status == "completed" and program.hours is not None:
        values["hours"] = float(program.hours)


enrollments = Entity(
    Enrollment, N_("enrollment"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "program": Ref(TrainingProgram, required=True, what=N_("training program")),
     "status": Choice(ENROLLMENT_STATUS_CHOICES, default="planned"),
     "start_date": Date(label=N_("start date")),
     "completed_date": Date(label=N_("completed on")),
     "score": Number(minimum=0, maximum=100),
     "hours": Number(minimum=0, maximum=10_000, places=1),
     "funded_by": Choice(FUNDED_BY_CHOICES, default="employer", label=N_("funded by")),
     "notes": Text()},
    check=_check_enrollment,
    search=(Staff.search_key, TrainingProgram.name),  # the staff member's names and ID
    sorts={"start_date": Enrollment.start_date, "completed_date": Enrollment.completed_date,
           "program": TrainingProgram.name, "status": Enrollment.status,
           "expires_on": Enrollment.expires_on},
    filters={"staff": lambda q, v: q.where(Enrollment.staff == int(v)),
             "program": lambda q, v: q.where(Enrollment.program == int(v)),
             "status": lambda q, v: q.where(Enrollment.status == v),
             "completed_from": lambda q, v: q.where(
                 Enrollment.completed_date >= parse_date("completed_from", v)),
             "completed_to": lambda q, v: q.where(
                 Enrollment.completed_date <= parse_date("completed_to", v)),
             **people_filters(Enrollment.staff)},
    select=lambda: (Enrollment.select(Enrollment, TrainingProgram.name.alias("program_name"),
                                      TrainingProgram.type.alias("program_type"),
                                      TrainingProgram.mandatory.alias("mandatory"),
                                      Staff.first_name, Staff.last_name, Staff.employee_id)
                    .join(TrainingProgram, on=(Enrollment.program == TrainingProgram.id))
                    .switch(Enrollment).join(Staff, on=(Enrollment.staff == Staff.id))),
)
