"""Text search speed on a demo database, SQLite or PostgreSQL: medians in milliseconds.

    .venv/bin/python main.py --db /tmp/s.db demo --staff 50000      # once (minutes)
    .venv/bin/python benchmarks/bench_search.py --db /tmp/s.db [--runs 5] [--like]

For rare, medium and very common words, a prefix and two words: the Feedback page's text
filter (first page of 100 newest, and the count), `search.search()` (50 best across feedback,
sessions and goals, with snippets), and with --like the old list search (LIKE on every text
column) for comparison; then the staff list search (trigram index on PostgreSQL).
Target: the Feedback text filter under 200 ms at 50,000 staff / 1,000,000 feedback.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorapp import opening  # noqa: E402
from mentorapp.models import Feedback, Staff  # noqa: E402
from mentorapp.services import feedback, search, staff  # noqa: E402

WORDS = ("typhoon", "refund", "customer", "refun*", "duplicate refund")
TARGET_MS = 200


def median_ms(runs: int, call, *args, **kwargs) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call(*args, **kwargs)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="demo database file or PostgreSQL URL")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--like", action="store_true", help="also time the old LIKE search")
    args = parser.parse_args(argv)
    database = opening.open_database(args.db)
    print(f"{type(database).__name__}: {Staff.select().count():,} staff, "
          f"{Feedback.select().count():,} feedback; medians of {args.runs} runs (ms)")
    print(f"{'words':18} {'matches':>8} {'page':>7} {'count':>7} {'ranked':>7}"
          + (f" {'LIKE page':>10}" if args.like else ""))
    slowest = 0.0
    for words in WORDS:
        matches = feedback.count(text=words)
        page = median_ms(args.runs, feedback.list, text=words, descending=True)
        count = median_ms(args.runs, feedback.count, text=words)
        ranked = median_ms(args.runs, search.search, words)
        line = f"{words:18} {matches:>8,} {page:>7.1f} {count:>7.1f} {ranked:>7.1f}"
        if args.like:
            line += f" {median_ms(1, feedback.list, words, descending=True):>10.1f}"
        print(line)
        slowest = max(slowest, page)
    for name in ("ruz", "santos", "e1234"):
        print(f"staff list search {name!r}: "
              f"{median_ms(args.runs, staff.list, name):.1f} ms")
    print(f"Feedback text filter, slowest first page: {slowest:.1f} ms "
          f"({'within' if slowest <= TARGET_MS else 'OVER'} the {TARGET_MS} ms target)")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
