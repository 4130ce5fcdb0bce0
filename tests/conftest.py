"""Shared fixtures: every test gets its own database, SQLite always and PostgreSQL when
MENTORAPP_TEST_POSTGRES names a server (each test run in a schema of its own)."""

from __future__ import annotations

import os
import uuid

import peewee
import pytest
from records import Make

from mentorapp import db as dbmod
from mentorapp import models, opening, paths
from mentorapp.services import audit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
POSTGRES_URL = os.environ.get("MENTORAPP_TEST_POSTGRES")
pytest_plugins = ["tests.memory_keyring", "tests.private_cluster"]
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """No test touches the real user folders, settings or MENTORAPP_DB."""
    home = tmp_path / "home"
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    audit.set_actor("tester")
    yield
    audit.set_actor(None)


@pytest.fixture(scope="session")
def postgres_url():
    """A URL to a fresh schema on the test server, dropped after the run."""
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need MENTORAPP_TEST_POSTGRES=postgresql://...")
    schema = f"mentorapp_test_{uuid.uuid4().hex[:10]}"
    admin = dbmod.connect(POSTGRES_URL)
    try:
        admin.connect()
    except peewee.OperationalError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} is unreachable under CI: {exc}")
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is unreachable: {exc}")
    admin.execute_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.close()


def _open(url: str):
    database = opening.open_database(url)
    yield database
    if not database.is_closed():
        database.close()


def reset_postgres(url: str) -> None:
    """Drop every table in the test schema so the next open starts from nothing."""
    database = dbmod.connect(url)
    database.connect()
    for model in reversed(models.ALL_MODELS):
        database.execute_sql(f'DROP TABLE IF EXISTS "{model._meta.table_name}" CASCADE')
    database.close()


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    """An open, empty database at the current schema, bound to the models."""
    if request.param == "sqlite":
        yield from _open(str(tmp_path / "test.db"))
    else:
        url = request.getfixturevalue("postgres_url")
        reset_postgres(url)
        yield from _open(url)


@pytest.fixture
def sqlite_db(tmp_path):
    """A SQLite-only database, for tests of SQLite behaviour (files, WAL, backup)."""
    yield from _open(str(tmp_path / "test.db"))


@pytest.fixture
def make():
    """The record builders (tests/records.py), writing to whichever database the test has
    open: request `db`, `sqlite_db` or `ui_db` with it."""
    return Make()
