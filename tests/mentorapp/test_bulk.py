"""bulk.insert_rows: values stored exactly as the ORM would store them, on both backends
(COPY's text format on PostgreSQL must escape what would end a value or a line)."""

import datetime as dt
from decimal import Decimal

import pytest

from mentorapp import bulk
from mentorapp import db as dbmod
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import insert_records
from mentorapp.models import AuditEntry, Client, Enrollment, Staff, TrainingProgram
from tests.conftest import BACKENDS, PLAIN_BACKENDS

AWKWARD = ("tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\.",
           "ünïcödé ✓", "", "end\\")


# Into the audit table, which only the database writes in shared mode.
@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_awkward_texts_round_trip(db):
    with dbmod.transaction():
        count = bulk.insert_rows(AuditEntry, ("at", "actor", "action", "entity", "entity_id",
                                              "changes"),
                                 [(dt.datetime(2026, 1, 2, 3, 4, 5, 678901), text, "create",
                                   "staff", n, text) for n, text in enumerate(AWKWARD)])
    assert count == len(AWKWARD)
    stored = list(AuditEntry.select(AuditEntry.entity_id, AuditEntry.actor,
                                    AuditEntry.changes, AuditEntry.at)
                  .order_by(AuditEntry.entity_id).tuples())
    assert [(actor, changes) for _, actor, changes, _ in stored] == \
        [(text, text) for text in AWKWARD]
    assert {at for *_, at in stored} == {dt.datetime(2026, 1, 2, 3, 4, 5, 678901)}


def test_nulls_booleans_dates_and_decimals(db):
    with dbmod.transaction():
        # insert_records: bulk.insert_rows with the models' defaults for the other fields
        insert_records(Client, ("id", "name", "active"), [(1, "Acme", False)])
        insert_records(Staff, ("id", "employee_id", "first_name", "last_name", "hire_date"),
                         [(1, "E1", "Ana", "Santos", dt.date(2020, 2, 29)),
                          (2, "E2", "Bea", "Reyes", None)])
        insert_records(TrainingProgram, ("id", "name"), [(1, "Safety")])
        insert_records(Enrollment, ("staff", "program", "status", "score", "hours",
                                      "completed_date"),
                         [(1, 1, "completed", 87.25, Decimal("12.5"), dt.date(2026, 1, 31)),
                          (2, 1, "planned", None, None, None)])
    assert Client.get_by_id(1).active is False
    assert [s.hire_date for s in Staff.select().order_by(Staff.id)] == \
        [dt.date(2020, 2, 29), None]
    first, second = Enrollment.select().order_by(Enrollment.staff)
    assert (first.score, first.hours, first.completed_date) == \
        (87.25, Decimal("12.5"), dt.date(2026, 1, 31))
    assert (second.score, second.hours, second.completed_date) == (None, None, None)


@pytest.mark.parametrize("db", [*BACKENDS, *PLAIN_BACKENDS[1:]], indirect=True)
def test_more_rows_than_one_chunk(db, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 7)
    monkeypatch.setattr(bulk, "COPY_ROWS_PER_READ", 4)
    with dbmod.transaction():
        count = insert_records(Client, ("name",), [(f"Client {n}",) for n in range(30)])
    assert count == 30
    assert Client.select().count() == 30
    assert Client.get(Client.name == "Client 29").name_key == "client 29"


def test_repeated_days_and_times_in_one_date_column(db):
    """SQLite makes each day's text once (a million KPI values fall on a hundred days); a
    datetime in a date column, and a day after it, are still each stored as themselves."""
    with dbmod.transaction():
        insert_records(Staff, ("id", "employee_id", "first_name", "last_name", "hire_date"),
                       [(n, f"E{n}", "Ana", "Santos", day) for n, day in enumerate(
                           [dt.date(2020, 2, 29), dt.date(2021, 3, 1), dt.date(2020, 2, 29),
                            dt.date(2021, 3, 1), None, dt.date(2020, 2, 29)], start=1)])
    assert [s.hire_date for s in Staff.select().order_by(Staff.id)] == [
        dt.date(2020, 2, 29), dt.date(2021, 3, 1), dt.date(2020, 2, 29), dt.date(2021, 3, 1),
        None, dt.date(2020, 2, 29)]
    if dbmod.is_sqlite(db):
        assert db.execute_sql('SELECT DISTINCT "hire_date" FROM "staff" WHERE "hire_date" '
                              'IS NOT NULL ORDER BY 1').fetchall() == [("2020-02-29",),
                                                                      ("2021-03-01",)]
    convert = bulk._row_converter([0])
    assert [convert((value,)) for value in (
        dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4), dt.date(2026, 1, 2))] == [
        ("2026-01-02",), ("2026-01-02 03:04:00",), ("2026-01-02",)]


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)  # COPY: not into shared mode's
def test_an_error_while_making_the_rows_is_raised_as_itself(db, monkeypatch):
    """A bad value found while the rows are made (an importer's check) reaches the caller as
    it was raised, not as the driver's cancelled COPY, and nothing of it is stored."""
    monkeypatch.setattr(bulk, "COPY_ROWS_PER_READ", 4)

    def rows():
        for n in range(10):
            if n == 6:
                raise ValidationError("name", "row 7 is not a client")
            yield (f"Client {n}",)

    with pytest.raises(ValidationError, match="row 7 is not a client"), dbmod.transaction():
        insert_records(Client, ("name",), rows())
    assert Client.select().count() == 0
