"""`roles import|list` and `readiness`: role ladders and a person's readiness (issue 16).
The bench strength workbook is `export bench` (excel/export_cli.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mentorapp.errors import UserError


def register(sub) -> None:
    roles = sub.add_parser("roles", help="role ladders: the company's and client accounts'")
    what = roles.add_subparsers(dest="roles_command", metavar="WHAT", required=True)
    importing = what.add_parser(
        "import", help="create or update roles and their requirements from a spreadsheet",
        description="Columns: Role, Client (empty: the company ladder), Level, Next Role, Min "
        "Tenure Months, Requirement Type (competency, training, certification), Requirement, "
        "Minimum (a competency's rating, 1-5); one row per requirement. Each role named gets "
        "exactly the file's requirements. With any problem nothing is imported (exit 1).")
    importing.add_argument("file", type=Path, metavar="FILE",
                           help="a spreadsheet (.xlsx, .xlsm, .xls, .xlsb, .ods) or a CSV file")
    importing.add_argument("--dry-run", action="store_true",
                           help="check the file and show what would change, writing nothing")
    importing.set_defaults(handler=_import)
    listing = what.add_parser("list", help="the roles, their next role and requirements")
    listing.add_argument("--client", metavar="NAME",
                         help="the company ladder and this account's roles (default: all)")
    listing.set_defaults(handler=_list)

    ready = sub.add_parser(
        "readiness", help="a person's readiness for their next role or a chosen one",
        description="Requirements met now / requirements (tenure, competencies at a minimum "
        "rating, trainings, valid certifications), the gaps and what closes each.")
    ready.add_argument("--staff", required=True, metavar="EMPLOYEE_ID")
    ready.add_argument("--role", metavar="ROLE",
                       help="a role's name (their account's, else the company's); default: "
                       "the next role after their current one")
    ready.add_argument("--json", action="store_true", help="print JSON")
    ready.set_defaults(handler=_readiness)


def _open(args) -> None:
    from mentorapp import opening

    opening.open_database(args.db)


def _import(args) -> int:
    from mentorapp.excel.importing import import_file

    _open(args)
    result = import_file("roles", args.file, dry_run=args.dry_run)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        total = len(result.problems) + result.more_problems
        print(f"error: {total:,} problem{'s' if total != 1 else ''} found in {args.file.name}; "
              "nothing was imported", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


def _requirement(req: dict) -> str:
    if req["kind"] == "competency":
        return f"{req['name']} {req['minimum']:g}+"
    return f"{req['name']} ({req['kind']})"


def _list(args) -> int:
    from mentorapp.services import clients, readiness

    _open(args)
    if args.client:
        found = readiness.list_roles(clients.by_name(args.client)["id"])
    else:
        found = readiness.list_roles(everything=True)
    if not found:
        print("No roles yet: import them with `roles import FILE`")
        return 0
    for role in found:
        owner = role["client_name"] or "Company"
        step = f" -> {role['next_role_name']}" if role["next_role_name"] else ""
        tenure = f"; {role['min_tenure_months']} months' tenure" \
            if role["min_tenure_months"] else ""
        needs = ", ".join(_requirement(r) for r in role["requirements"]) or "nothing more"
        print(f"{owner}: {role['level']}. {role['name']}{step}{tenure}; needs {needs}")
    return 0


def _readiness(args) -> int:
    from mentorapp.services import readiness, staff

    _open(args)
    person = staff.by_employee_id(args.staff)
    result = readiness.readiness(person["id"], args.role)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return 0
    current = result["current_role"]["name"] if result["current_role"] else \
        (result["current_role_text"] or "none")
    print(f"{result['name']} ({result['employee_id']}), now: {current}")
    if result["role"] is None:
        raise UserError(result["message"] + " with --role")
    print(f"{result['role']['name']}: {result['percent']}% ready ({result['met']} of "
          f"{result['total']} requirements met), {result['outlook']}")
    for check in result["checks"]:
        print(f"  [{check['status']}] {check['name']}: {check['detail']}")
    if result["gaps"]:
        print("To close:")
        for gap in result["gaps"]:
            print(f"  {gap['name']}: {gap['closer']}")
    return 0
