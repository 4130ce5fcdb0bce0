"""`python main.py export ...` as a user runs it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentorapp import opening
from mentorapp.services import clients, staff

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def assert_user_error(result, text):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], lines


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "app.db"
    database = opening.open_database(str(path))
    acme = clients.create(name="Acme")["id"]
    ana = staff.create(employee_id="A001", first_name="Ana", last_name="Cruz")["id"]
    staff.assign(ana, acme, "Agent", dt.date(2024, 1, 1))
    database.close()
    return path


@pytest.mark.slow
def test_every_export_command_writes_its_file_and_says_where(database, tmp_path):
    commands = {
        "client.xlsx": ["client-report", "--client", "Acme", "--from", "2025-01-01",
                        "--to", "2025-03-31"],
        "staff.xlsx": ["staff-report", "--staff", "A001", "--include-private"],
        "matrix.xlsx": ["training-matrix", "--client", "Acme"],
        "mentoring.xlsx": ["mentoring", "--from", "2025-01-01", "--to", "2025-03-31"],
    }
    for name, command in commands.items():
        out = tmp_path / name
        result = run("--db", database, "export", *command, "--out", out)
        assert result.returncode == 0, result.stderr
        assert str(out.resolve()) in result.stdout
        assert load_workbook(out).sheetnames


@pytest.mark.slow
def test_user_errors_are_one_line_and_exit_1(database, tmp_path):
    out = tmp_path / "x.xlsx"
    assert_user_error(run("--db", database, "export", "client-report", "--client", "Nobody",
                          "--from", "2025-01-01", "--to", "2025-03-31", "--out", out),
                      "No client named 'Nobody'")
    assert_user_error(run("--db", database, "export", "client-report", "--client", "Acme",
                          "--from", "2025-03-01", "--to", "2025-01-31", "--out", out),
                      "before it starts")
    assert_user_error(run("--db", database, "export", "mentoring", "--from", "2025-03-01",
                          "--to", "2025-01-31", "--out", out), "before it starts")
    assert_user_error(run("--db", database, "export", "staff-report", "--staff", "Z9",
                          "--out", out), "Z9")
    assert_user_error(run("--db", database, "export", "training-matrix", "--client", "Nope",
                          "--out", out), "Nope")
    assert_user_error(run("--db", database, "export", "staff-report", "--staff", "A001",
                          "--out", tmp_path / "missing" / "x.xlsx"), "does not exist")
    assert not out.exists()
    bad_date = run("--db", database, "export", "mentoring", "--from", "2025-13-01",
                   "--to", "2025-01-31", "--out", out)
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr


def test_reports_module_offers_the_api_the_gui_codes_against():
    import inspect

    from mentorapp.excel import reports

    expected = {
        "export_client_report": ["client", "start", "end", "out", "progress"],
        "export_staff_report": ["employee_id", "out", "include_private", "progress",
                                "language"],
        "export_training_matrix": ["out", "client", "progress", "language"],
        "export_mentoring_report": ["start", "end", "out", "progress", "language"],
        "export_table": ["out", "headers", "rows", "title", "progress"],
    }
    for name, parameters in expected.items():
        signature = inspect.signature(getattr(reports, name))
        assert [p for p in signature.parameters if p != "today"] == parameters, name


def test_a_workbook_under_another_extension_is_refused(database, tmp_path):
    for command in (("bench", "--client", "Acme"), ("training-matrix",),
                    ("staff-report", "--staff", "A001")):
        result = run("--db", database, "export", *command, "--out", tmp_path / "x.csv")
        assert result.returncode == 2 and "does not end in .xlsx" in result.stderr, command
        assert "Traceback" not in result.stderr
    assert_user_error(run("--db", database, "export", "client-report", "--client", "Acme",
                          "--from", "2025-01-01", "--to", "2025-03-31",
                          "--out", tmp_path / "pack.csv"), "neither a folder nor an .xlsx")
    ids = tmp_path / "intake.txt"
    ids.write_text("A001\n")
    for command in (("template", "staff"), ("match", "cohort", "--staff-file", ids)):
        result = run("--db", database, *command, "--out", tmp_path / "x.csv")
        assert result.returncode == 2 and "does not end in .xlsx" in result.stderr, command
        assert "Traceback" not in result.stderr
    assert not any(path.suffix == ".csv" for path in tmp_path.iterdir())
