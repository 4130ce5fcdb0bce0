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
from mentorapp.translations import ENGLISH, N_, Translator, display

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
    """A requirement's standing. `reason` says what its detail reads, as a code that code
    compares (EXPIRED); `describe(tr)` writes it in a language, with `have` (months, or a
    competency's average), `count` (ratings) and `day` (when tenure is reached, when a
    certification expires or expired)."""

    requirement: Requirement
    status: str  # met, expiring, soon, gap
    reason: str
    have: float = 0
    count: int = 0
    day: dt.date | None = None

    @property
    def detail(self) -> str:
        """The detail in the window's language (English in the CLI)."""
        return self.describe(display())

    def describe(self, tr: Translator) -> str:
        """"17 of 18 months; reached on 2026-07-10", "3.60 from 8 ratings (needs 4)"."""
        _ = tr.gettext
        needed = self.requirement.minimum or 0
        day = date_text(self.day, tr) if self.day else ""
        if self.reason == "tenure_met":
            return tr.ngettext("{have} month", "{have} months", int(self.have)).format(
                have=int(self.have))
        if self.reason == "tenure_short":
            return tr.ngettext("{have} of {needed} month; reached on {day}",
                               "{have} of {needed} months; reached on {day}",
                               int(needed)).format(have=int(self.have), needed=int(needed),
                                                   day=day)
        if self.reason in ("ratings", "ratings_improving"):
            text = tr.ngettext("{average} from {count} rating (needs {minimum})",
                               "{average} from {count} ratings (needs {minimum})",
                               self.count).format(average=decimal_text(self.have, tr, 2),
                                                  count=self.count,
                                                  minimum=decimal_text(needed, tr))
            return text if self.reason == "ratings" else \
                _("{ratings}, improving").format(ratings=text)
        texts = {
            "no_hire_date": N_("hire date not recorded"),
            "no_ratings": N_("no ratings yet (needs {minimum})"),
            "completed": N_("completed"),
            "under_way": N_("enrolled, under way"),
            "not_completed": N_("not completed"),
            "not_held": N_("not held"),
            "expired": N_("expired on {day}"),
            "expired_renewing": N_("expired on {day}; renewal under way"),
            "expiring": N_("valid until {day}, expires within {horizon} months"),
            "valid": N_("valid until {day}"),
        }
        return _(texts[self.reason]).format(day=day, minimum=decimal_text(needed, tr),
                                            horizon=HORIZON_MONTHS)


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


EXPIRED = ("expired", "expired_renewing")  # the reasons of a certification that has lapsed


def date_text(day: dt.date, tr: Translator) -> str:
    """A date inside a sentence the window shows: ISO in English (as the window's date cells),
    else the language's short date ("10/7/26"), as `ui.i18n.date_text` writes a cell."""
    from babel.dates import format_date

    return day.isoformat() if tr.language == ENGLISH else \
        format_date(day, "short", locale=tr.language)


def decimal_text(value: float, tr: Translator, places: int | None = None) -> str:
    """"3.60" with `places`, else as short as it can be ("4", "3.5"); the language's decimal
    sign."""
    text = f"{value:.{places}f}" if places is not None else f"{value:g}"
    return text.replace(".", tr.number_symbols()[1])


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
        return Check(req, "gap", "no_hire_date")
    reached = add_months(facts.hire_date, needed)
    have = months_between(facts.hire_date, today)
    if reached <= today:
        return Check(req, "met", "tenure_met", have)
    return Check(req, "soon" if reached <= horizon else "gap", "tenure_short", have,
                 day=reached)


def _competency(req: Requirement, facts: Facts) -> Check:
    minimum = float(req.minimum or 0)
    found = facts.competencies.get(req.competency)
    if found is None:
        return Check(req, "gap", "no_ratings")
    if found.average >= minimum:
        return Check(req, "met", "ratings", found.average, found.count)
    if found.average >= minimum - NEAR_RATING and found.improving:
        return Check(req, "soon", "ratings_improving", found.average, found.count)
    return Check(req, "gap", "ratings", found.average, found.count)


def _training(req: Requirement, facts: Facts, today: dt.date, horizon: dt.date) -> Check:
    found = facts.trainings.get(req.program, TrainingFacts())
    if req.kind == "training" or found.expires_on is None:
        if found.completed:
            return Check(req, "met", "completed")
        return Check(req, "soon", "under_way") if found.under_way else \
            Check(req, "gap", "not_completed")
    if not found.completed:
        return Check(req, "soon", "under_way") if found.under_way else \
            Check(req, "gap", "not_held")
    expires = found.expires_on
    if expires <= today:
        return Check(req, "soon", "expired_renewing", day=expires) if found.under_way else \
            Check(req, "gap", "expired", day=expires)
    if expires <= horizon and not found.under_way:
        return Check(req, "expiring", "expiring", day=expires)
    return Check(req, "met", "valid", day=expires)


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
