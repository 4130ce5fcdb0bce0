"""Role ladders, readiness per person and bench strength per client account (issue 16).

Roles live on the company ladder (no client) or on a client account ("Tier 2 Specialist" of
ShopNest); each has a level, a next role, a minimum tenure in months (counted from the hire
date) and requirements (`RoleRequirement`). `mentorapp.readiness` does the arithmetic; this
module gathers the facts: competency evidence as mentor suggestions read it
(`services.suggestions.evidence`), enrollments, hire dates.

A person's current role is the ladder role named by their current assignment's role on the
account, else by their job title (the account's roles first, then the company's). A competency
gap's closer is the mentor the evidence ranks best for it (no link from programs to
competencies exists); a training or certification gap's closer is the program.

Bench strength of an account: for each of its roles and each company role, the people on the
account now (active, in a ladder role of a lower level: a role on no ladder has no known level)
who are ready now or in about six months; and
for each person who left the account or resigned in the last LEFT_DAYS, the candidates to
backfill their role.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from peewee import JOIN

from mentorapp import matching
from mentorapp import readiness as arithmetic
from mentorapp.collation import name_sort_key
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import (
    REQUIREMENT_KIND_CHOICES,
    Assignment,
    CareerRole,
    Client,
    Competency,
    Enrollment,
    RoleRequirement,
    Staff,
    TrainingProgram,
)
from mentorapp.services import audit, suggestions
from mentorapp.services.entity import Entity, to_dict
from mentorapp.services.fields import Number, Ref, Text
from mentorapp.text import fold_key
from mentorapp.translations import N_, Translator, _, display, ngettext

LEFT_DAYS = 90  # leavers this recent get backfill candidates
UNDER_WAY = ("enrolled", "in_progress")


def _check_role(values: dict, current) -> None:
    key = CareerRole.key_values(values)["name_key"]
    other = CareerRole.get_or_none(CareerRole.name_key == key)
    if other is not None and (current is None or other.id != current.id):
        if other.archived:
            message = _("{name} is already a role of this client (archived: restore it "
                        "instead)") if values.get("client") else \
                _("{name} is already a role of the company ladder (archived: restore it "
                  "instead)")
        else:
            message = _("{name} is already a role of this client") if values.get("client") \
                else _("{name} is already a role of the company ladder")
        raise ValidationError("name", message.format(name=repr(values["name"])))
    step = values.get("next_role")
    seen = {current.id} if current is not None else set()
    while step is not None:
        if step in seen:
            raise ValidationError("next_role", _("would make the ladder go round in a circle"))
        seen.add(step)
        role = CareerRole.get_by_id(step)
        if role.id == values.get("next_role") and role.client_id not in (None,
                                                                         values.get("client")):
            raise ValidationError("next_role", _("{role} is a role of another client").format(
                role=repr(role.name)))
        step = role.next_role_id
    _check_levels(values, current)


def _check_levels(values: dict, current) -> None:
    """A ladder never steps down: the next role is not at a lower level than this one, nor
    this one below a role that leads to it."""
    level = values.get("level") or 1
    if values.get("next_role") is not None:
        following = CareerRole.get_by_id(values["next_role"])
        if following.level < level:
            raise ValidationError("next_role", _(
                "{role} is at level {other}, below this role's {level}: the next role is a "
                "step up").format(role=repr(following.name), other=following.level,
                                  level=level))
    if current is not None:
        below = (CareerRole.select(CareerRole.name, CareerRole.level)
                 .where(CareerRole.next_role == current.id, CareerRole.id != current.id,
                        CareerRole.level > level).order_by(CareerRole.level.desc()).first())
        if below is not None:
            raise ValidationError("level", _(
                "{role} (level {other}) leads to this role: its level must be at least "
                "{other}").format(role=repr(below.name), other=below.level))


roles = Entity(
    CareerRole, N_("career role"),
    {"name": Text(required=True, max_length=100, multiline=False),
     "client": Ref(Client, label=N_("client account")),
     "level": Number(minimum=1, maximum=20, whole=True, default=1),
     "next_role": Ref(CareerRole, label=N_("next role"), what=N_("role")),
     "min_tenure_months": Number(minimum=0, maximum=600, whole=True, default=0,
                                 label=N_("minimum tenure (months)"))},
    check=_check_role,
    sorts={"level": (CareerRole.level, CareerRole.name)},
    describe=lambda r: _("career role {name}").format(name=repr(r.name)),
)
create_role, update_role, archive_role = roles.create, roles.update, roles.archive


# -- reading roles ----------------------------------------------------------------------------
def _requirement_rows(role_ids: Iterable[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    ids = list(role_ids)
    if not ids:
        return found
    query = (RoleRequirement.select(RoleRequirement.id, RoleRequirement.role,
                                    RoleRequirement.kind, RoleRequirement.competency,
                                    RoleRequirement.program, RoleRequirement.minimum,
                                    Competency.name.alias("competency_name"),
                                    TrainingProgram.name.alias("program_name"))
             .join(Competency, JOIN.LEFT_OUTER,
                   on=(RoleRequirement.competency == Competency.id))
             .switch(RoleRequirement)
             .join(TrainingProgram, JOIN.LEFT_OUTER,
                   on=(RoleRequirement.program == TrainingProgram.id))
             .where(RoleRequirement.role.in_(ids))
             .order_by(RoleRequirement.id).dicts())
    order = {kind: n for n, kind in enumerate(REQUIREMENT_KIND_CHOICES)}
    for row in query:
        found[row["role"]].append({
            "kind": row["kind"], "competency": row["competency"], "program": row["program"],
            "minimum": row["minimum"],
            "name": row["competency_name"] if row["kind"] == "competency"
            else row["program_name"]})
    for rows in found.values():
        rows.sort(key=lambda r: order.get(r["kind"], 9))
    return found


def list_roles(client: int | None = None, *, everything: bool = False,
               include_archived: bool = False) -> list[dict]:
    """Roles with their client, next role and requirements: the company ladder and the
    roles of `client` (every account's with `everything`), by client, then level."""
    Next = CareerRole.alias()
    query = (CareerRole.select(CareerRole, Client.name.alias("client_name"),
                               Next.name.alias("next_role_name"))
             .join(Client, JOIN.LEFT_OUTER, on=(CareerRole.client == Client.id))
             .switch(CareerRole)
             .join(Next, JOIN.LEFT_OUTER, on=(CareerRole.next_role == Next.id)))
    if not everything:
        query = query.where(CareerRole.client.is_null() | (CareerRole.client == client))
    if not include_archived:
        query = query.where(CareerRole.archived == False)  # noqa: E712
    rows = [{**{k: v for k, v in row.items() if k != "name_key"}}
            for row in query.dicts()]
    requirements = _requirement_rows(r["id"] for r in rows)
    for row in rows:
        row["client_name"] = row["client_name"] or ""
        row["next_role_name"] = row["next_role_name"] or ""
        row["requirements"] = requirements.get(row["id"], [])
    rows.sort(key=lambda r: (r["client"] is not None, name_sort_key(r["client_name"]),
                             r["level"], name_sort_key(r["name"])))
    return rows


def get_role(role_id: int) -> dict:
    role = roles.get(role_id)
    role["requirements"] = _requirement_rows([role_id]).get(role_id, [])
    return role


def find_role(name: str, client: int | None = None) -> dict:
    """The role of that name on `client`'s account, else on the company ladder."""
    for owner in ((client, None) if client is not None else (None,)):
        key = CareerRole.key_values({"client": owner, "name": name})["name_key"]
        role = CareerRole.get_or_none(CareerRole.name_key == key)
        if role is not None:
            return to_dict(role)
    raise NotFoundError(_("No role named {name}").format(name=repr(name)))


def _requirement_values(item: dict, number: int | None = None) -> dict:
    """A requirement checked: kind, competency or program id, minimum rating."""
    def where(problem: str) -> str:
        return problem if number is None else _("requirement {number}: {problem}").format(
            number=number, problem=problem)

    kind = str(item.get("kind") or "").strip().lower()
    if kind not in REQUIREMENT_KIND_CHOICES:
        raise ValidationError("requirements", where(_("{kind} is not one of: {kinds}").format(
            kind=repr(kind), kinds=", ".join(REQUIREMENT_KIND_CHOICES))))
    if kind == "competency":
        competency = Competency.get_or_none(Competency.id == item.get("competency"))
        if competency is None:
            raise ValidationError("requirements", where(_("no competency with id {id}").format(
                id=item.get("competency"))))
        minimum = Number(minimum=1, maximum=5, required=True,
                         label=N_("minimum rating")).clean("minimum", item.get("minimum"))
        return {"kind": kind, "competency": competency.id, "program": None,
                "minimum": float(minimum)}
    program = TrainingProgram.get_or_none(TrainingProgram.id == item.get("program"))
    if program is None:
        raise ValidationError("requirements", where(_("no training program with id {id}")
                                                    .format(id=item.get("program"))))
    return {"kind": kind, "competency": None, "program": program.id, "minimum": None}


def set_requirements(role_id: int, items: Sequence[dict]) -> dict:
    """Replace a role's requirements (kind, competency or program, minimum for a
    competency); one of each competency or program."""
    with transaction():
        roles.get_record(role_id)
        clean = [_requirement_values(item, n) for n, item in enumerate(items, 1)]
        seen = set()
        for item in clean:
            key = (item["competency"], item["program"])
            if key in seen:
                raise ValidationError("requirements", _("the same competency or program is "
                                                        "listed twice"))
            seen.add(key)
        old = [{k: r[k] for k in ("kind", "competency", "program", "minimum")}
               for r in _requirement_rows([role_id]).get(role_id, [])]
        if old != clean:
            RoleRequirement.delete().where(RoleRequirement.role == role_id).execute()
            if clean:
                RoleRequirement.insert_many([{**item, "role": role_id}
                                             for item in clean]).execute()
            audit.record("update", "career role", role_id, {"requirements": (old, clean)})
        return get_role(role_id)


def save_role(role_id: int | None, values: dict, requirements: Sequence[dict]) -> dict:
    """Create (`role_id` None) or update a role and replace its requirements, in one
    transaction: `values` are the role's fields (name, client, level, next_role as an id,
    min_tenure_months), checked by the field rules; `requirements` as `set_requirements`
    takes them. Nothing is saved when either is wrong. Returns the role as `get_role`."""
    with transaction():
        if role_id is None:
            role_id = roles.create(**values)["id"]
        else:
            roles.update(role_id, **values)
        return set_requirements(role_id, requirements)


def delete_role(role_id: int) -> dict:
    """Delete a role with its requirements; a role that another role names as its next role
    is archived instead (restore it with `restore_role`), so the ladder keeps its step.
    Returns {"deleted": bool, "archived": bool, "message": what was done}."""
    with transaction():
        role = roles.get_record(role_id)
        below = [name for (name,) in CareerRole.select(CareerRole.name)
                 .where(CareerRole.next_role == role_id, CareerRole.id != role_id)
                 .order_by(CareerRole.name).tuples()]
        if below:
            roles.archive(role_id)
            shown = ", ".join(repr(n) for n in below[:3])
            if len(below) > 3:
                shown = _("{names} and {count} more").format(names=shown, count=len(below) - 3)
            return {"deleted": False, "archived": True,
                    "message": ngettext("Role {role} archived, not deleted: {names} names it "
                                        "as the next role",
                                        "Role {role} archived, not deleted: {names} name it "
                                        "as the next role", len(below)).format(
                                            role=repr(role.name), names=shown)}
        set_requirements(role_id, [])  # audited, then the role
        if role.next_role_id == role_id:  # never made by the services; keep delete() simple
            CareerRole.update(next_role=None).where(CareerRole.id == role_id).execute()
        roles.delete(role_id)
        return {"deleted": True, "archived": False,
                "message": _("Role {role} deleted").format(role=repr(role.name))}


def restore_role(role_id: int) -> dict:
    """An archived role back on its ladder."""
    return roles.restore(role_id)


def save_roles(plans: Sequence[dict]) -> tuple[int, int, int]:
    """Create or update whole roles (an import): each plan has name, client (id or None),
    level, next_role (a name: the same account's role, else the company's; or ''),
    min_tenure_months and requirements (as `set_requirements` takes them). Roles come first,
    so a next role may be any of the plans; an archived role named again is restored.
    Returns (created, updated, unchanged)."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with transaction():
        saved = []  # (role id, before or None)
        for plan in plans:
            values = {"name": plan["name"], "client": plan["client"], "level": plan["level"],
                      "min_tenure_months": plan["min_tenure_months"]}
            key = CareerRole.key_values(values)["name_key"]
            existing = CareerRole.get_or_none(CareerRole.name_key == key)
            if existing is None:
                saved.append((roles.create(**values)["id"], None))
                continue
            saved.append((existing.id, get_role(existing.id)))
            roles.update(existing.id, **values)
            if existing.archived:
                roles.restore(existing.id)
        for (role_id, before), plan in zip(saved, plans, strict=True):
            next_id = find_role(plan["next_role"], plan["client"])["id"] \
                if plan["next_role"] else None
            roles.update(role_id, next_role=next_id)
            set_requirements(role_id, plan["requirements"])
            if before is None:
                counts["created"] += 1
            elif get_role(role_id) != before:
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
    return counts["created"], counts["updated"], counts["unchanged"]


# -- facts about people -----------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class _Person:
    id: int
    employee_id: str
    name: str
    status: str
    job_title: str
    client: int | None
    role_text: str


def _people(staff_ids: Sequence[int]) -> dict[int, _Person]:
    current: dict[int, tuple[int, str]] = {}
    for chunk in suggestions._chunks(staff_ids):
        for staff, client, role in (Assignment.select(Assignment.staff, Assignment.client,
                                                      Assignment.role)
                                    .where(Assignment.staff.in_(chunk),
                                           Assignment.end_date.is_null(),
                                           Assignment.archived == False)  # noqa: E712
                                    .order_by(Assignment.start_date, Assignment.id).tuples()):
            current[staff] = (client, role or "")
    people = {}
    for chunk in suggestions._chunks(staff_ids):
        for sid, eid, first, last, status, title in (
                Staff.select(Staff.id, Staff.employee_id, Staff.first_name, Staff.last_name,
                             Staff.status, Staff.job_title)
                .where(Staff.id.in_(chunk)).tuples()):
            client, role = current.get(sid, (None, ""))
            people[sid] = _Person(sid, eid, f"{first} {last}", status, title or "", client,
                                  role)
    return people


def _facts(staff_ids: Sequence[int], today: dt.date) -> dict[int, arithmetic.Facts]:
    hires = {}
    trainings: dict[int, dict[int, arithmetic.TrainingFacts]] = defaultdict(dict)
    for chunk in suggestions._chunks(staff_ids):
        hires.update(Staff.select(Staff.id, Staff.hire_date).where(Staff.id.in_(chunk))
                     .tuples())
        rows = (Enrollment.select(Enrollment.staff, Enrollment.program, Enrollment.status,
                                  Enrollment.expires_on)
                .where(Enrollment.staff.in_(chunk), Enrollment.archived == False,  # noqa: E712
                       Enrollment.status.in_(("completed", *UNDER_WAY)))
                .order_by(Enrollment.id).tuples())
        for staff, program, status, expires in rows:
            old = trainings[staff].get(program, arithmetic.TrainingFacts())
            if status == "completed":
                keep = old.completed and (old.expires_on is None or (
                    expires is not None and expires <= old.expires_on))
                expiry = old.expires_on if keep else expires
                trainings[staff][program] = dataclasses.replace(old, completed=True,
                                                                expires_on=expiry)
            else:
                trainings[staff][program] = dataclasses.replace(old, under_way=True)
    ratings = suggestions.evidence(staff_ids, today)
    facts = {}
    for staff in staff_ids:
        mine = ratings.get(staff, [])
        by_competency: dict[int, list[tuple[dt.date, float]]] = defaultdict(list)
        for rating in mine:
            by_competency[rating.competency].append((rating.day, rating.rating))
        competencies = {
            c: arithmetic.CompetencyFacts(f.average, f.count,
                                          arithmetic.improving(by_competency[c], today))
            for c, f in matching.figures(mine, today).items()}
        facts[staff] = arithmetic.Facts(hires.get(staff), competencies,
                                        dict(trainings.get(staff, {})))
    return facts


class _Ladder:
    """Every role not archived, with requirements, loaded once."""

    def __init__(self):
        self.roles = {r["id"]: r for r in list_roles(everything=True)}
        self.by_key = {(r["client"], fold_key(r["name"])): r for r in self.roles.values()}

    def named(self, text: str, client: int | None) -> dict | None:
        key = fold_key(text or "")
        if not key:
            return None
        return self.by_key.get((client, key)) if client is not None and \
            (client, key) in self.by_key else self.by_key.get((None, key))

    def current(self, person: _Person) -> dict | None:
        return self.named(person.role_text, person.client) or \
            self.named(person.job_title, person.client)

    def requirements(self, role: dict, tr: Translator) -> list[arithmetic.Requirement]:
        found = []
        if role["min_tenure_months"]:
            months = role["min_tenure_months"]
            found.append(arithmetic.Requirement(
                "tenure", tr.ngettext("{count} month's tenure", "{count} months' tenure",
                                      months).format(count=months), months))
        found += [arithmetic.Requirement(r["kind"], r["name"] or "", r["minimum"],
                                         r["competency"], r["program"])
                  for r in role["requirements"]]
        return found


def _role_summary(role: dict | None) -> dict | None:
    if role is None:
        return None
    return {"id": role["id"], "name": role["name"], "client": role["client"],
            "client_name": role["client_name"], "level": role["level"]}


def _check_row(check: arithmetic.Check, tr: Translator) -> dict:
    """A requirement's standing: `reason` as a code (`arithmetic.Check`), `detail` in words."""
    req = check.requirement
    return {"kind": req.kind, "name": req.name, "minimum": req.minimum,
            "competency": req.competency, "program": req.program, "status": check.status,
            "reason": check.reason, "detail": check.describe(tr), "closer": ""}


def _closers(staff_id: int, gaps: list[dict], facts: arithmetic.Facts, today: dt.date,
             tr: Translator) -> None:
    """Fill in what closes each gap: the program for trainings, for a competency the best
    free mentor by the evidence among those who meet its minimum, time for tenure."""
    _ = tr.gettext
    wanted = [g for g in gaps if g["kind"] == "competency"]
    mentors, mentee, names = [], None, {}
    if wanted:
        mentee = suggestions._mentees([staff_id], today)[staff_id]
        mentors = suggestions._mentors(today)
        names = suggestions.competency_names()
    for gap in gaps:
        if gap["kind"] == "tenure":
            gap["closer"] = _("time on the job")
        elif gap["kind"] in ("training", "certification"):
            renew = gap["status"] == "expiring" or gap["reason"] in arithmetic.EXPIRED
            gap["closer"] = (_("Training: renew {program}") if renew
                             else _("Training: complete {program}")).format(program=gap["name"])
        else:
            known = facts.competencies.get(gap["competency"])
            figure = matching.Figure(gap["competency"],
                                     known.average if known else matching.MIDDLE,
                                     known.count if known else 0)
            # Only a mentor whose own evidence meets the requirement (one who declared the
            # competency and has no ratings of it yet may): not one below the mark asked.
            free = matching.rank(dataclasses.replace(mentee, gaps=(figure,)), mentors,
                                 names, tr=tr)
            able = {m.mentor for m in mentors
                    if (found := m.figures.get(gap["competency"])) is None
                    and gap["competency"] in m.declared
                    or found is not None and found.average >= gap["minimum"]}
            best = next((s for s in free if s.mentor in able), None)
            if best is not None:
                gap["closer"] = _("Mentor: {name} ({reasons})").format(
                    name=best.name, reasons="; ".join(best.reasons))
            elif free:
                gap["closer"] = _("Mentor: none at {minimum} or above with a free place").format(
                    minimum=arithmetic.decimal_text(gap["minimum"], tr))
            else:
                gap["closer"] = _("Mentor: none with a free place")


def readiness(staff_id: int, role: int | str | None = None, *,
              today: dt.date | None = None, tr: Translator | None = None) -> dict:
    """A person's readiness for `role` (an id or a name: their account's role, else the
    company's) or, by default, for the next role after their current one: percentage,
    outlook, each requirement's standing and the gaps with what closes them. Without a role
    to assess, `role` is None and `message` says why. Words in `tr`'s language (default:
    the window's, English in the CLI); the outlook stays English (`Assessment.outlook`)."""
    today = today or dt.date.today()
    tr = tr or display()
    people = _people([staff_id])
    if staff_id not in people:
        raise NotFoundError(_("No staff member with id {id}").format(id=staff_id))
    person = people[staff_id]
    ladder = _Ladder()
    current = ladder.current(person)
    result = {"staff": staff_id, "employee_id": person.employee_id, "name": person.name,
              "current_role": _role_summary(current),
              "current_role_text": person.role_text or person.job_title,
              "role": None, "message": "", "percent": None, "met": 0, "total": 0,
              "outlook": "", "ready_now": False, "ready_soon": False, "checks": [],
              "gaps": []}
    if role is None:
        if current is None:
            result["message"] = tr.gettext(
                "The current role {role} is not on a ladder: choose a role").format(
                    role=repr(result["current_role_text"])) \
                if result["current_role_text"] else tr.gettext("No current role: choose a role")
            return result
        target = ladder.roles.get(current["next_role"])
        if target is None:
            result["message"] = tr.gettext(
                "{role} is the top of its ladder: choose a role").format(role=current["name"])
            return result
    elif isinstance(role, int):
        target = ladder.roles.get(role)
        if target is None:
            raise NotFoundError(_("No role with id {id}").format(id=role))
    else:
        target = ladder.named(role, person.client)
        if target is None:
            raise NotFoundError(_("No role named {name}").format(name=repr(role)))
    facts = _facts([staff_id], today)[staff_id]
    assessment = arithmetic.assess(ladder.requirements(target, tr), facts, today)
    checks = [_check_row(c, tr) for c in assessment.checks]
    gaps = [_check_row(c, tr) for c in assessment.gaps]
    _closers(staff_id, gaps, facts, today, tr)
    result.update(role=_role_summary(target), percent=assessment.percent,
                  met=assessment.met, total=assessment.total, outlook=assessment.outlook,
                  ready_now=assessment.ready_now, ready_soon=assessment.ready_soon,
                  checks=checks, gaps=gaps)
    return result


def role_choices(staff_id: int) -> list[dict]:
    """The roles a person can be assessed for: the company's and their account's."""
    person = _people([staff_id]).get(staff_id)
    client = person.client if person else None
    return [_role_summary(r) for r in list_roles(client)]


# -- bench strength ---------------------------------------------------------------------------
def _candidate_row(person: _Person, assessment: arithmetic.Assessment,
                   tr: Translator) -> dict:
    return {"staff": person.id, "employee_id": person.employee_id, "name": person.name,
            "current_role": person.role_text or person.job_title,
            "percent": assessment.percent, "outlook": assessment.outlook,
            "gaps": [tr.gettext("{requirement}: {detail}").format(
                requirement=c.requirement.name, detail=c.describe(tr))
                for c in assessment.gaps]}


def bench(client_id: int, *, today: dt.date | None = None,
          tr: Translator | None = None) -> dict:
    """Bench strength of a client account: per role (the account's own, then the company
    ladder), who holds it, who is ready now and who in about six months among the people on
    the account; per recent leaver (left the account or resigned in the last LEFT_DAYS), the
    candidates to backfill their role. The gaps are in `tr`'s language (default: the
    window's; a report passes its own); outlooks and reasons stay English (`N_`)."""
    today = today or dt.date.today()
    tr = tr or display()
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise NotFoundError(_("No client with id {id}").format(id=client_id))
    ladder = _Ladder()
    on_account = [sid for (sid,) in (
        Assignment.select(Assignment.staff).join(Staff, on=(Assignment.staff == Staff.id))
        .where(Assignment.client == client_id, Assignment.end_date.is_null(),
               Assignment.archived == False, Staff.archived == False)  # noqa: E712
        .distinct().tuples())]
    since = today - dt.timedelta(days=LEFT_DAYS)
    leaving = list(Assignment.select(Assignment.staff, Assignment.role, Assignment.end_date,
                                     Staff.status)
                   .join(Staff, on=(Assignment.staff == Staff.id))
                   .where(Assignment.client == client_id, Assignment.archived == False,  # noqa: E712
                          (Assignment.end_date.between(since, today))
                          | (Assignment.end_date.is_null() & (Staff.status == "resigned")))
                   .tuples())
    still_here = set(on_account)
    leaving = [row for row in leaving if row[0] not in still_here or row[3] == "resigned"]
    people = _people(sorted(still_here | {row[0] for row in leaving}))
    candidates = [people[s] for s in on_account if people[s].status == "active"]
    facts = _facts([p.id for p in candidates], today)
    account_roles = [r for r in ladder.roles.values() if r["client"] == client_id]
    company_roles = [r for r in ladder.roles.values() if r["client"] is None]
    key = lambda r: (r["level"], fold_key(r["name"]))  # noqa: E731
    roles_rows = []
    assessed: dict[int, list[tuple[_Person, arithmetic.Assessment]]] = {}
    for role in sorted(account_roles, key=key) + sorted(company_roles, key=key):
        requirements = ladder.requirements(role, tr)
        holders, ready_now, ready_soon = [], [], []
        pairs = []
        for person in candidates:
            current = ladder.current(person)
            if current is not None and current["id"] == role["id"]:
                holders.append({"staff": person.id, "employee_id": person.employee_id,
                                "name": person.name})
                continue
            if current is None or current["level"] >= role["level"]:
                continue  # a step down or sideways, or a role on no ladder: no candidate
            assessment = arithmetic.assess(requirements, facts[person.id], today)
            pairs.append((person, assessment))
            if assessment.ready_now:
                ready_now.append(_candidate_row(person, assessment, tr))
            elif assessment.ready_soon:
                ready_soon.append(_candidate_row(person, assessment, tr))
        assessed[role["id"]] = pairs
        order = lambda row: (-row["percent"], fold_key(row["name"]))  # noqa: E731
        roles_rows.append({"role": _role_summary(role), "holders": holders,
                           "ready_now": sorted(ready_now, key=order),
                           "ready_soon": sorted(ready_soon, key=order)})
    backfills = []
    for staff, role_text, end, status in leaving:
        person = people[staff]
        role = ladder.named(role_text, client_id) or ladder.named(person.job_title, client_id)
        reason = N_("resigned") if status == "resigned" else N_("left the account")
        row = {"staff": staff, "employee_id": person.employee_id, "name": person.name,
               "reason": reason, "left_on": end, "role": _role_summary(role),
               "role_text": role_text or person.job_title, "candidates": []}
        if role is not None:
            pairs = [(p, a) for p, a in assessed.get(role["id"], []) if p.id != staff]
            row["candidates"] = sorted(
                (_candidate_row(p, a, tr) for p, a in pairs if a.ready_now or a.ready_soon),
                key=lambda r: (r["outlook"] != "ready now", -r["percent"], fold_key(r["name"])))
        backfills.append(row)
    backfills.sort(key=lambda r: (r["left_on"] or today, fold_key(r["name"])), reverse=True)
    return {"client": client_id, "client_name": client.name, "today": today,
            "people": len(candidates), "roles": roles_rows, "backfills": backfills}


# -- demo data --------------------------------------------------------------------------------
# The company ladder of the demo (its job titles), then two roles every demo account defines;
# requirements name the demo's competencies and programs (any missing one is left out).
DEMO_LADDER = (
    ("Customer Service Representative", 1, "Senior Customer Service Representative", 0,
     [("training", "New Hire Customer Service Foundations", None),
      ("training", "Data Privacy and Information Security Awareness", None)]),
    ("Senior Customer Service Representative", 2, "Team Lead", 12,
     [("competency", "Communication", 3.5), ("competency", "Product Knowledge", 3.5)]),
    ("Team Lead", 3, "Operations Manager", 24,
     [("competency", "Leadership", 3.5), ("competency", "Quality", 3.5),
      ("training", "Leadership Essentials for Team Leads", None)]),
    ("Operations Manager", 4, "", 48,
     [("competency", "Leadership", 4.0), ("competency", "Problem Solving", 3.8),
      ("certification", "Lean Six Sigma Yellow Belt", None)]),
)
# (name, level, next role, months, requirements, which of the client's own programs it needs)
DEMO_ACCOUNT_ROLES = (
    ("Tier 2 Specialist", 2, "Team Lead", 9, [("competency", "Product Knowledge", 3.5)],
     "certification"),
    ("Subject Matter Expert", 3, "Team Lead", 18,
     [("competency", "Product Knowledge", 3.8), ("competency", "Quality", 3.8)], "all"),
)


def seed_demo_roles() -> int:
    """The demo's role ladders: the company's, and on each client account a Tier 2 Specialist
    (who also needs the client's certifications, valid) and a Subject Matter Expert (every
    program the client asks for). Minimums suit the demo's evidence, so that every account
    has people ready now and soon. Written as plain inserts, like the rest of the demo (whose
    one audit entry is the generation itself). Returns the number of roles made."""
    competency_ids = {fold_key(n): i for i, n in Competency.select(Competency.id,
                                                                   Competency.name).tuples()}
    programs = list(TrainingProgram.select(TrainingProgram.id, TrainingProgram.type,
                                           TrainingProgram.client)
                    .where(TrainingProgram.archived == False).tuples())  # noqa: E712
    program_ids = {fold_key(name): pid for pid, name in
                   TrainingProgram.select(TrainingProgram.id, TrainingProgram.name).tuples()}

    def requirements(needs) -> list[dict]:
        found = []
        for kind, name, minimum in needs:
            if kind == "competency" and fold_key(name) in competency_ids:
                found.append({"kind": kind, "competency": competency_ids[fold_key(name)],
                              "minimum": minimum})
            elif kind != "competency" and fold_key(name) in program_ids:
                found.append({"kind": kind, "program": program_ids[fold_key(name)]})
        return found

    def add(name: str, client: int | None, level: int, months: int, needs: list[dict]) -> int:
        values = {"name": name, "client": client, "level": level, "min_tenure_months": months}
        role = CareerRole.insert(**values, **CareerRole.key_values(values)).execute()
        if needs:  # every row with every column: insert_many takes the first row's keys
            RoleRequirement.insert_many([{"competency": None, "program": None, "minimum": None,
                                          **need, "role": role} for need in needs]).execute()
        return role

    company = {name: add(name, None, level, months, requirements(needs))
               for name, level, _step, months, needs in DEMO_LADDER}
    for name, _level, step, _months, _needs in DEMO_LADDER:
        if step:
            CareerRole.update(next_role=company[step]).where(
                CareerRole.id == company[name]).execute()
    made = len(company)
    accounts = Client.select(Client.id).where(Client.archived == False)  # noqa: E712
    for (client,) in accounts.order_by(Client.id).tuples():
        for name, level, step, months, needs, which in DEMO_ACCOUNT_ROLES:
            own = [{"kind": "certification" if kind == "certification" else "training",
                    "program": pid} for pid, kind, owner in programs
                   if owner == client and (which == "all" or kind == which)]
            role = add(name, client, level, months, requirements(needs) + own)
            CareerRole.update(next_role=company[step]).where(CareerRole.id == role).execute()
            made += 1
    return made
