"""Training records import: enrollments of staff (by employee ID) in programs (by name).

A row matches an existing enrollment with the same person, program and start date; that one
is updated (filled-in cells replace stored values, empty cells keep them), otherwise a new
enrollment is created. The enrollment rules of the training service apply to the merged
values (a completed course needs its completion date, the expiry follows the program).
"""

from __future__ import annotations

from mentorapp import bulk
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import (
    AuditLog,
    Column,
    Importer,
    Progress,
    insert_records,
    report_check,
    stored,
)
from mentorapp.excel.importing.staff import staff_id_lookup
from mentorapp.models import ENROLLMENT_STATUS_CHOICES, Enrollment, TrainingProgram, label
from mentorapp.queries import not_archived
from mentorapp.services import training
from mentorapp.services.fields import Choice, Text
from mentorapp.text import fold_key
from mentorapp.translations import _

FIELDS = ("status", "start_date", "completed_date", "score", "hours", "funded_by", "expires_on")
FUNDED_BY_WORDS = ("employer", "client", "self")


def training_columns(program_names: list[str] = ()) -> list[Column]:
    rules = training.enrollments.rules
    return [
        Column("Employee ID", "employee_id", Text(required=True, max_length=50, multiline=False)),
        Column("Program", "program", Text(required=True, max_length=200, multiline=False),
               choices=tuple(program_names), hint="A training program's name in MentorApp"),
        Column("Status", "status", Choice(ENROLLMENT_STATUS_CHOICES, required=True),
               choices=tuple(label(c).lower() for c in ENROLLMENT_STATUS_CHOICES)),
        Column("Start Date", "start_date", rules["start_date"], kind="date"),
        Column("Completed On", "completed_date", rules["completed_date"], kind="date",
               hint="Required when the status is completed"),
        Column("Score", "score", rules["score"], kind="number", hint="0 to 100"),
        Column("Hours", "hours", rules["hours"], kind="number"),
        Column("Funded By", "funded_by", rules["funded_by"], choices=FUNDED_BY_WORDS,
               hint="employer (the default), client or self"),
    ]


def program_names() -> list[str]:
    return [name for (name,) in TrainingProgram.select(TrainingProgram.name)
            .where(not_archived(TrainingProgram))
            .order_by(TrainingProgram.name).tuples()]


class TrainingImport(Importer):
    kind = "training"

    def __init__(self, result, *, create_clients=False):
        super().__init__(result, create_clients=create_clients)
        self._columns = training_columns()
        self.staff = staff_id_lookup()
        self.programs = {fold_key(name): (pid, archived) for pid, name, archived in
                         TrainingProgram.select(TrainingProgram.id, TrainingProgram.name,
                                                TrainingProgram.archived).tuples()}
        self.existing = {(row["staff"], row["program"], row["start_date"]): row
                         for row in Enrollment.select(Enrollment.id, Enrollment.staff,
                                                      Enrollment.program,
                                                      *[getattr(Enrollment, f) for f in FIELDS])
                         .dicts()}
        self.seen: dict[tuple, int] = {}
        self.creates: list[dict] = []
        self.updates: list[tuple[int, dict]] = []  # (enrollment id, {field: (old, new)})
        self.unchanged = 0

    def columns(self):
        return self._columns

    def check(self, number, clean, filled):
        staff_id = self.staff.get(fold_key(clean["employee_id"]))
        if staff_id is None:
            self.problem(number, "employee_id", _("no staff member with this employee ID"),
                         clean["employee_id"])
        program = self.programs.get(fold_key(clean["program"]))
        if program is None:
            self.problem(number, "program", _("no training program with this name"),
                         clean["program"])
        elif program[1]:
            self.problem(number, "program", _("this training program is archived"),
                         clean["program"])
        if staff_id is None or program is None or program[1]:
            return
        key = (staff_id, program[0], clean["start_date"])
        if key in self.seen:
            self.problem(number, "start_date", _("the same person, program and start date are "
                                                 "on row {row}").format(row=self.seen[key]),
                         clean["start_date"])
            return
        self.seen[key] = number
        old = self.existing.get(key)
        values = {"staff": staff_id, "program": program[0], "notes": ""}
        if old is None:
            values.update({f: clean[f] for f in FIELDS if f in clean})
        else:
            values.update({f: stored(old[f]) for f in FIELDS})
            values.update({f: clean[f] for f in filled if f in FIELDS})
        try:
            training.enrollments.check(values, None)
        except ValidationError as exc:
            report_check(self.result, number, exc, self._columns, values)
            return
        if old is None:
            self.creates.append(values)
            return
        changes = {f: (stored(old[f]), values[f]) for f in FIELDS if stored(old[f]) != values[f]}
        if changes:
            self.updates.append((old["id"], changes))
        else:
            self.unchanged += 1

    def write(self, progress: Progress | None):
        log = AuditLog()
        fields = ("staff", "program", *FIELDS)
        ids = bulk.next_ids(Enrollment, len(self.creates))
        rows = []
        for enrollment_id, values in zip(ids, self.creates, strict=True):
            rows.append((enrollment_id, *(values[f] for f in fields)))
            log.created("enrollment", enrollment_id, {f: values[f] for f in fields})
        insert_records(Enrollment, ("id", *fields), rows)
        for enrollment_id, changes in self.updates:
            Enrollment.update({f: new for f, (_, new) in changes.items()}).where(
                Enrollment.id == enrollment_id).execute()
            log.add("update", "enrollment", enrollment_id, changes)
        log.write()
        if progress:
            progress(1, 1)
        self.result.created = len(self.creates)
        self.result.updated = len(self.updates)
        self.result.unchanged = self.unchanged
