"""Opening a database: connect, bind the models, bring the schema up to date.

It sits above the services (a new database is seeded with the default competencies) so that
`db` and `migrations` import nothing above themselves. The CLI and the GUI open databases
through here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

import peewee

from mentorapp import db, migrations
from mentorapp.errors import UserError
from mentorapp.paths import resolve_target
from mentorapp.services import maintenance
from mentorapp.services.seed import seed_defaults

describe_target = db.describe


def open_database(target: str | None = None, *, migrate: bool = True) -> peewee.Database:
    """Open the database (path or URL; None: the default), bind the models to it and, unless
    `migrate` is False, bring it to the current schema."""
    target = resolve_target(target)
    database = db.connect(target)
    db.open_connection(database, target)
    db.database.initialize(database)
    if migrate:
        try:
            migrate_schema(database)
        except peewee.PeeweeException as exc:  # the server refused a query (rights, schema)
            lines = str(exc).strip().splitlines()
            raise UserError(f"Cannot use database {db.describe(target)}: "
                            f"{lines[0] if lines else type(exc).__name__}") from exc
    return database


def migrate_schema(database: peewee.Database) -> Path | None:
    """Create or upgrade the schema; returns the backup made before upgrading, if any."""
    return migrations.migrate(database, seed=seed_defaults)


def restore_database(target: str, backup_file: Path, *, force: bool = False) -> peewee.Database:
    """Replace the SQLite database `target` with a backup, then open it (an older backup is
    migrated on the way)."""
    maintenance.restore(target, backup_file, force=force)
    return open_database(target)


def is_empty(database: peewee.Database | None = None) -> bool:
    """True when the open database holds no people, clients or records."""
    return maintenance.is_empty(database or db.database.obj)


def worker_connection():
    """A context in which a worker thread has its own connection, closed at the end."""
    return db.database.connection_context()
