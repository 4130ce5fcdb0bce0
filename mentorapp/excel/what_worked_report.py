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
from mentorapp.excel.sheets import PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.services import clients, settings, what_worked
from mentorapp.translations import Translator, translator

FIGURE = "#,##0.00"
CHANGE = "+#,##0.00;-#,##0.00;0.00"


def about_rows(tr: Translator, start: dt.date, end: dt.date,
               client: str | None) -> list[tuple]:
    _ = tr.gettext
    dates = {"start": start.isoformat(), "end": end.isoformat()}
    minimum = effects.MIN_PEOPLE
    return [
        (_("Period"), _("Interventions dated {start} to {end}, of people placed on {client}"
                        ).format(**dates, client=client) if client
         else _("Interventions dated {start} to {end}").format(**dates)),
        (_("Interventions"), _("Completed trainings (completion date), mentorships (start date) "
                               "and coaching sessions that cite evidence (session date).")),
        (_("Windows"), _("The {months} whole months before the intervention's month and the "
                         "{months} after it; the month itself counts in neither.").format(
                             months=what_worked.WINDOW_MONTHS)),
        (_("Measures"), _("Competency rating: the average of every competency rating in the "
                          "window. Quality score: the average evaluation score. KPI: the mean "
                          "of the monthly figures. A coaching session is measured only on what "
                          "it cites.")),
        (_("Comparison"), _("People on the same client in the same role through both windows "
                            "who had no intervention of the same kind in them.")),
        (_("Difference"), _("The person's change minus the comparison group's average change "
                            "(difference-in-differences). Verdict: better or worse as the "
                            "measure counts it (for handling time, lower is better).")),
        (_("Too few to say"), _("Fewer than {minimum} comparison people (or, for a program, "
                                "mentor or client, fewer than {minimum} interventions): the "
                                "figure is shown with a warning and proves nothing on its own."
                                ).format(minimum=minimum)),
        (_("Spread"), _("The standard deviation of the differences (of the comparison group's "
                        "changes on the Interventions sheet).")),
    ]


def _summary_columns(tr: Translator, *groups: str) -> list[Column]:
    _ = tr.gettext
    return [*(Column(g) for g in groups), Column(_("Measure")), Column(_("Unit"), width=8),
            Column(_("Interventions"), "0", 12), Column(_("Comparison people"), "0", 12),
            Column(_("Mean difference"), CHANGE, 12), Column(_("Spread (SD)"), FIGURE, 10),
            Column(_("Verdict"), width=12), Column(_("Warning"), width=50, wrap=True)]


def export_what_worked_report(start: dt.date, end: dt.date, out: Path | str, *,
                              client: str | None = None,
                              progress: Callable[[int, int], None] | None = None,
                              language: str = "en") -> Path:
    """Write the What worked workbook for interventions dated `start`..`end` (of the people
    placed on the client named `client`, when given), in `language` (the window's; the
    command line writes English)."""
    check_period(start, end)
    check_target(out)
    tr = translator(language)
    _ = tr.gettext
    with read_snapshot():
        found = clients.by_name(client) if client else None
        company = settings.get("company_name")
        result = what_worked_data.collect(start, end, tr, found["id"] if found else None)
    interventions = what_worked_data.intervention_rows(result, tr)
    programs = what_worked_data.summary_rows(result["by_program"], tr, "program")
    mentors = what_worked_data.summary_rows(result["by_mentor"], tr, "mentor", "kind")
    by_client = what_worked_data.summary_rows(result["by_client"], tr, "client", "kind")
    about = about_rows(tr, start, end, found["name"] if found else None)
    counter = ProgressCounter(progress, len(interventions) + len(programs) + len(mentors)
                              + len(by_client) + len(about))
    dates = {"start": start.isoformat(), "end": end.isoformat(), "company": company}
    footer = (_("Internal - what worked {start} to {end} - {client} - {company}").format(
        **dates, client=found["name"]) if found
        else _("Internal - what worked {start} to {end} - {company}").format(**dates))
    wb = Workbook(write_only=True)
    wb.properties.title = _("What worked")
    wb.properties.creator = company
    empty = _("No interventions in this period")
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec(_("About"), "tblAbout", [Column(_("Topic"), width=16),
                                               Column(_("How it is done"), width=100,
                                                      wrap=True)],
                      about),
            SheetSpec(_("Interventions"), "tblInterventions", [
                Column(_("Date"), DATE_FORMAT, 12), Column(_("Kind")),
                Column(_("Intervention")), Column(_("Employee ID")), Column(_("Name")),
                Column(_("Client")), Column(_("Role")), Column(_("Measure")),
                Column(_("Unit"), width=8),
                Column(_("Before from"), DATE_FORMAT, 12), Column(_("After to"), DATE_FORMAT, 12),
                Column(_("Before"), FIGURE, 10), Column(_("After"), FIGURE, 10),
                Column(_("Change"), CHANGE, 10), Column(_("Comparison before"), FIGURE, 11),
                Column(_("Comparison after"), FIGURE, 11),
                Column(_("Comparison change"), CHANGE, 11),
                Column(_("Comparison spread (SD)"), FIGURE, 11),
                Column(_("Comparison people"), "0", 11), Column(_("Difference"), CHANGE, 11),
                Column(_("Verdict"), width=12), Column(_("Warning"), width=50, wrap=True),
            ], interventions, empty),
            SheetSpec(_("By program"), "tblPrograms", _summary_columns(tr, _("Program")),
                      programs, _("No completed trainings in this period")),
            SheetSpec(_("By mentor"), "tblMentors", _summary_columns(tr, _("Mentor"), _("Kind")),
                      mentors, _("No mentorships or coaching sessions in this period")),
            SheetSpec(_("By client"), "tblClients", _summary_columns(tr, _("Client"), _("Kind")),
                      by_client, empty),
        ], footer=footer, page=_(PAGE_NUMBERS), progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
