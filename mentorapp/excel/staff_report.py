"""The staff development report: the internal picture of one person (never for clients).

Everything it shows comes from `staff_data`, which holds the confidentiality rules. Private
mentoring notes are left out unless `include_private` is set; then they get a column of
their own in the Sessions sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from mentorapp.db import read_snapshot
from mentorapp.excel import staff_data
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets
from mentorapp.models import label
from mentorapp.services import settings


def _labels(rows, *indexes):
    """Rows with the choice codes at `indexes` turned into display words."""
    for row in rows:
        row = list(row)
        for i in indexes:
            row[i] = label(row[i])
        yield row


def _mentor_name(mentor_staff_first, mentor_staff_last, external):
    return f"{mentor_staff_first} {mentor_staff_last}" if mentor_staff_first else external


def export_staff_report(employee_id: str, out: Path | str, *, include_private: bool = False,
                        progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the development report of the staff member with `employee_id`."""
    with read_snapshot():
        person = staff_data.person(employee_id)
        check_target(out)
        name = f"{person['first_name']} {person['last_name']}"
        company = settings.get("company_name")
        footer = f"Internal and confidential - {name} ({person['employee_id']}) - {company}"
        counter = ProgressCounter(progress, 0)
        wb = Workbook(write_only=True)
        wb.properties.title = f"Development report: {name}"
        wb.properties.creator = company
        with discarded_on_error(wb):
            write_sheets(wb, _sheets(person, name, include_private), footer=footer,
                         progress=counter.advance)
            counter.finish()
    return save_workbook(wb, out)


def _sheets(person: dict, name: str, include_private: bool):
    """The report's sheets, in order."""
    staff_id = person["id"]
    history = staff_data.client_history(staff_id)
    current = next((a for a in history if a["end_date"] is None), None)
    mentor = staff_data.current_mentor(staff_id)
    profile = [("Employee ID", person["employee_id"]), ("Name", name),
               ("Email", person["email"]), ("Job title", person["job_title"]),
               ("Team", person["team"]), ("Site", person["site"]),
               ("Hire date", person["hire_date"]), ("Status", label(person["status"])),
               ("Current client", current["client_name"] if current else "None"),
               ("Role on the account", current["role"] if current else ""),
               ("Mentor", _mentor_name(*mentor) if mentor else "None"),
               ("Report date", dt.date.today())]
    yield SheetSpec("Profile", "tblProfile",
                    [Column("Field", width=22), Column("Value", width=50)], profile, "")
    yield SheetSpec("Client history", "tblClientHistory",
                    [Column("Client"), Column("Role"), Column("From", DATE_FORMAT, 12),
                     Column("To", DATE_FORMAT, 12)],
                    [(a["client_name"], a["role"], a["start_date"], a["end_date"])
                     for a in history],
                    "Never assigned to a client")
    yield SheetSpec("Career goals", "tblGoals",
                    [Column("Goal"), Column("Kind"), Column("Horizon"),
                     Column("Target date", DATE_FORMAT, 12), Column("Status"),
                     Column("Progress", "0%", 10, center=True),
                     Column("Description", wrap=True)],
                    ((t, label(k), label(h), d, label(s), p / 100, desc)
                     for t, k, h, d, s, p, desc in staff_data.career_goals(staff_id)),
                    "No career goals recorded")
    yield SheetSpec("Self-assessments", "tblSelfAssessments",
                    [Column("Date", DATE_FORMAT, 12), Column("Strengths", wrap=True),
                     Column("Values", wrap=True), Column("Interests", wrap=True),
                     Column("Development areas", wrap=True)],
                    staff_data.self_assessments(staff_id), "No self-assessments recorded")
    yield SheetSpec("Check-ins", "tblCheckIns",
                    [Column("Date", DATE_FORMAT, 12), Column("Reviewer"),
                     Column("Notes", wrap=True), Column("Next check-in", DATE_FORMAT, 13)],
                    staff_data.check_ins(staff_id), "No check-ins recorded")
    yield from _mentoring_sheets(staff_id, include_private)
    yield SheetSpec("Training", "tblTraining",
                    [Column("Program"), Column("Type"), Column("Status"),
                     Column("Start", DATE_FORMAT, 12), Column("Completed", DATE_FORMAT, 12),
                     Column("Hours", "0.0", 8), Column("Score", "0.0", 8),
                     Column("Valid until", DATE_FORMAT, 12), Column("Funded by")],
                    _labels(staff_data.training(staff_id), 1, 2, 8), "No training recorded")
    yield SheetSpec("Feedback", "tblFeedback",
                    [Column("Date", DATE_FORMAT, 12), Column("Client"), Column("Source"),
                     Column("Kind"), Column("Visibility"), Column("From"),
                     Column("Rating", "0", 8, center=True),
                     Column("Strengths", wrap=True), Column("To improve", wrap=True),
                     Column("Comment", wrap=True)],
                    _labels(staff_data.feedback(staff_id), 2, 3, 4), "No feedback recorded")
    yield SheetSpec("Responsibilities", "tblResponsibilities",
                    [Column("Responsibility"), Column("Assigned", DATE_FORMAT, 12),
                     Column("Status"), Column("Aligned to role"), Column("Career goal"),
                     Column("Outcome", wrap=True)],
                    ((t, d, label(s), "Yes" if a else "No", g, o)
                     for t, d, s, a, g, o in staff_data.responsibilities(staff_id)),
                    "No responsibilities recorded")


def _mentoring_sheets(staff_id: int, include_private: bool):
    yield SheetSpec("Mentorships", "tblMentorships",
                    [Column("Mentor"), Column("Status"), Column("Start", DATE_FORMAT, 12),
                     Column("End", DATE_FORMAT, 12), Column("Focus", wrap=True)],
                    ((_mentor_name(f, la, x), label(s), b, e, focus)
                     for f, la, x, s, b, e, focus in staff_data.mentorships(staff_id)),
                    "No mentorships")
    columns = [Column("Date", DATE_FORMAT, 12), Column("Mentor"),
               Column("Minutes", "0", 9, center=True),
               Column("Format"), Column("Topics", wrap=True), Column("Shared notes", wrap=True)]
    if include_private:
        columns.append(Column("Private notes", wrap=True))
    yield SheetSpec("Sessions", "tblSessions", columns,
                    ((day, _mentor_name(f, la, x), minutes, label(fmt), *rest)
                     for day, f, la, x, minutes, fmt, *rest
                     in staff_data.sessions(staff_id, include_private)),
                    "No mentoring sessions")
    yield SheetSpec("Action items", "tblActionItems",
                    [Column("Action", wrap=True), Column("Owner"), Column("Due", DATE_FORMAT, 12),
                     Column("Done", DATE_FORMAT, 12), Column("Status")],
                    ((text, label(owner), due, done, "Done" if done else "Open")
                     for text, owner, due, done in staff_data.action_items(staff_id)),
                    "No action items")
