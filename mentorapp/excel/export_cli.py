"""`export ...` commands (client report and every client's at once, staff report, training
matrix, mentoring report, quality, what worked)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mentorapp.errors import UserError

# Report dates: Excel shows no date before 1900, and a period's comparison period (the same
# number of days just before it) must stay inside Python's years 1 to 9999.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers) -> None:
    """Add the export commands to the main parser."""
    export = subparsers.add_parser("export", help="write an Excel report")
    reports = export.add_subparsers(dest="report", metavar="REPORT", required=True)

    client = reports.add_parser(
        "client-report", help="the periodic report for a client (registered as the period's "
        "next version)",
        description="Writes the client's review pack and registers it as the next version of "
        "the period (v1, v2, ...; see 'reports list'). --out FOLDER names the file "
        "'<Client> <from>..<to> vN.xlsx' in that folder; --out FILE.xlsx writes that file "
        "(its version is on its cover and in the register).")
    client.add_argument("--client", required=True, metavar="NAME", help="client name")
    _period(client)
    client.add_argument("--out", required=True, type=Path, metavar="FOLDER|FILE.xlsx")
    _pdf(client)
    client.set_defaults(handler=_client_report)

    every = reports.add_parser(
        "client-reports", help="every active client's report of the last month or quarter "
        "(for a scheduled task)",
        description="Writes one review pack per active client into --out-dir, each registered "
        "as its period's next version. A client that fails is reported in one line and the "
        "others go on; the last line sums up, and the exit status is 1 when any failed.")
    every.add_argument("--all", action="store_true", required=True,
                       help="every active client (required: says what the command does)")
    every.add_argument("--period", required=True, choices=("last-month", "last-quarter"))
    every.add_argument("--out-dir", required=True, type=Path, metavar="FOLDER")
    _pdf(every)
    every.set_defaults(handler=_client_reports)

    staff = reports.add_parser("staff-report", help="one person's development (internal)")
    staff.add_argument("--staff", required=True, metavar="EMPLOYEE_ID")
    staff.add_argument("--include-private", action="store_true",
                       help="include private mentoring notes")
    _out(staff)
    staff.set_defaults(handler=_staff_report)

    matrix = reports.add_parser("training-matrix", help="staff by training program")
    matrix.add_argument("--client", metavar="NAME", help="only staff now on this client")
    _out(matrix)
    matrix.set_defaults(handler=_training_matrix)

    mentoring = reports.add_parser("mentoring", help="the mentoring program over a period")
    _period(mentoring)
    _out(mentoring)
    mentoring.set_defaults(handler=_mentoring)

    quality = reports.add_parser("quality", help="a client's quality evaluations (internal)")
    quality.add_argument("--client", required=True, metavar="NAME", help="client name")
    _period(quality)
    _out(quality)
    quality.set_defaults(handler=_quality)

    worked = reports.add_parser("what-worked", help="the effects of trainings, mentorships "
                                "and coaching (internal)")
    _period(worked)
    worked.add_argument("--client", metavar="NAME", help="only people placed on this client")
    _out(worked)
    worked.set_defaults(handler=_what_worked)

    bench = reports.add_parser("bench", help="a client account's bench strength: who is ready "
                               "for each role, and backfills for recent leavers (internal)")
    bench.add_argument("--client", required=True, metavar="NAME", help="client name")
    _out(bench)
    bench.set_defaults(handler=_bench)


def _period(parser) -> None:
    parser.add_argument("--from", dest="start", required=True, type=_date, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, type=_date, metavar="YYYY-MM-DD")


def _pdf(parser) -> None:
    parser.add_argument("--pdf", action="store_true",
                        help="also write the pack as PDF next to the workbook (same name, .pdf)")


def _check_period(args) -> None:
    for option, day in (("--from", args.start), ("--to", args.end)):
        if not FIRST_DATE <= day <= LAST_DATE:
            raise UserError(f"{option} {day.isoformat()} is out of range: report dates run "
                            f"from {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}")


def workbook_path(text: str) -> Path:
    """An --out that names an Excel workbook (an argparse type, also for the template and
    cohort commands): a workbook under another name (x.csv) is one that Excel refuses to open
    or opens with a warning."""
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"{text!r} does not end in .xlsx: the report is an "
                                         "Excel workbook")
    return path


def _out(parser) -> None:
    parser.add_argument("--out", required=True, type=workbook_path, metavar="FILE.xlsx")


def _written(path: Path) -> int:
    print(f"Report written to {path.resolve()}")
    return 0


def _client_report(args) -> int:
    from mentorapp.excel.client_report import export_client_report

    _check_period(args)
    if not args.out.expanduser().is_dir() and args.out.suffix.lower() != ".xlsx":
        raise UserError(f"--out {args.out} is neither a folder nor an .xlsx file name: the "
                        "report is an Excel workbook")
    _open_database(args)
    path = export_client_report(args.client, args.start, args.end, args.out)
    pdf = _after_pack(args, path, args.client, args.start, args.end)
    _written(path)
    return _written(pdf) if pdf else 0


def _after_pack(args, path: Path, client: str, start: dt.date, end: dt.date) -> Path | None:
    """The pack's PDF when `--pdf` asks for it (the workbook stays registered either way)."""
    if not args.pdf:
        return None
    from mentorapp.excel.client_report import write_pack_pdf

    return write_pack_pdf(path, client, start, end)


def _client_reports(args) -> int:
    """Every active client's pack of the named period; one line per client, then a summary."""
    import logging

    from mentorapp.excel.client_report import export_client_report
    from mentorapp.services import client_reports, clients

    _open_database(args)
    folder = args.out_dir.expanduser()
    if not folder.is_dir():
        raise UserError(f"--out-dir {folder} is not a folder")
    start, end = client_reports.named_period(args.period, dt.date.today())
    names = [c["name"] for c in clients.list(active=True, limit=None)]
    written, failed = 0, []
    for name in names:
        try:
            path = export_client_report(name, start, end, folder)
            pdf = _after_pack(args, path, name, start, end)
        except Exception as exc:  # one client's failure must not stop the others
            if not isinstance(exc, UserError):
                logging.getLogger(__name__).exception("client report of %s failed", name)
            reason = " ".join(str(exc).split()) or type(exc).__name__
            print(f"FAILED {name}: {reason}", file=sys.stderr, flush=True)
            failed.append(name)
            continue
        written += 1
        print(f"Written {name}: {path.resolve()}" + (f" and {pdf.name}" if pdf else ""),
              flush=True)
    period = f"{start.isoformat()}..{end.isoformat()}"
    summary = f"{written} written, {len(failed)} failed" + (
        f": {', '.join(failed)}" if failed else "") + f" ({period})"
    print(summary)
    return 1 if failed else 0


def _staff_report(args) -> int:
    from mentorapp.excel.staff_report import export_staff_report

    _open_database(args)
    return _written(export_staff_report(args.staff, args.out,
                                        include_private=args.include_private))


def _training_matrix(args) -> int:
    from mentorapp.excel.training_matrix import export_training_matrix

    _open_database(args)
    return _written(export_training_matrix(args.out, client=args.client))


def _mentoring(args) -> int:
    from mentorapp.excel.mentoring_report import export_mentoring_report

    _check_period(args)
    _open_database(args)
    return _written(export_mentoring_report(args.start, args.end, args.out))


def _quality(args) -> int:
    from mentorapp.excel.quality_report import export_quality_report

    _check_period(args)
    _open_database(args)
    return _written(export_quality_report(args.client, args.start, args.end, args.out))


def _bench(args) -> int:
    from mentorapp.excel.bench_report import export_bench

    _open_database(args)
    return _written(export_bench(args.client, args.out))


def _what_worked(args) -> int:
    from mentorapp.excel.what_worked_report import export_what_worked_report

    _check_period(args)
    _open_database(args)
    return _written(export_what_worked_report(args.start, args.end, args.out,
                                              client=args.client))


def _open_database(args) -> None:
    from mentorapp import opening  # late: the parser is built before the GUI, without a driver

    opening.open_database(args.db)
