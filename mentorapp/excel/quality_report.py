"""The internal quality workbook of one client over a period (see `quality_data` for what
it may hold): a summary, every evaluation with its score, critical fail and status, the
items failed most, and the calibrations' spread per item and each evaluator's distance
from the reference score."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from mentorapp.db import read_snapshot
from mentorapp.excel import quality_data
from mentorapp.excel.client_report import check_period
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.services import clients, settings
from mentorapp.translations import translator

SCORE_FORMAT = "0.0%"
POINTS_FORMAT = "0.0"


def export_quality_report(client_name: str, start: dt.date, end: dt.date, out: Path | str, *,
                          progress: Callable[[int, int], None] | None = None,
                          language: str = "en") -> Path:
    """Write the quality workbook of the client named `client_name` for `start`..`end`, in
    `language` (the window's; the command line writes English)."""
    check_period(start, end)
    check_target(out)
    tr = translator(language)
    _ = tr.gettext
    with read_snapshot():
        client = clients.by_name(client_name)
        company = settings.get("company_name")
        evaluations = quality_data.evaluation_rows(client["id"], start, end, tr)
        summary = quality_data.summary(client["id"], start, end)
        spread, distance = quality_data.calibration_rows(client["id"], start, end)
    count = summary["evaluations"]
    average = summary["average_score"]
    failed = [(row["section"], row["key"], row["text"], row["times"], row["times"] / count)
              for row in summary["most_failed"]]
    counter = ProgressCounter(progress, 1 + len(evaluations) + len(failed) + len(spread)
                              + len(distance))
    footer = _("Internal - quality - {client} {start} to {end} - {company}").format(
        client=client["name"], start=start.isoformat(), end=end.isoformat(), company=company)
    wb = Workbook(write_only=True)
    wb.properties.title = _("Quality - {client}").format(client=client["name"])
    wb.properties.creator = company
    no_calibrations = _("No calibrations with a reference evaluation in this period")
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec(_("Summary"), "tblSummary", [
                Column(_("Client")), Column(_("From"), DATE_FORMAT, 12),
                Column(_("To"), DATE_FORMAT, 12), Column(_("Evaluations"), "0", 12),
                Column(_("Average score"), SCORE_FORMAT, 12),
                Column(_("Critical fails"), "0", 12),
            ], [(client["name"], start, end, count,
                 None if average is None else average / 100, summary["critical_fails"])]),
            SheetSpec(_("Evaluations"), "tblEvaluations", [
                Column(_("Interaction date"), DATE_FORMAT, 12), Column(_("Employee ID")),
                Column(_("Agent")), Column(_("Evaluator")), Column(_("Scorecard")),
                Column(_("Version"), "0", 8), Column(_("Interaction ID")), Column(_("Channel")),
                Column(_("Score"), SCORE_FORMAT, 9), Column(_("Critical fail"), center=True),
                Column(_("Status")), Column(_("Visibility")), Column(_("Revision"), "0", 8),
            ], evaluations, _("No evaluations in this period")),
            SheetSpec(_("Most failed items"), "tblFailedItems", [
                Column(_("Section")), Column(_("Item key")), Column(_("Item"), wrap=True),
                Column(_("Times failed"), "0", 10),
                Column(_("Share of evaluations"), "0%", 12),
            ], failed, _("No item failed in this period")),
            SheetSpec(_("Calibration spread"), "tblCalibrationSpread", [
                Column(_("Held on"), DATE_FORMAT, 12), Column(_("Interaction ID")),
                Column(_("Item key")), Column(_("Item"), wrap=True),
                Column(_("Spread"), "0%", 9),
            ], spread, no_calibrations),
            SheetSpec(_("Evaluator distance"), "tblEvaluatorDistance", [
                Column(_("Held on"), DATE_FORMAT, 12), Column(_("Interaction ID")),
                Column(_("Evaluator")), Column(_("Distance (points)"), POINTS_FORMAT, 10),
                Column(_("Items answered differently"), "0%", 12),
            ], distance, no_calibrations),
        ], footer=footer, page=_(PAGE_NUMBERS), progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
