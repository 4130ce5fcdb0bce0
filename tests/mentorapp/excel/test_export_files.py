"""What exports leave on disk: temporary files of our naming, cleaned after a SIGKILL by the
next export (only stale ones, only ours); a read-only file is refused, not replaced; a full
disk or a missing folder is one clear error with no partial or temporary file left."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from mentorapp.errors import UserError
from mentorapp.excel import safe_cells
from mentorapp.excel.safe_cells import save_workbook
from mentorapp.excel.sheets import Column, TableSheet
from mentorapp.excel.table_export import export_table
from mentorapp.excel.templates import write_template

ROOT = Path(__file__).resolve().parents[3]
HOUR = 3600


@pytest.fixture
def system_temp(tmp_path, monkeypatch):
    """The system temporary folder, made private to the test."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _age(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def _export(out: Path, rows: int = 3) -> Path:
    return export_table(out, ["N", "Text"], [(i, f"row {i}") for i in range(rows)])


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


# -- our temporary files ---------------------------------------------------------------------
def test_worksheet_temporary_files_carry_our_name_and_are_gone_after_the_export(
        system_temp, tmp_path):
    seen = []
    out = tmp_path / "out.xlsx"
    export_table(out, ["N"], [(i,) for i in range(1500)],
                 progress=lambda done, total: seen.extend(_names(system_temp)))
    assert seen, "openpyxl streamed the sheet to a temporary file while writing"
    assert all(re.fullmatch(rf"mentorapp-sheet\.{os.getpid()}-\w+\.xml", n) for n in seen), seen
    assert _names(system_temp) == []
    assert _names(tmp_path) == ["out.xlsx", "systemp"]


KILLED_EXPORT = textwrap.dedent("""
    import os, signal, sys
    from openpyxl import Workbook
    from mentorapp.excel import safe_cells
    from mentorapp.excel.sheets import Column, TableSheet

    def workbook():
        wb = Workbook(write_only=True)
        TableSheet(wb, "Rows", [Column("N")], table_name="tblRows", footer="f").write(
            [(i,) for i in range(50)])
        return wb

    unsaved = workbook()  # its sheet file stays in the temporary folder
    os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # killed while saving
    safe_cells.save_workbook(workbook(), sys.argv[1])
""")


def test_what_a_killed_export_left_is_removed_by_the_next_export(system_temp, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    killed = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(folder / "report.xlsx")],
                            cwd=ROOT, env={**os.environ, "TMPDIR": str(system_temp)},
                            capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    left_next_to_output = _names(folder)
    left_in_temp = _names(system_temp)
    assert len(left_next_to_output) == 1
    assert re.fullmatch(r"\.~report\.xlsx\.\d+-[0-9a-f]{8}\.tmp", left_next_to_output[0])
    assert left_in_temp and all(n.startswith("mentorapp-sheet.") for n in left_in_temp)
    just_killed = [folder / n for n in left_next_to_output] + [system_temp / n
                                                               for n in left_in_temp]
    # Its process is gone, but so recently that another computer sharing the folder could
    # be writing it: kept for now.
    assert safe_cells.remove_stale_temporaries(folder) == []
    for path in just_killed:
        _age(path, safe_cells.GONE_GRACE + 60)

    # Files that must survive: another program's, and ours still in use by a live process
    # (this one, or one whose process cannot be told and that changed recently).
    keep = [folder / "notes.tmp", folder / f".~report.xlsx.{os.getpid()}-0123abcd.tmp",
            folder / ".~other.xlsx.89abcdef.tmp", system_temp / "openpyxl.abc123",
            system_temp / f"mentorapp-sheet.{os.getpid()}-inuse.xml"]
    for path in keep:
        path.write_text("in use")
    old = folder / ".~older.xlsx.fedcba98.tmp"  # no process id to check, two hours old
    old.write_text("left two hours ago")
    _age(old, 2 * HOUR)
    _age(keep[0], 2 * HOUR)  # not ours, however old

    _export(folder / "next.xlsx")

    assert _names(folder) == sorted(["next.xlsx", *(p.name for p in keep[:3])])
    assert _names(system_temp) == sorted(p.name for p in keep[3:])


def test_a_file_of_a_live_process_is_kept_until_its_id_is_a_day_old(system_temp, tmp_path):
    live = tmp_path / f".~a.xlsx.{os.getpid()}-0123abcd.tmp"
    live.write_text("x")
    _age(live, 2 * HOUR)  # a long export: its sheet file may not change for hours
    assert safe_cells.remove_stale_temporaries(tmp_path) == []
    _age(live, 25 * HOUR)  # by then the id belongs to some other program
    assert safe_cells.remove_stale_temporaries(tmp_path) == [live]


# -- refusals and failures -------------------------------------------------------------------
def test_a_read_only_file_is_refused_and_left_as_it_was(system_temp, tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the earlier report")
    target.chmod(0o444)
    assert os.access(target, os.W_OK) == (os.geteuid() == 0)  # root could overwrite it
    with pytest.raises(UserError) as error:
        _export(target)
    message = str(error.value)
    assert message == f"Cannot save over {target}: the file is read-only"
    assert "\n" not in message
    assert target.read_bytes() == b"the earlier report"
    assert oct(target.stat().st_mode & 0o777) == oct(0o444)
    assert _names(tmp_path) == ["report.xlsx", "systemp"]
    assert _names(system_temp) == []


def test_a_writable_file_is_still_replaced(system_temp, tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the earlier report")
    _export(target)
    assert load_workbook(target).active["A2"].value == 0


def test_a_folder_that_does_not_exist_gives_one_error_and_creates_nothing(system_temp,
                                                                          tmp_path):
    missing = tmp_path / "no such folder"
    with pytest.raises(UserError, match=f"the folder {re.escape(str(missing))} does not "
                                        "exist"):
        _export(missing / "report.xlsx", rows=1500)
    assert _names(tmp_path) == ["systemp"]
    assert _names(system_temp) == []


@pytest.mark.parametrize("kind", ["report", "template"])
def test_a_full_disk_gives_one_error_and_leaves_no_file(system_temp, tmp_path, kind,
                                                        sqlite_db):
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        earlier = disk / "report.xlsx"
        earlier.write_bytes(b"the earlier report")
        with pytest.raises(UserError) as error:
            if kind == "report":  # incompressible text: the file cannot fit in 64 KB
                export_table(earlier, ["Text"], [(os.urandom(40).hex(),) for _ in range(4000)])
            else:
                (disk / "filler").write_bytes(b"x" * 60_000)
                write_template("staff", earlier)
        message = str(error.value)
        assert message.startswith(f"Cannot save {earlier}: the disk is full")
        assert "\n" not in message
        assert sorted(_names(disk)) == sorted(["report.xlsx"] + (["filler"] * (kind != "report")))
        assert earlier.read_bytes() == b"the earlier report"
    assert _names(system_temp) == []


def test_a_full_temporary_folder_gives_one_error_and_leaves_no_file(tmp_path, monkeypatch):
    with small_tmpfs(tmp_path / "systemp", "64k") as full:
        monkeypatch.setattr(tempfile, "tempdir", str(full))
        out = tmp_path / "report.xlsx"
        with pytest.raises(UserError, match="is full"):
            export_table(out, ["Text"], [(os.urandom(40).hex(),) for _ in range(4000)])
        assert _names(full) == []
    assert not out.exists()


def test_a_failed_save_of_a_normal_workbook_removes_its_sheet_files(system_temp, tmp_path,
                                                                    monkeypatch):
    """openpyxl makes a normal workbook's sheet files while saving, and leaves them (until
    the program exits) when the save fails."""
    wb = Workbook()
    wb.active["A1"] = "text"

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_cells.os, "replace", failing_replace)
    with pytest.raises(UserError, match="the disk is full"):
        save_workbook(wb, tmp_path / "t.xlsx")
    assert _names(system_temp) == []
    assert _names(tmp_path) == ["systemp"]


def test_sheets_streamed_before_a_failed_save_are_removed(system_temp, tmp_path, monkeypatch):
    wb = Workbook(write_only=True)
    for title in ("One", "Two"):
        TableSheet(wb, title, [Column("N")], table_name=f"tbl{title}", footer="f").write(
            [(1,)])
    assert len(_names(system_temp)) == 2
    monkeypatch.setattr(safe_cells.os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(5, "Input/output error")))
    with pytest.raises(UserError, match="Input/output error"):
        save_workbook(wb, tmp_path / "t.xlsx")
    assert _names(system_temp) == []
