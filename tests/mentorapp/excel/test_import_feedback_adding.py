"""The feedback import's bulk path (issue 14): on SQLite the insert triggers of the dashboard
roll-ups and the text index are paused while the rows go in (`rollups.feedback_adding`) and
the rows are added to both set-based. The result must be what the triggers give, an error must
leave nothing behind, and the triggers must be in force afterwards either way. Also the audit
texts made without the JSON encoder, and the order the rows are written in."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from mentorapp import bulk
from mentorapp.db import database, is_sqlite
from mentorapp.excel.importing import feedback as feedback_import
from mentorapp.excel.importing import import_file
from mentorapp.excel.importing.common import (
    AuditLog,
    JsonText,
    created_texts,
    insert_records,
)
from mentorapp.models import (
    AuditEntry,
    Competency,
    DashboardDay,
    DashboardDue,
    Feedback,
    FeedbackRating,
)
from mentorapp.services import audit, feedback, rollups, search
from tests.conftest import PLAIN_BACKENDS
from tests.records import Make, days_ago

# Words only the imported rows hold, one a row (searched for after the import).
WORDS = ("zephyrine", "quillwort", "marblehead", "tansyfield", "brackenhurst", "oxlipmoor")


@pytest.fixture
def company(db):
    """Two clients, three people, and stored feedback on the days the file adds to (so the
    roll-up rows the import adds to exist already)."""
    make = Make()
    acme, beta = make.client(name="Acme"), make.client(name="Beta")
    people = [make.staff(client=acme, employee_id=f"E{n}") for n in (1, 2, 3)]
    make.feedback(people[0], date=days_ago(3), source="client", client=acme["id"], rating=4,
                  comment="stored before the import")
    make.feedback(people[1], date=days_ago(5), source="peer", rating=None)
    return {"acme": acme, "beta": beta, "people": people}


def feedback_csv(path, rows) -> str:
    competencies = [c.name for c in Competency.select().order_by(Competency.name)][:2]
    header = ["Employee ID", "Date", "Source", "Client", "Kind", "Overall Rating",
              *competencies, "Comment", "Strengths", "Visibility"]
    lines = [",".join(header)] + [",".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def file_rows() -> list[list]:
    """Days and sources the stored feedback has and others, rated and not, with a client and
    without, an incident; each row with a word of its own."""
    return [
        ["E1", days_ago(3).isoformat(), "client", "Acme", "general", 5, 4, "",
         f"Calm {WORDS[0]}", "Listening", "client"],
        ["E2", days_ago(3).isoformat(), "client", "Acme", "recognition", "", 3, 2,
         f"Kind {WORDS[1]}", "", "client"],
        ["E3", days_ago(5).isoformat(), "peer", "", "general", 2, "", "",
         f"Late {WORDS[2]}", "", "internal"],
        ["E1", days_ago(9).isoformat(), "mentor", "Beta", "general", 3, 5, 5,
         "", f"Patient {WORDS[3]}", "internal"],
        ["E2", days_ago(9).isoformat(), "mentor", "Beta", "incident", "", "", "",
         f"Missed a callback {WORDS[4]}", "", "internal"],
        ["E3", days_ago(1).isoformat(), "self", "", "general", 4, 1, "",
         f"Learning {WORDS[5]}", "Notes", "internal"],
    ]


def incident_fix(path):
    """The incident row needs a lesson learned: add the column."""
    text = path.read_text(encoding="utf-8").splitlines()
    text[0] += ",Lesson Learned"
    text[1:] = [line + (",Call back the same day" if ",incident," in line else ",")
                for line in text[1:]]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def rollup_rows() -> list[tuple]:
    return sorted((r.figure, r.client_id, str(r.day), r.source, r.entries, r.rating_sum,
                   r.rated, r.hour_tenths) for r in DashboardDay.select()
                  if (r.entries, r.rating_sum, r.rated, r.hour_tenths) != (0, 0, 0, 0))


def found(word: str) -> list[int]:
    return sorted(r["id"] for r in search.search(word) if r["kind"] in ("feedback", "incident"))


def everything_found() -> dict[str, list[int]]:
    return {word: found(word) for word in (*WORDS, "stored")}


def triggers() -> dict[str, str]:
    return dict(database.execute_sql("SELECT name, sql FROM sqlite_master WHERE "
                                      "type = 'trigger' AND tbl_name = 'feedback'").fetchall())


def assert_index_whole() -> None:
    """SQLite: the FTS5 index agrees with the feedback rows (raises if not)."""
    if is_sqlite(database.obj):
        database.execute_sql("INSERT INTO \"feedback_text\" (\"feedback_text\", rank) "
                             "VALUES ('integrity-check', 1)")


class _through_triggers:
    """Stands in for `rollups.feedback_adding`: the rows go through the row triggers."""

    def __init__(self, ids):
        pass

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_the_import_leaves_the_rollups_and_search_the_triggers_would(company, tmp_path,
                                                                      monkeypatch):
    path = incident_fix(feedback_csv(tmp_path / "f.csv", file_rows()))
    before = triggers() if is_sqlite(database.obj) else {}

    def imported(through_triggers: bool):
        with database.atomic() as undo:
            with monkeypatch.context() as patched:
                if through_triggers:
                    patched.setattr(rollups, "feedback_adding", _through_triggers)
                result = import_file("feedback", path)
            assert result.ok and result.created == 6, result.problems_text()
            state = rollup_rows(), everything_found()
            assert_index_whole()
            undo.rollback()
        return state

    by_triggers = imported(through_triggers=True)
    by_import = imported(through_triggers=False)
    assert by_import == by_triggers
    rows, words = by_import
    assert all(len(words[word]) == 1 for word in WORDS), list(words.items())
    assert ("feedback", company["beta"]["id"], str(days_ago(9)), "mentor", 2, 3, 1, 0) in rows

    result = import_file("feedback", path)
    assert result.ok and result.created == 6
    assert (rollup_rows(), everything_found()) == by_import
    assert rollups.drift()["total"] == 0
    assert_index_whole()
    if is_sqlite(database.obj):
        assert triggers() == before
    # The triggers keep the roll-ups and the index again: a feedback saved afterwards.
    later = feedback.create(staff=company["people"][2]["id"], source="client",
                            client=company["acme"]["id"], date=days_ago(3), rating=1,
                            comment="saved after the import fernglade")
    assert found("fernglade") == [later["id"]]
    assert rollups.drift()["total"] == 0
    assert_index_whole()


def test_a_bulk_writer_s_open_incidents_reach_the_due_days_as_through_the_trigger(company):
    """`feedback_adding` for any writer that only adds feedback (the import has no follow-up
    column yet): open incidents with a follow-up date of active staff count on their day, a
    resolved one, an archived one and a resigned person's do not, as the trigger has it."""
    make = Make()
    gone = make.staff(employee_id="E9", status="resigned")
    people = [p["id"] for p in company["people"]]
    due = days_ago(-4)
    fields = ("id", "staff", "source", "date", "kind", "comment", "lesson_learned",
              "follow_up_date", "resolved_date", "archived")
    incidents = [(people[0], None, False), (people[1], None, False), (people[2], None, True),
                 (people[0], days_ago(1), False), (gone["id"], None, False)]

    def added(paused: bool) -> list[tuple]:
        with database.atomic() as undo:
            ids = bulk.next_ids(Feedback, len(incidents))
            rows = [(fid, person, "management", days_ago(2), "incident", "What happened",
                     "What was learned", due, resolved, archived)
                    for fid, (person, resolved, archived) in zip(ids, incidents, strict=True)]
            with rollups.feedback_adding(ids) if paused else _through_triggers(ids):
                insert_records(Feedback, fields, rows)
            counted = sorted((r.figure, str(r.day), r.n) for r in DashboardDue.select()
                             if r.n != 0)
            assert rollups.drift()["total"] == 0
            undo.rollback()
        return counted

    assert added(paused=True) == added(paused=False) == [("incident", str(due), 2)]


def _failing_rows(monkeypatch, model, after: int) -> None:
    """Inserting `model`'s rows raises RuntimeError after `after` of them, a few rows a
    statement, so some are written by then."""
    real = bulk.insert_rows

    def insert_rows(target, fields, rows):
        if target is not model:
            return real(target, fields, rows)

        def failing():
            for number, row in enumerate(rows):
                if number == after:
                    raise RuntimeError("failed halfway")
                yield row

        return real(target, fields, failing())

    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(bulk, "COPY_ROWS_PER_READ", 2)
    monkeypatch.setattr(bulk, "insert_rows", insert_rows)


@pytest.mark.parametrize("model", [Feedback, FeedbackRating, AuditEntry],
                         ids=["while-paused", "after-the-feedback", "in-the-audit"])
def test_an_error_halfway_leaves_nothing_and_the_triggers_in_force(company, tmp_path,
                                                                   monkeypatch, model):
    if model is AuditEntry and audit.recorded_by_database():
        pytest.skip("the shared database's triggers write the audit")
    path = incident_fix(feedback_csv(tmp_path / "f.csv", file_rows()))
    before = (Feedback.select().count(), FeedbackRating.select().count(), rollup_rows(),
              everything_found())
    made = triggers() if is_sqlite(database.obj) else {}
    with monkeypatch.context() as patched:
        _failing_rows(patched, model, after=3)
        with pytest.raises(RuntimeError, match="failed halfway"):
            import_file("feedback", path)
    assert (Feedback.select().count(), FeedbackRating.select().count(), rollup_rows(),
            everything_found()) == before
    assert_index_whole()
    if is_sqlite(database.obj):
        assert triggers() == made
    later = feedback.create(staff=company["people"][0]["id"], source="peer",
                            date=days_ago(5), rating=2, comment="afterwards fernglade")
    assert found("fernglade") == [later["id"]]
    assert rollups.drift()["total"] == 0
    # And the same file imports in full afterwards.
    result = import_file("feedback", path)
    assert result.ok and result.created == 6
    assert all(len(found(word)) == 1 for word in WORDS)
    assert rollups.drift()["total"] == 0
    assert_index_whole()


def test_a_dry_run_leaves_nothing_and_the_triggers_in_force(company, tmp_path):
    path = incident_fix(feedback_csv(tmp_path / "f.csv", file_rows()))
    before = rollup_rows(), everything_found()
    made = triggers() if is_sqlite(database.obj) else {}
    result = import_file("feedback", path, dry_run=True)
    assert result.ok and result.created == 6
    assert (rollup_rows(), everything_found()) == before
    if is_sqlite(database.obj):
        assert triggers() == made
    assert_index_whole()


def test_rows_are_numbered_by_day_then_person_in_file_order_within(company, tmp_path):
    e1, e2, e3 = (p["id"] for p in company["people"])
    rows = [["E3", days_ago(2).isoformat(), "peer", "", "general", "", "", "", "c", "", ""],
            ["E1", days_ago(2).isoformat(), "peer", "", "general", "", "", "", "b1", "", ""],
            ["E2", days_ago(8).isoformat(), "peer", "", "general", "", "", "", "a", "", ""],
            ["E1", days_ago(2).isoformat(), "peer", "", "general", "", "", "", "b2", "", ""]]
    result = import_file("feedback", feedback_csv(tmp_path / "f.csv", rows))
    assert result.ok and result.created == 4, result.problems_text()
    stored = [(f.staff_id, f.comment) for f in
              Feedback.select().where(Feedback.comment.in_(("a", "b1", "b2", "c")))
              .order_by(Feedback.id)]
    assert stored == [(e2, "a"), (e1, "b1"), (e1, "b2"), (e3, "c")]


def test_created_texts_are_what_the_json_encoder_writes():
    """Every kind of value a created record's audit may hold, written directly, remembered
    or through the encoder, gives the very text `AuditLog.created_entry` gives (1, True, 1.0
    and "1" in one field each keep their own)."""
    log = AuditLog()
    fields = ("staff", "comment", "date", "rating", "ratings", "score", "amount", "flag",
              "at", "empty", "none", "mixed")
    texts = ['plain', 'a "quoted" word', "back\\slash", "two\nlines\tand a tab", "ünï ✓ 日本",
             "\x01\x1f", "=1+2", "\u2028 separator", "x" * 150]
    mixed = (1, True, 1.0, "1", Decimal("1"), JsonText(""), "")
    maker = created_texts(fields)
    for number in range(3 * len(texts)):  # each value again: its remembered part
        text = texts[number % len(texts)]
        values = (number % 4, text, dt.date(2026, 1, 1 + number % 9), number % 5 or None,
                  {"12": 4, "3": number % 5 + 1}, 2.5 + number % 3, Decimal("1.10"),
                  number % 2 == 0, dt.datetime(2026, 1, 2, 3, 4, 5), "", None,
                  mixed[number % len(mixed)])
        expected = log.created_entry("feedback", 1, dict(zip(fields, values, strict=True)))[5]
        ratings = JsonText(json.dumps(values[4], sort_keys=True))
        assert maker((*values[:4], ratings, *values[5:])) == expected, values


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)  # shared: the triggers audit
def test_the_feedback_audit_text_is_the_services_shape(company, tmp_path):
    """The imported feedback's audit entry holds its fields and ratings, each [None, value],
    as `created_entry` writes them (the ratings keyed by competency id as text)."""
    path = incident_fix(feedback_csv(tmp_path / "f.csv", file_rows()))
    assert import_file("feedback", path).ok
    row = Feedback.get(Feedback.strengths == f"Patient {WORDS[3]}")
    entry = AuditEntry.get(AuditEntry.entity == "feedback", AuditEntry.entity_id == row.id)
    ratings = {str(r.competency_id): r.rating
               for r in FeedbackRating.select().where(FeedbackRating.feedback == row.id)}
    assert len(ratings) == 2
    values = {name: getattr(row, f"{name}_id" if name in ("staff", "client") else name)
              for name in feedback_import.FIELDS}
    expected = AuditLog().created_entry("feedback", row.id, {**values, "ratings": ratings})[5]
    assert entry.changes == expected
