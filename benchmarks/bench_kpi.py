"""KPI speed on SQLite: importing a wide file of VALUES values (5 metrics a row) into a new
database, reading it alone, and the roll-ups over what it stored (a person's 12 months,
the client's monthly roll-up).

    .venv/bin/python benchmarks/bench_kpi.py [--values 100000] [--repeat 3]

Each run imports the file into an emptied value table, then reads the file alone, alternately,
so both meet the same machine; prints each run and the medians, wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import opening  # noqa: E402
from mentorapp.db import transaction  # noqa: E402
from mentorapp.excel.importing import import_file  # noqa: E402
from mentorapp.excel.importing.common import insert_records  # noqa: E402
from mentorapp.excel.reading import open_table  # noqa: E402
from mentorapp.models import Assignment, KpiValue, Staff  # noqa: E402
from mentorapp.services import audit, clients, kpi  # noqa: E402

METRICS = 5
DAYS = 30  # one month of daily values


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--values", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = args.values // METRICS
    people = -(-rows // DAYS)  # each person once a day
    folder = Path(tempfile.mkdtemp(prefix="bench_kpi_"))
    opening.open_database(str(folder / "kpi.db"))
    audit.set_actor("bench")
    client = clients.create(name="Acme")
    for preset in kpi.presets()[:METRICS]:
        kpi.define(client=client["id"], **preset)
    with transaction():
        insert_records(Staff, ("employee_id", "first_name", "last_name"),
                         ((f"E{i:06d}", "First", f"Last{i}") for i in range(people)))
        insert_records(Assignment, ("staff", "client", "role", "start_date", "archived"),
                         ((sid, client["id"], "", dt.date(2025, 1, 1), False)
                          for (sid,) in Staff.select(Staff.id).tuples()))
    rng = random.Random(1)
    path = folder / "values.csv"
    start = dt.date(2026, 3, 1)
    names = [p["name"] for p in kpi.presets()[:METRICS]]
    weights = sorted({p["weight_column"] for p in kpi.presets()[:METRICS] if p["weight_column"]})
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Employee ID", "Date", *names, *weights])
        for i in range(rows):
            day = start + dt.timedelta(days=i // people)
            out.writerow([f"E{i % people:06d}", day.isoformat(),
                          *(round(rng.uniform(60, 400), 1) for _ in names),
                          *(rng.randint(1, 60) for _ in weights)])
    imports, reads = [], []
    for run in range(args.repeat):
        KpiValue.delete().execute()
        result = None

        def work():
            nonlocal result
            result = import_file("kpi", path, client="Acme")

        imports.append(timed(work))
        assert result.ok and result.created == rows * METRICS, result.problems[:3]
        reads.append(timed(lambda: sum(1 for _ in open_table(path).rows())))
        print(f"run {run + 1}: import {imports[-1][0]:.2f} s wall ({imports[-1][1]:.2f} CPU), "
              f"read alone {reads[-1][0]:.2f} s wall")
    print(f"median import of {rows * METRICS:,} values ({rows:,} rows): "
          f"{statistics.median(w for w, _ in imports):.2f} s wall, "
          f"{statistics.median(c for _, c in imports):.2f} s CPU; read alone "
          f"{statistics.median(w for w, _ in reads):.2f} s wall")
    staff_ids = [sid for (sid,) in Staff.select(Staff.id).limit(50).tuples()]
    today = dt.date(2026, 3, 31)
    person = [timed(lambda sid=sid: kpi.person_kpis(sid, today=today))[0] for sid in staff_ids]
    account = [timed(lambda: kpi.client_rollup(client["id"], today=today))[0]
               for _ in range(args.repeat)]
    print(f"person's KPI tab: median {statistics.median(person) * 1000:.1f} ms over "
          f"{len(person)} people; client roll-up over {rows * METRICS:,} values: median "
          f"{statistics.median(account) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
