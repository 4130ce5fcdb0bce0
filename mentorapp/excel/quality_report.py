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
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets
from mentorapp.services import clients, settings

SCORE_FORMAT = "0.0%"
POINTS_FORMAT = "0.0"


def export_quality_report(client_name: str, start: dt.date, end: dt.date, out: Path | str, *,
                          progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the quality workbook of the client named `client_name` for `start`..`end`."""
    check_period(start, end)
    check_target(out)
    with read_snapshot():
        client = clients.by_name(client_name)
        company = settings.get("company_name")
        evaluations = quality_data.evaluation_rows(client["id"], start, end)
        summary = quality_data.summary(client["id"], start, end)
        spread, distance = quality_data.calibration_rows(client["id"], start, end)
    count = summary["evaluations"]
    average = summary["average_score"]
    failed = [(row["section"], row["key"], row["text"], row["times"], row["times"] / count)
              for row in summary["most_failed"]]
    counter = ProgressCounter(progress, 1 + len(evaluations) + len(failed) + len(spread)
                              + len(distance))
    period = f"{start.isoformat()} to {end.isoformat()}"
    footer = f"Internal - quality - {client['name']} {period} - {company}"
    wb = Workbook(write_only=True)
    wb.properties.title = f"Quality - {client['name']}"
    wb.properties.creator = company
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec("Summary", "tblSummary", [
                Column("Client"), Column("From", DATE_FORMAT, 12), Column("To", DATE_FORMAT, 12),
                Column("Evaluations", "0", 12), Column("Average score", SCORE_FORMAT, 12),
                Column("Critical fails", "0", 12),
            ], [(client["name"], start, end, count,
                 None if average is None else average / 100, summary["critical_fails"])]),
            SheetSpec("Evaluations", "tblEvaluations", [
                Column("Interaction date", DATE_FORMAT, 12), Column("Employee ID"),
                Column("Agent"), Column("Evaluator"), Column("Scorecard"),
                Column("Version", "0", 8), Column("Interaction ID"), Column("Channel"),
                Column("Score", SCORE_FORMAT, 9), Column("Critical fail", center=True),
                Column("Status"), Column("Visibility"), Column("Revision", "0", 8),
            ], evaluations, "No evaluations in this period"),
            SheetSpec("Most failed items", "tblFailedItems", [
                Column("Section"), Column("Item key"), Column("Item", wrap=True),
                Column("Times failed", "0", 10), Column("Share of evaluations", "0%", 12),
            ], failed, "No item failed in this period"),
            SheetSpec("Calibration spread", "tblCalibrationSpread", [
                Column("Held on", DATE_FORMAT, 12), Column("Interaction ID"),
                Column("Item key"), Column("Item", wrap=True), Column("Spread", "0%", 9),
            ], spread, "No calibrations with a reference evaluation in this period"),
            SheetSpec("Evaluator distance", "tblEvaluatorDistance", [
                Column("Held on", DATE_FORMAT, 12), Column("Interaction ID"),
                Column("Evaluator"), Column("Distance (points)", POINTS_FORMAT, 10),
                Column("Items answered differently", "0%", 12),
            ], distance, "No calibrations with a reference evaluation in this period"),
        ], footer=footer, progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
