"""Import speed: a 10,000-row roster and a 100,000-row feedback file into a new SQLite database,
next to the time plain `sqlite3.executemany` takes to insert the same rows, and the time
reading the files alone takes (`open_table(...).rows()`, no checks).

    .venv/bin/python benchmarks/bench_import.py [--staff 10000] [--feedback 100000] [--repeat 3]

Prints each run's seconds and rows per second, the medians, and the process's peak memory
(resident set size; writing the input files beforehand takes far less).
"""

from __future__ import annotations

import argparse
import datetime as dt
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

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import opening  # noqa: E402
from mentorapp.excel.importing import import_file  # noqa: E402
from mentorapp.excel.reading import open_table  # noqa: E402
from mentorapp.models import Client, Competency, Staff  # noqa: E402
from mentorapp.services import audit, clients  # noqa: E402

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


def plain_executemany(path: Path, args, competencies: int) -> float:
    """Seconds for sqlite3.executemany of the same staff, feedback and rating rows (values
    already converted: no reading, no checking, no audit) into the same schema."""
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
    started = time.perf_counter()
    with conn:
        conn.execute("INSERT INTO client (name, industry, contact_name, contact_email, "
                     "account_manager, active, notes, archived, name_key, sort_key, search_key) "
                     "VALUES ('x', '', '', '', '', 1, '', 0, ?, ?, ?)", client_keys)
        conn.executemany("INSERT INTO staff (id, employee_id, first_name, last_name, email, "
                         "job_title, team, site, hire_date, status, archived, employee_key, "
                         "sort_key, search_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         staff_rows)
        conn.executemany("INSERT INTO feedback (id, staff_id, client_id, source, author, date, "
                         "kind, rating, strengths, improvements, comment, visibility, "
                         "root_cause, lesson_learned, corrective_action, archived) VALUES "
                         "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", feedback_tuples)
        conn.executemany("INSERT INTO feedback_rating (feedback_id, competency_id, rating) "
                         "VALUES (?,?,?)", rating_rows)
    elapsed = time.perf_counter() - started
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


def one_run(folder: Path, run: int, roster_file: Path, feedback_file: Path) -> tuple:
    database = opening.open_database(str(folder / f"run{run}.db"))
    for name in CLIENTS:
        clients.create(name=name)
    roster, roster_wall, roster_cpu = timed(import_file, "staff", roster_file)
    result, feedback_wall, feedback_cpu = timed(import_file, "feedback", feedback_file)
    assert roster.ok and result.ok, (roster.problems[:3], result.problems[:3])
    database.close()
    return roster_wall, feedback_wall, roster_cpu, feedback_cpu


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
    args = parser.parse_args()
    if args.write_files:
        write_files(args.write_files, args)
        return
    audit.set_actor("benchmark")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--write-files", str(folder),
                        "--staff", str(args.staff), "--feedback", str(args.feedback)],
                       check=True)
        print(f"input files written in {time.perf_counter() - started:.1f} s")
        reads = []
        for run in range(args.repeat):
            _, roster_read, _ = timed(read_only, folder / "roster.xlsx")
            count, feedback_read, feedback_read_cpu = timed(read_only, folder / "feedback.xlsx")
            assert count == args.feedback + 1, count
            reads.append((roster_read, feedback_read, feedback_read_cpu))
            print("read {}: roster {:.2f} s, feedback {:.2f} s (CPU {:.2f} s)".format(
                run + 1, *reads[-1]))
        runs = []
        for run in range(args.repeat):
            runs.append(one_run(folder, run, folder / "roster.xlsx", folder / "feedback.xlsx"))
            print("run {}: roster {:.2f} s, feedback {:.2f} s (CPU {:.2f} s, {:.2f} s)".format(
                run + 1, *runs[-1]))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        competencies = Competency.select().count()
        plain = statistics.median(plain_executemany(folder / f"plain{run}.db", args,
                                                    competencies)
                                  for run in range(args.repeat))
    roster_s, feedback_s, roster_cpu, feedback_cpu = (statistics.median(column)
                                                      for column in zip(*runs, strict=True))
    roster_read, feedback_read, _ = (statistics.median(column)
                                     for column in zip(*reads, strict=True))
    print(f"reading alone: roster {roster_read:.2f} s, feedback {feedback_read:.2f} s median "
          f"({args.feedback / feedback_read:,.0f} feedback rows/s)")
    print(f"roster   {args.staff:>7,} rows: {roster_s:6.2f} s median "
          f"({args.staff / roster_s:,.0f} rows/s; CPU {roster_cpu:.2f} s; target < 3 s)")
    print(f"feedback {args.feedback:>7,} rows: {feedback_s:6.2f} s median "
          f"({args.feedback / feedback_s:,.0f} rows/s; CPU {feedback_cpu:.2f} s; target < 15 s; "
          f"{RATED} of "
          f"{competencies} competencies rated per row)")
    print(f"plain sqlite3.executemany of the same staff, feedback and rating rows: {plain:.2f} s "
          "median (values ready, no reading, checking or audit)")
    print(f"peak memory of the importing process (RSS): {peak_mb:,.0f} MB (target < 200 MB)")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
