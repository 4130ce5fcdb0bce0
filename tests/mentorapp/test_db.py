import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from mentorapp import db as dbmod
from mentorapp import models, opening, paths
from mentorapp.errors import UserError
from mentorapp.services import clients, maintenance

ROOT = Path(__file__).resolve().parents[2]


def test_default_target_is_a_file_in_the_user_data_folder(tmp_path):
    target = paths.resolve_target(None)
    assert target.endswith("mentorapp.db")
    assert str(tmp_path) in target  # the autouse fixture redirected the user folders


def test_env_variable_and_argument_choose_the_database(monkeypatch, tmp_path):
    monkeypatch.setenv("MENTORAPP_DB", str(tmp_path / "env.db"))
    assert paths.resolve_target(None) == str(tmp_path / "env.db")
    assert paths.resolve_target(str(tmp_path / "arg.db")) == str(tmp_path / "arg.db")


def test_sqlite_url_and_pragmas(tmp_path):
    database = opening.open_database(f"sqlite:///{tmp_path / 'url.db'}")
    assert (tmp_path / "url.db").exists()
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_postgres_url_is_parsed_without_connecting():
    database = dbmod.connect("postgresql://ann:s%40cret@db.example:6543/mentor")
    assert isinstance(database, peewee.PostgresqlDatabase)
    assert database.database == "mentor"
    assert database.connect_params["user"] == "ann"
    assert database.connect_params["password"] == "s@cret"
    assert database.connect_params["port"] == 6543
    assert "s@cret" not in dbmod.describe("postgresql://ann:s@cret@h/x")


@pytest.mark.parametrize("target", ["mysql://x@y/z", "sqlite://", "postgresql://u@h/"])
def test_bad_urls_give_a_clear_error(target):
    with pytest.raises(UserError):
        dbmod.connect(target)


def test_unreachable_postgres_gives_a_one_line_error():
    with pytest.raises(UserError, match="Cannot open database"):
        opening.open_database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_new_database_is_seeded_with_bpo_competencies(db):
    names = {c.name for c in models.Competency.select()}
    assert {"Communication", "Product Knowledge", "Quality", "Productivity", "Attendance",
            "Teamwork", "Problem Solving", "Customer Empathy", "Professionalism",
            "Leadership"} <= names
    assert opening.is_empty(db)


def test_failed_service_call_leaves_nothing(db, monkeypatch):
    from mentorapp.services import audit

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        clients.create(name="Half Written")
    assert models.Client.select().count() == 0


def test_backup_is_a_consistent_copy(sqlite_db, tmp_path):
    clients.create(name="Acme")
    out = maintenance.backup(sqlite_db, tmp_path / "copy.db")
    con = sqlite3.connect(out)
    assert con.execute("SELECT name FROM client").fetchall() == [("Acme",)]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.postgres
def test_backup_of_postgres_points_to_pg_dump(postgres_url, tmp_path):
    database = opening.open_database(postgres_url)
    with pytest.raises(UserError, match="pg_dump"):
        maintenance.backup(database, tmp_path / "x.db")


WRITER = """
import sys
from mentorapp import opening
from mentorapp.services import clients
opening.open_database(sys.argv[1])
for i in range(int(sys.argv[3])):
    clients.create(name=f"{sys.argv[2]}-{i}")
"""


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    opening.open_database(str(path)).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "150"], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert not any("locked" in e for e in errors)
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 300
    assert con.execute("SELECT COUNT(*) FROM audit_entry WHERE entity='client'").fetchone()[0] \
        == 300
    con.close()


CRASHER = """
import os, signal, sys
from mentorapp import db, models, opening
from mentorapp.services import clients
opening.open_database(sys.argv[1])
with db.transaction():
    for i in range(20000):
        clients.create(name=f"doomed-{i}")
        if i == 5000:
            print("half", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_process_killed_mid_transaction_leaves_an_intact_database(tmp_path):
    path = tmp_path / "crash.db"
    opening.open_database(str(path))
    clients.create(name="Before the crash")
    result = subprocess.run([sys.executable, "-c", CRASHER, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == -9 and "half" in result.stdout
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT name FROM client").fetchall() == [("Before the crash",)]
    con.close()


def test_is_sqlite_understands_the_proxy(sqlite_db):
    assert dbmod.is_sqlite(dbmod.database)
    assert dbmod.is_sqlite(sqlite_db) and dbmod.is_sqlite()
