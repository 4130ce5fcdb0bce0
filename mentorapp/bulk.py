"""Fast inserts for demo data and imports: one prepared statement, many rows, no per-row ORM.

Peewee builds SQL in Python for every row (about 12x slower than the driver's executemany
for 500k rows on SQLite); here the statement is built once and the driver does the rest. On
PostgreSQL the rows go in with COPY (text format), except into a table with row-level
security (shared mode), which COPY refuses: there a multi-row INSERT. Call inside a
transaction.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal

import peewee

from mentorapp.db import database, is_sqlite
from mentorapp.models import Evaluation, EvaluationAnswer, EvaluationRevision

CHUNK = 5_000
# Rows of COPY text handed to the driver at a time (it sends each piece as it gets it).
COPY_ROWS_PER_READ = 1_000


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
    if is_sqlite():
        count = 0
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
    with conn.cursor() as cursor:
        if _has_row_security(cursor, table):
            return _insert_values(cursor, table, quoted, rows)
        source = _CopySource(rows)
        try:
            cursor.copy_expert(f'COPY "{table}" ({quoted}) FROM STDIN', source)
        except Exception:
            if source.error is not None:  # the driver reports it as a cancelled COPY
                raise source.error from None
            raise
    return source.count


class _CopySource(io.TextIOBase):
    """COPY's text, made a few rows at a time as the driver reads it: one statement for all
    the rows, and the server stores the rows already sent while Python writes the next (a
    COPY per 5,000-row chunk kept the two waiting on each other, and ran a table's statement
    triggers once per chunk)."""

    def __init__(self, rows: Iterable[Sequence]):
        self.rows = iter(rows)
        self.count = 0
        self.error: Exception | None = None  # raised while making the rows (a bad value)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> str:
        try:
            lines = ["\t".join(map(_copy_value, row)) + "\n"
                     for row in itertools.islice(self.rows, COPY_ROWS_PER_READ)]
        except Exception as error:
            self.error = error
            raise
        self.count += len(lines)
        return "".join(lines)


def _has_row_security(cursor, table: str) -> bool:
    """PostgreSQL refuses COPY FROM into a table with row-level security (shared mode)."""
    cursor.execute("SELECT relrowsecurity FROM pg_class WHERE oid = %s::regclass",
                   (f'"{table}"',))
    return bool(cursor.fetchone()[0])


def _insert_values(cursor, table: str, quoted: str, rows: Iterable[Sequence]) -> int:
    from psycopg2.extras import execute_values

    count = 0
    for chunk in _chunks(rows):
        execute_values(cursor, f'INSERT INTO "{table}" ({quoted}) VALUES %s', chunk,
                       page_size=1000)
        count += len(chunk)
    return count


# COPY's text format: one line a row, tab between columns, \N for NULL, and backslash escapes
# for the characters that would end a value or a line.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_value(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).translate(_COPY_ESCAPES)


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
    days: dict[dt.date, str] = {}  # each day's text made once (a million values, 100 days)

    def convert(row: Sequence) -> tuple:
        row = list(row)
        for i in positions:
            value = row[i]
            if type(value) is dt.date:
                text = days.get(value)
                row[i] = text if text is not None else days.setdefault(value, value.isoformat())
            else:
                row[i] = _sqlite_value(value)
        return tuple(row)

    return convert


def _chunks(rows: Iterable[Sequence], convert=None):
    rows = iter(rows) if convert is None else map(convert, rows)
    while chunk := list(itertools.islice(rows, CHUNK)):
        yield chunk


# The columns of an evaluation given to `insert_evaluations`, in order.
EVALUATION_FIELDS = ("version", "staff", "evaluator", "client", "interaction_id", "channel",
                     "interaction_date", "evaluated_at", "score", "critical_fail", "visibility",
                     "status", "revision", "acknowledged_at", "acknowledgement", "calibration",
                     "is_reference", "archived")
REVISION_FIELDS = ("revision", "score", "answers", "changed_at", "changed_by", "reason")


def insert_evaluations(evaluations: Sequence[tuple[Sequence, Sequence, Sequence]]) -> range:
    """Insert scored evaluations, each (its EVALUATION_FIELDS values, its answers as
    (item id, answer, comment), its revisions as REVISION_FIELDS values), with three
    set-based inserts instead of three per evaluation; returns their ids, in order. The
    scores are the caller's (`mentorapp.scorecards`), as `services.quality.evaluate` stores
    them."""
    ids = next_ids(Evaluation, len(evaluations))
    insert_rows(Evaluation, ("id", *EVALUATION_FIELDS),
                ((i, *values) for i, (values, _, _) in zip(ids, evaluations, strict=True)))
    insert_rows(EvaluationAnswer, ("evaluation", "item", "answer", "comment"),
                ((i, *answer) for i, (_, answers, _) in zip(ids, evaluations, strict=True)
                 for answer in answers))
    insert_rows(EvaluationRevision, ("evaluation", *REVISION_FIELDS),
                ((i, *revision) for i, (_, _, revisions) in zip(ids, evaluations, strict=True)
                 for revision in revisions))
    return ids


def next_ids(model, count: int) -> range:
    """Ids for `count` rows about to be inserted with explicit ids (call inside the write
    transaction; on PostgreSQL the sequence is moved past them)."""
    start = (model.select(model.id).order_by(model.id.desc()).limit(1).scalar() or 0) + 1
    if not is_sqlite():
        table = model._meta.table_name
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), %s)",
                             (start + count - 1 if count else start,))
    return range(start, start + count)
