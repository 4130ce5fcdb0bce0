"""Company scale on PostgreSQL: 300,000 staff and about 6,000,000 feedback, then medians.

    .venv/bin/python benchmarks/bench_company.py [--server postgresql://postgres@127.0.0.1:5432/]
        [--staff 300000] [--runs 5] [--keep] [--reuse | --resume] [--by-word]

Builds the database in a database of its own on the server (dropped at the end unless
--keep; --reuse measures a kept one again and keeps it). --by-word also times each text
figure for each word on its own. The app creates the empty schema
(`opening.open_database`), the demo generator (`mentorapp.demo`, the realistic distribution:
clients, assignments, mentorships, sessions, training, feedback with competency ratings) fills
it through `bulk.insert_rows`, which uses COPY on PostgreSQL, so every derived column (name
and search keys, the generated tsvector columns) is filled as the app fills it. The secondary
indexes are dropped for the load and made again from their own definitions afterwards (same
schema, built once instead of row by row). 5,000 current staff of the largest client move,
with their history, to a new client ("Northwind Contact"), whose last full month is the
client report measured.

Each figure runs in a child process of its own, so its peak memory (resident set size, the
whole app process: interpreter, libraries, data) is that figure's: staff search (list of 50
and count), profile summary, dashboard figures, feedback text search (ranked search, the
Feedback list's first page and count), the client report for the 5,000-staff client's month,
and a 100,000-row feedback import (an .xlsx of existing people; its rows are deleted again
after each run). Targets: 25, 25, 25, 100, 200 ms; report under 10 s; memory under 300 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import opening  # noqa: E402

NEW_CLIENT = "Northwind Contact"
MOVED_STAFF = 5_000
# Users who sign in (shared mode) are people, not demo data: never copied (logins are unique).
SIGN_IN_TABLES = ("app_user", "client_manager")
# Tables whose secondary indexes are made after their rows are in (the rest are kept: the
# roll-up triggers read them).
LATE_INDEXED = ("feedback", "feedback_rating", "audit_entry")
SURNAMES = ("Santos", "Sharma", "Restrepo", "Reyes", "Kulkarni", "Dela Cruz")
# "zebra" is in no text (a misspelling): PostgreSQL has no statistics for it.
WORDS = ("typhoon", "refund", "customer", "refun*", "duplicate refund", "zebra")
TEXT_FIGURES = ("feedback text search, ranked", "feedback text filter, first page",
                "feedback text filter, count")
PAGE_ROWS = 200  # ui.models.table.PagedTableModel's page_size
TARGETS = {"staff search, list of 50": "25 ms", "staff search, count": "25 ms",
           "profile summary": "25 ms", "dashboard figures": "100 ms",
           "feedback text search, ranked": "200 ms", "feedback text filter, first page":
           "200 ms", "feedback text filter, count": "200 ms",
           "client report, 5,000-staff client's month": "10 s", "feedback import": "-"}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def database_url(server: str, name: str) -> str:
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def server_sql(server: str, statement: str) -> None:
    import psycopg2

    connection = psycopg2.connect(database_url(server, "postgres"))
    connection.autocommit = True
    try:
        connection.cursor().execute(statement)
    finally:
        connection.close()


# -- building ------------------------------------------------------------------------------
def build(url: str, staff: int, base: int, seed: int) -> dict:
    """Fill the database (a demo of `base` staff, then copies); a database that already holds
    the demo (a run stopped while copying) is copied from as it is."""
    from mentorapp import demo

    indexes = index_definitions(url)
    database = opening.open_database(url)
    database.execute_sql("SET maintenance_work_mem = '512MB'")
    # The assignment roll-up trigger asks `id NOT IN (the new rows)`: with 400,000 new rows
    # and the default work_mem that is a scan per row (hours) instead of one hash.
    database.execute_sql("SET work_mem = '256MB'")
    started = time.perf_counter()
    if opening.is_empty(database):
        for statement in indexes:
            database.execute_sql("DROP INDEX IF EXISTS " + _index_name(statement))
        demo.generate(database, staff=base, seed=seed,
                      progress=lambda message: print("  " + message, flush=True))
    generated = time.perf_counter()
    # The roll-up triggers look up assignments and enrollments: those indexes are needed
    # while copying; the biggest tables' indexes are made once, after their rows.
    late = [s for s in indexes if any(f' ON {schema}"{table}" ' in s or f" ON {schema}{table} "
                                       in s for table in LATE_INDEXED
                                       for schema in ("public.", ""))]
    for statement in indexes:
        if statement not in late:
            database.execute_sql(statement)
    copies = max(1, staff // base)
    replicate(database, copies)
    replicated = time.perf_counter()
    move_staff_to_new_client(database)
    for statement in late:
        database.execute_sql(statement)
    database.execute_sql("VACUUM (ANALYZE)")
    done = time.perf_counter()
    counts = {name: database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
              for name, table in (("staff", "staff"), ("feedback", "feedback"),
                                  ("ratings", "feedback_rating"),
                                  ("assignments", "assignment"), ("mentorships", "mentorship"),
                                  ("enrollments", "enrollment"))}
    return {"counts": counts, "copies": copies, "demo_s": generated - started,
            "copy_s": replicated - generated, "index_s": done - replicated,
            "build_s": done - started, "indexes": len(indexes)}


def index_definitions(url: str) -> list[str]:
    """CREATE INDEX IF NOT EXISTS statements of the secondary indexes (not those of primary
    keys) of a new database at the current schema, made by the app in a scratch database."""
    parts = urlsplit(url)
    server, scratch = database_url(url, "postgres"), parts.path.strip("/") + "_schema"
    server_sql(server, f'DROP DATABASE IF EXISTS "{scratch}"')
    server_sql(server, f'CREATE DATABASE "{scratch}"')
    try:
        database = opening.open_database(database_url(url, scratch))
        rows = database.execute_sql(
            "SELECT i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
        ).fetchall()
        database.close()
    finally:
        server_sql(server, f'DROP DATABASE IF EXISTS "{scratch}"')
    return [definition.replace(" INDEX ", " INDEX IF NOT EXISTS ", 1)
            for (definition,) in rows]


def _index_name(statement: str) -> str:
    return statement.split(" IF NOT EXISTS ", 1)[1].split(" ON ", 1)[0]


def replicate(database, copies: int) -> None:
    """Make `copies` of the demo company (staff and every table that refers to them, directly
    or through another such table), server side: copy k's ids are k times the table's largest
    id plus the row's place, its employee IDs end in "-<copy>" (their key columns follow, as
    Staff.key_values() makes them for ASCII IDs), and clients, programs and competencies are
    shared. Generated columns (the text search vectors) and the roll-up triggers fill
    themselves as for any insert.

    Each copy is added as a block after the previous one, its feedback in date order with
    ids in that order, as a company's feedback arrives: the newest ids are the latest days and
    lie together on the last pages (copies interleaved row by row put the newest ids on every
    page, which no running database has)."""
    if copies < 2:
        return
    references = database.execute_sql(
        "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text "
        "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
        "AND a.attnum = c.conkey[1] WHERE c.contype = 'f'").fetchall()
    references = [(table.strip('"'), column, parent.strip('"'))
                  for table, column, parent in references]
    copied = {"staff"}
    while more := {table for table, _, parent in references if parent in copied
                   and table not in copied and table not in SIGN_IN_TABLES}:
        copied |= more
    order: list[str] = []  # parents first
    while len(order) < len(copied):
        order += sorted(table for table in copied - set(order)
                        if all(parent in order or parent not in copied or parent == table
                               for child, _, parent in references if child == table))
    largest = {table: database.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"')
               .fetchone()[0] for table in order}
    offsets = {(table, column): parent for table, column, parent in references
               if parent in largest}
    with database.atomic():
        # A row's place: its id, except feedback's, numbered in date order.
        database.execute_sql(
            "CREATE TEMP TABLE feedback_place (id bigint PRIMARY KEY, place bigint NOT NULL)")
        database.execute_sql(
            "INSERT INTO feedback_place SELECT id, row_number() OVER (ORDER BY date, id) "
            "FROM feedback")
        for table in order:
            columns = [name for (name,) in database.execute_sql(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema() AND is_generated = 'NEVER' "
                "ORDER BY ordinal_position", (table,)).fetchall()]
            names = ", ".join(f'"{column}"' for column in columns)
            place = "p.place" if table == "feedback" else "t.id"
            places = " JOIN feedback_place p ON p.id = t.id" if table == "feedback" else ""
            # Copied from the demo's rows set apart (the table grows with every copy).
            database.execute_sql(f'CREATE TEMP TABLE copy_source AS SELECT * FROM "{table}"')
            for k in range(1, copies):
                values = [_copied(table, column, offsets, largest, k) for column in columns]
                database.execute_sql(
                    f'INSERT INTO "{table}" ({names}) SELECT {", ".join(values)} '
                    f"FROM copy_source t{places} ORDER BY {place}")
            database.execute_sql("DROP TABLE copy_source")
            database.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                 f'greatest(1, (SELECT max(id) FROM "{table}")))')
            print(f"  {table}: {copies} copies", flush=True)
        database.execute_sql("DROP TABLE feedback_place")


def _copied(table: str, column: str, offsets: dict, largest: dict, k: int) -> str:
    """The SQL value of `column` in copy k of a row of `table` (alias t; p its feedback
    place)."""
    if column == "id":
        return f"{k * largest[table]} + " + ("p.place" if table == "feedback" else "t.id")
    if (table, column) in offsets:
        parent = offsets[table, column]
        if parent == "feedback":
            return (f"{k * largest[parent]} + (SELECT f.place FROM feedback_place f "
                    f'WHERE f.id = t."{column}")')
        return f't."{column}" + {k * largest[parent]}'
    if table == "staff" and column in ("employee_id", "employee_key"):
        return f"t.\"{column}\" || '-{k}'"
    if table == "staff" and column == "search_key":
        return ("replace(t.search_key, E'\\n' || t.employee_key || E'\\n', "
                f"E'\\n' || t.employee_key || '-{k}' || E'\\n')")
    return f't."{column}"'


def move_staff_to_new_client(database) -> None:
    """A 5,000-staff client: that many current people of the largest client move to a new
    one with their assignments and feedback (as if the account had always been its own)."""
    from mentorapp.services import clients

    new = clients.create(name=NEW_CLIENT, industry="Retail")["id"]
    with database.atomic():
        database.execute_sql(
            "CREATE TEMP TABLE moved AS SELECT staff_id, client_id FROM assignment "
            "WHERE end_date IS NULL AND client_id = (SELECT client_id FROM assignment "
            "  WHERE end_date IS NULL GROUP BY client_id ORDER BY count(*) DESC LIMIT 1) "
            "ORDER BY staff_id LIMIT %s", (MOVED_STAFF,))
        for table in ("assignment", "feedback"):
            database.execute_sql(
                f'UPDATE "{table}" t SET client_id = %s FROM moved m '
                "WHERE t.staff_id = m.staff_id AND t.client_id = m.client_id", (new,))
        database.execute_sql("DROP TABLE moved")


# -- the import file -----------------------------------------------------------------------
def write_import_file(url: str, path: str, count: int) -> dict:
    """An .xlsx of `count` feedback rows about existing people (their current client)."""
    from openpyxl import Workbook

    from mentorapp.models import Assignment, Client, Competency, Staff

    opening.open_database(url)
    people = list(Staff.select(Staff.employee_id, Client.name)
                  .join(Assignment, on=(Assignment.staff == Staff.id))
                  .join(Client, on=(Assignment.client == Client.id))
                  .where(Assignment.end_date.is_null(), Client.active).tuples())
    competencies = [name for (name,) in Competency.select(Competency.name).tuples()]
    rng = random.Random(5)
    today = dt.date.today()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Feedback")
    ws.append(["Employee ID", "Date", "Source", "Author", "Client", "Kind", "Overall Rating",
               *competencies, "Strengths", "Improvements", "Comment", "Visibility"])
    for _ in range(count):
        employee, client = rng.choice(people)
        rated = set(rng.sample(range(len(competencies)), min(4, len(competencies))))
        ws.append([employee, today - dt.timedelta(days=rng.randrange(1, 300)),
                   rng.choice(("client", "management", "peer")), "Quality team", client,
                   "general", rng.randint(1, 5),
                   *[rng.randint(1, 5) if i in rated else None
                     for i in range(len(competencies))],
                   "Calm with an upset caller", "Shorter hold times",
                   rng.choice(("Refund explained clearly", "Duplicate charge resolved",
                               "Customer thanked the agent")), "client"])
    wb.save(path)
    return {"rows": count}


def delete_imported(url: str, since: dict) -> None:
    """Remove what an import run added (feedback, its ratings, its audit entries)."""
    database = opening.open_database(url)
    with database.atomic():
        database.execute_sql("DELETE FROM feedback_rating WHERE feedback_id > %s",
                             (since["feedback"],))
        database.execute_sql("DELETE FROM feedback WHERE id > %s", (since["feedback"],))
        database.execute_sql("DELETE FROM audit_entry WHERE id > %s", (since["audit"],))
    database.close()


def high_water(url: str) -> dict:
    database = opening.open_database(url)
    marks = {key: database.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}")
             .fetchone()[0] for key, table in (("feedback", "feedback"), ("audit", "audit_entry"))}
    database.close()
    return marks


# -- measuring (each in a child process) ---------------------------------------------------
def figure_calls(name: str, word: str | None = None):
    """The call one figure times, with its arguments varied from run to run (a text search's
    words taken in turn, or `word` every time)."""
    from mentorapp.models import Client, Staff
    from mentorapp.services import dashboard, feedback, profile, search, staff

    rng = random.Random(3)
    words, surnames = iter((word,) * 1000 if word else WORDS * 100), iter(SURNAMES * 100)
    if name == "staff search, list of 50":
        return lambda: staff.list(next(surnames), limit=50)
    if name == "staff search, count":
        return lambda: staff.count(next(surnames))
    if name == "profile summary":
        top = Staff.select(Staff.id).order_by(Staff.id.desc()).limit(1).scalar()
        return lambda: profile.summary(rng.randint(1, top))
    if name == "dashboard figures":
        return dashboard.figures
    if name == "feedback text search, ranked":
        return lambda: search.search(next(words))
    # What the Feedback page asks with text in its search box: its first page (the table
    # models' 200 rows) and the count, which stops above search.COUNT_LIMIT ("more than 1,000").
    if name == "feedback text filter, first page":
        return lambda: feedback.list(text=next(words), descending=True, limit=PAGE_ROWS)
    if name == "feedback text filter, count":
        return lambda: search.count_feedback(next(words))
    if name.startswith("client report"):
        from mentorapp.excel.client_report import export_client_report

        assert Client.get(Client.name == NEW_CLIENT)
        end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        out = Path(tempfile.gettempdir()) / "mentorapp-company-report.xlsx"
        return lambda: export_client_report(NEW_CLIENT, end.replace(day=1), end, out)
    raise ValueError(name)


def measure(url: str, name: str, runs: int, extra: str | None) -> dict:
    """Wall and CPU seconds of `runs` calls (after one that warms the caches, except for an
    import, which runs once per process) and this process's peak memory. `extra` is the
    import's file, or the one word a text figure searches."""
    opening.open_database(url)
    if name == "feedback import":
        from mentorapp.excel.importing import import_file
        from mentorapp.services import audit

        audit.set_actor("benchmark")
        wall, cpu = time.perf_counter(), time.process_time()
        result = import_file("feedback", extra)
        if not result.ok or result.created != result.rows:
            raise SystemExit(f"import failed: {result.problems[:3]} ({result.created} made)")
        return {"wall": [time.perf_counter() - wall], "cpu": [time.process_time() - cpu],
                "peak_mb": peak_mb()}
    call = figure_calls(name, extra)
    call()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {"wall": walls, "cpu": cpus, "peak_mb": peak_mb()}


def child(*args: str) -> dict:
    """Run this script's `--child` part; its last line of output is the result (JSON)."""
    output = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                            stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def shown(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 1 else f"{seconds:,.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/")
    parser.add_argument("--staff", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--base-staff", type=int, default=10_000,
                        help="staff of the demo company that is copied up to --staff")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true",
                        help="measure a kept database (and keep it)")
    parser.add_argument("--resume", action="store_true",
                        help="build on in a kept database that holds the demo (a stopped run)")
    parser.add_argument("--by-word", action="store_true",
                        help="also each text figure for each word on its own")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, url, *rest = args.child
        if kind == "build":
            result = build(url, int(rest[0]), int(rest[1]), int(rest[2]))
        elif kind == "write":
            result = write_import_file(url, rest[0], int(rest[1]))
        else:
            result = measure(url, rest[0], int(rest[1]), rest[2] if len(rest) > 2 else None)
        print(json.dumps(result, default=str))
        return
    name = f"mentorapp_company_{args.staff}"
    url = database_url(args.server, name)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; database {name}")
    if not args.reuse:
        if not args.resume:
            server_sql(args.server, f'DROP DATABASE IF EXISTS "{name}"')
            server_sql(args.server, f'CREATE DATABASE "{name}"')
        built = child("build", url, str(args.staff), str(args.base_staff), str(args.seed))
        counts = built["counts"]
        print(f"built {counts['staff']:,} staff, {counts['feedback']:,} feedback, "
              f"{counts['ratings']:,} ratings, {counts['assignments']:,} assignments, "
              f"{counts['mentorships']:,} mentorships, {counts['enrollments']:,} enrollments "
              f"in {built['build_s']:,.0f} s: demo of {args.base_staff:,} staff "
              f"{built['demo_s']:,.0f} s, {built['copies']} copies {built['copy_s']:,.0f} s, "
              f"{built['indexes']} indexes and analyse {built['index_s']:,.0f} s", flush=True)
    try:
        rows = []
        for figure in TARGETS:
            if figure == "feedback import":
                continue
            runs = 3 if figure.startswith("client report") else args.runs
            rows.append((figure, child("measure", url, figure, str(runs))))
            print_row(*rows[-1])
        if args.by_word:
            for figure in TEXT_FIGURES:
                for word in WORDS:
                    print_row(figure, child("measure", url, figure, str(args.runs), word),
                              f'"{word}"')
        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "feedback.xlsx")
            written = child("write", url, path, str(args.import_rows))
            print(f"import file: {written['rows']:,} feedback rows of existing people", flush=True)
            figure = "feedback import"
            runs = []
            for _ in range(3):
                since = high_water(url)
                runs.append(child("measure", url, figure, "1", path))
                delete_imported(url, since)
            joined = {"wall": [r["wall"][0] for r in runs], "cpu": [r["cpu"][0] for r in runs],
                      "peak_mb": max(r["peak_mb"] for r in runs)}
            rows.append((figure, joined))
            print_row(figure, joined)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        if not (args.keep or args.reuse):  # a database kept to be measured again stays
            server_sql(args.server, f'DROP DATABASE IF EXISTS "{name}"')


def print_row(figure: str, result: dict, word: str = "") -> None:
    label = f"{figure} {word}" if word else figure
    print(f"{label:<44} median {shown(statistics.median(result['wall'])):>10} "
          f"(CPU {shown(statistics.median(result['cpu']))}, min {shown(min(result['wall']))}, "
          f"{len(result['wall'])} runs)  target {TARGETS[figure]:>6}  "
          f"peak memory {result['peak_mb']:,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
