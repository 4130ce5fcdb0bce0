"""Mentor suggestions and cohort matching from evidence (services.suggestions), both backends."""

import pytest

from mentorapp.errors import ValidationError
from mentorapp.models import AppUser, Mentorship
from mentorapp.services import mentoring, suggestions, users
from tests.records import days_ago, make_evaluation, make_scorecard


def rate(make, person, competency, rating, times=1, source="management", client=None):
    for _ in range(times):
        make.feedback(person, source=source, client=client and client["id"],
                      date=days_ago(10), rating=rating, ratings={competency["id"]: rating})


@pytest.fixture
def company(make):
    """A mentee weak in product knowledge (2 from the client, 3 times) and three mentors: one
    rated 5 on it 20 times, one only declaring it, one rated poorly on it."""
    client = make.client("ShopNest")
    knowledge, empathy = make.competency("Product Knowledge"), make.competency("Customer Empathy")
    mentee = make.staff("Ana", "Reyes", client, site="Cebu")
    rate(make, mentee, knowledge, 2, times=3, source="client", client=client)
    rate(make, mentee, empathy, 5, times=4, source="client", client=client)
    rate(make, mentee, knowledge, 5, source="self")  # not evidence
    strong = make.mentor(make.staff("Strong", "Mentor", client), capacity=2)
    rate(make, {"id": strong["staff"]}, knowledge, 5, times=20)
    declared = make.mentor(make.staff("Says", "So"), capacity=1)
    mentoring.set_expertise(declared["id"], [knowledge["id"]])
    weak = make.mentor(make.staff("Weak", "There"), capacity=4)
    rate(make, {"id": weak["staff"]}, knowledge, 1, times=10)
    return {"client": client, "mentee": mentee, "strong": strong, "declared": declared,
            "weak": weak, "knowledge": knowledge, "empathy": empathy}


def test_the_gap_and_the_right_mentor_first(company):
    result = suggestions.suggest(company["mentee"]["id"])
    gap, = result["gaps"]  # empathy at 5 is no gap; the self rating is not counted
    assert (gap["name"], gap["average"], gap["count"], gap["thin"]) == \
        ("Product Knowledge", 2.0, 3, True)
    assert gap["sources"] == {"client": 3}
    assert [m["mentor"] for m in result["mentors"]] == \
        [company["strong"]["id"], company["declared"]["id"], company["weak"]["id"]]
    best = result["mentors"][0]
    assert best["reasons"] == ["Product Knowledge 5.0 from 20 ratings", "same client",
                               "2 of 2 places free"]
    assert result["mentors"][1]["reasons"][0] == \
        "Product Knowledge: declared expertise, no ratings yet"


def test_qa_items_mapped_to_a_competency_are_evidence(make, company):
    items = [{"section": "Call", "key": "know", "text": "Knew the product", "weight": 1,
              "competency": company["empathy"]["id"]}]
    card = make_scorecard(make, items)
    for _ in range(6):  # six failed QA items on empathy outweigh four 5s from the client
        make_evaluation(make, card, company["mentee"], {"know": "no"})
    make_evaluation(make, card, company["mentee"], {"know": "n/a"})  # no evidence
    gaps = {g["name"]: g for g in suggestions.suggest(company["mentee"]["id"])["gaps"]}
    assert gaps["Customer Empathy"]["count"] == 10
    assert gaps["Customer Empathy"]["sources"] == {"client": 4, "qa": 6}
    assert gaps["Customer Empathy"]["average"] == pytest.approx((4 * 5 + 6 * 1) / 10, abs=0.05)


def test_a_full_mentor_their_team_lead_and_a_current_mentor_are_not_suggested(make,
                                                                                company):
    make.mentorship(company["declared"], make.staff())  # its one place taken
    lead = AppUser.create(login=f"lead{make.n()}", role="mentor",
                          staff=company["strong"]["staff"])
    users.set_reports_to(company["mentee"]["employee_id"], lead.login)
    make.mentorship(company["weak"], company["mentee"], status="proposed")
    mentors = [m["mentor"] for m in suggestions.suggest(company["mentee"]["id"])["mentors"]]
    assert mentors == []


def test_a_person_with_no_evidence_gets_mentors_without_gaps(make, company):
    result = suggestions.suggest(make.staff()["id"])
    assert result["gaps"] == []
    assert len(result["mentors"]) == 3


def test_an_unknown_person_is_one_clear_error(company):
    with pytest.raises(ValidationError, match="no staff member has the id 99999"):
        suggestions.suggest(99999)


def test_a_cohort_never_exceeds_a_capacity_and_gives_the_scarce_mentor_to_who_needs_it(
        make, company):
    knowledge = company["knowledge"]
    intake = [make.staff(f"New{n}", "Hire", company["client"]) for n in range(6)]
    for person in intake[:2]:
        rate(make, person, knowledge, 1, times=5)
    rows = suggestions.propose_cohort([p["id"] for p in intake])
    assert [r["staff"] for r in rows] == [p["id"] for p in intake]
    chosen = [r["mentor"] for r in rows]
    assert chosen.count(company["strong"]["id"]) == 2  # capacity 2
    assert chosen.count(company["declared"]["id"]) == 1
    assert chosen.count(company["weak"]["id"]) == 3
    assert set(chosen[:2]) == {company["strong"]["id"]}  # the two who need product knowledge
    created = suggestions.create_cohort(rows)
    assert len(created) == 6
    assert created[0]["focus"] == "Product Knowledge"
    assert Mentorship.select().where(Mentorship.status == "active").count() == 6


def test_places_run_out_some_stay_unassigned(make, company):
    intake = [make.staff() for _ in range(9)]  # 7 places in all
    rows = suggestions.propose_cohort([p["id"] for p in intake])
    assert sum(r["mentor"] is None for r in rows) == 2
    assert all(r["reasons"] == ["no mentor with a free place fits"]
               for r in rows if r["mentor"] is None)


def test_matching_an_intake_twice_gives_no_one_a_second_mentor(make, company):
    intake = [make.staff() for _ in range(3)]
    ids = [p["id"] for p in intake]
    first = suggestions.propose_cohort(ids[:2])
    assert len(suggestions.create_cohort(first)) == 2
    again = suggestions.propose_cohort(ids)
    assert [(r["staff"], r["mentor"], r["reasons"]) for r in again[:2]] == [
        (ids[0], None, ["already has a mentor"]), (ids[1], None, ["already has a mentor"])]
    assert again[2]["mentor"] is not None  # the one without a mentor is still placed
    assert len(suggestions.create_cohort(again)) == 1
    assert Mentorship.select().where(Mentorship.mentee.in_(ids)).count() == 3


def test_creating_a_cohort_is_all_or_nothing(make, company):
    first, second = make.staff(), make.staff()
    rows = [{"staff": first["id"], "mentor": company["declared"]["id"]},
            {"staff": second["id"], "mentor": company["declared"]["id"]}]  # capacity 1
    with pytest.raises(ValidationError, match="at capacity"):
        suggestions.create_cohort(rows)
    assert Mentorship.select().count() == 0


def test_mentor_choices_are_the_available_mentors_by_name_with_their_free_places(make,
                                                                                   company):
    make.mentorship(company["strong"], make.staff())
    make.mentorship(company["declared"], make.staff(), status="proposed")  # takes no place
    away = make.mentor(make.staff("Away", "Mentor"), capacity=2)
    mentoring.mentors.update(away["id"], active=False)
    choices = suggestions.mentor_choices()
    assert [(c["name"], c["free"], c["capacity"]) for c in choices] == \
        [("Says So", 1, 1), ("Strong Mentor", 1, 2), ("Weak There", 4, 4)]


def test_people_with_employee_ids_in_order_each_once_and_the_unknown_ones(make):
    first, second = make.staff("Ana", "Reyes"), make.staff("Ben", "Cruz")
    people, unknown = suggestions.people_with_employee_ids(
        [second["employee_id"], "nobody", first["employee_id"].lower(), second["employee_id"]])
    assert [(p["id"], p["first_name"]) for p in people] == [(second["id"], "Ben"),
                                                            (first["id"], "Ana")]
    assert unknown == ["nobody"]
