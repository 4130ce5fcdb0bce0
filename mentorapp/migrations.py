"""Schema versions. A new database is created at `CURRENT_VERSION` from the models; an older one
is backed up and then brought forward one step at a time, each step and its version bump in one
transaction.

Steps are frozen history: each carries its own DDL (columns and indexes spelt out by name) and
its data fix-ups as plain SQL, exactly as on the day it was written. A step never imports the
services or asks a live model to create anything: the models describe today's schema, and a step
written last year must still upgrade a database of last year.

To change the schema: change the models, add a `_to_N` step below written in plain SQL for both
backends (the SQL a new database gets, so the two end up alike), register it in `STEPS`, bump
`CURRENT_VERSION`, and save a database of the previous version in `tests/data/`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from mentorapp import models
from mentorapp.dates import certification_expiry
from mentorapp.db import describe, is_sqlite, sqlite_backup
from mentorapp.errors import UserError
from mentorapp.text import fold_key, sort_key

log = logging.getLogger(__name__)

CURRENT_VERSION = 7


class SchemaTooNewError(UserError):
    pass


def _run(db: peewee.Database, *statements: str) -> None:
    for statement in statements:
        db.execute_sql(statement)


def _as_date(value) -> dt.date:
    """A DATE column's value: a date on PostgreSQL, ISO text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _to_2(db: peewee.Database) -> None:
    """Enrollment.expires_on: a completed certification's expiry, backfilled from its program."""
    _run(db,
         'ALTER TABLE "enrollment" ADD COLUMN "expires_on" DATE',
         'CREATE INDEX "enrollment_expires_on" ON "enrollment" ("expires_on")')
    done = db.execute_sql(
        'SELECT e."id", e."completed_date", p."validity_months" FROM "enrollment" e '
        'JOIN "training_program" p ON p."id" = e."program_id" '
        "WHERE e.\"status\" = 'completed' AND e.\"completed_date\" IS NOT NULL "
        'AND p."validity_months" IS NOT NULL').fetchall()
    update = f'UPDATE "enrollment" SET "expires_on" = {db.param} WHERE "id" = {db.param}'
    for enrollment_id, completed, months in done:
        expiry = certification_expiry(_as_date(completed), months)
        db.execute_sql(update, (expiry.isoformat(), enrollment_id))


def _to_3(db: peewee.Database) -> None:
    """Dashboard speed on a million feedback entries: covering indexes for the period figures,
    and CheckIn.is_latest so overdue check-ins are read straight from an index."""
    flag = "INTEGER NOT NULL DEFAULT 0" if is_sqlite(db) else "BOOLEAN NOT NULL DEFAULT FALSE"
    true = "1" if is_sqlite(db) else "TRUE"
    _run(db,
         'DROP INDEX "check_in_next_date"',
         f'ALTER TABLE "check_in" ADD COLUMN "is_latest" {flag}',
         'CREATE INDEX "check_in_is_latest_next_date" ON "check_in" ("is_latest", "next_date")',
         'DROP INDEX "enrollment_completed_date"',
         'CREATE INDEX "enrollment_status_completed_date_staff_id_hours" '
         'ON "enrollment" ("status", "completed_date", "staff_id", "hours")',
         'CREATE INDEX "feedback_date_source_rating" ON "feedback" ("date", "source", "rating")',
         'CREATE INDEX "assignment_staff_id_end_date_client_id" '
         'ON "assignment" ("staff_id", "end_date", "client_id")',
         # Each person's newest check-in that is not archived (ties: the higher id).
         f'UPDATE "check_in" SET "is_latest" = {true} WHERE NOT "archived" AND NOT EXISTS ('
         'SELECT 1 FROM "check_in" newer WHERE newer."staff_id" = "check_in"."staff_id" '
         'AND NOT newer."archived" AND (newer."date" > "check_in"."date" OR '
         '(newer."date" = "check_in"."date" AND newer."id" > "check_in"."id")))')


def _to_4(db: peewee.Database) -> None:
    """Client report speed: a covering index for one client's feedback in a period."""
    _run(db,
         'DROP INDEX "feedback_client_id_date_visibility"',
         'CREATE INDEX "feedback_client_period" ON "feedback" ("client_id", "date", '
         '"visibility", "archived", "staff_id", "kind", "source", "rating")')


def _to_5(db: peewee.Database) -> None:
    """One person, one client: Unicode-correct names. Client and staff get key columns filled
    from their texts with mentorapp.text (a later change to those functions needs its own
    step to refill them); uniqueness moves from the exact client name and employee ID to
    their folded keys. A record whose key another already has (the same name typed in
    another case or Unicode form) gets a numbered suffix, written to the log and the audit
    trail, so the unique indexes can be made."""
    sqlite = is_sqlite(db)
    sort_type = "TEXT" if sqlite else 'TEXT COLLATE "C"'  # byte order, as on SQLite
    for table, unique_key in (("client", "name_key"), ("staff", "employee_key")):
        columns = ((unique_key, "TEXT"), ("sort_key", sort_type), ("search_key", "TEXT"))
        for column, kind in columns:
            _run(db, f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind} NOT NULL DEFAULT \'\'')
            if not sqlite:  # a new database's columns have no default (SQLite cannot drop it)
                _run(db, f'ALTER TABLE "{table}" ALTER COLUMN "{column}" DROP DEFAULT')
    _run(db, 'DROP INDEX "client_name"', 'DROP INDEX "staff_employee_id"')

    def search_key(*texts) -> str:
        return "\n".join(sort_key(text or "") for text in texts)

    clients = []
    for client_id, name, *searched in _unique(
            db, "client", "name", 200, db.execute_sql(
                'SELECT "id", "name", "industry", "account_manager", "contact_name" '
                'FROM "client" ORDER BY "id"').fetchall()):
        clients.append((name, fold_key(name), f"{sort_key(name)}\x1f{name}",
                        search_key(name, *searched), client_id))
    _update_rows(db, "client", ("name", "name_key", "sort_key", "search_key"), clients)
    staff = []
    for staff_id, employee_id, first, last, email in _unique(
            db, "staff", "employee_id", 50, db.execute_sql(
                'SELECT "id", "employee_id", "first_name", "last_name", "email" '
                'FROM "staff" ORDER BY "id"').fetchall()):
        order = f"{sort_key(last)}\x1f{sort_key(first)}\x1f{last}\x1f{first}"
        staff.append((employee_id, fold_key(employee_id), order,
                      search_key(first, last, employee_id, email), staff_id))
    _update_rows(db, "staff", ("employee_id", "employee_key", "sort_key", "search_key"), staff)
    _run(db,
         'CREATE UNIQUE INDEX "client_name_key" ON "client" ("name_key")',
         'CREATE INDEX "client_sort_key" ON "client" ("sort_key")',
         'CREATE UNIQUE INDEX "staff_employee_key" ON "staff" ("employee_key")',
         'CREATE INDEX "staff_sort_key" ON "staff" ("sort_key")')


def _to_6(db: peewee.Database) -> None:
    """People and roles: users (shared mode's login roles), the account managers of a client,
    who a staff member reports to, feedback acknowledgement, and private session notes moved
    to a table of their own, one per author (the author of an old note is whoever created its
    session, as the audit trail says; empty when it does not say)."""
    sqlite = is_sqlite(db)
    key = "INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY"
    flag = "INTEGER" if sqlite else "BOOLEAN"
    stamp = "DATETIME" if sqlite else "TIMESTAMP"
    _run(db,
         f'CREATE TABLE "app_user" ("id" {key}, "login" VARCHAR(63) NOT NULL, '
         '"display_name" VARCHAR(200) NOT NULL, "role" VARCHAR(30) NOT NULL, '
         f'"staff_id" INTEGER, "active" {flag} NOT NULL, "created_at" {stamp} NOT NULL, '
         'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"))',
         'CREATE UNIQUE INDEX "app_user_login" ON "app_user" ("login")',
         'CREATE INDEX "app_user_staff_id" ON "app_user" ("staff_id")',
         f'CREATE TABLE "client_manager" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"user_id" INTEGER NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") '
         'ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") '
         'ON DELETE CASCADE)',
         'CREATE INDEX "client_manager_user_id" ON "client_manager" ("user_id")',
         'CREATE UNIQUE INDEX "client_manager_client_id_user_id" '
         'ON "client_manager" ("client_id", "user_id")',
         'ALTER TABLE "staff" ADD COLUMN "reports_to_id" INTEGER',
         'CREATE INDEX "staff_reports_to_id" ON "staff" ("reports_to_id")',
         f'ALTER TABLE "feedback" ADD COLUMN "acknowledged_at" {stamp}',
         'ALTER TABLE "feedback" ADD COLUMN "acknowledged_by" VARCHAR(100) NOT NULL DEFAULT \'\'',
         'ALTER TABLE "feedback" ADD COLUMN "acknowledgement" TEXT NOT NULL DEFAULT \'\'',
         f'CREATE TABLE "session_private_note" ("id" {key}, "session_id" INTEGER NOT NULL, '
         f'"author" VARCHAR(100) NOT NULL, "text" TEXT NOT NULL, "updated_at" {stamp} NOT NULL, '
         'FOREIGN KEY ("session_id") REFERENCES "mentoring_session" ("id") ON DELETE CASCADE)',
         'CREATE UNIQUE INDEX "session_private_note_session_id_author" '
         'ON "session_private_note" ("session_id", "author")',
         'INSERT INTO "session_private_note" ("session_id", "author", "text", "updated_at") '
         'SELECT s."id", COALESCE((SELECT a."actor" FROM "audit_entry" a '
         "WHERE a.\"entity\" = 'mentoring session' AND a.\"entity_id\" = s.\"id\" "
         "AND a.\"action\" = 'create' ORDER BY a.\"at\" LIMIT 1), ''), s.\"private_notes\", "
         "CURRENT_TIMESTAMP FROM \"mentoring_session\" s WHERE s.\"private_notes\" <> ''",
         'ALTER TABLE "mentoring_session" DROP COLUMN "private_notes"')
    if not sqlite:  # as a new database has it (SQLite cannot add a constraint)
        _run(db,
             'ALTER TABLE "staff" ADD CONSTRAINT "fk_staff_reports_to_id_refs_app_user" '
             'FOREIGN KEY ("reports_to_id") REFERENCES "app_user" ("id") ON DELETE SET NULL')


def _extension(db: peewee.Database, name: str) -> str | None:
    """PostgreSQL: the schema of extension `name`, created first where this user may (a
    savepoint, so a refusal leaves the transaction usable); None, with a warning, if not."""
    def schema():
        row = db.execute_sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                             "ON n.oid = e.extnamespace WHERE e.extname = %s", (name,)).fetchone()
        return row[0] if row else None

    if schema() is None:
        try:
            with db.atomic():
                db.execute_sql(f'CREATE EXTENSION IF NOT EXISTS "{name}"')
        except peewee.DatabaseError as exc:
            log.warning("PostgreSQL extension %s could not be created (%s); text search works "
                        "without it, slower or without accent folding. A superuser can run "
                        "CREATE EXTENSION %s.", name, str(exc).strip().splitlines()[0], name)
    return schema()


def _to_7(db: peewee.Database) -> None:
    """Search at company scale. SQLite: FTS5 tables over the texts of feedback, mentoring
    sessions (shared notes only) and career goals, kept by triggers and filled now.
    PostgreSQL: a text search configuration without accents, a stored generated tsvector of
    those texts in each table with a GIN index, and trigram indexes on the client and staff
    search keys (LIKE '%word%'); each extension only where this user may create it."""
    texts = {"feedback": ("comment", "strengths", "improvements", "root_cause",
                          "lesson_learned", "corrective_action"),
             "mentoring_session": ("shared_notes",),
             "career_goal": ("title", "description")}
    if is_sqlite(db):
        for table, columns in texts.items():
            names = ", ".join(f'"{c}"' for c in columns)
            new = ", ".join(f'new."{c}"' for c in columns)
            old = ", ".join(f'old."{c}"' for c in columns)
            fts = f'"{table}_text"'
            delete = (f"INSERT INTO {fts} ({fts}, rowid, {names}) "
                      f"VALUES ('delete', old.\"id\", {old});")
            insert = f'INSERT INTO {fts} (rowid, {names}) VALUES (new."id", {new});'
            _run(db,
                 f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
                 "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
                 f'CREATE TRIGGER "{table}_text_insert" AFTER INSERT ON "{table}" '
                 f"BEGIN {insert} END",
                 f'CREATE TRIGGER "{table}_text_delete" AFTER DELETE ON "{table}" '
                 f"BEGIN {delete} END",
                 f'CREATE TRIGGER "{table}_text_update" AFTER UPDATE OF {names} ON "{table}" '
                 f"BEGIN {delete} {insert} END",
                 f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
        return
    trgm, unaccent = _extension(db, "pg_trgm"), _extension(db, "unaccent")
    _run(db, 'DROP TEXT SEARCH CONFIGURATION IF EXISTS "mentorapp_text"',
         'CREATE TEXT SEARCH CONFIGURATION "mentorapp_text" (COPY = pg_catalog.simple)')
    if unaccent:
        _run(db, 'ALTER TEXT SEARCH CONFIGURATION "mentorapp_text" ALTER MAPPING FOR '
             "asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, "
             f'numhword, hword_numpart WITH "{unaccent}".unaccent, pg_catalog.simple')
    for table, columns in texts.items():
        document = " || ' ' || ".join(f'"{c}"' for c in columns)
        _run(db, f'ALTER TABLE "{table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS '
             f"AS (to_tsvector('mentorapp_text'::regconfig, {document})) STORED",
             f'CREATE INDEX "{table}_text" ON "{table}" USING GIN ("search_vector")')
    if trgm:
        for table in ("client", "staff"):
            _run(db, f'CREATE INDEX "{table}_search_key_trgm" ON "{table}" '
                 f'USING GIN ("search_key" "{trgm}".gin_trgm_ops)')


def _unique(db: peewee.Database, table: str, field: str, max_length: int, rows: list) -> list:
    """`rows` (id, value, ...) with each value whose fold_key an earlier row has made unique
    by a suffix " (2)", " (3)", ...; each change is logged and audited."""
    taken = {fold_key(row[1]) for row in rows}
    seen: set[str] = set()
    result = []
    audit = ('INSERT INTO "audit_entry" ("at", "actor", "action", "entity", "entity_id", '
             f'"changes") VALUES ({", ".join([db.param] * 6)})')
    now = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    for row_id, value, *rest in rows:
        new, number = value, 1
        while fold_key(new) in seen:
            number += 1
            suffix = f" ({number})"
            new = value[:max_length - len(suffix)] + suffix
            if fold_key(new) in taken:
                new = value  # another record has this very name: try the next number
        seen.add(fold_key(new))
        if new != value:
            log.warning("%s %s: %r is the same as an earlier %s; renamed %r", table, row_id,
                        value, field, new)
            changes = json.dumps({field: [value, new]}, ensure_ascii=False)
            db.execute_sql(audit, (now, "schema upgrade", "update", table, row_id, changes))
        result.append((row_id, new, *rest))
    return result


def _update_rows(db: peewee.Database, table: str, columns: tuple[str, ...], rows: list) -> None:
    """UPDATE `table` SET `columns` for each row (values..., id), in batches."""
    assignments = ", ".join(f'"{column}" = {db.param}' for column in columns)
    sql = f'UPDATE "{table}" SET {assignments} WHERE "id" = {db.param}'
    cursor = db.cursor()
    if is_sqlite(db):
        cursor.executemany(sql, rows)
    else:
        from psycopg2.extras import execute_batch

        execute_batch(cursor, sql, rows, page_size=1000)


STEPS: dict[int, Callable[[peewee.Database], None]] = {
    2: _to_2, 3: _to_3, 4: _to_4, 5: _to_5, 6: _to_6, 7: _to_7}


def schema_version(db: peewee.Database) -> int | None:
    """The stored schema version, or None for a database MentorApp has not set up."""
    if not db.table_exists("schema_version"):
        return None
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return row[0] if row and row[0] is not None else None


def migrate(db: peewee.Database, *, seed: Callable[[], None] | None = None) -> Path | None:
    """Bring `db` to the current schema; `seed` fills a newly created one (in the same
    transaction). Returns the backup made before migrating, if any."""
    version = schema_version(db)
    if version is None:
        _create(db, seed)
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
            db.execute_sql(f'UPDATE "schema_version" SET "version" = {db.param}', (step,))
        _check_integrity(db)
    return backup


def _create(db: peewee.Database, seed: Callable[[], None] | None) -> None:
    with db.atomic():
        if schema_version(db) is not None:  # another process created it meanwhile
            return
        if any(db.table_exists(m._meta.table_name) for m in models.ALL_MODELS):
            raise UserError("This database has MentorApp tables but no schema version; "
                            "it was not changed. Restore a backup or choose another database.")
        db.create_tables(models.ALL_MODELS)
        if is_sqlite(db):
            _run(db, *models.text_search_sql(True))
        else:  # Staff and AppUser refer to each other
            models.Staff._schema.create_foreign_key(models.Staff.reports_to)
            _run(db, *models.text_search_sql(False, trgm=_extension(db, "pg_trgm"),
                                             unaccent=_extension(db, "unaccent")))
        models.SchemaVersion.create(version=CURRENT_VERSION)
        if seed:
            seed()


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
