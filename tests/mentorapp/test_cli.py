"""The command line as a user runs it: `python main.py ...` in a subprocess."""

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentorapp import __version__
from mentorapp.migrations import CURRENT_VERSION

ROOT = Path(__file__).resolve().parents[2]
SAVED_V1 = ROOT / "tests" / "data" / "mentorapp_v1.db"


def run(*args, env=None):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


def assert_user_error(result, text):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], lines
    assert "Traceback" not in result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"MentorApp {__version__}"


def test_bad_usage_exits_2():
    assert run("no-such-command").returncode == 2
    assert run("demo", "--staff", "zero").returncode == 2
    assert run("backup").returncode == 2  # --out is required


def test_stats_on_a_new_database(tmp_path):
    assert run("--db", tmp_path / "new.db", "migrate").returncode == 0
    result = run("--db", tmp_path / "new.db", "stats", "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["Staff"] == 0 and counts["Competency"] == 10
    text = run("--db", tmp_path / "new.db", "stats")
    assert "Competency" in text.stdout and "10" in text.stdout


def test_db_from_environment_variable(tmp_path):
    import os

    env = {**os.environ, "MENTORAPP_DB": str(tmp_path / "env.db")}
    assert run("migrate", env=env).returncode == 0
    assert (tmp_path / "env.db").exists()
    assert "Competency" in run("stats", env=env).stdout


def test_backup_and_restore(tmp_path):
    source = tmp_path / "source.db"
    shutil.copy(SAVED_V1, source)
    assert run("--db", source, "migrate").returncode == 0
    result = run("--db", source, "backup", "--out", tmp_path / "copy.db")
    assert result.returncode == 0 and "copy.db" in result.stdout
    target = tmp_path / "target.db"
    assert run("--db", target, "restore", tmp_path / "copy.db").returncode == 0
    counts = json.loads(run("--db", target, "stats", "--json").stdout)
    assert counts["Staff"] == 3 and counts["Enrollment"] == 3
    # The target now holds data: a second restore needs --force.
    assert_user_error(run("--db", target, "restore", tmp_path / "copy.db"), "--force")
    assert run("--db", target, "restore", tmp_path / "copy.db", "--force").returncode == 0


def test_restore_rejects_files_that_are_not_backups(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    assert_user_error(run("--db", tmp_path / "t.db", "restore", junk), "not a MentorApp backup")
    assert_user_error(run("--db", tmp_path / "t.db", "restore", tmp_path / "missing.db"),
                      "not found")


def test_backup_into_a_missing_folder_is_a_user_error(tmp_path):
    assert run("--db", tmp_path / "a.db", "migrate").returncode == 0
    assert_user_error(run("--db", tmp_path / "a.db", "backup", "--out",
                          tmp_path / "nope" / "b.db"), "Backup folder does not exist")


def test_migrate_reports_versions(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(SAVED_V1, old)
    result = run("--db", old, "migrate")
    assert result.returncode == 0
    assert f"from schema version 1 to {CURRENT_VERSION}" in result.stdout
    assert "backup" in result.stdout
    assert "nothing to do" in run("--db", old, "migrate").stdout


def test_newer_database_is_a_one_line_error(tmp_path):
    path = tmp_path / "future.db"
    assert run("--db", path, "migrate").returncode == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = 99")
    con.commit()
    con.close()
    assert_user_error(run("--db", path, "stats"), "newer than this MentorApp")


@pytest.mark.parametrize("url", ["mysql://u@h/db", "postgresql://nobody@127.0.0.1:1/x"])
def test_unusable_database_urls_are_user_errors(url):
    result = run("--db", url, "stats")
    assert_user_error(result, "")
