import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentorapp import db as dbmod
from mentorapp import migrations, models, opening
from mentorapp.errors import UserError

SAVED_V1 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v1.db"


def _columns(con, table):
    return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}


def test_new_database_is_created_at_the_current_version(db):
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert models.SchemaVersion.select().count() == 1


def test_saved_version_1_database_is_backed_up_and_migrated(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SAVED_V1, path)
    database = opening.open_database(str(path), migrate=False)
    assert migrations.schema_version(database) == 1
    enrollments_before = models.Enrollment.select(models.Enrollment.id).count()

    backup = migrations.migrate(database)

    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    assert backup is not None and backup.exists() and backup.name.startswith("old.v1-backup-")
    with sqlite3.connect(backup) as con:  # the backup is the untouched version 1 database
        assert con.execute("SELECT version FROM schema_version").fetchone() == (1,)
        assert "expires_on" not in _columns(con, "enrollment")
    rows = {(e.program.name, e.status): e.expires_on for e in models.Enrollment.select()}
    assert len(rows) == enrollments_before == 3
    # 31 Jan 2024 + 24 months of validity; workshops and unfinished training have no expiry.
    assert rows[("Customer Experience Certification", "completed")] == dt.date(2026, 1, 31)
    assert rows[("De-escalation Workshop", "completed")] is None
    assert rows[("Customer Experience Certification", "in_progress")] is None
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert models.Staff.select().count() == 3  # nothing lost on the way


def test_opening_an_old_database_migrates_it_automatically(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SAVED_V1, path)
    database = opening.open_database(str(path))
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    assert list(tmp_path.glob("old.v1-backup-*.db"))


def test_a_failing_step_rolls_back_to_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    shutil.copy(SAVED_V1, path)
    database = opening.open_database(str(path), migrate=False)

    def broken_step(db):
        migrations._to_2(db)
        raise RuntimeError("power cut")

    monkeypatch.setitem(migrations.STEPS, 2, broken_step)
    with pytest.raises(RuntimeError):
        migrations.migrate(database)
    assert migrations.schema_version(database) == 1
    with sqlite3.connect(path) as con:
        assert "expires_on" not in _columns(con, "enrollment")


def test_database_newer_than_the_app_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.db"
    opening.open_database(str(path))
    models.SchemaVersion.update(version=migrations.CURRENT_VERSION + 1).execute()
    dbmod.database.obj.close()
    before = path.read_bytes()
    with pytest.raises(migrations.SchemaTooNewError, match="newer than this MentorApp"):
        opening.open_database(str(path))
    dbmod.database.obj.close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))


def test_tables_without_a_schema_version_are_refused(tmp_path):
    path = tmp_path / "odd.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    con.close()
    with pytest.raises(UserError, match="no schema version"):
        opening.open_database(str(path))


def _schema(path: Path) -> dict:
    """Tables with their columns, and indexes with their definitions (column order aside)."""
    with sqlite3.connect(path) as con:
        tables = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        indexes = set(con.execute("SELECT name, sql FROM sqlite_master "
                                  "WHERE type='index' AND sql IS NOT NULL"))
        return {"columns": {t: _columns(con, t) for t in tables}, "indexes": indexes}


@pytest.mark.parametrize("saved", sorted(SAVED_V1.parent.glob("mentorapp_v*.db")),
                         ids=lambda p: p.stem)
def test_every_saved_version_migrates_to_the_schema_of_a_new_database(saved, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(saved, old)
    opening.open_database(str(old)).close()
    opening.open_database(str(tmp_path / "new.db")).close()
    assert _schema(old) == _schema(tmp_path / "new.db")
    with sqlite3.connect(old) as con:
        assert con.execute("SELECT COUNT(*) FROM staff").fetchone() == (3,)


MIGRATE = """
import sys
from mentorapp import migrations, opening
database = opening.open_database(sys.argv[1])
print(migrations.schema_version(database))
"""


@pytest.mark.slow
def test_two_processes_opening_an_old_database_at_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "old.db"
    shutil.copy(SAVED_V1, path)
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", MIGRATE, str(path)], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert [out.strip() for out, _ in results] == [str(migrations.CURRENT_VERSION)] * 2
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT COUNT(*) FROM enrollment").fetchone() == (3,)
