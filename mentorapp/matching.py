"""Mentor matching from evidence: what the ratings say a person is weakest in, how strong the
ratings say a mentor is there, and the best assignment of a whole intake under the mentors'
capacity. Plain values in and out; `services.suggestions` gathers the evidence.

Evidence is a 1-5 rating of a competency (feedback ratings from clients, management and peers;
QA items mapped to a competency, their credit put on the same scale). Recent evidence counts
more: a rating's weight halves every HALF_LIFE_DAYS. A mentor's strength is shrunk towards the
scale's middle by how little evidence there is, so three good ratings are not a verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mentorapp.translations import Translator, display

HALF_LIFE_DAYS = 180
THIN_EVIDENCE = 5  # fewer ratings than this: shown as "little evidence"
GAP_BELOW = 4.0  # a competency averaging under this is a gap worth a mentor
LARGEST_GAP = GAP_BELOW - 1
MIDDLE = 3.0  # the 1-5 scale's middle: what nothing known says
SHRINK = 5  # a mentor's average counts as if SHRINK more ratings at MIDDLE were added
DECLARED = 3.5  # declared expertise with no ratings behind it
SAME_CLIENT_BONUS = 0.15
SAME_SITE_BONUS = 0.05
FREE_PLACES_BONUS = 0.05  # times the share of the mentor's places still free
GAPS_USED = 3


def qa_rating(credit: float) -> float:
    """A QA item's credit (0 to 1, see mentorapp.scorecards) on the 1-5 rating scale."""
    return 1 + 4 * credit


def recency_weight(day: dt.date, today: dt.date) -> float:
    return 0.5 ** (max(0, (today - day).days) / HALF_LIFE_DAYS)


@dataclass(frozen=True)
class Rating:
    competency: int
    rating: float
    day: dt.date
    source: str  # client, management, peer, self, qa ...


@dataclass(frozen=True)
class Figure:
    """What the evidence says of one competency: the recency-weighted average, how many
    ratings it rests on and from which sources."""

    competency: int
    average: float
    count: int
    sources: tuple[tuple[str, int], ...] = ()

    @property
    def thin(self) -> bool:
        return self.count < THIN_EVIDENCE


def figures(ratings: Iterable[Rating], today: dt.date) -> dict[int, Figure]:
    sums: dict[int, list[float]] = {}
    sources: dict[int, dict[str, int]] = {}
    for rating in ratings:
        weight = recency_weight(rating.day, today)
        total = sums.setdefault(rating.competency, [0.0, 0.0, 0])
        total[0] += weight * rating.rating
        total[1] += weight
        total[2] += 1
        by_source = sources.setdefault(rating.competency, {})
        by_source[rating.source] = by_source.get(rating.source, 0) + 1
    return {competency: Figure(competency, weighted / weights, count,
                               tuple(sorted(sources[competency].items())))
            for competency, (weighted, weights, count) in sums.items() if weights > 0}


def gaps(person: dict[int, Figure], limit: int = GAPS_USED) -> list[Figure]:
    """The competencies the evidence says are weakest (under GAP_BELOW), weakest first; of two
    alike, the one with more evidence first."""
    weak = [figure for figure in person.values() if figure.average < GAP_BELOW]
    return sorted(weak, key=lambda f: (round(f.average, 6), -f.count, f.competency))[:limit]


def strength(figure: Figure | None, declared: bool) -> float:
    """A mentor's strength in a competency: their average pulled towards MIDDLE by SHRINK
    phantom ratings, so 4.6 from 38 ratings beats 5.0 from 2; DECLARED with no ratings."""
    if figure is None:
        return DECLARED if declared else MIDDLE
    shrunk = (figure.average * figure.count + MIDDLE * SHRINK) / (figure.count + SHRINK)
    return max(shrunk, DECLARED) if declared else shrunk


@dataclass(frozen=True)
class Mentee:
    """A person to find a mentor for: their gaps and what makes a mentor near or unsuitable."""

    staff: int
    gaps: tuple[Figure, ...]
    client: int | None = None
    site: str = ""
    manager_staff: int | None = None  # their team lead's staff record
    current_mentors: frozenset[int] = frozenset()


@dataclass(frozen=True)
class MentorFacts:
    mentor: int
    name: str
    capacity: int
    taken: int
    staff: int | None = None  # None: an external coach
    client: int | None = None
    site: str = ""
    figures: dict[int, Figure] = field(default_factory=dict)
    declared: frozenset[int] = frozenset()

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.taken)


@dataclass(frozen=True)
class Suggestion:
    mentor: int
    name: str
    score: float
    reasons: tuple[str, ...]


def eligible(mentee: Mentee, mentor: MentorFacts) -> bool:
    """A mentor with a place free who is not the person, their team lead or their mentor."""
    return (mentor.free > 0 and mentor.mentor not in mentee.current_mentors
            and (mentor.staff is None or mentor.staff not in (mentee.staff,
                                                              mentee.manager_staff)))


def _near(mentee: Mentee, mentor: MentorFacts) -> str:
    if mentee.client is not None and mentor.client == mentee.client:
        return "client"
    if mentee.site and mentor.site.casefold() == mentee.site.casefold():
        return "site"
    return ""


def _fit(gaps: Sequence[Figure], mentor: MentorFacts) -> float:
    """The mentor's strength above the middle in each gap (-1..1), times the gap's share of the
    largest gap there can be: closing a big gap counts more, so a cohort match gives a scarce
    strong mentor to whoever needs them most."""
    return sum((GAP_BELOW - gap.average) / LARGEST_GAP
               * (strength(mentor.figures.get(gap.competency), gap.competency in mentor.declared)
                  - MIDDLE) / 2 for gap in gaps)


def _bonus(near: str, mentor: MentorFacts) -> float:
    bonus = {"client": SAME_CLIENT_BONUS, "site": SAME_SITE_BONUS}.get(near, 0.0)
    return bonus + (FREE_PLACES_BONUS * mentor.free / mentor.capacity if mentor.capacity else 0)


def score(mentee: Mentee, mentor: MentorFacts, names: dict[int, str], *,
          tr: Translator | None = None) -> Suggestion | None:
    """How well a mentor fits a mentee (None when they cannot take them), with the reasons
    in words (`tr`'s language; default: the window's): the fit to the gaps (`_fit`), plus a
    little for the same client or site and for free places."""
    if not eligible(mentee, mentor):
        return None
    tr = tr or display()
    _, ngettext = tr.gettext, tr.ngettext
    reasons = []
    for gap in mentee.gaps:
        name = names.get(gap.competency) or _("competency {id}").format(id=gap.competency)
        figure = mentor.figures.get(gap.competency)
        if figure is not None:
            reasons.append(ngettext("{competency} {average} from {count} rating",
                                    "{competency} {average} from {count} ratings",
                                    figure.count).format(competency=name,
                                                         average=_one_decimal(figure.average,
                                                                              tr),
                                                         count=figure.count))
        elif gap.competency in mentor.declared:
            reasons.append(_("{competency}: declared expertise, no ratings yet").format(
                competency=name))
        else:
            reasons.append(_("{competency}: no evidence").format(competency=name))
    near = _near(mentee, mentor)
    if near:
        reasons.append(_("same client") if near == "client" else _("same site"))
    reasons.append(ngettext("{free} of {capacity} place free", "{free} of {capacity} places free",
                            mentor.capacity).format(free=mentor.free, capacity=mentor.capacity))
    value = _fit(mentee.gaps, mentor) + _bonus(near, mentor)
    return Suggestion(mentor.mentor, mentor.name, round(value, 4), tuple(reasons))


def _one_decimal(value: float, tr: Translator) -> str:
    """"4.5", or "4,5" where the decimal sign is a comma (rounded as the English text)."""
    return f"{value:.1f}".replace(".", tr.number_symbols()[1])


def rank(mentee: Mentee, mentors: Iterable[MentorFacts], names: dict[int, str],
         limit: int | None = None, *, tr: Translator | None = None) -> list[Suggestion]:
    """The eligible mentors, best fit first (ties: the name), reasons in `tr`'s language."""
    found = [s for s in (score(mentee, m, names, tr=tr) for m in mentors) if s is not None]
    found.sort(key=lambda s: (-s.score, s.name, s.mentor))
    return found[:limit] if limit is not None else found


def score_matrix(mentees: Sequence[Mentee], mentors: Sequence[MentorFacts]):
    """`score()`'s values for every pair at once (NumPy; NaN where not eligible), so that a
    cohort of thousands is scored in well under a second."""
    import numpy

    competencies = sorted({gap.competency for mentee in mentees for gap in mentee.gaps})
    column = {competency: index for index, competency in enumerate(competencies)}
    sizes = numpy.zeros((len(mentees), len(competencies)))
    for row, mentee in enumerate(mentees):
        for gap in mentee.gaps:
            sizes[row, column[gap.competency]] = (GAP_BELOW - gap.average) / LARGEST_GAP
    strengths = numpy.array([[strength(m.figures.get(c), c in m.declared) for c in competencies]
                             for m in mentors]).reshape(len(mentors), len(competencies))
    fit = sizes @ ((strengths - MIDDLE) / 2).T
    free = numpy.array([FREE_PLACES_BONUS * m.free / m.capacity if m.capacity else 0.0
                        for m in mentors])
    mentee_clients = numpy.array([-1 if m.client is None else m.client for m in mentees])
    mentor_clients = numpy.array([-2 if m.client is None else m.client for m in mentors])
    same_client = mentee_clients[:, None] == mentor_clients[None, :]
    sites = {site: index for index, site in enumerate(
        {m.site.casefold() for m in (*mentees, *mentors) if m.site})}
    mentee_sites = numpy.array([sites[m.site.casefold()] if m.site else -1 for m in mentees])
    mentor_sites = numpy.array([sites[m.site.casefold()] if m.site else -2 for m in mentors])
    same_site = (mentee_sites[:, None] == mentor_sites[None, :]) & ~same_client
    matrix = (fit + free[None, :] + SAME_CLIENT_BONUS * same_client
              + SAME_SITE_BONUS * same_site)
    full = numpy.array([m.free <= 0 for m in mentors])
    matrix[:, full] = numpy.nan
    by_staff = {m.staff: j for j, m in enumerate(mentors) if m.staff is not None}
    by_mentor = {m.mentor: j for j, m in enumerate(mentors)}
    for row, mentee in enumerate(mentees):
        for staff in (mentee.staff, mentee.manager_staff):
            if staff in by_staff:
                matrix[row, by_staff[staff]] = numpy.nan
        for mentor in mentee.current_mentors:
            if mentor in by_mentor:
                matrix[row, by_mentor[mentor]] = numpy.nan
    return matrix.round(4)


def assign(matrix, places: Sequence[int]) -> list[int | None]:
    """The optimal assignment of mentees (rows of `score_matrix`) to mentors (columns): as many
    mentees placed as the eligible pairs allow, and among those the largest total score, with
    no mentor given more than `places[j]`. Each mentor becomes `places[j]` slot columns and
    SciPy's solver (the Hungarian method) picks one slot per mentee; when places run out, the
    mentees whose pairs add least stay unassigned. Returns the mentor column per mentee, or
    None."""
    import numpy
    from scipy.optimize import linear_sum_assignment

    rows_count = matrix.shape[0]
    slots = numpy.array([j for j, count in enumerate(places) for _ in range(max(0, count))],
                        dtype=int)
    if rows_count == 0 or slots.size == 0:
        return [None] * rows_count
    # A forbidden pair costs far more than any score can gain, so the solver first places as
    # many people as it can on allowed pairs, then maximises the score among those ways.
    forbidden = 1e6
    costs = -matrix[:, slots]
    costs[numpy.isnan(costs)] = forbidden
    rows, cols = linear_sum_assignment(costs)
    result: list[int | None] = [None] * rows_count
    for row, slot in zip(rows, cols, strict=True):
        if costs[row, slot] < forbidden:
            result[row] = int(slots[slot])
    return result
