"""What worked at company scale (issue 16): the last whole quarter's interventions for the
whole company and for one client, and a profile's list, on the 50,000-staff demo.

    nice .venv/bin/python benchmarks/bench_what_worked.py [--db PATH_OR_URL ...] [--staff 50000]
        [--runs 5] [--people 20] [--keep]

Each `--db` is a SQLite file (default /tmp/bench_what_worked_50k.db, built by the demo when
missing and kept, so a second run reuses it) or a `postgresql://` URL. A PostgreSQL database
that does not exist yet is created (name it `mentorapp_bench_ww_...`), filled by the demo,
measured and dropped at the end unless `--keep`; one that holds data is measured as it is
and left alone. Figures, each a median of several runs next to a baseline measured in the same
runs (alternately, so both meet the same machine):

- `what_worked.compute` for the last whole quarter, whole company (the report's data), against
  the plain grouped queries that read the same rows (competency ratings and quality scores per
  person and month, and the KPI person-months, over the quarter and three months either side);
- the same for the client with the most interventions in the quarter;
- `what_worked.for_staff` (the profile's list, two years) for PEOPLE people with interventions,
  against `profile.summary` (the same page's header);
- the What worked workbook for the company quarter, once (the export on top of compute).

Wall and CPU seconds of this process are printed, and the load average before and after; on
the shared 2-core machine the CPU time is nearer what an idle machine gives (PostgreSQL works
in its server: watch its wall clock). Targets (the lead's): company quarter under 10 s, one
client under 3 s on SQLite, the profile's list under 200 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from peewee import fn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import demo, opening  # noqa: E402
from mentorapp.db import is_sqlite  # noqa: E402
from mentorapp.models import (  # noqa: E402
    Assignment,
    Enrollment,
    Evaluation,
    Feedback,
    FeedbackRating,
    KpiMonth,
    Mentorship,
    Staff,
)
from mentorapp.services import audit, profile, what_worked  # noqa: E402

DEFAULT_SQLITE = "/tmp/bench_what_worked_50k.db"


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def median(pairs, unit: str = "ms") -> str:
    pairs = list(pairs)
    scale = 1000 if unit == "ms" else 1
    return (f"{statistics.median(w for w, _ in pairs) * scale:,.1f} {unit} wall, "
            f"{statistics.median(c for _, c in pairs) * scale:,.1f} {unit} CPU")


def load() -> str:
    return "load average " + ", ".join(f"{n:.1f}" for n in os.getloadavg())


def _server_sql(url: str, statement: str, *args) -> list:
    import psycopg2

    parts = urlsplit(url)
    connection = psycopg2.connect(urlunsplit((*parts[:2], "/postgres", *parts[3:])))
    connection.autocommit = True
    try:
        cursor = connection.cursor()
        cursor.execute(statement, args)
        return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    this = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    end = this - dt.timedelta(days=1)
    return end.replace(month=(end.month - 1) // 3 * 3 + 1, day=1), end


def month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def plain_reads(since: dt.date, until: dt.date, client_id: int | None = None) -> int:
    """The baseline: the rows the computation reads, fetched and dropped (competency ratings
    and quality scores per person and month, KPI person-months; of the client's people when
    given)."""
    month = (fn.strftime("%Y-%m-01", Feedback.date) if is_sqlite()
             else fn.date_trunc("month", Feedback.date))
    ratings = (FeedbackRating.select(Feedback.staff, month, fn.SUM(FeedbackRating.rating),
                                     fn.COUNT(FeedbackRating.id))
               .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
               .where(Feedback.date.between(since, until), ~Feedback.archived)
               .group_by(Feedback.staff, month))
    month = (fn.strftime("%Y-%m-01", Evaluation.interaction_date) if is_sqlite()
             else fn.date_trunc("month", Evaluation.interaction_date))
    scores = (Evaluation.select(Evaluation.staff, month, fn.SUM(Evaluation.score),
                                fn.COUNT(Evaluation.score))
              .where(Evaluation.interaction_date.between(since, until), ~Evaluation.archived,
                     Evaluation.calibration.is_null())
              .group_by(Evaluation.staff, month))
    kpis = (KpiMonth.select(KpiMonth.metric_id, KpiMonth.staff_id, KpiMonth.month, KpiMonth.n,
                            KpiMonth.value_sum, KpiMonth.weighted_sum, KpiMonth.weight_sum,
                            KpiMonth.last_value)
            .where(KpiMonth.month.between(since, until)))
    if client_id is not None:
        people = Assignment.select(Assignment.staff).where(Assignment.client == client_id)
        ratings = ratings.where(Feedback.staff.in_(people))
        scores = scores.where(Evaluation.staff.in_(people))
        kpis = kpis.where(KpiMonth.staff_id.in_(people))
    rows = 0
    for query in (ratings, scores, kpis):
        rows += len(query.model._meta.database.execute(query).fetchall())
    return rows


def alternate(runs: int, work, baseline) -> tuple[list, list]:
    done, base = [], []
    for _ in range(runs):
        done.append(timed(work))
        base.append(timed(baseline))
    return done, base


def bench(target: str, args) -> None:
    created = False
    if target.startswith("postgresql"):
        name = urlsplit(target).path.strip("/")
        if not _server_sql(target, "SELECT 1 FROM pg_database WHERE datname = %s", name):
            _server_sql(target, f'CREATE DATABASE "{name}"')
            created = True
    database = opening.open_database(target)
    audit.set_actor("bench")
    print(f"\n== {target} ({load()})", flush=True)
    try:
        if opening.is_empty(database):
            wall, cpu = timed(lambda: demo.generate(database, staff=args.staff, seed=args.seed))
            print(f"demo --staff {args.staff:,}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
            if not is_sqlite():
                database.execute_sql("VACUUM ANALYZE")
        measure(args)
    finally:
        database.close()
        if created and not args.keep:
            _server_sql(target, f'DROP DATABASE "{name}" WITH (FORCE)')
            print(f"dropped {name}")


def measure(args) -> None:
    today = dt.date.today()
    start, end = last_quarter(today)
    since = month_start(start, -what_worked.WINDOW_MONTHS)
    until = month_start(end, what_worked.WINDOW_MONTHS + 1) - dt.timedelta(days=1)
    print(f"{Staff.select().count():,} staff, {FeedbackRating.select().count():,} competency "
          f"ratings, {Evaluation.select().count():,} evaluations, "
          f"{KpiMonth.select().count():,} KPI person-months; quarter {start} to {end} "
          f"(figures read {since} to {until})", flush=True)

    result = {}

    def company():
        result["company"] = what_worked.compute(start, end)

    done, base = alternate(args.runs_company, company, lambda: plain_reads(since, until))
    rows = result["company"]["rows"]
    interventions = len({(r["kind"], r["id"]) for r in rows})
    print(f"company quarter: {interventions:,} interventions, {len(rows):,} rows, "
          f"{len(result['company']['by_client'])} client / "
          f"{len(result['company']['by_program'])} program / "
          f"{len(result['company']['by_mentor'])} mentor summaries", flush=True)
    print(f"  compute {median(done, 's')} (target 10 s on SQLite)")
    print(f"  baseline, the plain reads ({plain_reads(since, until):,} rows): "
          f"{median(base, 's')}", flush=True)

    per_client = {}
    for row in rows:
        if row["client_id"]:
            per_client.setdefault(row["client_id"], set()).add((row["kind"], row["id"]))
    client_id = max(per_client, key=lambda c: len(per_client[c]))
    name = next(r["client"] for r in rows if r["client_id"] == client_id)

    def one_client():
        result["client"] = what_worked.compute(start, end, client_id=client_id)

    done, base = alternate(args.runs, one_client, lambda: plain_reads(since, until, client_id))
    rows = result["client"]["rows"]
    print(f"one client ({name}): {len({(r['kind'], r['id']) for r in rows}):,} "
          f"interventions, {len(rows):,} rows")
    print(f"  compute {median(done, 's')} (target 3 s on SQLite)")
    print(f"  baseline, the plain reads ({plain_reads(since, until, client_id):,} rows): "
          f"{median(base, 's')}", flush=True)

    recent = today - dt.timedelta(days=365)
    people = sorted({s for (s,) in Enrollment.select(Enrollment.staff)
                     .where(Enrollment.status == "completed",
                            Enrollment.completed_date >= recent).tuples()}
                    & {s for (s,) in Mentorship.select(Mentorship.mentee)
                       .where(Mentorship.start_date >= recent).tuples()})[:args.people]
    lists, summaries, sizes = [], [], []
    for _ in range(args.runs):
        for staff_id in people:
            lists.append(timed(lambda s=staff_id: sizes.append(len(what_worked.for_staff(
                s, today=today)))))
            summaries.append(timed(lambda s=staff_id: profile.summary(s, today=today)))
    print(f"profile list (for_staff, {len(people)} people with a training and a mentorship "
          f"in the last year, {statistics.median(sizes):.0f} rows each): {median(lists)} "
          f"(target 200 ms)")
    print(f"  baseline, profile.summary of the same people: {median(summaries)}", flush=True)

    from mentorapp.excel.what_worked_report import export_what_worked_report

    folder = Path(tempfile.mkdtemp(prefix="bench_what_worked_"))
    out = folder / "what_worked.xlsx"
    wall, cpu = timed(lambda: export_what_worked_report(start, end, out))
    print(f"report, company quarter: {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"{out.stat().st_size / 1e6:.1f} MB")
    out.unlink()
    folder.rmdir()
    print(load(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", help="a SQLite file or a postgresql:// URL "
                        f"(repeatable; default {DEFAULT_SQLITE})")
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (5)")
    parser.add_argument("--runs-company", type=int, default=3,
                        help="runs of the company quarter (3)")
    parser.add_argument("--people", type=int, default=20, help="profiles timed (20)")
    parser.add_argument("--keep", action="store_true",
                        help="keep a PostgreSQL database this run created")
    args = parser.parse_args()
    for target in args.db or [DEFAULT_SQLITE]:
        bench(target, args)


if __name__ == "__main__":
    main()
