"""What worked: the arithmetic of an intervention's effect (issue 16), with no database.

A measure (a competency rating, a quality score, a KPI figure) is taken for each person over
two equal windows, before and after an intervention. The treated people's average change
minus the average change of similar people who did not have it over the same windows is the
difference-in-differences: what the intervention added beyond what happened to everyone.

Only people with a figure in both windows count; `n` is how many. The spread is the sample
standard deviation of the changes (None below two people): it reads in the measure's own
units, which an IQR over a handful of people would not make any clearer. Fewer than
`MIN_PEOPLE` on either side is too few to say anything, and the result says so in plain
words rather than hiding the figure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from mentorapp.translations import Translator, display

MIN_PEOPLE = 5  # treated and comparison people needed before a difference means anything
SAME = 1e-9


@dataclass(frozen=True)
class Change:
    """A group's figures over the two windows: mean before, mean after, mean change (of each
    person's own change), its spread, and how many people are behind them."""

    before: float | None
    after: float | None
    change: float | None
    spread: float | None
    n: int


@dataclass(frozen=True)
class Effect:
    """Treated against comparison: `did` is treated.change - comparison.change."""

    treated: Change
    comparison: Change
    did: float | None
    too_few: bool
    warning: str


@dataclass(frozen=True)
class Summary:
    """Many interventions' differences together (one program, mentor or client): their mean,
    spread and count, and the distinct comparison people behind them."""

    mean: float | None
    spread: float | None
    n: int
    comparison_n: int
    too_few: bool
    warning: str


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _spread(values: list[float]) -> float | None:
    """The sample standard deviation (plain floats: `statistics.stdev`'s exact fractions
    cost seconds over thousands of comparison groups)."""
    if len(values) < 2:
        return None
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def change(pairs: Iterable[tuple[float | None, float | None]]) -> Change:
    """A group's change from (before, after) per person; people missing either are left out."""
    both = [(before, after) for before, after in pairs
            if before is not None and after is not None]
    changes = [after - before for before, after in both]
    return Change(_mean([b for b, _ in both]), _mean([a for _, a in both]), _mean(changes),
                  _spread(changes), len(both))


def _ordered_sum(values: np.ndarray) -> float:
    """`sum(values)` to the last bit: left to right (a cumulative sum; numpy's own `sum` adds
    pairwise, which rounds differently), starting from 0 as `sum` does."""
    return 0.0 + float(np.cumsum(values)[-1])


def change_of_arrays(before: np.ndarray, after: np.ndarray) -> Change:
    """`change` over two arrays of the people's figures (NaN where a person has none): the
    same figures, to the last bit, at numpy speed (a comparison group is thousands of
    people)."""
    both = ~(np.isnan(before) | np.isnan(after))
    before, after = before[both], after[both]
    n = len(before)
    if not n:
        return Change(None, None, None, None, 0)
    changes = after - before
    mean = _ordered_sum(changes) / n
    spread = (math.sqrt(_ordered_sum((changes - mean) * (changes - mean)) / (n - 1))
              if n > 1 else None)
    return Change(_ordered_sum(before) / n, _ordered_sum(after) / n, mean, spread, n)


def _warning(treated: int, comparison: int, min_treated: int, min_comparison: int,
             tr: Translator | None) -> str:
    """Why the figure means nothing yet, in `tr`'s language (default: the window's), or "";
    the reports pass their own language."""
    tr = tr or display()
    parts = []
    if treated < min_treated:
        if min_treated == 1:
            parts.append(tr.gettext("no figure before and after for this person"))
        elif treated == 0:
            parts.append(tr.gettext("nobody had it with figures before and after (at least "
                                    "{minimum} needed)").format(minimum=min_treated))
        else:
            parts.append(tr.ngettext(
                "only {count} person had it with figures before and after (at least {minimum} "
                "needed)", "only {count} people had it with figures before and after (at "
                "least {minimum} needed)", treated).format(count=treated, minimum=min_treated))
    if comparison < min_comparison:
        if comparison == 0:
            parts.append(tr.gettext("no comparable people without it (at least {minimum} "
                                    "needed)").format(minimum=min_comparison))
        else:
            parts.append(tr.ngettext(
                "only {count} comparable person without it (at least {minimum} needed)",
                "only {count} comparable people without it (at least {minimum} needed)",
                comparison).format(count=comparison, minimum=min_comparison))
    return tr.gettext("Too few to say: {reasons}.").format(reasons="; ".join(parts)) \
        if parts else ""


def effect(treated_pairs, comparison_pairs, *, min_treated: int = MIN_PEOPLE,
           min_comparison: int = MIN_PEOPLE, tr: Translator | None = None) -> Effect:
    """The difference-in-differences of treated against comparison people, each given as
    (before, after) pairs. One person's own intervention is judged with `min_treated=1`:
    their change is then weighed against enough comparable people or flagged."""
    return compare(change(treated_pairs), change(comparison_pairs), min_treated=min_treated,
                   min_comparison=min_comparison, tr=tr)


def compare(treated: Change, comparison: Change, *, min_treated: int = MIN_PEOPLE,
            min_comparison: int = MIN_PEOPLE, tr: Translator | None = None) -> Effect:
    """`effect` from the two groups' changes (a comparison group shared by many
    interventions is summed up once)."""
    did = (treated.change - comparison.change
           if treated.change is not None and comparison.change is not None else None)
    warning = _warning(treated.n, comparison.n, min_treated, min_comparison, tr)
    return Effect(treated, comparison, did, bool(warning), warning)


def summarise(differences: Iterable[float | None], comparison_people: int, *,
              minimum: int = MIN_PEOPLE, tr: Translator | None = None) -> Summary:
    """Mean and spread of several interventions' differences (None ones left out), with the
    number of distinct comparison people behind them."""
    values = [d for d in differences if d is not None]
    warning = _warning(len(values), comparison_people, minimum, minimum, tr)
    return Summary(_mean(values), _spread(values), len(values), comparison_people,
                   bool(warning), warning)


def aggregate(rows: Iterable[dict], key: Callable[[dict], object], *,
              minimum: int = MIN_PEOPLE, tr: Translator | None = None) -> dict[object, Summary]:
    """Per group (`key(row)`; None keys left out): the summary of the rows' `did`, counting the
    distinct ids in their `comparison_ids` (a set each; rows that share a comparison group may
    share the set object, which is then counted in once, not once per row)."""
    groups: dict[object, tuple[list, dict]] = {}
    for row in rows:
        group = key(row)
        if group is None:
            continue
        differences, sets = groups.setdefault(group, ([], {}))
        if row["did"] is not None:
            differences.append(row["did"])
            sets.setdefault(id(row["comparison_ids"]), row["comparison_ids"])
    return {group: summarise(differences, len(set().union(*sets.values())), minimum=minimum,
                             tr=tr)
            for group, (differences, sets) in groups.items()}


def verdict(difference: float | None, better: str) -> str | None:
    """"better", "worse" or "no difference" for a measure where `better` is "higher" or
    "lower"."""
    if difference is None:
        return None
    if abs(difference) < SAME:
        return "no difference"
    return "better" if (difference > 0) == (better == "higher") else "worse"
