"""The dashboard's roll-ups (`models.DashboardDay`): who may read them, and the check that they
still add up to the rows they summarise.

Database triggers keep them (`migrations.rollup_sql`), so every writer moves them in its own
transaction: services, imports, demo data, a restore, and in shared mode psql too. The check
rebuilds them from the base tables into a temporary table and lists every key that differs.
"""

from __future__ import annotations

from mentorapp.db import database, is_sqlite, transaction
from mentorapp.migrations import ROLLUP_COLUMNS, rollup_insert, rollup_select

# Shared mode: the roles whose row-level policy on dashboard_day shows every row. Everyone else
# gets their dashboard from the base tables, which row-level security narrows to what they see.
FULL_READERS = ("admin", "hr", "operations")
KEY, FIGURES = ROLLUP_COLUMNS[:4], ROLLUP_COLUMNS[4:]


def readable() -> bool:
    """True when this session reads the roll-ups in full: always on SQLite and on a plain
    PostgreSQL database; in shared mode only for the roles in FULL_READERS."""
    db = database.obj
    if is_sqlite(db):
        return True
    shared = db.execute_sql("SELECT to_regprocedure('app_role()') IS NOT NULL").fetchone()[0]
    return not shared or db.execute_sql("SELECT app_role()").fetchone()[0] in FULL_READERS


def _columns(alias: str, names: tuple[str, ...]) -> str:
    return ", ".join(f'{alias}."{name}"' for name in names)


def drift(limit: int = 20) -> dict:
    """The roll-up rows that differ from a rebuild from the base tables: {"rows": the first
    `limit`, each {"key": (figure, client_id, day, source), "found": the stored figures or
    None, "expected": the rebuilt ones or None}, "total": how many differ, "checked": how many
    rows the rebuild has}. A row whose figures are all zero counts as missing."""
    db = database.obj
    not_zero = " OR ".join(f'"{name}" <> 0' for name in FIGURES)
    same_key = " AND ".join(f's."{name}" = f."{name}"' for name in KEY)
    differs = " OR ".join(f's."{name}" <> f."{name}"' for name in FIGURES)
    joined = (f'FROM (SELECT * FROM "dashboard_day" WHERE {not_zero}) s FULL OUTER JOIN '
              f'"rollup_check" f ON {same_key} '
              f'WHERE s."figure" IS NULL OR f."figure" IS NULL OR {differs}')
    key = ", ".join(f'COALESCE(s."{name}", f."{name}")' for name in KEY)
    with transaction():
        db.execute_sql('DROP TABLE IF EXISTS "rollup_check"')
        db.execute_sql(f'CREATE TEMPORARY TABLE "rollup_check" AS {rollup_select()}')
        try:
            total = db.execute_sql(f"SELECT COUNT(*) {joined}").fetchone()[0]
            rows = db.execute_sql(
                f"SELECT {key}, {_columns('s', FIGURES)}, {_columns('f', FIGURES)} {joined} "
                f"ORDER BY 1, 2, 3, 4 LIMIT {int(limit)}").fetchall()
            checked = db.execute_sql('SELECT COUNT(*) FROM "rollup_check"').fetchone()[0]
        finally:
            db.execute_sql('DROP TABLE "rollup_check"')
    width = len(FIGURES)
    return {"rows": [{"key": tuple(row[:4]),
                      "found": _figures(row[4:4 + width]),
                      "expected": _figures(row[4 + width:])} for row in rows],
            "total": total, "checked": checked}


def _figures(values) -> dict | None:
    return None if values[0] is None else dict(zip(FIGURES, values, strict=True))


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
        return db.execute_sql('SELECT COUNT(*) FROM "dashboard_day"').fetchone()[0]
