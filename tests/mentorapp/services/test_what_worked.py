"""What worked (issue 16): interventions, their windows, the comparison group and the
difference-in-differences against a hand computation, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from records import make_kpi_metric, make_kpi_values

from mentorapp.services import evidence as session_evidence
from mentorapp.services import feedback, mentoring, staff, what_worked

PLACED = dt.date(2025, 1, 1)
TRAINED = dt.date(2026, 5, 15)  # before: Feb-Apr 2026, after: Jun-Aug 2026


def rate(person, day, *ratings, competencies):
    feedback.create(staff=person["id"], source="management", date=day,
                    ratings=dict(zip(competencies, ratings, strict=False)))


@pytest.fixture
def case(make):
    """Ana trained in May; five comparable agents; three who must not count."""
    client = make.client("Acme")
    ana = make.staff("Ana", "Cruz", client, role="Agent", since=PLACED)
    peers = [make.staff(f"Peer{i}", "Agent", client, role="Agent", since=PLACED)
             for i in range(5)]
    other_role = make.staff("Bea", "Billing", client, role="Billing", since=PLACED)
    late = make.staff("Cai", "Late", client, role="Agent", since=dt.date(2026, 4, 1))
    also_trained = make.staff("Dev", "Trained", client, role="Agent", since=PLACED)
    program = make.program("Call control")
    make.enrollment(ana, program, status="completed", completed_date=TRAINED)
    make.enrollment(also_trained, make.program("Other"), status="completed",
                    completed_date=dt.date(2026, 7, 2))
    aht = make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower",
                          target=300, rollup="average")
    comp = make.competency_ids()[:2]
    # Ana: ratings 2 and 3 in March (2.5), 4 in July: +1.5
    rate(ana, dt.date(2026, 3, 10), 2, 3, competencies=comp)
    rate(ana, dt.date(2026, 5, 20), 1, competencies=comp)  # the change-over month: left out
    rate(ana, dt.date(2026, 7, 10), 4, competencies=comp)
    # AHT: Feb-Apr 400, 380, 360 (mean 380); Jun-Jul 300, 300 (Aug none): -80
    make_kpi_values(aht, ana, [(dt.date(2026, 2, 3), 400), (dt.date(2026, 3, 3), 380),
                               (dt.date(2026, 4, 3), 360), (dt.date(2026, 5, 20), 100),
                               (dt.date(2026, 6, 3), 300), (dt.date(2026, 7, 3), 300)])
    # peers: ratings 3 -> 3, except the last 3 -> 4 (mean change 0.2); AHT 400 -> 390 (-10)
    for i, peer in enumerate(peers):
        rate(peer, dt.date(2026, 2, 10), 3, competencies=comp)
        rate(peer, dt.date(2026, 8, 10), 4 if i == 4 else 3, competencies=comp)
        make_kpi_values(aht, peer, [(dt.date(2026, 4, 1), 400), (dt.date(2026, 6, 1), 390)])
    for outsider in (other_role, late, also_trained):  # would pull the comparison down a lot
        rate(outsider, dt.date(2026, 4, 10), 5, competencies=comp)
        rate(outsider, dt.date(2026, 6, 10), 1, competencies=comp)
        make_kpi_values(aht, outsider, [(dt.date(2026, 4, 1), 100), (dt.date(2026, 6, 1), 900)])
    return {"client": client, "ana": ana, "peers": peers, "program": program, "aht": aht,
            "comp": comp}


def rows_of(result, kind="training"):
    return {row["measure"]: row for row in result["rows"] if row["kind"] == kind}


def test_windows_are_equal_whole_months_around_the_intervention_month():
    assert what_worked.windows(dt.date(2026, 1, 31)) == (
        (dt.date(2025, 10, 1), dt.date(2025, 12, 31)), (dt.date(2026, 2, 1),
                                                         dt.date(2026, 4, 30)))


def test_a_training_against_its_comparison_group_by_hand(db, case):
    result = what_worked.compute(dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    rows = rows_of(result)
    assert set(rows) == {"Competency rating", "Quality score", "AHT"}
    rating = rows["Competency rating"]
    assert (rating["staff_name"], rating["client"], rating["role"], rating["label"]) == (
        "Ana Cruz", "Acme", "Agent", "Training: Call control")
    assert (rating["before_from"], rating["before_to"], rating["after_from"],
            rating["after_to"]) == (dt.date(2026, 2, 1), dt.date(2026, 4, 30),
                                    dt.date(2026, 6, 1), dt.date(2026, 8, 31))
    assert (rating["before"], rating["after"], rating["change"]) == (2.5, 4.0, 1.5)
    assert rating["comparison_n"] == 5  # not Bea (role), Cai (placed late), Dev (trained)
    assert rating["comparison_before"] == pytest.approx(3.0)
    assert rating["comparison_after"] == pytest.approx(3.2)
    assert rating["comparison_change"] == pytest.approx(0.2)
    assert rating["did"] == pytest.approx(1.3)
    assert (rating["verdict"], rating["too_few"], rating["warning"]) == ("better", False, "")
    aht = rows["AHT"]
    assert (aht["before"], aht["after"], aht["change"]) == (380, 300, -80)
    assert aht["comparison_change"] == pytest.approx(-10)
    assert aht["did"] == pytest.approx(-70)
    assert (aht["verdict"], aht["unit"]) == ("better", "seconds")  # lower is better
    quality = rows["Quality score"]  # no evaluations at all
    assert quality["did"] is None and quality["too_few"]
    assert quality["warning"] == ("Too few to say: no figure before and after for this person;"
                                  " no comparable people without it (at least 5 needed).")


def test_too_few_comparison_people_gives_the_plain_warning(db, case, make):
    small = make.client("Tiny")
    bo = make.staff("Bo", "Small", small, role="Agent", since=PLACED)
    peers = [make.staff(f"Few{i}", "Agent", small, role="Agent", since=PLACED) for i in range(2)]
    make.enrollment(bo, case["program"], status="completed", completed_date=TRAINED)
    for person in (bo, *peers):
        rate(person, dt.date(2026, 3, 1), 3, competencies=case["comp"])
        rate(person, dt.date(2026, 7, 1), 4, competencies=case["comp"])
    result = what_worked.compute(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                 client_id=small["id"])
    assert {row["staff_name"] for row in result["rows"]} == {"Bo Small"}
    rating = rows_of(result)["Competency rating"]
    assert (rating["did"], rating["comparison_n"], rating["too_few"]) == (0.0, 2, True)
    assert rating["warning"] == ("Too few to say: only 2 comparable people without it "
                                 "(at least 5 needed).")
    assert rating["verdict"] == "too few to say"  # not "no difference": nothing is claimed


def test_a_difference_that_shows_as_zero_is_no_difference(db, case, make):
    """CSAT (percent, one decimal): Ana 80.00 -> 80.04, her peers 80 -> 80. The difference
    +0.04 reads "+0.0 pts", so it is neither better nor worse; -0.04 reads "+0.0" too."""
    csat = make_kpi_metric(make, case["client"], name="CSAT", unit="percent", decimals=1)
    make_kpi_values(csat, case["ana"], [(dt.date(2026, 3, 3), 80.0), (dt.date(2026, 7, 3), 80.04)])
    for peer in case["peers"]:
        make_kpi_values(csat, peer, [(dt.date(2026, 3, 3), 80.0), (dt.date(2026, 7, 3), 80.0)])
    row = rows_of(what_worked.compute(dt.date(2026, 5, 1), dt.date(2026, 5, 31)))["CSAT"]
    assert (row["did"], row["too_few"]) == (pytest.approx(0.04), False)
    assert what_worked.difference_text(row["did"], row["unit"], row["decimals"]) == "+0.0 pts"
    assert row["verdict"] == "no difference"
    assert what_worked.difference_text(-0.04, "percent", 1) == "+0.0 pts"
    assert what_worked.verdict(0.06, row, False) == "better"
    assert what_worked.verdict(-0.06, row, False) == "worse"


def test_summaries_per_program_and_client_say_when_they_are_too_few(db, case):
    result = what_worked.compute(dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    program = {s["measure"]: s for s in result["by_program"]}["AHT"]
    assert (program["program"], program["mean"], program["n"], program["comparison_n"]) == (
        "Call control", pytest.approx(-70), 1, 5)
    assert program["spread"] is None and program["too_few"]
    assert program["warning"].startswith("Too few to say: only 1 person had it")
    assert program["verdict"] == "too few to say"  # not "better", for all its -70
    client = {s["measure"]: s for s in result["by_client"]}["AHT"]
    assert (client["client"], client["kind"], client["n"]) == ("Acme", "training", 1)


def test_mentorship_and_coaching_session_by_mentor(db, case, make):
    mentor = make.mentor(make.staff("Max", "Mentor"))
    ship = make.mentorship(mentor, case["ana"], start_date=dt.date(2026, 5, 3))
    session = mentoring.log_session(ship["id"], date=dt.date(2026, 5, 20), topics="AHT")
    session_evidence.cite(session["id"], metric=case["aht"]["id"])
    mentoring.log_session(ship["id"], date=dt.date(2026, 5, 27), topics="no evidence cited")
    result = what_worked.compute(dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    coaching = rows_of(result, "coaching")
    assert list(coaching) == ["AHT"]  # only what the session cites
    assert coaching["AHT"]["label"] == "Coaching session with Max Mentor"
    # Dev, trained in July, had no coaching or mentorship: he compares here, AHT 100 -> 900;
    # the comparison change is (5 * -10 + 800) / 6 = 125, so -80 - 125 = -205
    assert coaching["AHT"]["comparison_n"] == 6
    assert coaching["AHT"]["did"] == pytest.approx(-205)
    assert set(rows_of(result, "mentorship")) == {"Competency rating", "Quality score", "AHT"}
    assert rows_of(result, "mentorship")["AHT"]["did"] == pytest.approx(-205)
    mentors = {(s["kind"], s["measure"]): s for s in result["by_mentor"]}
    assert mentors[("coaching", "AHT")]["mentor"] == "Max Mentor"


def test_for_staff_lists_one_persons_interventions_newest_first(db, case, make):
    rows = what_worked.for_staff(case["ana"]["id"], today=dt.date(2026, 9, 30))
    assert {row["staff_name"] for row in rows} == {"Ana Cruz"}
    assert {row["measure"]: row["did"] for row in rows}["AHT"] == pytest.approx(-70)
    assert what_worked.for_staff(case["peers"][0]["id"], today=dt.date(2026, 9, 30)) == []


def test_a_profile_gives_the_figures_of_the_whole_companys_computation(db, case, make):
    """A profile reads only the people placed in the person's roles on their accounts (the
    only ones compared with them): each person's rows are the company-wide computation's,
    also after a move to another account and role. Peer 1, a lead on Bolt since June 2025,
    trained in June 2026: rated 3 in March, 3 and 4 in August (+0.5); the three other leads
    3 -> 3: +0.5."""
    bolt = make.client("Bolt")
    staff.assign(case["peers"][1]["id"], bolt["id"], "Lead", dt.date(2025, 6, 1))
    leads = [make.staff(f"Lead{i}", "Bolt", bolt, role="Lead", since=PLACED) for i in range(3)]
    make.enrollment(case["peers"][1], case["program"], status="completed",
                    completed_date=dt.date(2026, 6, 10))
    for i, person in enumerate([case["peers"][1], *leads]):
        rate(person, dt.date(2026, 3, 10), 3, competencies=case["comp"])
        rate(person, dt.date(2026, 8, 10), 3 + (i == 0), competencies=case["comp"])
    today = dt.date(2026, 12, 31)
    company = what_worked.compute(today - dt.timedelta(days=730), today)["rows"]
    people = [case["ana"], case["peers"][1], *case["peers"], *leads]
    for person in people:
        mine = what_worked.for_staff(person["id"], today=today)
        assert mine == sorted((row for row in company if row["staff_id"] == person["id"]),
                              key=lambda r: (r["date"], r["kind"], r["id"]), reverse=True)
    moved = rows_of({"rows": what_worked.for_staff(case["peers"][1]["id"], today=today)})
    rating = moved["Competency rating"]
    assert (rating["client"], rating["role"], rating["comparison_n"]) == ("Bolt", "Lead", 3)
    assert rating["did"] == pytest.approx(0.5)
