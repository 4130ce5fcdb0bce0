"""The training matrix: staff by training program, with status and completion date.

Sheet "Matrix": one row per staff member, one column per program (mandatory programs marked
"(mandatory)"); a cell holds the status of the person's latest enrollment, coloured: expired
certifications red, certifications expiring within `EXPIRING_DAYS` amber, completed green,
mandatory programs never taken "Missing" in red. Sheet "Details": one row per enrollment with
the dates. Staff: not archived and not resigned; with `client`, those currently on its account.
Everything it shows comes from `training_matrix_data`, which holds the confidentiality rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from mentorapp.db import read_snapshot
from mentorapp.excel import training_matrix_data
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import (
    DATE_FORMAT,
    Styled,
    check_target,
    discarded_on_error,
    save_workbook,
)
from mentorapp.excel.sheets import FONT, PAGE_NUMBERS, Column, SheetSpec, write_sheets
from mentorapp.models import label
from mentorapp.services import clients, settings
from mentorapp.translations import N_, Translator, translator

EXPIRING_DAYS = 60
EXPIRED_FILL = PatternFill("solid", start_color="F8CBAD")
EXPIRING_FILL = PatternFill("solid", start_color="FFE699")
COMPLETED_FILL = PatternFill("solid", start_color="C6EFCE")
MISSING_FONT = Font(**FONT, color="C00000", bold=True)


EXPIRED, EXPIRES_SOON = N_("Expired"), N_("Expires soon")


def cert_state(expires_on: dt.date | None, today: dt.date) -> str:
    """EXPIRED, EXPIRES_SOON or '' for a completed enrollment's expiry date (English: the
    sheets write it translated)."""
    if expires_on is None:
        return ""
    if expires_on < today:
        return EXPIRED
    return EXPIRES_SOON if expires_on <= today + dt.timedelta(days=EXPIRING_DAYS) else ""


def export_training_matrix(out: Path | str, *, client: str | None = None,
                           progress: Callable[[int, int], None] | None = None,
                           today: dt.date | None = None, language: str = "en") -> Path:
    """Write the matrix for everyone, or for the staff currently on `client`'s account, in
    `language` (the window's; the command line writes English)."""
    tr = translator(language)
    today = today or dt.date.today()
    with read_snapshot():
        client_id = clients.by_name(client)["id"] if client else None
        check_target(out)
        company = settings.get("company_name")
        people = training_matrix_data.staff(client_id)
        enrollments = training_matrix_data.latest_enrollments(client_id)
        programs = training_matrix_data.programs(client_id,
                                                 {program for _, program in enrollments})
    counter = ProgressCounter(progress, len(people) + len(enrollments))
    footer = (tr.gettext("Internal - training matrix for {client} - {company}") if client
              else tr.gettext("Internal - training matrix - {company}")
              ).format(client=client, company=company)
    wb = Workbook(write_only=True)
    wb.properties.title = tr.gettext("Training matrix")
    wb.properties.creator = company
    with discarded_on_error(wb):
        write_sheets(wb, [_matrix_sheet(tr, people, programs, enrollments, today),
                          _details_sheet(tr, people, programs, enrollments, today)],
                     footer=footer, page=tr.gettext(PAGE_NUMBERS), progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)


def _program_header(tr: Translator, name: str, mandatory: bool) -> str:
    return tr.gettext("{program} (mandatory)").format(program=name) if mandatory else name


def _cell(tr: Translator, enrollment, mandatory: bool, today: dt.date):
    if enrollment is None:
        return Styled(tr.gettext("Missing"), font=MISSING_FONT) if mandatory else None
    status, _, done, expires = enrollment
    state = cert_state(expires, today) if status == "completed" else ""
    if state == EXPIRED:
        return Styled(tr.gettext(EXPIRED), fill=EXPIRED_FILL)
    if status == "completed":
        # An ISO date: the cell stays narrow and the column sorts by it.
        text = (tr.gettext("Completed {date}").format(date=done.isoformat()) if done
                else tr.gettext("Completed"))
        return Styled(text, fill=EXPIRING_FILL if state else COMPLETED_FILL)
    return label(status, tr)


def _matrix_sheet(tr: Translator, people, programs, enrollments, today) -> SheetSpec:
    _ = tr.gettext
    columns = [Column(_("Employee ID")), Column(_("Name")), Column(_("Client")),
               Column(_("Team"))]
    columns += [Column(_program_header(tr, name, mandatory),
                       width=max(12, min(len(name) + 2, 22)))
                for _id, name, mandatory in programs]
    rows = ([*person[1:],
             *(_cell(tr, enrollments.get((person[0], program_id)), mandatory, today)
               for program_id, _name, mandatory in programs)]
            for person in people)
    return SheetSpec(_("Matrix"), "tblMatrix", columns, rows, _("No staff"))


def _details_sheet(tr: Translator, people, programs, enrollments, today) -> SheetSpec:
    _ = tr.gettext
    names = {p[0]: p for p in people}
    program_names = {program_id: (name, mandatory) for program_id, name, mandatory in programs}
    yes = _("Yes")
    rows = []
    for (staff_id, program_id), (status, start, done, expires) in enrollments.items():
        person, program = names.get(staff_id), program_names.get(program_id)
        if person is None or program is None:
            continue
        state = cert_state(expires, today) if status == "completed" else ""
        rows.append((person[1], person[2], person[3], program[0], yes if program[1] else "",
                     label(status, tr), start, done, expires, _(state)))
    rows.sort(key=lambda r: (r[1].lower(), r[0], r[3].lower()))
    return SheetSpec(_("Details"), "tblDetails",
                     [Column(_("Employee ID")), Column(_("Name")), Column(_("Client")),
                      Column(_("Program")), Column(_("Mandatory"), width=11),
                      Column(_("Status")), Column(_("Start"), DATE_FORMAT, 12),
                      Column(_("Completed"), DATE_FORMAT, 12),
                      Column(_("Expires"), DATE_FORMAT, 12), Column(_("Certificate"))],
                     rows, _("No training recorded"))
