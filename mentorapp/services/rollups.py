"""The roll-ups: the dashboard's (`models.DashboardDay`, and the counts `models.DashboardHeadcount`
and `models.DashboardDue`) and the KPI person-months (`models.KpiMonth`); who may read the
dashboard's, and the check that they all still add up to the rows they summarise.

Database triggers keep them (`migrations.rollup_sql`, `migrations.kpi_month_sql`), so every
writer moves them in its own transaction: services, imports, demo data, a restore, and in shared
mode psql too. The check rebuilds them from the base tables into a temporary table and lists
every key that differs (KPI sums of floating-point values within a billionth: added up in
another order they may differ in the last digit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from mentorapp.db import database, is_sqlite, transaction
from mentorapp.migrations import (
    KPI_MONTH_COLUMNS,
    ROLLUP_COLUMNS,
    kpi_month_again,
    kpi_month_insert,
    kpi_month_select,
    rollup_insert,
    rollup_select,
    tally_insert,
    tally_parts,
    tally_select,
    tally_upserts,
)
from mentorapp.models import TEXT_SEARCH

# Shared mode: the roles whose row-level policy on dashboard_day shows every row. Everyone else
# gets their dashboard from the base tables, which row-level security narrows to what they see.
FULL_READERS = ("admin", "hr", "operations")
KEY, FIGURES = ROLLUP_COLUMNS[:4], ROLLUP_COLUMNS[4:]
KPI_KEY, KPI_FIGURES = KPI_MONTH_COLUMNS[:3], KPI_MONTH_COLUMNS[3:]
KPI_FLOATS = ("value_sum", "weighted_sum", "weight_sum", "last_value")
# SQLite's row triggers that add a new feedback row to the day roll-ups, the text index and the
# due days (the last one, whose WHEN is false for all but incidents, still runs a trigger
# program per row: 100,000 rows, 1.5-2.5 s of CPU on a busy machine; set-based a few ms).
FEEDBACK_INSERT_TRIGGERS = ("feedback_dashboard_insert", "feedback_text_insert",
                            "feedback_tally_insert")


def readable() -> bool:
    """True when this session reads the roll-ups in full: always on SQLite and on a plain
    PostgreSQL database; in shared mode for the roles in FULL_READERS, and for a login that
    row-level security does not narrow (a superuser, one that bypasses it): it would add up
    every record from the base tables instead (1.7 s for the dashboard at 50,000 staff)."""
    db = database.obj
    if is_sqlite(db):
        return True
    shared = db.execute_sql("SELECT to_regprocedure('app_role()') IS NOT NULL").fetchone()[0]
    return not shared or db.execute_sql(
        "SELECT COALESCE(app_role() = ANY(%s), false) OR (SELECT rolsuper OR rolbypassrls "
        "FROM pg_roles WHERE rolname = current_user)", (list(FULL_READERS),)).fetchone()[0]


def _columns(alias: str, names: tuple[str, ...]) -> str:
    return ", ".join(f'{alias}."{name}"' for name in names)


def drift(limit: int = 20) -> dict:
    """The roll-up rows that differ from a rebuild from the base tables: {"rows": the first
    `limit`, dashboard rows first, each {"table", "key": (figure, client_id, day, source),
    (client_id,), (figure, day) or (metric_id, staff_id, month), "found": the stored figures
    or None, "expected": the rebuilt ones or None}, "total": how many differ, "checked": how
    many rows the rebuild has}. A dashboard row whose figures are all zero counts as missing."""
    db = database.obj
    not_zero = " OR ".join(f'"{name}" <> 0' for name in FIGURES)
    close = " OR ".join(f'ABS(s."{name}" - f."{name}") > 1e-9 * (1 + ABS(f."{name}"))'
                        if name in KPI_FLOATS else f's."{name}" <> f."{name}"'
                        for name in KPI_FIGURES)
    headcount, due = tally_select()
    with transaction():
        found = [
            _differing("dashboard_day", f'SELECT * FROM "dashboard_day" WHERE {not_zero}',
                       rollup_select(), KEY, FIGURES, " OR ".join(
                           f's."{name}" <> f."{name}"' for name in FIGURES), limit),
            _differing("dashboard_headcount",
                       'SELECT * FROM "dashboard_headcount" WHERE "n" <> 0', headcount,
                       ("client_id",), ("n",), 's."n" <> f."n"', limit),
            _differing("dashboard_due", 'SELECT * FROM "dashboard_due" WHERE "n" <> 0', due,
                       ("figure", "day"), ("n",), 's."n" <> f."n"', limit),
            _differing("kpi_month", 'SELECT * FROM "kpi_month"',
                       kpi_month_select(is_sqlite(db)), KPI_KEY, KPI_FIGURES, close, limit)]
    return {"rows": [row for part in found for row in part["rows"]][:limit],
            "total": sum(part["total"] for part in found),
            "checked": sum(part["checked"] for part in found)}


def _differing(table: str, stored: str, rebuilt: str, key: tuple, figures: tuple,
               differs: str, limit: int) -> dict:
    """`drift` of one roll-up table: `stored` its rows, `rebuilt` the same from the records."""
    db = database.obj
    same_key = " AND ".join(f's."{name}" = f."{name}"' for name in key)
    first = key[0]
    joined = (f'FROM ({stored}) s FULL OUTER JOIN "rollup_check" f ON {same_key} '
              f'WHERE s."{first}" IS NULL OR f."{first}" IS NULL OR {differs}')
    shown = ", ".join(f'COALESCE(s."{name}", f."{name}")' for name in key)
    order = ", ".join(str(i + 1) for i in range(len(key)))
    db.execute_sql('DROP TABLE IF EXISTS "rollup_check"')
    db.execute_sql(f'CREATE TEMPORARY TABLE "rollup_check" AS {rebuilt}')
    # Without it SQLite joins by comparing every row with every other (90 s at 18,000 rows).
    db.execute_sql(f'CREATE INDEX "rollup_check_key" ON "rollup_check" '
                   f'({", ".join(f"{chr(34)}{name}{chr(34)}" for name in key)})')
    try:
        total = db.execute_sql(f"SELECT COUNT(*) {joined}").fetchone()[0]
        rows = db.execute_sql(
            f"SELECT {shown}, {_columns('s', figures)}, {_columns('f', figures)} {joined} "
            f"ORDER BY {order} LIMIT {int(limit)}").fetchall()
        checked = db.execute_sql('SELECT COUNT(*) FROM "rollup_check"').fetchone()[0]
    finally:
        db.execute_sql('DROP TABLE "rollup_check"')
    size, width = len(key), len(figures)
    return {"rows": [{"table": table, "key": tuple(row[:size]),
                      "found": _figures(figures, row[size:size + width]),
                      "expected": _figures(figures, row[size + width:])} for row in rows],
            "total": total, "checked": checked}


def _figures(names: tuple, values) -> dict | None:
    return None if values[0] is None else dict(zip(names, values, strict=True))


def rebuild(as_role: str | None = None) -> int:
    """Replace every roll-up row by a rebuild from the base tables; returns the row count.
    Shared mode: `as_role` is the owner role, the only one that writes the roll-ups (an admin
    may act as it)."""
    db = database.obj
    with transaction():
        if as_role is not None:
            db.execute_sql(f'SET LOCAL ROLE "{as_role.replace(chr(34), chr(34) * 2)}"')
        db.execute_sql('DELETE FROM "dashboard_day"')
        db.execute_sql(rollup_insert())
        db.execute_sql('DELETE FROM "dashboard_headcount"')
        db.execute_sql('DELETE FROM "dashboard_due"')
        for statement in tally_insert():
            db.execute_sql(statement)
        db.execute_sql('DELETE FROM "kpi_month"')
        db.execute_sql(kpi_month_insert(is_sqlite(db)))
        return db.execute_sql(
            'SELECT (SELECT COUNT(*) FROM "dashboard_day") + (SELECT COUNT(*) FROM '
            '"dashboard_headcount") + (SELECT COUNT(*) FROM "dashboard_due") + '
            '(SELECT COUNT(*) FROM "kpi_month")').fetchone()[0]


@contextmanager
def kpi_month_paused() -> Iterator[set]:
    """For a bulk writer of kpi_value, inside its transaction: yields a set the writer fills
    with the (metric_id, staff_id, any day of the month) of every value it adds, changes or
    removes; those person-months are then added up again in one statement. On SQLite the row
    triggers are paused meanwhile (a million values replaced: 61 s against 72 s; a million
    new ones are cheaper through the triggers, 25 s against 32 s); on PostgreSQL it only
    yields, its statement triggers staying on."""
    touched: set[tuple[int, int, dt.date]] = set()
    db = database.obj
    if not is_sqlite(db):
        yield touched
        return
    with transaction():
        db.execute_sql('INSERT INTO "kpi_month_paused" ("by") VALUES (\'import\')')
        yield touched
        db.execute_sql('CREATE TEMPORARY TABLE IF NOT EXISTS "kpi_month_touched" '
                       '("metric_id" INTEGER, "staff_id" INTEGER, "month" DATE, '
                       'PRIMARY KEY ("metric_id", "staff_id", "month"))')
        db.execute_sql('DELETE FROM "kpi_month_touched"')
        db.cursor().executemany(
            'INSERT OR IGNORE INTO "kpi_month_touched" VALUES (?, ?, ?)',
            ((metric, person, day.replace(day=1).isoformat())
             for metric, person, day in touched))
        for statement in kpi_month_again(True, 'SELECT * FROM "kpi_month_touched"'):
            db.execute_sql(statement)
        db.execute_sql('DELETE FROM "kpi_month_touched"')
        db.execute_sql('DELETE FROM "kpi_month_paused"')


@contextmanager
def kpi_month_adding(rows: Callable[[], Iterable[tuple]]) -> Iterator[None]:
    """For a bulk writer of kpi_value that only adds values (none replaced or removed),
    inside its transaction: `rows()` gives the (metric_id, staff_id, day, value, count) of
    every value it inserts, in the order inserted. On SQLite the row triggers are paused
    while it inserts and each person-month touched is then written once, with the figures
    the triggers would have stored: from the stored row, each value added in the same order
    by the same rules, so the sums are alike to the last digit (one UPSERT per person-month
    instead of one per value). On PostgreSQL it only yields: its statement triggers add up
    the whole COPY once."""
    db = database.obj
    if not is_sqlite(db):
        yield
        return
    with transaction():
        db.execute_sql('INSERT INTO "kpi_month_paused" ("by") VALUES (\'import\')')
        yield
        figures = _added_up(db, rows())
        columns = ", ".join(f'"{c}"' for c in ("metric_id", "month", "staff_id", *KPI_FIGURES))
        db.cursor().executemany(
            f'INSERT INTO "kpi_month" ({columns}) VALUES ({", ".join("?" * 9)}) '
            'ON CONFLICT ("metric_id", "month", "staff_id") DO UPDATE SET '
            + ", ".join(f'"{c}" = excluded."{c}"' for c in KPI_FIGURES),
            ((*key, *row) for key, row in figures.items()))
        db.execute_sql('DELETE FROM "kpi_month_paused"')


def _added_up(db, rows: Iterable[tuple]) -> dict[tuple, list]:
    """(metric_id, month, staff_id): [n, value_sum, weighted_sum, weight_sum, last_day,
    last_value] of each person-month of `rows`, each value added to the stored row (or the
    first value's row) as step 12's insert trigger adds it."""
    figures: dict[tuple, list] = {}
    stored: dict[tuple, list] = {}
    loaded: set[tuple] = set()  # (metric_id, month) whose stored rows were read
    for metric_id, staff_id, day, value, count in rows:
        day = day.isoformat()
        month = f"{day[:7]}-01"
        key = (metric_id, month, staff_id)
        row = figures.get(key)
        if row is None:
            if (metric_id, month) not in loaded:
                loaded.add((metric_id, month))
                for person, *figure in db.execute_sql(
                        'SELECT "staff_id", "n", "value_sum", "weighted_sum", "weight_sum", '
                        '"last_day", "last_value" FROM "kpi_month" WHERE "metric_id" = ? '
                        'AND "month" = ?', (metric_id, month)):
                    stored[(metric_id, month, person)] = figure
            row = stored.pop(key, None)
            if row is not None:
                figures[key] = row
        weighted = 0 if count is None else value * count  # COALESCE(value * count, 0)
        weight = 0 if count is None else count
        if row is None:
            figures[key] = [1, value, weighted, weight, day, value]
            continue
        row[0] += 1
        row[1] += value
        row[2] += weighted
        row[3] += weight
        if day >= row[4]:
            row[4], row[5] = day, value
    return figures


@contextmanager
def feedback_adding(ids: range) -> Iterator[None]:
    """For a bulk writer that only adds feedback, the rows with the ids `ids`, inside its
    transaction. On SQLite the feedback insert triggers are dropped while it inserts and made
    again from their stored SQL before its transaction ends, so no other connection sees them
    missing and a rollback brings them back; the new rows are then added to the day roll-ups
    with one grouped UPSERT, to the text index with one INSERT ... SELECT and to the due days
    by the trigger's own statement over all of them: the figures and index the triggers give,
    without a trigger program per row (100,000 rows on a busy 2-core machine: about 2.7 s of
    CPU against 6.6-9.1 s). On PostgreSQL it only yields: its statement triggers add up the
    whole COPY once and the search vector is a generated column."""
    db = database.obj
    if not is_sqlite(db):
        yield
        return
    with transaction():
        made = dict(db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
            FEEDBACK_INSERT_TRIGGERS).fetchall())
        for name in FEEDBACK_INSERT_TRIGGERS:
            db.execute_sql(f'DROP TRIGGER "{name}"')
        yield
        if ids:
            for statement in feedback_added_sql():
                db.execute_sql(statement, (ids.start, ids.stop - 1))
        for name in FEEDBACK_INSERT_TRIGGERS:
            db.execute_sql(made[name])


def feedback_added_sql() -> list[str]:
    """SQLite: the statements that add the feedback with ids from ?1 to ?2 to what the insert
    triggers keep, as they add each row: the dashboard's day rows for everyone (client 0) and
    for its client, the text index, and the due days (by the trigger's own statement)."""
    figures = ('"date", "source", COUNT(*), COALESCE(SUM("rating"), 0), COUNT("rating"), 0 '
               'FROM "feedback" WHERE "id" BETWEEN ?1 AND ?2 AND NOT "archived"')
    columns = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)
    key = ", ".join(f'"{c}"' for c in KEY)
    added = ", ".join(f'"{c}" = "dashboard_day"."{c}" + excluded."{c}"' for c in FIGURES)
    texts = ", ".join(f'"{c}"' for c in TEXT_SEARCH["feedback"])
    rows = ('SELECT 1 AS "sign", "staff_id", "kind", "resolved_date", "follow_up_date", '
            '"archived" FROM "feedback" WHERE "id" BETWEEN ?1 AND ?2')
    return [(f'INSERT INTO "dashboard_day" ({columns}) '
             f"SELECT 'feedback', 0, {figures} GROUP BY \"date\", \"source\" "
             f"UNION ALL SELECT 'feedback', \"client_id\", {figures} "
             'AND "client_id" IS NOT NULL GROUP BY "client_id", "date", "source" '
             f"ON CONFLICT ({key}) DO UPDATE SET {added}"),
            f'INSERT INTO "feedback_text" (rowid, {texts}) SELECT "id", {texts} FROM "feedback" '
            'WHERE "id" BETWEEN ?1 AND ?2',
            *tally_upserts([tally_parts("feedback", rows)])]
