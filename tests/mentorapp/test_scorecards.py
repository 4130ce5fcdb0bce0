"""Evaluation scores and calibration checked against figures worked out by hand."""

import pytest

from mentorapp.scorecards import Item, Section, calibrate, score

CARD = (
    Section("Opening", (
        Item("greet", "Greets by name", weight=2),
        Item("verify", "Verifies identity", weight=3, critical="evaluation"),
    )),
    Section("Resolution", (
        Item("solve", "Solves the problem", weight=5, scale="yes_partial_no"),
        Item("tone", "Tone", weight=2, scale="one_to_five"),
        Item("offer", "Offers the upgrade", weight=1, critical="section"),
    )),
)
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5", "offer": "yes"}


def test_full_marks():
    result = score(CARD, ALL_YES)
    assert result.total == 100
    assert result.sections == {"Opening": 100, "Resolution": 100}
    assert result.critical_fails == () and result.failed_items == ()


def test_weights_partial_and_scale_credits():
    # Opening: greet no (0 of 2), verify yes (3 of 3) = 3/5. Resolution: solve partial
    # (2.5 of 5), tone 4 (0.75 x 2 = 1.5), offer yes (1) = 5/8. Total 8/13.
    answers = {**ALL_YES, "greet": "no", "solve": "partial", "tone": "4"}
    result = score(CARD, answers)
    assert result.sections == {"Opening": pytest.approx(60), "Resolution": pytest.approx(62.5)}
    assert result.total == pytest.approx(100 * 8 / 13)
    assert result.failed_items == ("greet",)


def test_not_applicable_leaves_the_item_out_weight_and_all():
    # Without tone, Resolution is solve (5) and offer (1): 6 of 6; Opening 3 of 5.
    answers = {**ALL_YES, "greet": "no", "tone": "N/A"}
    result = score(CARD, answers)
    assert result.sections["Resolution"] == 100
    assert result.total == pytest.approx(100 * (3 + 6) / (5 + 6))  # 11 not 13 points


def test_a_failed_section_critical_zeroes_its_section_only():
    # offer fails: Resolution counts 0 of 8; Opening 5 of 5. Total 5/13.
    result = score(CARD, {**ALL_YES, "offer": "no"})
    assert result.sections == {"Opening": 100, "Resolution": 0}
    assert result.total == pytest.approx(100 * 5 / 13)
    assert result.critical_fails == ("offer",)


def test_a_failed_evaluation_critical_zeroes_everything():
    result = score(CARD, {**ALL_YES, "verify": "no"})
    assert result.total == 0
    assert result.sections == {"Opening": 0, "Resolution": 0}
    assert result.critical_fails == ("verify",)


def test_a_critical_item_fails_only_on_its_lowest_answer():
    """The rule the editor and the form state: No, or 1 on the 1-5 scale (2 earns a
    quarter of the weight and fails nothing)."""
    card = (Section("S", (Item("a", "A", weight=1),
                          Item("c", "C", weight=1, scale="one_to_five",
                               critical="evaluation"))),)
    kept = score(card, {"a": "yes", "c": "2"})
    assert (kept.total, kept.critical_fails) == (62.5, ())
    failed = score(card, {"a": "yes", "c": "1"})
    assert (failed.total, failed.critical_fails) == (0, ("c",))
    partial = (Section("S", (Item("p", "P", scale="yes_partial_no", critical="evaluation"),)),)
    assert score(partial, {"p": "partial"}).total == 50
    assert score(partial, {"p": "no"}).critical_fails == ("p",)


def test_a_critical_item_marked_not_applicable_does_not_fail():
    assert score(CARD, {**ALL_YES, "verify": "n/a"}).total == 100


def test_every_item_not_applicable_gives_no_score():
    result = score(CARD, dict.fromkeys(ALL_YES, "n/a"))
    assert result.total is None and result.sections == {"Opening": None, "Resolution": None}


def test_bad_answers_and_missing_items_are_named():
    with pytest.raises(ValueError, match="tone: 'great' is not an answer"):
        score(CARD, {**ALL_YES, "tone": "great"})
    with pytest.raises(ValueError, match="not answered: solve, offer"):
        score(CARD, {"greet": "yes", "verify": "yes", "tone": "3"})
    strict = (Section("S", (Item("x", "X", allow_na=False),)),)
    with pytest.raises(ValueError, match=r"'n/a' is not an answer \(yes, no\)"):
        score(strict, {"x": "n/a"})


def test_a_scorecard_with_a_key_twice_is_refused():
    with pytest.raises(ValueError, match="unique: greet"):
        score((*CARD, Section("Again", (Item("greet", "Greets"),))), ALL_YES)


def test_calibration_spread_and_distance_from_the_reference():
    reference = {**ALL_YES, "tone": "4"}  # 100 * 12.5 / 13 = 96.15
    evaluations = {
        "eve": {**ALL_YES, "tone": "4"},  # agrees on every item
        "sam": {**ALL_YES, "solve": "partial", "tone": "2"},  # 13 - 2.5 - 1.5 = 9 of 13
        "kim": {**ALL_YES, "tone": "n/a", "offer": "no"},  # Resolution zeroed: 5 of 11
    }
    result = calibrate(CARD, reference, evaluations)
    assert result.reference_total == pytest.approx(100 * 12.5 / 13)
    assert result.distance["eve"] == 0
    assert result.distance["sam"] == pytest.approx(100 * 12.5 / 13 - 100 * 9 / 13)
    assert result.distance["kim"] == pytest.approx(100 * 12.5 / 13 - 100 * 5 / 11)
    assert result.item_spread == {"greet": 0, "verify": 0, "solve": 0.5,
                                  "tone": pytest.approx(0.5), "offer": 1}
    assert result.disagreement == {"eve": 0, "sam": pytest.approx(2 / 5),
                                   "kim": pytest.approx(2 / 5)}
