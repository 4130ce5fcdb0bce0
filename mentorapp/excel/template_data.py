"""What the import templates list: the queries behind them.

Confidentiality: a blank template (staff, training, feedback, roles) is internal and offers every
client name and program name in its dropdowns. A feedback form made for one client goes to
that client: it names that client only (its client dropdown offers no other) and lists only
its staff on the account today (not archived): never another client, another client's
staff, their employee IDs or programs.
"""

from __future__ import annotations

from mentorapp.excel.importing.feedback import active_competencies, feedback_columns
from mentorapp.excel.importing.roles import role_columns
from mentorapp.excel.importing.staff import staff_columns
from mentorapp.excel.importing.training import program_names, training_columns
from mentorapp.models import Assignment, Staff
from mentorapp.queries import not_archived
from mentorapp.services import clients, readiness


def columns(kind: str) -> list:
    """The import's columns for `kind` ("staff", "training", "feedback" or "roles")."""
    if kind == "staff":
        return staff_columns()
    if kind == "roles":
        return role_columns()
    if kind == "training":
        return training_columns(program_names())
    return feedback_columns(active_competencies())


def all_clients() -> dict[str, list[str]]:
    """Dropdown words of an internal template: every client."""
    return {"client": clients.names()}


def role_words() -> dict[str, list[str]]:
    """Dropdown words of the role ladders template (internal): the competencies and
    programs a requirement can name, and the roles a next role can name."""
    names = {row["name"] for row in readiness.list_roles(everything=True)}
    return {"requirement": sorted({name for _, name in active_competencies()}
                                  | set(program_names()), key=str.casefold),
            "next_role": sorted(names, key=str.casefold)}


def client_form(name: str) -> tuple[dict[str, list[str]], list[dict]]:
    """(dropdown words, pre-filled rows) of the feedback form for the client named `name`:
    that client alone, and its staff on the account today."""
    record = clients.by_name(name)
    query = (Staff.select(Staff.employee_id, Staff.first_name, Staff.last_name)
             .join(Assignment, on=(Assignment.staff == Staff.id))
             .where(Assignment.client == record["id"], Assignment.end_date.is_null(),
                    not_archived(Staff))
             .order_by(Staff.last_name, Staff.first_name).tuples())
    rows = [{"employee_id": eid, "name": f"{first} {last}", "client": record["name"],
             "source": "client"} for eid, first, last in query]
    return {"client": [record["name"]]}, rows
