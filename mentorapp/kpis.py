"""KPI arithmetic: how a client's metric rolls up over days and people, how a figure stands
against its target, and which way it is heading. Plain numbers in, plain numbers out, so the
services, the reports and the dashboard all count the same way.

A roll-up over a team is taken over every person-day at once: the team's average handle
time is the total talk time over the total handled contacts, never an average of the
agents' averages (an agent with 5 contacts would weigh as much as one with 500).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mentorapp.translations import _

UNITS = ("seconds", "percent", "score", "count")
BETTER = ("higher", "lower")
ROLLUPS = ("weighted", "average", "sum", "latest")
MET, WARNING, BELOW = "met", "warning", "below"


@dataclass(frozen=True)
class Metric:
    """A client's metric: `target` and the optional `warning` threshold are in the metric's
    unit; `warning` lies on the worse side of the target (below it when higher is better)."""

    name: str
    unit: str
    better: str
    target: float
    rollup: str = "average"
    warning: float | None = None
    decimals: int = 0

    def __post_init__(self):
        for field, value, allowed in (("unit", self.unit, UNITS), ("better", self.better, BETTER),
                                      ("rollup", self.rollup, ROLLUPS)):
            if value not in allowed:
                raise ValueError(_("{metric}: {field} must be one of {allowed}, not {value}")
                                 .format(metric=self.name, field=field,
                                         allowed=", ".join(allowed), value=repr(value)))
        if self.warning is not None and self.is_better(self.warning, self.target):
            message = _("{metric}: the warning threshold must be below the target") \
                if self.better == "higher" else \
                _("{metric}: the warning threshold must be above the target")
            raise ValueError(message.format(metric=self.name))

    def is_better(self, a: float, b: float) -> bool:
        """True when `a` is strictly better than `b` for this metric."""
        return a > b if self.better == "higher" else a < b


@dataclass(frozen=True)
class Point:
    """One imported value: a person's figure for a day (or the first day of a week or month),
    with its weight (handled contacts, say) for a weighted metric."""

    day: dt.date
    value: float
    count: float | None = None


def roll_up(points: Iterable[Point], metric: Metric) -> float | None:
    """One figure from a person's points, or from every person-day of a group, by the metric's
    roll-up; None when there is nothing to count (no points, or no weight at all)."""
    points = list(points)
    if not points:
        return None
    if metric.rollup == "weighted":
        missing = [p.day for p in points if p.count is None or p.count < 0]
        if missing:
            raise ValueError(_("{metric} is weighted: the value of {day} has no count to weigh it "
                               "by").format(metric=metric.name, day=missing[0].isoformat()))
        weight = sum(p.count for p in points)
        return sum(p.value * p.count for p in points) / weight if weight else None
    if metric.rollup == "average":
        return sum(p.value for p in points) / len(points)
    if metric.rollup == "sum":
        return sum(p.value for p in points)
    return max(points, key=lambda p: p.day).value  # latest


def roll_up_group(points_by_person: Mapping[object, Iterable[Point]],
                  metric: Metric) -> float | None:
    """A team, site or client figure. Weighted, average and sum metrics pool every
    person-day; a "latest" metric (a certification count, say) averages each person's
    latest figure, since adding up snapshots taken on different days means nothing."""
    if metric.rollup != "latest":
        return roll_up((p for points in points_by_person.values() for p in points), metric)
    latest = [roll_up(points, metric) for points in points_by_person.values()]
    latest = [value for value in latest if value is not None]
    return sum(latest) / len(latest) if latest else None


def attainment(value: float | None, metric: Metric) -> float | None:
    """How far a figure goes toward its target, as a fraction (1.0 = on target, above 1 is
    better than target), for either direction; None when it cannot be said."""
    if value is None:
        return None
    if metric.better == "higher":
        return value / metric.target if metric.target else None
    if value <= 0:
        return None if metric.target <= 0 else float("inf")
    return metric.target / value


def status(value: float | None, metric: Metric) -> str | None:
    """`met` at or better than target, `warning` between the warning threshold and the
    target, `below` worse than that (or worse than target when no warning is set)."""
    if value is None:
        return None
    shown = round(value, metric.decimals)  # what the reader sees decides, not float noise
    if not metric.is_better(metric.target, shown):
        return MET
    if metric.warning is not None and not metric.is_better(metric.warning, shown):
        return WARNING
    return BELOW


def by_period(points: Iterable[Point], period: str) -> dict[dt.date, list[Point]]:
    """Points grouped by the first day of their `period` (day, week from Monday, month)."""
    groups: dict[dt.date, list[Point]] = {}
    for point in points:
        groups.setdefault(period_start(point.day, period), []).append(point)
    return dict(sorted(groups.items()))


def period_start(day: dt.date, period: str) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {period!r}: "
                     "day, week or month")  # untranslated: a programming error, never shown


def trend(figures: list[float | None], metric: Metric) -> str | None:
    """"improving", "worsening" or "steady" over a series of period figures (oldest first),
    from the least-squares slope across the periods that have a figure; a change of less than
    1% of the target over the whole series is steady. None with fewer than two figures."""
    known = [(i, value) for i, value in enumerate(figures) if value is not None]
    if len(known) < 2:
        return None
    mean_x = sum(i for i, _ in known) / len(known)
    mean_y = sum(v for _, v in known) / len(known)
    spread = sum((i - mean_x) ** 2 for i, _ in known)
    slope = sum((i - mean_x) * (v - mean_y) for i, v in known) / spread
    change = slope * (known[-1][0] - known[0][0])
    if abs(change) < abs(metric.target) * 0.01:
        return "steady"
    return "improving" if metric.is_better(change, 0) else "worsening"


def periods_below_running(figures: list[float | None], metric: Metric) -> int:
    """How many of the latest periods in a row were below target (warning counts as below:
    the target was missed); a period without a figure ends the run."""
    run = 0
    for value in reversed(figures):
        if value is None or status(value, metric) == MET:
            break
        run += 1
    return run
