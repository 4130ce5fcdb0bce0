"""The quality commands as a user runs them: `import evaluations`, `export quality` and
`quality evaluations|calibration|accuracy`, in a subprocess on the test's database."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from mentorapp.services import quality
from tests.records import make_scorecard

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["Evaluation ID", "Employee ID", "Evaluator", "Client", "Interaction ID", "Channel",
          "Interaction date", "Scorecard", "Item key", "Answer", "Comment", "Shareable"]
ANSWERS = [("greet", "no"), ("verify", "yes"), ("solve", "yes"), ("tone", 5)]


def run(url, *args):
    return subprocess.run([sys.executable, "main.py", "--db", str(url), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def assert_one_error_line(result, text):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], lines
    assert "Traceback" not in result.stderr


@pytest.fixture
def seeded(db, make):
    acme = make.client("Acme")
    make_scorecard(make, name="Calls")
    return {"ann": make.staff("Ann", "Lee", client=acme, employee_id="E-ANN")}


def evaluations_file(path, employee_id, answers=ANSWERS):
    wb = Workbook()
    wb.active.append(HEADER)
    for item, answer in answers:
        wb.active.append(["A1", employee_id, "qa.one", "Acme", "CALL-7", "phone",
                          dt.date(2026, 4, 7), "Calls", item, answer, "", "no"])
    wb.save(path)
    return path


def test_import_evaluations_then_export_quality_and_read_them(seeded, db_url, tmp_path):
    bad = evaluations_file(tmp_path / "bad.xlsx", "E-404")
    result = run(db_url, "import", "evaluations", bad)
    assert result.returncode == 1
    assert "row 2, column Employee ID: no staff member with this employee ID (E-404)" \
        in result.stderr
    assert "nothing was imported" in result.stderr.splitlines()[-1]

    good = evaluations_file(tmp_path / "good.xlsx", "E-ANN")
    dry = run(db_url, "import", "evaluations", good, "--dry-run")
    assert dry.returncode == 0 and "Dry run" in dry.stdout and "1 created" in dry.stdout
    assert quality.evaluations_of(seeded["ann"]["id"]) == []
    done = run(db_url, "import", "evaluations", good)
    assert done.returncode == 0, done.stderr
    assert "4 rows imported: 1 created" in done.stdout
    again = run(db_url, "import", "evaluations", good)
    assert again.returncode == 1 and "re-importing is refused" in again.stderr

    listed = run(db_url, "quality", "evaluations", "--staff", "E-ANN", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["interaction_id"], r["score"], r["evaluator"]) for r in rows] == \
        [("CALL-7", 87.5, "qa.one")]

    out = tmp_path / "quality.xlsx"
    export = run(db_url, "export", "quality", "--client", "acme", "--from", "2026-04-01",
                 "--to", "2026-04-30", "--out", out)
    assert export.returncode == 0, export.stderr
    wb = load_workbook(out)
    assert wb["Summary"]["D2"].value == 1 and wb["Summary"]["E2"].value == 0.875
    assert wb["Evaluations"]["G2"].value == "CALL-7"
    assert wb["Most failed items"]["B2"].value == "greet"


def test_calibration_and_accuracy_commands(seeded, db_url):
    card = quality.scorecard_by_name("Calls")
    version = quality.version_id(card["id"])
    session = quality.create_calibration(version, "CAL-1", held_on=dt.date(2026, 4, 20))
    yes = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
    for login, answers in (("expert", yes), ("bob", {**yes, "greet": "no"})):
        quality.evaluate(version, answers, evaluator=login, staff=seeded["ann"]["id"],
                         interaction_date=dt.date(2026, 4, 20), calibration=session["id"],
                         reference=login == "expert")
    result = run(db_url, "quality", "calibration", session["id"], "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["distance"], data["item_spread"]["greet"]) == ({"bob": 12.5}, 1.0)
    text = run(db_url, "quality", "accuracy", "bob")
    assert text.returncode == 0 and "87.5" in text.stdout
    assert "not enough calibrations" in text.stdout


def test_bad_input_gives_one_line_and_exit_1(seeded, db_url, tmp_path):
    assert_one_error_line(run(db_url, "export", "quality", "--client", "Nobody", "--from",
                              "2026-04-01", "--to", "2026-04-30", "--out",
                              tmp_path / "q.xlsx"), "No client named 'Nobody'")
    assert_one_error_line(run(db_url, "quality", "calibration", "999"),
                          "No calibration with id 999")
    assert_one_error_line(run(db_url, "quality", "evaluations", "--staff", "E-404"),
                          "E-404")
