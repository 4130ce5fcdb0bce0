"""Row-level security cost: staff search, profile and dashboard in shared mode as an admin, a
mentor and an account manager, each against the same call without row-level security (the
superuser, whom policies do not apply to), run alternately; medians.

    .venv/bin/python benchmarks/bench_shared.py [--server URL] [--staff N] [--runs N]
        [--only TEXT] [--users bench_admin bench_mentor bench_manager] [--database NAME]

--server is a PostgreSQL server URL as a superuser (default: $MENTORAPP_TEST_POSTGRES, else
postgresql://postgres@127.0.0.1/postgres). A database `mentorapp_bench_shared_<N>` is built
there once (demo data, then `setup-shared` and three users) and kept for later runs, which run
`setup-shared` on it again (so the policies measured are the current code's); drop it with
`dropdb` when done (--database names it otherwise). Target: every ratio at most 1.3.

Each line gives the medians by wall clock and their ratio, then the mean CPU time of a call on
each side (this process and its PostgreSQL server process, read from /proc when the server runs
on this machine) and their ratio: on a loaded machine the wall-clock figures of a 10 ms call
swing by a third, the CPU times much less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg2  # noqa: E402

from mentorapp import db as dbmod  # noqa: E402
from mentorapp import demo, opening, shared, urls  # noqa: E402
from mentorapp.services import dashboard, profile, staff  # noqa: E402
from mentorapp.services.seed import seed_defaults  # noqa: E402

SURNAMES = ("Santos", "Sharma", "Restrepo", "Reyes", "Kulkarni", "Dela Cruz")
USERS = ("bench_admin", "bench_mentor", "bench_manager")
TARGET_RATIO = 1.3


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get(
        "MENTORAPP_TEST_POSTGRES", "postgresql://postgres@127.0.0.1/postgres"))
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", default="", help="measure only the figures whose name "
                        "contains this text (e.g. 'search'), for the users in --users")
    parser.add_argument("--users", nargs="+", choices=USERS, default=USERS)
    parser.add_argument("--database", default="", help="the database's name (default "
                        "mentorapp_bench_shared_<staff>)")
    args = parser.parse_args(argv)
    name = args.database or f"mentorapp_bench_shared_{args.staff}"
    base = args.server.rsplit("/", 1)[0]
    superuser = f"{base}/{name}"
    build(args.server, name, superuser, args.staff)
    host = base.split("@", 1)[1] if "@" in base else base.split("://", 1)[1]
    print(f"\n{'figure':<26}{'user':<15}{'with RLS ms':>12}{'without':>10}{'ratio':>8}"
          f"  result  {'CPU ms with':>11}{'without':>9}{'ratio':>7}")
    for login in args.users:
        measure(login, f"postgresql://{login}:bench-pw@{host}/{name}", superuser, args.runs,
                args.only)
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0


def build(server: str, name: str, superuser: str, staff_count: int) -> None:
    admin = psycopg2.connect(server)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone():
            admin.close()
            started = time.perf_counter()
            database = opening.open_database(superuser, migrate=False)  # setup migrates
            shared.setup(database, "bench_admin", "bench-pw", seed=seed_defaults)
            database.close()
            vacuum(superuser)
            print(f"Measuring the existing database {name} (policies renewed in "
                  f"{time.perf_counter() - started:.0f} s)")
            return
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    started = time.perf_counter()
    database = opening.open_database(superuser)
    counts = demo.generate(database, staff=staff_count, seed=1,
                           progress=lambda message: print("  " + message, flush=True))
    shared.setup(database, "bench_admin", "bench-pw", seed=seed_defaults)
    # A mentor with the most mentees, and the account manager of the largest client.
    mentor_staff = database.execute_sql(
        "SELECT m.staff_id FROM mentorship ms JOIN mentor m ON m.id = ms.mentor_id "
        "WHERE m.staff_id IS NOT NULL GROUP BY m.staff_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    client = database.execute_sql(
        "SELECT client_id FROM assignment WHERE end_date IS NULL GROUP BY client_id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    shared.add_user(database, "bench_mentor", "mentor", "bench-pw", staff_id=mentor_staff)
    shared.add_user(database, "bench_manager", "account_manager", "bench-pw")
    database.execute_sql("INSERT INTO client_manager (client_id, user_id) SELECT %s, id "
                         "FROM app_user WHERE login = 'bench_manager'", (client,))
    # The mentor is also team lead of 15 people on the same client.
    database.execute_sql(
        "UPDATE staff SET reports_to_id = (SELECT id FROM app_user WHERE login = "
        "'bench_mentor') WHERE id IN (SELECT staff_id FROM assignment WHERE client_id = %s "
        "AND end_date IS NULL ORDER BY staff_id LIMIT 15)", (client,))
    database.close()
    vacuum(superuser)
    print(f"Built {counts['staff']:,} staff and {counts['feedback']:,} feedback, set up shared "
          f"mode in {time.perf_counter() - started:.0f} s")


def vacuum(superuser: str) -> None:
    """VACUUM ANALYZE, as autovacuum soon does on a live server: `setup-shared` rebuilds the
    manager scope table, and until its pages are marked all-visible the planner prices each
    probe of it as a heap fetch too (and hashes the whole scope for a profile's few rows)."""
    connection = psycopg2.connect(superuser)
    connection.autocommit = True
    connection.cursor().execute("VACUUM ANALYZE")
    connection.close()


def server_cpu(database) -> float | None:
    """Seconds of CPU time the database's server process has used so far (user and system,
    from /proc: a server on this machine), or None where it cannot be read."""
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def paired(call, first, second, runs: int) -> tuple[float, float, float | None, float | None]:
    """Median milliseconds of `call(run)` on two databases, run alternately (the machine's load
    then weighs on both alike), each run asking both the same; then the mean CPU time of a call
    on each side in milliseconds (this process and its server process together; None if the
    server's is unknown): what the load does not stretch, in 10 ms ticks summed over the runs."""
    times = ([], [])
    for database in (first, second):  # warm both caches
        dbmod.database.initialize(database)
        call(0)
    cpu = [0.0, 0.0]
    servers = [server_cpu(database) for database in (first, second)]
    for run in range(runs):
        for side, (database, spent) in enumerate(zip((first, second), times, strict=True)):
            dbmod.database.initialize(database)
            started, cpu_started = time.perf_counter(), time.process_time()
            call(run)
            spent.append((time.perf_counter() - started) * 1000)
            cpu[side] += time.process_time() - cpu_started
    after = [server_cpu(database) for database in (first, second)]
    cpu_ms = [None if None in (before, end) else (mine + end - before) * 1000 / runs
              for mine, before, end in zip(cpu, servers, after, strict=True)]
    return statistics.median(times[0]), statistics.median(times[1]), cpu_ms[0], cpu_ms[1]


def cases(person: int):
    def surname(run: int) -> str:
        return SURNAMES[run % len(SURNAMES)]

    return {
        "staff search: list (50)": lambda run: staff.list(search=surname(run), limit=50),
        "staff search: count": lambda run: staff.count(search=surname(run)),
        "profile summary": lambda run: profile.summary(person),
        "dashboard figures": lambda run: dashboard.figures(),
    }


def measure(login: str, as_user: str, superuser: str, runs: int, only: str = "") -> None:
    with_rls = opening.open_database(as_user)
    without = opening.open_database(superuser)
    dbmod.database.initialize(with_rls)
    person = with_rls.execute_sql("SELECT id FROM staff ORDER BY id LIMIT 1").fetchone()[0]
    for name, call in cases(person).items():
        if only not in name:
            continue
        mine, everything, cpu_mine, cpu_everything = paired(call, with_rls, without, runs)
        ratio = mine / everything
        cpu = (f"{cpu_mine:>11.1f}{cpu_everything:>9.1f}{cpu_mine / cpu_everything:>7.2f}"
               if cpu_mine is not None and cpu_everything else "")
        print(f"{name:<26}{login:<15}{mine:>12.1f}{everything:>10.1f}{ratio:>8.2f}  "
              f"{'ok' if ratio <= TARGET_RATIO else 'SLOW':<6}{cpu}")
    print(f"  ({urls.describe(as_user)})")
    with_rls.close()
    without.close()


if __name__ == "__main__":
    sys.exit(main())
