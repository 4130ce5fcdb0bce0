"""Every entity of every service module: each sort key and filter runs on both backends,
count agrees with the list, and what create returns is what is stored."""

import logging

import peewee
import pytest
from service_helpers import days_ago

from mentorapp.db import is_sqlite
from mentorapp.errors import ValidationError
from mentorapp.models import label
from mentorapp.services import (
    careers,
    clients,
    competencies,
    feedback,
    mentoring,
    responsibilities,
    staff,
    training,
)
from mentorapp.services.fields import Choice, Text

ENTITIES = {
    "client": clients.entity, "staff": staff.entity, "assignment": staff.assignments,
    "competency": competencies.entity, "mentor": mentoring.mentors,
    "mentorship": mentoring.mentorships, "session": mentoring.sessions,
    "action": mentoring.actions, "feedback": feedback.entity, "goal": careers.goals,
    "self_assessment": careers.self_assessments, "check_in": careers.check_ins,
    "program": training.programs, "enrollment": training.enrollments,
    "responsibility": responsibilities.entity,
}
FILTER_CASES = [(name, key) for name, entity in ENTITIES.items() for key in entity.filters]


@pytest.fixture
def populated(make):
    """A couple of records of every kind, linked to each other."""
    acme = make.client(name="Acme", industry="Retail")
    people = [make.staff(client=acme, team="T1", site="Manila") for _ in range(3)]
    mentor = make.mentor(people[0], capacity=1)
    pair = make.mentorship(mentor=mentor, mentee=people[1], focus="Quality")
    session = mentoring.log_session(pair["id"], date=days_ago(3), topics="Scores",
                                    action_items=[{"text": "Listen to calls"}])
    quality = make.competency_ids()[0]
    make.feedback(people[1], source="client", client=acme["id"], visibility="shareable",
                  rating=4, ratings={quality: 4})
    make.feedback(people[2], kind="incident", rating=2, follow_up_date=days_ago(0))
    goal = make.goal(people[1], progress=30)
    careers.self_assessments.create(staff=people[1]["id"], date=days_ago(2), strengths="Calm")
    careers.check_ins.create(staff=people[1]["id"], date=days_ago(20), next_date=days_ago(5))
    program = make.program(client=acme["id"], mandatory=True, validity_months=12, hours=8)
    make.enrollment(people[1], program, status="completed", completed_date=days_ago(4))
    make.responsibility(people[1], goal=goal["id"])
    return {"client": acme, "people": people, "mentor": mentor, "mentorship": pair,
            "program": program, "session": session}


def filter_value(name: str, key: str, data: dict):
    ids = {"staff": data["people"][1]["id"], "client": data["client"]["id"],
           "mentor": data["mentor"]["id"], "mentee": data["people"][1]["id"],
           "mentorship": data["mentorship"]["id"], "program": data["program"]["id"],
           "session": data["session"]["id"]}
    if key in ids:
        return ids[key]
    if key in ("date_from", "date_to", "completed_from", "completed_to"):
        return days_ago(30 if key.endswith("from") else 0)
    if key == "status":
        return {"goal": "in_progress", "enrollment": "completed"}.get(name, "active")
    if key == "kind":
        return "career" if name == "goal" else "incident"
    if key in ("active", "mandatory", "open", "over_capacity", "open_incidents", "current",
               "rated"):
        return True
    return {"industry": "Retail", "team": "T1", "site": "Manila", "status": "active",
            "source": "client", "kind": "incident", "visibility": "shareable",
            "type": "training_program", "text": "happened"}[key]


@pytest.mark.parametrize("name", ENTITIES)
def test_every_sort_runs_both_ways_and_keeps_all_rows(populated, name):
    entity = ENTITIES[name]
    total = entity.count()
    assert total > 0
    for key in entity.sorts:
        up = entity.list(sort=key, limit=None)
        down = entity.list(sort=key, descending=True, limit=None)
        assert len(up) == len(down) == total, key
        assert {r["id"] for r in up} == {r["id"] for r in down}, key


def test_blanks_sort_last_both_ways_on_both_backends(make):
    """Sorting by rating shows the lowest (or highest) ratings first, not the unrated;
    SQLite would put blanks first going up, PostgreSQL going down."""
    person = make.staff()
    for rating in (3, None, 5, 1, None):
        make.feedback(person, rating=rating)
    up = [r["rating"] for r in feedback.entity.list(sort="rating", limit=None)]
    down = [r["rating"] for r in feedback.entity.list(sort="rating", descending=True,
                                                      limit=None)]
    assert up == [1, 3, 5, None, None]
    assert down == [5, 3, 1, None, None]
    first_page = feedback.entity.list(sort="rating", descending=True, limit=2, text="")
    assert [r["rating"] for r in first_page] == [5, 3]


@pytest.mark.parametrize("name", [n for n, e in ENTITIES.items() if e.filters])
def test_every_filter_runs_and_count_agrees_with_the_list(populated, name):
    entity = ENTITIES[name]
    for key in entity.filters:
        value = filter_value(name, key, populated)
        rows = entity.list(limit=None, **{key: value})
        assert entity.count(**{key: value}) == len(rows), key
        assert len(rows) <= entity.count(), key


def test_each_filter_selects_something_in_the_sample_data(populated):
    """Guards the test above: a filter that matched nothing would prove little."""
    empty = [(name, key) for name, key in FILTER_CASES
             if key != "over_capacity"
             and not ENTITIES[name].count(**{key: filter_value(name, key, populated)})]
    assert empty == []


def test_search_on_every_searchable_entity_runs(populated):
    for entity in ENTITIES.values():
        if entity.search_fields:
            assert entity.count("zzz-no-such-text") == 0
            assert len(entity.list("a b", limit=None)) == entity.count("a b")


def test_paging_never_repeats_or_loses_rows(populated, make):
    for _ in range(7):
        make.staff(team="T1")
    total = staff.count()
    seen = [row["id"] for start in range(0, total, 3)
            for row in staff.list(sort="team", limit=3, offset=start)]
    assert len(seen) == len(set(seen)) == total


def test_create_returns_what_get_returns(make):
    """The dict a create hands back is the stored record (no unrounded or unconverted values)."""
    program = training.programs.create(name="Rounding", hours="12.25", validity_months=6)
    assert program == training.programs.get(program["id"])
    enrollment = make.enrollment(program=program, hours=1.05, score="87.5")
    stored = training.enrollments.get(enrollment["id"])
    assert enrollment == stored


def test_text_rules_fit_their_columns():
    """A rule that let longer text through would fail in PostgreSQL with a database error
    instead of a ValidationError."""
    too_long = []
    for name, entity in ENTITIES.items():
        for key, rule in entity.rules.items():
            column = entity.model._meta.fields[key]
            if not isinstance(column, peewee.CharField):
                continue
            if isinstance(rule, Text):
                longest = rule.max_length or float("inf")
            elif isinstance(rule, Choice):
                longest = max(len(str(c)) for c in rule.choices)
            else:
                longest = 0
            if longest > column.max_length:
                too_long.append((name, key))
    assert too_long == []


def test_text_at_the_column_limit_is_stored_and_one_more_is_refused(make):
    person = make.staff()
    staff.update(person["id"], job_title="x" * 150)
    assert staff.get(person["id"])["job_title"] == "x" * 150
    with pytest.raises(ValidationError) as caught:
        staff.update(person["id"], job_title="x" * 151)
    assert caught.value.field == "job_title"


PARENTS_FIRST = ["client", "staff", "mentor", "mentorship", "session", "goal", "program",
                 "assignment", "action", "feedback", "self_assessment", "check_in",
                 "enrollment", "responsibility"]


def test_delete_refuses_parents_and_removes_leaves_never_a_database_error(populated):
    """Parents with records are refused with a message; once their records are gone they
    delete. No delete ever ends in a foreign-key error from the database."""
    assert set(PARENTS_FIRST) == set(ENTITIES) - {"competency"}
    refused = set()
    for name in PARENTS_FIRST:
        for row in ENTITIES[name].list(limit=None, include_archived=True):
            try:
                ENTITIES[name].delete(row["id"])
            except ValidationError as error:
                assert "Archive it instead" in str(error)
                refused.add(name)
    assert refused >= {"client", "staff", "mentor", "mentorship", "session", "goal",
                       "program"}
    for name in reversed(PARENTS_FIRST):
        for row in ENTITIES[name].list(limit=None, include_archived=True):
            ENTITIES[name].delete(row["id"])
        assert ENTITIES[name].count(include_archived=True) == 0, name


YES_NO_FILTERS = [("client", "active"), ("mentor", "active"), ("program", "mandatory"),
                  ("action", "open")]


@pytest.mark.parametrize("name, key", YES_NO_FILTERS, ids=[f"{n}-{k}" for n, k in
                                                            YES_NO_FILTERS])
def test_yes_no_filters_read_words_like_the_flag_rule(populated, name, key):
    entity = ENTITIES[name]
    for words, value in ((("yes", "true", "1"), True), (("no", "false", "0"), False)):
        expected = entity.count(**{key: value})
        for word in words:
            assert entity.count(**{key: word}) == expected, (word, expected)
    assert entity.count(**{key: True}) + entity.count(**{key: False}) == entity.count()
    with pytest.raises(ValidationError):
        entity.count(**{key: "perhaps"})


@pytest.mark.parametrize("name, key", [("mentor", "over_capacity"),
                                       ("feedback", "open_incidents"), ("feedback", "rated")])
def test_a_false_only_filter_means_no_filter(populated, name, key):
    entity = ENTITIES[name]
    assert entity.count(**{key: False}) == entity.count(**{key: "no"}) == entity.count()


CHOICE_FILTERS = [(name, key) for name, entity in ENTITIES.items() for key in entity.filters
                  if isinstance(entity.rules.get(key), Choice)]


def test_choice_filters_take_labels_and_refuse_unknown_choices(populated):
    assert len(CHOICE_FILTERS) >= 10
    for name, key in CHOICE_FILTERS:
        entity = ENTITIES[name]
        code = filter_value(name, key, populated)
        spelled = label(code).upper()
        assert entity.count(**{key: spelled}) == entity.count(**{key: code}) > 0, (name, key)
        with pytest.raises(ValidationError) as caught:
            entity.count(**{key: "no-such-choice"})
        assert caught.value.field == key


@pytest.mark.parametrize("name", [name for name, entity in ENTITIES.items()
                                  if entity.search_fields])
def test_a_search_keeps_every_sorts_order(populated, make, name):
    """A searched list is the unsearched list's order with the other rows left out (on SQLite
    it sorts the matches instead of walking the sort's index: the same order)."""
    for first in ("Ana", "Bea", "Ana", "Carla", "Dana"):
        make.staff(first_name=first, team="Sales")
    entity = ENTITIES[name]
    for key in entity.sorts:
        for descending in (False, True):
            everything = [row["id"] for row in entity.list(sort=key, descending=descending,
                                                           limit=None)]
            found = [row["id"] for row in entity.list("a", sort=key, descending=descending,
                                                       limit=None)]
            assert found == [i for i in everything if i in set(found)], (key, descending)
            assert len(found) == entity.count("a")


def test_a_staff_search_does_not_walk_the_sort_index(db, make, caplog):
    """A rare name made both databases walk `staff_sort_key` and read every row until 50
    matched (over 50,000 staff: SQLite 40-50 ms CPU, PostgreSQL about 90 ms, against 10-18
    ms to find the matches and sort them). PostgreSQL's plan for a handful of rows would
    scan anyway, so there the order's expression is what is checked."""
    make.staff(first_name="Zoe")
    caplog.set_level(logging.DEBUG, logger="peewee")
    assert [row["first_name"] for row in staff.list("zoe", limit=50)] == ["Zoe"]
    (sql, params), = [record.msg for record in caplog.records
                      if isinstance(record.msg, tuple) and "ORDER BY" in record.msg[0]]
    if not is_sqlite(db):
        assert 'ORDER BY COALESCE("t1"."sort_key", "t1"."sort_key")' in sql, sql
        return
    plan = " ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "SCAN t1" in plan and "staff_sort_key" not in plan, plan


def _statements(caplog) -> list[str]:
    return [record.msg[0] for record in caplog.records if isinstance(record.msg, tuple)]


@pytest.mark.parametrize("descending", [False, True])
def test_a_searched_page_finds_its_ids_first_and_keeps_the_order(db, make, caplog, descending):
    """Staff search pages (no filter, sorted by the staff table's own columns) sort the matches'
    ids, then read those rows: the pages, put together, are the whole list's order."""
    acme = make.client(name="Acme")
    for first, last in (("Ana", "Reyes"), ("Bea", "Cruz"), ("Ana", "Abad"), ("Dana", "Lim"),
                        ("Carla", "Zamora"), ("Ana", "Reyes")):
        make.staff(first_name=first, last_name=last, team="Sales", client=acme)
    for key in staff.entity.sorts:
        whole = [row["id"] for row in staff.list("a", sort=key, descending=descending,
                                                 limit=None)]
        caplog.clear()
        caplog.set_level(logging.DEBUG, logger="peewee")
        pages = [row["id"] for offset in range(0, len(whole) + 2, 2)
                 for row in staff.list("a", sort=key, descending=descending, limit=2,
                                       offset=offset)]
        assert pages == whole, key
        page_first = [sql for sql in _statements(caplog) if "IN (SELECT" in sql]
        assert bool(page_first) == (key != "client"), key  # the client sort needs its join
    assert staff.list("a", limit=2, client=acme["id"]) == staff.list("a", limit=None,
                                                                     client=acme["id"])[:2]


@pytest.mark.parametrize("descending", [False, True])
def test_a_filtered_feedback_page_finds_its_ids_first(db, make, caplog, descending):
    """Feedback filters read its own columns: a filtered page sorted by them is found by its
    ids first and counted without the staff and client joins; the pages, put together, are
    the whole list's order; a sort or search by the person's name keeps the joins."""
    ana, bea = make.staff("Ana", "Reyes", team="Sales"), make.staff("Bea", "Cruz", team="Sales")
    for day in (3, 1, 2, 1, 5):
        make.feedback(ana, comment="Duplicate refund sent", date=days_ago(day), rating=day % 4)
        make.feedback(bea, comment="Refund on time", date=days_ago(day))
    make.feedback(ana, comment="Nothing to say")
    for key, filters in (("date", {"text": "refund"}), ("rating", {"text": "reyes"}),
                         ("date", {"text": "duplicate", "team": "Sales"}),
                         ("staff", {"text": "refund"}), ("date", {"source": "management"})):
        whole = [row["id"] for row in feedback.list(sort=key, descending=descending,
                                                    limit=None, **filters)]
        caplog.clear()
        caplog.set_level(logging.DEBUG, logger="peewee")
        pages = [row["id"] for offset in range(0, len(whole) + 2, 3)
                 for row in feedback.list(sort=key, descending=descending, limit=3,
                                          offset=offset, **filters)]
        assert pages == whole and whole, (key, filters)
        page_first = [sql for sql in _statements(caplog) if 'IN (SELECT "t1"."id"' in sql]
        assert bool(page_first) == (key != "staff"), (key, filters)
        caplog.clear()
        assert feedback.count(**filters) == len(whole)
        counted = [sql for sql in _statements(caplog) if '"feedback" AS' in sql][-1]
        assert 'JOIN "staff"' not in counted and 'JOIN "client"' not in counted, counted
    assert len(whole) == 11  # every management feedback
    assert feedback.count(text="duplicate", team="Sales") == 5
    assert feedback.count("ana", text="refund") == 5  # a search by name: with the join
    caplog.clear()
    assert len(feedback.list("ana", text="refund", limit=2)) == 2
    assert not [sql for sql in _statements(caplog) if 'IN (SELECT "t1"."id"' in sql]


def test_a_staff_count_without_a_filter_reads_no_assignment(db, make, caplog):
    acme = make.client(name="Acme")
    make.staff(first_name="Ana", client=acme)
    moved = make.staff(first_name="Ana", client=acme)
    staff.end_assignment(moved["id"], days_ago(1))
    make.staff(first_name="Anabel")  # on no client
    caplog.set_level(logging.DEBUG, logger="peewee")
    assert staff.count("ana") == len(staff.list("ana", limit=None)) == 3
    counted = [sql for sql in _statements(caplog) if "COUNT" in sql]
    assert counted and '"assignment"' not in counted[-1], counted
    assert staff.count("ana", client=acme["id"]) == 1
    assert '"assignment"' in [sql for sql in _statements(caplog) if "COUNT" in sql][-1]


def test_postgresql_matches_the_folded_key_case_sensitively(db, make, caplog):
    """The folded key is lower case already: PostgreSQL's LIKE (served by the trigram index)
    instead of ILIKE, which folds every candidate row again; SQLite's LIKE is case-blind."""
    make.staff(first_name="Émile", last_name="CAFÉ")
    caplog.set_level(logging.DEBUG, logger="peewee")
    assert [row["first_name"] for row in staff.list("café ÉMILE", limit=50)] == ["Émile"]
    sql = [sql for sql in _statements(caplog) if '"search_key"' in sql][-1]
    if is_sqlite(db):
        assert '"search_key" LIKE' in sql and "GLOB" not in sql, sql
    else:
        assert '"search_key" LIKE' in sql and "ILIKE" not in sql, sql
