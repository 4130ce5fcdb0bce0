"""Role ladders, readiness and bench strength (services.readiness), on both backends."""

import datetime as dt

import pytest

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.services import readiness, staff
from tests.records import days_ago


def rate(make, person, competency, rating, times=1):
    for _ in range(times):
        make.feedback(person, source="management", date=days_ago(10), rating=rating,
                      ratings={competency["id"]: rating})


def test_roles_are_unique_per_ladder_and_never_go_round(make):
    client = make.client("ShopNest")
    agent = readiness.create_role(name="Agent", level=1)
    senior = readiness.create_role(name="Senior agent", level=2)
    readiness.update_role(agent["id"], next_role=senior["id"])
    with pytest.raises(ValidationError, match="already a role of the company ladder"):
        readiness.create_role(name=" agent ")
    tier = readiness.create_role(name="Agent", client=client["id"], level=2)  # the account's
    with pytest.raises(ValidationError, match="circle"):
        readiness.update_role(senior["id"], next_role=agent["id"])
    other = make.client("Finlo")
    with pytest.raises(ValidationError, match="another client"):
        readiness.create_role(name="Tier 3", client=other["id"], next_role=tier["id"])
    assert readiness.find_role("AGENT", client["id"])["id"] == tier["id"]
    assert readiness.find_role("agent", other["id"])["id"] == agent["id"]
    with pytest.raises(NotFoundError):
        readiness.find_role("Nobody")
    names = [(r["client_name"], r["name"], r["next_role_name"])
             for r in readiness.list_roles(client["id"])]
    assert names == [("", "Agent", "Senior agent"), ("", "Senior agent", ""),
                     ("ShopNest", "Agent", "")]


def test_a_ladder_never_steps_down(make):
    """The next role is not below this one, nor a role moved below one that leads to it
    (an Operations Manager at level 4 was given a level-1 next role)."""
    agent = readiness.create_role(name="Agent", level=1)
    manager = readiness.create_role(name="Operations manager", level=4)
    with pytest.raises(ValidationError, match="'Agent' is at level 1, below this role's 4"):
        readiness.update_role(manager["id"], next_role=agent["id"])
    with pytest.raises(ValidationError, match="below this role's 5"):
        readiness.create_role(name="Director", level=5, next_role=manager["id"])
    readiness.update_role(agent["id"], next_role=manager["id"])  # a step up: fine
    readiness.create_role(name="Agent, chat", level=2, next_role=manager["id"])
    with pytest.raises(ValidationError) as caught:
        readiness.update_role(manager["id"], level=1)
    assert caught.value.field == "level"
    assert str(caught.value).endswith("'Agent, chat' (level 2) leads to this role: its level "
                                      "must be at least 2")
    assert readiness.update_role(manager["id"], level=2)["level"] == 2  # level with it: fine


def test_requirements_are_checked_and_replaced(make):
    role = readiness.create_role(name="Team lead", level=3)
    talk = make.competency("Communication")
    course = make.program("Leadership Essentials")
    saved = readiness.set_requirements(role["id"], [
        {"kind": "training", "program": course["id"]},
        {"kind": "competency", "competency": talk["id"], "minimum": 4}])
    assert [(r["kind"], r["name"], r["minimum"]) for r in saved["requirements"]] == [
        ("competency", "Communication", 4.0), ("training", "Leadership Essentials", None)]
    with pytest.raises(ValidationError, match="minimum rating"):
        readiness.set_requirements(role["id"], [{"kind": "competency",
                                                 "competency": talk["id"], "minimum": 6}])
    with pytest.raises(ValidationError, match="twice"):
        readiness.set_requirements(role["id"], [{"kind": "training", "program": course["id"]},
                                                {"kind": "certification",
                                                 "program": course["id"]}])
    with pytest.raises(ValidationError, match="not one of"):
        readiness.set_requirements(role["id"], [{"kind": "degree", "program": course["id"]}])
    assert len(readiness.get_role(role["id"])["requirements"]) == 2  # nothing half-saved


@pytest.fixture
def ladder(make):
    """Agent -> Senior agent, which asks 12 months' tenure, Communication 4, Product Knowledge
    4, a valid PCI certificate (12 months' validity) and the Escalations course."""
    talk, knowledge = make.competency("Communication"), make.competency("Product Knowledge")
    pci = make.program("PCI DSS", type="certification", validity_months=12)
    course = make.program("Escalations")
    senior = readiness.create_role(name="Senior agent", level=2, min_tenure_months=12)
    readiness.set_requirements(senior["id"], [
        {"kind": "competency", "competency": talk["id"], "minimum": 4},
        {"kind": "competency", "competency": knowledge["id"], "minimum": 4},
        {"kind": "certification", "program": pci["id"]},
        {"kind": "training", "program": course["id"]}])
    agent = readiness.create_role(name="Agent", level=1, next_role=senior["id"])
    return {"talk": talk, "knowledge": knowledge, "pci": pci, "course": course,
            "senior": senior, "agent": agent}


def test_readiness_for_the_next_role_by_hand(make, ladder):
    """Five requirements; met now: tenure (about 16 months), Communication (5.0) and the
    certificate (valid, but it lapses in about two months): 3 of 5 = 60 %. Gaps: Product
    Knowledge (2.0; the strong mentor closes it), the course, then the lapsing certificate."""
    client = make.client("ShopNest")
    person = make.staff("Ana", "Reyes", client, role="Agent", hire_date=days_ago(490))
    rate(make, person, ladder["talk"], 5, times=3)
    rate(make, person, ladder["knowledge"], 2, times=3)
    make.enrollment(person, ladder["pci"], status="completed", completed_date=days_ago(300))
    mentor = make.mentor(make.staff("Strong", "Mentor", client), capacity=2)
    rate(make, {"id": mentor["staff"]}, ladder["knowledge"], 5, times=6)

    result = readiness.readiness(person["id"])
    assert result["current_role"]["name"] == "Agent"
    assert result["role"]["name"] == "Senior agent"
    assert (result["met"], result["total"], result["percent"]) == (3, 5, 60)
    assert result["outlook"] == "not yet" and not result["ready_now"]
    assert [(g["name"], g["status"]) for g in result["gaps"]] == [
        ("Product Knowledge", "gap"), ("Escalations", "gap"), ("PCI DSS", "expiring")]
    knowledge, course, pci = result["gaps"]
    assert knowledge["detail"] == "2.00 from 3 ratings (needs 4)"
    assert knowledge["closer"].startswith("Mentor: Strong Mentor (Product Knowledge 5.0 from 6")
    assert course["closer"] == "Training: complete Escalations"
    assert pci["closer"] == "Training: renew PCI DSS"

    # Enrolled in the course, and better at product knowledge lately (five 5s this week, one 2
    # a year ago: 3.84 weighted, within 0.5 of 4, the last six months averaging 3.9 against
    # 2.0 before): still 60 % now, everything within six months but the lapsing certificate.
    make.enrollment(person, ladder["course"], status="in_progress", start_date=days_ago(5))
    for _ in range(5):
        make.feedback(person, source="management", date=days_ago(3), rating=5,
                      ratings={ladder["knowledge"]["id"]: 5})
    make.feedback(person, source="management", date=days_ago(400), rating=2,
                  ratings={ladder["knowledge"]["id"]: 2})
    result = readiness.readiness(person["id"])
    assert result["percent"] == 60 and result["outlook"] == "not yet"
    statuses = {c["name"]: c["status"] for c in result["checks"]}
    assert statuses == {"12 months' tenure": "met", "Communication": "met",
                        "Product Knowledge": "soon", "PCI DSS": "expiring",
                        "Escalations": "soon"}
    assert next(g for g in result["gaps"] if g["name"] == "Product Knowledge")["detail"] == \
        "3.84 from 9 ratings (needs 4), improving"
    # Renewing the certificate now: the same 60 %, and ready in about six months.
    make.enrollment(person, ladder["pci"], status="enrolled", start_date=days_ago(1))
    result = readiness.readiness(person["id"])
    assert (result["percent"], result["outlook"]) == (60, "ready in about 6 months")


def test_readiness_for_a_chosen_role_and_without_a_ladder(make, ladder):
    person = make.staff("Ben", "Cruz", make.client(), role="Night queue",
                        hire_date=days_ago(30))
    result = readiness.readiness(person["id"])
    assert result["role"] is None and "'Night queue' is not on a ladder" in result["message"]
    chosen = readiness.readiness(person["id"], "senior AGENT")
    assert chosen["role"]["id"] == ladder["senior"]["id"] and chosen["percent"] == 0
    hired = days_ago(30)
    reached = dt.date(hired.year + 1, hired.month, min(hired.day, 28))
    assert chosen["gaps"][0]["detail"].endswith(f"of 12 months; reached on {reached}") or \
        hired.day > 28
    assert readiness.readiness(person["id"], ladder["agent"]["id"])["percent"] == 100
    with pytest.raises(NotFoundError):
        readiness.readiness(person["id"], "Astronaut")
    top = readiness.readiness(make.staff(client=make.client(), role="Senior agent")["id"])
    assert top["message"] == "Senior agent is the top of its ladder: choose a role"


def test_bench_strength_after_a_resignation(make):
    """ShopNest's Tier 2 asks for the Returns course. Holders: Ana and Eve. Agents: Ben
    completed the course (ready now), Carla is taking it (in about 6 months), Dan has nothing;
    Fay is in a role on no ladder. Ana resigns and Eve moves to another account: Ben and
    Carla are the backfill candidates of both."""
    shopnest, other = make.client("ShopNest"), make.client("Finlo")
    course = make.program("Returns Playbook")
    tier = readiness.create_role(name="Tier 2", client=shopnest["id"], level=2)
    readiness.create_role(name="Agent", level=1)  # the company ladder
    readiness.set_requirements(tier["id"], [{"kind": "training", "program": course["id"]}])
    ana = make.staff("Ana", "Holder", shopnest, role="Tier 2", hire_date=days_ago(900))
    ben = make.staff("Ben", "Ready", shopnest, role="Agent", hire_date=days_ago(500))
    carla = make.staff("Carla", "Soon", shopnest, role="Agent", hire_date=days_ago(500))
    make.staff("Dan", "Far", shopnest, role="Agent", hire_date=days_ago(500))
    make.staff("Fay", "Lead", shopnest, role="Team lead")  # on no ladder: never a candidate
    eve = make.staff("Eve", "Mover", shopnest, role="Tier 2", since=days_ago(600))
    make.enrollment(ben, course, status="completed", completed_date=days_ago(20))
    make.enrollment(carla, course, status="in_progress", start_date=days_ago(10))

    before = readiness.bench(shopnest["id"])
    row, agents = before["roles"]  # the account's roles, then the company's
    assert agents["role"]["name"] == "Agent" and len(agents["holders"]) == 3
    assert [h["name"] for h in row["holders"]] == ["Ana Holder", "Eve Mover"]
    assert [c["name"] for c in row["ready_now"]] == ["Ben Ready"]
    assert [c["name"] for c in row["ready_soon"]] == ["Carla Soon"]
    assert before["backfills"] == []

    staff.update(ana["id"], status="resigned")
    staff.end_assignment(ana["id"], days_ago(2))
    staff.assign(eve["id"], other["id"], "Agent", days_ago(10))
    after = readiness.bench(shopnest["id"])
    assert after["people"] == 4
    assert after["roles"][0]["holders"] == []
    leavers = {b["name"]: b for b in after["backfills"]}
    assert set(leavers) == {"Ana Holder", "Eve Mover"}
    assert leavers["Ana Holder"]["reason"] == "resigned"
    assert leavers["Ana Holder"]["left_on"] == days_ago(2)
    assert leavers["Eve Mover"]["reason"] == "left the account"
    for leaver in leavers.values():
        assert leaver["role"]["name"] == "Tier 2"
        assert [(c["name"], c["outlook"]) for c in leaver["candidates"]] == [
            ("Ben Ready", "ready now"), ("Carla Soon", "ready in about 6 months")]


def test_bench_of_an_unknown_client(db):
    with pytest.raises(NotFoundError):
        readiness.bench(999_999)


def test_an_expiring_certification_counts_against_the_bench(make):
    """Tier 2 asks for PCI (valid 12 months). Gus's expires in about two months: ready now,
    with the lapse noted; Hal is also short of tenure (reached within six months) and his
    certificate lapses too, so he is not ready in six months; Ivy renews hers and is."""
    account = make.client("Finlo")
    pci = make.program("PCI", type="certification", validity_months=12)
    readiness.create_role(name="Agent", level=1)
    tier = readiness.create_role(name="Tier 2", client=account["id"], level=2,
                                 min_tenure_months=12)
    readiness.set_requirements(tier["id"], [{"kind": "certification", "program": pci["id"]}])
    gus = make.staff("Gus", "Now", account, role="Agent", hire_date=days_ago(800))
    hal = make.staff("Hal", "Short", account, role="Agent", hire_date=days_ago(300))
    ivy = make.staff("Ivy", "Renews", account, role="Agent", hire_date=days_ago(300))
    for person in (gus, hal, ivy):
        make.enrollment(person, pci, status="completed", completed_date=days_ago(300))
    make.enrollment(ivy, pci, status="enrolled", start_date=days_ago(1))
    tier_row = readiness.bench(account["id"])["roles"][0]
    now, = tier_row["ready_now"]
    assert now["name"] == "Gus Now" and now["gaps"][0].startswith("PCI: valid until ")
    assert now["gaps"][0].endswith("expires within 6 months")
    assert [c["name"] for c in tier_row["ready_soon"]] == ["Ivy Renews"]


def test_save_role_creates_and_updates_a_role_with_its_requirements_at_once(make):
    """The Role ladders dialog's save: role fields and requirements in one transaction."""
    client = make.client("ShopNest")
    talk = make.competency("Communication")
    pci = make.program("PCI DSS", type="certification", validity_months=12)
    lead = readiness.create_role(name="Team lead", level=3)
    tier = readiness.save_role(None, {"name": "Tier 2", "client": client["id"], "level": "2",
                                      "next_role": lead["id"], "min_tenure_months": "9"},
                               [{"kind": "competency", "competency": talk["id"], "minimum": 3.5},
                                {"kind": "certification", "program": pci["id"]}])
    assert (tier["name"], tier["client"], tier["level"], tier["next_role"],
            tier["min_tenure_months"]) == ("Tier 2", client["id"], 2, lead["id"], 9)
    assert [(r["kind"], r["name"], r["minimum"]) for r in tier["requirements"]] == [
        ("competency", "Communication", 3.5), ("certification", "PCI DSS", None)]
    edited = readiness.save_role(tier["id"], {"name": "Tier 2 Specialist",
                                              "min_tenure_months": 12},
                                 [{"kind": "competency", "competency": talk["id"],
                                   "minimum": 4}])
    assert (edited["name"], edited["min_tenure_months"], edited["next_role"]) == (
        "Tier 2 Specialist", 12, lead["id"])
    assert [(r["name"], r["minimum"]) for r in edited["requirements"]] == [
        ("Communication", 4.0)]
    # A wrong requirement leaves nothing half-saved: no new role, no renamed role.
    count = len(readiness.list_roles(everything=True))
    with pytest.raises(ValidationError, match="minimum rating"):
        readiness.save_role(None, {"name": "Tier 3", "client": client["id"], "level": 3},
                            [{"kind": "competency", "competency": talk["id"], "minimum": 9}])
    with pytest.raises(ValidationError, match="minimum rating"):
        readiness.save_role(tier["id"], {"name": "Renamed"},
                            [{"kind": "competency", "competency": talk["id"], "minimum": 0}])
    assert len(readiness.list_roles(everything=True)) == count
    assert readiness.get_role(tier["id"])["name"] == "Tier 2 Specialist"
    # Field rules and the ladder's checks, as ValidationErrors naming the field.
    for values, field in (({"name": ""}, "name"), ({"name": "X", "level": "high"}, "level"),
                          ({"name": "X", "min_tenure_months": -1}, "min_tenure_months"),
                          ({"name": "tier 2 specialist", "client": client["id"]}, "name"),
                          ({"name": "X", "next_role": 999_999}, "next_role")):
        with pytest.raises(ValidationError) as caught:
            readiness.save_role(None, values, [])
        assert caught.value.field == field


def test_delete_role_deletes_or_archives_one_that_is_a_next_role(make):
    talk = make.competency("Communication")
    lead = readiness.create_role(name="Team lead", level=3)
    readiness.save_role(None, {"name": "Senior agent", "level": 2, "next_role": lead["id"]},
                        [{"kind": "competency", "competency": talk["id"], "minimum": 4}])
    loose = readiness.save_role(None, {"name": "Trainer", "level": 2},
                                [{"kind": "competency", "competency": talk["id"],
                                  "minimum": 3}])
    done = readiness.delete_role(loose["id"])
    assert done == {"deleted": True, "archived": False, "message": "Role 'Trainer' deleted"}
    with pytest.raises(NotFoundError):
        readiness.get_role(loose["id"])
    from mentorapp.models import RoleRequirement

    assert RoleRequirement.select().where(RoleRequirement.role == loose["id"]).count() == 0
    kept = readiness.delete_role(lead["id"])  # Senior agent steps up to it
    assert kept["archived"] and not kept["deleted"]
    assert "'Senior agent' names it as the next role" in kept["message"]
    assert readiness.get_role(lead["id"])["archived"] is True
    assert [r["name"] for r in readiness.list_roles()] == ["Senior agent"]
    with pytest.raises(ValidationError, match="archived: restore it instead"):
        readiness.create_role(name="team lead", level=3)
    readiness.restore_role(lead["id"])
    assert [r["name"] for r in readiness.list_roles()] == ["Senior agent", "Team lead"]
    with pytest.raises(NotFoundError):
        readiness.delete_role(999_999)


def test_demo_roles_name_every_requirement(make):
    """The demo's ladders: a Tier 2 Specialist asks a competency and then the account's
    certification; each requirement row keeps its program (insert_many once dropped the
    columns the first row lacked, leaving 'None (certification)')."""
    client = make.client("ShopNest")
    make.program("Leadership Essentials for Team Leads")
    cert = make.program("ShopNest Returns Certified", type="certification",
                        validity_months=12, client=client["id"])
    assert readiness.seed_demo_roles() == 6
    roles = {(r["client_name"], r["name"]): r for r in readiness.list_roles(everything=True)}
    tier = roles[("ShopNest", "Tier 2 Specialist")]
    assert [(r["kind"], r["name"]) for r in tier["requirements"]] == [
        ("competency", "Product Knowledge"), ("certification", "ShopNest Returns Certified")]
    assert tier["requirements"][1]["program"] == cert["id"]
    lead = roles[("", "Team Lead")]
    assert ("training", "Leadership Essentials for Team Leads") in [
        (r["kind"], r["name"]) for r in lead["requirements"]]
    assert all(r["name"] for role in roles.values() for r in role["requirements"])


def test_the_mentor_offered_for_a_gap_meets_its_requirement(make, ladder):
    """A mentor rated below the requirement is never the one that closes it (2.5 was offered
    for a 3.5); with only such mentors free, the closer says so."""
    client = make.client("ShopNest")
    person = make.staff("Ana", "Reyes", client, role="Agent", hire_date=days_ago(490))
    rate(make, person, ladder["knowledge"], 2, times=3)
    weak = make.mentor(make.staff("Weak", "Mentor", client), capacity=2)
    rate(make, {"id": weak["staff"]}, ladder["knowledge"], 3, times=6)

    def closer():
        gaps = readiness.readiness(person["id"])["gaps"]
        return next(g["closer"] for g in gaps if g["name"] == "Product Knowledge")

    assert closer() == "Mentor: none at 4 or above with a free place"
    able = make.mentor(make.staff("Able", "Mentor"), capacity=1)  # another account's
    rate(make, {"id": able["staff"]}, ladder["knowledge"], 4, times=6)
    assert closer().startswith("Mentor: Able Mentor (Product Knowledge 4.0 from 6")
