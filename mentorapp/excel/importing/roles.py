"""Role ladders import (issue 16): one row per requirement of a role.

Role and Client (empty: the company ladder) name the role; Level, Next Role and Min Tenure
Months describe it and may be given on any of its rows (once given, another row must not
differ); Requirement Type (competency, training or certification), Requirement (a competency's
or a training program's name) and Minimum (a competency's minimum rating, 1-5) add one
requirement. A row without a requirement only describes the role.

A file holds whole roles: each role named is created or updated, and its requirements become
exactly those of the file. Roles not named are left as they are. A next role is looked up
among the file's roles and the stored ones: the same account's first, then the company's.
"""

from __future__ import annotations

from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import Column, Importer, Progress
from mentorapp.models import (
    REQUIREMENT_KIND_CHOICES,
    CareerRole,
    Client,
    Competency,
    TrainingProgram,
)
from mentorapp.services import readiness
from mentorapp.services.fields import Choice, Number, Text
from mentorapp.text import fold_key
from mentorapp.translations import _

ROLE_FIELDS = ("level", "next_role", "min_tenure_months")


def role_columns() -> list[Column]:
    return [
        Column("Role", "role", Text(required=True, max_length=100, multiline=False)),
        Column("Client", "client", Text(max_length=200, multiline=False),
               hint="Empty for the company ladder; a client's name for its account's roles"),
        Column("Level", "level", Number(minimum=1, maximum=20, whole=True), kind="number",
               hint="1 for the first rung (default 1)"),
        Column("Next Role", "next_role", Text(max_length=100, multiline=False),
               hint="The role a step up: the same account's, else the company's"),
        Column("Min Tenure Months", "min_tenure_months",
               Number(minimum=0, maximum=600, whole=True), kind="number",
               hint="Months since the hire date (default 0)"),
        Column("Requirement Type", "kind", Choice(REQUIREMENT_KIND_CHOICES),
               choices=REQUIREMENT_KIND_CHOICES),
        Column("Requirement", "requirement", Text(max_length=200, multiline=False),
               hint="A competency's or a training program's name"),
        Column("Minimum", "minimum", Number(minimum=1, maximum=5, places=1), kind="number",
               hint="A competency's minimum rating, 1 to 5"),
    ]


def _names(model) -> dict[str, tuple[int, bool]]:
    return {fold_key(name): (row_id, archived) for row_id, name, archived in
            model.select(model.id, model.name, model.archived).tuples()}


class RolesImport(Importer):
    kind = "roles"

    def __init__(self, result, *, create_clients=False):
        super().__init__(result, create_clients=create_clients)
        self._columns = role_columns()
        self.clients = _names(Client)
        self.competencies = _names(Competency)
        self.programs = _names(TrainingProgram)
        self.stored = {key: (row_id, next_id) for key, row_id, next_id in
                       CareerRole.select(CareerRole.name_key, CareerRole.id,
                                         CareerRole.next_role).tuples()}
        self.plans: dict[tuple, dict] = {}  # (client id or 0, folded name) -> plan

    def columns(self):
        return self._columns

    def check(self, number, clean, filled):
        client = None
        if clean["client"]:
            found = self.clients.get(fold_key(clean["client"]))
            if found is None:
                self.problem(number, "client", _("no client with this name"), clean["client"])
                return
            client = found[0]
        key = (client or 0, fold_key(clean["role"]))
        plan = self.plans.get(key)
        if plan is None:
            plan = self.plans[key] = {
                "name": clean["role"], "client": client, "row": number, "rows": {},
                "level": None, "next_role": None, "min_tenure_months": None,
                "requirements": [], "seen": {}}
        for field in ROLE_FIELDS:
            if field not in filled:
                continue
            if plan[field] is not None and fold_key(str(plan[field])) != \
                    fold_key(str(clean[field])):
                self.problem(number, field, _("differs from row {row} of the same role").format(
                    row=plan["rows"][field]), clean[field])
            elif plan[field] is None:
                plan[field], plan["rows"][field] = clean[field], number
        self._requirement(number, clean, filled, plan)

    def _requirement(self, number, clean, filled, plan) -> None:
        kind, name = clean["kind"], clean["requirement"]
        if not kind and not name:
            if "minimum" in filled:
                self.problem(number, "minimum", _("is given without a requirement"),
                             clean["minimum"])
            return
        if not kind:
            self.problem(number, "kind", _("is required with a requirement"), None)
            return
        if not name:
            self.problem(number, "requirement", _("is required with a requirement type"), None)
            return
        names = self.competencies if kind == "competency" else self.programs
        what = "competency" if kind == "competency" else "training program"
        found = names.get(fold_key(name))
        if found is None:
            self.problem(number, "requirement", _("no competency with this name")
                         if kind == "competency" else _("no training program with this name"),
                         name)
            return
        if found[1]:
            self.problem(number, "requirement", _("this competency is archived")
                         if kind == "competency" else _("this training program is archived"),
                         name)
            return
        if kind == "competency" and clean["minimum"] is None:
            self.problem(number, "minimum", _("is required for a competency (1 to 5)"), None)
            return
        if kind != "competency" and clean["minimum"] is not None:
            self.problem(number, "minimum", _("is only for a competency"), clean["minimum"])
            return
        if found[0] in plan["seen"].get(what, {}):
            self.problem(number, "requirement", _("is already a requirement of this role on "
                                                  "row {row}").format(
                row=plan["seen"][what][found[0]]), name)
            return
        plan["seen"].setdefault(what, {})[found[0]] = number
        plan["requirements"].append(
            {"kind": kind, "competency": found[0], "minimum": clean["minimum"]}
            if kind == "competency" else {"kind": kind, "program": found[0]})

    def _next_key(self, plan) -> tuple | None:
        """The next role's key: (client or 0, folded name), or None when none is known."""
        wanted = fold_key(plan["next_role"])
        for owner in ((plan["client"], 0) if plan["client"] else (0,)):
            key = (owner, wanted)
            if key in self.plans or f"{owner}:{wanted}" in self.stored:
                return key
        return None

    def finish(self):
        steps = {}
        for key, plan in self.plans.items():
            if plan["next_role"]:
                found = self._next_key(plan)
                if found is None:
                    self.problem(plan["rows"]["next_role"], "next_role",
                                 _("no role of this name in the file or in MentorApp"),
                                 plan["next_role"])
                steps[key] = found
            else:
                steps[key] = None
        by_id = {row_id: key for key, (row_id, _) in self.stored.items()}
        for start, plan in self.plans.items():
            seen, step = {start}, steps[start]
            while step is not None:
                if step in seen:
                    self.problem(plan["rows"]["next_role"], "next_role",
                                 _("makes the ladder go round in a circle"),
                                 plan["next_role"])
                    break
                seen.add(step)
                if step in steps:
                    step = steps[step]
                else:  # a stored role not in the file: follow the stored ladder
                    next_id = self.stored.get(f"{step[0]}:{step[1]}", (None, None))[1]
                    stored_key = by_id.get(next_id)
                    step = (int(stored_key.split(":", 1)[0]), stored_key.split(":", 1)[1]) \
                        if stored_key else None

    def write(self, progress: Progress | None):
        plans = [{"name": p["name"], "client": p["client"], "level": p["level"] or 1,
                  "next_role": p["next_role"] or "",
                  "min_tenure_months": p["min_tenure_months"] or 0,
                  "requirements": p["requirements"]} for p in self.plans.values()]
        try:
            created, updated, unchanged = readiness.save_roles(plans)
        except ValidationError as exc:  # the file was checked: someone changed roles meanwhile
            first = min(p["row"] for p in self.plans.values())
            self.result.add_problem(first, "Role", exc.detail, None)
            return
        if progress:
            progress(1, 1)
        self.result.created, self.result.updated, self.result.unchanged = \
            created, updated, unchanged
