"""Opening a database: connect, bind the models, bring the schema up to date.

It sits above the services (a new database is seeded with the default competencies) so that
`db` and `migrations` import nothing above themselves. The CLI and the GUI open databases
through here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

import peewee

from mentorapp import db, migrations, shared
from mentorapp.errors import UserError
from mentorapp.paths import resolve_target
from mentorapp.services import audit, maintenance
from mentorapp.services.seed import seed_defaults
from mentorapp.translations import _

describe_target = db.describe


def open_database(target: str | None = None, *, migrate: bool = True) -> peewee.Database:
    """Open the database (path or URL; None: the default), bind the models to it and, unless
    `migrate` is False, bring it to the current schema."""
    target = resolve_target(target)
    database = db.connect(target)
    db.open_connection(database, target)
    db.database.initialize(database)
    names = shared.roles(database) if not db.is_sqlite(database) else None
    audit.set_recorded_by_database(names is not None)
    if names is not None:
        audit.set_actor(database.execute_sql("SELECT session_user").fetchone()[0])
    if migrate:
        try:
            migrate_schema(database)
        except peewee.PeeweeException as exc:  # the server refused a query (rights, schema)
            lines = str(exc).strip().splitlines()
            raise UserError(_("Cannot use database {target}: {reason}").format(
                target=db.describe(target),
                reason=lines[0] if lines else type(exc).__name__)) from exc
    return database


def check_target(target: str) -> None:
    """Raise a UserError when a database path or URL is malformed (nothing is connected)."""
    db.connect(target)


def migrate_schema(database: peewee.Database) -> Path | None:
    """Create or upgrade the schema; returns the backup made before upgrading, if any."""
    names = shared.roles(database) if not db.is_sqlite(database) else None
    if names is None:
        return migrations.migrate(database, seed=seed_defaults)
    _migrate_shared(database, names)
    return None


def _migrate_shared(database: peewee.Database, names: shared.Roles) -> None:
    """Upgrade a shared database: only an admin may, acting as the owner role, and the grants,
    policies and triggers are renewed for the new schema."""
    version = migrations.schema_version(database)
    if version is None or version >= migrations.CURRENT_VERSION:
        migrations.migrate(database)  # refuses a newer schema; nothing to do otherwise
        return
    role = database.execute_sql("SELECT app_role()").fetchone()[0]
    if role != "admin":
        raise UserError(_("The shared database is at schema version {version} and this "
                          "MentorApp needs {needed}: ask an administrator to run `migrate`")
                        .format(version=version, needed=migrations.CURRENT_VERSION))
    with database.atomic():
        database.execute_sql(f"SET LOCAL ROLE {shared.quote(names.owner)}")
        migrations.migrate(database)
        shared.apply_policies(database, names)


def restore_database(target: str, backup_file: Path, *, force: bool = False) -> peewee.Database:
    """Replace the SQLite database `target` with a backup, then open it (an older backup is
    migrated on the way)."""
    maintenance.restore(target, backup_file, force=force)
    return open_database(target)


def current_database() -> peewee.Database | None:
    """The database the models are bound to; None before one was opened."""
    return db.database.obj


def is_empty(database: peewee.Database | None = None) -> bool:
    """True when the open database holds no people, clients or records."""
    return maintenance.is_empty(database or db.database.obj)


def worker_connection():
    """A context in which a worker thread has its own connection, closed at the end."""
    return db.database.connection_context()


def close_database() -> None:
    """Close the open database's connection (signing out of a shared database)."""
    if db.database.obj is not None and not db.database.obj.is_closed():
        db.database.obj.close()
