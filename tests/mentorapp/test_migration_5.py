"""Schema version 5: key columns for Unicode-correct client names and employee IDs, filled in
from the saved texts, with duplicates (the same name in another case or Unicode form, which
older versions let in) made unique instead of failing the upgrade. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from mentorapp import migrations, models, opening
from mentorapp.services import clients, staff
from tests.conftest import PLAIN_BACKENDS

SAVED_V4 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v4.db"
NFC, NFD = unicodedata.normalize("NFC", "Café"), unicodedata.normalize("NFD", "CAFÉ")

# Step 5 undone (today's schema is otherwise left as it is: the step is run on its own).
UNDO_5 = [
    'DROP INDEX "client_name_key"', 'DROP INDEX "client_sort_key"',
    'DROP INDEX "staff_employee_key"', 'DROP INDEX "staff_sort_key"',
    *(f'ALTER TABLE "{table}" DROP COLUMN "{column}"'
      for table, key in (("client", "name_key"), ("staff", "employee_key"))
      for column in (key, "sort_key", "search_key")),
    'CREATE UNIQUE INDEX "client_name" ON "client" ("name")',
    'CREATE UNIQUE INDEX "staff_employee_id" ON "staff" ("employee_id")',
]


def _keys_match_the_models():
    for model in (models.Client, models.Staff):
        for row in model.select().dicts():
            assert {k: row[k] for k in model.KEY_FIELDS} == model.key_values(row), row


@pytest.mark.parametrize("saved", sorted(SAVED_V4.parent.glob("mentorapp_v*.db")),
                         ids=lambda p: p.stem)
def test_every_saved_database_ends_with_the_keys_the_models_write(saved, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(saved, path)
    opening.open_database(str(path))
    _keys_match_the_models()
    models.Client._meta.database.close()


def test_saved_version_4_gets_the_keys_the_models_write(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SAVED_V4, path)
    with sqlite3.connect(path) as con:
        names = [n for (n,) in con.execute("SELECT name FROM client ORDER BY id")]
        employee_id = con.execute("SELECT employee_id FROM staff").fetchone()[0]
    con.close()

    database = opening.open_database(str(path))

    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    _keys_match_the_models()  # the frozen step computes what the models compute today
    assert clients.names(include_archived=True) == sorted(names, key=str.casefold)
    assert clients.by_name(names[0].upper())["name"] == names[0]
    assert staff.by_employee_id(employee_id.lower())["employee_id"] == employee_id
    database.close()


def _insert(db, table: str, rows: list[dict]) -> None:
    for row in rows:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join([db.param] * len(row))
        db.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                       tuple(row.values()))


def _client(name: str) -> dict:
    return {"name": name, "industry": "", "contact_name": "", "contact_email": "",
            "account_manager": "", "active": True, "notes": "", "archived": False}


def _staff(employee_id: str, last_name: str) -> dict:
    return {"employee_id": employee_id, "first_name": "Ana", "last_name": last_name,
            "email": "", "job_title": "", "team": "", "site": "", "status": "active",
            "archived": False}


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_duplicates_let_in_by_version_4_are_renamed_and_audited(db):
    for statement in UNDO_5:
        db.execute_sql(statement)
    # Version 4 compared exact text and ASCII case only: all of these got in.
    _insert(db, "client", [_client(n) for n in (NFC, "Café (2)", NFD, "Zero\u200bWidth",
                                                "ZeroWidth", "Ñuñez", "Nunez")])
    _insert(db, "staff", [_staff("ÖZ-1", "Ñuñez"), _staff("öz-1", "Nunez"),
                          _staff("E" + "9" * 49, "Long"), _staff("e" + "9" * 49, "Long")])

    with db.atomic():
        migrations.STEPS[5](db)

    assert clients.names() == [NFC, "Café (2)", f"{NFD} (3)", "Nunez", "Ñuñez",
                               "Zero\u200bWidth", "ZeroWidth (2)"]
    assert [s["employee_id"] for s in staff.list(sort="name", limit=None)] == [
        "E" + "9" * 49, "e" + "9" * 45 + " (2)", "öz-1 (2)", "ÖZ-1"]
    _keys_match_the_models()
    renamed = [(e.entity, e.actor, json.loads(e.changes))
               for e in models.AuditEntry.select().order_by(models.AuditEntry.id)]
    assert renamed == [
        ("client", "schema upgrade", {"name": [NFD, f"{NFD} (3)"]}),
        ("client", "schema upgrade", {"name": ["ZeroWidth", "ZeroWidth (2)"]}),
        ("staff", "schema upgrade", {"employee_id": ["öz-1", "öz-1 (2)"]}),
        ("staff", "schema upgrade", {"employee_id": ["e" + "9" * 49, "e" + "9" * 45 + " (2)"]}),
    ]
    # The unique keys now hold: the same name in another form is refused from here on.
    assert clients.by_name("zerowidth")["name"] == "Zero\u200bWidth"
    assert staff.by_employee_id("öz-1")["employee_id"] == "ÖZ-1"
