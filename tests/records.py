"""The test suite's one set of record builders, made through the services as the app would.

Tests get them as the `make` fixture (tests/conftest.py) next to a database fixture (`db`,
`sqlite_db` or `ui_db`); every builder returns the service's dict for the new record and fills
in unique names, so a test states only the values it is about.
"""

from __future__ import annotations

import datetime as dt
import itertools

from mentorapp.services import (
    careers,
    clients,
    competencies,
    feedback,
    mentoring,
    responsibilities,
    staff,
    training,
)


def days_ago(n: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=n)


class Make:
    """Record builders; each instance numbers its records from 1."""

    def __init__(self):
        self._n = itertools.count(1)

    def n(self) -> int:
        return next(self._n)

    def client(self, name: str | None = None, **values) -> dict:
        return clients.create(**{"name": name or f"Client {self.n()}", **values})

    def staff(self, first_name: str | None = None, last_name: str | None = None,
              client: dict | None = None, *, role: str = "", since: dt.date | None = None,
              **values) -> dict:
        """A staff member, placed on `client` (in `role`, from `since`: 400 days ago by
        default) when one is given."""
        n = self.n()
        person = staff.create(**{"employee_id": f"E{n:05d}",
                                 "first_name": first_name or f"First{n}",
                                 "last_name": last_name or f"Last{n}", **values})
        if client is not None:
            staff.assign(person["id"], client["id"], role, since or days_ago(400))
        return person

    def competency_ids(self) -> list[int]:
        """The ids of the database's competencies, in the order they were made."""
        return [c["id"] for c in sorted(competencies.active(), key=lambda c: c["id"])]

    def competency(self, name: str) -> dict:
        """The competency of that name (new databases come with a standard set)."""
        known = [c for c in competencies.active() if c["name"] == name]
        return known[0] if known else competencies.create(name=name)

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
        elif not feedback.says_something({**values, "rating": None}, None):
            # Feedback says something (a rating alone would not stay so when edited away).
            values = {"comment": "Noted", **values}
        return feedback.create(**{"staff": person["id"], "source": "management",
                                  "date": days_ago(1), **values})

    def goal(self, person: dict | None = None, **values) -> dict:
        person = person or self.staff()
        return careers.goals.create(**{"staff": person["id"], "title": f"Goal {self.n()}",
                                       **values})

    def program(self, name: str | None = None, **values) -> dict:
        return training.programs.create(**{"name": name or f"Program {self.n()}", **values})

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


# -- quality evaluations (issue 15) -----------------------------------------------------------
QUALITY_ITEMS = (
    {"section": "Opening", "key": "greet", "text": "Greeted the customer", "weight": 1},
    {"section": "Opening", "key": "verify", "text": "Verified identity", "weight": 2,
     "critical": "evaluation", "allow_na": False},
    {"section": "Resolution", "key": "solve", "text": "Solved the problem", "weight": 3,
     "scale": "yes_partial_no"},
    {"section": "Resolution", "key": "tone", "text": "Tone", "weight": 2,
     "scale": "one_to_five"},
)


def make_scorecard(make: Make, items=QUALITY_ITEMS, *, publish: bool = True,
                   **values) -> dict:
    """A scorecard with the standard items (greet, verify [critical], solve, tone),
    published unless asked not to."""
    from mentorapp.services import quality

    card = quality.create_scorecard(values.pop("name", f"Scorecard {make.n()}"), **values)
    quality.set_items(card["id"], items)
    return quality.publish(card["id"]) if publish else quality.scorecard(card["id"])


def make_evaluation(make: Make, card: dict, person: dict | None = None, answers=None,
                    **values) -> dict:
    """An evaluation on the scorecard's latest published version (all "yes", tone 5, by
    default)."""
    from mentorapp.services import quality

    person = person or make.staff()
    answers = answers or {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
    return quality.evaluate(quality.version_id(card["id"]), answers,
                            **{"staff": person["id"], "interaction_date": days_ago(3),
                               **values})

# -- KPI scorecards (issue 15) -------------------------------------------------------------
def make_kpi_metric(make: Make, client: dict | None = None, **values) -> dict:
    """A client's metric: an average score with target 90 unless told otherwise."""
    from mentorapp.services import kpi

    client = client or make.client()
    return kpi.define(**{"client": client["id"], "name": f"Metric {make.n()}",
                         "unit": "score", "better": "higher", "target": 90, **values})


def make_kpi_values(metric: dict, person: dict, points, period: str = "day") -> None:
    """Values of one person: `points` are (day, value) or (day, value, count)."""
    from mentorapp.models import KpiValue

    KpiValue.insert_many([{"metric": metric["id"], "staff": person["id"], "period": period,
                           "day": day, "value": value, "count": rest[0] if rest else None}
                          for day, value, *rest in points]).execute()
