"""Helpers for service tests: record builders with unique names (so a test states only
the values it is about) and audit look-ups."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from mentorapp.models import AuditEntry, Competency
from mentorapp.services import (
    careers,
    clients,
    feedback,
    mentoring,
    responsibilities,
    staff,
    training,
)

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def last_audit(entity: str, entity_id: int | None = None) -> dict:
    """The newest audit entry for an entity (and record), with its changes decoded."""
    query = AuditEntry.select().where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    entry = query.order_by(AuditEntry.id.desc()).first()
    assert entry is not None, f"no audit entry for {entity} {entity_id}"
    return {"action": entry.action, "actor": entry.actor, "entity_id": entry.entity_id,
            "changes": json.loads(entry.changes)}


def audit_count() -> int:
    return AuditEntry.select().count()


class Make:
    """Record builders; every call returns the service's dict for the new record."""

    def __init__(self):
        self._n = itertools.count(1)

    def n(self) -> int:
        return next(self._n)

    def client(self, **values) -> dict:
        return clients.create(**{"name": f"Client {self.n()}", **values})

    def staff(self, client: dict | None = None, **values) -> dict:
        n = self.n()
        person = staff.create(**{"employee_id": f"E{n:05d}", "first_name": f"First{n}",
                                 "last_name": f"Last{n}", **values})
        if client is not None:
            staff.assign(person["id"], client["id"], start_date=days_ago(400))
        return person

    def competency_ids(self) -> list[int]:
        return [c.id for c in Competency.select(Competency.id).order_by(Competency.id)]

    def mentor(self, person: dict | None = None, **values) -> dict:
        if person is None and "external_name" not in values:
            person = self.staff()
        if person is not None:
            values["staff"] = person["id"]
        return mentoring.mentors.create(**values)

    def mentorship(self, mentor: dict | None = None, mentee: dict | None = None,
                   **values) -> dict:
        mentor = mentor or self.mentor()
        mentee = mentee or self.staff()
        return mentoring.mentorships.create(**{"mentor": mentor["id"], "mentee": mentee["id"],
                                               "status": "active",
                                               "start_date": days_ago(100), **values})

    def feedback(self, person: dict | None = None, **values) -> dict:
        person = person or self.staff()
        if values.get("kind") == "incident":  # the least an incident must say
            values = {"comment": "What happened", "lesson_learned": "What was learned",
                      **values}
        return feedback.create(**{"staff": person["id"], "source": "management",
                                  "date": days_ago(1), **values})

    def goal(self, person: dict | None = None, **values) -> dict:
        person = person or self.staff()
        return careers.goals.create(**{"staff": person["id"], "title": f"Goal {self.n()}",
                                       **values})

    def program(self, **values) -> dict:
        return training.programs.create(**{"name": f"Program {self.n()}", **values})

    def enrollment(self, person: dict | None = None, program: dict | None = None,
                   **values) -> dict:
        person = person or self.staff()
        program = program or self.program()
        return training.enrollments.create(**{"staff": person["id"], "program": program["id"],
                                              **values})

    def responsibility(self, person: dict | None = None, **values) -> dict:
        person = person or self.staff()
        return responsibilities.create(**{"staff": person["id"], "title": f"Duty {self.n()}",
                                          "assigned_date": days_ago(5), **values})
