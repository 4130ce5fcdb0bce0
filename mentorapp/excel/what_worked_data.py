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

from mentorapp.excel.safe_cells import Styled
from mentorapp.models import label
from mentorapp.services import what_worked
from mentorapp.translations import N_, Translator

UNITS = {"percent": "%", "seconds": "s", "score": N_("score"), "count": N_("count")}
# The words of the service's kinds, verdicts and fixed measures, for the catalogue.
WORDS = (N_("Training"), N_("Mentorship"), N_("Coaching session"), N_("Better"), N_("Worse"),
         N_("No difference"), N_("Too few to say"), N_("Competency rating"),
         N_("Quality score"))
FIXED_MEASURES = {m["measure"] for m in what_worked.FIXED_MEASURES.values()}


def _verdict(tr: Translator, row) -> str:
    return label(row["verdict"], tr) if row["verdict"] else "–"


def _unit(tr: Translator, unit: str) -> str:
    return tr.gettext(UNITS[unit]) if unit in UNITS else unit


def _measure(tr: Translator, measure: str) -> str:
    """A fixed measure in the report's language; a KPI's name as it was typed."""
    return tr.gettext(measure) if measure in FIXED_MEASURES else measure


class _Cells:
    """A row's figures as cells at the places the window shows its measure: a figure at the
    measure's decimals; a change, difference or spread at the places the verdict is judged
    at, so a "+0.03" never stands beside "No difference". One that rounds to zero there is
    written as 0 (Excel would show -0.3 as "-0")."""

    def __init__(self, row: dict):
        self.decimals = row["decimals"]
        self.shown = what_worked.shown_places(row["unit"], row["decimals"])

    def figure(self, value: float | None) -> Styled | None:
        return _cell(value, self.decimals, f"#,##{_digits(self.decimals)}")

    def change(self, value: float | None) -> Styled | None:
        digits = _digits(self.shown)
        return _cell(value, self.shown, f"+#,##{digits};-#,##{digits};{digits}")

    def spread(self, value: float | None) -> Styled | None:
        return _cell(value, self.shown, f"#,##{_digits(self.shown)}")


def _digits(places: int) -> str:
    return "0" + ("." + "0" * places if places else "")


def _cell(value: float | None, places: int, number_format: str) -> Styled | None:
    if value is None:
        return None
    return Styled(value if round(value, places) else 0, number_format=number_format)


def collect(start: dt.date, end: dt.date, tr: Translator,
            client_id: int | None = None) -> dict:
    """The service's result for the period (the client's people on it, when given), its
    warnings in the report's language."""
    return what_worked.compute(start, end, client_id=client_id, tr=tr)


def intervention_rows(result: dict, tr: Translator) -> list[tuple]:
    """(date, kind, intervention, employee ID, name, client, role, measure, unit, before from,
    after to, before, after, change, comparison before, comparison after, comparison change,
    comparison spread, comparison people, difference, verdict, warning), by date; the words
    in the language of `tr`."""
    not_placed = tr.gettext("(not placed)")
    rows = []
    for r in result["rows"]:
        cells = _Cells(r)
        rows.append((r["date"], tr.gettext(what_worked.KIND_NAMES[r["kind"]]),
                     what_worked.intervention_label(r, tr),
                     r["employee_id"], r["staff_name"], r["client"] or not_placed, r["role"],
                     _measure(tr, r["measure"]), _unit(tr, r["unit"]), r["before_from"],
                     r["after_to"], cells.figure(r["before"]), cells.figure(r["after"]),
                     cells.change(r["change"]), cells.figure(r["comparison_before"]),
                     cells.figure(r["comparison_after"]), cells.change(r["comparison_change"]),
                     cells.spread(r["comparison_spread"]), r["comparison_n"],
                     cells.change(r["did"]), _verdict(tr, r), r["warning"]))
    return rows


def summary_rows(summaries: list[dict], tr: Translator, *names: str) -> list[tuple]:
    """(group names..., measure, unit, interventions, comparison people, mean difference,
    spread, verdict, warning) for `by_program`, `by_mentor` or `by_client`."""
    return [(*(tr.gettext(what_worked.KIND_NAMES[s[n]]) if n == "kind" else s[n]
               for n in names),
             _measure(tr, s["measure"]), _unit(tr, s["unit"]), s["n"], s["comparison_n"],
             _Cells(s).change(s["mean"]), _Cells(s).spread(s["spread"]), _verdict(tr, s),
             s["warning"]) for s in summaries]
