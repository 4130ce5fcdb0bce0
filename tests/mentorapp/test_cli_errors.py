"""Everything that used to end in a traceback: one line on stderr, exit status 1, no stray
file, and never a database password in any output or the log."""

import contextlib
import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mentorapp import logs
from mentorapp.models import AuditEntry, Staff
from mentorapp.services import clients
from mentorapp.services import staff as staff_service

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def run(*args, prefix=(), **options):
    return subprocess.run([*prefix, sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, **options)


def assert_one_line_error(result, text):
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], lines


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A database of about half a megabyte (30 demo staff), copied by each test that needs it."""
    folder = tmp_path_factory.mktemp("demo")
    env = {**os.environ, "HOME": str(folder), "XDG_STATE_HOME": str(folder),
           "XDG_DATA_HOME": str(folder)}  # module scope: conftest's user folders are not set
    made = run("--db", folder / "demo.db", "demo", "--staff", "30", env=env)
    assert made.returncode == 0, made.stderr
    return folder / "demo.db"


@pytest.fixture
def database(demo_db, tmp_path):
    path = tmp_path / "app.db"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def shared_dir():
    """A folder another user can reach (pytest's tmp_path sits in the user's private folder)."""
    path = Path(tempfile.mkdtemp(prefix="mentorapp-test-"))
    path.chmod(0o777)
    yield path
    for folder in [path, *path.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o777)
    shutil.rmtree(path)


@pytest.fixture
def as_user_without_root(shared_dir):
    """Options for `run` that start the command as a user file permissions apply to: the
    current user, or `nobody` when the tests run as root (root writes to read-only files and
    folders)."""
    env = {**os.environ, "HOME": str(shared_dir / "home"),
           "XDG_STATE_HOME": str(shared_dir / "state")}
    if os.geteuid() != 0:
        return {"env": env}
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    try:
        probe = subprocess.run([*prefix, sys.executable, "-c", "import peewee"], cwd=ROOT,
                               capture_output=True)
    except FileNotFoundError:
        pytest.skip("setpriv is needed to run a command as user nobody")
    if probe.returncode != 0:
        pytest.skip(f"cannot run Python as user nobody here: {probe.stderr[-200:]!r}")
    return {"env": env, "prefix": prefix}


# -- backup --------------------------------------------------------------------------------
def test_backup_into_an_existing_folder(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert_one_line_error(run("--db", database, "backup", "--out", folder), "is a folder")
    assert files_in(folder) == []


def test_backup_into_a_read_only_folder(database, shared_dir, as_user_without_root):
    """Run as a user the folder's permissions really stop: the check is os.access, so this
    proves the refusal, and that nothing (no .part file) is left in the folder."""
    source = shared_dir / "app.db"
    shutil.copy(database, source)
    source.chmod(0o666)
    folder = shared_dir / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    result = run("--db", source, "backup", "--out", folder / "copy.db", **as_user_without_root)
    assert_one_line_error(result, f"the folder {folder} is read-only")
    assert files_in(folder) == []


def _limit_file_size():
    # What a full disk does to the writer: a write past this size fails (EFBIG; Python
    # ignores SIGXFSZ). Works without root, unlike mounting a small file system.
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


def test_backup_that_runs_out_of_space_leaves_no_partial_file(database, tmp_path):
    assert database.stat().st_size > 300_000  # the copy cannot fit under the limit
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("--db", database, "backup", "--out", folder / "copy.db",
                 preexec_fn=_limit_file_size)
    assert_one_line_error(result, f"Cannot write the backup {folder / 'copy.db'}")
    assert "nothing was written" in result.stderr
    assert files_in(folder) == []


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str):
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs needs root with CAP_SYS_ADMIN")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_backup_onto_a_really_full_disk(database, tmp_path):
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        result = run("--db", database, "backup", "--out", disk / "copy.db")
        assert_one_line_error(result, "database or disk is full")
        assert files_in(disk) == []


# -- the database file -----------------------------------------------------------------------
def test_import_into_a_read_only_database(database, shared_dir, as_user_without_root):
    path = shared_dir / "app.db"
    shutil.copy(database, path)
    path.chmod(0o444)
    roster = shared_dir / "staff.csv"
    roster.write_text("Employee ID,First Name,Last Name\nRO-1,Ann,Lee\n")
    roster.chmod(0o644)
    result = run("--db", path, "import", "staff", roster, **as_user_without_root)
    assert_one_line_error(result, f"{path} is read-only: nothing was changed")
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM staff WHERE employee_id = 'RO-1'").fetchone() == (0,)
    con.close()


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Ann about the Acme renewal\n" * 100)
    before = notes.read_bytes()
    assert_one_line_error(run("--db", notes, "stats"), "is not a MentorApp database")
    assert notes.read_bytes() == before
    assert files_in(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("command", [
    ["stats"],
    ["backup", "--out", "{tmp}/copy.db"],
    ["import", "staff", "{tmp}/staff.csv"],
    ["template", "staff", "--out", "{tmp}/t.xlsx"],
    ["export", "training-matrix", "--out", "{tmp}/m.xlsx"],
])
def test_a_mistyped_database_path_creates_nothing(tmp_path, command):
    (tmp_path / "staff.csv").write_text("Employee ID,First Name,Last Name\nE1,Ann,Lee\n")
    missing = tmp_path / "mentorap.db"
    result = run("--db", missing, *[part.format(tmp=tmp_path) for part in command])
    assert_one_line_error(result, f"The database file {missing} does not exist")
    assert files_in(tmp_path) == ["staff.csv"]


def test_a_mistyped_sqlite_url_or_environment_variable_creates_nothing(tmp_path):
    missing = tmp_path / "nope.db"
    assert_one_line_error(run("--db", f"sqlite:///{missing}", "stats"), "does not exist")
    assert_one_line_error(run("stats", env={**os.environ, "MENTORAPP_DB": str(missing)}),
                          "does not exist")
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("command", [["demo", "--staff", "3"], ["migrate"]])
def test_demo_and_migrate_still_create_a_new_database(tmp_path, command):
    path = tmp_path / "new.db"
    assert run("--db", path, *command).returncode == 0
    assert json.loads(run("--db", path, "stats", "--json").stdout)["Competency"] == 10


# -- reports and output ----------------------------------------------------------------------
@pytest.mark.parametrize("report, dates", [
    ("client-report", ["--from", "0001-01-01", "--to", "2025-01-31"]),
    ("client-report", ["--from", "2025-01-01", "--to", "9999-12-31"]),
    ("mentoring", ["--from", "0001-01-01", "--to", "9999-12-31"]),
])
def test_report_dates_out_of_range(database, tmp_path, report, dates):
    client = ["--client", "Acme"] if report == "client-report" else []
    result = run("--db", database, "export", report, *client, *dates,
                 "--out", tmp_path / "r.xlsx")
    assert_one_line_error(result, "is out of range: report dates run from 1900-01-01")
    assert not (tmp_path / "r.xlsx").exists()


def test_output_closed_early(database):
    """`stats --json | head -1`: the reader goes away before the command writes."""
    child = subprocess.Popen([sys.executable, "main.py", "--db", str(database), "stats",
                              "--json"], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    child.stdout.close()  # long before the interpreter has started
    stderr = child.stderr.read()
    child.stderr.close()
    assert child.wait(timeout=60) == 1
    lines = stderr.strip().splitlines()
    assert lines == ["error: the output was closed before everything was written"], stderr


# -- passwords -------------------------------------------------------------------------------
PASSWORDS = ["s3cr#t-pw", "s3cr?t-pw", "s3cr/t-pw", "s3cr@t-pw", "a#b?c/d@e-pw"]


def assert_password_nowhere(password, result):
    log = logs.log_file()  # the test's own user folders (conftest)
    texts = [result.stdout, result.stderr, log.read_text() if log.exists() else ""]
    for text in texts:
        assert password not in text
        assert "-pw" not in text  # no piece of it either


@pytest.mark.parametrize("password", PASSWORDS)
def test_password_hidden_when_the_server_cannot_be_reached(password):
    url = f"postgresql://ann:{password}@127.0.0.1:1/mentor"
    result = run("--db", url, "stats")
    assert_one_line_error(result, "Cannot open database postgresql://ann:***@127.0.0.1:1/mentor")
    assert_password_nowhere(password, result)


def test_password_hidden_in_a_bad_port_message():
    result = run("--db", "postgresql://ann:a#b?c/d@e-pw@db.example.com:54x/mentor", "stats")
    assert_one_line_error(result, "postgresql://ann:***@db.example.com:54x/mentor")
    assert_password_nowhere("a#b?c/d@e-pw", result)


BUGGY_STATS = """
import runpy, sys
import peewee
from mentorapp import cli

def broken(args):
    raise ERROR("connection string was " + args.db)

cli._stats = broken
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.mark.parametrize("error", ["RuntimeError", "peewee.OperationalError"])
def test_a_program_error_is_one_line_and_its_traceback_is_logged_without_the_password(error):
    """A bug, also one in SQL the database refuses, is one line on stderr; its traceback is
    in the log file, and the password is in neither."""
    password = "a#b?c/d@e-pw"
    result = subprocess.run([sys.executable, "-c", BUGGY_STATS.replace("ERROR", error),
                             "--db", f"postgresql://ann:{password}@127.0.0.1:1/mentor",
                             "stats"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    name = error.rpartition(".")[2]
    assert_one_line_error(result, f"unexpected {name}: connection string was "
                          "postgresql://ann:***@127.0.0.1:1/mentor (a program error; the "
                          f"details are in {logs.log_file()})")
    logged = logs.log_file().read_text()
    assert logs.log_file().stat().st_mode & 0o077 == 0  # the owner's only
    assert "Traceback (most recent call last)" in logged and "in broken" in logged
    assert "connection string was postgresql://ann:***@127.0.0.1:1/mentor" in logged
    assert_password_nowhere(password, result)


@pytest.mark.postgres
@pytest.mark.parametrize("password", PASSWORDS)
def test_a_url_with_a_raw_password_reaches_its_database(postgres_url, password):
    """The test server trusts every login, so the password itself is not checked: this proves
    the URL is split right (before, `#` or `?` cut off the database name)."""
    url = postgres_url.replace("postgresql://postgres@", f"postgresql://postgres:{password}@")
    assert url != postgres_url
    migrated = run("--db", url, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    stats = run("--db", url, "stats", "--json")
    assert json.loads(stats.stdout)["Competency"] == 10
    for result in (migrated, stats):
        assert_password_nowhere(password, result)


# -- PostgreSQL connection cut in the middle of an import or an export ----------------------------
CUT_CONNECTION = """
import runpy, sys
from mentorapp import bulk, db
from mentorapp.excel import client_data

url = sys.argv[sys.argv.index("--db") + 1]

def cut_after(real):
    def first_then_cut(*args, **kwargs):
        result = real(*args, **kwargs)
        (pid,) = db.database.execute_sql("SELECT pg_backend_pid()").fetchone()
        other = db.connect(url)
        other.connect()
        other.execute_sql("SELECT pg_terminate_backend(%s, 10000)", (pid,))
        other.close()
        return result
    return first_then_cut

bulk.insert_rows = cut_after(bulk.insert_rows)
client_data.staff_rows = cut_after(client_data.staff_rows)
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def run_cut(*args):
    return subprocess.run([sys.executable, "-c", CUT_CONNECTION, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def postgres_db(db, db_url):
    """The test's PostgreSQL database (open and bound here) and its URL for the command."""
    return db_url


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_postgres_connection_cut_during_an_import(postgres_db, tmp_path):
    clients.create(name="Acme")
    audit_before = AuditEntry.select().count()
    roster = tmp_path / "staff.csv"
    roster.write_text("Employee ID,First Name,Last Name,Client\n"
                      + "".join(f"E{n},Ann,Lee,Acme\n" for n in range(500)))
    result = run_cut("--db", postgres_db, "import", "staff", roster)
    assert_one_line_error(result, "was lost")
    assert "nothing of the unfinished step was saved" in result.stderr
    assert Staff.select().count() == 0
    assert AuditEntry.select().count() == audit_before


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_postgres_connection_cut_during_an_export(postgres_db, tmp_path):
    acme = clients.create(name="Acme")["id"]
    person = staff_service.create(employee_id="A1", first_name="Ann", last_name="Lee")["id"]
    staff_service.assign(person, acme, "Agent", dt.date(2024, 1, 1))
    folder = tmp_path / "out"
    folder.mkdir()
    result = run_cut("--db", postgres_db, "export", "client-report", "--client", "Acme",
                     "--from", "2025-01-01", "--to", "2025-03-31", "--out", folder / "r.xlsx")
    assert_one_line_error(result, "was lost")
    assert files_in(folder) == []
