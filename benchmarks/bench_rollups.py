"""What the dashboard roll-up triggers cost a bulk insert: 100,000 feedback rows inserted by
plain `executemany` (SQLite) or `execute_values` (PostgreSQL) in one transaction, with the
roll-up triggers and with them dropped, alternately, each run rolled back.

    .venv/bin/python benchmarks/bench_rollups.py [--db PATH_OR_URL] [--rows N] [--repeat N]

Without --db a small demo database is made in a temporary folder (the triggers' cost does not
depend on the rows already there). Never point it at a database in use: it drops and restores
the feedback roll-up triggers inside its own transactions, which are rolled back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorapp import db as dbmod  # noqa: E402
from mentorapp import demo, opening  # noqa: E402

COLUMNS = ("staff_id", "client_id", "source", "author", "date", "kind", "rating", "strengths",
           "improvements", "comment", "visibility", "root_cause", "lesson_learned",
           "corrective_action", "archived")
SOURCES = ("client", "management", "mentor", "peer", "self")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database file or URL (default: a temporary demo)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mentorapp-bench-") as folder:
        target = args.db or str(Path(folder) / "bench.db")
        database = opening.open_database(target)
        if opening.is_empty(database):
            demo.generate(database, staff=200, seed=1)
        rows = _rows(database, args.rows)
        times = {"with roll-up triggers": [], "without": []}
        cpu = {side: [] for side in times}
        for _ in range(args.repeat):  # alternate the two sides
            for side in times:
                wall, used = _insert(database, rows, drop=side == "without")
                times[side].append(wall)
                cpu[side].append(used)
        print(f"{dbmod.describe(target)}: {args.rows:,} feedback rows, {args.repeat} runs each")
        for side, values in times.items():
            print(f"  {side:<24}{statistics.median(values):8.2f} s, CPU "
                  f"{statistics.median(cpu[side]):.2f} s  (runs: "
                  + ", ".join(f"{v:.2f}" for v in values) + ")")
        for name, figures in (("wall", times), ("CPU", cpu)):
            with_triggers, without = (statistics.median(figures[s]) for s in figures)
            print(f"  ratio ({name}) {with_triggers / without:.2f}x (medians of the same run)")
        print("  (CPU: this process; SQLite works in it, PostgreSQL in its server)")
        database.close()
    return 0


def _rows(database, n: int) -> list[tuple]:
    staff = [i for (i,) in database.execute_sql('SELECT "id" FROM "staff"').fetchall()]
    clients = [i for (i,) in database.execute_sql('SELECT "id" FROM "client"').fetchall()]
    rng, today = random.Random(1), dt.date.today()
    return [(rng.choice(staff), rng.choice(clients), rng.choice(SOURCES), "Bench",
             (today - dt.timedelta(days=rng.randrange(365))).isoformat(), "general",
             rng.choice((None, 1, 2, 3, 4, 5)), "", "", "Steady work on the queue", "internal",
             "", "", "", False) for _ in range(n)]


def _insert(database, rows: list[tuple], *, drop: bool) -> tuple[float, float]:
    """Seconds (wall clock, CPU) to insert `rows` in one transaction (rolled back), the roll-up
    triggers of feedback dropped first when `drop` (inside the same transaction, so they come
    back)."""
    sqlite = dbmod.is_sqlite(database)
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    with database.atomic() as transaction:
        if drop:
            for statement in (
                    [f'DROP TRIGGER "feedback_dashboard_{e}"' for e in ("insert", "delete",
                                                                        "update")]
                    if sqlite else
                    [f'DROP TRIGGER "dashboard_day_{e}" ON "feedback"' for e in
                     ("insert", "delete", "update")]):
                database.execute_sql(statement)
        cursor = database.cursor()
        started, started_cpu = time.perf_counter(), time.process_time()
        if sqlite:
            cursor.executemany(f'INSERT INTO "feedback" ({names}) VALUES '
                               f'({", ".join("?" * len(COLUMNS))})', rows)
        else:
            from psycopg2.extras import execute_values

            execute_values(cursor, f'INSERT INTO "feedback" ({names}) VALUES %s', rows,
                           page_size=1000)
        elapsed = time.perf_counter() - started, time.process_time() - started_cpu
        transaction.rollback()
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
