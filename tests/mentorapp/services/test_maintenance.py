"""Row counts, backup and restore (SQLite; PostgreSQL points to pg_dump / pg_restore)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from mentorapp import db as dbmod
from mentorapp import migrations, models, opening
from mentorapp.errors import UserError
from mentorapp.services import clients, maintenance


@pytest.fixture
def rebind_after(sqlite_db):
    """Restore rebinds the models to the restored database: close it and bind the test's own
    database again afterwards."""
    yield
    if dbmod.database.obj is not sqlite_db:
        dbmod.database.obj.close()
        dbmod.database.initialize(sqlite_db)


def test_row_counts_per_entity(db, make):
    person = make.staff(client=make.client())
    make.feedback(person, ratings={make.competency_ids()[0]: 4})
    counts = maintenance.row_counts()
    assert list(counts) == [m.__name__ for m in models.ALL_MODELS
                            if m is not models.SchemaVersion]
    assert counts["Client"] == counts["Staff"] == counts["Assignment"] == 1
    assert counts["Feedback"] == counts["FeedbackRating"] == 1
    assert counts["Competency"] == models.Competency.select().count() > 0
    assert counts["AuditEntry"] == models.AuditEntry.select().count() > 0
    assert counts["Mentor"] == 0


def test_backup_copies_everything_committed(sqlite_db, tmp_path):
    clients.create(name="Acme")
    out = maintenance.backup(sqlite_db, tmp_path / "copy.db")
    assert out == tmp_path / "copy.db" and not (tmp_path / "copy.db.part").exists()
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT name FROM client").fetchall() == [("Acme",)]


def test_backup_onto_the_database_itself_is_refused(sqlite_db):
    with pytest.raises(UserError, match="cannot be the database itself"):
        maintenance.backup(sqlite_db, sqlite_db.database)


@pytest.mark.postgres
def test_backup_and_restore_of_postgres_point_to_pg_tools(postgres_url, tmp_path):
    database = dbmod.connect(postgres_url)
    with pytest.raises(UserError, match="pg_dump"):
        maintenance.backup(database, tmp_path / "x.db")
    backup = tmp_path / "backup.db"
    with sqlite3.connect(backup) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER)")
    con.close()
    with pytest.raises(UserError, match="pg_restore"):
        maintenance.restore(postgres_url, backup, force=True)


def test_restore_refuses_a_database_with_data_unless_forced(sqlite_db, tmp_path, rebind_after):
    clients.create(name="Acme")
    backup = maintenance.backup(sqlite_db, tmp_path / "backup.db")
    clients.create(name="Beta")
    target = sqlite_db.database
    with pytest.raises(UserError, match="already holds data; add --force"):
        maintenance.restore(target, backup)
    assert dbmod.database.obj is sqlite_db
    assert clients.names() == ["Acme", "Beta"]
    maintenance.restore(target, backup, force=True)
    assert clients.names() == ["Acme"]


def test_restore_into_a_new_database(sqlite_db, tmp_path, rebind_after):
    clients.create(name="Acme")
    backup = maintenance.backup(sqlite_db, tmp_path / "backup.db")
    fresh = tmp_path / "fresh.db"
    opening.restore_database(str(fresh), backup)
    assert dbmod.database.obj.database == str(fresh)
    assert clients.names() == ["Acme"]
    assert maintenance.row_counts()["Client"] == 1


def test_restore_rejects_files_that_are_not_backups(sqlite_db, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database " * 100)
    with pytest.raises(UserError, match="is not a MentorApp backup"):
        maintenance.restore(sqlite_db.database, text, force=True)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE things (id INTEGER)")
    con.close()
    with pytest.raises(UserError, match="no schema version"):
        maintenance.restore(sqlite_db.database, other, force=True)
    with pytest.raises(UserError, match="Backup file not found"):
        maintenance.restore(sqlite_db.database, tmp_path / "missing.db")
    assert dbmod.database.obj is sqlite_db


def test_a_backup_from_a_newer_app_is_refused_before_anything_is_overwritten(sqlite_db,
                                                                              tmp_path):
    clients.create(name="Acme")
    backup = maintenance.backup(sqlite_db, tmp_path / "backup.db")
    with sqlite3.connect(backup) as con:
        con.execute("UPDATE schema_version SET version = 99")
    con.close()
    clients.create(name="Beta")
    with pytest.raises(UserError, match="newer"):
        maintenance.restore(sqlite_db.database, backup, force=True)
    assert dbmod.database.obj is sqlite_db
    assert clients.names() == ["Acme", "Beta"]


def test_restoring_an_older_backup_migrates_it(sqlite_db, tmp_path, rebind_after):
    saved_v1 = Path(__file__).resolve().parents[2] / "data" / "mentorapp_v1.db"
    with sqlite3.connect(f"file:{saved_v1}?mode=ro", uri=True) as con:
        clients_in_backup = con.execute("SELECT COUNT(*) FROM client").fetchone()[0]
    con.close()
    copy = tmp_path / "v1.db"
    shutil.copy(saved_v1, copy)
    target = tmp_path / "restored.db"
    opening.restore_database(str(target), copy)
    assert migrations.schema_version(dbmod.database.obj) == migrations.CURRENT_VERSION
    assert maintenance.row_counts()["Client"] == clients_in_backup > 0
