"""The bench strength workbook of a client account (internal; data in `bench_data`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from mentorapp.db import read_snapshot
from mentorapp.excel import bench_data
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets
from mentorapp.services import settings

PERCENT_FORMAT = "0%"


def export_bench(client_name: str, out: Path | str, *, today: dt.date | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the bench strength of the client named `client_name`."""
    with read_snapshot():
        found = bench_data.bench(client_name, today)
        check_target(out)
        company = settings.get("company_name")
        footer = f"Internal and confidential - bench strength of {found['client_name']} - " \
                 f"{company}"
        counter = ProgressCounter(progress, 0)
        wb = Workbook(write_only=True)
        wb.properties.title = f"Bench strength: {found['client_name']}"
        wb.properties.creator = company
        with discarded_on_error(wb):
            write_sheets(wb, _sheets(found), footer=footer, progress=counter.advance)
            counter.finish()
    return save_workbook(wb, out)


def _sheets(found: dict):
    person = [Column("Employee ID", width=14), Column("Name", width=24),
              Column("Current role", width=24),
              Column("Readiness", PERCENT_FORMAT, 11, center=True)]
    yield SheetSpec("Roles", "tblRoles",
                    [Column("Role", width=28), Column("Ladder", width=20),
                     Column("Level", width=8, center=True), Column("Holders", width=10),
                     Column("Ready now", width=11), Column("In about 6 months", width=18)],
                    bench_data.summary_rows(found),
                    "No roles are defined for this account or the company (roles import)")
    yield SheetSpec("Ready now", "tblReadyNow",
                    [Column("Role", width=24), *person,
                     Column("Notes (certifications expiring)", width=50, wrap=True)],
                    bench_data.candidate_rows(found, "ready_now"), "No one on the account is "
                    "ready now for a role they do not hold")
    yield SheetSpec("In about 6 months", "tblReadySoon",
                    [Column("Role", width=24), *person,
                     Column("Still to come", width=50, wrap=True)],
                    bench_data.candidate_rows(found, "ready_soon"),
                    "No one on the account is ready in about 6 months")
    yield SheetSpec("Backfill", "tblBackfill",
                    [Column("Left: employee ID", width=16), Column("Left: name", width=24),
                     Column("Why", width=16), Column("Left on", DATE_FORMAT, 12, center=True),
                     Column("Role to fill", width=24), Column("Candidate ID", width=14),
                     Column("Candidate", width=24), Column("Outlook", width=22),
                     Column("Readiness", PERCENT_FORMAT, 11, center=True)],
                    bench_data.backfill_rows(found),
                    f"No one left the account or resigned in the last "
                    f"{bench_data.LEFT_DAYS} days")
