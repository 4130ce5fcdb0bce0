"""What the bench strength workbook shows: a client account's roles, who is ready for each and
the backfill candidates of recent leavers (`services.readiness.bench`), as sheet rows.

Confidentiality: the workbook is internal (operations, HR, account managers; never sent to
the client). It names only people on the account now and those who left it in the last
`readiness.LEFT_DAYS`, with their readiness percentages and gaps; it shows no feedback text,
no ratings by source and no private notes.
"""

from __future__ import annotations

import datetime as dt

from mentorapp.services import clients, readiness
from mentorapp.translations import Translator

LEFT_DAYS = readiness.LEFT_DAYS


def bench(client_name: str, tr: Translator, today: dt.date | None = None) -> dict:
    """The account's bench (a NotFoundError naming the client when there is none), its gaps
    in the report's language."""
    client = clients.by_name(client_name)
    return readiness.bench(client["id"], today=today, tr=tr)


def _owner(tr: Translator, role: dict) -> str:
    return role["client_name"] or tr.gettext("Company ladder")


def summary_rows(found: dict, tr: Translator) -> list[tuple]:
    return [(r["role"]["name"], _owner(tr, r["role"]), r["role"]["level"], len(r["holders"]),
             len(r["ready_now"]), len(r["ready_soon"])) for r in found["roles"]]


def candidate_rows(found: dict, which: str) -> list[tuple]:
    """`which`: "ready_now" or "ready_soon"; one row per role and person, best first."""
    return [(r["role"]["name"], c["employee_id"], c["name"], c["current_role"],
             c["percent"] / 100, "; ".join(c["gaps"]))
            for r in found["roles"] for c in r[which]]


def backfill_rows(found: dict, tr: Translator) -> list[tuple]:
    """One row per leaver and candidate; a leaver without one has a row saying so."""
    rows = []
    for leaver in found["backfills"]:
        role = leaver["role"]["name"] if leaver["role"] else \
            tr.gettext("{role} (not on a ladder)").format(
                role=leaver["role_text"] or tr.gettext("no role"))
        head = (leaver["employee_id"], leaver["name"], tr.gettext(leaver["reason"]),
                leaver["left_on"], role)
        if not leaver["candidates"]:
            rows.append((*head, "", tr.gettext("No one ready now or within 6 months"), "",
                         None))
        for c in leaver["candidates"]:
            rows.append((*head, c["employee_id"], c["name"], tr.gettext(c["outlook"]),
                         c["percent"] / 100))
    return rows
