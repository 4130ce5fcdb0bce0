"""Fast inserts for demo data and imports: one prepared statement, many rows, no per-row ORM.

Peewee builds SQL in Python for every row (about 12x slower than the driver's executemany
for 500k rows on SQLite); here the statement is built once and the driver does the rest.
Call inside a transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

import peewee

from mentorapp.db import database, is_sqlite

CHUNK = 5_000


def insert_rows(model, fields: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert tuples of `fields` values into `model`'s table; returns the row count.

    Values are stored as given (dates as `datetime.date`), so convert booleans, decimals and
    choices before calling. A model's key columns (`key_values()`, see models.Client) are
    added here from each row's values, so no writer can leave them out.
    """
    if hasattr(model, "key_values"):
        fields, rows = _with_keys(model.key_values, fields, rows)
    meta = model._meta
    columns = [meta.fields[name].column_name for name in fields]
    table = meta.table_name
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn = database.connection()
    count = 0
    if is_sqlite():
        sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
        cursor = conn.cursor()
        # Only date, time and decimal columns need converting (looked up once, not per value).
        needs = [i for i, name in enumerate(fields)
                 if isinstance(meta.fields[name], (peewee.DateField, peewee.DateTimeField,
                                                   peewee.DecimalField))]
        convert = _row_converter(needs) if needs else None
        for chunk in _chunks(rows, convert):
            cursor.executemany(sql, chunk)
            count += len(chunk)
        return count
    from psycopg2.extras import execute_values

    sql = f'INSERT INTO "{table}" ({quoted}) VALUES %s'
    with conn.cursor() as cursor:
        for chunk in _chunks(rows):
            execute_values(cursor, sql, chunk, page_size=1000)
            count += len(chunk)
    return count


def _with_keys(key_values, fields: Sequence[str], rows: Iterable[Sequence]):
    keys = tuple(key_values({}))
    rows = ((*row, *key_values(dict(zip(fields, row, strict=True))).values()) for row in rows)
    return (*fields, *keys), rows


def _sqlite_value(value):
    """Dates as Peewee stores them in SQLite (text), without sqlite3's deprecated adapters."""
    if isinstance(value, dt.datetime):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _row_converter(positions: list[int]):
    def convert(row: Sequence) -> tuple:
        row = list(row)
        for i in positions:
            row[i] = _sqlite_value(row[i])
        return tuple(row)

    return convert


def _chunks(rows: Iterable[Sequence], convert=None):
    chunk = []
    for row in rows:
        chunk.append(convert(row) if convert else tuple(row))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def next_ids(model, count: int) -> range:
    """Ids for `count` rows about to be inserted with explicit ids (call inside the write
    transaction; on PostgreSQL the sequence is moved past them)."""
    start = (model.select(model.id).order_by(model.id.desc()).limit(1).scalar() or 0) + 1
    if not is_sqlite():
        table = model._meta.table_name
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), %s)",
                             (start + count - 1 if count else start,))
    return range(start, start + count)
