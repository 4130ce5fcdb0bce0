"""Database housekeeping for the command line: counts, backup and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from mentorapp import db as dbmod
from mentorapp import migrations, models
from mentorapp.errors import UserError
from mentorapp.translations import _


def row_counts() -> dict[str, int]:
    """Rows per entity, in model order (schema bookkeeping tables left out)."""
    return {m.__name__: m.select().count() for m in models.ALL_MODELS
            if m is not models.SchemaVersion}


def backup(database: peewee.Database, out: Path) -> Path:
    if not dbmod.is_sqlite(database):
        raise UserError(_("Backups of a shared PostgreSQL database are made with pg_dump, e.g. "
                          "pg_dump -Fc -f mentorapp.dump postgresql://user@host/name"))
    if Path(out).resolve() == Path(database.database).resolve():
        raise UserError(_("The backup file cannot be the database itself"))
    return dbmod.sqlite_backup(database, out)


def restore(target: str, backup_file: Path, *, force: bool = False) -> None:
    """Replace the SQLite database `target` with the contents of `backup_file` (open it with
    `opening.restore_database`, which migrates an older backup)."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise UserError(_("Backup file not found: {file}").format(file=backup_file))
    source = _open_backup(backup_file)
    try:
        database = dbmod.connect(target)
        if not dbmod.is_sqlite(database):
            raise UserError(_("Restore into PostgreSQL with pg_restore; this command restores "
                              "SQLite backups"))
        database.connect()
        try:
            if migrations.schema_version(database) is not None and \
                    not is_empty(database) and not force:
                raise UserError(_("{target} already holds data; add --force to overwrite it with "
                                  "the backup").format(target=dbmod.describe(target)))
            source.backup(database.connection())
        finally:
            database.close()
    finally:
        source.close()


def _open_backup(path: Path) -> sqlite3.Connection:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise UserError(_("{file} is damaged (integrity check failed)").format(file=path))
        names = {n for (n,) in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        source.close()
        raise UserError(_("{file} is not a MentorApp backup: {reason}").format(
            file=path, reason=exc)) from None
    if "schema_version" not in names:
        source.close()
        raise UserError(_("{file} is not a MentorApp backup (no schema version)").format(
            file=path))
    (version,) = source.execute("SELECT MAX(version) FROM schema_version").fetchone()
    if version is not None and version > migrations.CURRENT_VERSION:
        source.close()
        raise UserError(_("{file} was made by a newer MentorApp (schema version {version}, this "
                          "one understands {understood}); nothing was restored").format(
                            file=path, version=version, understood=migrations.CURRENT_VERSION))
    return source


def is_empty(database: peewee.Database) -> bool:
    """True when the database holds no people, clients or records (settings do not count)."""
    return not any(m.select().exists(database) for m in models.DATA_MODELS)
