"""Readiness arithmetic (mentorapp.readiness), checked by hand on small cases."""

from __future__ import annotations

import datetime as dt

from mentorapp.readiness import (
    CompetencyFacts,
    Facts,
    Requirement,
    TrainingFacts,
    assess,
    improving,
    months_between,
)

TODAY = dt.date(2026, 6, 15)  # the horizon is 2026-12-15
TENURE_12 = Requirement("tenure", "12 months' tenure", 12)
COMMUNICATION = Requirement("competency", "Communication", 4.0, competency=1)
PRODUCT = Requirement("competency", "Product knowledge", 4.0, competency=2)
CERTIFICATE = Requirement("certification", "PCI DSS", program=10)
COURSE = Requirement("training", "Leadership Essentials", program=11)


def facts(hire=dt.date(2025, 1, 10), competencies=None, trainings=None) -> Facts:
    return Facts(hire, competencies or {}, trainings or {})


def statuses(assessment) -> list[str]:
    return [check.status for check in assessment.checks]


def test_months_between_counts_whole_months_only():
    assert months_between(dt.date(2025, 1, 10), TODAY) == 17
    assert months_between(dt.date(2025, 6, 16), TODAY) == 11
    assert months_between(dt.date(2026, 1, 31), dt.date(2026, 2, 28)) == 1
    assert months_between(TODAY, dt.date(2026, 1, 1)) == 0


def test_tenure_met_reached_within_six_months_or_not():
    person = facts(hire=dt.date(2025, 1, 10))  # 17 months
    checks = assess([TENURE_12, Requirement("tenure", "t", 18),
                     Requirement("tenure", "t", 24)], person, TODAY).checks
    assert [c.status for c in checks] == ["met", "soon", "gap"]
    assert checks[1].detail == "17 of 18 months; reached on 2026-07-10"
    assert checks[2].detail == "17 of 24 months; reached on 2027-01-10"
    unknown = assess([TENURE_12], facts(hire=None), TODAY)
    assert statuses(unknown) == ["gap"] and unknown.percent == 0


def test_competency_met_near_and_improving_or_a_gap():
    near_improving = {1: CompetencyFacts(4.2, 12, False), 2: CompetencyFacts(3.6, 8, True)}
    assert statuses(assess([COMMUNICATION, PRODUCT], facts(competencies=near_improving),
                           TODAY)) == ["met", "soon"]
    near_flat = {2: CompetencyFacts(3.6, 8, False)}
    far_improving = {2: CompetencyFacts(3.4, 8, True)}
    for known in (near_flat, far_improving, {}):
        assert statuses(assess([PRODUCT], facts(competencies=known), TODAY)) == ["gap"]
    check = assess([PRODUCT], facts(competencies=near_flat), TODAY).checks[0]
    assert check.detail == "3.60 from 8 ratings (needs 4)"


def test_certification_valid_expiring_expired_and_renewing():
    cases = {
        TrainingFacts(True, dt.date(2027, 3, 1)): "met",
        TrainingFacts(True, dt.date(2026, 9, 1)): "expiring",
        TrainingFacts(True, dt.date(2026, 9, 1), under_way=True): "met",  # being renewed
        TrainingFacts(True, dt.date(2026, 6, 1)): "gap",
        TrainingFacts(True, dt.date(2026, 6, 1), under_way=True): "soon",
        TrainingFacts(True, None): "met",  # a program without a validity never lapses
        TrainingFacts(under_way=True): "soon",
        TrainingFacts(): "gap",
    }
    for held, expected in cases.items():
        found = assess([CERTIFICATE], facts(trainings={10: held}), TODAY)
        assert statuses(found) == [expected], held
    assert statuses(assess([CERTIFICATE], facts(), TODAY)) == ["gap"]


def test_percentage_outlook_and_gaps_by_hand():
    """Five requirements, three met now (tenure, communication, the expiring certificate):
    60 %; not ready now (product knowledge, the course) and not in six months either (the
    course is a gap and the certificate lapses)."""
    person = facts(competencies={1: CompetencyFacts(4.2, 12, False),
                                 2: CompetencyFacts(3.6, 8, True)},
                   trainings={10: TrainingFacts(True, dt.date(2026, 9, 1))})
    found = assess([TENURE_12, COMMUNICATION, PRODUCT, CERTIFICATE, COURSE], person, TODAY)
    assert (found.met, found.total, found.percent) == (3, 5, 60)
    assert not found.ready_now and not found.ready_soon and found.outlook == "not yet"
    assert [(c.requirement.name, c.status) for c in found.gaps] == [
        ("Product knowledge", "soon"), ("Leadership Essentials", "gap"), ("PCI DSS", "expiring")]

    # Enrolled in the course, and the certificate valid beyond the horizon: 3 of 5 still
    # (60 %), but everything missing comes within six months.
    person = facts(competencies=person.competencies,
                   trainings={10: TrainingFacts(True, dt.date(2027, 3, 1)),
                              11: TrainingFacts(under_way=True)})
    found = assess([TENURE_12, COMMUNICATION, PRODUCT, CERTIFICATE, COURSE], person, TODAY)
    assert (found.met, found.percent, found.outlook) == (3, 60, "ready in about 6 months")

    # Two of three: 66 % (rounded down), and a role asking nothing is 100 % and ready now.
    found = assess([TENURE_12, COMMUNICATION, COURSE],
                   facts(competencies={1: CompetencyFacts(4.0, 1, False)}), TODAY)
    assert found.percent == 66
    assert assess([], facts(), TODAY).percent == 100 and assess([], facts(), TODAY).ready_now


def test_an_expiring_certificate_leaves_a_person_ready_now_but_marked():
    person = facts(trainings={10: TrainingFacts(True, dt.date(2026, 9, 1))})
    found = assess([TENURE_12, CERTIFICATE], person, TODAY)
    assert found.ready_now and found.percent == 100
    assert [c.status for c in found.gaps] == ["expiring"]


def test_improving_compares_the_last_six_months_with_before():
    old = [(TODAY - dt.timedelta(days=300), 3.0), (TODAY - dt.timedelta(days=250), 3.0)]
    assert improving([*old, (TODAY - dt.timedelta(days=30), 4.0)], TODAY)
    assert not improving([*old, (TODAY - dt.timedelta(days=30), 3.0)], TODAY)
    assert not improving([(TODAY - dt.timedelta(days=30), 4.0)], TODAY)  # nothing before
    assert not improving(old, TODAY)  # nothing recent
