"""`suggest mentors` and `match cohort`: mentors chosen from the evidence (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

from mentorapp.errors import UserError
from mentorapp.excel.export_cli import workbook_path

COHORT_HEADERS = ["Employee ID", "Name", "Gaps", "Mentor", "Score", "Why"]


def register(sub) -> None:
    suggest = sub.add_parser("suggest", help="suggestions drawn from the evidence")
    what = suggest.add_subparsers(dest="suggest_command", metavar="WHAT", required=True)
    mentors = what.add_parser(
        "mentors", help="a person's weakest competencies by the evidence, and the mentors "
        "who fit best",
        description="Evidence: competency ratings from clients, management and mentors, and "
        "QA items mapped to a competency, recent ones weighing more.")
    mentors.add_argument("--staff", required=True, metavar="EMPLOYEE_ID")
    mentors.add_argument("--limit", type=int, default=5, help="mentors listed (5)")
    mentors.add_argument("--json", action="store_true", help="print JSON")
    mentors.set_defaults(handler=_suggest_mentors)

    match = sub.add_parser("match", help="match several people at once")
    kinds = match.add_subparsers(dest="match_command", metavar="WHAT", required=True)
    cohort = kinds.add_parser(
        "cohort", help="the best assignment of an intake to mentors with free places",
        description="Proposes a mentor for each person in the file (an optimal assignment "
        "under every mentor's capacity); --apply starts the mentorships, all or none.")
    cohort.add_argument("--staff-file", required=True, type=Path, metavar="FILE",
                        help="employee IDs: a .txt file one a line, or a CSV or spreadsheet "
                        "with an 'Employee ID' column (else the first column)")
    cohort.add_argument("--out", type=workbook_path, metavar="FILE.xlsx",
                        help="also write the proposal to a workbook to review")
    cohort.add_argument("--apply", action="store_true",
                        help="start the proposed mentorships now")
    cohort.set_defaults(handler=_match_cohort)


def _open(args) -> None:
    from mentorapp import opening

    opening.open_database(args.db)


def _suggest_mentors(args) -> int:
    from mentorapp.services import staff, suggestions

    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    _open(args)
    person = staff.by_employee_id(args.staff)
    result = suggestions.suggest(person["id"], limit=args.limit)
    if args.json:
        print(json.dumps({"employee_id": person["employee_id"], **result}, indent=2,
                         ensure_ascii=False))
        return 0
    print(f"{person['first_name']} {person['last_name']} ({person['employee_id']})")
    if not result["gaps"]:
        print("Gaps: none shown by the evidence (no competency rated under 4 in two years)")
    for gap in result["gaps"]:
        thin = ", little evidence" if gap["thin"] else ""
        print(f"Gap: {gap['name']} {gap['average']:.1f} from {gap['count']} "
              f"rating{'s' if gap['count'] != 1 else ''}{thin}")
    if not result["mentors"]:
        print("No mentor with a free place can take them")
    for number, mentor in enumerate(result["mentors"], 1):
        print(f"{number}. {mentor['name']} ({mentor['score']:+.2f}): "
              f"{'; '.join(mentor['reasons'])}")
    return 0


def employee_ids(path: Path) -> list[str]:
    """The employee IDs a file lists, in order, each once."""
    from mentorapp.excel.reading import open_table
    from mentorapp.text import fold_key

    if path.suffix.lower() == ".txt":
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            raise UserError(f"File not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
                            ) from None
        ids = [line.strip() for line in lines]
    else:
        rows = [values for _, values in open_table(path).rows()]
        header = [fold_key(str(cell or "")) for cell in rows[0]] if rows else []
        column = header.index(fold_key("Employee ID")) if fold_key("Employee ID") in header \
            else 0
        first = 1 if fold_key("Employee ID") in header or header[:1] == [fold_key("ID")] else 0
        ids = [_text(row[column]) if column < len(row) else "" for row in rows[first:]]
    ids = list(dict.fromkeys(i for i in ids if i))
    if not ids:
        raise UserError(f"{path.name} lists no employee IDs")
    return ids


def _text(value) -> str:
    """A cell as an ID: 1042.0 read from a number cell is "1042"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _match_cohort(args) -> int:
    from mentorapp.services import staff, suggestions

    ids = employee_ids(args.staff_file)
    _open(args)
    people = {}
    unknown = []
    for employee_id in ids:
        try:
            people[employee_id] = staff.by_employee_id(employee_id)
        except UserError:
            unknown.append(employee_id)
    if unknown:
        raise UserError(f"{len(unknown)} employee ID{'s are' if len(unknown) > 1 else ' is'} "
                        f"not in the database: {', '.join(unknown[:5])}"
                        f"{' ...' if len(unknown) > 5 else ''}")
    rows = suggestions.propose_cohort([p["id"] for p in people.values()])
    by_id = {p["id"]: p for p in people.values()}
    table = [[by_id[r["staff"]]["employee_id"],
              f"{by_id[r['staff']]['first_name']} {by_id[r['staff']]['last_name']}",
              ", ".join(g["name"] for g in r["gaps"]), r["mentor_name"] or "(none)",
              r["score"], "; ".join(r["reasons"])] for r in rows]
    if args.out:
        from mentorapp.excel.table_export import export_table

        export_table(args.out, COHORT_HEADERS, table, title="Cohort proposal")
    placed = sum(r["mentor"] is not None for r in rows)
    for line in table:
        print(f"{line[0]} {line[1]} -> {line[3]}" + (f" ({line[4]:+.2f})" if line[4] is not None
                                                     else ""))
    print(f"{placed} of {len(rows)} people matched"
          + (f"; proposal written to {args.out}" if args.out else ""))
    if args.apply:
        created = suggestions.create_cohort(rows)
        print(f"Started {len(created)} mentorship{'s' if len(created) != 1 else ''}")
    return 0
