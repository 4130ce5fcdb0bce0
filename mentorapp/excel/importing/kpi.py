"""KPI values import: the figures workforce and contact-centre systems export, per person and
day, week or month, in either shape:

- long: Employee ID, Date, Metric, Value, Count (one value a row);
- wide: Employee ID, Date, one column per metric name, and the weight column a weighted
  metric names (Handled, say) holding its count.

An optional Period column (day, week or month; day when absent or empty) says what a row's
date stands for; dates are moved to the period's first day (a week starts on Monday). Metrics
are the client's (`--client`), or else those of the client each person is on today.

Like every import it is all or nothing, with every problem found in one pass. Importing a
period again replaces it: for each (metric, period, day) in the file, the stored values are
replaced by the file's (a person no longer in the file for that day loses their value), and
the result counts values added, changed, unchanged and removed. One audit entry records the
import (a million per-value entries would say nothing more). When it replaces values, the
person-month roll-ups of what it touched are added up once at the end
(`services.rollups.kpi_month_paused`); when it only adds values, SQLite writes each
person-month they touch once, as its triggers would (`services.rollups.kpi_month_adding`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
import os
from collections import defaultdict
from dataclasses import dataclass

from mentorapp import bulk, kpis
from mentorapp.errors import UserError, ValidationError
from mentorapp.excel.importing.common import (
    READ_SHARE,
    Column,
    ImportResult,
    RowCleaner,
    normalise_header,
    rows_text,
    scaled,
    without_value,
    write_all,
)
from mentorapp.excel.importing.staff import staff_id_lookup
from mentorapp.excel.reading import open_table
from mentorapp.models import Assignment, Client, KpiMetric, KpiMonth, KpiValue
from mentorapp.queries import not_archived
from mentorapp.services import audit, clients, rollups
from mentorapp.services.fields import Choice, Date, Number, Text
from mentorapp.text import fold_key
from mentorapp.translations import _, display, ngettext

PERIODS = ("day", "week", "month")
FIXED = {"employee id": "employee_id", "date": "date", "period": "period", "metric": "metric",
         "value": "value", "count": "count"}
DELETE_CHUNK = 500
FIELDS = ("metric", "staff", "period", "day", "value", "count")


def kpi_columns(metric_names=(), weight_columns=()) -> list[Column]:
    """The columns of a wide file for these metric and weight column names (a template's)."""
    return [
        Column("Employee ID", "employee_id", Text(required=True, max_length=50,
                                                  multiline=False)),
        Column("Date", "date", Date(required=True), kind="date",
               hint="The day, or any day of the week or month the figure is for"),
        Column("Period", "period", Choice(PERIODS, default="day"), choices=PERIODS,
               hint="day (the default), week or month"),
        *(Column(name, f"metric:{name}", Number(), kind="number") for name in metric_names),
        *(Column(name, f"weight:{name}", Number(minimum=0), kind="number",
                 hint="The count that weighs the metrics naming this column")
          for name in weight_columns),
    ]


@dataclass
class KpiImportResult(ImportResult):
    removed: int = 0

    def summary(self) -> str:
        added = "1 value" if self.created == 1 else f"{self.created:,} values"
        counts = (f"{added} added, {self.updated:,} changed, "
                  f"{self.unchanged:,} unchanged, {self.removed:,} removed")
        if self.dry_run:
            return f"Dry run, nothing written: {rows_text(self.rows)} checked; they would " \
                   f"give {counts}"
        return f"{rows_text(self.rows)} imported: {counts}"


@dataclass(frozen=True)
class _Metric:
    id: int
    client: int
    name: str
    rollup: str
    weight_column: str  # "" unless weighted
    weight_key: str  # its fold_key, looked up for each value of a million


def import_kpi(path: str | os.PathLike, *, client: str | None = None, dry_run: bool = False,
               progress=None) -> KpiImportResult:
    """Import a KPI values file (see the module docstring); `client` is a client's name."""
    client_id = clients.by_name(client)["id"] if client else None
    table = open_table(path)
    result = KpiImportResult("kpi", dry_run=dry_run)
    rows = table.rows(scaled(progress, 0, READ_SHARE))
    try:
        header_row, headers = next(rows)
    except StopIteration:
        raise UserError(_("{name} is empty: there is no header row").format(
            name=table.name)) from None
    reader = _KpiRows(result, header_row, headers, client_id)
    if not reader.usable:
        rows.close()
        return result
    for number, values in rows:
        result.rows += 1
        reader.check(number, values)
    if not result.rows:
        raise UserError(_("{name} has a header row but no data rows").format(name=table.name))
    reader.finish()
    if reader.skipped:
        result.warnings.append(ngettext("{count} row without any value skipped",
                                        "{count} rows without any value skipped",
                                        reader.skipped).format(
            count=display().number(reader.skipped)))
    if result.problems:
        return result
    write_all(result, dry_run, lambda: _write(result, reader.values, client))
    if progress:
        progress(100, 100)
    return result


class _KpiRows:
    """Reads the header, then checks each row against lookups loaded once."""

    def __init__(self, result: KpiImportResult, header_row: int, headers, client_id):
        self.result = result
        self.header_row = header_row
        self.client_id = client_id
        self.staff = staff_id_lookup()
        self.metrics: dict[int, dict[str, list[_Metric]]] = defaultdict(lambda: defaultdict(list))
        weights: set[str] = set()
        for mid, cid, name, key, rollup, weight in (
                KpiMetric.select(KpiMetric.id, KpiMetric.client, KpiMetric.name,
                                 KpiMetric.name_key, KpiMetric.rollup, KpiMetric.weight_column)
                .where(not_archived(KpiMetric)).tuples()):
            if client_id is None or cid == client_id:
                weight = weight if rollup == "weighted" else ""
                self.metrics[cid][key].append(_Metric(mid, cid, name, rollup, weight,
                                                      fold_key(weight)))
                weights.add(fold_key(weight))
        self.client_names = dict(Client.select(Client.id, Client.name).tuples())
        self.clients_now: dict[int, list[int]] | None = None
        if client_id is None:
            self.clients_now = defaultdict(list)
            for staff_id, cid in (Assignment.select(Assignment.staff, Assignment.client)
                                  .where(Assignment.end_date.is_null(),
                                         not_archived(Assignment)).tuples()):
                self.clients_now[staff_id].append(cid)
        self.values: dict[tuple, tuple] = {}  # (metric, staff, period, day): (value, count, row)
        self.periods: dict[int, tuple[str, int]] = {}  # metric: (period, first row)
        self.skipped = 0
        self.resolved: dict[tuple, _Metric] = {}  # (name key, *client ids): the one metric
        self.usable = self._read_header(headers, weights)

    # -- the header ----------------------------------------------------------------------
    def _read_header(self, headers, weights: set[str]) -> bool:
        found: dict[str, int] = {}
        self.metric_cells: list[tuple[int, str, str]] = []  # (index, header, name key)
        self.weight_cells: dict[str, int] = {}  # weight column's fold_key: index
        self.header_texts: dict[int, str] = {}
        known_names = {key for by_name in self.metrics.values() for key in by_name}
        fine = True
        for index, header in enumerate(headers):
            if header is None:
                continue
            text = str(header).strip()
            name = normalise_header(text)
            key = fold_key(text)
            self.header_texts[index] = text
            if name in FIXED:
                if FIXED[name] in found:
                    self._header_problem(text, _("this column appears twice"))
                    fine = False
                found[FIXED[name]] = index
            elif key in known_names or key in weights:
                if key in known_names:
                    if key in {k for _index, _header, k in self.metric_cells}:
                        self._header_problem(text, _("this column appears twice"))
                        fine = False
                    self.metric_cells.append((index, text, key))
                if key in weights:
                    self.weight_cells[key] = index
            else:
                # Reported, and the rest of the file is still checked.
                self.result.add_problem(self.header_row, text, _(
                    "{client} has no metric (or weight column) of this name").format(
                    client=self.client_names[self.client_id]) if self.client_id is not None
                    else _("no client has a metric (or weight column) of this name"), header)
        self.long = "metric" in found
        if self.long:
            required = ("employee_id", "date", "metric", "value")
            if self.metric_cells:
                self._header_problem(self.metric_cells[0][1], _("a file with a Metric column "
                                                                "(long format) cannot also "
                                                                "have metric columns"))
                fine = False
        else:
            required = ("employee_id", "date")
            for key in ("value", "count"):
                if key in found:
                    self._header_problem(key.capitalize(), _("a Value or Count column needs "
                                                             "a Metric column (long format)"))
                    fine = False
            if not self.metric_cells:
                if not self.result.problems:
                    self._header_problem("Metric", _("no column names a metric: use the long "
                                                     "format (Metric, Value, Count) or a column "
                                                     "per metric"))
                fine = False
        for key in required:
            if key not in found:
                self._header_problem(_header_of(key), _("required column is missing from the "
                                                        "header row"))
                fine = False
        self.columns = {key: index for key, index in found.items()}
        cells = [Column("Employee ID", "employee_id", Text(required=True, max_length=50,
                                                           multiline=False)),
                 Column("Date", "date", Date(required=True), kind="date"),
                 Column("Period", "period", Choice(PERIODS, default="day"))]
        if self.long:
            cells += [Column("Metric", "metric", Text(required=True, max_length=100,
                                                      multiline=False)),
                      Column("Value", "value", Number(required=True), kind="number"),
                      Column("Count", "count", Number(), kind="number")]
        self.clean_row = RowCleaner(self.result, [(c, found[c.key]) for c in cells
                                                  if c.key in found])
        return fine

    def _header_problem(self, header: str, message: str) -> None:
        self.result.add_problem(self.header_row, header, message, of_header=True)

    # -- the rows ------------------------------------------------------------------------
    def check(self, number: int, values: list) -> None:
        clean, _filled, complete = self.clean_row(number, values)
        staff_id = self.staff.get(fold_key(clean["employee_id"])) if clean["employee_id"] \
            else None
        if clean["employee_id"] and staff_id is None:
            self.result.add_problem(number, "Employee ID",
                                    _("no staff member with this employee ID"),
                                    clean["employee_id"])
        period = clean.get("period") or "day"
        day = kpis.period_start(clean["date"], period) if clean["date"] else None
        client_ids = self._clients(number, staff_id)
        if self.long:
            self._long_row(number, clean, staff_id, period, day, client_ids, complete)
        else:
            self._wide_row(number, values, staff_id, period, day, client_ids, complete)

    def _clients(self, number: int, staff_id: int | None) -> list[int]:
        if self.client_id is not None:
            return [self.client_id]
        if staff_id is None:
            return []
        found = self.clients_now.get(staff_id, [])
        if not found:
            self.result.add_problem(number, "Employee ID", _("this person is on no client's "
                                                             "account today: name the client "
                                                             "(--client)"), None)
        return found

    def _metric(self, number: int, header: str, key: str, shown: str,
                client_ids: list[int]) -> _Metric | None:
        known = self.resolved.get((key, *client_ids))
        if known is not None:
            return known
        found = [m for cid in client_ids for m in self.metrics.get(cid, {}).get(key, ())]
        if len(found) == 1:
            self.resolved[(key, *client_ids)] = found[0]
            return found[0]
        names = _either([self.client_names[cid] for cid in client_ids])
        if not found:
            self.result.add_problem(number, header, _("{clients} has no metric of this "
                                                      "name").format(clients=names), shown)
        else:
            self.result.add_problem(number, header, _("several metrics have this name (one per "
                                                      "line of business or client: {clients}); "
                                                      "import them one client at a time").format(
                clients=names), shown)
        return None

    def _long_row(self, number, clean, staff_id, period, day, client_ids, complete):
        if not (complete and staff_id and client_ids):
            return
        metric = self._metric(number, "Metric", fold_key(clean["metric"]), clean["metric"],
                              client_ids)
        if metric is None:
            return
        count = clean.get("count")
        if count is not None and count < 0:
            self.result.add_problem(number, "Count", _("a count cannot be negative"), count)
            return
        if metric.rollup == "weighted" and count is None:
            self.result.add_problem(number, "Count", _weighted_without_count(metric), None)
            return
        self._keep(number, "Metric", metric, staff_id, period, day, clean["value"],
                   count if metric.rollup == "weighted" else None)

    def _wide_row(self, number, values, staff_id, period, day, client_ids, complete):
        size = len(values)
        found = False
        for index, header, key in self.metric_cells:
            cell = values[index] if index < size else None
            if cell is None:
                continue
            found = True
            value = _number(self.result, number, header, cell)
            if value is None or not (complete and staff_id and client_ids):
                continue
            metric = self._metric(number, header, key, header, client_ids)
            if metric is None:
                continue
            count = None
            if metric.rollup == "weighted":
                count = self._count(number, metric, values)
                if count is None:
                    continue
            self._keep(number, header, metric, staff_id, period, day, value, count)
        if not found:
            self.skipped += 1
            self.result.rows -= 1

    def _count(self, number: int, metric: _Metric, values: list) -> float | None:
        index = self.weight_cells.get(metric.weight_key)
        if index is None:
            self.result.add_problem(self.header_row, metric.weight_column,
                                    _("{metric} is weighted by this column, which is missing "
                                      "from the header row").format(metric=metric.name),
                                    of_header=True)
            return None
        header = self.header_texts[index]
        cell = values[index] if index < len(values) else None
        if cell is None:
            self.result.add_problem(number, header, _weighted_without_count(metric), None)
            return None
        count = _number(self.result, number, header, cell)
        if count is not None and count < 0:
            self.result.add_problem(number, header, _("a count cannot be negative"), cell)
            return None
        return count

    def _keep(self, number, header, metric, staff_id, period, day, value, count):
        key = (metric.id, staff_id, period, day)
        earlier = self.values.get(key)
        if earlier is not None:
            self.result.add_problem(number, header, _("the same person, {metric} and {period} "
                                                      "are on row {row}").format(
                metric=metric.name, period=period, row=earlier[2]), day)
            return
        first = self.periods.setdefault(metric.id, (period, number))
        if first[0] != period:
            self.result.add_problem(number, "Period", _("{metric} is given by {period} on row "
                                                        "{row}: one period per metric").format(
                metric=metric.name, period=first[0], row=first[1]), period)
            return
        self.values[key] = (value, count, number)

    def finish(self) -> None:
        """A metric's values come at one period, so a month's figure counts nothing twice."""
        for metric_id, (period, row) in self.periods.items():
            other = (KpiValue.select(KpiValue.period)
                     .where(KpiValue.metric == metric_id,
                            KpiValue.period.in_([p for p in PERIODS if p != period]))
                     .limit(1).scalar())
            if other is not None:
                name = KpiMetric.get_by_id(metric_id).name
                self.result.add_problem(row, "Period", _("{metric} already has values by "
                                                         "{period}: one period per "
                                                         "metric").format(metric=name,
                                                                          period=other), period)


def _weighted_without_count(metric: _Metric) -> str:
    return _("{metric} is weighted: its count is required").format(metric=metric.name)


def _either(names: list[str]) -> str:
    """"Acme", "Acme or Globex": the clients a metric name was looked for in."""
    return functools.reduce(lambda first, second: _("{first} or {second}").format(
        first=first, second=second), names)


def _header_of(key: str) -> str:
    return {"employee_id": "Employee ID"}.get(key, key.capitalize())


def _number(result: ImportResult, number: int, header: str, cell) -> float | None:
    """A cell's number. The common cells (numbers, and a CSV's plain decimal texts) skip the
    rule, giving what it gives: the nearest float to the decimal written."""
    kind = type(cell)
    if kind is str and "_" not in cell:
        try:
            value = float(cell)
        except ValueError:
            pass
        else:
            if math.isfinite(value):
                return value
    if kind is int or kind is float:
        if math.isfinite(cell):
            return float(cell)
    else:
        try:
            return Number().clean(header, cell)
        except ValidationError as exc:
            result.add_problem(number, header, without_value(exc.detail, cell), cell)
            return None
    result.add_problem(number, header, _("is not a number"), cell)
    return None


def _write(result: KpiImportResult, values: dict[tuple, tuple], client: str | None) -> None:
    """Replace the stored values of every (metric, period, day) in the file by the file's."""
    days: dict[tuple[int, str], list[dt.date]] = defaultdict(list)
    for metric_id, _staff, period, day in values:
        days[(metric_id, period)].append(day)
    covered = {(metric_id, period, day) for metric_id, _, period, day in values}
    delete: list[int] = []
    removed: set[tuple] = set()  # (metric, staff, day) of each value deleted
    keep: set[tuple] = set()
    for (metric_id, period), dates in days.items():
        for value_id, staff_id, day, value, count in stored_values(metric_id, period,
                                                                  min(dates), max(dates)):
            day = _as_date(day)
            if (metric_id, period, day) not in covered:
                continue
            new = values.get((metric_id, staff_id, period, day))
            if new is None:
                result.removed += 1
                delete.append(value_id)
                removed.add((metric_id, staff_id, day))
            elif (new[0], new[1]) == (value, count):
                result.unchanged += 1
                keep.add((metric_id, staff_id, period, day))
            else:
                result.updated += 1
                delete.append(value_id)
    # In the order of the value key (staff, metric, period, day): each person's values go in
    # together, so each index page and person-month is visited once, not once per day of the
    # file (SQLite: the cache no longer spills to the WAL; PostgreSQL: the index pages of
    # the one COPY's rows are visited in order).
    added = sorted((key for key in values if key not in keep), key=operator.itemgetter(1, 0, 2, 3))
    # Measured at 5M values on SQLite: a million new values took 25 s with the row triggers
    # and 32 s paused and added up again from kpi_value afterwards; a million replaced ones
    # 72 s and 61 s. New values alone are now added to their person-months in Python (the
    # row triggers' UPSERT cost 3.7 s CPU a million, 2026-12-03).
    if delete:
        with rollups.kpi_month_paused() as touched:
            touched.update(removed)
            touched.update((metric_id, staff_id, day) for metric_id, staff_id, _, day in added)
            for start in range(0, len(delete), DELETE_CHUNK):
                KpiValue.delete().where(
                    KpiValue.id.in_(delete[start:start + DELETE_CHUNK])).execute()
            inserted = bulk.insert_rows(KpiValue, FIELDS, (
                (*key, *values[key][:2]) for key in added))
    else:  # only new values: each person-month they touch written once (SQLite)
        rows = [(*key, *values[key][:2]) for key in added]  # FIELDS, made once for both
        with rollups.kpi_month_adding(lambda: (
                (metric_id, staff_id, day, value, count)
                for metric_id, staff_id, _period, day, value, count in rows)):
            inserted = bulk.insert_rows(KpiValue, FIELDS, rows)
    result.created = inserted - result.updated
    audit.record("import", "kpi_value", None, {
        "client": (None, client or ""), "added": (None, result.created),
        "changed": (None, result.updated), "unchanged": (None, result.unchanged),
        "removed": (None, result.removed),
        "periods": (None, sorted({f"{p} {min(d)}..{max(d)}" for (_, p), d in days.items()}))})


def stored_values(metric_id: int, period: str, first: dt.date, last: dt.date):
    """(id, staff, day, value, count) of the metric's stored values at `period` from `first`
    to `last`: the people with a value of the metric in those months (kpi_month's key, kept
    with the values in the same transaction), then theirs by the unique (staff, metric,
    period, day) index. Since schema 15 no index orders the values by metric and day."""
    people = KpiMonth.select(KpiMonth.staff_id).where(
        KpiMonth.metric_id == metric_id,
        KpiMonth.month.between(first.replace(day=1), last.replace(day=1)))
    return (KpiValue.select(KpiValue.id, KpiValue.staff, KpiValue.day, KpiValue.value,
                            KpiValue.count)
            .where(KpiValue.staff.in_(people), KpiValue.metric == metric_id,
                   KpiValue.period == period, KpiValue.day.between(first, last))
            .tuples())


def _as_date(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value
