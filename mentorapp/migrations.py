"""Schema versions. A new database is created at `CURRENT_VERSION`; an older one is backed up
and then brought forward one step at a time, each step and its version bump in one transaction.

To change the schema: change the models, add a `_to_N` step below, register it in `STEPS`,
bump `CURRENT_VERSION`, and save a database of the previous version in `tests/data/`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from mentorapp import models
from mentorapp.db import describe, is_sqlite, sqlite_backup
from mentorapp.errors import UserError

log = logging.getLogger(__name__)

CURRENT_VERSION = 4


class SchemaTooNewError(UserError):
    pass


def _to_2(db: peewee.Database) -> None:
    """Enrollment.expires_on: a completed certification's expiry, backfilled from its program."""
    migrator = SchemaMigrator.from_database(db)
    run_operations(
        migrator.add_column("enrollment", "expires_on", models.Enrollment.expires_on),
        migrator.add_index("enrollment", ("expires_on",), False),
    )
    done = (models.Enrollment.select(models.Enrollment.id, models.Enrollment.completed_date,
                                     models.TrainingProgram.validity_months)
            .join(models.TrainingProgram)
            .where(models.Enrollment.status == "completed",
                   models.Enrollment.completed_date.is_null(False),
                   models.TrainingProgram.validity_months.is_null(False))
            .tuples())
    from mentorapp.services.training import certification_expiry

    for enrollment_id, completed, months in list(done):
        (models.Enrollment.update(expires_on=certification_expiry(completed, months))
         .where(models.Enrollment.id == enrollment_id).execute())


def _to_3(db: peewee.Database) -> None:
    """Dashboard speed on a million feedback entries: covering indexes for the period figures,
    and CheckIn.is_latest so overdue check-ins are read straight from an index."""
    from mentorapp.services.careers import mark_latest_check_ins

    migrator = SchemaMigrator.from_database(db)
    run_operations(
        migrator.drop_index("check_in", "check_in_next_date"),
        migrator.add_column("check_in", "is_latest", models.CheckIn.is_latest),
        migrator.add_index("check_in", ("is_latest", "next_date"), False),
        migrator.drop_index("enrollment", "enrollment_completed_date"),
        migrator.add_index("enrollment", ("status", "completed_date", "staff_id", "hours"), False),
        migrator.add_index("feedback", ("date", "source", "rating"), False),
        migrator.add_index("assignment", ("staff_id", "end_date", "client_id"), False),
    )
    mark_latest_check_ins()


def _to_4(db: peewee.Database) -> None:
    """Client report speed: a covering index for one client's feedback in a period."""
    run_operations(SchemaMigrator.from_database(db).drop_index(
        "feedback", "feedback_client_id_date_visibility"))
    models.Feedback._schema.create_indexes(safe=True)  # adds feedback_client_period


STEPS = {2: _to_2, 3: _to_3, 4: _to_4}


def schema_version(db: peewee.Database) -> int | None:
    """The stored schema version, or None for a database MentorApp has not set up."""
    if not db.table_exists("schema_version"):
        return None
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] if row and row[0] is not None else None


def migrate(db: peewee.Database) -> Path | None:
    """Bring `db` to the current schema. Returns the backup made before migrating, if any."""
    version = schema_version(db)
    if version is None:
        _create(db)
        return None
    if version > CURRENT_VERSION:
        raise SchemaTooNewError(
            f"The database {describe(db.database)} has schema version {version}, newer than "
            f"this MentorApp understands ({CURRENT_VERSION}). Update MentorApp to open it; "
            "the database was not changed.")
    if version == CURRENT_VERSION:
        return None
    backup = _backup_before_migration(db, version)
    for step in range(version + 1, CURRENT_VERSION + 1):
        log.info("Migrating database schema to version %s", step)
        with db.atomic():
            if schema_version(db) >= step:  # another process migrated it meanwhile
                continue
            STEPS[step](db)
            models.SchemaVersion.update(version=step).execute()
        _check_integrity(db)
    return backup


def _create(db: peewee.Database) -> None:
    from mentorapp.services.seed import seed_defaults

    with db.atomic():
        if schema_version(db) is not None:  # another process created it meanwhile
            return
        if any(db.table_exists(m._meta.table_name) for m in models.ALL_MODELS):
            raise UserError("This database has MentorApp tables but no schema version; "
                            "it was not changed. Restore a backup or choose another database.")
        db.create_tables(models.ALL_MODELS)
        models.SchemaVersion.create(version=CURRENT_VERSION)
        seed_defaults()


def _backup_before_migration(db: peewee.Database, version: int) -> Path | None:
    if not is_sqlite(db) or db.database == ":memory:":
        log.warning("Migrating a PostgreSQL database in place; back it up with pg_dump first.")
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = Path(db.database)
    return sqlite_backup(db, path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}"))


def _check_integrity(db: peewee.Database) -> None:
    if not is_sqlite(db):
        return
    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise UserError(f"Migration left {len(problems)} broken references "
                        f"(first in table {problems[0][0]}); restore the backup.")
    result = db.execute_sql("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise UserError(f"Database integrity check failed after migration: {result}")
