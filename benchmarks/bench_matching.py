"""Cohort matching speed (issue 16: "2,000 mentees and 500 mentors propose in under 5 s").

    .venv/bin/python benchmarks/bench_matching.py [--db URL_OR_PATH] [--mentees 2000]
        [--mentors 500] [--ratings 20] [--repeat 3]

Builds a company in a new SQLite file (or an empty database named by --db): the mentees, the
mentors (staff, 4 places each, declared expertise), every one of them with --ratings feedback
entries rating two competencies over the last two years, on 10 clients. Then times
`suggestions.propose_cohort` for all mentees, alternately with its parts alone (reading the
evidence; scoring on what was read; assigning on those scores), and prints each run and the
medians, wall clock and CPU seconds of this process (on the shared 2-core machine the CPU
time is nearer what an idle machine gives), with the load average before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorapp import matching, opening  # noqa: E402
from mentorapp.db import transaction  # noqa: E402
from mentorapp.excel.importing.common import insert_records  # noqa: E402
from mentorapp.models import (  # noqa: E402
    Assignment,
    Client,
    Competency,
    Feedback,
    FeedbackRating,
    Mentor,
    MentorExpertise,
    Staff,
)
from mentorapp.services import audit, suggestions  # noqa: E402

CLIENTS = 10
PLACES = 4


def timed(work):
    """(wall seconds, CPU seconds), result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return (time.perf_counter() - wall, time.process_time() - cpu), result


def seconds(pair) -> str:
    return f"{pair[0]:.2f} s ({pair[1]:.2f} s CPU)"


def median(pairs) -> tuple[float, float]:
    return statistics.median(w for w, _ in pairs), statistics.median(c for _, c in pairs)


def load() -> str:
    return "load average " + ", ".join(f"{n:.1f}" for n in os.getloadavg())


def build(mentees: int, mentors: int, ratings: int) -> list[int]:
    rng = random.Random(1)
    today = dt.date.today()
    competencies = [c for (c,) in Competency.select(Competency.id).tuples()]
    people = mentees + mentors
    with transaction():
        insert_records(Client, ("name", "name_key", "sort_key", "search_key"),
                       ((f"Client {n}", f"client {n}", f"client {n}", f"client {n}")
                        for n in range(CLIENTS)))
        client_ids = [c for (c,) in Client.select(Client.id).tuples()]
        insert_records(Staff, ("employee_id", "first_name", "last_name", "site",
                               "employee_key", "sort_key", "search_key"),
                       ((f"E{i:06d}", "First", f"Last{i}", rng.choice(["Cebu", "Davao"]),
                         f"e{i:06d}", f"last{i}", f"e{i:06d}") for i in range(people)))
        staff_ids = [s for (s,) in Staff.select(Staff.id).order_by(Staff.id).tuples()]
        insert_records(Assignment, ("staff", "client", "role", "start_date", "archived"),
                       ((sid, rng.choice(client_ids), "", today - dt.timedelta(days=400),
                         False) for sid in staff_ids))
        insert_records(Mentor, ("staff", "capacity", "active", "archived"),
                       ((sid, PLACES, True, False) for sid in staff_ids[mentees:]))
        insert_records(MentorExpertise, ("mentor", "competency"),
                       ((mid, rng.choice(competencies))
                        for (mid,) in Mentor.select(Mentor.id).tuples()))
        insert_records(Feedback, ("staff", "client", "source", "date", "rating", "visibility",
                                  "kind"),
                       ((sid, None, rng.choice(["management", "mentor"]),
                         today - dt.timedelta(days=rng.randint(0, 700)), rng.randint(1, 5),
                         "internal", "general")
                        for sid in staff_ids for _ in range(ratings)))
        insert_records(FeedbackRating, ("feedback", "competency", "rating"),
                       ((fid, competency, rng.randint(1, 5))
                        for (fid,) in Feedback.select(Feedback.id).tuples()
                        for competency in rng.sample(competencies, 2)))
    return staff_ids[:mentees]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an empty database (default: a new SQLite file)")
    parser.add_argument("--mentees", type=int, default=2000)
    parser.add_argument("--mentors", type=int, default=500)
    parser.add_argument("--ratings", type=int, default=20,
                        help="feedback entries per person, two competencies rated in each")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    target = args.db or str(Path(tempfile.mkdtemp(prefix="bench_matching_")) / "m.db")
    opening.open_database(target)
    audit.set_actor("bench")
    (wall, _), mentee_ids = timed(lambda: build(args.mentees, args.mentors, args.ratings))
    print(f"built {args.mentees:,} mentees, {args.mentors:,} mentors, "
          f"{(args.mentees + args.mentors) * args.ratings:,} feedback in {wall:.0f} s; {load()}")
    today = dt.date.today()
    totals, reads, scores, solves = [], [], [], []
    for run in range(args.repeat):
        total, rows = timed(lambda: suggestions.propose_cohort(mentee_ids, today=today))
        read, (people, mentors) = timed(lambda: (
            list(suggestions._mentees(mentee_ids, today).values()),
            suggestions._mentors(today)))
        score, matrix = timed(lambda people=people, mentors=mentors: matching.score_matrix(
            people, mentors))
        solve, _ = timed(lambda matrix=matrix, mentors=mentors: matching.assign(
            matrix, [m.free for m in mentors]))
        totals.append(total)
        reads.append(read)
        scores.append(score)
        solves.append(solve)
        placed = sum(r["mentor"] is not None for r in rows)
        print(f"run {run + 1}: propose {seconds(total)} ({placed:,} placed); evidence read "
              f"alone {seconds(read)}; scoring alone {seconds(score)}; assignment alone "
              f"{seconds(solve)}")
    print(f"median of {args.repeat}: propose {seconds(median(totals))} (target 5 s); "
          f"evidence {seconds(median(reads))}; scoring {seconds(median(scores))}; "
          f"assignment {seconds(median(solves))}; {load()}")


if __name__ == "__main__":
    main()
