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
from mentorapp.excel.sheets import PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.models import label
from mentorapp.services import settings
from mentorapp.translations import Translator, translator


def _labels(tr: Translator, rows, *indexes):
    """Rows with the choice codes at `indexes` turned into display words."""
    for row in rows:
        row = list(row)
        for i in indexes:
            row[i] = label(row[i], tr)
        yield row


def _mentor_name(mentor_staff_first, mentor_staff_last, external):
    return f"{mentor_staff_first} {mentor_staff_last}" if mentor_staff_first else external


def export_staff_report(employee_id: str, out: Path | str, *, include_private: bool = False,
                        progress: Callable[[int, int], None] | None = None,
                        language: str = "en") -> Path:
    """Write the development report of the staff member with `employee_id`, in `language`
    (the window's; the command line writes English)."""
    tr = translator(language)
    with read_snapshot():
        person = staff_data.person(employee_id)
        check_target(out)
        name = f"{person['first_name']} {person['last_name']}"
        company = settings.get("company_name")
        footer = tr.gettext("Internal and confidential - {name} ({employee_id}) - {company}"
                            ).format(name=name, employee_id=person["employee_id"],
                                     company=company)
        counter = ProgressCounter(progress, 0)
        wb = Workbook(write_only=True)
        wb.properties.title = tr.gettext("Development report: {name}").format(name=name)
        wb.properties.creator = company
        with discarded_on_error(wb):
            write_sheets(wb, _sheets(tr, person, name, include_private), footer=footer,
                         page=tr.gettext(PAGE_NUMBERS), progress=counter.advance)
            counter.finish()
    return save_workbook(wb, out)


def _sheets(tr: Translator, person: dict, name: str, include_private: bool):
    """The report's sheets, in order."""
    _ = tr.gettext
    staff_id = person["id"]
    history = staff_data.client_history(staff_id)
    current = next((a for a in history if a["end_date"] is None), None)
    mentor = staff_data.current_mentor(staff_id)
    nobody = _("None")
    profile = [(_("Employee ID"), person["employee_id"]), (_("Name"), name),
               (_("Email"), person["email"]), (_("Job title"), person["job_title"]),
               (_("Team"), person["team"]), (_("Site"), person["site"]),
               (_("Hire date"), person["hire_date"]),
               (_("Status"), label(person["status"], tr)),
               (_("Current client"), current["client_name"] if current else nobody),
               (_("Role on the account"), current["role"] if current else ""),
               (_("Mentor"), _mentor_name(*mentor) if mentor else nobody),
               (_("Report date"), dt.date.today())]
    yield SheetSpec(_("Profile"), "tblProfile",
                    [Column(_("Field"), width=22), Column(_("Value"), width=50)], profile, "")
    yield SheetSpec(_("Client history"), "tblClientHistory",
                    [Column(_("Client")), Column(_("Role")), Column(_("From"), DATE_FORMAT, 12),
                     Column(_("To"), DATE_FORMAT, 12)],
                    [(a["client_name"], a["role"], a["start_date"], a["end_date"])
                     for a in history],
                    _("Never assigned to a client"))
    yield SheetSpec(_("Career goals"), "tblGoals",
                    [Column(_("Goal")), Column(_("Kind")), Column(_("Horizon")),
                     Column(_("Target date"), DATE_FORMAT, 12), Column(_("Status")),
                     Column(_("Progress"), "0%", 10, center=True),
                     Column(_("Description"), wrap=True)],
                    ((t, label(k, tr), label(h, tr), d, label(s, tr), p / 100, desc)
                     for t, k, h, d, s, p, desc in staff_data.career_goals(staff_id)),
                    _("No career goals recorded"))
    yield SheetSpec(_("Self-assessments"), "tblSelfAssessments",
                    [Column(_("Date"), DATE_FORMAT, 12), Column(_("Strengths"), wrap=True),
                     Column(_("Values"), wrap=True), Column(_("Interests"), wrap=True),
                     Column(_("Development areas"), wrap=True)],
                    staff_data.self_assessments(staff_id), _("No self-assessments recorded"))
    yield SheetSpec(_("Check-ins"), "tblCheckIns",
                    [Column(_("Date"), DATE_FORMAT, 12), Column(_("Reviewer")),
                     Column(_("Notes"), wrap=True), Column(_("Next check-in"), DATE_FORMAT, 13)],
                    staff_data.check_ins(staff_id), _("No check-ins recorded"))
    yield from _mentoring_sheets(tr, staff_id, include_private)
    yield SheetSpec(_("Training"), "tblTraining",
                    [Column(_("Program")), Column(_("Type")), Column(_("Status")),
                     Column(_("Start"), DATE_FORMAT, 12), Column(_("Completed"), DATE_FORMAT, 12),
                     Column(_("Hours"), "0.0", 8), Column(_("Score"), "0.0", 8),
                     Column(_("Valid until"), DATE_FORMAT, 12), Column(_("Funded by"))],
                    _labels(tr, staff_data.training(staff_id), 1, 2, 8),
                    _("No training recorded"))
    yield SheetSpec(_("Feedback"), "tblFeedback",
                    [Column(_("Date"), DATE_FORMAT, 12), Column(_("Client")), Column(_("Source")),
                     Column(_("Kind")), Column(_("Visibility")), Column(_("From")),
                     Column(_("Rating"), "0", 8, center=True),
                     Column(_("Strengths"), wrap=True), Column(_("To improve"), wrap=True),
                     Column(_("Comment"), wrap=True)],
                    _labels(tr, staff_data.feedback(staff_id), 2, 3, 4),
                    _("No feedback recorded"))
    yes, no = _("Yes"), _("No")
    yield SheetSpec(_("Responsibilities"), "tblResponsibilities",
                    [Column(_("Responsibility")), Column(_("Assigned"), DATE_FORMAT, 12),
                     Column(_("Status")), Column(_("Aligned to role")), Column(_("Career goal")),
                     Column(_("Outcome"), wrap=True)],
                    ((t, d, label(s, tr), yes if a else no, g, o)
                     for t, d, s, a, g, o in staff_data.responsibilities(staff_id)),
                    _("No responsibilities recorded"))


def _mentoring_sheets(tr: Translator, staff_id: int, include_private: bool):
    _ = tr.gettext
    yield SheetSpec(_("Mentorships"), "tblMentorships",
                    [Column(_("Mentor")), Column(_("Status")), Column(_("Start"), DATE_FORMAT, 12),
                     Column(_("End"), DATE_FORMAT, 12), Column(_("Focus"), wrap=True)],
                    ((_mentor_name(f, la, x), label(s, tr), b, e, focus)
                     for f, la, x, s, b, e, focus in staff_data.mentorships(staff_id)),
                    _("No mentorships"))
    columns = [Column(_("Date"), DATE_FORMAT, 12), Column(_("Mentor")),
               Column(_("Minutes"), "0", 9, center=True),
               Column(_("Format")), Column(_("Topics"), wrap=True),
               Column(_("Shared notes"), wrap=True)]
    if include_private:
        columns.append(Column(_("Private notes"), wrap=True))
    yield SheetSpec(_("Sessions"), "tblSessions", columns,
                    ((day, _mentor_name(f, la, x), minutes, label(fmt, tr), *rest)
                     for day, f, la, x, minutes, fmt, *rest
                     in staff_data.sessions(staff_id, include_private)),
                    _("No mentoring sessions"))
    done_word, open_word = _("Done"), _("Open")
    yield SheetSpec(_("Action items"), "tblActionItems",
                    [Column(_("Action"), wrap=True), Column(_("Owner")),
                     Column(_("Due"), DATE_FORMAT, 12), Column(_("Done"), DATE_FORMAT, 12),
                     Column(_("Status"))],
                    ((text, label(owner, tr), due, done, done_word if done else open_word)
                     for text, owner, due, done in staff_data.action_items(staff_id)),
                    _("No action items"))
