"""The mentoring program report for a period (internal).

Sheet "Mentors": per mentor, active mentees against capacity, sessions and hours in the
period, action items open (now) and done in the period. Sheet "Mentees": every mentorship
that ran during the period with the mentee's average rating before it started and since
(from its start to the end of the period or of the mentorship), from all feedback.
Everything it shows comes from `mentoring_data`, which holds the confidentiality rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from mentorapp.db import read_snapshot
from mentorapp.excel import mentoring_data
from mentorapp.excel.client_report import check_period
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.models import label
from mentorapp.services import settings
from mentorapp.translations import translator

RATING_FORMAT = "0.00"


def export_mentoring_report(start: dt.date, end: dt.date, out: Path | str, *,
                            progress: Callable[[int, int], None] | None = None,
                            language: str = "en") -> Path:
    """Write the mentoring program report for `start`..`end` (inclusive), in `language` (the
    window's; the command line writes English)."""
    check_period(start, end)
    check_target(out)
    tr = translator(language)
    _ = tr.gettext
    staff_word, external_word = _("Staff"), _("External coach")
    with read_snapshot():
        company = settings.get("company_name")
        mentors = [(name, staff_word if is_staff else external_word, capacity, taken,
                    taken / capacity if capacity else None, sessions, minutes / 60, *actions)
                   for name, is_staff, capacity, taken, sessions, minutes, *actions
                   in mentoring_data.mentor_rows(start, end)]
        mentees = [(mentor, emp, mentee, label(status, tr), started, ended, before, since,
                    since - before if None not in (before, since) else None)
                   for mentor, emp, mentee, status, started, ended, before, since
                   in mentoring_data.mentee_rows(start, end)]
    counter = ProgressCounter(progress, len(mentors) + len(mentees))
    footer = _("Internal - mentoring program {start} to {end} - {company}").format(
        start=start.isoformat(), end=end.isoformat(), company=company)
    wb = Workbook(write_only=True)
    wb.properties.title = _("Mentoring program report")
    wb.properties.creator = company
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec(_("Mentors"), "tblMentors", [
                Column(_("Mentor")), Column(_("Type")), Column(_("Capacity"), "0", 10),
                Column(_("Active mentees"), "0", 10), Column(_("Use of capacity"), "0%", 10),
                Column(_("Sessions in period"), "0", 10),
                Column(_("Hours in period"), "0.0", 10),
                Column(_("Action items open"), "0", 10),
                Column(_("Action items done in period"), "0", 12),
            ], mentors, _("No mentors")),
            SheetSpec(_("Mentees"), "tblMentees", [
                Column(_("Mentor")), Column(_("Employee ID")), Column(_("Mentee")),
                Column(_("Status")), Column(_("Started"), DATE_FORMAT, 12),
                Column(_("Ended"), DATE_FORMAT, 12),
                Column(_("Rating before"), RATING_FORMAT, 10),
                Column(_("Rating since start"), RATING_FORMAT, 11),
                Column(_("Change"), "+0.00;-0.00;0.00", 9),
            ], mentees, _("No mentorships in this period")),
        ], footer=footer, page=_(PAGE_NUMBERS), progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
