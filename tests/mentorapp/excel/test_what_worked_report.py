"""The What worked workbook, reopened: each intervention's figures and warning, the
summaries, the client filter, no comparison person named; and the command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentorapp.errors import NotFoundError
from mentorapp.excel.what_worked_report import export_what_worked_report
from mentorapp.services import feedback
from mentorapp.translations import translator

ROOT = Path(__file__).resolve().parents[3]
PLACED = dt.date(2025, 1, 1)
TRAINED = dt.date(2026, 5, 15)  # windows Feb-Apr and Jun-Aug 2026


def _rows(ws):
    (table,) = ws.tables.values()
    rows = [[c.value for c in row] for row in ws[table.ref]]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def rate(person, day, rating, competency):
    feedback.create(staff=person["id"], source="management", date=day,
                    ratings={competency: rating})


@pytest.fixture
def case(db, make):
    """Acme: Ana trained (2 -> 4) and five peers (3 -> 3, one 3 -> 4). Tiny: Bo trained with
    only two peers."""
    competency = make.competency_ids()[0]
    program = make.program("Call control")
    people = {}
    for client_name, trainee, peers in (("Acme", "Ana", 5), ("Tiny", "Bo", 2)):
        client = make.client(client_name)
        person = make.staff(trainee, "Trainee", client, role="Agent", since=PLACED)
        make.enrollment(person, program, status="completed", completed_date=TRAINED)
        rate(person, dt.date(2026, 3, 1), 2, competency)
        rate(person, dt.date(2026, 7, 1), 4, competency)
        for i in range(peers):
            peer = make.staff(f"{client_name}Peer{i}", "Secret", client, role="Agent",
                              since=PLACED)
            rate(peer, dt.date(2026, 3, 1), 3, competency)
            rate(peer, dt.date(2026, 7, 1), 4 if i == 0 else 3, competency)
        people[trainee] = person
    return people


def test_the_workbook_shows_each_figure_and_the_warning(case, tmp_path):
    out = export_what_worked_report(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                    tmp_path / "ww.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["About", "Interventions", "By program", "By mentor", "By client"]
    rows = {(r["Name"], r["Measure"]): r for r in _rows(wb["Interventions"])}
    ana = rows[("Ana Trainee", "Competency rating")]
    assert (ana["Client"], ana["Role"], ana["Kind"], ana["Intervention"]) == (
        "Acme", "Agent", "Training", "Training: Call control")
    assert (ana["Before"], ana["After"], ana["Change"]) == (2, 4, 2)
    assert ana["Comparison people"] == 5
    assert ana["Comparison change"] == pytest.approx(0.2)
    assert ana["Difference"] == pytest.approx(1.8)
    assert (ana["Verdict"], ana["Warning"]) == ("Better", None)
    bo = rows[("Bo Trainee", "Competency rating")]
    assert bo["Difference"] == pytest.approx(2 - 0.5)  # peers 3 -> 4 and 3 -> 3
    assert bo["Warning"] == ("Too few to say: only 2 comparable people without it (at least 5 "
                             "needed).")
    program = {r["Measure"]: r for r in _rows(wb["By program"])}["Competency rating"]
    assert (program["Program"], program["Interventions"], program["Comparison people"]) == (
        "Call control", 2, 7)
    assert program["Mean difference"] == pytest.approx((1.8 + 1.5) / 2)
    assert program["Spread (SD)"] == pytest.approx(0.3 / 2 ** 0.5)
    assert program["Warning"].startswith("Too few to say: only 2 people had it")
    assert [r["Mentor"] for r in _rows(wb["By mentor"])] == [
        "No mentorships or coaching sessions in this period"]
    texts = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value}
    assert not any("Secret" in text or "Peer" in text for text in texts)
    assert "Fewer than 5 comparison people" in _about(wb)["Too few to say"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_too_few_to_say_claims_neither_better_nor_worse(case, tmp_path, language):
    """Tiny's rows (Bo's +1.50 against two peers, a measure with no figures, the program's
    average over one person) all read too few to say, in the report's language."""
    _ = translator(language).gettext
    wb = load_workbook(export_what_worked_report(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                                 tmp_path / "tiny.xlsx", client="tiny",
                                                 language=language))
    verdicts = {row[_("Verdict")] for sheet in ("Interventions", "By program")
                for row in _rows(wb[_(sheet)])}
    assert verdicts == {_("Too few to say")}


def _about(wb):
    return {r["Topic"]: r["How it is done"] for r in _rows(wb["About"])}


def test_one_clients_people_only(case, tmp_path):
    out = export_what_worked_report(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                    tmp_path / "tiny.xlsx", client="tiny")
    wb = load_workbook(out)
    assert {r["Name"] for r in _rows(wb["Interventions"])} == {"Bo Trainee"}
    assert {r["Client"] for r in _rows(wb["By client"])} == {"Tiny"}
    assert _about(wb)["Period"].endswith("of people placed on Tiny")
    with pytest.raises(NotFoundError):
        export_what_worked_report(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                  tmp_path / "x.xlsx", client="Nobody")
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_command_writes_the_file_or_says_what_is_wrong(case, db, tmp_path):
    out = tmp_path / "cli.xlsx"
    run = [sys.executable, "main.py", "--db", db.database, "export", "what-worked",
           "--from", "2026-05-01", "--to", "2026-05-31", "--client", "Acme", "--out", str(out)]
    db.close()
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert {r["Name"] for r in _rows(load_workbook(out)["Interventions"])} == {"Ana Trainee"}
    result = subprocess.run([*run[:-3], "Nobody", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["error: No client named 'Nobody'"]
