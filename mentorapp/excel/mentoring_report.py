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
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets
from mentorapp.models import label
from mentorapp.services import settings

RATING_FORMAT = "0.00"


def export_mentoring_report(start: dt.date, end: dt.date, out: Path | str, *,
                            progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the mentoring program report for `start`..`end` (inclusive)."""
    check_period(start, end)
    check_target(out)
    with read_snapshot():
        company = settings.get("company_name")
        mentors = [(name, "Staff" if is_staff else "External coach", capacity, taken,
                    taken / capacity if capacity else None, sessions, minutes / 60, *actions)
                   for name, is_staff, capacity, taken, sessions, minutes, *actions
                   in mentoring_data.mentor_rows(start, end)]
        mentees = [(mentor, emp, mentee, label(status), started, ended, before, since,
                    since - before if None not in (before, since) else None)
                   for mentor, emp, mentee, status, started, ended, before, since
                   in mentoring_data.mentee_rows(start, end)]
    counter = ProgressCounter(progress, len(mentors) + len(mentees))
    footer = f"Internal - mentoring program {start.isoformat()} to {end.isoformat()} - {company}"
    wb = Workbook(write_only=True)
    wb.properties.title = "Mentoring program report"
    wb.properties.creator = company
    with discarded_on_error(wb):
        write_sheets(wb, [
            SheetSpec("Mentors", "tblMentors", [
                Column("Mentor"), Column("Type"), Column("Capacity", "0", 10),
                Column("Active mentees", "0", 10), Column("Use of capacity", "0%", 10),
                Column("Sessions in period", "0", 10), Column("Hours in period", "0.0", 10),
                Column("Action items open", "0", 10),
                Column("Action items done in period", "0", 12),
            ], mentors, "No mentors"),
            SheetSpec("Mentees", "tblMentees", [
                Column("Mentor"), Column("Employee ID"), Column("Mentee"), Column("Status"),
                Column("Started", DATE_FORMAT, 12), Column("Ended", DATE_FORMAT, 12),
                Column("Rating before", RATING_FORMAT, 10),
                Column("Rating since start", RATING_FORMAT, 11),
                Column("Change", "+0.00;-0.00;0.00", 9),
            ], mentees, "No mentorships in this period"),
        ], footer=footer, progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
