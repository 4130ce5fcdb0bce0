"""Readiness for a role: which of the role's requirements a person meets now, which within
about HORIZON_MONTHS, and the percentage. Plain values in and out; `services.readiness`
gathers the facts.

A role's requirements each weigh the same: its minimum tenure (one requirement, when above 0),
each competency at a minimum rating, each training to have completed and each certification to
hold valid. Readiness % = requirements met now / requirements (100 when a role asks nothing).

Each requirement is, for the person:
- "met": met today;
- "expiring": met today, but the certification lapses within the horizon and no renewal is
  under way: it counts as met now and against being ready in the horizon;
- "soon": not met today, met within the horizon: tenure reached by then; a required training
  or certification the person is enrolled in or doing now (or renewing); a competency whose
  recency-weighted average (`matching.figures`) is within NEAR_RATING of the minimum and whose
  recent ratings (last TREND_DAYS) average above the earlier ones;
- "gap": anything else (an expired certification, no evidence of a competency, ...).

Ready now: every requirement met or expiring. Ready in about six months: not ready now, and
every requirement met or soon (an expiring certification keeps a person out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mentorapp.dates import certification_expiry
from mentorapp.translations import N_

HORIZON_MONTHS = 6
NEAR_RATING = 0.5
TREND_DAYS = 180
MET_NOW = ("met", "expiring")


@dataclass(frozen=True)
class Requirement:
    """What a role asks: kind "tenure" (minimum months), "competency" (minimum rating 1-5),
    "training" (completed) or "certification" (completed and not expired)."""

    kind: str
    name: str
    minimum: float | None = None
    competency: int | None = None
    program: int | None = None


@dataclass(frozen=True)
class CompetencyFacts:
    average: float
    count: int
    improving: bool


@dataclass(frozen=True)
class TrainingFacts:
    """A person's best standing in a program: completed (and when it expires), or under way."""

    completed: bool = False
    expires_on: dt.date | None = None
    under_way: bool = False


@dataclass(frozen=True)
class Facts:
    hire_date: dt.date | None
    competencies: dict[int, CompetencyFacts]
    trainings: dict[int, TrainingFacts]


@dataclass(frozen=True)
class Check:
    requirement: Requirement
    status: str  # met, expiring, soon, gap
    detail: str


@dataclass(frozen=True)
class Assessment:
    checks: tuple[Check, ...]

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def met(self) -> int:
        return sum(check.status in MET_NOW for check in self.checks)

    @property
    def percent(self) -> int:
        """Requirements met now, in whole percent (rounded down: 99.5 is not 100)."""
        return 100 if not self.checks else self.met * 100 // self.total

    @property
    def ready_now(self) -> bool:
        return all(check.status in MET_NOW for check in self.checks)

    @property
    def ready_soon(self) -> bool:
        return not self.ready_now and all(c.status in ("met", "soon") for c in self.checks)

    @property
    def gaps(self) -> list[Check]:
        """What stands between the person and the role: every requirement not met now, then
        the certifications that lapse within the horizon."""
        return [c for c in self.checks if c.status not in MET_NOW] + \
            [c for c in self.checks if c.status == "expiring"]

    @property
    def outlook(self) -> str:
        """Kept in English (reports, and the bench's order, use it); the window translates it."""
        if self.ready_now:
            return N_("ready now")
        return N_("ready in about 6 months") if self.ready_soon else N_("not yet")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    return certification_expiry(day, months) if months else day


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end` (0 when end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return max(0, months)


def improving(ratings: Iterable[tuple[dt.date, float]], today: dt.date) -> bool:
    """The ratings of the last TREND_DAYS average above the earlier ones (False when either
    side has none)."""
    since = today - dt.timedelta(days=TREND_DAYS)
    recent = [rating for day, rating in ratings if day > since]
    earlier = [rating for day, rating in ratings if day <= since]
    return bool(recent and earlier) and sum(recent) / len(recent) > sum(earlier) / len(earlier)


def _tenure(req: Requirement, facts: Facts, today: dt.date, horizon: dt.date) -> Check:
    needed = int(req.minimum or 0)
    if facts.hire_date is None:
        return Check(req, "gap", "hire date not recorded")
    reached = add_months(facts.hire_date, needed)
    have = months_between(facts.hire_date, today)
    if reached <= today:
        return Check(req, "met", f"{have} months")
    status = "soon" if reached <= horizon else "gap"
    return Check(req, status, f"{have} of {needed} months; reached on {reached.isoformat()}")


def _competency(req: Requirement, facts: Facts) -> Check:
    minimum = float(req.minimum or 0)
    found = facts.competencies.get(req.competency)
    if found is None:
        return Check(req, "gap", f"no ratings yet (needs {minimum:g})")
    shown = (f"{found.average:.2f} from {found.count} rating{'s' if found.count != 1 else ''}"
             f" (needs {minimum:g})")
    if found.average >= minimum:
        return Check(req, "met", shown)
    if found.average >= minimum - NEAR_RATING and found.improving:
        return Check(req, "soon", shown + ", improving")
    return Check(req, "gap", shown)


def _training(req: Requirement, facts: Facts, today: dt.date, horizon: dt.date) -> Check:
    found = facts.trainings.get(req.program, TrainingFacts())
    under_way = "enrolled, under way" if found.under_way else ""
    if req.kind == "training" or found.expires_on is None:
        if found.completed:
            return Check(req, "met", "completed")
        return Check(req, "soon", under_way) if found.under_way else Check(req, "gap",
                                                                             "not completed")
    if not found.completed:
        return Check(req, "soon", under_way) if found.under_way else Check(req, "gap",
                                                                             "not held")
    expires = found.expires_on.isoformat()
    if found.expires_on <= today:
        return Check(req, "soon", f"expired on {expires}; renewal under way") \
            if found.under_way else Check(req, "gap", f"expired on {expires}")
    if found.expires_on <= horizon and not found.under_way:
        return Check(req, "expiring", f"valid until {expires}, expires within "
                                      f"{HORIZON_MONTHS} months")
    return Check(req, "met", f"valid until {expires}")


def assess(requirements: Sequence[Requirement], facts: Facts, today: dt.date) -> Assessment:
    """The person's standing on each requirement, in the order given."""
    horizon = add_months(today, HORIZON_MONTHS)
    checks = []
    for req in requirements:
        if req.kind == "tenure":
            checks.append(_tenure(req, facts, today, horizon))
        elif req.kind == "competency":
            checks.append(_competency(req, facts))
        else:
            checks.append(_training(req, facts, today, horizon))
    return Assessment(tuple(checks))
