"""Quality evaluations: scorecard versions, scoring, the dispute flow, calibration, reads."""

import datetime as dt

import pytest

from mentorapp.errors import NotFoundError, UserError, ValidationError
from mentorapp.services import quality
from tests.conftest import PLAIN_BACKENDS
from tests.records import QUALITY_ITEMS, days_ago, make_evaluation, make_scorecard

ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
# The acknowledge and dispute flow as the one user of a SQLite file (or the superuser): in
# shared mode only the evaluated agent acknowledges or disputes, and the test signs in as an
# admin (that rule: test_only_the_agent_disputes_in_shared_mode).
AS_THE_AGENT = pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)


def test_a_scorecard_starts_as_a_draft_and_publishing_makes_version_1(make):
    card = make_scorecard(make, publish=False)
    assert (card["draft"], card["published"]) == (1, None)
    with pytest.raises(NotFoundError, match="no published version"):
        quality.version_id(card["id"])
    card = quality.publish(card["id"])
    assert (card["draft"], card["published"]) == (None, 1)
    keys = [item["key"] for item in quality.items(quality.version_id(card["id"]))]
    assert keys == ["greet", "verify", "solve", "tone"]


def test_an_item_may_name_the_competency_it_shows(make):
    coaching = make.competency("Communication")
    card = quality.create_scorecard("With competency")
    quality.set_items(card["id"], [{"section": "S", "key": "a", "text": "A",
                                    "competency": coaching["id"], "critical": "none"}])
    item = quality.items(quality.scorecard(card["id"])["versions"][0]["id"])[0]
    assert (item["competency"], item["critical"]) == (coaching["id"], "")


def test_changing_a_published_scorecard_makes_draft_2_and_old_evaluations_keep_version_1(make):
    card = make_scorecard(make)
    first = make_evaluation(make, card)
    v1 = quality.version_id(card["id"])
    changed = [*QUALITY_ITEMS, {"section": "Closing", "key": "close", "text": "Closed"}]
    card = quality.set_items(card["id"], changed)
    assert (card["draft"], card["published"]) == (2, 1)
    assert len(quality.items(v1)) == 4  # version 1 untouched
    with pytest.raises(ValidationError, match="draft"):
        quality.evaluate(quality.version_id(card["id"], 2), ALL_YES, staff=first["staff"],
                         interaction_date=days_ago(1))
    card = quality.publish(card["id"])
    assert card["published"] == 2
    assert quality.evaluation(first["id"])["version"] == v1
    assert len(quality.items(quality.version_id(card["id"]))) == 5
    with pytest.raises(ValidationError, match="not answered: close"):
        quality.evaluate(quality.version_id(card["id"]), ALL_YES, staff=first["staff"],
                         interaction_date=days_ago(1))
    with pytest.raises(UserError, match="no changes to publish"):
        quality.publish(card["id"])


@pytest.mark.parametrize(("item", "field", "message"), [
    ({"section": "S", "key": "a", "text": "A", "weight": 0}, "weight", "above 0"),
    # the same words below 0 (they said "at least 0", then 0 was refused as not above it)
    ({"section": "S", "key": "a", "text": "A", "weight": -5}, "weight", "must be above 0"),
    # a typing slip that swamped every other item (and showed as 1e+11)
    ({"section": "S", "key": "a", "text": "A", "weight": 99999999999}, "weight",
     r"must be 100 at most \(only the ratio between weights counts\)"),
    ({"section": "S", "key": "a", "text": "A", "weight": "100.5"}, "weight", "100 at most"),
    ({"section": "S", "key": "a", "text": "A", "scale": "stars"}, "scale", "not one of"),
    ({"section": "S", "key": "a", "text": "A", "critical": "always"}, "critical", "not one of"),
    ({"section": "S", "key": "", "text": "A"}, "key", "required"),
    ({"section": "S", "key": "a", "text": "A", "colour": "red"}, "colour", "not a field"),
    ({"section": "S", "key": "a", "text": "A", "competency": 99999}, "competency",
     "no competency with id 99999"),
])
def test_a_wrong_item_is_refused_naming_its_number_and_field(make, item, field, message):
    card = quality.create_scorecard("Checks")
    good = {"section": "S", "key": "z", "text": "Z"}
    with pytest.raises(ValidationError, match=message) as caught:
        quality.set_items(card["id"], [good, item])
    assert (caught.value.row, caught.value.field) == (2, field)


def test_a_weight_of_100_is_the_most_allowed(make):
    card = quality.create_scorecard("Heavy")
    quality.set_items(card["id"], [{"section": "S", "key": "a", "text": "A", "weight": 100},
                                   {"section": "S", "key": "b", "text": "B", "weight": 0.5}])
    assert [i["weight"] for i in quality.items(card["versions"][0]["id"])] == [100.0, 0.5]


def test_items_are_checked_without_a_scorecard(make):
    assert [i["key"] for i in quality.check_items(QUALITY_ITEMS)] == ["greet", "verify",
                                                                      "solve", "tone"]
    with pytest.raises(ValidationError, match="above 0") as caught:
        quality.check_items([{"section": "S", "key": "a", "text": "A", "weight": 0}])
    assert (caught.value.row, caught.value.field) == (1, "weight")
    with pytest.raises(ValidationError, match="at least one item"):
        quality.check_items([])


def test_duplicate_item_keys_and_empty_scorecards_are_refused(make):
    card = quality.create_scorecard("Dupes")
    with pytest.raises(ValidationError, match="unique: a"):
        quality.set_items(card["id"], [{"section": "S", "key": "a", "text": "A"},
                                       {"section": "T", "key": "a", "text": "B"}])
    with pytest.raises(ValidationError, match="at least one item"):
        quality.publish(card["id"])
    with pytest.raises(ValidationError, match="already the name"):
        quality.create_scorecard("DUPES")


@pytest.mark.parametrize(("answers", "total", "critical"), [
    (ALL_YES, 100.0, False),
    ({**ALL_YES, "greet": "no"}, 87.5, False),  # 7 of 8
    ({**ALL_YES, "solve": "partial", "tone": "3"}, 68.75, False),  # (1+2+1.5+1) / 8
    ({**ALL_YES, "greet": "n/a"}, 100.0, False),  # N/A leaves weight 1 out
    ({**ALL_YES, "verify": "no"}, 0.0, True),  # critical for the whole evaluation
])
def test_the_score_is_computed_and_stored(make, answers, total, critical):
    card = make_scorecard(make)
    result = make_evaluation(make, card, answers=answers)
    assert result["score"] == pytest.approx(total)
    assert result["critical_fail"] is critical
    assert quality.score_history(result["id"])[0]["score"] == pytest.approx(total)


def test_an_evaluation_records_evaluator_answers_comments_and_revision_1(make, monkeypatch):
    card = make_scorecard(make)
    client = make.client()
    person = make.staff(client=client)
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "qa.lead", "role": "qa", "staff": None, "shared": True})
    result = make_evaluation(make, card, person, client=client["id"], channel="chat",
                             interaction_id="T-1", shareable=True,
                             answers={**ALL_YES, "greet": ("no", "No greeting =1+1")})
    assert result["evaluator"] == "qa.lead"
    assert (result["channel"], result["visibility"], result["status"]) == \
        ("chat", "shareable", "open")
    assert result["answers"]["greet"] == {"answer": "no", "comment": "No greeting =1+1",
                                          "section": "Opening", "text": "Greeted the customer"}
    history = quality.score_history(result["id"])
    assert [(h["revision"], h["changed_by"]) for h in history] == [(1, "qa.lead")]
    assert history[0]["answers"]["greet"] == ["no", "No greeting =1+1"]


@pytest.mark.parametrize(("answers", "message"), [
    ({**ALL_YES, "tone": "6"}, "'6' is not an answer"),
    ({**ALL_YES, "verify": "n/a"}, "not an answer"),  # N/A not allowed on verify
    ({"greet": "yes"}, "not answered: verify, solve, tone"),
    ({**ALL_YES, "extra": "yes"}, "not items of this scorecard: extra"),
])
def test_wrong_answers_are_refused(make, answers, message):
    card = make_scorecard(make)
    with pytest.raises(ValidationError, match=message) as caught:
        make_evaluation(make, card, answers=answers)
    assert caught.value.field == "answers"


@AS_THE_AGENT
def test_acknowledge_moves_open_to_acknowledged_once(make):
    result = make_evaluation(make, make_scorecard(make))
    done = quality.acknowledge(result["id"], "Thanks")
    assert (done["status"], done["acknowledgement"]) == ("acknowledged", "Thanks")
    assert done["acknowledged_at"] is not None
    with pytest.raises(UserError, match="acknowledged; only an open one"):
        quality.dispute(result["id"], "Late", {"greet": "yes"})


@AS_THE_AGENT
def test_accepted_dispute_applies_the_proposed_answers_as_revision_2(make):
    result = make_evaluation(make, make_scorecard(make), answers={**ALL_YES, "verify": "no"})
    assert result["score"] == 0.0
    disputed = quality.dispute(result["id"], "I verified at 0:40", {"verify": "yes"})
    assert disputed["status"] == "disputed"
    resolved = quality.decide(result["id"], "accepted", "Heard it")
    assert (resolved["status"], resolved["score"], resolved["critical_fail"],
            resolved["revision"]) == ("resolved", 100.0, False, 2)
    history = quality.score_history(result["id"])
    assert [(h["revision"], h["score"]) for h in history] == [(1, 0.0), (2, 100.0)]
    assert history[1]["reason"] == "Heard it"
    assert quality.disputes(result["id"])[0]["decision"] == "accepted"


@AS_THE_AGENT
def test_partly_accepted_dispute_applies_the_deciders_answers(make):
    result = make_evaluation(make, make_scorecard(make),
                             answers={**ALL_YES, "solve": "no", "tone": "1"})
    assert result["score"] == pytest.approx(300 / 8)  # greet 1 + verify 2 of 8
    quality.dispute(result["id"], "Solved it", {"solve": "yes", "tone": "5"})
    with pytest.raises(ValidationError, match="needs the answers"):
        quality.decide(result["id"], "partly_accepted")
    resolved = quality.decide(result["id"], "partly accepted", "Solved, tone stays",
                              answers={"solve": ("yes", "Solved after all")})
    assert resolved["score"] == pytest.approx(600 / 8)
    assert resolved["answers"]["solve"]["comment"] == "Solved after all"
    assert resolved["answers"]["tone"]["answer"] == "1"
    assert [h["score"] for h in quality.score_history(result["id"])] == \
        pytest.approx([37.5, 75.0])


@AS_THE_AGENT
def test_rejected_dispute_keeps_the_score_and_resolves(make):
    result = make_evaluation(make, make_scorecard(make), answers={**ALL_YES, "greet": "no"})
    quality.dispute(result["id"], "I did greet", {"greet": "yes"})
    resolved = quality.decide(result["id"], "rejected", "No greeting on the recording")
    assert (resolved["status"], resolved["score"], resolved["revision"]) == \
        ("resolved", 87.5, 1)
    assert len(quality.score_history(result["id"])) == 1
    with pytest.raises(UserError, match="no open dispute"):
        quality.decide(result["id"], "accepted")


@AS_THE_AGENT
def test_a_dispute_needs_a_reason_and_valid_proposed_answers(make):
    result = make_evaluation(make, make_scorecard(make))
    with pytest.raises(ValidationError, match="reason: is required"):
        quality.dispute(result["id"], " ", {"greet": "no"})
    with pytest.raises(ValidationError, match="'maybe' is not an answer"):
        quality.dispute(result["id"], "Wrong", {"greet": "maybe"})
    with pytest.raises(ValidationError, match="at least one answer"):
        quality.dispute(result["id"], "Wrong", {})
    assert quality.evaluation(result["id"])["status"] == "open"


@AS_THE_AGENT
def test_only_a_qa_lead_admin_or_operations_decides(make, monkeypatch):
    result = make_evaluation(make, make_scorecard(make))
    quality.dispute(result["id"], "Why", {"greet": "no"})
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "mentor1", "role": "mentor", "staff": None, "shared": True})
    with pytest.raises(UserError, match="Only a QA lead"):
        quality.decide(result["id"], "rejected")


def test_only_the_agent_disputes_in_shared_mode(make, monkeypatch):
    result = make_evaluation(make, make_scorecard(make))
    monkeypatch.setattr(quality.users, "current", lambda: {
        "login": "other", "role": "agent", "staff": result["staff"] + 1000, "shared": True})
    with pytest.raises(UserError, match="Only the evaluated agent"):
        quality.acknowledge(result["id"])


def _calibrate(make, card, answers_by_evaluator, reference, held_on):
    """A calibration of one interaction: the reference by "expert", then each evaluator."""
    version = quality.version_id(card["id"])
    session = quality.create_calibration(version, f"CAL-{make.n()}", held_on=held_on)
    person = make.staff()
    for login, answers in [("expert", reference), *answers_by_evaluator.items()]:
        quality.evaluate(version, answers, evaluator=login, staff=person["id"],
                         interaction_date=held_on, calibration=session["id"],
                         reference=login == "expert")
    return session


def test_calibration_spread_distance_and_disagreement(make):
    card = make_scorecard(make)
    session = _calibrate(make, card, {
        "ann": {**ALL_YES, "greet": "no"},  # 87.5: 12.5 from the reference, 1 of 4 differs
        "bob": {**ALL_YES, "solve": "partial", "tone": "3"},  # 68.75: 31.25 away, 2 differ
    }, ALL_YES, dt.date(2026, 3, 1))
    result = quality.calibration_result(session["id"])
    assert result["reference_evaluator"] == "expert"
    assert result["reference_total"] == 100.0
    assert result["item_spread"] == {"greet": 1.0, "verify": 0.0, "solve": 0.5, "tone": 0.5}
    assert result["distance"] == pytest.approx({"ann": 12.5, "bob": 31.25})
    assert result["disagreement"] == {"ann": 0.25, "bob": 0.5}


def test_a_calibration_has_one_reference_and_its_own_version_and_interaction(make):
    card = make_scorecard(make)
    version = quality.version_id(card["id"])
    session = quality.create_calibration(version, "CALL-9")
    person = make.staff()
    with pytest.raises(UserError, match="no reference"):
        quality.calibration_result(session["id"])
    # (another interaction ID was silently replaced by the calibration's: now refused)
    with pytest.raises(ValidationError, match="differs from the calibration's interaction"):
        quality.evaluate(version, ALL_YES, staff=person["id"], interaction_date=days_ago(0),
                         calibration=session["id"], reference=True, interaction_id="other")
    first = quality.evaluate(version, ALL_YES, staff=person["id"],
                             interaction_date=days_ago(0), calibration=session["id"],
                             reference=True)
    assert first["interaction_id"] == "CALL-9"
    with pytest.raises(ValidationError, match="already has its reference"):
        quality.evaluate(version, ALL_YES, staff=person["id"], interaction_date=days_ago(0),
                         calibration=session["id"], reference=True)


def test_every_evaluation_of_a_calibration_scores_its_agent_and_interaction(make):
    """A third evaluator picked another agent, and the result never noticed; the date was
    today's rather than the interaction's."""
    card = make_scorecard(make)
    version = quality.version_id(card["id"])
    held_on = dt.date(2026, 3, 1)
    session = quality.create_calibration(version, "CAL-5", held_on=held_on)
    ana, ben = make.staff("Ana", "Cruz"), make.staff("Ben", "Ong")
    assert quality.calibration_interaction(session["id"]) == {
        "interaction_id": "CAL-5", "interaction_date": held_on, "staff": None}
    with pytest.raises(ValidationError) as caught:
        quality.evaluate(version, ALL_YES, evaluator="expert", staff=ana["id"],
                         interaction_date=dt.date(2026, 3, 4), calibration=session["id"])
    assert (caught.value.field, caught.value.detail) == (
        "interaction_date", "differs from the calibration's interaction date (2026-03-01)")
    quality.evaluate(version, ALL_YES, evaluator="expert", staff=ana["id"],
                     interaction_date=held_on, calibration=session["id"], reference=True)
    assert quality.calibration_interaction(session["id"])["staff"] == ana["id"]
    with pytest.raises(ValidationError) as caught:
        quality.evaluate(version, ALL_YES, evaluator="carl", staff=ben["id"],
                         interaction_date=dt.date(2026, 3, 2), calibration=session["id"],
                         interaction_id="CAL-6")
    assert [(e.field, e.detail) for e in caught.value.every()] == [
        ("interaction_id", "differs from the calibration's interaction (CAL-5)"),
        ("interaction_date", "differs from the calibration's interaction date (2026-03-01)"),
        ("staff", "differs from the calibration's agent (Ana Cruz)")]
    quality.evaluate(version, ALL_YES, evaluator="ann", staff=ana["id"],
                     interaction_date=held_on, calibration=session["id"],
                     interaction_id="CAL-5")
    assert [m["evaluator"] for m in quality.calibration_members(session["id"])] == [
        "expert", "ann"]


def test_an_interaction_is_calibrated_once_per_scorecard_and_client(make):
    acme, globex = make.client(name="Acme"), make.client(name="Globex")
    card = make_scorecard(make)
    version = quality.version_id(card["id"])
    quality.create_calibration(version, "CAL-1", held_on=dt.date(2026, 3, 1),
                               client=acme["id"])
    with pytest.raises(ValidationError) as caught:
        quality.create_calibration(version, "CAL-1", client=acme["id"])
    assert (caught.value.field, caught.value.detail) == (
        "interaction_id", "'CAL-1' already has a calibration on this scorecard (held on "
        "2026-03-01): score that one")
    quality.create_calibration(version, "CAL-1", client=globex["id"])  # another client's
    quality.create_calibration(version, "CAL-1")  # no client
    with pytest.raises(ValidationError, match="already has a calibration"):
        quality.create_calibration(version, "CAL-1")
    quality.set_items(card["id"], [*QUALITY_ITEMS, {"section": "S", "key": "x", "text": "X"}])
    version_2 = quality.version_id(quality.publish(card["id"])["id"])
    with pytest.raises(ValidationError, match="already has a calibration"):  # any version
        quality.create_calibration(version_2, "CAL-1", client=acme["id"])
    other = make_scorecard(make)
    quality.create_calibration(quality.version_id(other["id"]), "CAL-1", client=acme["id"])


def test_accuracy_trend_is_oldest_first_with_a_direction(make):
    card = make_scorecard(make)
    for day, answers in [(dt.date(2026, 1, 5), {**ALL_YES, "verify": "no"}),  # 100 away
                         (dt.date(2026, 2, 5), {**ALL_YES, "solve": "partial", "tone": "3"}),
                         (dt.date(2026, 3, 5), {**ALL_YES, "greet": "no"})]:
        _calibrate(make, card, {"ann": answers}, ALL_YES, day)
    trend = quality.accuracy_trend("ann")
    assert [p["accuracy"] for p in trend["points"]] == pytest.approx([0.0, 68.75, 87.5])
    assert [p["held_on"] for p in trend["points"]] == sorted(p["held_on"]
                                                             for p in trend["points"])
    assert trend["direction"] == "improving"
    assert quality.accuracy_trend("nobody") == {"evaluator": "nobody", "points": [],
                                                "direction": None}


def test_a_persons_evaluations_newest_first_and_calibrations_counted_once(make):
    card = make_scorecard(make)
    person = make.staff()
    old = make_evaluation(make, card, person, interaction_date=days_ago(30))
    new = make_evaluation(make, card, person, interaction_date=days_ago(2))
    make_evaluation(make, card)  # someone else's
    assert [e["id"] for e in quality.evaluations_of(person["id"])] == [new["id"], old["id"]]
    assert quality.evaluations_of(person["id"])[0]["scorecard"] == card["name"]


def test_client_quality_in_a_period(make):
    card = make_scorecard(make)
    client, other = make.client(), make.client()
    start, end = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    inside = dt.date(2026, 4, 10)
    for answers, visibility in [({**ALL_YES, "greet": "no"}, True),  # 87.5
                                ({**ALL_YES, "verify": "no", "greet": "no"}, False),  # 0
                                ({**ALL_YES, "tone": "1", "greet": "no"}, True)]:  # 62.5
        make_evaluation(make, card, client=client["id"], interaction_date=inside,
                        answers=answers, shareable=visibility)
    make_evaluation(make, card, client=client["id"], interaction_date=dt.date(2026, 5, 1),
                    answers={**ALL_YES, "solve": "no"})
    make_evaluation(make, card, client=other["id"], interaction_date=inside,
                    answers={**ALL_YES, "solve": "no"})
    _calibrate(make, card, {"ann": {**ALL_YES, "solve": "no"}}, ALL_YES, inside)  # no client
    summary = quality.client_quality(client["id"], start, end)
    assert summary["evaluations"] == 3
    assert summary["average_score"] == pytest.approx((87.5 + 0 + 62.5) / 3)
    assert summary["critical_fails"] == 1
    assert [(f["key"], f["times"]) for f in summary["most_failed"]] == \
        [("greet", 3), ("tone", 1), ("verify", 1)]
    shared = quality.client_quality(client["id"], start, end, shareable_only=True)
    assert (shared["evaluations"], shared["critical_fails"]) == (2, 0)
    assert shared["average_score"] == pytest.approx(75.0)
    assert len(quality.client_evaluations(client["id"], start, end)) == 3


# -- the Quality page's reads --------------------------------------------------------------
def test_scorecard_list_and_published_versions(make):
    client = make.client()
    published = make_scorecard(make, name="B card", client=client["id"])
    make_scorecard(make, name="A draft", publish=False)
    quality.set_items(published["id"], [*QUALITY_ITEMS,
                                        {"section": "Closing", "key": "close", "text": "C"}])
    rows = quality.scorecard_list()
    assert [(r["name"], r["published"], r["draft"], r["items"], r["client_name"])
            for r in rows] == [("A draft", None, 1, 4, None),
                               ("B card", 1, 2, 5, client["name"])]
    assert quality.published_versions() == [
        {"version": quality.version_id(published["id"]), "number": 1,
         "scorecard": published["id"], "name": "B card", "client": client["id"]}]


@AS_THE_AGENT
def test_evaluation_list_filters_searches_sorts_and_leaves_calibrations_out(make):
    card = make_scorecard(make)
    client = make.client()
    ana = make.staff("Ána", "Cruz")
    mine = make_evaluation(make, card, ana, client=client["id"], interaction_date=days_ago(1),
                           interaction_id="T-77", answers={**ALL_YES, "greet": "no"})
    older = make_evaluation(make, card, client=client["id"], interaction_date=days_ago(9))
    other = make_evaluation(make, card, interaction_date=days_ago(5))
    _calibrate(make, card, {"ann": ALL_YES}, ALL_YES, days_ago(2))
    quality.dispute(older["id"], "Wrong", {"greet": "no"})
    assert [e["id"] for e in quality.evaluation_list()] == [mine["id"], other["id"],
                                                            older["id"]]
    assert [e["id"] for e in quality.evaluation_list(client=client["id"])] == \
        [mine["id"], older["id"]]
    assert [e["id"] for e in quality.evaluation_list(status="disputed")] == [older["id"]]
    assert [e["id"] for e in quality.evaluation_list(search="ana cruz")] == [mine["id"]]
    assert [e["id"] for e in quality.evaluation_list(search="t-77")] == [mine["id"]]
    assert [e["id"] for e in quality.evaluation_list(sort="score", descending=False,
                                                     limit=1)] == [mine["id"]]
    assert len(quality.evaluation_list(limit=1, offset=2)) == 1
    assert quality.evaluation_count() == 3
    summary = quality.evaluation_summary(mine["id"])
    assert (summary["first_name"], summary["client"], summary["version"]) == \
        ("Ána", client["name"], 1)
    with pytest.raises(NotFoundError, match="No evaluation with id 0"):
        quality.evaluation_summary(0)
    assert quality.evaluation_count(client=client["id"], search="cruz") == 1
    with pytest.raises(ValidationError, match="cannot sort evaluations by 'colour'"):
        quality.evaluation_list(sort="colour")


def test_calibration_list_counts_evaluators_and_members_hold_no_answers(make):
    card = make_scorecard(make)
    session = _calibrate(make, card, {"ann": ALL_YES, "bob": ALL_YES}, ALL_YES,
                         dt.date(2026, 3, 1))
    empty = quality.create_calibration(quality.version_id(card["id"]), "CAL-EMPTY",
                                       held_on=dt.date(2026, 2, 1))
    rows = quality.calibration_list()
    assert [(r["id"], r["evaluations"], r["has_reference"], r["scorecard"], r["number"])
            for r in rows] == [(session["id"], 3, True, card["name"], 1),
                               (empty["id"], 0, False, card["name"], 1)]
    members = quality.calibration_members(session["id"])
    assert [(m["evaluator"], m["is_reference"]) for m in members] == \
        [("expert", True), ("ann", False), ("bob", False)]
    assert all("answers" not in m for m in members)


def test_preview_score_counts_the_answered_items_only(make):
    card = make_scorecard(make)
    sections = quality.sections(quality.version_id(card["id"]))
    assert quality.preview_score(sections, {}) is None
    assert quality.preview_score(sections, {"greet": "no", "solve": "yes"}).total == 75.0
    failed = quality.preview_score(sections, {"greet": "yes", "verify": "no"})
    assert (failed.total, failed.critical_fails) == (0.0, ("verify",))
    assert quality.preview_score(sections, {"greet": "n/a"}).total is None


def test_a_client_s_scorecard_scores_only_that_client_s_interactions(make):
    """An evaluation or calibration for another client is refused under the client; without
    a client it is the scorecard's; a scorecard for all clients takes any."""
    acme, globex = make.client(name="Acme"), make.client(name="Globex")
    card = make_scorecard(make, client=acme["id"])
    version = quality.version_id(card["id"])
    with pytest.raises(ValidationError) as caught:
        make_evaluation(make, card, client=globex["id"])
    assert caught.value.field == "client"
    assert caught.value.detail == "differs from the scorecard's client (Acme)"
    with pytest.raises(ValidationError, match=r"scorecard's client \(Acme\)"):
        quality.create_calibration(version, "CAL-1", client=globex["id"])
    assert make_evaluation(make, card)["client"] == acme["id"]
    assert make_evaluation(make, card, client=acme["id"])["client"] == acme["id"]
    assert quality.create_calibration(version, "CAL-2")["client"] == acme["id"]
    shared = make_scorecard(make)
    assert make_evaluation(make, shared, client=globex["id"])["client"] == globex["id"]
