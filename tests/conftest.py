"""Shared fixtures: every test gets its own database, SQLite always and PostgreSQL when
MENTORAPP_TEST_POSTGRES names a server (a superuser URL; the server may trust its logins).

On PostgreSQL a test runs as an app admin in a shared database (`setup-shared`), as the people
who use it would: row-level security forced, the audit written by the database. The database,
its roles and the admin are made once per test run under names of the run's own, and dropped
at the end. MENTORAPP_TEST_PG_AS=superuser runs those tests as the server's superuser in a
plain (not shared) schema instead.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import peewee
import psycopg2
import pytest
from records import Make

from mentorapp import db as dbmod
from mentorapp import models, opening, paths, shared
from mentorapp.services import audit
from mentorapp.services.seed import seed_defaults

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
POSTGRES_URL = os.environ.get("MENTORAPP_TEST_POSTGRES")
POSTGRES_AS = os.environ.get("MENTORAPP_TEST_PG_AS", "admin")
pytest_plugins = ["tests.memory_keyring", "tests.private_cluster"]
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# For migration steps and for the services' own audit entries (a shared database leaves the
# audit to its triggers): `@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)`.
PLAIN_BACKENDS = ["sqlite", pytest.param("plain-postgres", marks=pytest.mark.postgres)]
# Where the state of a new shared database is kept for the per-test reset (the superuser's
# only: the app's roles have no rights on it).
SNAPSHOT_SCHEMA = "test_snapshot"


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
    audit.set_recorded_by_database(False)


def _server_connection(url: str):
    """An autocommit psycopg2 connection to the test server; skips (fails under CI) when it
    cannot be reached."""
    try:
        connection = psycopg2.connect(url)
    except psycopg2.OperationalError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {url} is unreachable under CI: {exc}")
        pytest.skip(f"PostgreSQL at {url} is unreachable: {exc}")
    connection.autocommit = True
    return connection


def _require_server() -> str:
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need MENTORAPP_TEST_POSTGRES=postgresql://...")
    return POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_url():
    """A superuser URL to a fresh plain (not shared) schema on the test server, dropped after
    the run: for migrations and for what only a superuser may do."""
    server = _server_connection(_require_server())
    schema = f"mentorapp_test_{uuid.uuid4().hex[:10]}"
    server.cursor().execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    for attempt in range(3):  # another run dropping its schema at once may deadlock with us
        try:
            server.cursor().execute(f'DROP SCHEMA "{schema}" CASCADE')
            break
        except psycopg2.errors.DeadlockDetected:
            if attempt == 2:
                raise
    server.close()


def _with(url: str, *, database: str, user: str | None = None) -> str:
    """`url` naming another database (and, given `user`, another login without password)."""
    parts = urlsplit(url)
    netloc = parts.netloc if user is None else f"{user}@{parts.netloc.rpartition('@')[2]}"
    return urlunsplit(parts._replace(netloc=netloc, path=f"/{database}"))


@dataclass
class SharedServer:
    """A shared database of this test run: its app admin's URL, and what the superuser needs
    to empty it between tests."""

    admin_url: str
    admin: str
    names: shared.Roles
    connection: object  # the superuser's psycopg2 connection to the shared database
    reset_sql: str

    def reset(self) -> None:
        """Back to a new shared database: no records and no audit, but the admin's user row,
        the settings and the seeded defaults; and no login role a test made."""
        with self.connection.cursor() as cursor:
            cursor.execute(self.reset_sql)
            for login in self._test_made_logins(cursor):
                cursor.execute(f"DROP OWNED BY {shared.quote(login)}; "
                               f"DROP ROLE {shared.quote(login)}")

    def _test_made_logins(self, cursor) -> list[str]:
        groups = [self.names.group(role) for role in shared.ROLES]
        cursor.execute("SELECT DISTINCT member.rolname FROM pg_auth_members m "
                       "JOIN pg_roles member ON member.oid = m.member "
                       "JOIN pg_roles grp ON grp.oid = m.roleid "
                       "WHERE grp.rolname = ANY(%s) AND NOT member.rolname = ANY(%s)",
                       (groups, [*groups, self.names.owner, self.admin]))
        return [login for (login,) in cursor.fetchall()]

    def drop(self, server) -> None:
        """Drop the database and every role of this run."""
        with self.connection.cursor() as cursor:
            logins = self._test_made_logins(cursor)
        self.connection.close()
        cursor = server.cursor()
        cursor.execute(f"DROP DATABASE {shared.quote(urlsplit(self.admin_url).path[1:])} "
                       "WITH (FORCE)")
        for role in (*logins, self.admin, *(self.names.group(r) for r in shared.ROLES),
                     self.names.owner):
            cursor.execute(f"DROP ROLE IF EXISTS {shared.quote(role)}")


def _snapshot(cursor) -> str:
    """Keep the rows of a new shared database in SNAPSHOT_SCHEMA; returns the SQL that brings
    the database back to them, with triggers off (no audit, no foreign-key actions): the
    tables a test touched are emptied and their ids restarted, the kept rows put back.
    DELETE, not TRUNCATE: a test leaves a few rows in a few tables, and TRUNCATE ... CASCADE
    replaces the files of every table that refers to them (most of them, through staff),
    which took 1.7 s a test against 0.25 s here."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                   "ORDER BY tablename")
    tables = [table for (table,) in cursor.fetchall()]
    cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
    checks, restore = [], []  # for the tables a test starts without rows, and the others
    for table in tables:
        q = shared.quote(table)
        cursor.execute("SELECT column_name FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = %s "
                       "AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))
        names = [name for (name,) in cursor.fetchall()]
        sequence = None
        if "id" in names:
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", (q,))
            sequence = cursor.fetchone()[0]
        cursor.execute(f"SELECT count(*) FROM {q}")
        if table == "audit_entry" or cursor.fetchone()[0] == 0:
            checks.append(f"IF EXISTS (SELECT 1 FROM {q}) THEN DELETE FROM {q}; END IF;")
            if sequence:
                checks.append(f"IF (SELECT is_called FROM {sequence}) THEN "
                              f"PERFORM setval({shared.literal(sequence)}, 1, false); END IF;")
            continue
        columns = ", ".join(shared.quote(name) for name in names)
        cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{q} AS SELECT {columns} FROM {q}")
        restore.append(f"DELETE FROM {q}; INSERT INTO {q} ({columns}) "
                       f"SELECT {columns} FROM {SNAPSHOT_SCHEMA}.{q};")
        if sequence:  # the next record gets the id it would get in a new database
            cursor.execute(f"SELECT max(id) FROM {q}")
            restore.append(f"PERFORM setval({shared.literal(sequence)}, {cursor.fetchone()[0]});")
    return ("BEGIN; SET LOCAL lock_timeout = '30s'; "
            "SET LOCAL session_replication_role = replica; DO $reset$ BEGIN "
            + " ".join(checks + restore) + " END $reset$; COMMIT;")


@pytest.fixture(scope="session")
def shared_postgres():
    """A shared database on the test server for this run, set up as `setup-shared` would with
    an app admin whose login the tests use (the server trusts it: no password is checked)."""
    base = _require_server()
    server = _server_connection(base)
    tag = uuid.uuid4().hex[:10]
    name, admin = f"mentorapp_test_{tag}", f"admin_{tag}"
    server.cursor().execute(f"CREATE DATABASE {shared.quote(name)}")
    superuser_url = _with(base, database=name)
    database = dbmod.connect(superuser_url)
    database.connect()
    dbmod.database.initialize(database)
    try:
        shared.setup(database, admin, f"pw-{tag}", seed=seed_defaults, prefix=f"mt_{tag}")
        names = shared.roles(database)
    finally:
        database.close()
    connection = psycopg2.connect(superuser_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        reset_sql = _snapshot(cursor)
    shared_server = SharedServer(_with(base, database=name, user=admin), admin, names,
                                 connection, reset_sql)
    yield shared_server
    shared_server.drop(server)
    server.close()


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
    """An open, empty database at the current schema, bound to the models. PostgreSQL: a
    shared database as its app admin; "plain-postgres" (see PLAIN_BACKENDS): a plain schema
    as the server's superuser."""
    if request.param == "sqlite":
        yield from _open(str(tmp_path / "test.db"))
    elif request.param == "postgres" and POSTGRES_AS == "admin":
        server = request.getfixturevalue("shared_postgres")
        server.reset()
        yield from _open(server.admin_url)
    else:
        url = request.getfixturevalue("postgres_url")
        reset_postgres(url)
        yield from _open(url)


@pytest.fixture
def db_url(db, request):
    """The path or URL of the `db` fixture's database, for a command or a child process to
    open the same database (as the same person)."""
    if isinstance(db, peewee.SqliteDatabase):
        return db.database
    if shared.is_shared(db):
        return request.getfixturevalue("shared_postgres").admin_url
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def actor(db, request) -> str:
    """Who the audit names for the test's changes: the stand-in OS user 'tester' (set above)
    on SQLite and plain PostgreSQL; in a shared database the signed-in login, whatever the
    app was told."""
    if shared.is_shared(db):
        return request.getfixturevalue("shared_postgres").admin
    return "tester"


@pytest.fixture
def sqlite_db(tmp_path):
    """A SQLite-only database, for tests of SQLite behaviour (files, WAL, backup)."""
    yield from _open(str(tmp_path / "test.db"))


@pytest.fixture
def make():
    """The record builders (tests/records.py), writing to whichever database the test has
    open: request `db`, `sqlite_db` or `ui_db` with it."""
    return Make()
