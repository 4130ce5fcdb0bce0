"""Career development: goals at 1/5/10/20-year horizons, self-assessments and check-ins."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from mentorapp.db import transaction
from mentorapp.errors import Problems, ValidationError
from mentorapp.models import (
    GOAL_HORIZON_CHOICES,
    GOAL_KIND_CHOICES,
    GOAL_STATUS_CHOICES,
    CareerGoal,
    CheckIn,
    SelfAssessment,
    Staff,
)
from mentorapp.queries import not_archived
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Choice, Date, Number, Ref, Text
from mentorapp.translations import N_, _

_BY_STAFF = {"staff": lambda q, v: q.where(q.model.staff == int(v))}


def _check_goal(values: dict, current) -> None:
    if values["status"] == "achieved":
        values["progress"] = 100
    elif values["progress"] == 100 and values["status"] != "dropped":
        values["status"] = "achieved"
    elif values["progress"] and values["status"] == "not_started":
        values["status"] = "in_progress"


goals = Entity(
    CareerGoal, N_("career goal"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "title": Text(required=True, max_length=200, multiline=False),
     "description": Text(),
     "horizon_years": Choice(GOAL_HORIZON_CHOICES, default=1, label=N_("horizon (years)")),
     "kind": Choice(GOAL_KIND_CHOICES, default="career"),
     "target_date": Date(label=N_("target date")),
     "status": Choice(GOAL_STATUS_CHOICES, default="not_started"),
     "progress": Number(minimum=0, maximum=100, whole=True, default=0)},
    check=_check_goal,
    search=(CareerGoal.title, CareerGoal.description),
    sorts={"horizon": (CareerGoal.horizon_years, CareerGoal.target_date),
           "target_date": CareerGoal.target_date, "progress": CareerGoal.progress},
    filters={**_BY_STAFF, "status": lambda q, v: q.where(CareerGoal.status == v),
             "kind": lambda q, v: q.where(CareerGoal.kind == v)},
)


def _check_assessment(values: dict, current) -> None:
    if not any(values.get(f) for f in ("strengths", "values", "interests",
                                       "development_areas")):
        raise ValidationError("strengths", _("write at least one of strengths, values, "
                                              "interests or development areas"))


self_assessments = Entity(
    SelfAssessment, N_("self-assessment"),
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "date": Date(required=True),
     "strengths": Text(),
     "values": Text(),
     "interests": Text(),
     "development_areas": Text(label=N_("development areas"))},
    check=_check_assessment,
    sorts={"date": SelfAssessment.date},
    filters=_BY_STAFF,
)


def _check_checkin(values: dict, current) -> None:
    problems = Problems()
    if values["date"] > dt.date.today():
        problems.add("date", _("{date} is in the future").format(
            date=values["date"].isoformat()))
    if values.get("next_date") and values["next_date"] <= values["date"]:
        problems.add("next_date", _("must be after the check-in date"))
    problems.check()


def mark_latest_check_ins(staff_ids=None) -> None:
    """Set `is_latest` on each staff member's newest check-in that is not archived (and clear
    it on the others); for the given staff members, or everyone."""
    newer = CheckIn.alias("newer")
    later = (newer.select(newer.id)
             .where(newer.staff == CheckIn.staff, not_archived(newer),
                    (newer.date > CheckIn.date)
                    | ((newer.date == CheckIn.date) & (newer.id > CheckIn.id))))
    query = CheckIn.update(is_latest=not_archived(CheckIn) & ~fn.EXISTS(later))
    if staff_ids is not None:
        query = query.where(CheckIn.staff.in_(list(staff_ids)))
    query.execute()


class _CheckIns(Entity):
    """Check-ins keep `is_latest` right through every change, in the same transaction."""

    def create(self, **values) -> dict:
        with transaction():
            record = super().create(**values)
            mark_latest_check_ins([record["staff"]])
            return self.get(record["id"])

    def update(self, record_id: int, **values) -> dict:
        with transaction():
            before = self.get_record(record_id).staff_id
            record = super().update(record_id, **values)
            mark_latest_check_ins({before, record["staff"]})
            return self.get(record_id)

    def set_archived(self, record_id: int, archived: bool = True) -> dict:
        with transaction():
            record = super().set_archived(record_id, archived)
            mark_latest_check_ins([record["staff"]])
            return self.get(record_id)

    def delete(self, record_id: int) -> None:
        with transaction():
            staff_id = self.get_record(record_id).staff_id
            super().delete(record_id)
            mark_latest_check_ins([staff_id])


check_ins = _CheckIns(
    CheckIn, "check-in",
    {"staff": Ref(Staff, required=True, what=N_("staff member")),
     "date": Date(required=True),
     "reviewer": Text(max_length=200, multiline=False),
     "notes": Text(),
     "next_date": Date(label=N_("next check-in"))},
    check=_check_checkin,
    sorts={"date": CheckIn.date, "next_date": CheckIn.next_date},
    filters=_BY_STAFF,
)
