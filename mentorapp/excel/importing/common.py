"""What every import shares: columns and header matching, cell checking with the service
field rules, problems and results, bulk audit entries and the all-or-nothing write."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from mentorapp import bulk
from mentorapp.db import transaction
from mentorapp.errors import UserError, ValidationError, field_word
from mentorapp.excel.reading import ErrorCell, FormulaCell, clean_text
from mentorapp.models import AuditEntry, utcnow
from mentorapp.services import audit
from mentorapp.services.fields import Choice, Rule
from mentorapp.translations import N_, _

# Problems kept for listing; a file with more is almost surely the wrong file.
MAX_PROBLEMS = 10_000
# Excel date serials accepted in a date column that is not formatted as a date (1954-2119),
# counted in days from Excel's day 0 (serials past Excel's phantom 29 February 1900).
_SERIAL_DATES = range(20_000, 80_000)
_SERIAL_ZERO = dt.date(1899, 12, 30)
# Remembered results of short cell texts, per column (the rules are pure functions).
_MEMO_TEXT, _MEMO_SIZE = 100, 20_000
# Share of progress given to reading and checking; the rest is writing.
READ_SHARE = 90
# What a file of each kind holds, as a warning about a column names it.
KIND_WORDS = {"staff": N_("staff"), "training": N_("training"), "feedback": N_("feedback"),
              "evaluations": N_("evaluations"), "roles": N_("roles")}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportProblem:
    """One wrong value: the spreadsheet row, the column header, what is wrong, the value."""

    row: int
    column: str
    message: str
    value: object = None
    of_header: bool = False  # a column missing from the header row: no cell, no value

    def __str__(self) -> str:
        if self.of_header:
            return _("row {row}, column {column}: {message}").format(
                row=self.row, column=self.column, message=self.message)
        return _("row {row}, column {column}: {message} ({value})").format(
            row=self.row, column=self.column, message=self.message, value=show_value(self.value))

    def shown_value(self) -> str:
        """The value as the problem lists show it; nothing for a missing column (whose
        "empty" read as an empty cell that could be filled in)."""
        return "" if self.of_header else show_value(self.value)


@dataclass
class ImportResult:
    """What an import found and did. With any problem nothing was written (and the counts
    are 0); a dry run's counts are what a real import would do."""

    kind: str
    dry_run: bool = False
    rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    more_problems: int = 0  # problems found beyond MAX_PROBLEMS (not listed)
    warnings: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    _cells: set[tuple[int, str]] = field(default_factory=set, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add_problem(self, row: int, column: str, message: str, value=None, *,
                    of_header: bool = False) -> None:
        """A problem, unless that cell already has one (a later check of a value that
        failed its rule would only repeat it)."""
        if (row, column) in self._cells:
            return
        self._cells.add((row, column))
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(row, column, message, value, of_header))
        else:
            self.more_problems += 1

    def problems_text(self) -> str:
        """"1 problem", "12 problems", "10,000 problems (and 52 more)"."""
        count = len(self.problems)
        more = f" (and {self.more_problems:,} more)" if self.more_problems else ""
        return f"{count:,} problem{'' if count == 1 else 's'}{more}"

    def summary(self) -> str:
        counts = (f"{self.created:,} created, {self.updated:,} updated, "
                  f"{self.unchanged:,} unchanged")
        if self.dry_run:
            return f"Dry run, nothing written: {rows_text(self.rows)} checked; they would " \
                   f"give {counts}"
        return f"{rows_text(self.rows)} imported: {counts}"


def rows_text(count: int) -> str:
    """"1 row", "2,000 rows"."""
    return f"{count:,} row" if count == 1 else f"{count:,} rows"


def show_value(value) -> str:
    if value is None or value == "":
        return _("empty")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True)
class Column:
    """A spreadsheet column: its header, the record field it fills and the rule that checks
    it. `choices` are the words a template's dropdown offers; `hint` goes to instructions."""

    header: str
    key: str
    rule: Rule
    choices: tuple[str, ...] = ()
    hint: str = ""
    kind: str = "text"  # text, date, number or rating (sets the template's cell format)
    # Short text repeats down a column (choices, IDs, names): each is checked once per import.
    memo: dict = field(default_factory=dict, compare=False, repr=False)
    # What an empty cell gives, when the column is optional (one call instead of millions).
    blank: object = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        if not self.rule.required:
            object.__setattr__(self, "blank", self.rule.clean(self.key, None))

    @property
    def required(self) -> bool:
        return self.rule.required

    def clean(self, value):
        """The checked value; raises ValidationError with a message for the user."""
        kind = type(value)
        if kind is str:
            found = self.memo.get(value)
            if found is None:
                found = self.rule.clean(self.key, value)
                if len(value) <= _MEMO_TEXT and len(self.memo) < _MEMO_SIZE:
                    self.memo[value] = found
            return found
        # Fast paths giving what the rule gives, for the most common cells of big files.
        if kind is int and self.kind == "rating" and 1 <= value <= 5:
            return value
        if kind is dt.date and self.kind == "date":
            return value
        if isinstance(value, FormulaCell):
            raise ValidationError(self.key, _("is a formula; type the value itself"))
        if isinstance(value, ErrorCell):
            raise ValidationError(self.key, _("shows an Excel error instead of a value"))
        if value is None:
            return self.rule.clean(self.key, None)
        if self.kind == "date":
            if type(value) is int and value in _SERIAL_DATES:
                value = _SERIAL_ZERO + dt.timedelta(days=value)
        elif isinstance(value, float) and value.is_integer() and self.kind == "text":
            value = int(value)
        elif isinstance(value, dt.datetime) and self.kind == "text":
            value = value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
        elif isinstance(value, dt.date) and self.kind == "text":
            value = value.isoformat()
        elif isinstance(value, bool) and self.kind == "text":
            value = "yes" if value else "no"
        return self.rule.clean(self.key, value)


class ChoiceWords(Choice):
    """A choice typed as a word that differs from the stored code (Visibility: "client" is
    stored as "shareable")."""

    def __init__(self, choices, words: dict[str, str], **kw):
        super().__init__(choices, **kw)
        self.words = words

    def convert(self, name, value):
        if isinstance(value, str):
            key = " ".join(value.lower().split())
            if key in self.words:
                return self.words[key]
        try:
            return super().convert(name, value)
        except ValidationError:
            allowed = ", ".join(self.words)
            raise ValidationError(name, _("{value} is not one of: {allowed}").format(
                value=repr(value), allowed=allowed)) from None


def normalise_header(text) -> str:
    return " ".join(clean_text(str(text)).lower().rstrip("*").split())


def match_headers(result: ImportResult, header_row: int, headers: Sequence,
                  columns: Sequence[Column]) -> dict[str, int] | None:
    """{column key: index in the row}; None when a column appears twice. A missing required
    column is a problem too, but the columns found are still checked row by row, so one
    pass reports everything (unknown columns are warnings)."""
    wanted = {normalise_header(c.header): c for c in columns}
    found: dict[str, int] = {}
    twice = _("this column appears twice")
    for index, header in enumerate(headers):
        if header is None:
            continue
        name = normalise_header(header)
        column = wanted.get(name)
        if column is None:
            result.warnings.append(_("Column {column} is not part of a {kind} import and was "
                                     "ignored").format(
                column=repr(show_value(header)),
                kind=_(KIND_WORDS[result.kind])))
        elif column.key in found:
            result.add_problem(header_row, column.header, twice, header)
        else:
            found[column.key] = index
    for column in columns:
        if column.required and column.key not in found:
            result.add_problem(header_row, column.header,
                               _("required column is missing from the header row"),
                               of_header=True)
    doubled = any(p.message == twice for p in result.problems)
    return None if doubled else found


def without_value(message: str, value) -> str:
    """A rule's message without its leading quoted value (the problem line shows it at the
    end): "'abc' is not a date" -> "is not a date"."""
    forms = [repr(value), repr(str(value).strip())]
    if isinstance(value, dt.date):
        forms.append(value.isoformat())
    for shown in forms:
        if message.startswith(shown + " "):
            return message[len(shown) + 1:]
    return message


class RowCleaner:
    """Checks rows by the rules of their columns: `cleaner(number, values)` gives the row's
    checked values, the keys of the cells that were filled in, and whether every required
    value passed (a wrong value is a problem, and its key gets the column's empty value, so
    the row's other checks can still run). Runs for every cell of big files, so what each
    column needs is looked up once and the common cells (empty, a text seen before, a
    rating, a date) are taken without a call."""

    def __init__(self, result: ImportResult, plan: Sequence[tuple[Column, int]]):
        self.result = result
        self.cells = [(column, index, column.key, column.required, column.blank, column.memo,
                       column.kind) for column, index in plan]

    def __call__(self, number: int, values: list) -> tuple[dict, set[str], bool]:
        clean = {}
        filled = set()
        size = len(values)
        complete = True
        for column, index, key, required, blank, memo, kind in self.cells:
            value = values[index] if index < size else None
            if value is None:
                if not required:
                    clean[key] = blank
                    continue
            else:
                filled.add(key)
                value_type = type(value)
                if value_type is str:
                    found = memo.get(value)
                    if found is not None:
                        clean[key] = found
                        continue
                elif (value_type is int and kind == "rating" and 1 <= value <= 5
                      or value_type is dt.date and kind == "date"):
                    clean[key] = value  # what the rule would give
                    continue
            try:
                clean[key] = column.clean(value)
            except ValidationError as exc:
                complete = complete and not required
                clean[key] = blank
                self.result.add_problem(number, column.header,
                                        without_value(exc.detail, value), value)
        return clean, filled, complete


def report_check(result: ImportResult, number: int, exc: ValidationError,
                 columns: Sequence[Column], values: dict) -> None:
    """A cross-field check's errors (every field it found wrong), each shown under the column
    of the field it names."""
    for problem in exc.every():
        header = next((c.header for c in columns if c.key == problem.field),
                      field_word(problem.field) if problem.field else "")
        value = values.get(problem.field)
        result.add_problem(number, header, without_value(problem.detail, value), value)


def scaled(progress: Progress | None, start: int, share: int) -> Progress | None:
    """A progress callback mapping (done, total) onto start..start+share out of 100."""
    if progress is None:
        return None
    return lambda done, total: progress(start + share * done // max(total, 1), 100)


class Importer:
    """One kind of import: its columns, the per-row checks against lookups loaded once, and
    the writes. Subclasses fill in `check()` and `write()`."""

    kind = ""
    # Columns a template fills in beforehand: a row with nothing else is skipped.
    prelisted: frozenset[str] = frozenset()

    def __init__(self, result: ImportResult, *, create_clients: bool = False):
        self.result = result
        self.create_clients = create_clients

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def check(self, number: int, clean: dict, filled: set[str]) -> None:
        """Check one row whose values passed their rules (references, duplicates, ...)."""
        raise NotImplementedError

    def finish(self) -> None:
        """Checks that need every row (references to rows further down)."""

    def write(self, progress: Progress | None) -> None:
        raise NotImplementedError

    def problem(self, number: int, key: str, message: str, value=None) -> None:
        header = next((c.header for c in self.columns() if c.key == key), key)
        self.result.add_problem(number, header, message, value)


# -- writing -------------------------------------------------------------------------------
def _json_value(value):
    """JSON for the values json cannot write itself (called only for those)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(  # untranslated: json's protocol for an unknown type, a programming error
        f"cannot audit a {type(value).__name__}")


# One encoder for every entry (json.dumps with options makes a new one per call).
_AUDIT_JSON = json.JSONEncoder(default=_json_value, ensure_ascii=False, sort_keys=True).encode
# How that encoder writes a string (ensure_ascii=False), with no set-up per call.
_JSON_STRING = json.encoder.encode_basestring


class JsonText(str):
    """A value already written as JSON, put into a `created_texts` text as it is."""


def created_texts(fields: Sequence[str]) -> Callable[[Sequence], str]:
    """A maker of `AuditLog.created_entry`'s text for records given as values in `fields`
    order: the same JSON (keys sorted, empty values left out), with text, whole numbers, dates
    and `JsonText` written directly and only other values through the encoder, whose set-up
    per call was most of an entry's cost. The same short texts and numbers fill a big file's
    columns: each field's part is made once per value (100,000 feedback entries with their
    ratings: 0.5 s of CPU against 0.9 s)."""
    heads = [(index, f"{_JSON_STRING(name)}: [null, ", {None: "", "": ""})
             for name, index in sorted((name, index) for index, name in enumerate(fields))]

    def text(values: Sequence) -> str:
        parts = []
        for index, head, known in heads:
            value = values[index]
            kind = type(value)
            # Only these types are looked up: True == 1 == 1.0 would share one part.
            if kind is str or kind is int or value is None or kind is dt.date:
                part = known.get(value)
                if part is None:
                    part = f"{head}{_written(value)}]"
                    if len(known) < _MEMO_SIZE and (kind is not str or len(value) <= _MEMO_TEXT):
                        known[value] = part
                if part:
                    parts.append(part)
            elif value != "":  # an empty JsonText is left out too
                parts.append(f"{head}{value if kind is JsonText else _AUDIT_JSON(value)}]")
        return "{" + ", ".join(parts) + "}"

    return text


def _written(value: str | int | dt.date) -> str:
    """JSON of a text, a whole number or a date, as the audit encoder writes them."""
    if type(value) is str:
        return _JSON_STRING(value)
    if type(value) is int:
        return str(value)
    return f'"{value.isoformat()}"'


class AuditLog:
    """Audit entries made during an import and bulk-inserted in its transaction, one per
    created or updated record, shaped like the services' ({field: [old, new]}). Big imports
    pass their entries to `write()` as a generator, so they are never all in memory."""

    FIELDS = ("at", "actor", "action", "entity", "entity_id", "changes")

    def __init__(self):
        self.actor = audit.actor()
        self.at = utcnow()
        self.rows: list[tuple] = []

    def entry(self, action: str, entity: str, entity_id: int, changes: dict) -> tuple:
        text = _AUDIT_JSON({k: [old, new] for k, (old, new) in changes.items()})
        return (self.at, self.actor, action, entity, entity_id, text)

    def created_entry(self, entity: str, entity_id: int, values: dict) -> tuple:
        text = _AUDIT_JSON({k: [None, v] for k, v in values.items()
                            if v is not None and v != ""})
        return (self.at, self.actor, "create", entity, entity_id, text)

    def created_entries(self, entity: str, fields: Sequence[str],
                        records: Iterable[tuple[int, Sequence]]) -> Iterator[tuple]:
        """`created_entry` of each (id, values in `fields` order) of `records`, its text made
        by `created_texts`."""
        text = created_texts(fields)
        return ((self.at, self.actor, "create", entity, entity_id, text(values))
                for entity_id, values in records)

    def add(self, action: str, entity: str, entity_id: int, changes: dict) -> None:
        self.rows.append(self.entry(action, entity, entity_id, changes))

    def created(self, entity: str, entity_id: int, values: dict) -> None:
        self.rows.append(self.created_entry(entity, entity_id, values))

    def write(self, more: Iterable[tuple] = ()) -> None:
        if audit.recorded_by_database():  # the triggers audited every row already
            return
        insert_records(AuditEntry, self.FIELDS, itertools.chain(self.rows, more))


def insert_records(model, fields: Sequence[str], rows) -> int:
    """`bulk.insert_rows` with the model's defaults added for the fields not given (the bulk
    path skips Peewee, which would otherwise fill them)."""
    extra = [(name, f.default() if callable(f.default) else f.default)
             for name, f in model._meta.fields.items()
             if name not in fields and name != "id" and f.default is not None]
    if not extra:
        return bulk.insert_rows(model, fields, rows)
    names = (*fields, *(name for name, _ in extra))
    values = tuple(value for _, value in extra)
    return bulk.insert_rows(model, names, (tuple(row) + values for row in rows))


def _integrity_errors() -> tuple[type[Exception], ...]:
    """Unique and foreign-key violations from Peewee and from the drivers (bulk inserts go
    straight to the driver)."""
    errors = [peewee.IntegrityError, sqlite3.IntegrityError]
    try:
        import psycopg2
    except ImportError:  # SQLite-only installation
        pass
    else:
        errors.append(psycopg2.IntegrityError)
    return tuple(errors)


_INTEGRITY_ERRORS = _integrity_errors()


class _DryRun(Exception):
    """Raised at the end of a dry run to roll everything back."""


def write_all(result: ImportResult, dry_run: bool, work: Callable[[], None]) -> None:
    """Run `work` in one transaction; in a dry run it runs in full and is then rolled back,
    so the counts and any write-time problems are exactly those of a real import. When
    `work` adds problems (a service refused a row) everything is rolled back too."""
    try:
        with transaction():
            work()
            if dry_run or result.problems:
                raise _DryRun
    except _DryRun:
        pass
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        if "locked" not in str(exc):
            raise
        raise UserError(_("The database is busy with another change; nothing was imported. "
                          "Try again in a moment.")) from exc
    except _INTEGRITY_ERRORS as exc:
        # The look-ups were loaded before the transaction: someone changed the same records
        # in the meantime (a new employee ID, a deleted person).
        raise UserError(_("The database changed while the file was being imported ({reason}); "
                          "nothing was imported. Try again.").format(
            reason=str(exc).splitlines()[0])) from exc


def stored(value):
    """A stored value as compared with a clean one (DecimalField gives Decimal)."""
    return float(value) if isinstance(value, Decimal) else value
