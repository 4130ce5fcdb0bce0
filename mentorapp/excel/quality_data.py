"""What the internal quality workbook shows: the queries behind `quality_report`.

Confidentiality: this workbook is internal (QA team, operations). It holds one client's
evaluations of interactions in the period, shareable and internal alike, with evaluator
logins and calibration results; it is never sent to the client (the client report's own
Quality sheet shows shareable evaluations only). Nothing of another client is read:
evaluations by their client, calibrations by theirs. Comments on answers are left out.
"""

from __future__ import annotations

import datetime as dt

from mentorapp.models import label
from mentorapp.services import quality
from mentorapp.translations import Translator


def evaluation_rows(client_id: int, start: dt.date, end: dt.date,
                    tr: Translator) -> list[tuple]:
    """(interaction date, employee ID, agent, evaluator, scorecard, version, interaction ID,
    channel, score, critical fail, status, visibility, revision), oldest first; the words in
    the language of `tr`."""
    yes, no = tr.gettext("Yes"), tr.gettext("No")
    return [(row["interaction_date"], row["employee_id"],
             f"{row['first_name']} {row['last_name']}", row["evaluator"], row["scorecard"],
             row["version"], row["interaction_id"], label(row["channel"], tr),
             None if row["score"] is None else row["score"] / 100,
             yes if row["critical_fail"] else no, label(row["status"], tr),
             label(row["visibility"], tr), row["revision"])
            for row in quality.client_evaluations(client_id, start, end)]


def summary(client_id: int, start: dt.date, end: dt.date) -> dict:
    """Count, average score, critical fails and the items failed most (as the service)."""
    return quality.client_quality(client_id, start, end, most_failed=20)


def calibration_rows(client_id: int, start: dt.date, end: dt.date
                     ) -> tuple[list[tuple], list[tuple]]:
    """The client's calibrations held in the period that have a reference evaluation:
    (held on, interaction ID, item key, item text, spread) and (held on, interaction ID,
    evaluator, distance in points, share of items answered differently)."""
    spread, distance = [], []
    for session in quality.calibrations(client_id, start, end):
        if not session["has_reference"]:
            continue
        result = quality.calibration_result(session["id"])
        head = (session["held_on"], session["interaction_id"])
        spread += [(*head, key, result["item_text"][key], value)
                   for key, value in result["item_spread"].items()]
        distance += [(*head, who, result["distance"][who], result["disagreement"][who])
                     for who in result["distance"]]
    return spread, distance

