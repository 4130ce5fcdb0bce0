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
from mentorapp.excel.sheets import PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.services import settings
from mentorapp.translations import Translator, translator

PERCENT_FORMAT = "0%"


def export_bench(client_name: str, out: Path | str, *, today: dt.date | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 language: str = "en") -> Path:
    """Write the bench strength of the client named `client_name`, in `language` (the
    command line writes English)."""
    tr = translator(language)
    with read_snapshot():
        found = bench_data.bench(client_name, tr, today)
        check_target(out)
        company = settings.get("company_name")
        footer = tr.gettext("Internal and confidential - bench strength of {client} - "
                            "{company}").format(client=found["client_name"], company=company)
        counter = ProgressCounter(progress, 0)
        wb = Workbook(write_only=True)
        wb.properties.title = tr.gettext("Bench strength: {client}").format(
            client=found["client_name"])
        wb.properties.creator = company
        with discarded_on_error(wb):
            write_sheets(wb, _sheets(tr, found), footer=footer, page=tr.gettext(PAGE_NUMBERS),
                         progress=counter.advance)
            counter.finish()
    return save_workbook(wb, out)


def _sheets(tr: Translator, found: dict):
    _ = tr.gettext
    person = [Column(_("Employee ID"), width=14), Column(_("Name"), width=24),
              Column(_("Current role"), width=24),
              Column(_("Readiness"), PERCENT_FORMAT, 11, center=True)]
    yield SheetSpec(_("Roles"), "tblRoles",
                    [Column(_("Role"), width=28), Column(_("Ladder"), width=20),
                     Column(_("Level"), width=8, center=True), Column(_("Holders"), width=10),
                     Column(_("Ready now"), width=11),
                     Column(_("In about 6 months"), width=18)],
                    bench_data.summary_rows(found, tr),
                    _("No roles are defined for this account or the company (roles import)"))
    yield SheetSpec(_("Ready now"), "tblReadyNow",
                    [Column(_("Role"), width=24), *person,
                     Column(_("Notes (certifications expiring)"), width=50, wrap=True)],
                    bench_data.candidate_rows(found, "ready_now"),
                    _("No one on the account is ready now for a role they do not hold"))
    yield SheetSpec(_("In about 6 months"), "tblReadySoon",
                    [Column(_("Role"), width=24), *person,
                     Column(_("Still to come"), width=50, wrap=True)],
                    bench_data.candidate_rows(found, "ready_soon"),
                    _("No one on the account is ready in about 6 months"))
    yield SheetSpec(_("Backfill"), "tblBackfill",
                    [Column(_("Left: employee ID"), width=16), Column(_("Left: name"), width=24),
                     Column(_("Why"), width=16),
                     Column(_("Left on"), DATE_FORMAT, 12, center=True),
                     Column(_("Role to fill"), width=24), Column(_("Candidate ID"), width=14),
                     Column(_("Candidate"), width=24), Column(_("Outlook"), width=22),
                     Column(_("Readiness"), PERCENT_FORMAT, 11, center=True)],
                    bench_data.backfill_rows(found, tr),
                    _("No one left the account or resigned in the last {days} days").format(
                        days=bench_data.LEFT_DAYS))
