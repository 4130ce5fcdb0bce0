"""Client report speed and memory on a 50,000-staff demo database.

    .venv/bin/python benchmarks/bench_client_report.py [--db FILE] [--normal-db FILE]
                                                       [--feedback 100000] [--repeat 3]

1. The report for the largest client over the last 365 days, topped up (once, with
   `bulk.insert_rows`) to at least `--feedback` shareable feedback rows in that period.
2. The same cell values written with bare openpyxl write-only mode (values captured from
   the report run beforehand, so the bare write times writing only).
3. A normal client month: the largest client of a 3,000-staff demo (about 550 staff).

Every measurement runs in a fresh child process, which reports its seconds, CPU seconds
and peak resident memory; the script prints each run, the medians and the report/bare
ratios (wall clock and CPU time, which is steadier when other processes share the machine).
Demo databases are created on first use (the 50,000-staff one takes about a minute).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peewee import fn  # noqa: E402

from mentorapp import bulk, db, demo  # noqa: E402
from mentorapp.models import Assignment, Client, Feedback  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "mentorapp_bench"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def largest_client(months: int | None = None) -> tuple[str, dt.date, dt.date]:
    """(name, start, end): the client with most current staff, and the last 365 days (or the
    last full month with `months=1`) of feedback."""
    name = (Client.select(Client.name).join(Assignment, on=(Assignment.client == Client.id))
            .where(Assignment.end_date.is_null()).group_by(Client.name)
            .order_by(fn.COUNT(Assignment.id).desc()).scalar())
    last = Feedback.select(fn.MAX(Feedback.date)).scalar()
    if months == 1:
        end = last.replace(day=1) - dt.timedelta(days=1)
        return name, end.replace(day=1), end
    return name, last - dt.timedelta(days=364), last


def ensure_demo(path: Path, staff: int) -> None:
    if path.exists():
        return
    print(f"creating a {staff:,}-staff demo database at {path} ...", file=sys.stderr)
    path.parent.mkdir(parents=True, exist_ok=True)
    demo.generate(db.open_database(str(path)), staff=staff)
    db.database.close()


def top_up(path: Path, rows: int) -> tuple[str, dt.date, dt.date, int]:
    """Add shareable feedback for the largest client until its period holds `rows`."""
    db.open_database(str(path))
    name, start, end = largest_client()
    client = Client.get(Client.name == name)
    shared = ((Feedback.client == client.id) & (Feedback.visibility == "shareable")
              & Feedback.date.between(start, end))
    have = Feedback.select().where(shared).count()
    if have < rows:
        staff_ids = [s for (s,) in Assignment.select(Assignment.staff)
                     .where(Assignment.client == client.id, Assignment.end_date.is_null())
                     .tuples()]
        pick = random.Random(7)
        comments = ["Clear explanations on a difficult billing call.",
                    "Followed the verification script; could shorten hold times.",
                    "Customer praised the patience and the follow-up email.", ""]
        days = (end - start).days
        with db.transaction():
            bulk.insert_rows(Feedback, ["staff", "client", "source", "author", "date", "kind",
                                        "rating", "comment", "visibility", "strengths",
                                        "improvements", "root_cause", "lesson_learned",
                                        "corrective_action", "archived"],
                             ((pick.choice(staff_ids), client.id, "client", "Client QA team",
                               start + dt.timedelta(days=pick.randrange(days + 1)), "general",
                               pick.randint(2, 5), pick.choice(comments), "shareable",
                               "", "", "", "", "", False)
                              for _ in range(rows - have)))
        have = rows
    db.database.close()
    return name, start, end, have


# -- child processes -------------------------------------------------------------------------
def child_report(path: str, client: str, start: str, end: str, out: str) -> dict:
    from mentorapp.excel.client_report import export_client_report

    db.open_database(path)
    began, cpu = time.perf_counter(), time.process_time()
    export_client_report(client, dt.date.fromisoformat(start), dt.date.fromisoformat(end), out)
    return {"seconds": time.perf_counter() - began, "cpu": time.process_time() - cpu,
            "peak_mb": _peak_mb()}


def child_bare(path: str, client: str, start: str, end: str, out: str) -> dict:
    """Capture every row the report appends (as plain values), then time writing them bare."""
    from openpyxl import Workbook
    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from mentorapp.excel.client_report import export_client_report

    captured: dict[str, list] = {}
    original = WriteOnlyWorksheet.append

    def capture(ws, row):
        captured.setdefault(ws.title, []).append(
            [v.value if isinstance(v, Cell) else v for v in row])
        original(ws, row)

    WriteOnlyWorksheet.append = capture
    db.open_database(path)
    export_client_report(client, dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                         out + ".capture.xlsx")
    WriteOnlyWorksheet.append = original
    began, cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    for title, rows in captured.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    cells = sum(len(r) for rows in captured.values() for r in rows)
    return {"seconds": time.perf_counter() - began, "cpu": time.process_time() - cpu,
            "peak_mb": _peak_mb(), "rows": sum(len(rows) for rows in captured.values()),
            "cells": cells}


def run_child(kind: str, *args) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", kind, *map(str, args)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=WORK / "demo50k.db")
    parser.add_argument("--normal-db", type=Path, default=WORK / "demo3k.db")
    parser.add_argument("--feedback", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        print(json.dumps({"report": child_report, "bare": child_bare}[kind](*rest)))
        return

    ensure_demo(args.db, 50_000)
    ensure_demo(args.normal_db, 3_000)
    client, start, end, shared = top_up(args.db, args.feedback)
    out = WORK / "client_report.xlsx"
    print(f"Large: {client}, {start} to {end}, {shared:,} shareable feedback rows")
    reports, bares = [], []
    for n in range(args.repeat):
        report = run_child("report", args.db, client, start, end, out)
        bare = run_child("bare", args.db, client, start, end, WORK / "bare.xlsx")
        reports.append(report)
        bares.append(bare)
        print(f"  run {n + 1}: report {report['seconds']:.2f} s, {report['peak_mb']:.0f} MB "
              f"peak; bare write {bare['seconds']:.2f} s ({bare['rows']:,} rows, "
              f"{bare['cells']:,} cells); ratio {report['seconds'] / bare['seconds']:.2f}, "
              f"CPU {report['cpu']:.2f} s / {bare['cpu']:.2f} s = "
              f"{report['cpu'] / bare['cpu']:.2f}")
    rows = bares[0]["rows"]
    report_s = statistics.median(r["seconds"] for r in reports)
    bare_s = statistics.median(b["seconds"] for b in bares)
    print(f"Median report: {report_s:.2f} s, {rows / report_s:,.0f} rows/s, peak "
          f"{statistics.median(r['peak_mb'] for r in reports):.0f} MB")
    print(f"Median bare openpyxl write-only: {bare_s:.2f} s, {rows / bare_s:,.0f} rows/s")
    ratios = [r["seconds"] / b["seconds"] for r, b in zip(reports, bares, strict=True)]
    cpu_ratio = statistics.median(r["cpu"] / b["cpu"] for r, b in zip(reports, bares, strict=True))
    print(f"Ratio report / bare write: {report_s / bare_s:.2f} of the medians, "
          f"{statistics.median(ratios):.2f} median of the runs (target <= 1.5); CPU time "
          f"ratio {cpu_ratio:.2f} (steadier on a busy machine)")
    print(f"File: {out.stat().st_size / 1e6:.1f} MB")

    db.open_database(str(args.normal_db))
    client, start, end = largest_client(months=1)
    staff_count = (Assignment.select().join(Client)
                   .where(Client.name == client, Assignment.end_date.is_null()).count())
    db.database.close()
    normal = [run_child("report", args.normal_db, client, start, end, WORK / "normal.xlsx")
              for _ in range(args.repeat)]
    print(f"Normal month: {client} ({staff_count} staff), {start} to {end}: median "
          f"{statistics.median(r['seconds'] for r in normal):.2f} s (target < 3 s), peak "
          f"{statistics.median(r['peak_mb'] for r in normal):.0f} MB")


if __name__ == "__main__":
    main()
