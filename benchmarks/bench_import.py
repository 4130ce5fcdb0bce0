"""Import speed: a 10,000-row roster and a 100,000-row feedback file into a new SQLite database,
next to the time plain `sqlite3.executemany` takes to insert the same rows, and the time
reading the files alone takes (`open_table(...).rows()`, no checks).

    .venv/bin/python benchmarks/bench_import.py [--staff 10000] [--feedback 100000] [--repeat 3]

Each run imports both files in a child process of its own (its peak memory, resident set
size, is the importing process's) and then runs the plain inserts, alternately, so the ratio
of each pair meets the same machine; prints each run, the medians, wall and CPU seconds (CPU
time shows the cost on a shared machine whose other processes stretch the wall clock). The
plain inserts run twice: with the row triggers firing, and with the feedback insert triggers
paused and the rows added set-based, as the import does since it pauses them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import opening  # noqa: E402
from mentorapp.excel.importing import import_file  # noqa: E402
from mentorapp.excel.reading import open_table  # noqa: E402
from mentorapp.models import Client, Competency, Staff  # noqa: E402
from mentorapp.services import audit, clients, rollups  # noqa: E402

CLIENTS = ("Acme Telecom", "Globex Bank", "Initech Health", "Umbrella Retail")
SOURCES = ("client", "management", "mentor", "peer", "self")
RATED = 4  # competencies rated per feedback row


ROSTER_HEADERS = ["Employee ID", "First Name", "Last Name", "Email", "Job Title", "Team", "Site",
                  "Hire Date", "Status", "Client", "Role on Account"]


def roster_rows(count: int):
    rng = random.Random(1)
    for n in range(count):
        yield (f"E{n:06d}", f"First{n}", f"Last{rng.randrange(5000)}", f"p{n}@example.com",
               "Agent", f"Team {n % 40}", "Manila", dt.date(2020, 1, 1)
               + dt.timedelta(days=rng.randrange(1500)), "active", rng.choice(CLIENTS), "Agent")


def feedback_headers(competencies: list[str]) -> list[str]:
    return ["Employee ID", "Date", "Source", "Author", "Client", "Kind", "Overall Rating",
            *competencies, "Strengths", "Improvements", "Comment", "Visibility"]


def feedback_rows(count: int, staff: int, competencies: int):
    rng = random.Random(2)
    for _ in range(count):
        yield (f"E{rng.randrange(staff):06d}", dt.date(2025, 1, 1)
               + dt.timedelta(days=rng.randrange(300)), rng.choice(SOURCES), "Team Lead",
               rng.choice(CLIENTS), "general", rng.randint(1, 5),
               *_some_ratings(rng, competencies), "Clear and calm on calls",
               "Shorter hold times", "Handled an escalation well",
               rng.choice(("client", "internal")))


def write_xlsx(path: Path, title: str, headers: list[str], rows) -> None:
    from openpyxl import Workbook  # here: the importing processes should not load it

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)


def _some_ratings(rng: random.Random, count: int) -> list:
    """Ratings for RATED of the competency columns, the others left empty (as forms are)."""
    rated = set(rng.sample(range(count), min(RATED, count)))
    return [rng.randint(1, 5) if i in rated else None for i in range(count)]


def plain_executemany(path: Path, args, competencies: int,
                      paused: bool = False) -> tuple[float, float]:
    """Wall and CPU seconds for sqlite3.executemany of the same staff, feedback and rating
    rows (values already converted: no reading, no checking, no audit) into the same
    schema. `paused`: the feedback insert triggers dropped meanwhile and the rows added to
    what they keep by the import's own statements (`rollups.feedback_added_sql`), as the
    import does; otherwise the triggers fire for each row."""
    opening.open_database(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    staff_rows = [(n + 1, *row[:7], row[7].isoformat(), row[8], False,
                   *_staff_keys(row).values()) for n, row in enumerate(roster_rows(args.staff))]
    client_keys = tuple(Client.key_values({"name": "x"}).values())
    feedback = list(feedback_rows(args.feedback, args.staff, competencies))
    feedback_tuples = [(n + 1, int(row[0][1:]) + 1, 1, row[2], row[3], row[1].isoformat(),
                        row[5], row[6], row[-4], row[-3], row[-2], "shareable", "", "", "", False)
                       for n, row in enumerate(feedback)]
    rating_rows = [(n + 1, c + 1, row[7 + c]) for n, row in enumerate(feedback)
                   for c in range(competencies) if row[7 + c] is not None]
    started, started_cpu = time.perf_counter(), time.process_time()
    with conn:
        conn.execute("INSERT INTO client (name, industry, contact_name, contact_email, "
                     "account_manager, active, notes, archived, name_key, sort_key, search_key) "
                     "VALUES ('x', '', '', '', '', 1, '', 0, ?, ?, ?)", client_keys)
        conn.executemany("INSERT INTO staff (id, employee_id, first_name, last_name, email, "
                         "job_title, team, site, hire_date, status, archived, employee_key, "
                         "sort_key, search_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         staff_rows)
        made = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN (?, ?, ?)",
            rollups.FEEDBACK_INSERT_TRIGGERS)] if paused else []
        for name in rollups.FEEDBACK_INSERT_TRIGGERS if paused else ():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.executemany("INSERT INTO feedback (id, staff_id, client_id, source, author, date, "
                         "kind, rating, strengths, improvements, comment, visibility, "
                         "root_cause, lesson_learned, corrective_action, archived) VALUES "
                         "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", feedback_tuples)
        for statement in rollups.feedback_added_sql() if paused else ():
            conn.execute(statement, (1, len(feedback_tuples)))
        for sql in made:
            conn.execute(sql)
        conn.executemany("INSERT INTO feedback_rating (feedback_id, competency_id, rating) "
                         "VALUES (?,?,?)", rating_rows)
    elapsed = time.perf_counter() - started, time.process_time() - started_cpu
    conn.close()
    return elapsed


def _staff_keys(row) -> dict:
    return Staff.key_values({"employee_id": row[0], "first_name": row[1], "last_name": row[2],
                             "email": row[3]})


def timed(function, *args):
    """(result, wall seconds, CPU seconds): CPU time shows the cost when other processes
    share the machine and stretch the wall-clock time."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def read_only(path: Path) -> int:
    """Rows read from the file: the reader alone, without checks or writes."""
    return sum(1 for _ in open_table(path).rows())


def one_run(folder: Path, run: int) -> dict:
    """One import of both files into a new database, in this (child) process: seconds and
    the process's peak memory (the importing process's own, nothing else in it)."""
    audit.set_actor("benchmark")
    database = opening.open_database(str(folder / f"run{run}.db"))
    for name in CLIENTS:
        clients.create(name=name)
    roster, roster_wall, roster_cpu = timed(import_file, "staff", folder / "roster.xlsx")
    result, feedback_wall, feedback_cpu = timed(import_file, "feedback",
                                                folder / "feedback.xlsx")
    assert roster.ok and result.ok, (roster.problems[:3], result.problems[:3])
    database.close()
    return {"roster": (roster_wall, roster_cpu), "feedback": (feedback_wall, feedback_cpu),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def write_files(folder: Path, args) -> None:
    """Write the two input files (run in a child process, so that the rows it holds do not
    count in the importing process's peak memory)."""
    opening.open_database(str(folder / "names.db"))
    competencies = [name for (name,) in Competency.select(Competency.name)
                    .order_by(Competency.id).tuples()]
    write_xlsx(folder / "roster.xlsx", "Staff", ROSTER_HEADERS, roster_rows(args.staff))
    write_xlsx(folder / "feedback.xlsx", "Feedback", feedback_headers(competencies),
               feedback_rows(args.feedback, args.staff, len(competencies)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--feedback", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write-files", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--import-run", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_files:
        write_files(args.write_files, args)
        return
    if args.import_run:
        print(json.dumps(one_run(Path(args.import_run[0]), int(args.import_run[1]))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--write-files", str(folder),
                        "--staff", str(args.staff), "--feedback", str(args.feedback)],
                       check=True)
        print(f"input files written in {time.perf_counter() - started:.1f} s")
        opening.open_database(str(folder / "names.db"))
        competencies = Competency.select().count()
        reads, runs, plains, paused = [], [], [], []
        for run in range(args.repeat):
            _, roster_read, _ = timed(read_only, folder / "roster.xlsx")
            count, feedback_read, feedback_read_cpu = timed(read_only, folder / "feedback.xlsx")
            assert count == args.feedback + 1, count
            reads.append((roster_read, feedback_read, feedback_read_cpu))
            # The import and the plain inserts alternate, so both meet the same machine.
            output = subprocess.run([sys.executable, __file__, "--import-run", str(folder),
                                     str(run)], check=True, capture_output=True, text=True)
            runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
            plains.append(plain_executemany(folder / f"plain{run}.db", args, competencies))
            paused.append(plain_executemany(folder / f"paused{run}.db", args, competencies,
                                            paused=True))
            (feedback_wall, feedback_cpu), (plain_wall, plain_cpu) = (runs[-1]["feedback"],
                                                                      plains[-1])
            print(f"run {run + 1}: read feedback {feedback_read:.2f} s (CPU "
                  f"{feedback_read_cpu:.2f} s); import roster {runs[-1]['roster'][0]:.2f} s, "
                  f"feedback {feedback_wall:.2f} s (CPU {feedback_cpu:.2f} s); plain "
                  f"executemany {plain_wall:.2f} s (CPU {plain_cpu:.2f} s); ratio "
                  f"{feedback_wall / plain_wall:.2f}x wall, {feedback_cpu / plain_cpu:.2f}x CPU; "
                  f"plain with the insert triggers paused {paused[-1][0]:.2f} s (CPU "
                  f"{paused[-1][1]:.2f} s), ratio {feedback_cpu / paused[-1][1]:.2f}x CPU; "
                  f"peak {runs[-1]['peak_mb']:.0f} MB", flush=True)
    median = statistics.median
    roster_s, roster_cpu = (median(r["roster"][i] for r in runs) for i in (0, 1))
    feedback_s, feedback_cpu = (median(r["feedback"][i] for r in runs) for i in (0, 1))
    plain_s, plain_cpu = (median(p[i] for p in plains) for i in (0, 1))
    wall_ratio = median(r["feedback"][0] / p[0] for r, p in zip(runs, plains, strict=True))
    cpu_ratio = median(r["feedback"][1] / p[1] for r, p in zip(runs, plains, strict=True))
    feedback_read = median(r[1] for r in reads)
    print(f"reading alone: feedback {feedback_read:.2f} s median "
          f"({args.feedback / feedback_read:,.0f} rows/s; CPU {median(r[2] for r in reads):.2f} s)")
    print(f"roster   {args.staff:>7,} rows: {roster_s:6.2f} s median (CPU {roster_cpu:.2f} s; "
          "target < 3 s)")
    print(f"feedback {args.feedback:>7,} rows: {feedback_s:6.2f} s median "
          f"({args.feedback / feedback_s:,.0f} rows/s; CPU {feedback_cpu:.2f} s; target < 5 s; "
          f"{RATED} of {competencies} competencies rated per row)")
    print(f"plain sqlite3.executemany of the same staff, feedback and rating rows: "
          f"{plain_s:.2f} s median (CPU {plain_cpu:.2f} s; values ready, no reading, checking "
          "or audit)")
    print(f"feedback import / plain executemany, same runs: {wall_ratio:.2f}x wall, "
          f"{cpu_ratio:.2f}x CPU median (target at most 2x)")
    print(f"plain executemany with the feedback insert triggers paused, as the import: "
          f"{median(p[0] for p in paused):.2f} s median (CPU {median(p[1] for p in paused):.2f} "
          "s); feedback import / that, same runs: "
          f"{median(r['feedback'][0] / p[0] for r, p in zip(runs, paused, strict=True)):.2f}x "
          f"wall, {median(r['feedback'][1] / p[1] for r, p in zip(runs, paused, strict=True)):.2f}"
          "x CPU median")
    print(f"peak memory of the importing process (RSS): "
          f"{max(r['peak_mb'] for r in runs):,.0f} MB, highest of the runs (target < 200 MB)")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
