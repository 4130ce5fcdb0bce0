"""The client loop's commands as a user (or a scheduled task) runs them: contacts, the report
register, marking sent and acknowledged, and every client's pack at once with one failing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentorapp import opening
from mentorapp.services import client_reports, clients, staff

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def assert_user_error(result, text):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], lines
    assert "Traceback" not in result.stderr


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "app.db"
    database = opening.open_database(str(path))
    for name in ("Acme", "Beta", "Core"):
        client = clients.create(name=name)["id"]
        person = staff.create(employee_id=f"{name[0]}1", first_name="Ana", last_name=name)
        staff.assign(person["id"], client, "Agent", dt.date(2024, 1, 1))
    clients.create(name="Dormant", active=False)
    database.close()
    return path


@pytest.mark.slow
def test_contacts_register_sent_and_acknowledged(database, tmp_path):
    db = ("--db", database)
    added = run(*db, "clients", "contacts", "add", "Acme", "--name", "Ann Lee",
                "--email", "Ann@Acme.test", "--role", "Operations lead")
    assert added.returncode == 0 and "Added Ann Lee <ann@acme.test> to Acme" in added.stdout
    assert_user_error(run(*db, "clients", "contacts", "add", "acme", "--name", "Again",
                          "--email", "ANN@acme.test"), "already the email of Ann Lee")
    assert_user_error(run(*db, "clients", "contacts", "add", "Nobody", "--name", "X",
                          "--email", "x@y.test"), "No client named 'Nobody'")
    listed = run(*db, "clients", "contacts", "list", "Acme", "--json")
    assert json.loads(listed.stdout) == [{"name": "Ann Lee", "email": "ann@acme.test",
                                          "role": "Operations lead", "active": True}]

    out = tmp_path / "packs"
    out.mkdir()
    made = run(*db, "export", "client-report", "--client", "Acme", "--from", "2025-01-01",
               "--to", "2025-01-31", "--out", out)
    assert made.returncode == 0, made.stderr
    path = out / "Acme 2025-01-01..2025-01-31 v1.xlsx"
    assert str(path.resolve()) in made.stdout and load_workbook(path).sheetnames[0] == "Cover"

    (row,) = json.loads(run(*db, "reports", "list", "--json").stdout)
    assert (row["client"], row["version"], row["status"], row["file_name"]) == \
        ("Acme", 1, "prepared", path.name)
    assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    table = run(*db, "reports", "list", "--client", "Acme").stdout.splitlines()
    assert table[0].split()[:4] == ["ID", "Client", "Period", "Ver"]
    assert f"{row['id']}" in table[1] and "v1" in table[1] and row["sha256"][:12] in table[1]
    assert run(*db, "reports", "list", "--client", "Beta").stdout.strip() == \
        "No client report versions registered"

    assert_user_error(run(*db, "reports", "mark-sent", row["id"], "--to", "ann@acme.test",
                          "zed@acme.test"), "'zed@acme.test' is not a contact of Acme")
    assert_user_error(run(*db, "reports", "mark-sent", 999, "--to", "ann@acme.test"),
                      "No client report version with id 999")
    assert_user_error(run(*db, "reports", "mark-acknowledged", row["id"], "--by",
                          "ann@acme.test"), "mark it sent first")
    sent = run(*db, "reports", "mark-sent", row["id"], "--to", "ANN@acme.test", "--via",
               "meeting", "--on", "2025-02-03")
    assert sent.returncode == 0, sent.stderr
    assert "sent via meeting to ann@acme.test" in sent.stdout
    done = run(*db, "reports", "mark-acknowledged", row["id"], "--by", "ann@acme.test",
               "--on", "2025-02-05")
    assert done.returncode == 0 and "acknowledged by ann@acme.test on 2025-02-05" in done.stdout
    (row,) = json.loads(run(*db, "reports", "list", "--json").stdout)
    assert (row["status"], row["sent_via"], row["sent_to"], row["acknowledged_by"]) == \
        ("acknowledged", "meeting", ["ann@acme.test"], "ann@acme.test")
    bad = run(*db, "reports", "mark-sent", "x", "--to", "a@b.test")
    assert bad.returncode == 2 and "is not a report version id" in bad.stderr


@pytest.mark.slow
def test_the_scheduled_run_goes_on_past_a_failing_client(database, tmp_path):
    out = tmp_path / "packs"
    out.mkdir()
    start, end = client_reports.named_period("last-month", dt.date.today())
    blocked = out / f"Beta {start.isoformat()}..{end.isoformat()} v1.xlsx"
    blocked.write_bytes(b"someone's file")
    blocked.chmod(0o444)
    result = run("--db", database, "export", "client-reports", "--all", "--period",
                 "last-month", "--out-dir", out)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == f"2 written, 1 failed: Beta ({start.isoformat()}..{end.isoformat()})"
    assert [line.split(":")[0] for line in lines[:-1]] == ["Written Acme", "Written Core"]
    (failure,) = result.stderr.strip().splitlines()
    assert failure.startswith("FAILED Beta: Cannot save over") and "read-only" in failure
    for name in ("Acme", "Core"):
        assert load_workbook(out / f"{name} {start.isoformat()}..{end.isoformat()} v1.xlsx")
    assert blocked.read_bytes() == b"someone's file"
    database_again = opening.open_database(str(database))
    assert sorted(v["client_name"] for v in client_reports.versions()) == ["Acme", "Core"]
    database_again.close()

    again = run("--db", database, "export", "client-reports", "--all", "--period",
                "last-quarter", "--out-dir", out)
    assert again.returncode == 0 and again.stdout.strip().splitlines()[-1].startswith(
        "3 written, 0 failed (")
    assert_user_error(run("--db", database, "export", "client-reports", "--all", "--period",
                          "last-month", "--out-dir", tmp_path / "missing"), "is not a folder")
    usage = run("--db", database, "export", "client-reports", "--period", "last-week",
                "--out-dir", out)
    assert usage.returncode == 2


@pytest.mark.slow
def test_pdf_packs_next_to_the_workbooks_each_with_its_own_client_only(database, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "packs"
    out.mkdir()
    start, end = client_reports.named_period("last-quarter", dt.date.today())
    stem = f"{start.isoformat()}..{end.isoformat()} v1"
    (out / f"Core {stem}.pdf").write_bytes(b"someone's pdf")
    (out / f"Core {stem}.pdf").chmod(0o444)
    result = run("--db", database, "export", "client-reports", "--all", "--period",
                 "last-quarter", "--out-dir", out, "--pdf")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[:2] == [f"Written {name}: {(out / f'{name} {stem}.xlsx').resolve()} and "
                         f"{name} {stem}.pdf" for name in ("Acme", "Beta")]
    (failure,) = result.stderr.strip().splitlines()
    assert failure.startswith("FAILED Core: ") and "Traceback" not in result.stderr
    assert (out / f"Core {stem}.pdf").read_bytes() == b"someone's pdf"
    for name, others in (("Acme", ("Beta", "Core")), ("Beta", ("Acme", "Core"))):
        text = "\n".join(page.extract_text() for page in
                         PdfReader(out / f"{name} {stem}.pdf").pages)
        assert f"Ana {name}" in text and f"Confidential - prepared for {name}" in text
        assert not any(f"Ana {other}" in text or other in text for other in others), name

    one = run("--db", database, "export", "client-report", "--client", "acme", "--from",
              start, "--to", end, "--out", out, "--pdf")
    assert one.returncode == 0, one.stderr
    second = out / f"Acme {start.isoformat()}..{end.isoformat()} v2"
    assert one.stdout.splitlines() == [f"Report written to {second.resolve()}.xlsx",
                                       f"Report written to {second.resolve()}.pdf"]


def test_a_client_s_report_language_is_set_by_name_and_a_bad_one_is_one_line(database):
    result = run("--db", database, "clients", "set-language", "acme", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Acme's reports are in Español (es)"
    assert_user_error(run("--db", database, "clients", "set-language", "Acme", "fr"),
                      "report language: 'fr' is not one of: en, es, pt_BR")
    assert_user_error(run("--db", database, "clients", "set-language", "Nobody", "es"),
                      "No client named 'Nobody'")
