"""The internal quality workbook: reopened with openpyxl, each sheet's cells checked."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.excel.quality_report import export_quality_report
from mentorapp.services import quality
from tests.records import make_evaluation, make_scorecard

START, END = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}


@pytest.fixture
def seeded(db, make):
    """Acme: two evaluations in April (87.5 shareable; 0 critical, internal), one in May;
    Globex: one in April; one calibration of Acme in April (ann 12.5 points from the
    reference)."""
    acme, globex = make.client("Acme"), make.client("Globex")
    card = make_scorecard(make, name="Calls")
    ann = make.staff("Ann", "Lee", client=acme, employee_id="E-ANN")
    make_evaluation(make, card, ann, client=acme["id"], interaction_date=dt.date(2026, 4, 3),
                    interaction_id="=HYPERLINK(\"x\")", shareable=True,
                    answers={**ALL_YES, "greet": "no"}, evaluator="qa.one")
    make_evaluation(make, card, ann, client=acme["id"], interaction_date=dt.date(2026, 4, 9),
                    interaction_id="C-2", answers={**ALL_YES, "verify": "no", "greet": "no"},
                    evaluator="qa.two")
    make_evaluation(make, card, ann, client=acme["id"], interaction_date=dt.date(2026, 5, 2),
                    answers={**ALL_YES, "solve": "no"})
    make_evaluation(make, card, client=globex["id"], interaction_date=dt.date(2026, 4, 9),
                    answers={**ALL_YES, "tone": "1"})
    version = quality.version_id(card["id"])
    session = quality.create_calibration(version, "CAL-1", held_on=dt.date(2026, 4, 20),
                                         client=acme["id"])
    for login, answers in (("expert", ALL_YES), ("ann.qa", {**ALL_YES, "greet": "no"})):
        quality.evaluate(version, answers, evaluator=login, staff=ann["id"],
                         interaction_date=dt.date(2026, 4, 20), calibration=session["id"],
                         reference=login == "expert")
    return {"acme": acme}


def rows(ws):
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_every_sheet_of_the_quality_workbook(seeded, tmp_path):
    path = export_quality_report("acme", START, END, tmp_path / "q.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Evaluations", "Most failed items",
                             "Calibration spread", "Evaluator distance"]
    summary = rows(wb["Summary"])
    assert summary[0] == ["Client", "From", "To", "Evaluations", "Average score",
                          "Critical fails"]
    # The calibration's reference counts once (100), its other evaluation not at all.
    assert summary[1][0] == "Acme" and summary[1][3] == 3 and summary[1][5] == 1
    assert summary[1][4] == pytest.approx((0.875 + 0 + 1) / 3)
    evaluations = rows(wb["Evaluations"])
    assert evaluations[0][:3] == ["Interaction date", "Employee ID", "Agent"]
    first = evaluations[1]
    assert first[:4] == [dt.datetime(2026, 4, 3), "E-ANN", "Ann Lee", "qa.one"]
    assert first[6] == "=HYPERLINK(\"x\")"  # a text cell, not a formula
    assert wb["Evaluations"].cell(2, 7).data_type == "s"
    assert (first[8], first[9], first[11]) == (0.875, "No", "Shareable with client")
    assert (evaluations[2][8], evaluations[2][9]) == (0, "Yes")
    assert len(evaluations) == 4  # header, two April evaluations, the calibration reference
    failed = rows(wb["Most failed items"])
    assert failed[1] == ["Opening", "greet", "Greeted the customer", 2, pytest.approx(2 / 3)]
    assert failed[2][1:4] == ["verify", "Verified identity", 1]
    spread = {row[2]: row[4] for row in rows(wb["Calibration spread"])[1:]}
    assert spread == {"greet": 1, "verify": 0, "solve": 0, "tone": 0}
    assert rows(wb["Evaluator distance"])[1:] == [
        [dt.datetime(2026, 4, 20), "CAL-1", "ann.qa", 12.5, 0.25]]


def test_an_empty_period_says_so_and_bad_input_is_refused(seeded, tmp_path):
    wb = load_workbook(export_quality_report("Acme", dt.date(2020, 1, 1),
                                             dt.date(2020, 1, 31), tmp_path / "q.xlsx"))
    assert rows(wb["Evaluations"])[1][0] == "No evaluations in this period"
    assert rows(wb["Summary"])[1][3] == 0
    with pytest.raises(NotFoundError, match="No client named 'Nobody'"):
        export_quality_report("Nobody", START, END, tmp_path / "n.xlsx")
    with pytest.raises(ValidationError, match="before it starts"):
        export_quality_report("Acme", END, START, tmp_path / "n.xlsx")
