"""The template and import commands as a user runs them, and an import killed half way."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import peewee
import pytest
from openpyxl import Workbook, load_workbook

from mentorapp.models import AuditEntry, Staff
from mentorapp.services import clients

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def write_xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "cli.db"
    assert run("--db", path, "migrate").returncode == 0
    return path


def test_template_filled_in_and_imported(database, tmp_path):
    out = tmp_path / "staff.xlsx"
    made = run("--db", database, "template", "staff", "--out", out)
    assert made.returncode == 0 and made.stdout.strip() == f"Template written to {out}"
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.append({headers.index("Employee ID") + 1: "E1", headers.index("First Name") + 1: "Ann",
               headers.index("Last Name") + 1: "Lee"})
    wb.save(out)
    result = run("--db", database, "import", "staff", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 row imported: 1 created, 0 updated, 0 unchanged"
    again = run("--db", database, "import", "staff", out)
    assert again.stdout.strip() == "1 row imported: 0 created, 0 updated, 1 unchanged"


def test_problems_are_all_printed_and_exit_1(database, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["Employee ID", "First Name", "Last Name", "Email", "Colour"],
        ["E1", "Ann", None, "ann@", "red"],
        ["E2", "Bob", "Ray", None, None],
        ["E2", "Bob", "Ray", None, None],
    ])
    result = run("--db", database, "import", "staff", path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "warning: Column 'Colour' is not part of a staff import and was ignored",
        "row 2, column Last Name: is required (empty)",
        "row 2, column Email: is not a valid email address (ann@)",
        "row 4, column Employee ID: this employee ID is also on row 3 (E2)",
        "error: 3 problems found in bad.xlsx; nothing was imported",
    ]
    stats = run("--db", database, "stats")
    assert any(line.split() == ["Staff", "0"] for line in stats.stdout.splitlines())


def test_dry_run_prints_what_would_happen(database, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["Employee ID", "First Name", "Last Name"],
                                             ["E1", "Ann", "Lee"], ["E2", "Bob", "Ray"]])
    result = run("--db", database, "import", "staff", path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Dry run, nothing written: 2 rows checked; they would give "
                                     "2 created, 0 updated, 0 unchanged")
    real = run("--db", database, "import", "staff", path)
    assert real.stdout.strip() == "2 rows imported: 2 created, 0 updated, 0 unchanged"


def test_create_clients_flag_and_client_feedback_form(database, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["Employee ID", "First Name", "Last Name", "Client"],
                                             ["E1", "Ann", "Lee", "Initech"]])
    refused = run("--db", database, "import", "staff", path)
    assert refused.returncode == 1 and "row 2, column Client: no client with this name" in \
        refused.stderr
    created = run("--db", database, "import", "staff", path, "--create-clients")
    assert created.returncode == 0, created.stderr
    form = tmp_path / "initech.xlsx"
    made = run("--db", database, "template", "feedback", "--client", "initech", "--out", form)
    assert made.returncode == 0, made.stderr
    ws = load_workbook(form).worksheets[0]
    assert [ws["A2"].value, ws["B2"].value] == ["E1", "Ann Lee"]


@pytest.mark.parametrize("content", [b"", b"hello", b"PK\x03\x04broken zip"])
def test_unreadable_files_give_one_error_line(database, tmp_path, content):
    path = tmp_path / "upload.xlsx"
    path.write_bytes(content)
    result = run("--db", database, "import", "feedback", path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: upload.xlsx ")
    assert "Traceback" not in result.stderr


def test_usage_errors(database, tmp_path):
    assert run("--db", database, "import", "clients", tmp_path / "x.xlsx").returncode == 2
    assert run("--db", database, "template", "staff").returncode == 2  # --out is required
    wrong = run("--db", database, "template", "staff", "--client", "Acme",
                "--out", tmp_path / "t.xlsx")
    assert wrong.returncode == 1 and wrong.stderr.strip() == \
        "error: --client is only for feedback templates"
    unknown = run("--db", database, "template", "feedback", "--client", "Nobody",
                  "--out", tmp_path / "t.xlsx")
    assert unknown.returncode == 1 and "No client named 'Nobody'" in unknown.stderr
    assert not (tmp_path / "t.xlsx").exists()


KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from mentorapp import opening
    from mentorapp.excel.importing import import_file
    from mentorapp.models import Staff

    def progress(done, total):
        if done > 90:  # writing: staff are inserted, the transaction is still open
            print("writing", Staff.select().count(), flush=True)
            time.sleep(60)

    opening.open_database(sys.argv[1])
    import_file("staff", sys.argv[2], progress=progress)
""")


def test_import_killed_half_way_leaves_the_database_intact(db, db_url, tmp_path):
    clients.create(name="Acme")
    path = write_xlsx(tmp_path / "r.xlsx", [["Employee ID", "First Name", "Last Name", "Client"]]
                      + [[f"E{n}", "A", "B", "Acme"] for n in range(3000)])
    audit_before = AuditEntry.select().count()
    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, db_url, str(path)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().split() == ["writing", "3000"]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert Staff.select().count() == 0
    assert AuditEntry.select().count() == audit_before
    if isinstance(db, peewee.SqliteDatabase):
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
