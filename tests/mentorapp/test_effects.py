"""The what-worked arithmetic checked by hand on a small case."""

import math

import numpy as np
import pytest

from mentorapp import effects

TREATED = [(3, 4), (2, 4), (3, 3), (4, 5), (2, 3)]  # changes 1, 2, 0, 1, 1
COMPARISON = [(3, 3), (4, 4.5), (2, 2), (3, 3.5), (4, 4), (None, 3), (4, None)]


def test_difference_in_differences_by_hand():
    result = effects.effect(TREATED, COMPARISON)
    # treated: before (3+2+3+4+2)/5 = 2.8, after (4+4+3+5+3)/5 = 3.8, change 1.0
    assert result.treated.n == 5
    assert result.treated.before == pytest.approx(2.8)
    assert result.treated.after == pytest.approx(3.8)
    assert result.treated.change == pytest.approx(1.0)
    # sample SD of 1, 2, 0, 1, 1: squares 0+1+1+0+0 = 2, / 4, sqrt
    assert result.treated.spread == pytest.approx(math.sqrt(0.5))
    # comparison: two people lack a window, five count; changes 0, .5, 0, .5, 0 -> 0.2
    assert result.comparison.n == 5
    assert result.comparison.change == pytest.approx(0.2)
    assert result.comparison.spread == pytest.approx(math.sqrt(0.3 / 4))
    assert result.did == pytest.approx(0.8)
    assert not result.too_few and result.warning == ""


def test_too_few_comparison_people_says_so():
    result = effects.effect(TREATED, COMPARISON[:4])
    assert result.did == pytest.approx(1.0 - 0.25)  # the figure is still shown
    assert result.too_few
    assert result.warning == ("Too few to say: only 4 comparable people without it "
                              "(at least 5 needed).")


def test_too_few_treated_and_one_person():
    result = effects.effect(TREATED[:1], COMPARISON[:1])
    assert result.treated.spread is None and result.comparison.spread is None
    assert result.warning == ("Too few to say: only 1 person had it with figures before and "
                              "after (at least 5 needed); only 1 comparable person without it "
                              "(at least 5 needed).")


def test_one_persons_intervention_needs_only_the_comparison():
    assert not effects.effect([(3, 4)], COMPARISON, min_treated=1).too_few
    missing = effects.effect([(None, 4)], COMPARISON, min_treated=1)
    assert missing.did is None and missing.treated.n == 0
    assert missing.warning == "Too few to say: no figure before and after for this person."


def test_nobody_treated_and_the_warning_in_another_language():
    from mentorapp.translations import set_display_language, translator

    assert effects.effect([], COMPARISON[:0]).warning == (
        "Too few to say: nobody had it with figures before and after (at least 5 needed); no "
        "comparable people without it (at least 5 needed).")
    spanish = effects.effect(TREATED[:1], COMPARISON[:4], tr=translator("es")).warning
    assert spanish == ("Muy pocos para concluir: solo 1 persona la recibió con cifras antes y "
                       "después (se necesitan al menos 5); solo 4 personas comparables sin la "
                       "intervención (se necesitan al menos 5).")
    set_display_language("pt_BR")  # the window's language when no translator is given
    try:
        assert effects.summarise([1.0], 0).warning.startswith("Poucos para concluir: apenas 1 ")
    finally:
        set_display_language("en")


def test_aggregate_per_group_counts_distinct_comparison_people():
    rows = [{"program": "A", "did": d, "comparison_ids": {1, 2, 3, 4, 5, 6}}
            for d in (1.0, 0.5, 0.0, 1.5, 1.0)]
    rows += [{"program": "B", "did": 2.0, "comparison_ids": {1, 2}},
             {"program": "B", "did": None, "comparison_ids": {7, 8, 9}},
             {"program": None, "did": 9.0, "comparison_ids": {1}}]
    summaries = effects.aggregate(rows, key=lambda row: row["program"])
    assert set(summaries) == {"A", "B"}
    a = summaries["A"]
    assert (a.mean, a.n, a.comparison_n, a.too_few) == (pytest.approx(0.8), 5, 6, False)
    # deviations .2 -.3 -.8 .7 .2: squares .04 .09 .64 .49 .04 = 1.3, / 4
    assert a.spread == pytest.approx(math.sqrt(1.3 / 4))
    b = summaries["B"]
    assert (b.mean, b.n, b.comparison_n, b.spread) == (2.0, 1, 2, None)
    assert b.too_few and "only 1 person had it" in b.warning


def test_verdict_follows_the_measures_direction():
    assert effects.verdict(-12.0, "lower") == "better"
    assert effects.verdict(-12.0, "higher") == "worse"
    assert effects.verdict(0.0, "higher") == "no difference"
    assert effects.verdict(None, "higher") is None


def test_change_of_arrays_gives_changes_figures_to_the_last_bit():
    """The vectorised form a comparison group of thousands uses: equal (not approximately)
    to `change` over the same people, NaN standing for a missing window."""
    rng = np.random.default_rng(16)
    for size in (0, 1, 2, 7, 50, 3_000):
        before = rng.normal(300, 80, size)
        after = before + rng.normal(-5, 30, size)
        before[rng.random(size) < 0.2] = np.nan
        after[rng.random(size) < 0.2] = np.nan
        pairs = [(None if np.isnan(b) else b, None if np.isnan(a) else a)
                 for b, a in zip(before.tolist(), after.tolist(), strict=True)]
        assert effects.change_of_arrays(before, after) == effects.change(pairs), size
    hand = effects.change_of_arrays(np.array([b if b is not None else np.nan for b, _ in
                                              COMPARISON]),
                                    np.array([a if a is not None else np.nan for _, a in
                                              COMPARISON]))
    assert (hand.n, hand.change) == (5, pytest.approx(0.2))
    assert hand.spread == pytest.approx(math.sqrt(0.3 / 4))


def test_aggregate_counts_a_shared_comparison_set_once_and_its_people_once():
    shared, other = frozenset(range(1000)), frozenset(range(500, 1700))
    rows = [{"g": 1, "did": 1.0, "comparison_ids": shared} for _ in range(10_000)]
    rows.append({"g": 1, "did": 2.0, "comparison_ids": other})
    rows.append({"g": 1, "did": None, "comparison_ids": frozenset({5000})})  # no difference
    summary = effects.aggregate(rows, key=lambda row: row["g"])[1]
    assert (summary.n, summary.comparison_n) == (10_001, 1700)
