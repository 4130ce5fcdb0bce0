"""What the What worked report shows: the rows behind it, from `services.what_worked`.

Confidentiality: the report is internal (training, mentoring and operations managers). It
shows the names, employee IDs, clients and roles of the people who had an intervention, the
training program or mentor, and figures only: averages of competency ratings (feedback of
every visibility), quality scores and KPI figures, and counts of people. It never shows
feedback, session or evaluation texts, private notes, or who the comparison people are (only
how many). Archived records are left out by the service.
"""

from __future__ import annotations

import datetime as dt

from mentorapp.models import label
from mentorapp.services import what_worked

UNITS = {"percent": "%", "seconds": "s", "score": "score", "count": "count"}


def _verdict(row) -> str:
    return label(row["verdict"]) if row["verdict"] else "–"


def collect(start: dt.date, end: dt.date, client_id: int | None = None) -> dict:
    """The service's result for the period (the client's people on it, when given)."""
    return what_worked.compute(start, end, client_id=client_id)


def intervention_rows(result: dict) -> list[tuple]:
    """(date, kind, intervention, employee ID, name, client, role, measure, unit, before from,
    after to, before, after, change, comparison before, comparison after, comparison change,
    comparison spread, comparison people, difference, verdict, warning), by date."""
    return [(r["date"], what_worked.KIND_NAMES[r["kind"]], r["label"], r["employee_id"],
             r["staff_name"], r["client"] or "(not placed)", r["role"], r["measure"],
             UNITS.get(r["unit"], r["unit"]), r["before_from"], r["after_to"], r["before"],
             r["after"], r["change"], r["comparison_before"], r["comparison_after"],
             r["comparison_change"], r["comparison_spread"], r["comparison_n"], r["did"],
             _verdict(r), r["warning"]) for r in result["rows"]]


def summary_rows(summaries: list[dict], *names: str) -> list[tuple]:
    """(group names..., measure, unit, interventions, comparison people, mean difference,
    spread, verdict, warning) for `by_program`, `by_mentor` or `by_client`."""
    return [(*(what_worked.KIND_NAMES[s[n]] if n == "kind" else s[n] for n in names),
             s["measure"], UNITS.get(s["unit"], s["unit"]), s["n"], s["comparison_n"],
             s["mean"], s["spread"], _verdict(s), s["warning"]) for s in summaries]
