"""The training matrix: staff by training program, with status and completion date.

Sheet "Matrix": one row per staff member, one column per program (mandatory programs marked
"(mandatory)"); a cell holds the status of the person's latest enrollment, coloured: expired
certifications red, certifications expiring within `EXPIRING_DAYS` amber, completed green,
mandatory programs never taken "Missing" in red. Sheet "Details": one row per enrollment with
the dates. Staff: not archived and not resigned; with `client`, those currently on its account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from peewee import JOIN

from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import (
    DATE_FORMAT,
    check_target,
    discarded_on_error,
    save_workbook,
    write_only_cell,
)
from mentorapp.excel.sheets import FONT, Column, TableSheet
from mentorapp.models import Assignment, Client, Enrollment, Staff, TrainingProgram, label
from mentorapp.services import clients, settings

EXPIRING_DAYS = 60
EXPIRED_FILL = PatternFill("solid", start_color="F8CBAD")
EXPIRING_FILL = PatternFill("solid", start_color="FFE699")
COMPLETED_FILL = PatternFill("solid", start_color="C6EFCE")
MISSING_FONT = Font(**FONT, color="C00000", bold=True)
CurrentClient = Client.alias("current_client")


def cert_state(expires_on: dt.date | None, today: dt.date) -> str:
    """'Expired', 'Expires soon' or '' for a completed enrollment's expiry date."""
    if expires_on is None:
        return ""
    if expires_on < today:
        return "Expired"
    return "Expires soon" if expires_on <= today + dt.timedelta(days=EXPIRING_DAYS) else ""


def export_training_matrix(out: Path | str, *, client: str | None = None,
                           progress: Callable[[int, int], None] | None = None,
                           today: dt.date | None = None) -> Path:
    """Write the matrix for everyone, or for the staff currently on `client`'s account."""
    today = today or dt.date.today()
    client_id = clients.by_name(client)["id"] if client else None
    check_target(out)
    company = settings.get("company_name")
    people = _staff(client_id)
    on_account = (Assignment.select(Assignment.staff)
                  .where(Assignment.client == client_id, Assignment.end_date.is_null())
                  if client_id else None)
    enrollments = _latest_enrollments(on_account)
    programs = _programs(client_id, {program for _, program in enrollments})
    counter = ProgressCounter(progress, len(people) + len(enrollments))
    footer = (f"Internal - training matrix{' for ' + client if client else ''} - {company}")
    wb = Workbook(write_only=True)
    wb.properties.title = "Training matrix"
    wb.properties.creator = company
    with discarded_on_error(wb):
        _matrix_sheet(wb, people, programs, enrollments, today, footer, counter)
        _details_sheet(wb, people, programs, enrollments, today, footer, counter)
        counter.finish()
    return save_workbook(wb, out)


def _staff(client_id: int | None) -> list[tuple]:
    """(id, employee ID, name, current client, team) of the staff in the matrix, by name."""
    query = (Staff.select(Staff.id, Staff.employee_id,
                          Staff.first_name.concat(" ").concat(Staff.last_name),
                          CurrentClient.name, Staff.team)
             .join(Assignment, JOIN.LEFT_OUTER,
                   on=((Assignment.staff == Staff.id) & Assignment.end_date.is_null()))
             .join(CurrentClient, JOIN.LEFT_OUTER, on=(Assignment.client == CurrentClient.id))
             .where(Staff.archived == False, Staff.status != "resigned")  # noqa: E712
             .order_by(Staff.last_name, Staff.first_name, Staff.employee_id))
    if client_id:
        query = query.where(Assignment.client == client_id)
    return list(query.tuples())


def _latest_enrollments(staff_ids) -> dict[tuple[int, int], tuple]:
    """{(staff id, program id): (status, start, completed, expires)} of the latest enrollment
    (by start or completion date) per person and program; cancelled ones do not count."""
    query = (Enrollment.select(Enrollment.staff, Enrollment.program, Enrollment.status,
                               Enrollment.start_date, Enrollment.completed_date,
                               Enrollment.expires_on)
             .where(Enrollment.archived == False,  # noqa: E712
                    Enrollment.status != "cancelled")
             .order_by(Enrollment.id))
    if staff_ids is not None:
        query = query.where(Enrollment.staff.in_(staff_ids))
    latest: dict[tuple[int, int], tuple] = {}
    for staff_id, program, status, start, done, expires in query.tuples().iterator():
        key, when = (staff_id, program), done or start or dt.date.min
        kept = latest.get(key)
        if kept is None or when >= (kept[2] or kept[1] or dt.date.min):
            latest[key] = (status, start, done, expires)
    return latest


def _programs(client_id: int | None, taken: set[int]) -> list[tuple]:
    """(id, name, mandatory) of the programs shown: mandatory ones and any taken."""
    query = (TrainingProgram.select(TrainingProgram.id, TrainingProgram.name,
                                    TrainingProgram.mandatory)
             .where(TrainingProgram.archived == False)  # noqa: E712
             .order_by(TrainingProgram.mandatory.desc(), TrainingProgram.name))
    if client_id:
        query = query.where(TrainingProgram.client.is_null()
                            | (TrainingProgram.client == client_id))
    return [p for p in query.tuples() if p[2] or p[0] in taken]


def _program_header(name: str, mandatory: bool) -> str:
    return f"{name} (mandatory)" if mandatory else name


def _matrix_sheet(wb, people, programs, enrollments, today, footer, counter) -> None:
    columns = [Column("Employee ID"), Column("Name"), Column("Client"), Column("Team")]
    columns += [Column(_program_header(name, mandatory), width=max(12, min(len(name) + 2, 22)))
                for _, name, mandatory in programs]
    sheet = TableSheet(wb, "Matrix", columns, table_name="tblMatrix", footer=footer)
    ws = sheet.ws

    def cell(enrollment, mandatory):
        if enrollment is None:
            return write_only_cell(ws, "Missing", font=MISSING_FONT) if mandatory else None
        status, _, done, expires = enrollment
        state = cert_state(expires, today) if status == "completed" else ""
        if state == "Expired":
            return write_only_cell(ws, "Expired", fill=EXPIRED_FILL)
        if status == "completed":
            text = f"Completed {done.isoformat()}" if done else "Completed"
            return write_only_cell(ws, text, fill=EXPIRING_FILL if state else COMPLETED_FILL)
        return label(status)

    rows = ([*person[1:],
             *(cell(enrollments.get((person[0], program_id)), mandatory)
               for program_id, _, mandatory in programs)]
            for person in people)
    sheet.write(rows, empty_text="No staff", progress=counter.advance)


def _details_sheet(wb, people, programs, enrollments, today, footer, counter) -> None:
    names = {p[0]: p for p in people}
    program_names = {program_id: (name, mandatory) for program_id, name, mandatory in programs}
    rows = []
    for (staff_id, program_id), (status, start, done, expires) in enrollments.items():
        person, program = names.get(staff_id), program_names.get(program_id)
        if person is None or program is None:
            continue
        rows.append((person[1], person[2], person[3], program[0], "Yes" if program[1] else "",
                     label(status), start, done, expires,
                     cert_state(expires, today) if status == "completed" else ""))
    rows.sort(key=lambda r: (r[1].lower(), r[0], r[3].lower()))
    TableSheet(wb, "Details", [Column("Employee ID"), Column("Name"), Column("Client"),
                               Column("Program"), Column("Mandatory", width=11),
                               Column("Status"), Column("Start", DATE_FORMAT, 12),
                               Column("Completed", DATE_FORMAT, 12),
                               Column("Expires", DATE_FORMAT, 12), Column("Certificate")],
               table_name="tblDetails", footer=footer).write(
        rows, empty_text="No training recorded", progress=counter.advance)
