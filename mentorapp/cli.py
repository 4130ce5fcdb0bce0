"""The command line: `python main.py [--db PATH_OR_URL] COMMAND ...`.

Exit status: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
Commands from other areas (Excel export and import) register themselves through
`register(subparsers)` functions so this file stays the one place that wires them up.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from mentorapp import APP_NAME, __version__, paths
from mentorapp.errors import UserError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
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

    export_cli.register(sub)
    import_cli.register(sub)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; user errors become one line on stderr and exit status 1."""
    try:
        return args.handler(args) or 0
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 1


def _demo(args) -> int:
    from mentorapp import db, demo

    database = db.open_database(args.db)
    counts = demo.generate(database, staff=args.staff, seed=args.seed,
                           progress=lambda msg: print(msg, file=sys.stderr))
    print(f"Demo data written to {db.describe(paths.resolve_target(args.db))}: "
          + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def _stats(args) -> int:
    from mentorapp import db
    from mentorapp.services import maintenance

    db.open_database(args.db)
    counts = maintenance.row_counts()
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        width = max(map(len, counts))
        for name, n in counts.items():
            print(f"{name:<{width}}  {n:>9,}")
    return 0


def _backup(args) -> int:
    from mentorapp import db
    from mentorapp.services import maintenance

    database = db.open_database(args.db)
    out = maintenance.backup(database, args.out)
    print(f"Backup written to {out}")
    return 0


def _restore(args) -> int:
    from mentorapp import db
    from mentorapp.services import maintenance

    target = paths.resolve_target(args.db)
    maintenance.restore(target, args.file, force=args.force)
    print(f"Restored {args.file} into {db.describe(target)}")
    return 0


def _migrate(args) -> int:
    from mentorapp import db, migrations

    database = db.open_database(args.db, migrate=False)
    before = migrations.schema_version(database)
    backup = migrations.migrate(database)
    after = migrations.schema_version(database)
    if before == after:
        print(f"Database is at schema version {after}; nothing to do.")
    else:
        print(f"Database migrated from schema version {before or 'none'} to {after}"
              + (f"; backup at {backup}" if backup else ""))
    return 0
