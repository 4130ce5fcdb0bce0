"""Mentor matching arithmetic (mentorapp.matching), checked by hand and against brute force."""

import datetime as dt
import itertools
import math
import random

import numpy
import pytest

from mentorapp import matching
from mentorapp.matching import Figure, Mentee, MentorFacts, Rating

TODAY = dt.date(2026, 6, 30)


def test_recent_ratings_weigh_more_halving_every_half_life():
    old = TODAY - dt.timedelta(days=matching.HALF_LIFE_DAYS)
    result = matching.figures([Rating(1, 2, old, "client"), Rating(1, 5, TODAY, "qa"),
                               Rating(1, 5, TODAY, "qa")], TODAY)[1]
    # weights 0.5, 1, 1: (0.5*2 + 5 + 5) / 2.5 = 4.4
    assert result.average == pytest.approx(4.4)
    assert result.count == 3
    assert dict(result.sources) == {"client": 1, "qa": 2}
    assert result.thin  # three ratings are not a verdict


def test_a_qa_credit_goes_on_the_rating_scale():
    assert [matching.qa_rating(c) for c in (0, 0.5, 1)] == [1, 3, 5]


def test_gaps_are_the_weakest_under_the_bar_weakest_first():
    person = {1: Figure(1, 3.0, 10), 2: Figure(2, 2.0, 3), 3: Figure(3, 4.5, 9),
              4: Figure(4, 3.0, 20), 5: Figure(5, 3.9, 1)}
    assert [g.competency for g in matching.gaps(person)] == [2, 4, 1]
    assert [g.competency for g in matching.gaps(person, limit=5)] == [2, 4, 1, 5]


def test_much_evidence_beats_a_perfect_score_from_little():
    many = matching.strength(Figure(1, 4.6, 38), declared=False)
    few = matching.strength(Figure(1, 5.0, 2), declared=False)
    assert many == pytest.approx((4.6 * 38 + 3 * 5) / 43)
    assert few == pytest.approx((5.0 * 2 + 3 * 5) / 7)
    assert many > few
    assert matching.strength(None, declared=True) == matching.DECLARED
    assert matching.strength(None, declared=False) == matching.MIDDLE


def facts(mentor, **values):
    return MentorFacts(**{"mentor": mentor, "name": f"Mentor {mentor}", "capacity": 3,
                          "taken": 0, "staff": 100 + mentor, **values})


def test_score_explains_itself_and_adds_up():
    gap = Figure(7, 2.5, 6)
    mentee = Mentee(staff=1, gaps=(gap,), client=9, site="Cebu")
    mentor = facts(1, taken=2, client=9, figures={7: Figure(7, 4.6, 38)})
    result = matching.score(mentee, mentor, {7: "Product knowledge"})
    strength = (4.6 * 38 + 15) / 43
    expected = (1.5 / 3) * (strength - 3) / 2 + matching.SAME_CLIENT_BONUS \
        + matching.FREE_PLACES_BONUS / 3
    assert result.score == pytest.approx(expected, abs=1e-4)
    assert result.reasons == ("Product knowledge 4.6 from 38 ratings", "same client",
                              "1 of 3 places free")


@pytest.mark.parametrize("change", [
    {"taken": 3},  # full
    {"staff": 1},  # the person themself
    {"staff": 55},  # their team lead
])
def test_who_cannot_be_suggested(change):
    mentee = Mentee(staff=1, gaps=(Figure(7, 2.0, 9),), manager_staff=55)
    assert matching.score(mentee, facts(1, **change), {}) is None


def test_a_current_mentor_is_not_suggested_again():
    mentee = Mentee(staff=1, gaps=(), current_mentors=frozenset({4}))
    assert matching.score(mentee, facts(4), {}) is None
    assert matching.score(mentee, facts(5), {}) is not None


def test_rank_puts_the_evidence_strong_mentor_first():
    mentee = Mentee(staff=1, gaps=(Figure(7, 2.0, 12),))
    mentors = [facts(1, declared=frozenset({7})),  # says so, no ratings
               facts(2, figures={7: Figure(7, 4.7, 30)}),
               facts(3, figures={7: Figure(7, 2.1, 30)}),
               facts(4, figures={7: Figure(7, 5.0, 1)})]
    assert [s.mentor for s in matching.rank(mentee, mentors, {})] == [2, 1, 4, 3]


def random_case(rng, mentees=7, mentors=4):
    competencies = range(1, 5)
    people = [Mentee(staff=i, gaps=tuple(Figure(c, rng.uniform(1, 3.9), rng.randint(1, 20))
                                         for c in rng.sample(competencies, rng.randint(0, 3))),
                     client=rng.choice([None, 1, 2]),
                     site=rng.choice(["", "Cebu", "cebu", "Davao"]),
                     manager_staff=rng.choice([None, 1000, 1001]),
                     current_mentors=frozenset(rng.sample(range(1, mentors + 1),
                                                          rng.randint(0, 1))))
              for i in range(1, mentees + 1)]
    coaches = [MentorFacts(mentor=j, name=f"M{j}", capacity=rng.randint(1, 3),
                           taken=rng.randint(0, 2), staff=999 + j if rng.random() < .8 else None,
                           client=rng.choice([None, 1, 2]), site=rng.choice(["", "Cebu", "Davao"]),
                           figures={c: Figure(c, rng.uniform(1, 5), rng.randint(1, 40))
                                    for c in rng.sample(competencies, rng.randint(0, 4))},
                           declared=frozenset(rng.sample(competencies, rng.randint(0, 2))))
               for j in range(1, mentors + 1)]
    return people, coaches


@pytest.mark.parametrize("seed", range(5))
def test_the_matrix_holds_the_same_scores_as_one_by_one(seed):
    people, coaches = random_case(random.Random(seed))
    matrix = matching.score_matrix(people, coaches)
    for i, j in itertools.product(range(len(people)), range(len(coaches))):
        one = matching.score(people[i], coaches[j], {})
        if one is None:
            assert math.isnan(matrix[i, j])
        else:
            assert matrix[i, j] == pytest.approx(one.score, abs=2e-4)


def brute_force(matrix, places):
    """The best (placed, total) over every assignment, by trying them all."""
    best = (-1, -math.inf)
    options = [None, *range(matrix.shape[1])]
    for choice in itertools.product(options, repeat=matrix.shape[0]):
        used = [choice.count(j) for j in range(matrix.shape[1])]
        if any(u > p for u, p in zip(used, places, strict=True)):
            continue
        pairs = [(i, j) for i, j in enumerate(choice) if j is not None]
        if any(numpy.isnan(matrix[i, j]) for i, j in pairs):
            continue
        best = max(best, (len(pairs), round(sum(matrix[i, j] for i, j in pairs), 6)))
    return best


@pytest.mark.parametrize("seed", range(8))
def test_the_assignment_is_optimal_and_never_overfills_a_mentor(seed):
    rng = random.Random(seed)
    people, coaches = random_case(rng, mentees=rng.randint(3, 6), mentors=3)
    matrix = matching.score_matrix(people, coaches)
    places = [c.free for c in coaches]
    chosen = matching.assign(matrix, places)
    for j, place in enumerate(places):
        assert chosen.count(j) <= place
    assert all(not numpy.isnan(matrix[i, j]) for i, j in enumerate(chosen) if j is not None)
    placed = [(i, j) for i, j in enumerate(chosen) if j is not None]
    assert (len(placed), round(sum(matrix[i, j] for i, j in placed), 6)) == \
        brute_force(matrix, places)


def test_greedy_first_come_would_do_worse():
    # The first mentee is a little better with mentor 0, the second needs mentor 0 badly.
    matrix = numpy.array([[0.5, 0.4], [0.9, -0.5]])
    assert matching.assign(matrix, [1, 1]) == [1, 0]


def test_nobody_to_assign_or_no_places():
    assert matching.assign(numpy.zeros((2, 2)), [0, 0]) == [None, None]
    assert matching.assign(numpy.zeros((0, 2)), [1, 1]) == []
    assert matching.assign(numpy.full((1, 1), numpy.nan), [1]) == [None]
