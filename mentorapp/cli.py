"""The command line: `python main.py [--db PATH_OR_URL] COMMAND ...`.

Exit status: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
Commands from other areas (Excel export and import) register themselves through
`register(subparsers)` functions so this file stays the one place that wires them up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import traceback
from pathlib import Path
from urllib.parse import unquote

from mentorapp import APP_NAME, __version__, logs, paths, urls
from mentorapp.errors import UserError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    from mentorapp import (
        client_reports_cli,
        kpi_cli,
        matching_cli,
        quality_cli,
        readiness_cli,
        shared_cli,
    )
    from mentorapp.excel import export_cli, import_cli

    parser = argparse.ArgumentParser(
        prog="mentorapp", description=f"{APP_NAME}: career and professional development "
        "for BPO staff. With no command, the desktop application opens.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file, sqlite:///PATH or postgresql://user@host/name "
                        f"(default: ${paths.ENV_VAR} or {paths.default_database_path()})")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, visit every page and exit (for packaging)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--staff", type=_positive_int, default=150, help="staff members (150)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (1)")
    demo.set_defaults(handler=_demo)

    stats = sub.add_parser("stats", help="row counts per entity")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=_stats)

    backup = sub.add_parser("backup", help="copy the database to a file (SQLite)")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup file")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--force", action="store_true",
                         help="overwrite a database that already holds data")
    restore.set_defaults(handler=_restore)

    migrate = sub.add_parser("migrate", help="bring the database to the current schema")
    migrate.set_defaults(handler=_migrate)

    maintenance = sub.add_parser("maintenance", help="checks and repairs of the database")
    tasks = maintenance.add_subparsers(dest="maintenance_command", metavar="TASK",
                                       required=True)
    verify = tasks.add_parser(
        "verify-rollups", help="rebuild the dashboard and KPI roll-ups from the records and list "
        "every one that differs (exit status 1 when any does)")
    verify.add_argument("--fix", action="store_true",
                        help="replace the roll-ups by the rebuild when they differ")
    verify.add_argument("--limit", type=_positive_int, default=20,
                        help="differing rows listed (20); the summary counts all")
    verify.set_defaults(handler=_verify_rollups)

    export_cli.register(sub)
    import_cli.register(sub)
    shared_cli.register(sub)
    kpi_cli.register(sub)
    quality_cli.register(sub)
    matching_cli.register(sub)
    readiness_cli.register(sub)
    client_reports_cli.register(sub)  # after shared_cli: it adds to `clients`
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    """Run a parsed command. Anything that goes wrong is one line on stderr and exit status 1,
    with any database password hidden; an unexpected error (a bug) also leaves its traceback
    in the log file."""
    target = paths.resolve_target(args.db)
    try:
        if args.command not in CREATES_DATABASE:
            _check_database_exists(target)
        status = args.handler(args) or 0
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except KeyboardInterrupt:
        message = "interrupted; nothing was changed by the unfinished step"
    except BrokenPipeError:
        # The reader went away (`stats --json | head -1`): stop writing to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        message = "the output was closed before everything was written"
    except Exception as exc:  # the one place where every error becomes one line
        message = _refused(exc, args) or _explain(exc, target)
        if message is None:  # a bug (a database error we do not expect is one, too)
            first = next(iter(str(exc).strip().splitlines()), "")
            message = (f"unexpected {type(exc).__name__}{': ' + first if first else ''} "
                       f"({_log_bug(exc, args, target)})")
    print(f"error: {urls.hide_secrets(message, target)}", file=sys.stderr)
    return 1


# Commands that may start a new SQLite file; any other one refuses a file that is not there.
CREATES_DATABASE = {"demo", "migrate", "restore"}


def _check_database_exists(target: str) -> None:
    """A mistyped `--db` path must not quietly become a new, empty database."""
    scheme = urls.scheme(target)
    if scheme == "sqlite":
        path = unquote(target[len("sqlite:///"):])
    elif scheme or target == ":memory:":
        return
    else:
        path = target
    if target != str(paths.default_database_path()) and not Path(path).expanduser().exists():
        raise UserError(f"The database file {path} does not exist (check the path; "
                        "`migrate` or `demo` creates a new one)")


def _refused(exc: Exception, args: argparse.Namespace) -> str | None:
    """One line for a change the shared database refused (its roles and row-level security
    decide, not the app)."""
    psycopg2 = sys.modules.get("psycopg2")
    cause = exc.__cause__ or exc.__context__ or exc
    for error in (exc, cause):
        if psycopg2 is not None and isinstance(error, psycopg2.errors.InsufficientPrivilege):
            words = " ".join(str(getattr(args, key)) for key in vars(args)
                             if key == "command" or key.endswith("_command"))
            first = next(iter(str(error).strip().splitlines()), "")
            return f"you do not have permission to {words or 'do this'} ({first})"
    return None


def _explain(exc: Exception, target: str) -> str | None:
    """One line for a user's error, a file-system error or a database error that is not the
    program's fault (not a database, read-only, disk full, connection lost); None for anything
    else."""
    if isinstance(exc, UserError):
        return str(exc)
    while _is_database_error(exc) and _is_database_error(exc.__context__):
        exc = exc.__context__  # the first failure, not the rollback that failed after it
    first = next(iter(str(exc).strip().splitlines()), "") or type(exc).__name__
    where = urls.describe(target)
    if _is_database_error(exc):
        lowered = first.lower()
        if "file is not a database" in lowered:
            return f"{where} is not a MentorApp database (it is not an SQLite file)"
        if "readonly database" in lowered:
            return f"{where} is read-only: nothing was changed"
        if "disk is full" in lowered:
            return f"the disk holding {where} is full: nothing of the unfinished step was saved"
        if any(text in lowered for text in _CONNECTION_LOST):
            return (f"the connection to {where} was lost ({first}): nothing of the unfinished "
                    "step was saved")
        return None
    if isinstance(exc, OSError):
        return f"{exc.strerror or first}" + (f": {exc.filename}" if exc.filename else "")
    return None


_CONNECTION_LOST = ("terminating connection", "server closed the connection",
                    "connection already closed", "connection not open", "could not receive",
                    "could not send", "ssl syscall error", "eof detected")


def _is_database_error(exc: Exception) -> bool:
    import sqlite3

    import peewee

    if isinstance(exc, (peewee.PeeweeException, sqlite3.Error)):
        return True
    psycopg2 = sys.modules.get("psycopg2")  # loaded only when a PostgreSQL URL was opened
    return psycopg2 is not None and isinstance(exc, psycopg2.Error)


def _log_bug(exc: Exception, args: argparse.Namespace, target: str) -> str:
    """Append the traceback to the log file, password hidden; say where it went."""
    path = logs.log_file()
    text = "".join(traceback.format_exception(exc))
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        paths.private_folder(path.parent)  # a traceback may quote private data: 0700/0600
        with paths.private_files(), path.open("a", encoding="utf-8") as log_file:
            log_file.write(urls.hide_secrets(f"{stamp} ERROR mentorapp.cli: command "
                                             f"{args.command!r} failed\n{text}", target))
    except OSError as log_error:
        return f"the details could not be logged to {path}: {log_error.strerror}"
    return f"a program error; the details are in {path}"


def _demo(args) -> int:
    from mentorapp import db, demo, opening

    database = opening.open_database(args.db)
    counts = demo.generate(database, staff=args.staff, seed=args.seed,
                           progress=lambda msg: print(msg, file=sys.stderr))
    print(f"Demo data written to {db.describe(paths.resolve_target(args.db))}: "
          + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def _stats(args) -> int:
    from mentorapp import opening
    from mentorapp.services import maintenance

    opening.open_database(args.db)
    counts = maintenance.row_counts()
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        width = max(map(len, counts))
        for name, n in counts.items():
            print(f"{name:<{width}}  {n:>9,}")
    return 0


def _backup(args) -> int:
    from mentorapp import opening
    from mentorapp.services import maintenance

    database = opening.open_database(args.db)
    out = maintenance.backup(database, args.out)
    print(f"Backup written to {out}")
    return 0


def _restore(args) -> int:
    from mentorapp import opening

    target = paths.resolve_target(args.db)
    opening.restore_database(target, args.file, force=args.force)
    print(f"Restored {args.file} into {opening.describe_target(target)}")
    return 0


def _migrate(args) -> int:
    from mentorapp import migrations, opening

    database = opening.open_database(args.db, migrate=False)
    before = migrations.schema_version(database)
    backup = opening.migrate_schema(database)
    after = migrations.schema_version(database)
    if before == after:
        print(f"Database is at schema version {after}; nothing to do.")
    else:
        print(f"Database migrated from schema version {before or 'none'} to {after}"
              + (f"; backup at {backup}" if backup else ""))
    return 0


def _verify_rollups(args) -> int:
    from mentorapp import db, opening, shared
    from mentorapp.services import rollups

    database = opening.open_database(args.db)
    if not rollups.readable():
        raise UserError("verify-rollups needs a user who reads every record (admin, hr or "
                        "operations)")
    found = rollups.drift(limit=args.limit)
    if not found["total"]:
        print(f"roll-ups match ({found['checked']:,} rows)")
        return 0
    for row in found["rows"]:
        print(_drift_line(row))
    summary = (f"{found['total']:,} roll-up rows differ from the records "
               f"({found['checked']:,} rows rebuilt)")
    if not args.fix:
        print(f"{summary}; `maintenance verify-rollups --fix` rebuilds them")
        return 1
    names = None if db.is_sqlite(database) else shared.roles(database)
    rows = rollups.rebuild(as_role=names.owner if names else None)
    print(f"{summary}; rebuilt them: {rows:,} rows")
    return 0


def _drift_line(row: dict) -> str:
    """One differing roll-up row: its key, then what differs."""
    if row["table"] == "kpi_month":
        metric, person, month = row["key"]
        key = f"kpi metric {metric}, staff {person}, {str(month)[:7]}"
    elif row["table"] == "dashboard_headcount":
        (client,) = row["key"]
        key = f"active staff, client {client}" if client else "active staff, everyone"
    elif row["table"] == "dashboard_due":
        figure, day = row["key"]
        key = f"{figure.replace('_', '-')}s due {day}"
    else:
        figure, client, day, source = row["key"]
        key = ", ".join(str(part) for part in (
            figure, f"client {client}" if client else "everyone", day, source) if part != "")
    found, expected = row["found"], row["expected"]
    if found is None:
        return f"{key}: missing (expected {_figures_text(expected)})"
    if expected is None:
        return f"{key}: not in the records (found {_figures_text(found)})"
    return f"{key}: " + ", ".join(f"{name} {found[name]} (expected {expected[name]})"
                                  for name in found if found[name] != expected[name])


def _figures_text(figures: dict) -> str:
    return ", ".join(f"{name} {value}" for name, value in figures.items() if value)
