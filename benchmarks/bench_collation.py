"""Sorting by name in the window's language (issue 18): the staff list's page of 50 at 50,000
staff in English (the indexed key) and in Spanish (the es-x-icu collation), on SQLite and,
given a server, on PostgreSQL.

    .venv/bin/python benchmarks/bench_collation.py [--postgres URL] [--staff N] [--runs N]

Only the staff table is filled (synthetic names from the demo's lists, or all distinct).
--postgres is a superuser URL: a database of its own is made there and dropped afterwards.
"""

from __future__ import annotations

import argparse
import functools
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import peewee  # noqa: E402
import psycopg2  # noqa: E402

from mentorapp import collation, demo, opening, translations  # noqa: E402
from mentorapp.models import Staff  # noqa: E402
from mentorapp.services import staff  # noqa: E402

SYLLABLES = ("ña", "ño", "lo", "ra", "pé", "dí", "ca", "mú", "za", "be", "tu", "nu")


def names(count: int, distinct: bool, rng: random.Random) -> list[tuple[str, str]]:
    """(first, last) pairs: demo names (Spanish double surnames half the time), or with a
    made-up ending that makes every last name different."""
    firsts = [name for group in demo.FIRST_NAMES.values() for name in group]
    lasts = [name for group in demo.LAST_NAMES.values() for name in group]
    people = []
    for number in range(count):
        last = rng.choice(lasts)
        if rng.random() < 0.5:
            last = f"{last} {rng.choice(lasts)}"
        if distinct:
            last += "".join(SYLLABLES[int(digit)] for digit in f"{number:05d}")
        people.append((rng.choice(firsts), last))
    return people


def fill(database: peewee.Database, people: list[tuple[str, str]]) -> None:
    rows = []
    for number, (first, last) in enumerate(people):
        values = {"employee_id": f"B{number:06d}", "first_name": first, "last_name": last}
        rows.append({**values, **Staff.key_values(values)})
    with database.atomic():
        Staff.delete().execute()
        for chunk in peewee.chunked(rows, 1000):
            Staff.insert_many(chunk).execute()


def median_ms(calls) -> tuple[float, float]:
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def measure(label: str, count: int, runs: int) -> None:
    rng = random.Random(18)
    pages = [rng.randrange(0, count - 50) for _ in range(runs)]
    for language in ("en", "es"):
        translations.set_display_language(language)
        collation.spanish_key.cache_clear()
        started = time.perf_counter()
        staff.list(sort="name", limit=50)
        cold = (time.perf_counter() - started) * 1000
        first, _ = median_ms([functools.partial(staff.list, sort="name", limit=50)] * runs)
        anywhere, worst = median_ms([functools.partial(staff.list, sort="name", limit=50,
                                                       offset=offset) for offset in pages])
        print(f"{label:<34}{language:<4}{cold:>9.1f}{first:>9.1f}{anywhere:>10.1f}"
              f"{worst:>9.1f}")
    translations.set_display_language(translations.ENGLISH)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="a superuser URL to a PostgreSQL server")
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    print(f"{'':<34}{'':<4}{'cold ms':>9}{'first ms':>9}{'a page ms':>10}{'max ms':>9}")
    targets = []
    with tempfile.TemporaryDirectory(prefix="mentorapp-bench-") as folder:
        targets.append(("SQLite", str(Path(folder) / "collation.db"), None))
        if args.postgres:
            name = f"mentorapp_bench_{uuid.uuid4().hex[:8]}"
            server = psycopg2.connect(args.postgres)
            server.autocommit = True
            server.cursor().execute(f'CREATE DATABASE "{name}"')
            url = urlunsplit(urlsplit(args.postgres)._replace(path=f"/{name}"))
            targets.append(("PostgreSQL", url, (server, name)))
        for backend, target, cleanup in targets:
            database = opening.open_database(target)
            try:
                for distinct in (False, True):
                    fill(database, names(args.staff, distinct, random.Random(1)))
                    if cleanup:
                        database.execute_sql("ANALYZE staff")
                    kind = "all last names distinct" if distinct else "demo names"
                    measure(f"{backend}, {kind}", args.staff, args.runs)
            finally:
                database.close()
                if cleanup:
                    server, name = cleanup
                    server.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                    server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
