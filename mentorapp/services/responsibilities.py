"""New responsibilities given to staff, and whether they fit the role and career goals."""

from __future__ import annotations

from peewee import JOIN

from mentorapp.errors import ValidationError
from mentorapp.models import RESPONSIBILITY_STATUS_CHOICES, CareerGoal, Responsibility, Staff
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Choice, Date, Flag, Ref, Text
from mentorapp.translations import N_, _


def _check(values: dict, current) -> None:
    goal = values.get("goal")
    if goal and CareerGoal.get_by_id(goal).staff_id != values["staff"]:
        raise ValidationError("goal", _("is another staff member's career goal"))


entity = Entity(
    Responsibility, N_("responsibility"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "title": Text(required=True, max_length=200, multiline=False),
     "description": Text(),
     "assigned_date": Date(required=True, label=N_("assigned on")),
     "aligned_to_role": Flag(default=True, label=N_("aligned to role")),
     "goal": Ref(CareerGoal, what=N_("career goal"), label=N_("aligned career goal")),
     "status": Choice(RESPONSIBILITY_STATUS_CHOICES, default="active"),
     "outcome": Text()},
    check=_check,
    search=(Responsibility.title, Responsibility.description),
    sorts={"assigned_date": Responsibility.assigned_date, "status": Responsibility.status},
    default_sort="assigned_date",
    filters={"staff": lambda q, v: q.where(Responsibility.staff == int(v)),
             "status": lambda q, v: q.where(Responsibility.status == v)},
    select=lambda: (Responsibility.select(Responsibility, CareerGoal.title.alias("goal_title"))
                    .join(CareerGoal, JOIN.LEFT_OUTER,
                          on=(Responsibility.goal == CareerGoal.id))),
)
create, update, get, list, count = (entity.create, entity.update, entity.get, entity.list,
                                    entity.count)
archive, restore, delete = entity.archive, entity.restore, entity.delete
