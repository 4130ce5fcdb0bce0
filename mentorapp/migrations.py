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
from mentorapp.translations import _

log = logging.getLogger(__name__)

CURRENT_VERSION = 16


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


# Schema version 8: the SQL that keeps `models.DashboardDay` (see there), for step 8 and a new
# database alike (a later step that changes the roll-ups writes its own; new databases and the
# check in services.rollups then use that one). SQLite: row triggers, one UPSERT each.
# PostgreSQL: statement triggers over the transition tables, so a bulk insert adds its rows up
# in one pass, through SECURITY DEFINER functions (in shared mode whoever may write the rows
# moves the figures, while only some roles may read them).
ROLLUP_COLUMNS = ("figure", "client_id", "day", "source", "entries", "rating_sum", "rated",
                  "hour_tenths")
_COUNTED = {  # the rows each figure adds up, `{r}` their alias
    "feedback": 'NOT {r}"archived"',
    "enrollment": "{r}\"status\" = 'completed' AND {r}\"completed_date\" IS NOT NULL "
                  'AND NOT {r}"archived"',
}
_ROW_COLUMNS = {"feedback": ("date", "source", "client_id", "rating"),
                "enrollment": ("staff_id", "completed_date", "hours"),
                "assignment": ("id", "staff_id", "client_id", "end_date")}
# An open assignment `a`, the first of its (person, client): each client a person is on now,
# once.
CURRENT_CLIENT = ('a."end_date" IS NULL AND NOT EXISTS (SELECT 1 FROM "assignment" d '
                  'WHERE d."staff_id" = a."staff_id" AND d."client_id" = a."client_id" '
                  'AND d."end_date" IS NULL AND d."id" < a."id")')


def _tenths(alias: str) -> str:
    return f'COALESCE(CAST(ROUND({alias}."hours" * 10) AS INTEGER), 0)'


def rollup_select() -> str:
    """Every roll-up row computed from the base tables, columns named as in the table (to fill
    it and to check it)."""
    counted = _COUNTED["enrollment"].format(r="e.")
    return (
        "SELECT 'feedback' AS \"figure\", 0 AS \"client_id\", \"date\" AS \"day\", "
        '"source", COUNT(*) AS "entries", COALESCE(SUM("rating"), 0) AS "rating_sum", '
        'COUNT("rating") AS "rated", 0 AS "hour_tenths" FROM "feedback" WHERE NOT "archived" '
        'GROUP BY "date", "source" '
        "UNION ALL SELECT 'feedback', \"client_id\", \"date\", \"source\", COUNT(*), "
        'COALESCE(SUM("rating"), 0), COUNT("rating"), 0 FROM "feedback" WHERE NOT "archived" '
        'AND "client_id" IS NOT NULL GROUP BY "client_id", "date", "source" '
        "UNION ALL SELECT 'training', 0, e.\"completed_date\", '', COUNT(*), 0, 0, "
        f'SUM({_tenths("e")}) FROM "enrollment" e WHERE {counted} GROUP BY e."completed_date" '
        "UNION ALL SELECT 'training', a.\"client_id\", e.\"completed_date\", '', COUNT(*), 0, 0, "
        f'SUM({_tenths("e")}) FROM "enrollment" e JOIN "assignment" a '
        f'ON a."staff_id" = e."staff_id" AND {CURRENT_CLIENT} WHERE {counted} '
        'GROUP BY a."client_id", e."completed_date"')


def rollup_insert() -> str:
    """Fill an empty roll-up table from the base tables."""
    columns = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)
    return f'INSERT INTO "dashboard_day" ({columns}) {rollup_select()}'


def _upsert(select: str) -> str:
    columns = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)
    key = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS[:4])
    added = ", ".join(f'"{c}" = "dashboard_day"."{c}" + excluded."{c}"'
                      for c in ROLLUP_COLUMNS[4:])
    return (f'INSERT INTO "dashboard_day" ({columns}) {select} '
            f"ON CONFLICT ({key}) DO UPDATE SET {added}")


def _rows(table: str, sign: int, source: str | None, sqlite: bool, counted: bool = True) -> str:
    """The old or new rows of a change as a relation with a `sign` column: on SQLite the row
    `old`/`new` of a row trigger, on PostgreSQL the transition table `old_rows`/`new_rows`;
    None: no rows (the other side of an insert or delete)."""
    columns = _ROW_COLUMNS[table]
    if source is None:
        names = ", ".join(f'"{c}"' for c in columns)
        return f'SELECT {sign} AS "sign", {names} FROM "{table}" WHERE 1 = 0'
    prefix = f"{source}." if sqlite else "r."
    names = ", ".join(f'{prefix}"{c}" AS "{c}"' for c in columns)
    where = f" WHERE {_COUNTED[table].format(r=prefix)}" if counted else ""
    return f'SELECT {sign} AS "sign", {names}' + ("" if sqlite else f" FROM {source} r") + where


def _changed(table: str, old: str | None, new: str | None, sqlite: bool) -> str:
    return f"{_rows(table, -1, old, sqlite)} UNION ALL {_rows(table, 1, new, sqlite)}"


def _feedback_change(old: str | None, new: str | None, sqlite: bool) -> str:
    rows = _changed("feedback", old, new, sqlite)
    rating = 'c."sign" * COALESCE(c."rating", 0)'
    rated = 'CASE WHEN c."rating" IS NULL THEN 0 ELSE c."sign" END'
    return _upsert(
        f"SELECT 'feedback', c.\"client_id\", c.\"date\", c.\"source\", SUM(c.\"sign\"), "
        f"SUM({rating}), SUM({rated}), 0 FROM (SELECT \"sign\", 0 AS \"client_id\", \"date\", "
        f'"source", "rating" FROM ({rows}) everyone UNION ALL SELECT "sign", "client_id", '
        f'"date", "source", "rating" FROM ({rows}) about WHERE "client_id" IS NOT NULL) c '
        'WHERE true GROUP BY c."client_id", c."date", c."source" '
        f'HAVING SUM(c."sign") <> 0 OR SUM({rating}) <> 0 OR SUM({rated}) <> 0')


def _training(people: str) -> str:
    """Completed enrollments of each (staff_id, client_id, sign) in `people` (a relation p)
    added to (client, completion day); 0 as the client is everyone."""
    counted = _COUNTED["enrollment"].format(r="e.")
    change = f'p."sign" * {_tenths("e")}'
    return _upsert(
        "SELECT 'training', p.\"client_id\", e.\"completed_date\", '', SUM(p.\"sign\"), 0, 0, "
        f'SUM({change}) FROM ({people}) p JOIN "enrollment" e ON e."staff_id" = p."staff_id" '
        f'WHERE p."sign" <> 0 AND {counted} GROUP BY p."client_id", e."completed_date" '
        f'HAVING SUM(p."sign") <> 0 OR SUM({change}) <> 0')


def _enrollment_change(old: str | None, new: str | None, sqlite: bool) -> str:
    rows = _changed("enrollment", old, new, sqlite)
    change = f'c."sign" * {_tenths("c")}'
    return _upsert(
        "SELECT 'training', t.\"client_id\", t.\"day\", '', SUM(t.\"sign\"), 0, 0, "
        f'SUM(t."change") FROM (SELECT 0 AS "client_id", c."completed_date" AS "day", c."sign", '
        f'{change} AS "change" FROM ({rows}) c UNION ALL SELECT a."client_id", '
        f'c."completed_date", c."sign", {change} FROM ({rows}) c JOIN "assignment" a '
        f'ON a."staff_id" = c."staff_id" AND {CURRENT_CLIENT}) t WHERE true '
        'GROUP BY t."client_id", t."day" HAVING SUM(t."sign") <> 0 OR SUM(t."change") <> 0')


def _assignment_change(old: str | None, new: str | None, sqlite: bool) -> str:
    """A person joins a client's training figures when their first open assignment there
    appears, and leaves them when the last one ends: before and after the change, per
    (person, client) the change touched."""
    old_rows = _rows("assignment", 0, old, sqlite, counted=False)
    new_rows = _rows("assignment", 0, new, sqlite, counted=False)

    def open_there(extra: str = "") -> str:
        return ('EXISTS (SELECT 1 FROM "assignment" a WHERE a."staff_id" = q."staff_id" '
                f'AND a."client_id" = q."client_id" AND a."end_date" IS NULL{extra})')

    # NOT EXISTS, not NOT IN: PostgreSQL hashes a NOT IN only within work_mem, else compares
    # every row with every other (a 400,000-row insert ran for over 17 minutes).
    untouched = f' AND NOT EXISTS (SELECT 1 FROM ({new_rows}) n WHERE n."id" = a."id")'
    before = (f'{open_there(untouched)} OR EXISTS (SELECT 1 FROM ({old_rows}) o '
              'WHERE o."staff_id" = q."staff_id" AND o."client_id" = q."client_id" '
              'AND o."end_date" IS NULL)')
    people = (f'SELECT q."staff_id", q."client_id", CASE WHEN {open_there()} THEN 1 ELSE 0 END '
              f'- CASE WHEN {before} THEN 1 ELSE 0 END AS "sign" FROM (SELECT "staff_id", '
              f'"client_id" FROM ({old_rows}) o UNION SELECT "staff_id", "client_id" '
              f"FROM ({new_rows}) n) q")
    return _training(people)


def _feedback_row(sign: int, row: str) -> list[str]:
    """SQLite: one feedback row (`old` or `new`) added (sign 1) or taken off (-1), for everyone
    and for its client: plain UPSERTs, the cheapest per row of a bulk insert."""
    counted = _COUNTED["feedback"].format(r=f"{row}.")
    figures = (f'{row}."date", {row}."source", {sign}, {sign} * COALESCE({row}."rating", 0), '
               f'{sign} * ({row}."rating" IS NOT NULL), 0')
    return [_upsert(f"SELECT 'feedback', 0, {figures} WHERE {counted}"),
            _upsert(f"SELECT 'feedback', {row}.\"client_id\", {figures} WHERE {counted} "
                    f'AND {row}."client_id" IS NOT NULL')]


def _enrollment_row(sign: int, row: str) -> list[str]:
    """SQLite: one enrollment row added or taken off, for everyone and each client the person
    is on now."""
    counted = _COUNTED["enrollment"].format(r=f"{row}.")
    return [_upsert(
        f"SELECT 'training', t.\"client_id\", {row}.\"completed_date\", '', {sign}, 0, 0, "
        f'{sign} * {_tenths(row)} FROM (SELECT 0 AS "client_id" UNION ALL SELECT a."client_id" '
        f'FROM "assignment" a WHERE a."staff_id" = {row}."staff_id" AND {CURRENT_CLIENT}) t '
        f"WHERE {counted}")]


# Table: (its change as a set, on PostgreSQL and for assignments on SQLite; one row's part on
# SQLite, or None; the columns whose update moves the figures).
_ROLLUP_CHANGES = {
    "feedback": (_feedback_change, _feedback_row,
                 ("date", "source", "client_id", "rating", "archived")),
    "enrollment": (_enrollment_change, _enrollment_row,
                   ("staff_id", "status", "completed_date", "hours", "archived")),
    "assignment": (_assignment_change, None, ("staff_id", "client_id", "end_date")),
}


def rollup_sql(sqlite: bool, schema: str | None = None) -> list[str]:
    """The triggers (and on PostgreSQL their functions, in `schema`) that keep `DashboardDay`."""
    statements = []
    for table, (change, row_change, columns) in _ROLLUP_CHANGES.items():
        if sqlite:
            names = ", ".join(f'"{c}"' for c in columns)
            for event, old, new in (("INSERT", None, "new"), ("DELETE", "old", None),
                                    (f"UPDATE OF {names}", "old", "new")):
                name = f"{table}_dashboard_{event.split()[0].lower()}"
                body = ([change(old, new, True)] if row_change is None else
                        [*(row_change(-1, old) if old else []),
                         *(row_change(1, new) if new else [])])
                statements.append(f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" '
                                  f"BEGIN {'; '.join(body)}; END")
            continue
        function = f'"dashboard_day_of_{table}"'
        statements += [
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
            f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$ BEGIN '
            f"IF TG_OP = 'INSERT' THEN {change(None, 'new_rows', False)}; "
            f"ELSIF TG_OP = 'UPDATE' THEN {change('old_rows', 'new_rows', False)}; "
            f"ELSE {change('old_rows', None, False)}; END IF; RETURN NULL; END $$",
            f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC"]
        for event, tables in (("INSERT", "NEW TABLE AS new_rows"),
                              ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                              ("DELETE", "OLD TABLE AS old_rows")):
            statements.append(
                f'CREATE TRIGGER "dashboard_day_{event.lower()}" AFTER {event} ON "{table}" '
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
    return statements


def _to_8(db: peewee.Database) -> None:
    """Dashboard from roll-ups: the table `dashboard_day`, filled from the rows there are, and
    the triggers that keep it from now on (`rollup_sql`)."""
    sqlite = is_sqlite(db)
    _run(db,
         'CREATE TABLE "dashboard_day" ("figure" VARCHAR(10) NOT NULL, '
         '"client_id" INTEGER NOT NULL, "day" DATE NOT NULL, "source" VARCHAR(20) NOT NULL, '
         '"entries" INTEGER NOT NULL, "rating_sum" INTEGER NOT NULL, "rated" INTEGER NOT NULL, '
         '"hour_tenths" INTEGER NOT NULL, '
         'PRIMARY KEY ("figure", "client_id", "day", "source"))',
         rollup_insert(),
         *rollup_sql(sqlite, None if sqlite else _current_schema(db)))


def _to_9(db: peewee.Database) -> None:
    """BPO performance evidence: KPI metrics of a client and their values per person and
    period; quality scorecards in versions with their items, evaluations with answers, score
    revisions and disputes, calibrations; the evidence a coaching session cites, and its
    follow-up date."""
    sqlite = is_sqlite(db)
    key = "INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY"
    flag = "INTEGER" if sqlite else "BOOLEAN"
    stamp = "DATETIME" if sqlite else "TIMESTAMP"
    small = "INTEGER" if sqlite else "SMALLINT"
    double = "REAL" if sqlite else "DOUBLE PRECISION"
    _run(db,
         f'CREATE TABLE "kpi_metric" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"line_of_business" VARCHAR(100) NOT NULL, "name" VARCHAR(100) NOT NULL, '
         '"unit" VARCHAR(10) NOT NULL, "better" VARCHAR(10) NOT NULL, '
         f'"target" {double} NOT NULL, "warning" {double}, "rollup" VARCHAR(10) NOT NULL, '
         f'"weight_column" VARCHAR(100) NOT NULL, "decimals" {small} NOT NULL, '
         f'"shareable" {flag} NOT NULL, "archived" {flag} NOT NULL, "name_key" TEXT NOT NULL, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"))',
         'CREATE UNIQUE INDEX "kpi_metric_client_id_line_of_business_name_key" '
         'ON "kpi_metric" ("client_id", "line_of_business", "name_key")',
         f'CREATE TABLE "kpi_value" ("id" {key}, "metric_id" INTEGER NOT NULL, '
         '"staff_id" INTEGER NOT NULL, "period" VARCHAR(5) NOT NULL, "day" DATE NOT NULL, '
         f'"value" {double} NOT NULL, "count" {double}, '
         'FOREIGN KEY ("metric_id") REFERENCES "kpi_metric" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"))',
         'CREATE UNIQUE INDEX "kpi_value_staff_id_metric_id_period_day" '
         'ON "kpi_value" ("staff_id", "metric_id", "period", "day")',
         'CREATE INDEX "kpi_value_metric_id_period_day_staff_id_value_count" '
         'ON "kpi_value" ("metric_id", "period", "day", "staff_id", "value", "count")',
         f'CREATE TABLE "scorecard" ("id" {key}, "name" VARCHAR(200) NOT NULL, '
         f'"client_id" INTEGER, "archived" {flag} NOT NULL, "name_key" TEXT NOT NULL, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"))',
         'CREATE INDEX "scorecard_client_id" ON "scorecard" ("client_id")',
         'CREATE UNIQUE INDEX "scorecard_name_key" ON "scorecard" ("name_key")',
         f'CREATE TABLE "scorecard_version" ("id" {key}, "scorecard_id" INTEGER NOT NULL, '
         f'"version" {small} NOT NULL, "published_at" {stamp}, '
         'FOREIGN KEY ("scorecard_id") REFERENCES "scorecard" ("id") ON DELETE CASCADE)',
         'CREATE UNIQUE INDEX "scorecard_version_scorecard_id_version" '
         'ON "scorecard_version" ("scorecard_id", "version")',
         f'CREATE TABLE "scorecard_item" ("id" {key}, "version_id" INTEGER NOT NULL, '
         f'"position" {small} NOT NULL, "section" VARCHAR(200) NOT NULL, '
         f'"key" VARCHAR(50) NOT NULL, "text" TEXT NOT NULL, "weight" {double} NOT NULL, '
         '"scale" VARCHAR(20) NOT NULL, "critical" VARCHAR(12) NOT NULL, '
         f'"allow_na" {flag} NOT NULL, "competency_id" INTEGER, '
         'FOREIGN KEY ("version_id") REFERENCES "scorecard_version" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("competency_id") REFERENCES "competency" ("id"))',
         'CREATE INDEX "scorecard_item_competency_id" ON "scorecard_item" ("competency_id")',
         'CREATE UNIQUE INDEX "scorecard_item_version_id_key" '
         'ON "scorecard_item" ("version_id", "key")',
         f'CREATE TABLE "calibration" ("id" {key}, "version_id" INTEGER NOT NULL, '
         '"client_id" INTEGER, "interaction_id" VARCHAR(100) NOT NULL, '
         f'"held_on" DATE NOT NULL, "notes" TEXT NOT NULL, "archived" {flag} NOT NULL, '
         'FOREIGN KEY ("version_id") REFERENCES "scorecard_version" ("id"), '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"))',
         'CREATE INDEX "calibration_version_id" ON "calibration" ("version_id")',
         'CREATE INDEX "calibration_client_id" ON "calibration" ("client_id")',
         f'CREATE TABLE "evaluation" ("id" {key}, "version_id" INTEGER NOT NULL, '
         '"staff_id" INTEGER NOT NULL, "evaluator" VARCHAR(100) NOT NULL, "client_id" INTEGER, '
         '"interaction_id" VARCHAR(100) NOT NULL, "channel" VARCHAR(20) NOT NULL, '
         f'"interaction_date" DATE NOT NULL, "evaluated_at" {stamp} NOT NULL, '
         f'"score" {double}, "critical_fail" {flag} NOT NULL, '
         '"visibility" VARCHAR(20) NOT NULL, "status" VARCHAR(20) NOT NULL, '
         f'"revision" {small} NOT NULL, "acknowledged_at" {stamp}, '
         '"acknowledgement" TEXT NOT NULL, "calibration_id" INTEGER, '
         f'"is_reference" {flag} NOT NULL, "archived" {flag} NOT NULL, '
         'FOREIGN KEY ("version_id") REFERENCES "scorecard_version" ("id"), '
         'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"), '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"), '
         'FOREIGN KEY ("calibration_id") REFERENCES "calibration" ("id"))',
         'CREATE INDEX "evaluation_version_id" ON "evaluation" ("version_id")',
         'CREATE INDEX "evaluation_calibration_id" ON "evaluation" ("calibration_id")',
         'CREATE INDEX "evaluation_staff_id_interaction_date" '
         'ON "evaluation" ("staff_id", "interaction_date")',
         'CREATE INDEX "evaluation_client_id_interaction_date_visibility" '
         'ON "evaluation" ("client_id", "interaction_date", "visibility")',
         f'CREATE TABLE "evaluation_answer" ("id" {key}, "evaluation_id" INTEGER NOT NULL, '
         '"item_id" INTEGER NOT NULL, "answer" VARCHAR(10) NOT NULL, "comment" TEXT NOT NULL, '
         'FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("item_id") REFERENCES "scorecard_item" ("id"))',
         'CREATE INDEX "evaluation_answer_item_id" ON "evaluation_answer" ("item_id")',
         'CREATE UNIQUE INDEX "evaluation_answer_evaluation_id_item_id" '
         'ON "evaluation_answer" ("evaluation_id", "item_id")',
         f'CREATE TABLE "evaluation_revision" ("id" {key}, "evaluation_id" INTEGER NOT NULL, '
         f'"revision" {small} NOT NULL, "score" {double}, "answers" TEXT NOT NULL, '
         f'"changed_at" {stamp} NOT NULL, "changed_by" VARCHAR(100) NOT NULL, '
         '"reason" TEXT NOT NULL, '
         'FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE CASCADE)',
         'CREATE UNIQUE INDEX "evaluation_revision_evaluation_id_revision" '
         'ON "evaluation_revision" ("evaluation_id", "revision")',
         f'CREATE TABLE "evaluation_dispute" ("id" {key}, "evaluation_id" INTEGER NOT NULL, '
         f'"raised_by" VARCHAR(100) NOT NULL, "raised_at" {stamp} NOT NULL, '
         '"reason" TEXT NOT NULL, "proposed" TEXT NOT NULL, "decision" VARCHAR(20) NOT NULL, '
         f'"decided_by" VARCHAR(100) NOT NULL, "decided_at" {stamp}, '
         '"decision_note" TEXT NOT NULL, '
         'FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE CASCADE)',
         'CREATE INDEX "evaluation_dispute_evaluation_id_raised_at" '
         'ON "evaluation_dispute" ("evaluation_id", "raised_at")',
         'CREATE INDEX "evaluation_dispute_decision" ON "evaluation_dispute" ("decision")',
         f'CREATE TABLE "session_evidence" ("id" {key}, "session_id" INTEGER NOT NULL, '
         '"evaluation_id" INTEGER, "feedback_id" INTEGER, "metric_id" INTEGER, '
         'FOREIGN KEY ("session_id") REFERENCES "mentoring_session" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("feedback_id") REFERENCES "feedback" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("metric_id") REFERENCES "kpi_metric" ("id") ON DELETE CASCADE)',
         'CREATE INDEX "session_evidence_session_id" ON "session_evidence" ("session_id")',
         'CREATE INDEX "session_evidence_evaluation_id" ON "session_evidence" ("evaluation_id")',
         'CREATE INDEX "session_evidence_feedback_id" ON "session_evidence" ("feedback_id")',
         'CREATE INDEX "session_evidence_metric_id" ON "session_evidence" ("metric_id")',
         'ALTER TABLE "mentoring_session" ADD COLUMN "follow_up_date" DATE')


# Schema version 10: the SQL that keeps `models.KpiMonth` (see there), for steps 10 and 12 and a
# new database alike. An added value adds to its person-month (SQLite: one UPSERT per row;
# PostgreSQL: one per statement over the transition table, so an import's million rows are added
# up in one pass); a removed or changed value has its person-months added up again from
# `kpi_value` (a latest value cannot be taken off a sum). PostgreSQL runs it as a SECURITY
# DEFINER function, like the dashboard's. Schema 12: on SQLite a bulk writer may pause the row
# triggers (`kpi_month_paused`) and add up the person-months it touched afterwards, which an
# import that replaces values does (a million replaced: 61 s against 72 s).
KPI_MONTH_COLUMNS = ("metric_id", "staff_id", "month", "n", "value_sum", "weighted_sum",
                     "weight_sum", "last_day", "last_value")
KPI_PERIODS = "('day', 'week', 'month')"  # named, so the unique index's day ranges are used


def _month(sqlite: bool, day: str) -> str:
    return f"strftime('%Y-%m-01', {day})" if sqlite else f"CAST(date_trunc('month', {day}) AS DATE)"


def kpi_month_select(sqlite: bool, where: str = "", join: str = "") -> str:
    """The person-months of the values `v` (of kpi_value, joined to `join`, meeting `where`),
    columns named and ordered as in the table."""
    month = _month(sqlite, 'v."day"')
    sums = ('COUNT(*) AS "n", SUM(v."value") AS "value_sum", COALESCE(SUM(v."value" * '
            'v."count"), 0) AS "weighted_sum", COALESCE(SUM(v."count"), 0) AS "weight_sum"')
    group = f'FROM "kpi_value" v {join} {where} GROUP BY v."metric_id", v."staff_id", {month}'
    if sqlite:  # the one MAX() gives its row's bare columns: the latest day, then the last id
        return ('SELECT "metric_id", "staff_id", "month", "n", "value_sum", "weighted_sum", '
                '"weight_sum", substr("latest", 1, 10) AS "last_day", "last_value" FROM ('
                f'SELECT v."metric_id", v."staff_id", {month} AS "month", {sums}, '
                'MAX(v."day" || printf(\'%012d\', v."id")) AS "latest", '
                f'v."value" AS "last_value" {group}) WHERE true')
    return (f'SELECT v."metric_id", v."staff_id", {month} AS "month", {sums}, '
            'MAX(v."day") AS "last_day", (array_agg(v."value" ORDER BY v."day" DESC, '
            f'v."id" DESC))[1] AS "last_value" {group}')


def kpi_month_insert(sqlite: bool) -> str:
    """Fill an empty kpi_month from kpi_value."""
    columns = ", ".join(f'"{c}"' for c in KPI_MONTH_COLUMNS)
    return f'INSERT INTO "kpi_month" ({columns}) {kpi_month_select(sqlite)}'


def _kpi_month_add(select: str) -> str:
    """UPSERT the person-months of `select` (columns as in the table) onto the stored ones."""
    columns = ", ".join(f'"{c}"' for c in KPI_MONTH_COLUMNS)
    added = ", ".join(f'"{c}" = "kpi_month"."{c}" + excluded."{c}"'
                      for c in ("n", "value_sum", "weighted_sum", "weight_sum"))
    later = 'excluded."last_day" >= "kpi_month"."last_day"'
    return (f'INSERT INTO "kpi_month" ({columns}) {select} '
            f'ON CONFLICT ("metric_id", "month", "staff_id") DO UPDATE SET {added}, '
            f'"last_value" = CASE WHEN {later} THEN excluded."last_value" '
            f'ELSE "kpi_month"."last_value" END, "last_day" = CASE WHEN {later} '
            'THEN excluded."last_day" ELSE "kpi_month"."last_day" END')


def kpi_month_again(sqlite: bool, keys: str, step: int = 12) -> list[str]:
    """Add up again from kpi_value the person-months in `keys` (a relation k of metric_id,
    staff_id, month, no duplicates), as schema `step` does it."""
    columns = ", ".join(f'"{c}"' for c in KPI_MONTH_COLUMNS)
    following = ("date(k.\"month\", '+1 month')" if sqlite else
                 "CAST(k.\"month\" + INTERVAL '1 month' AS DATE)")
    join = (f'JOIN ({keys}) k ON v."staff_id" = k."staff_id" AND v."metric_id" = k."metric_id" '
            f'AND v."period" IN {KPI_PERIODS} AND v."day" >= k."month" '
            f'AND v."day" < {following}')
    key = '"metric_id", "staff_id", "month"'
    if sqlite and step >= 12:
        # Step 12: a row value IN the keys, so SQLite looks each one up in the table's key (a
        # correlated EXISTS scanned every person-month for each removed value).
        delete = f'DELETE FROM "kpi_month" WHERE ({key}) IN (SELECT {key} FROM ({keys}) k)'
    else:  # PostgreSQL joins the two as a semi-join either way
        same = " AND ".join(f'"kpi_month"."{c}" = k."{c}"'
                            for c in ("metric_id", "staff_id", "month"))
        delete = f'DELETE FROM "kpi_month" WHERE EXISTS (SELECT 1 FROM ({keys}) k WHERE {same})'
    return [delete,
            f'INSERT INTO "kpi_month" ({columns}) {kpi_month_select(sqlite, join=join)}']


def kpi_month_sql(sqlite: bool, schema: str | None = None, step: int = 12) -> list[str]:
    """The triggers (and on PostgreSQL their function, in `schema`) that keep `KpiMonth`, as
    schema `step` made them (12 changed SQLite's: see `_to_12`)."""
    if sqlite and step < 12:
        return _kpi_month_triggers(step)
    if sqlite:
        # A writer that adds up what it touched itself, set-based, pauses the row triggers
        # with a row here inside its own transaction (`services.rollups.kpi_month_paused`).
        return ['CREATE TABLE "kpi_month_paused" ("by" TEXT NOT NULL)',
                *_kpi_month_triggers(step)]
    month = _month(False, 'r."day"')
    added = _kpi_month_add(
        f'SELECT r."metric_id", r."staff_id", {month}, COUNT(*), SUM(r."value"), '
        'COALESCE(SUM(r."value" * r."count"), 0), COALESCE(SUM(r."count"), 0), MAX(r."day"), '
        '(array_agg(r."value" ORDER BY r."day" DESC, r."id" DESC))[1] FROM new_rows r '
        f'GROUP BY r."metric_id", r."staff_id", {month}')

    def keys(*tables: str) -> str:
        return " UNION ".join(f'SELECT DISTINCT r."metric_id", r."staff_id", {month} AS "month" '
                              f"FROM {table} r" for table in tables)

    changed = "; ".join(kpi_month_again(False, keys("old_rows", "new_rows")))
    removed = "; ".join(kpi_month_again(False, keys("old_rows")))
    function = '"kpi_month_of_kpi_value"'
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$ BEGIN '
        f"IF TG_OP = 'INSERT' THEN {added}; "
        f"ELSIF TG_OP = 'UPDATE' THEN {changed}; ELSE {removed}; END IF; "
        "RETURN NULL; END $$",
        f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC",
        *(f'CREATE TRIGGER "kpi_month_{event.lower()}" AFTER {event} ON "kpi_value" '
          f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
          for event, tables in (("INSERT", "NEW TABLE AS new_rows"),
                                ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                                ("DELETE", "OLD TABLE AS old_rows")))]


def _kpi_month_triggers(step: int) -> list[str]:
    """SQLite's row triggers on kpi_value, as schema `step` made them."""
    def key(r: str) -> str:
        day = f'{r}."day"'
        return (f'SELECT {r}."metric_id" AS "metric_id", {r}."staff_id" AS "staff_id", '
                f'{_month(True, day)} AS "month"')

    added = _kpi_month_add(
        f'SELECT new."metric_id", new."staff_id", {_month(True, "new.day")}, 1, '
        'new."value", COALESCE(new."value" * new."count", 0), COALESCE(new."count", 0), '
        'new."day", new."value" WHERE true')
    again = {r: "; ".join(kpi_month_again(True, key(r), step)) for r in ("old", "new")}
    changed = '"metric_id", "staff_id", "period", "day", "value", "count"'
    running = 'WHEN NOT EXISTS (SELECT 1 FROM "kpi_month_paused") ' if step >= 12 else ""
    return [
        f'CREATE TRIGGER "kpi_value_month_insert" AFTER INSERT ON "kpi_value" {running}'
        f"BEGIN {added}; END",
        f'CREATE TRIGGER "kpi_value_month_delete" AFTER DELETE ON "kpi_value" {running}'
        f"BEGIN {again['old']}; END",
        f'CREATE TRIGGER "kpi_value_month_update" AFTER UPDATE OF {changed} ON "kpi_value" '
        f"{running}BEGIN {again['old']}; {again['new']}; END"]


def _to_10(db: peewee.Database) -> None:
    """KPI roll-ups at company scale: the table `kpi_month`, filled from the values there are,
    and the triggers that keep it from now on (`kpi_month_sql`)."""
    sqlite = is_sqlite(db)
    double = "REAL" if sqlite else "DOUBLE PRECISION"
    _run(db,
         'CREATE TABLE "kpi_month" ("metric_id" INTEGER NOT NULL, "staff_id" INTEGER NOT NULL, '
         f'"month" DATE NOT NULL, "n" INTEGER NOT NULL, "value_sum" {double} NOT NULL, '
         f'"weighted_sum" {double} NOT NULL, "weight_sum" {double} NOT NULL, '
         f'"last_day" DATE NOT NULL, "last_value" {double} NOT NULL, '
         'PRIMARY KEY ("metric_id", "month", "staff_id"))',
         'CREATE INDEX "kpi_month_staff_id_month" ON "kpi_month" ("staff_id", "month")',
         kpi_month_insert(sqlite),
         *kpi_month_sql(sqlite, None if sqlite else _current_schema(db), step=10))


def _to_11(db: peewee.Database) -> None:
    """Role ladders (issue 16): roles of the company or of a client account, each with its
    next role and minimum tenure, and their requirements (competency at a minimum rating,
    training, valid certification)."""
    sqlite = is_sqlite(db)
    key = "INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY"
    flag = "INTEGER" if sqlite else "BOOLEAN"
    small = "INTEGER" if sqlite else "SMALLINT"
    double = "REAL" if sqlite else "DOUBLE PRECISION"
    _run(db,
         f'CREATE TABLE "career_role" ("id" {key}, "name" VARCHAR(100) NOT NULL, '
         f'"client_id" INTEGER, "level" {small} NOT NULL, "next_role_id" INTEGER, '
         f'"min_tenure_months" {small} NOT NULL, "archived" {flag} NOT NULL, '
         '"name_key" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id"), '
         'FOREIGN KEY ("next_role_id") REFERENCES "career_role" ("id") ON DELETE SET NULL)',
         'CREATE INDEX "career_role_client_id" ON "career_role" ("client_id")',
         'CREATE INDEX "career_role_next_role_id" ON "career_role" ("next_role_id")',
         'CREATE UNIQUE INDEX "career_role_name_key" ON "career_role" ("name_key")',
         f'CREATE TABLE "role_requirement" ("id" {key}, "role_id" INTEGER NOT NULL, '
         '"kind" VARCHAR(20) NOT NULL, "competency_id" INTEGER, "program_id" INTEGER, '
         f'"minimum" {double}, '
         'FOREIGN KEY ("role_id") REFERENCES "career_role" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("competency_id") REFERENCES "competency" ("id"), '
         'FOREIGN KEY ("program_id") REFERENCES "training_program" ("id"))',
         'CREATE INDEX "role_requirement_role_id" ON "role_requirement" ("role_id")',
         'CREATE INDEX "role_requirement_competency_id" ON "role_requirement" ("competency_id")',
         'CREATE INDEX "role_requirement_program_id" ON "role_requirement" ("program_id")')


def _current_schema(db: peewee.Database) -> str:
    return db.execute_sql("SELECT current_schema()").fetchone()[0]

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


def _to_12(db: peewee.Database) -> None:
    """KPI imports at a million values (SQLite): the person-month triggers look up the
    removed value's person-month by its key (step 10's scanned every person-month for each
    removed value), and a bulk writer may pause them and add up what it touched afterwards
    (`kpi_month_paused`). PostgreSQL's statement triggers stay as they are."""
    if not is_sqlite(db):
        return
    _run(db, *(f'DROP TRIGGER "kpi_value_month_{event}"'
               for event in ("insert", "delete", "update")),
         *kpi_month_sql(True, step=12))


def _to_13(db: peewee.Database) -> None:
    """The client loop (issue 17): a client's contacts (each client's free-text contact becomes
    one, its email folded by mentorapp.text.fold_key as of today), registered report versions
    with the contacts each was sent to, the account manager's narrative of a period, client
    action items, a client's report cadence and due days, and feedback replying to a report
    version."""
    sqlite = is_sqlite(db)
    key = "INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY"
    flag = "INTEGER" if sqlite else "BOOLEAN"
    stamp = "DATETIME" if sqlite else "TIMESTAMP"
    small = "INTEGER" if sqlite else "SMALLINT"
    _run(db,
         'ALTER TABLE "client" ADD COLUMN "report_cadence" VARCHAR(10) NOT NULL '
         "DEFAULT 'monthly'",
         f'ALTER TABLE "client" ADD COLUMN "report_due_days" {small} NOT NULL DEFAULT 5',
         f'ALTER TABLE "client" ADD COLUMN "acknowledge_due_days" {small} NOT NULL DEFAULT 7',
         f'CREATE TABLE "client_contact" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"name" VARCHAR(200) NOT NULL, "email" VARCHAR(254) NOT NULL, '
         f'"role" VARCHAR(100) NOT NULL, "active" {flag} NOT NULL, "email_key" TEXT NOT NULL, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE)',
         'CREATE UNIQUE INDEX "client_contact_client_id_email_key" '
         'ON "client_contact" ("client_id", "email_key")',
         f'CREATE TABLE "client_report_version" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"period_start" DATE NOT NULL, "period_end" DATE NOT NULL, '
         f'"version" {small} NOT NULL, "file_name" VARCHAR(255) NOT NULL, '
         '"sha256" VARCHAR(64) NOT NULL, "prepared_by" VARCHAR(200) NOT NULL, '
         f'"prepared_by_user_id" INTEGER, "prepared_at" {stamp} NOT NULL, '
         f'"figures" TEXT NOT NULL, "sent_at" {stamp}, "sent_via" VARCHAR(20) NOT NULL, '
         f'"acknowledged_at" {stamp}, "acknowledged_by_id" INTEGER, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"), '
         'FOREIGN KEY ("prepared_by_user_id") REFERENCES "app_user" ("id") '
         'ON DELETE SET NULL, '
         'FOREIGN KEY ("acknowledged_by_id") REFERENCES "client_contact" ("id") '
         'ON DELETE SET NULL)',
         'CREATE INDEX "client_report_version_prepared_by_user_id" '
         'ON "client_report_version" ("prepared_by_user_id")',
         'CREATE INDEX "client_report_version_acknowledged_by_id" '
         'ON "client_report_version" ("acknowledged_by_id")',
         'CREATE UNIQUE INDEX "client_report_version_client_id_period_start_period_end_version" '
         'ON "client_report_version" ("client_id", "period_start", "period_end", "version")',
         f'CREATE TABLE "client_report_recipient" ("id" {key}, "version_id" INTEGER NOT NULL, '
         '"contact_id" INTEGER NOT NULL, '
         'FOREIGN KEY ("version_id") REFERENCES "client_report_version" ("id") '
         'ON DELETE CASCADE, '
         'FOREIGN KEY ("contact_id") REFERENCES "client_contact" ("id") ON DELETE CASCADE)',
         'CREATE INDEX "client_report_recipient_contact_id" '
         'ON "client_report_recipient" ("contact_id")',
         'CREATE UNIQUE INDEX "client_report_recipient_version_id_contact_id" '
         'ON "client_report_recipient" ("version_id", "contact_id")',
         f'CREATE TABLE "client_review" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "summary" TEXT NOT NULL, '
         f'"highlights" TEXT NOT NULL, "risks" TEXT NOT NULL, "updated_at" {stamp} NOT NULL, '
         '"updated_by" VARCHAR(100) NOT NULL, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"))',
         'CREATE UNIQUE INDEX "client_review_client_id_period_start_period_end" '
         'ON "client_review" ("client_id", "period_start", "period_end")',
         f'CREATE TABLE "client_action_item" ("id" {key}, "client_id" INTEGER NOT NULL, '
         '"period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "text" TEXT NOT NULL, '
         '"owner" VARCHAR(200) NOT NULL, "due_date" DATE, "status" VARCHAR(10) NOT NULL, '
         '"closed_on" DATE, "note" TEXT NOT NULL, '
         'FOREIGN KEY ("client_id") REFERENCES "client" ("id"))',
         'CREATE INDEX "client_action_item_client_id_period_start" '
         'ON "client_action_item" ("client_id", "period_start")',
         'ALTER TABLE "feedback" ADD COLUMN "report_version_id" INTEGER '
         'REFERENCES "client_report_version" ("id") ON DELETE SET NULL',
         'CREATE INDEX "feedback_report_version_id" ON "feedback" ("report_version_id")')
    contacts = db.execute_sql(
        'SELECT "id", "contact_name", "contact_email" FROM "client" '
        "WHERE \"contact_name\" <> '' OR \"contact_email\" <> '' ORDER BY \"id\"").fetchall()
    insert = ('INSERT INTO "client_contact" ("client_id", "name", "email", "role", "active", '
              f'"email_key") VALUES ({", ".join([db.param] * 6)})')
    for client_id, name, email in contacts:
        name = (name or "").strip() or (email or "").split("@")[0]
        db.execute_sql(insert, (client_id, name[:200], (email or "").strip(), "",
                                True, fold_key((email or "").strip())))


def _to_14(db: peewee.Database) -> None:
    """Client reports in the client's language (issue 18): `client.report_language`, a
    language code of mentorapp.translations ('en', 'es', 'pt_BR'), English for every client
    as of today."""
    _run(db, 'ALTER TABLE "client" ADD COLUMN "report_language" VARCHAR(10) NOT NULL '
         "DEFAULT 'en'")


def _to_15(db: peewee.Database) -> None:
    """KPI imports at a million values: kpi_value's index on (metric_id, period, day, staff_id,
    value, count), which served the roll-ups before kpi_month (schema 10), becomes one on
    (metric_id, period): an import's one-period check and deleting a metric. Each value
    inserted then adds a small entry after the metric's last one instead of a wide one among
    the metric's day (a million new values into 5M, inserts alone: SQLite 14.0 s CPU with the
    wide index, 10.3 s with one on metric_id, 8.4 s with none; PostgreSQL's COPY 17-20 s of
    server CPU, 14.4 s). An import finds the stored values of its days through kpi_month's
    key and the unique (staff_id, metric_id, period, day) index."""
    _run(db,
         'DROP INDEX "kpi_value_metric_id_period_day_staff_id_value_count"',
         'CREATE INDEX "kpi_value_metric_id_period" ON "kpi_value" ("metric_id", "period")')


# Schema version 16: the SQL that keeps `models.DashboardHeadcount` and `models.DashboardDue`
# (see there), for step 16 and a new database alike; triggers as for `dashboard_day` (SQLite:
# row triggers; PostgreSQL: statement triggers over the transition tables, SECURITY DEFINER).
# Each figure joins a person with one of their records, so each trigger adds up the changed
# rows joined with the other side as it is now: whichever of the two is written last (a
# person before their records, or a restore in any order) completes the pair.
_ACTIVE = 'NOT {r}"archived" AND {r}"status" <> \'resigned\''  # as services.dashboard
_OPEN_INCIDENT = ('{r}"kind" = \'incident\' AND {r}"resolved_date" IS NULL '
                  'AND {r}"follow_up_date" IS NOT NULL AND NOT {r}"archived"')
_DUE_CHECK_IN = '{r}"is_latest" AND {r}"next_date" IS NOT NULL'
# Table: the columns whose change moves the figures (and, but for staff, that they read of
# the changed rows; a person's rows give their id).
_TALLY_COLUMNS = {
    "staff": ("status", "archived"),
    "assignment": ("staff_id", "client_id", "end_date"),
    "check_in": ("staff_id", "is_latest", "next_date"),
    "feedback": ("staff_id", "kind", "resolved_date", "follow_up_date", "archived"),
}


def tally_parts(table: str, rows: str) -> tuple[str | None, str | None]:
    """What the changed rows `rows` (a relation with a "sign" column; for staff only the
    people whose being active changed, signed +1 for now active) add to the headcounts
    ("client_id", "sign") and to the due days ("figure", "day", "sign"); None: nothing."""
    active = _ACTIVE.format(r="s.")
    if table == "staff":
        return (f'SELECT 0 AS "client_id", r."sign" FROM ({rows}) r UNION ALL '
                f'SELECT a."client_id", r."sign" FROM ({rows}) r JOIN "assignment" a '
                'ON a."staff_id" = r."id" AND a."end_date" IS NULL',
                f"SELECT 'check_in' AS \"figure\", c.\"next_date\" AS \"day\", r.\"sign\" "
                f'FROM ({rows}) r JOIN "check_in" c ON c."staff_id" = r."id" '
                f'AND {_DUE_CHECK_IN.format(r="c.")} UNION ALL '
                "SELECT 'incident', f.\"follow_up_date\", r.\"sign\" "
                f'FROM ({rows}) r JOIN "feedback" f ON f."staff_id" = r."id" '
                f'AND {_OPEN_INCIDENT.format(r="f.")}')
    person = f'FROM ({rows}) r JOIN "staff" s ON s."id" = r."staff_id" WHERE {active} AND '
    if table == "assignment":
        return f'SELECT r."client_id", r."sign" {person}r."end_date" IS NULL', None
    if table == "check_in":
        return None, (f"SELECT 'check_in' AS \"figure\", r.\"next_date\" AS \"day\", r.\"sign\" "
                      f'{person}{_DUE_CHECK_IN.format(r="r.")}')
    return None, (f"SELECT 'incident' AS \"figure\", r.\"follow_up_date\" AS \"day\", "
                  f'r."sign" {person}{_OPEN_INCIDENT.format(r="r.")}')


def tally_upserts(parts: list[tuple[str | None, str | None]]) -> list[str]:
    """The UPSERTs adding `parts` (of `tally_parts`) to the two tables."""
    statements = []
    for index, (table, key) in enumerate((("dashboard_headcount", ('"client_id"',)),
                                          ("dashboard_due", ('"figure"', '"day"')))):
        selects = [part[index] for part in parts if part[index] is not None]
        if not selects:
            continue
        keys = ", ".join(key)
        grouped = ", ".join(f"t.{k}" for k in key)
        statements.append(
            f'INSERT INTO "{table}" ({keys}, "n") SELECT {grouped}, SUM(t."sign") '
            f"FROM ({' UNION ALL '.join(selects)}) t WHERE true GROUP BY {grouped} "
            f'HAVING SUM(t."sign") <> 0 ON CONFLICT ({keys}) '
            f'DO UPDATE SET "n" = "{table}"."n" + excluded."n"')
    return statements


def _staff_rows(sign: str, row: str, sqlite: bool) -> str:
    return (f'SELECT {sign} AS "sign", {row}."id" AS "id"'
            + ("" if sqlite else f" FROM {row}") + f' WHERE {_ACTIVE.format(r=row + ".")}')


def _tally_rows(table: str, sign: int, row: str, sqlite: bool) -> str:
    """The changed rows of `table` with a "sign": SQLite's `old`/`new` row, PostgreSQL's
    transition table."""
    if table == "staff":
        return _staff_rows(str(sign), row, sqlite)
    names = ", ".join(f'{row}."{c}" AS "{c}"' for c in _TALLY_COLUMNS[table])
    return f'SELECT {sign} AS "sign", {names}' + ("" if sqlite else f" FROM {row}")


def tally_select() -> tuple[str, str]:
    """Every headcount and due-day row computed from the base tables (to fill the tables and
    to check them), rows of zero left out as the tables' are."""
    active = _ACTIVE.format(r="s.")
    person = f'JOIN "staff" s ON s."id" = r."staff_id" WHERE {active} AND '
    headcount = (f'SELECT * FROM (SELECT 0 AS "client_id", COUNT(*) AS "n" FROM "staff" s '
                 f'WHERE {active} UNION ALL SELECT r."client_id", COUNT(*) FROM "assignment" r '
                 f'{person}r."end_date" IS NULL GROUP BY r."client_id") t WHERE t."n" <> 0')
    due = (f"SELECT 'check_in' AS \"figure\", r.\"next_date\" AS \"day\", COUNT(*) AS \"n\" "
           f'FROM "check_in" r {person}{_DUE_CHECK_IN.format(r="r.")} GROUP BY r."next_date" '
           "UNION ALL SELECT 'incident', r.\"follow_up_date\", COUNT(*) FROM \"feedback\" r "
           f'{person}{_OPEN_INCIDENT.format(r="r.")} GROUP BY r."follow_up_date"')
    return headcount, due


def tally_insert() -> list[str]:
    """Fill the two empty tables from the base tables."""
    headcount, due = tally_select()
    return [f'INSERT INTO "dashboard_headcount" ("client_id", "n") {headcount}',
            f'INSERT INTO "dashboard_due" ("figure", "day", "n") {due}']


def tally_sql(sqlite: bool, schema: str | None = None) -> list[str]:
    """The triggers (and on PostgreSQL their functions, in `schema`) that keep the headcounts
    and due days."""
    statements = []
    for table, moving in _TALLY_COLUMNS.items():
        if sqlite:
            names = ", ".join(f'"{c}"' for c in moving)
            for event, old, new in (("INSERT", None, "new"), ("DELETE", "old", None),
                                    (f"UPDATE OF {names}", "old", "new")):
                if table == "staff" and old and new:  # only when being active changed
                    rows = [f'SELECT CASE WHEN {_ACTIVE.format(r="new.")} THEN 1 ELSE -1 END '
                            'AS "sign", new."id" AS "id"']
                    when = (f' WHEN ({_ACTIVE.format(r="old.")}) <> '
                            f'({_ACTIVE.format(r="new.")})')
                else:
                    rows = [_tally_rows(table, sign, source, True)
                            for sign, source in ((-1, old), (1, new)) if source]
                    # Only rows that can move a figure (an import's feedback costs one
                    # test each; re-marking every latest check-in, one per changed row).
                    tests = []
                    if table == "feedback":
                        tests.append(" OR ".join(f'{source}."kind" = \'incident\''
                                                 for source in (old, new) if source))
                    if old and new:
                        tests.append(" OR ".join(f'old."{c}" IS NOT new."{c}"' for c in moving))
                    when = " WHEN " + " AND ".join(f"({test})" for test in tests) if tests else ""
                body = tally_upserts([tally_parts(table, " UNION ALL ".join(rows))])
                name = f"{table}_tally_{event.split()[0].lower()}"
                statements.append(f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}"{when} '
                                  f"BEGIN {'; '.join(body)}; END")
            continue

        def change(old: str | None, new: str | None, table: str = table) -> str:
            if table == "staff" and old and new:
                rows = (f'SELECT CASE WHEN {_ACTIVE.format(r="n.")} THEN 1 ELSE -1 END '
                        f'AS "sign", n."id" FROM {old} o JOIN {new} n ON n."id" = o."id" '
                        f'WHERE ({_ACTIVE.format(r="o.")}) <> ({_ACTIVE.format(r="n.")})')
            else:
                rows = " UNION ALL ".join(_tally_rows(table, sign, source, False)
                                          for sign, source in ((-1, old), (1, new)) if source)
            return "; ".join(tally_upserts([tally_parts(table, rows)]))

        function = f'"dashboard_tally_of_{table}"'
        statements += [
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
            f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$ BEGIN '
            f"IF TG_OP = 'INSERT' THEN {change(None, 'new_rows')}; "
            f"ELSIF TG_OP = 'UPDATE' THEN {change('old_rows', 'new_rows')}; "
            f"ELSE {change('old_rows', None)}; END IF; RETURN NULL; END $$",
            f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC"]
        for event, tables in (("INSERT", "NEW TABLE AS new_rows"),
                              ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                              ("DELETE", "OLD TABLE AS old_rows")):
            statements.append(
                f'CREATE TRIGGER "dashboard_tally_{event.lower()}" AFTER {event} ON "{table}" '
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
    return statements


def tally_tables_sql() -> list[str]:
    """The two tables, for step 16 (a new database makes them from the models)."""
    return ['CREATE TABLE "dashboard_headcount" ("client_id" INTEGER NOT NULL PRIMARY KEY, '
            '"n" INTEGER NOT NULL)',
            'CREATE TABLE "dashboard_due" ("figure" VARCHAR(10) NOT NULL, "day" DATE NOT NULL, '
            '"n" INTEGER NOT NULL, PRIMARY KEY ("figure", "day"))']


def _to_16(db: peewee.Database) -> None:
    """The dashboard at company scale (issue 14): active staff, headcount by client, overdue
    check-ins and incidents past follow-up kept as counts (`tally_sql`), filled from the rows
    there are (at 300,000 staff on PostgreSQL counting them took 60-250 ms each); the open
    incidents by follow-up date and the mentorships by status and mentor indexed, for the
    first 50 incidents and the mentors over capacity."""
    sqlite = is_sqlite(db)
    _run(db, *tally_tables_sql(),
         'CREATE INDEX "feedback_open_incident_follow_up" ON "feedback" ("follow_up_date") '
         "WHERE \"kind\" = 'incident' AND \"resolved_date\" IS NULL AND NOT \"archived\"",
         'CREATE INDEX "mentorship_status_mentor_id" ON "mentorship" ("status", "mentor_id")',
         *tally_insert(),
         *tally_sql(sqlite, None if sqlite else _current_schema(db)))


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
    2: _to_2, 3: _to_3, 4: _to_4, 5: _to_5, 6: _to_6, 7: _to_7, 8: _to_8, 9: _to_9, 10: _to_10,
    11: _to_11, 12: _to_12, 13: _to_13, 14: _to_14, 15: _to_15, 16: _to_16}


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
            _("The database {target} has schema version {version}, newer than this MentorApp "
              "understands ({understood}). Update MentorApp to open it; the database was not "
              "changed.").format(target=describe(db.database), version=version,
                                 understood=CURRENT_VERSION))
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
            raise UserError(_("This database has MentorApp tables but no schema version; it was "
                              "not changed. Restore a backup or choose another database."))
        db.create_tables(models.ALL_MODELS)
        if is_sqlite(db):
            _run(db, *models.text_search_sql(True), *rollup_sql(True), *kpi_month_sql(True),
                 *tally_sql(True))
        else:  # Staff and AppUser refer to each other
            models.Staff._schema.create_foreign_key(models.Staff.reports_to)
            _run(db, *models.text_search_sql(False, trgm=_extension(db, "pg_trgm"),
                                             unaccent=_extension(db, "unaccent")),
                 *rollup_sql(False, _current_schema(db)),
                 *kpi_month_sql(False, _current_schema(db)),
                 *tally_sql(False, _current_schema(db)))
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
        raise UserError(_("Migration left {count} broken references (first in table {table}); "
                          "restore the backup.").format(count=len(problems),
                                                        table=problems[0][0]))
    result = db.execute_sql("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise UserError(_("Database integrity check failed after migration: {result}").format(
            result=result))
