"""Two users saving the same name at the same moment: the database's unique index refuses the
second, and the user sees the same field error as the check before the write, not a crash."""

import threading

import peewee
import pytest

from mentorapp.errors import ValidationError
from mentorapp.models import Client, Staff
from mentorapp.services import clients, staff
from mentorapp.services.entity import Entity


def miss_the_check_once(monkeypatch) -> list:
    """From now on the uniqueness check before the write sees nothing the first time (as if
    the other user's row was committed just after it looked); later calls check for real."""
    real = Entity._unique_check
    calls = []

    def misses_once(self, values, current):
        calls.append(values)
        if len(calls) > 1:
            real(self, values, current)

    monkeypatch.setattr(Entity, "_unique_check", misses_once)
    return calls


def test_create_race_is_the_field_error_of_the_check(db, monkeypatch):
    staff.create(employee_id="E1", first_name="Ann", last_name="Lee")
    with pytest.raises(ValidationError) as checked:  # what the check says without a race
        staff.create(employee_id="e1", first_name="Bob", last_name="Ray")
    calls = miss_the_check_once(monkeypatch)
    with pytest.raises(ValidationError) as caught:
        staff.create(employee_id="e1", first_name="Bob", last_name="Ray")
    assert len(calls) == 2  # the index refused the write, then the check ran again
    assert caught.value.field == checked.value.field == "employee_id"
    assert str(caught.value) == str(checked.value)
    assert [s.first_name for s in Staff.select()] == ["Ann"]


def test_update_race_is_the_field_error_of_the_check(db, monkeypatch):
    clients.create(name="Acme")
    globex = clients.create(name="Globex")
    calls = miss_the_check_once(monkeypatch)
    with pytest.raises(ValidationError) as caught:
        clients.update(globex["id"], name="ACME")
    assert len(calls) == 2
    assert caught.value.field == "name" and "already used" in str(caught.value)
    assert sorted(c.name for c in Client.select()) == ["Acme", "Globex"]


def test_other_integrity_errors_stay_visible(db, monkeypatch):
    """Only a unique index is a user's duplicate; anything else the database refuses is a bug
    and is not dressed up as a field error."""
    original = Entity._write_unique
    monkeypatch.setattr(Entity, "_write_unique", lambda self, write, values, current:
                        original(self, _raise_not_null, values, current))
    with pytest.raises(peewee.IntegrityError, match="NOT NULL"):
        clients.create(name="Acme")
    assert Client.select().count() == 0


def _raise_not_null():
    raise peewee.IntegrityError("NOT NULL constraint failed: client.name")


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
@pytest.mark.postgres
def test_a_real_race_on_postgresql(db, monkeypatch):
    """Another connection commits the same name between the check and the insert (on SQLite
    this cannot happen: the write transaction begins IMMEDIATE and holds the lock)."""
    real = Entity._unique_check
    other_user = []

    def check_then_other_user_saves(self, values, current):
        real(self, values, current)
        if not other_user:
            other_user.append("Acme")
            thread = threading.Thread(target=clients.create, kwargs={"name": "ACME"})
            thread.start()  # its own connection and transaction, committed before we insert
            thread.join(timeout=30)

    monkeypatch.setattr(Entity, "_unique_check", check_then_other_user_saves)
    with pytest.raises(ValidationError) as caught:
        clients.create(name="Acme")
    assert caught.value.field == "name" and "already used" in str(caught.value)
    assert [c.name for c in Client.select()] == ["ACME"]
