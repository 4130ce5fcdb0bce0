"""Quality speed (issue 15): importing EVALUATIONS evaluations (one CSV row per answered
item) at STAFF staff, a person's evaluations list, a client's quality figures for a quarter,
and the dashboard figures with and without the evaluations present.

    nice .venv/bin/python benchmarks/bench_quality.py [--staff 50000] [--evaluations 200000]
        [--runs 5] [--import-runs 3] [--db PATH_OR_URL ...]

Each `--db` (a file path or a `postgresql://` URL of an empty database; default a new SQLite
file in a temporary folder) gets the demo data, whose own evaluations are then removed, so the
files bring every evaluation measured. An import file holds at most 200,000 rows
(`reading.MAX_ROWS`), some 18,000 evaluations of 11 items, so the evaluations come in files
of that size, as a company would send them. Each figure is a median of several runs next to a
baseline measured in the same runs, alternately, so both meet the same machine:

- importing the first file (a dry run: everything written, then rolled back) against reading
  it alone; then every file is imported for real, one after the other (the last ones check
  against the evaluations the first ones stored);
- `quality.evaluations_of` (a person's list) against `profile.summary` (the same profile's
  header), over 20 people with evaluations;
- `quality.client_quality` for the latest quarter against counting that quarter's
  evaluations alone, for the client with the most;
- `dashboard.figures` before the import (no evaluations) and after it, and the dashboard's
  separate KPI list (`dashboard.kpi_below_target`) once the evaluations are in.

Wall and CPU seconds of this process are printed; on the shared 2-core machine the CPU time
is nearer what an idle machine gives (PostgreSQL works in its server: watch the wall clock).
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

from peewee import fn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import demo, opening  # noqa: E402
from mentorapp.db import transaction  # noqa: E402
from mentorapp.excel.importing import import_file  # noqa: E402
from mentorapp.excel.reading import MAX_ROWS, open_table  # noqa: E402
from mentorapp.models import (  # noqa: E402
    Assignment,
    Calibration,
    Client,
    Evaluation,
    EvaluationAnswer,
    EvaluationDispute,
    EvaluationRevision,
    KpiValue,
    Scorecard,
    SessionEvidence,
    Staff,
)
from mentorapp.services import audit, dashboard, profile, quality  # noqa: E402

HEADER = ["Evaluation ID", "Employee ID", "Evaluator", "Client", "Interaction ID", "Channel",
          "Interaction Date", "Scorecard", "Item Key", "Answer", "Comment", "Shareable"]
ANSWERS = {"yes_no": ("yes", "yes", "yes", "no"),
           "yes_partial_no": ("yes", "yes", "partial", "no"),
           "one_to_five": ("5", "4", "4", "3", "2")}


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def median(pairs) -> str:
    pairs = list(pairs)
    return (f"{statistics.median(w for w, _ in pairs) * 1000:,.1f} ms wall, "
            f"{statistics.median(c for _, c in pairs) * 1000:,.1f} ms CPU")


def remove_evaluations() -> None:
    """The demo's own quality records, children first."""
    with transaction():
        for model in (SessionEvidence, EvaluationDispute, EvaluationRevision, EvaluationAnswer):
            query = model.delete()
            if model is SessionEvidence:
                query = query.where(SessionEvidence.evaluation.is_null(False))
            query.execute()
        Evaluation.delete().execute()
        Calibration.delete().execute()


def write_files(folder: Path, count: int, today: dt.date, seed: int) -> list[Path]:
    """`count` evaluations of agents on their current client's scorecard, in files of at
    most MAX_ROWS rows."""
    rng = random.Random(seed)
    cards = {}
    for card_id, name, client_id in Scorecard.select(Scorecard.id, Scorecard.name,
                                                     Scorecard.client).tuples():
        cards[client_id] = (name, [(i["key"], i["scale"], i["allow_na"])
                                   for i in quality.items(quality.version_id(card_id))])
    names = dict(Client.select(Client.id, Client.name).tuples())
    agents = list(Staff.select(Staff.employee_id, Assignment.client)
                  .join(Assignment, on=(Assignment.staff == Staff.id))
                  .where(Assignment.end_date.is_null(), Staff.status == "active",
                         Assignment.client.in_(list(cards)))
                  .order_by(Staff.id).tuples())
    per_file = MAX_ROWS // max(len(items) for _, items in cards.values())
    paths = []
    for first in range(0, count, per_file):
        paths.append(folder / f"evaluations_{len(paths) + 1:02d}.csv")
        with open(paths[-1], "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(HEADER)
            for n in range(first, min(count, first + per_file)):
                employee, client = agents[n % len(agents)]
                card, items = cards[client]
                day = today - dt.timedelta(days=rng.randint(1, 364))
                shared = (f"E{n}", employee, f"qa.bench{n % 25}", names[client],
                          f"B-{n:07d}", "phone", day.isoformat(), card)
                for key, scale, allow_na in items:
                    answer = ("n/a" if allow_na and rng.random() < 0.1
                              else rng.choice(ANSWERS[scale]))
                    out.writerow([*shared, key, answer, "", "yes" if n % 3 else "no"])
    return paths


def bench(target: str, args) -> None:
    database = opening.open_database(target)
    audit.set_actor("bench")
    today = dt.date.today()
    print(f"\n== {target}")
    if opening.is_empty(database):
        wall, cpu = timed(lambda: demo.generate(database, staff=args.staff, seed=args.seed))
        print(f"demo --staff {args.staff:,}: {wall:.1f} s wall, {cpu:.1f} s CPU")
    wall, _ = timed(remove_evaluations)
    print(f"demo's evaluations removed ({wall:.1f} s); {Staff.select().count():,} staff")
    without = [timed(lambda: dashboard.figures(today=today)) for _ in range(args.runs)]
    folder = Path(tempfile.mkdtemp(prefix="bench_quality_"))
    start = time.perf_counter()
    paths = write_files(folder, args.evaluations, today, args.seed)
    path = paths[0]
    with open(path, encoding="utf-8") as handle:
        keys = [line.split(",", 1)[0] for line in handle][1:]
    rows, in_first = len(keys), len(set(keys))
    print(f"files: {args.evaluations:,} evaluations in {len(paths)} files, the first "
          f"{rows:,} rows ({path.stat().st_size / 1e6:.0f} MB; all written in "
          f"{time.perf_counter() - start:.1f} s)")
    imports, reads = [], []
    for run in range(args.import_runs):
        result = None

        def work():
            nonlocal result
            result = import_file("evaluations", path, dry_run=True)

        imports.append(timed(work))
        assert result.ok and result.created == in_first, result.problems[:3]
        reads.append(timed(lambda: sum(1 for _ in open_table(path).rows())))
        print(f"run {run + 1}: import (dry run) {imports[-1][0]:.1f} s wall "
              f"({imports[-1][1]:.1f} CPU), read alone {reads[-1][0]:.1f} s wall "
              f"({reads[-1][1]:.1f} CPU)")
    print(f"import of one file ({in_first:,} evaluations, {rows:,} rows): median "
          f"{median(imports)} (dry runs); reading the file alone {median(reads)}")
    real = [timed(lambda p=p: import_file("evaluations", p)) for p in paths]
    assert Evaluation.select().count() == args.evaluations
    print(f"real import of all {len(paths)} files: {sum(w for w, _ in real):.1f} s wall, "
          f"{sum(c for _, c in real):.1f} s CPU (first file {real[0][0]:.1f} s wall, "
          f"{real[0][1]:.1f} CPU; last {real[-1][0]:.1f} s wall, {real[-1][1]:.1f} CPU)")
    with_them = [timed(lambda: dashboard.figures(today=today)) for _ in range(args.runs)]
    print(f"dashboard figures: without evaluations {median(without)}; with "
          f"{args.evaluations:,} {median(with_them)} (target 100 ms)")
    below = [timed(lambda: dashboard.kpi_below_target(today=today)) for _ in range(args.runs)]
    print(f"the dashboard's KPI list (kpi_below_target, {KpiValue.select().count():,} KPI "
          f"values): {median(below)}")
    people = [s for (s,) in Evaluation.select(Evaluation.staff).distinct()
              .order_by(Evaluation.staff).limit(20).tuples()]
    lists, summaries = [], []
    for _ in range(args.runs):
        for staff_id in people:
            lists.append(timed(lambda s=staff_id: quality.evaluations_of(s)))
            summaries.append(timed(lambda s=staff_id: profile.summary(s, today=today)))
    print(f"a person's evaluations (evaluations_of, {len(people)} people): {median(lists)}; "
          f"baseline profile.summary {median(summaries)}")
    first = dashboard.quarter_start(today)
    busiest = (Evaluation.select(Evaluation.client).group_by(Evaluation.client)
               .order_by(fn.COUNT(Evaluation.id).desc()).limit(1).scalar())
    figures, counts = [], []
    for _ in range(args.runs):
        figures.append(timed(lambda: quality.client_quality(busiest, first, today)))
        counts.append(timed(lambda: Evaluation.select().where(
            Evaluation.client == busiest,
            Evaluation.interaction_date.between(first, today)).count()))
    found = quality.client_quality(busiest, first, today)["evaluations"]
    print(f"client quality for the quarter ({found:,} evaluations): {median(figures)}; "
          f"baseline counting them {median(counts)}")
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--evaluations", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", action="append", default=[])
    args = parser.parse_args()
    targets = args.db or [str(Path(tempfile.mkdtemp(prefix="bench_quality_")) / "q.db")]
    for target in targets:
        bench(target, args)


if __name__ == "__main__":
    main()
