"""KPI speed at company scale (issue 15): 50,000 staff, 5 metrics per client, daily values for
12 months of the people who have them, then medians of the calls the app makes.

    nice .venv/bin/python benchmarks/bench_kpi_scale.py --db sqlite:///PATH [--people 2740]
    nice .venv/bin/python benchmarks/bench_kpi_scale.py --db postgresql://postgres@HOST/NAME
        [--people 10000] [--staff 50000] [--client-staff 2000] [--runs 5] [--reuse]

A new database (SQLite file, or a PostgreSQL database made on the server and left there for
--reuse) gets 50,000 staff on clients of 2,000, each client 5 metrics (the first five
presets), and daily values for 365 days of each metric of the first PEOPLE staff: 2,740
people are 5.0 million values, 10,000 are 18.25 million. Values are loaded with the roll-up
triggers off and the value indexes dropped (SQLite: executemany; PostgreSQL: COPY), then the
indexes are made and `kpi_month` is filled by the same statement as migration step 10.

Measured, each `--runs` times, alternately where there are two: the profile's KPI tab of 50
people (target 50 ms), the first client's monthly roll-up (300 ms), the dashboard's
below-target list and figures for that client (the dashboard's 100 ms), and importing
1,000,000 values (a wide CSV of the client's 2,000 people over 100 new days; target 20 s)
against reading the same file alone; then once as before 2026-12-03: the values inserted
in the file's order. The below-target list is also timed with every person-metric of the
client below target (its targets moved out of reach in a transaction rolled back): the
list's worst case.
"""

from __future__ import annotations

import argparse
import builtins
import csv
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import migrations, opening  # noqa: E402
from mentorapp.db import is_sqlite, transaction  # noqa: E402

FIRST_DAY = dt.date(2025, 7, 1)
DAYS = 365
TODAY = dt.date(2026, 6, 30)
METRICS = 5
VALUE_INDEXES = ("kpi_value_staff_id_metric_id_period_day", "kpi_value_metric_id_period")
NULL = "\\N"  # COPY's text format
SQLITE_TRIGGERS = ("kpi_value_month_insert", "kpi_value_month_delete", "kpi_value_month_update")


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _server_sql(url: str, statement: str) -> None:
    import psycopg2

    parts = urlsplit(url)
    connection = psycopg2.connect(urlunsplit((*parts[:2], "/postgres", *parts[3:])))
    connection.autocommit = True
    try:
        connection.cursor().execute(statement)
    finally:
        connection.close()


def triggers_off(db) -> None:
    """The person-month triggers off (the bulk load and the compared import)."""
    if is_sqlite(db):
        for name in SQLITE_TRIGGERS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    else:
        for event in ("insert", "update", "delete"):
            db.execute_sql(f'ALTER TABLE "kpi_value" DISABLE TRIGGER "kpi_month_{event}"')


def triggers_on(db) -> None:
    if is_sqlite(db):
        for statement in migrations.kpi_month_sql(True):
            if statement.startswith("CREATE TRIGGER"):
                db.execute_sql(statement)
    else:
        for event in ("insert", "update", "delete"):
            db.execute_sql(f'ALTER TABLE "kpi_value" ENABLE TRIGGER "kpi_month_{event}"')


def value(person: int, metric: int, day: int) -> float:
    """A plausible figure without a random generator (18 million of them)."""
    return float(60 + (person * 37 + metric * 101 + day * 13) % 340)


def build(db, staff: int, client_staff: int, people: int) -> dict:
    from mentorapp.excel.importing.common import insert_records
    from mentorapp.models import Assignment, KpiMetric, Staff
    from mentorapp.services import audit, kpi
    from mentorapp.services import clients as clients_service

    audit.set_actor("bench")
    started = time.perf_counter()
    presets = kpi.presets()[:METRICS]
    clients = [clients_service.create(name=f"Client {i + 1:02d}")["id"]
               for i in range(-(-staff // client_staff))]
    for client in clients:
        for preset in presets:
            kpi.define(client=client, **preset)
    with transaction():
        insert_records(Staff, ("employee_id", "first_name", "last_name", "team", "site"),
                       ((f"E{i:06d}", "First", f"Last{i}", f"Team {i % 40}", "Cebu")
                        for i in range(staff)))
        ids = [sid for (sid,) in Staff.select(Staff.id).order_by(Staff.id).tuples()]
        insert_records(Assignment, ("staff", "client", "role", "start_date", "archived"),
                       ((sid, clients[i // client_staff], "Agent", dt.date(2024, 1, 1),
                         False) for i, sid in enumerate(ids)))
    metrics = {client: [(m.id, m.rollup == "weighted") for m in KpiMetric.select()
                        .where(KpiMetric.client == client).order_by(KpiMetric.id)]
               for client in clients}
    days = [(FIRST_DAY + dt.timedelta(days=d)).isoformat() for d in range(DAYS)]

    def rows():
        for i, sid in enumerate(ids[:people]):
            for m, (metric_id, weighted) in enumerate(metrics[clients[i // client_staff]]):
                for d, day in enumerate(days):
                    yield (metric_id, sid, "day", day, value(i, m, d),
                           float(1 + (i + d) % 40) if weighted else None)

    loaded = time.perf_counter()
    with transaction():
        triggers_off(db)
        for name in VALUE_INDEXES:
            db.execute_sql(f'DROP INDEX "{name}"')
        count = _load(db, rows())
        loaded_rows = time.perf_counter()
        db.execute_sql('CREATE UNIQUE INDEX "kpi_value_staff_id_metric_id_period_day" ON '
                       '"kpi_value" ("staff_id", "metric_id", "period", "day")')
        db.execute_sql('CREATE INDEX "kpi_value_metric_id_period" ON "kpi_value" '
                       '("metric_id", "period")')  # schema 15
        indexed = time.perf_counter()
        db.execute_sql(migrations.kpi_month_insert(is_sqlite(db)))
        triggers_on(db)
    rolled_up = time.perf_counter()
    db.execute_sql("ANALYZE")
    months = db.execute_sql('SELECT COUNT(*) FROM "kpi_month"').fetchone()[0]
    return {"values": count, "person_months": months, "setup_s": loaded - started,
            "load_s": loaded_rows - loaded, "index_s": indexed - loaded_rows,
            "kpi_month_s": rolled_up - indexed, "clients": len(clients)}


def _load(db, rows, chunk: int = 500_000) -> int:
    sql = ('INSERT INTO "kpi_value" ("metric_id", "staff_id", "period", "day", "value", '
           '"count") VALUES (?, ?, ?, ?, ?, ?)')
    count = 0
    batch: list = []
    cursor = db.cursor()
    for row in rows:
        batch.append(row)
        if len(batch) == chunk:
            count += _flush(db, cursor, sql, batch)
            batch = []
            print(f"  {count:,} values", flush=True)
    return count + (_flush(db, cursor, sql, batch) if batch else 0)


def _flush(db, cursor, sql: str, batch: list) -> int:
    if is_sqlite(db):
        cursor.executemany(sql, batch)
    else:
        text = "".join(f"{m}\t{s}\t{p}\t{d}\t{v}\t{NULL if c is None else c}\n"
                       for m, s, p, d, v, c in batch)
        cursor.copy_expert('COPY "kpi_value" ("metric_id", "staff_id", "period", "day", '
                           '"value", "count") FROM STDIN', io.StringIO(text))
    return len(batch)


def write_import(path: Path, client_id: int, start: dt.date,
                 wanted: int) -> tuple[int, list[dt.date]]:
    """A wide file of `wanted` values: the client's people, each day from `start`."""
    from mentorapp.models import Assignment, KpiMetric, Staff

    names = [m.name for m in KpiMetric.select().where(KpiMetric.client == client_id)
             .order_by(KpiMetric.id)]
    weights = sorted({m.weight_column for m in KpiMetric.select()
                      .where(KpiMetric.client == client_id) if m.weight_column})
    people = [eid for (eid,) in Staff.select(Staff.employee_id).join(
        Assignment, on=(Assignment.staff == Staff.id)).where(
        Assignment.client == client_id).order_by(Staff.id).tuples()]
    days = [start + dt.timedelta(days=d)
            for d in range(-(-wanted // (METRICS * len(people))))]
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Employee ID", "Date", *names, *weights])
        for d, day in enumerate(days):
            for i, eid in enumerate(people):
                if count >= wanted:
                    break
                out.writerow([eid, day.isoformat(),
                              *(value(i, m, d + 7) for m in range(len(names))),
                              *(1 + (i + d) % 40 for _ in weights)])
                count += len(names)
    return count, days


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="sqlite:///PATH or postgresql://.../NAME")
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--client-staff", type=int, default=2_000)
    parser.add_argument("--people", type=int, help="staff with values (default: 2,740 on "
                        "SQLite, 5.0M values; 10,000 on PostgreSQL, 18.25M)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-values", type=int, default=1_000_000)
    parser.add_argument("--verify", action="store_true", help="end with verify-rollups' check")
    parser.add_argument("--reuse", action="store_true", help="measure a database built before")
    parser.add_argument("--skip-import", action="store_true", help="only the reading calls")
    args = parser.parse_args()
    postgres = args.db.startswith("postgresql")
    people = args.people or (10_000 if postgres else 2_740)
    if not args.reuse:
        if postgres:
            name = urlsplit(args.db).path.strip("/")
            _server_sql(args.db, f'DROP DATABASE IF EXISTS "{name}"')
            _server_sql(args.db, f'CREATE DATABASE "{name}"')
        else:
            path = Path(args.db.removeprefix("sqlite:///"))
            for old in path.parent.glob(path.name + "*"):
                old.unlink()
    db = opening.open_database(args.db)
    if postgres:
        db.execute_sql("SET maintenance_work_mem = '1GB'")
        db.execute_sql("SET work_mem = '256MB'")
    if not args.reuse:
        print(f"building {args.staff:,} staff, {people:,} with daily values ...", flush=True)
        built = build(db, args.staff, args.client_staff, people)
        print(f"built: {built['values']:,} values, {built['person_months']:,} person-months, "
              f"{built['clients']} clients; setup {built['setup_s']:.0f} s, values "
              f"{built['load_s']:.0f} s, indexes {built['index_s']:.0f} s, kpi_month "
              f"{built['kpi_month_s']:.0f} s", flush=True)
    measure(db, args.runs, args.import_values, args.verify, args.skip_import)


def measure(db, runs: int, wanted: int, verify: bool, skip_import: bool = False) -> None:
    from peewee import fn

    from mentorapp.excel.importing import import_file
    from mentorapp.excel.importing import kpi as importing_kpi
    from mentorapp.excel.reading import open_table
    from mentorapp.models import Client, KpiMetric, KpiMonth, KpiValue, Staff
    from mentorapp.services import audit, dashboard, kpi

    audit.set_actor("bench")
    client = Client.select().order_by(Client.id).get()
    values = KpiValue.select().count()
    print(f"{values:,} values, {KpiMonth.select().count():,} person-months; client "
          f"{client.name!r}", flush=True)
    with_values = [sid for (sid,) in KpiMonth.select(KpiMonth.staff_id).distinct()
                   .where(KpiMonth.metric_id.in_(KpiMetric.select(KpiMetric.id)
                                                 .where(KpiMetric.client == client.id)))
                   .order_by(KpiMonth.staff_id).limit(5000).tuples()]
    sample = with_values[::max(1, len(with_values) // 50)][:50]
    profile, rollup, below, figures = [], [], [], []
    for _ in range(runs):
        profile += [timed(lambda sid=sid: kpi.person_kpis(sid, today=TODAY)) for sid in sample]
        rollup.append(timed(lambda: kpi.client_rollup(client.id, today=TODAY)))
        below.append(timed(lambda: dashboard.kpi_below_target(TODAY, client=client.id)))
        figures.append(timed(lambda: dashboard.figures(TODAY, client=client.id)))
    everyone = []
    with db.atomic() as moved:  # every person-metric below target, then put back
        KpiMetric.update(better="higher", target=1e12, warning=None).where(
            KpiMetric.client == client.id).execute()
        for _ in range(runs):
            everyone.append(timed(lambda: dashboard.kpi_below_target(TODAY, client=client.id)))
        listed = len(dashboard.kpi_below_target(TODAY, client=client.id))
        moved.rollback()
    for label, found, target in (("profile KPI tab (50 people)", profile, "50 ms"),
                                 ("client monthly roll-up", rollup, "300 ms"),
                                 ("dashboard KPI below-target list", below, "100 ms"),
                                 (f"the same, all {listed:,} below target", everyone, "-"),
                                 ("dashboard figures", figures, "100 ms")):
        print(f"{label}: median {ms(statistics.median(w for w, _ in found))} wall, "
              f"{ms(statistics.median(c for _, c in found))} CPU (target {target}; "
              f"{len(found)} calls)", flush=True)
    team = Staff.get_by_id(sample[0]).team
    rollup_team = [timed(lambda: kpi.client_rollup(client.id, team=team, today=TODAY))
                   for _ in range(runs)]
    print(f"one team's monthly roll-up: median {ms(statistics.median(w for w, _ in rollup_team))}"
          f" wall", flush=True)

    if skip_import:
        return
    folder = Path(tempfile.mkdtemp(prefix="bench_kpi_scale_"))
    last = KpiValue.select(fn.MAX(KpiValue.day)).scalar()
    start = max(TODAY, dt.date.fromisoformat(str(last)[:10])) + dt.timedelta(days=1)
    imports, reads = [], []
    for run in range(runs + 1):
        path = folder / f"import_{run}.csv"
        count, days = write_import(path, client.id, start, wanted)
        start = max(days) + dt.timedelta(days=1)
        result = None

        def work(path=path):
            nonlocal result
            result = import_file("kpi", path, client=client.name)

        if run < runs:  # with the triggers
            imports.append(timed(work))
            reads.append(timed(lambda path=path: sum(1 for _ in open_table(path).rows())))
            print(f"run {run + 1}: import {imports[-1][0]:.2f} s wall "
                  f"({imports[-1][1]:.2f} CPU), read alone {reads[-1][0]:.2f} s", flush=True)
        else:  # the other way: as before 2026-12-03, the values in the file's order
            with mock.patch.object(importing_kpi, "sorted", create=True,
                                   new=lambda rows, key=None: list(rows) if key
                                   else builtins.sorted(rows)):  # the values' sort only
                other = timed(work)
            print(f"import as before (in the file's order): {other[0]:.2f} s wall "
                  f"({other[1]:.2f} CPU)", flush=True)
        assert result.ok and result.created == count, result.problems[:3]
        path.unlink()
    print(f"median import of {count:,} values: {statistics.median(w for w, _ in imports):.2f} s"
          f" wall, {statistics.median(c for _, c in imports):.2f} s CPU (target 20 s); read "
          f"alone {statistics.median(w for w, _ in reads):.2f} s wall", flush=True)
    if not verify:
        return
    from mentorapp.services import rollups

    checked = timed(lambda: print(f"verify: {rollups.drift()['total']} person-months or "
                                  "dashboard rows differ", flush=True))
    print(f"verify-rollups took {checked[0]:.1f} s", flush=True)


if __name__ == "__main__":
    main()
