"""The What worked report (internal): each intervention's effect and the averages per
training program, mentor and client.

Sheet "About": how the figures are made, in plain words. Sheet "Interventions": one row per
intervention and measure: the person's figure before and after, the comparison group's, the
difference-in-differences and, where the numbers are too small, the warning. Sheets "By
program", "By mentor", "By client": the mean difference with its spread and counts, and the
warning. Everything it shows comes from `what_worked_data`, which holds the confidentiality
rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from mentorapp import effects
from mentorapp.db import read_snapshot
from mentorapp.excel import what_worked_data
from mentorapp.excel.client_report import check_period
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets
from mentorapp.services import clients, settings, what_worked

FIGURE = "#,##0.00"
CHANGE = "+#,##0.00;-#,##0.00;0.00"


def about_rows(start: dt.date, end: dt.date, client: str | None) -> list[tuple]:
    months = what_worked.WINDOW_MONTHS
    return [
        ("Period", f"Interventions dated {start.isoformat()} to {end.isoformat()}"
                   + (f", of people placed on {client}" if client else "")),
        ("Interventions", "Completed trainings (completion date), mentorships (start date) and "
                          "coaching sessions that cite evidence (session date)."),
        ("Windows", f"The {months} whole months before the intervention's month and the "
                    f"{months} after it; the month itself counts in neither."),
        ("Measures", "Competency rating: the average of every competency rating in the window. "
                     "Quality score: the average evaluation score. KPI: the mean of the "
                     "monthly figures. A coaching session is measured only on what it cites."),
        ("Comparison", "People on the same client in the same role through both windows who "
                       "had no intervention of the same kind in them."),
        ("Difference", "The person's change minus the comparison group's average change "
                       "(difference-in-differences). Verdict: better or worse as the measure "
                       "counts it (for handling time, lower is better)."),
        ("Too few to say", f"Fewer than {effects.MIN_PEOPLE} comparison people (or, for a "
                           f"program, mentor or client, fewer than {effects.MIN_PEOPLE} "
                           "interventions): the figure is shown with a warning and proves "
                           "nothing on its own."),
        ("Spread", "The standard deviation of the differences (of the comparison group's "
                   "changes on the Interventions sheet)."),
    ]


def _summary_columns(*groups: str) -> list[Column]:
    return [*(Column(g) for g in groups), Column("Measure"), Column("Unit", width=8),
            Column("Interventions", "0", 12), Column("Comparison people", "0", 12),
            Column("Mean difference", CHANGE, 12), Column("Spread (SD)", FIGURE, 10),
            Column("Verdict", width=12), Column("Warning", width=50, wrap=True)]


def export_what_worked_report(start: dt.date, end: dt.date, out: Path | str, *,
                              client: str | None = None,
                              progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the What worked workbook for interventions dated `start`..`end` (of the people
    placed on the client named `client`, when given)."""
    check_period(start, end)
    check_target(out)
    with read_snapshot():
        found = clients.by_name(client) if client else None
        company = settings.get("company_name")
        result = what_worked_data.collect(start, end, found["id"] if found else None)
    interventions = what_worked_data.intervention_rows(result)
    programs = what_worked_data.summary_rows(result["by_program"], "program")
    mentors = what_worked_data.summary_rows(result["by_mentor"], "mentor", "kind")
    by_client = what_worked_data.summary_rows(result["by_client"], "client", "kind")
    about = about_rows(start, end, found["name"] if found else None)
    counter = ProgressCounter(progress, len(interventions) + len(programs) + len(mentors)
                              + len(by_client) + len(about))
    scope = f" - {found['name']}" if found else ""
    footer = (f"Internal - what worked {start.isoformat()} to {end.isoformat()}{scope} - "
              f"{company}")
    wb = Workbook(write_only=True)
    wb.properties.title = "What worked"
    wb.properties.creator = company
    empty = "No interventions in this period"
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec("About", "tblAbout", [Column("Topic", width=16),
                                            Column("How it is done", width=100, wrap=True)],
                      about),
            SheetSpec("Interventions", "tblInterventions", [
                Column("Date", DATE_FORMAT, 12), Column("Kind"), Column("Intervention"),
                Column("Employee ID"), Column("Name"), Column("Client"), Column("Role"),
                Column("Measure"), Column("Unit", width=8),
                Column("Before from", DATE_FORMAT, 12), Column("After to", DATE_FORMAT, 12),
                Column("Before", FIGURE, 10), Column("After", FIGURE, 10),
                Column("Change", CHANGE, 10), Column("Comparison before", FIGURE, 11),
                Column("Comparison after", FIGURE, 11),
                Column("Comparison change", CHANGE, 11),
                Column("Comparison spread (SD)", FIGURE, 11),
                Column("Comparison people", "0", 11), Column("Difference", CHANGE, 11),
                Column("Verdict", width=12), Column("Warning", width=50, wrap=True),
            ], interventions, empty),
            SheetSpec("By program", "tblPrograms", _summary_columns("Program"), programs,
                      "No completed trainings in this period"),
            SheetSpec("By mentor", "tblMentors", _summary_columns("Mentor", "Kind"), mentors,
                      "No mentorships or coaching sessions in this period"),
            SheetSpec("By client", "tblClients", _summary_columns("Client", "Kind"), by_client,
                      empty),
        ], footer=footer, progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
