"""The database: one proxy every model is bound to, connected and bound by
`mentorapp.opening.open_database()`.

SQLite is the default (one file in the user data folder). A PostgreSQL URL selects the
shared multi-user mode. Every service call runs inside `transaction()`, which on SQLite
begins IMMEDIATE so that a read-then-write never fails with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

import peewee

from mentorapp import collation, urls
from mentorapp.errors import PermissionDenied, UserError
from mentorapp.paths import make_private, private_files, private_folder
from mentorapp.translations import _

database = peewee.DatabaseProxy()

OPEN_RETRIES = 100
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a grant or a row-level policy said no
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 30_000,
    "cache_size": -32_000,
}


def describe(target: str) -> str:
    """A target for display, with any password hidden."""
    return urls.describe(target)


def connect(target: str) -> peewee.Database:
    """A new, unbound database object for a path or URL (`sqlite:///...`, `postgresql://...`)."""
    scheme = urls.scheme(target)
    if scheme in urls.POSTGRES_SCHEMES:
        url = urls.parse_postgres(target)
        return peewee.PostgresqlDatabase(url.database, user=url.user, password=url.password,
                                         host=url.host, port=url.port, **url.options)
    if scheme == "sqlite":
        path = unquote(target[len("sqlite:///"):]) if target.startswith("sqlite:///") else ""
        if not path:
            raise UserError(_("SQLite URL must look like sqlite:///path/to/file.db: {target}")
                            .format(target=target))
    elif scheme and len(scheme) > 1:
        raise UserError(_("Unsupported database URL {target}: use a file path, "
                          "sqlite:///PATH or postgresql://user@host/name").format(
                            target=repr(describe(target))))
    else:
        path = target
    if path != ":memory:":
        folder = Path(path).expanduser().resolve().parent
        try:
            private_folder(folder)
        except OSError as exc:
            raise UserError(_("Cannot create the database folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror)) from exc
        path = str(Path(path).expanduser())
    db = peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                               timeout=30, check_same_thread=False)
    collation.register(db)  # names in the window's language, as PostgreSQL's ICU sorts them
    return db


def open_connection(db: peewee.Database, target: str) -> None:
    """Connect `db`, or raise a UserError that says why not."""
    # Switching a rollback-journal file to WAL needs an exclusive lock; when two processes
    # open such a file at the same moment SQLite answers "locked" at once instead of waiting.
    for attempt in range(OPEN_RETRIES):
        try:
            if is_sqlite(db) and db.database != ":memory:":
                with private_files():  # a new file, its -wal and -shm: 0600
                    db.connect(reuse_if_open=True)
                make_private(*(db.database + end for end in ("", "-wal", "-shm")))
            else:
                db.connect(reuse_if_open=True)
            return
        except peewee.DatabaseError as exc:  # also "file is not a database"
            if "locked" in str(exc) and attempt + 1 < OPEN_RETRIES:
                db.close()
                time.sleep(0.1)
                continue
            first = str(exc).strip().splitlines()[0]
            if "file is not a database" in first:
                raise UserError(_("{target} is not a MentorApp database (it is not an SQLite "
                                  "file)").format(target=describe(target))) from exc
            raise UserError(_("Cannot open database {target}: {reason}").format(
                target=describe(target), reason=first)) from exc


def is_sqlite(db: peewee.Database | None = None) -> bool:
    """Whether `db` (default: the open database; the proxy itself is understood) is SQLite."""
    db = db or database
    if isinstance(db, peewee.DatabaseProxy):
        db = db.obj
    return isinstance(db, peewee.SqliteDatabase)


@contextmanager
def transaction():
    """One unit of work: all of it happens or none of it (IMMEDIATE on SQLite). A change the
    shared database refuses to the signed-in person becomes a PermissionDenied."""
    try:
        with database.atomic():
            yield
    except peewee.DatabaseError as exc:
        driver_error = getattr(exc, "orig", None) or exc.__context__
        if getattr(driver_error, "pgcode", None) != INSUFFICIENT_PRIVILEGE:
            raise
        first = next(iter(str(exc).strip().splitlines()), "")
        raise PermissionDenied(_("you do not have permission to make this change ({reason})")
                               .format(reason=first)) from exc


@contextmanager
def read_snapshot():
    """Everything read inside sees one moment of the database: a report's sheets agree with each
    other even while others commit. SQLite: a deferred transaction whose snapshot starts at once
    and is held to the end; PostgreSQL: REPEATABLE READ, READ ONLY. Nothing is written."""
    db = database.obj
    if db.in_transaction():  # already inside a unit of work: its view is the snapshot
        yield
        return
    if is_sqlite(db):
        with db.atomic(lock_type="DEFERRED"):
            db.execute_sql("SELECT COUNT(*) FROM sqlite_master").fetchone()  # start the snapshot
            yield
    else:
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield


def sqlite_backup(db: peewee.Database, out: str | Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe under WAL and writers)."""
    out = Path(out)
    if out.is_dir():
        raise UserError(_("{folder} is a folder: give the backup a file name, e.g. {example}")
                        .format(folder=out, example=out / "mentorapp-backup.db"))
    if not out.parent.is_dir():
        raise UserError(_("Backup folder does not exist: {folder}").format(folder=out.parent))
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise UserError(_("Cannot write the backup: the folder {folder} is read-only").format(
            folder=out.parent))
    tmp = out.with_name(f"{out.name}.{os.getpid()}.part")
    try:  # a full disk or a refused write leaves no partial copy behind
        with private_files():
            target = sqlite3.connect(tmp)
            try:
                db.connection().backup(target)
            finally:
                target.close()
        os.replace(tmp, out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        # (a copy bigger than one step leaves its rollback journal too)
        tmp.with_name(f"{tmp.name}-journal").unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.Error, OSError)):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise UserError(_("Cannot write the backup {file}: {reason}; nothing was "
                              "written").format(file=out, reason=reason)) from exc
        raise
    return out
