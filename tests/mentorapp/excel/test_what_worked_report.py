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


def _kpi_row(**figures) -> dict:
    """An intervention row of a handling-time KPI (whole seconds, lower is better)."""
    return {"kind": "training", "label": "Call control", "program": "Call control",
            "date": TRAINED, "employee_id": "E1", "staff_name": "Ana Trainee", "client": "Acme",
            "role": "Agent", "measure": "AHT", "unit": "seconds", "decimals": 0,
            "better": "lower", "before_from": dt.date(2026, 2, 1),
            "after_to": dt.date(2026, 8, 31), "comparison_n": 6, "warning": None, **figures}


def test_each_figure_is_shown_at_its_measures_places(case, tmp_path, monkeypatch):
    """A change the verdict reads as none (0.4 s, judged in whole seconds) shows "0", not
    "+0.40" beside "No difference"; a competency rating keeps its two places."""
    from mentorapp.excel import what_worked_data
    from mentorapp.excel.pack_pdf import excel_text

    real = what_worked_data.collect

    def with_a_kpi_row(*args, **kwargs):
        result = real(*args, **kwargs)
        result["rows"].append(_kpi_row(
            before=301.4, after=300.2, change=-1.2, comparison_before=300.0,
            comparison_after=298.4, comparison_change=-1.6, comparison_spread=2.25, did=0.4,
            verdict="no difference"))
        result["by_client"].append({"client": "Acme", "kind": "training", "measure": "AHT",
                                    "unit": "seconds", "decimals": 0, "n": 5,
                                    "comparison_n": 30, "mean": -0.3, "spread": 1.26,
                                    "verdict": "no difference", "warning": None})
        return result

    monkeypatch.setattr(what_worked_data, "collect", with_a_kpi_row)
    wb = load_workbook(export_what_worked_report(dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                                                 tmp_path / "ww.xlsx"))
    ws = wb["Interventions"]
    header = [cell.value for cell in ws[1]]

    def shown(row, name):
        cell = row[header.index(name)]
        return excel_text(cell.value, cell.number_format)

    rows = {(row[header.index("Name")].value, row[header.index("Measure")].value): row
            for row in ws.iter_rows(min_row=2)}
    aht = rows[("Ana Trainee", "AHT")]
    assert [shown(aht, name) for name in ("Before", "After", "Change", "Comparison spread (SD)",
                                          "Difference", "Verdict")] == [
        "301", "300", "-1", "2", "0", "No difference"]
    rating = rows[("Ana Trainee", "Competency rating")]
    assert [shown(rating, name) for name in ("Before", "Change", "Difference")] == [
        "2.00", "+2.00", "+1.80"]
    by_client = wb["By client"]
    header = [cell.value for cell in by_client[1]]
    (acme,) = [row for row in by_client.iter_rows(min_row=2)
               if row[header.index("Measure")].value == "AHT"]
    assert [shown(acme, name) for name in ("Mean difference", "Spread (SD)")] == ["0", "1"]
