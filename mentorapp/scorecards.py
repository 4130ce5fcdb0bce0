"""Quality scorecards: the score of an evaluation, and the calibration of several evaluators
on one interaction. Plain values in and out; the evaluation services store what this returns.

An item is answered on its scale; its credit is a fraction of its weight (yes 1, partial 0.5,
no 0; 1-5 as 0, .25, .5, .75, 1). N/A leaves the item out of the total, weight and all. A
critical item answered with no credit (its lowest answer: no, or 1 on the 1-5 scale; partial
and 2 do not) fails: it zeroes its section, or the whole evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mentorapp.translations import _

NA = "n/a"
SCALES = {
    "yes_no": {"yes": 1.0, "no": 0.0},
    "yes_partial_no": {"yes": 1.0, "partial": 0.5, "no": 0.0},
    "one_to_five": {str(n): (n - 1) / 4 for n in range(1, 6)},
}
CRITICAL = (None, "section", "evaluation")


@dataclass(frozen=True)
class Item:
    key: str
    text: str
    weight: float = 1.0
    scale: str = "yes_no"
    critical: str | None = None  # None, "section" or "evaluation"
    allow_na: bool = True

    def __post_init__(self):
        if self.scale not in SCALES:
            raise ValueError(_("{key}: the scale must be one of {scales}").format(
                key=self.key, scales=", ".join(SCALES)))
        if self.critical not in CRITICAL:
            raise ValueError(_("{key}: critical is section, evaluation or nothing").format(
                key=self.key))
        if self.weight <= 0:
            raise ValueError(_("{key}: the weight must be above 0").format(key=self.key))

    def credit(self, answer: str) -> float | None:
        """The fraction of the weight an answer earns; None for N/A."""
        answer = str(answer).strip().lower()
        if answer == NA and self.allow_na:
            return None
        choices = SCALES[self.scale]
        if answer not in choices:
            allowed = ", ".join([*choices, *([NA] if self.allow_na else [])])
            raise ValueError(_("{key}: {answer} is not an answer ({allowed})").format(
                key=self.key, answer=repr(answer), allowed=allowed))
        return choices[answer]


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Score:
    """An evaluation's result, in percent (None when every item was N/A)."""

    total: float | None
    sections: dict[str, float | None]
    critical_fails: tuple[str, ...]  # keys of the critical items that failed
    failed_items: tuple[str, ...]  # keys of every item that earned no credit


def check(sections: Sequence[Section]) -> None:
    """Refuse a scorecard with no items or with one item key used twice."""
    keys = [item.key for section in sections for item in section.items]
    if not keys:
        raise ValueError(_("a scorecard needs at least one item"))
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ValueError(_("item keys must be unique: {keys}").format(keys=", ".join(twice)))


def score(sections: Sequence[Section], answers: Mapping[str, str]) -> Score:
    """Score one evaluation; every item of the scorecard must be answered (N/A included)."""
    check(sections)
    missing = [item.key for s in sections for item in s.items if item.key not in answers]
    if missing:
        raise ValueError(_("not answered: {keys}").format(keys=", ".join(missing)))
    earned = weight = 0.0
    section_scores: dict[str, float | None] = {}
    critical_fails: list[str] = []
    failed: list[str] = []
    zero_all = False
    for section in sections:
        answered = [(item, item.credit(answers[item.key])) for item in section.items]
        applicable = [(item, credit) for item, credit in answered if credit is not None]
        failed += [item.key for item, credit in applicable if credit == 0]
        fails = [item for item, credit in applicable if credit == 0 and item.critical]
        critical_fails += [item.key for item in fails]
        zero_all = zero_all or any(item.critical == "evaluation" for item in fails)
        section_weight = sum(item.weight for item, _ in applicable)
        section_earned = 0.0 if fails else sum(item.weight * c for item, c in applicable)
        section_scores[section.title] = (100 * section_earned / section_weight
                                         if section_weight else None)
        earned += section_earned
        weight += section_weight
    if not weight:
        total = None
    else:
        total = 0.0 if zero_all else 100 * earned / weight
    if zero_all:
        section_scores = dict.fromkeys(section_scores, 0.0)
    return Score(total, section_scores, tuple(critical_fails), tuple(failed))


@dataclass(frozen=True)
class Calibration:
    """Several evaluators on one interaction: per item, the spread of their credits (0 = all
    agree, 1 = one gave full credit and another none); per evaluator, the distance of their
    total from the reference total and the share of items where their answer differs."""

    item_spread: dict[str, float]
    distance: dict[str, float]
    disagreement: dict[str, float]
    reference_total: float | None


def calibrate(sections: Sequence[Section], reference: Mapping[str, str],
              evaluations: Mapping[str, Mapping[str, str]]) -> Calibration:
    """Compare each evaluator's answers (`evaluations` by evaluator) with the reference
    (expert) answers on the same interaction."""
    items = [item for section in sections for item in section.items]
    reference_score = score(sections, reference)
    scored = {who: score(sections, answers) for who, answers in evaluations.items()}
    spread = {}
    for item in items:
        given = [item.credit(a[item.key]) for a in (reference, *evaluations.values())]
        given = [c for c in given if c is not None]
        spread[item.key] = max(given) - min(given) if given else 0.0
    distance, disagreement = {}, {}
    for who, answers in evaluations.items():
        total = scored[who].total
        distance[who] = (abs(total - reference_score.total)
                         if None not in (total, reference_score.total) else 0.0)
        differ = [item for item in items if _answer(answers, item) != _answer(reference, item)]
        disagreement[who] = len(differ) / len(items)
    return Calibration(spread, distance, disagreement, reference_score.total)


def _answer(answers: Mapping[str, str], item: Item) -> str:
    return str(answers[item.key]).strip().lower()

