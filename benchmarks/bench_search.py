"""Text search speed on a demo database, SQLite or PostgreSQL: medians in milliseconds.

    .venv/bin/python main.py --db /tmp/s.db demo --staff 50000      # once (minutes)
    .venv/bin/python benchmarks/bench_search.py --db /tmp/s.db [--runs 5] [--compare] [--like]

For rare, medium and very common words, a prefix, two words and a surname: the Feedback page's
search (first page of 100 newest, and its count, which stops at 1,000), the ranked search
(`search.search`, 50 best, and `search.search_by_kind`, 8 best of each kind: what Search
Everything runs); with --compare the exact count and the uncapped ranking (every match ranked)
too, each alternated with its capped twin in every run (the ratios); with --like the old list
search (LIKE on every text column, one run); then the staff list search (trigram index on
PostgreSQL).
Target: every figure of the Feedback page and Search Everything under 200 ms at 50,000 staff /
1,000,000 feedback.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorapp import opening  # noqa: E402
from mentorapp.db import is_sqlite  # noqa: E402
from mentorapp.models import Feedback, Staff  # noqa: E402
from mentorapp.services import feedback, search, staff  # noqa: E402

WORDS = ("typhoon", "refund", "customer", "refun*", "duplicate refund", "team lead", "santos")
TARGET_MS = 200


def elapsed_ms(call, *args, **kwargs) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one call (CPU time: this process only, so on
    SQLite it is what an idle machine would take, about; PostgreSQL works in its server)."""
    wall, cpu = time.perf_counter(), time.process_time()
    call(*args, **kwargs)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def median(times: list[tuple[float, float]], which: int = 0) -> float:
    return statistics.median(t[which] for t in times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="demo database file or PostgreSQL URL")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", action="store_true",
                        help="also time the exact count and the uncapped ranking")
    parser.add_argument("--like", action="store_true", help="also time the old LIKE search")
    args = parser.parse_args(argv)
    database = opening.open_database(args.db)
    sqlite = is_sqlite(database)
    print(f"{type(database).__name__}: {Staff.select().count():,} staff, "
          f"{Feedback.select().count():,} feedback; medians of {args.runs} runs (ms)"
          + ("; under each line its CPU time" if sqlite else ""))
    print(f"{'words':18} {'count':>7} {'page':>7} {'count':>7} {'ranked':>7} {'by kind':>8}"
          + (f" {'exact':>7} {'ratio':>6} {'all':>7} {'ratio':>6}" if args.compare else "")
          + (f" {'LIKE page':>10}" if args.like else ""))
    slowest = 0.0
    for words in WORDS:
        shown = search.count_feedback(words)
        count_text = f">{search.COUNT_LIMIT:,}" if shown > search.COUNT_LIMIT else f"{shown:,}"
        times = {"page": [], "count": [], "ranked": [], "by kind": [], "exact": [], "all": []}
        for _ in range(args.runs):  # alternated: the same load for both sides of a ratio
            times["page"].append(elapsed_ms(feedback.list, text=words, descending=True))
            times["count"].append(elapsed_ms(search.count_feedback, words))
            times["ranked"].append(elapsed_ms(search.search, words))
            times["by kind"].append(elapsed_ms(search.search_by_kind, words, 8))
            if args.compare:
                times["exact"].append(elapsed_ms(feedback.count, text=words))
                capped, search.RANK_CANDIDATES = search.RANK_CANDIDATES, sys.maxsize
                times["all"].append(elapsed_ms(search.search, words))
                search.RANK_CANDIDATES = capped
        for which in (0, 1) if sqlite else (0,):
            page, count, ranked, by_kind = (median(times[key], which) for key in (
                "page", "count", "ranked", "by kind"))
            line = (f"{words if which == 0 else '  CPU':18} {count_text if which == 0 else '':>7}"
                    f" {page:>7.1f} {count:>7.1f} {ranked:>7.1f} {by_kind:>8.1f}")
            if args.compare:
                exact, every = median(times["exact"], which), median(times["all"], which)
                line += (f" {exact:>7.1f} {exact / count:>6.1f} {every:>7.1f} "
                         f"{every / ranked:>6.1f}")
            if args.like and which == 0:
                line += f" {elapsed_ms(feedback.list, words, descending=True)[0]:>10.1f}"
            print(line, flush=True)
        slowest = max(slowest, *(median(times[key]) for key in ("page", "count", "by kind")))
    for name in ("ruz", "santos", "e1234"):
        found = median([elapsed_ms(staff.list, name) for _ in range(args.runs)])
        print(f"staff list search {name!r}: {found:.1f} ms")
    print(f"Feedback page and Search Everything, slowest median: {slowest:.1f} ms "
          f"({'within' if slowest <= TARGET_MS else 'OVER'} the {TARGET_MS} ms target)")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
