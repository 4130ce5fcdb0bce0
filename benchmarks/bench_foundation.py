"""Foundation benchmark: a 50,000-staff demo database (about a million feedback entries), then
median times for staff search, the staff profile summary and the dashboard figures.

    .venv/bin/python benchmarks/bench_foundation.py [--db PATH_OR_URL] [--staff N] [--runs N]

Without --db the database is built in a temporary folder and removed afterwards. With --db an
empty database is filled first; one that already holds data is measured as it is.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorapp import db as dbmod  # noqa: E402
from mentorapp import (
    demo,  # noqa: E402
    opening,
)
from mentorapp.models import Staff  # noqa: E402
from mentorapp.services import dashboard, profile, staff  # noqa: E402

SURNAMES = ("Santos", "Sharma", "Restrepo", "Reyes", "Kulkarni", "Dela Cruz")
# Issue 14's targets, on both backends (the foundation's were 50, 50, 50 and 100 ms).
TARGETS_MS = {"staff search: list (50)": 25, "staff search: count": 25,
              "profile summary": 25, "dashboard figures": 100}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database file or URL (default: a temporary file)")
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure (20)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true",
                        help="print the query plan of each dashboard query")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mentorapp-bench-") as folder:
        target = args.db or str(Path(folder) / "bench.db")
        database = opening.open_database(target)
        if opening.is_empty(database):
            started = time.perf_counter()
            counts = demo.generate(database, staff=args.staff, seed=args.seed,
                                   progress=lambda message: print("  " + message, flush=True))
            build = time.perf_counter() - started
            print(f"Built {counts['staff']:,} staff, {counts['feedback']:,} feedback, "
                  f"{counts['competency ratings']:,} competency ratings in {build:.1f} s")
        else:
            print(f"Measuring the existing database {dbmod.describe(target)}")
        run_figures(args.runs, args.seed)
        rollups_against_base_tables(args.runs)
        dashboard_queries(database, args.runs, args.explain)
        database.close()
    return 0


def run_figures(runs: int, seed: int) -> None:
    rng = random.Random(seed)
    staff_ids = [i for (i,) in Staff.select(Staff.id).tuples()]
    sample = itertools.cycle(rng.sample(staff_ids, min(len(staff_ids), runs + 1)))
    surnames = itertools.cycle(SURNAMES)
    cases = {
        "staff search: list (50)": lambda: staff.list(search=next(surnames), limit=50),
        "staff search: count": lambda: staff.count(search=next(surnames)),
        "profile summary": lambda: profile.summary(next(sample)),
        "dashboard figures": dashboard.figures,
    }
    print(f"\n{'figure':<36}{'median ms':>10}{'min':>9}{'max':>9}{'cpu ms':>9}{'target':>9}"
          "  result")
    for name, call in cases.items():
        times, cpu = timed(call, runs)
        median, target = statistics.median(times), TARGETS_MS[name]
        print(f"{name:<36}{median:>10.1f}{min(times):>9.1f}{max(times):>9.1f}"
              f"{statistics.median(cpu):>9.1f}{target:>9}  "
              + ("ok" if median < target else "SLOW"))
    print("(cpu ms: this process's CPU time, median; on a busy shared machine it is closer to "
          "the unloaded time than the wall clock. SQLite only: PostgreSQL works in the server.)")


def rollups_against_base_tables(runs: int) -> None:
    """The dashboard figures from the roll-ups against the same figures added up from the base
    tables (as a team or site filter, or a role that sees only some records, gets them),
    alternately in the same run."""
    def from_base_tables():
        with mock.patch.object(dashboard, "_rolled_up", lambda team, site: False):
            dashboard.figures()

    sides = {"roll-ups": dashboard.figures, "base tables": from_base_tables}
    wall: dict[str, list[float]] = {side: [] for side in sides}
    cpu: dict[str, list[float]] = {side: [] for side in sides}
    for call in sides.values():
        call()  # warm the cache
    for _ in range(runs):
        for side, call in sides.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            call()
            wall[side].append((time.perf_counter() - started) * 1000)
            cpu[side].append((time.process_time() - started_cpu) * 1000)
    medians = {side: statistics.median(values) for side, values in wall.items()}
    print("\ndashboard figures, the two sides alternately: " + "; ".join(
        f"{side} {medians[side]:.1f} ms (cpu {statistics.median(cpu[side]):.1f})"
        for side in sides) + f"; base tables / roll-ups "
        f"{medians['base tables'] / medians['roll-ups']:.2f}x")


def timed(call, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of `runs` calls, after one call that warms the cache."""
    call()
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


class _QueryLog(logging.Handler):
    """Collects the (sql, params) Peewee logs for every statement it runs."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.queries = []

    def emit(self, record):
        if isinstance(record.msg, tuple):
            self.queries.append(record.msg)


def dashboard_queries(database, runs: int, explain: bool) -> None:
    """Each SQL statement of `dashboard.figures()` timed on its own, slowest first."""
    log, logger = _QueryLog(), logging.getLogger("peewee")
    level = logger.level
    logger.addHandler(log)
    logger.setLevel(logging.DEBUG)
    try:
        dashboard.figures()
    finally:
        logger.removeHandler(log)
        logger.setLevel(level)
    rows = []
    for sql, params in log.queries:
        def run(sql=sql, params=params):
            database.execute_sql(sql, params).fetchall()

        times, cpu = timed(run, max(3, runs // 4))
        rows.append((statistics.median(times), statistics.median(cpu), sql, params))
    print(f"\ndashboard.figures() runs {len(rows)} queries; slowest first (median wall ms, "
          "cpu ms):")
    prefix = "EXPLAIN QUERY PLAN " if dbmod.is_sqlite(database) else "EXPLAIN "
    for median, cpu, sql, params in sorted(rows, key=lambda r: r[0], reverse=True):
        print(f"{median:>8.1f}{cpu:>8.1f}  {sql[:100]}")
        if explain:
            for plan in database.execute_sql(prefix + sql, params).fetchall():
                print(" " * 12 + str(plan[-1]))


if __name__ == "__main__":
    sys.exit(main())
