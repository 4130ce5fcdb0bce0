"""`template ...` and `import ...` commands."""

from __future__ import annotations

import sys
from pathlib import Path

from mentorapp.excel.export_cli import workbook_path

KINDS = ("staff", "training", "feedback", "kpi", "roles")
# Imported but with no template: evaluations come from a QA tool's export. Role ladders are
# also `roles import`.
IMPORT_KINDS = (*KINDS, "evaluations", "roles")


def register(subparsers) -> None:
    """Add the template and import commands to the main parser."""
    template = subparsers.add_parser(
        "template", help="write a blank workbook to fill in and import")
    template.add_argument("kind", choices=KINDS, help="what the workbook is for")
    template.add_argument("--out", required=True, type=workbook_path, metavar="FILE.xlsx",
                          help="the workbook to write")
    template.add_argument("--client", metavar="NAME",
                          help="feedback form for one client, with its staff listed; "
                          "KPI values template with that client's metric columns")
    template.set_defaults(handler=_template)

    importing = subparsers.add_parser(
        "import", help="import staff, training records or feedback from a spreadsheet "
        "(.xlsx, .xlsm, .xls, .xlsb, .ods) or a .csv file",
        description="Checks every row first; with any problem nothing is imported and every "
        "problem is listed by row and column (exit status 1).")
    importing.add_argument("kind", choices=IMPORT_KINDS, help="what the file holds")
    importing.add_argument("file", type=Path, metavar="FILE",
                           help="a spreadsheet (.xlsx, .xlsm, .xls, .xlsb, .ods) or a CSV file")
    importing.add_argument("--dry-run", action="store_true",
                           help="check the file and show what would change, writing nothing")
    importing.add_argument("--create-clients", action="store_true",
                           help="add clients named in a roster that do not exist yet")
    importing.add_argument("--client", metavar="NAME",
                           help="KPI values: the client whose metrics the file holds "
                           "(default: each person's client today)")
    importing.set_defaults(handler=_import)


def _template(args) -> int:
    from mentorapp.excel.templates import write_template

    _open_database(args)
    out = write_template(args.kind, args.out, client=args.client)
    print(f"Template written to {out}")
    return 0


def _import(args) -> int:
    from mentorapp.excel.importing import import_file

    _open_database(args)
    result = import_file(args.kind, args.file, dry_run=args.dry_run,
                         create_clients=args.create_clients, client=args.client)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        if result.more_problems:
            print(f"... and {result.more_problems:,} more problems", file=sys.stderr)
        total = len(result.problems) + result.more_problems
        print(f"error: {total:,} problem{'s' if total != 1 else ''} found in {args.file.name}; "
              "nothing was imported", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


def _open_database(args) -> None:
    from mentorapp import opening  # late: the parser is built before the GUI, without a driver

    opening.open_database(args.db)
