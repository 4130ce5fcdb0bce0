"""Roster import: staff by employee ID, their current client assignment and their mentor.

A staff member already in the database (same employee ID, ignoring case) is updated, not
duplicated. A filled-in cell replaces the stored value; an empty cell leaves it as it is, so a
sheet with a few columns never wipes the others. The assignment follows the staff service:
one open assignment per person; a new client (or role) ends the current one the day before
today and opens a new one from today (one opened today is corrected in place instead). A
mentor makes an active mentorship, completing any other active one of that person.
"""

from __future__ import annotations

import datetime as dt

from mentorapp import bulk
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import (
    AuditLog,
    Column,
    Importer,
    Progress,
    insert_records,
    report_check,
)
from mentorapp.models import Assignment, Client, Mentor, Mentorship, Staff
from mentorapp.services import clients, mentoring
from mentorapp.services import staff as staff_service
from mentorapp.services.fields import Text
from mentorapp.text import fold_key
from mentorapp.translations import _

STAFF_FIELDS = ("employee_id", "first_name", "last_name", "email", "job_title", "team", "site",
                "hire_date", "status")
STATUS_WORDS = ("active", "on leave", "resigned")


def staff_columns() -> list[Column]:
    rules = staff_service.entity.rules
    return [
        Column("Employee ID", "employee_id", rules["employee_id"],
               hint="The person's unique ID; a person already in MentorApp is updated"),
        Column("First Name", "first_name", rules["first_name"]),
        Column("Last Name", "last_name", rules["last_name"]),
        Column("Email", "email", rules["email"]),
        Column("Job Title", "job_title", rules["job_title"]),
        Column("Team", "team", rules["team"]),
        Column("Site", "site", rules["site"]),
        Column("Hire Date", "hire_date", rules["hire_date"], kind="date"),
        Column("Status", "status", rules["status"], choices=STATUS_WORDS,
               hint="active (the default), on leave or resigned"),
        Column("Client", "client", Text(max_length=200, multiline=False),
               hint="The client account the person works on now (a client name)"),
        Column("Role on Account", "role", staff_service.assignments.rules["role"]),
        Column("Mentor Employee ID", "mentor", Text(max_length=50, multiline=False),
               hint="Employee ID of the person's mentor (in MentorApp or in this file)"),
    ]


class StaffImport(Importer):
    kind = "staff"

    def __init__(self, result, *, create_clients=False):
        super().__init__(result, create_clients=create_clients)
        self._columns = staff_columns()
        self.existing = {fold_key(row["employee_id"]): row
                         for row in Staff.select(Staff.id, *[getattr(Staff, f)
                                                             for f in STAFF_FIELDS]).dicts()}
        self.current = {a.staff: a for a in Assignment.select(
            Assignment.id, Assignment.staff, Assignment.client, Assignment.role,
            Assignment.start_date).where(Assignment.end_date.is_null()).namedtuples()}
        self.clients = {fold_key(name): (cid, name, archived) for cid, name, archived in
                        Client.select(Client.id, Client.name, Client.archived).tuples()}
        self.new_clients: dict[str, str] = {}
        self.rows: list[tuple[int, dict, set[str]]] = []
        self.seen: dict[str, int] = {}

    def columns(self):
        return self._columns

    def check(self, number, clean, filled):
        key = fold_key(clean["employee_id"])
        if key in self.seen:
            self.problem(number, "employee_id", _("this employee ID is also on row {row}").format(
                row=self.seen[key]), clean["employee_id"])
        self.seen.setdefault(key, number)
        try:
            staff_service.entity.check(clean, None)
        except ValidationError as exc:
            report_check(self.result, number, exc, self._columns, clean)
        self._check_account(number, clean)
        # Kept even with a problem, so finish() checks its mentor in the same pass (nothing
        # is written when there is any problem).
        self.rows.append((number, clean, filled))

    def _check_account(self, number, clean):
        name = clean["client"]
        if name:
            found = self.clients.get(fold_key(name))
            if found is None and self.create_clients:
                self.new_clients.setdefault(fold_key(name), name)
            elif found is None:
                self.problem(number, "client", _("no client with this name; add the client "
                                                 "first, or let the import create new clients "
                                                 "(--create-clients)"), name)
            elif found[2]:
                self.problem(number, "client", _("this client is archived"), name)
        elif clean["role"]:
            self.problem(number, "role", _("a role needs a client in the Client column"),
                         clean["role"])

    def finish(self):
        for number, clean, _filled in self.rows:
            mentor = fold_key(clean["mentor"])
            if not mentor:
                continue
            if mentor == fold_key(clean["employee_id"]):
                self.problem(number, "mentor", _("a person cannot be their own mentor"),
                             clean["mentor"])
            elif mentor not in self.existing and mentor not in self.seen:
                self.problem(number, "mentor", _("no staff member with this employee ID"),
                             clean["mentor"])

    # -- writing -------------------------------------------------------------------------
    def write(self, progress: Progress | None):
        log = AuditLog()
        today = dt.date.today()
        for key, name in self.new_clients.items():
            self.clients[key] = (clients.create(name=name)["id"], name, False)
        changed_rows: set[int] = set()
        ids = self._write_staff(log, changed_rows)
        if progress:
            progress(1, 3)
        self._write_assignments(log, ids, today, changed_rows)
        if progress:
            progress(2, 3)
        self._write_mentors(ids, today, changed_rows)
        log.write()
        if progress:
            progress(3, 3)
        created = {number for number, clean, _ in self.rows
                   if fold_key(clean["employee_id"]) not in self.existing}
        self.result.created = len(created)
        self.result.updated = len(changed_rows - created)
        self.result.unchanged = len(self.rows) - len(created | changed_rows)

    def _write_staff(self, log: AuditLog, changed_rows: set[int]) -> dict[str, int]:
        """Insert new staff in bulk and update changed ones; returns {employee ID lower: id}."""
        ids = {key: row["id"] for key, row in self.existing.items()}
        new = [(number, clean) for number, clean, _ in self.rows
               if fold_key(clean["employee_id"]) not in self.existing]
        fresh_ids = bulk.next_ids(Staff, len(new))
        records = []
        for staff_id, (_number, clean) in zip(fresh_ids, new, strict=True):
            values = {f: clean[f] for f in STAFF_FIELDS}
            records.append((staff_id, *values.values()))
            ids[fold_key(clean["employee_id"])] = staff_id
            log.created("staff", staff_id, values)
        insert_records(Staff, ("id", *STAFF_FIELDS), records)
        for number, clean, filled in self.rows:
            old = self.existing.get(fold_key(clean["employee_id"]))
            if old is None:
                continue
            changes = {f: (old[f], clean[f]) for f in STAFF_FIELDS
                       if f in filled and f != "employee_id" and old[f] != clean[f]}
            if changes:
                values = {f: new for f, (_, new) in changes.items()}
                Staff.update({**values, **Staff.key_values({**old, **values})}).where(
                    Staff.id == old["id"]).execute()
                log.add("update", "staff", old["id"], changes)
                changed_rows.add(number)
        return ids

    def _write_assignments(self, log: AuditLog, ids: dict[str, int], today: dt.date,
                           changed_rows: set[int]) -> None:
        fresh = []
        for number, clean, filled in self.rows:
            if not clean["client"]:
                continue
            staff_id = ids[fold_key(clean["employee_id"])]
            client_id = self.clients[fold_key(clean["client"])][0]
            current = self.current.get(staff_id)
            role = clean["role"] if "role" in filled or current is None else current.role
            if current is not None and current.client == client_id and current.role == role:
                continue
            changed_rows.add(number)
            if current is not None and current.start_date >= today:
                changes = {k: (old, new) for k, old, new in
                           (("client", current.client, client_id),
                            ("role", current.role, role)) if old != new}
                Assignment.update({k: new for k, (_, new) in changes.items()}).where(
                    Assignment.id == current.id).execute()
                log.add("update", "assignment", current.id, changes)
                continue
            if current is not None:
                end = today - dt.timedelta(days=1)
                Assignment.update(end_date=end).where(Assignment.id == current.id).execute()
                log.add("update", "assignment", current.id, {"end_date": (None, end)})
            fresh.append((staff_id, client_id, role, today))
        fields = ("staff", "client", "role", "start_date")
        fresh_ids = bulk.next_ids(Assignment, len(fresh))
        insert_records(Assignment, ("id", *fields),
                         [(i, *values) for i, values in zip(fresh_ids, fresh, strict=True)])
        for assignment_id, values in zip(fresh_ids, fresh, strict=True):
            log.created("assignment", assignment_id, dict(zip(fields, values, strict=True)))

    def _write_mentors(self, ids: dict[str, int], today: dt.date, changed_rows: set[int]
                       ) -> None:
        """Mentorships through the mentoring service (few rows; it checks mentor capacity)."""
        wanted = [(number, clean) for number, clean, _ in self.rows if clean["mentor"]]
        if not wanted:
            return
        mentor_of_staff = {staff_id: mentor_id for mentor_id, staff_id in
                           Mentor.select(Mentor.id, Mentor.staff).where(
                               Mentor.staff.is_null(False)).tuples()}
        active: dict[int, list[tuple[int, int]]] = {}
        for mentorship_id, mentee, mentor_staff in (
                Mentorship.select(Mentorship.id, Mentorship.mentee, Mentor.staff)
                .join(Mentor).where(Mentorship.status == "active").tuples()):
            active.setdefault(mentee, []).append((mentorship_id, mentor_staff))
        for number, clean in wanted:
            mentee = ids[fold_key(clean["employee_id"])]
            mentor_staff = ids[fold_key(clean["mentor"])]
            if any(staff == mentor_staff for _, staff in active.get(mentee, ())):
                continue
            try:
                mentor_id = mentor_of_staff.get(mentor_staff)
                if mentor_id is None:
                    mentor_id = mentor_of_staff[mentor_staff] = mentoring.mentors.create(
                        staff=mentor_staff)["id"]
                for mentorship_id, _staff in active.get(mentee, ()):
                    mentoring.mentorships.update(mentorship_id, status="completed",
                                                 end_date=today)
                mentoring.mentorships.create(mentor=mentor_id, mentee=mentee, status="active",
                                             start_date=today)
            except ValidationError as exc:
                self.problem(number, "mentor", exc.detail, clean["mentor"])
                continue
            changed_rows.add(number)


def staff_id_lookup() -> dict[str, int]:
    """{employee ID's fold_key: staff id} for every staff member."""
    return dict(Staff.select(Staff.employee_key, Staff.id).tuples())
