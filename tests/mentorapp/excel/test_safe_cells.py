"""Every hazard of writing cells and saving workbooks, checked by reopening the file."""

from __future__ import annotations

import datetime as dt
import math
import os
import time
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from mentorapp.errors import UserError
from mentorapp.excel import safe_cells
from mentorapp.excel.safe_cells import (
    MAX_CELL_CHARS,
    REPLACEMENT_CHAR,
    TRUNCATED_MARKER,
    column_styles,
    safe_row,
    safe_sheet_title,
    safe_value,
    save_workbook,
    write_cell,
    write_only_cell,
)
from mentorapp.excel.sheets import CENTER

FORMULA_LIKE = ["=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+1", "-1-1", "@SUM(A1)",
                "\tTab", "\rReturn", "\nLine", "#N/A", "#DIV/0!"]


def _roundtrip_normal(tmp_path, values):
    wb = Workbook()
    ws = wb.active
    for row, value in enumerate(values, start=1):
        write_cell(ws, row, 1, value)
    path = save_workbook(wb, tmp_path / "normal.xlsx")
    return load_workbook(path).active


def _roundtrip_write_only(tmp_path, values):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    for value in values:
        ws.append([write_only_cell(ws, value), "after"])
    path = save_workbook(wb, tmp_path / "stream.xlsx")
    return load_workbook(path).active


@pytest.mark.parametrize("roundtrip", [_roundtrip_normal, _roundtrip_write_only])
def test_formula_looking_text_stays_literal_text(tmp_path, roundtrip):
    ws = roundtrip(tmp_path, FORMULA_LIKE)
    for row, text in enumerate(FORMULA_LIKE, start=1):
        cell = ws.cell(row=row, column=1)
        assert cell.data_type == "s", text
        assert cell.value == text.replace("\r", "\n") or cell.value == text
        assert cell.quotePrefix == text.startswith(safe_cells.FORMULA_TRIGGERS)


def test_no_formula_element_in_the_sheet_xml(tmp_path):
    _roundtrip_write_only(tmp_path, FORMULA_LIKE)
    with zipfile.ZipFile(tmp_path / "stream.xlsx") as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert 't="e"' not in sheet


@pytest.mark.parametrize("roundtrip", [_roundtrip_normal, _roundtrip_write_only])
def test_illegal_characters_are_replaced_visibly_and_the_row_survives(tmp_path, roundtrip):
    hostile = ["bell\x07 here", "nul\x00", "bom\ufffe", "noncharacter\uffff", "lone\ud800x",
               "ok text"]
    ws = roundtrip(tmp_path, hostile)
    got = [ws.cell(row=r, column=1).value for r in range(1, len(hostile) + 1)]
    assert got[:5] == ["bell\ufffd here", "nul\ufffd", "bom\ufffd", "noncharacter\ufffd",
                       "lone\ufffdx"]
    assert got[5] == "ok text"
    if roundtrip is _roundtrip_write_only:
        assert [ws.cell(row=r, column=2).value for r in range(1, 7)] == ["after"] * 6


def test_tab_and_newline_inside_text_are_kept():
    assert safe_value("a\tb\nc") == "a\tb\nc"


def test_over_long_text_is_cut_with_a_visible_marker(tmp_path):
    long_text = "x" * (MAX_CELL_CHARS + 500)
    ws = _roundtrip_write_only(tmp_path, [long_text, "y" * MAX_CELL_CHARS])
    first = ws["A1"].value
    assert len(first) == MAX_CELL_CHARS
    assert first.endswith(TRUNCATED_MARKER)
    assert ws["A2"].value == "y" * MAX_CELL_CHARS  # exactly at the limit: untouched


def test_cut_counts_utf16_units_and_never_splits_a_surrogate_pair():
    text = "\U0001F600" * MAX_CELL_CHARS  # each emoji is two UTF-16 units
    cut = safe_value(text)
    assert cut.endswith(TRUNCATED_MARKER)
    assert len(cut.encode("utf-16-le")) // 2 <= MAX_CELL_CHARS
    assert REPLACEMENT_CHAR not in cut


def test_dates_are_date_cells_with_a_date_format(tmp_path):
    day = dt.date(2024, 2, 29)
    moment = dt.datetime(2024, 3, 1, 14, 30)
    ws = _roundtrip_write_only(tmp_path, [day, moment])
    assert ws["A1"].is_date and ws["A1"].value.date() == day
    assert ws["A1"].number_format == safe_cells.DATE_FORMAT
    assert ws["A2"].is_date and ws["A2"].value == moment
    assert ws["A2"].number_format == safe_cells.DATETIME_FORMAT


def test_timezone_aware_datetimes_become_local_naive_times(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Manila")
    time.tzset()
    try:
        aware = dt.datetime(2024, 5, 1, 0, 30, tzinfo=dt.UTC)
        ws = _roundtrip_write_only(tmp_path, [aware])
        assert ws["A1"].value == dt.datetime(2024, 5, 1, 8, 30)  # Manila is UTC+8
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_unrepresentable_values_are_written_as_text(tmp_path):
    values = [dt.date(1899, 12, 31), dt.datetime(1066, 10, 14, 9, 0), 10**20, -(10**16),
              math.nan, math.inf, Decimal("NaN"), dt.time(9, 0, tzinfo=dt.UTC), object]
    ws = _roundtrip_write_only(tmp_path, values)
    got = [ws.cell(row=r, column=1) for r in range(1, len(values) + 1)]
    assert [c.value for c in got[:4]] == ["1899-12-31", "1066-10-14 09:00:00",
                                          str(10**20), str(-(10**16))]
    assert [c.value for c in got[4:7]] == ["nan", "inf", "NaN"]
    assert got[7].value == "09:00:00+00:00"
    assert all(c.data_type == "s" for c in got)


def test_plain_numbers_and_decimals_stay_numbers(tmp_path):
    ws = _roundtrip_write_only(tmp_path, [42, 2.5, Decimal("7.5"), Decimal("12"), True])
    assert [ws.cell(row=r, column=1).value for r in range(1, 6)] == [42, 2.5, 7.5, 12, True]


HAZARDS = [*FORMULA_LIKE, "bell\x07 here", "nul\x00", "lone\ud800x", "x" * (MAX_CELL_CHARS + 5),
           "ok\n=1+1", dt.date(1899, 12, 31), 10**20, math.nan, True, Decimal("7.5")]


@pytest.mark.parametrize("hazard", HAZARDS, ids=range(len(HAZARDS)))
def test_a_hazard_among_plain_values_is_written_as_safely_as_alone(tmp_path, hazard):
    """`safe_row()` checks whole rows at once first; one bad value must still be caught."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    plain = ["Ana Cruz", "", 3, 2.5, dt.date(2024, 1, 2)]
    ws.append(safe_row(ws, [*plain, hazard, "after"]))
    ws.append([*plain, write_only_cell(ws, hazard), "after"])
    got = load_workbook(save_workbook(wb, tmp_path / "row.xlsx")).active
    in_row, alone = got["F1"], got["F2"]
    assert (in_row.value, in_row.data_type, in_row.quotePrefix, in_row.number_format) == (
        alone.value, alone.data_type, alone.quotePrefix, alone.number_format)
    assert [c.value for c in got[1]][:3] == ["Ana Cruz", None, 3]
    assert got["G1"].value == "after"


def test_plain_rows_pass_through_and_only_formatted_columns_become_cells():
    ws = Workbook(write_only=True).create_sheet("Data")
    values = ["E1", "Ana\ttabbed inside", 3, 3.456, dt.date(2024, 1, 2), None]
    row = safe_row(ws, values, [None, None, None, "0.00"])
    assert row[:3] == values[:3] and row[4:] == values[4:]
    assert row[3].value == 3.456 and row[3].number_format == "0.00"


def test_numbers_in_styled_columns_get_the_column_style_each_their_own():
    ws = Workbook(write_only=True).create_sheet("Data")
    formats, alignments = [None, "0.0", None], [None, CENTER, CENTER]
    styles = column_styles(ws, formats, alignments)
    assert sorted(styles) == [1, 2]
    first, second = (safe_row(ws, [n, n + 0.25, n], formats, alignments, styles)
                     for n in (1, 2))
    assert first[0] == 1 and first[1].value == 1.25 and first[2].value == 1
    assert (first[1].number_format, first[1].alignment.horizontal) == ("0.0", "center")
    assert (first[2].number_format, first[2].alignment.horizontal) == ("General", "center")
    first[1].number_format = "0.000"  # one cell's style changed leaves the next alone
    assert second[1].number_format == "0.0"
    wide = safe_row(ws, [1, 10**20, True], formats, alignments, styles)
    assert (wide[1].value, wide[1].data_type) == (str(10**20), "s")  # still made safe
    assert wide[2].value is True and wide[2].alignment.horizontal == "center"
    assert (first[1].data_type, first[1].row, first[1].column) == ("n", 1, 1)  # as openpyxl's
    text = safe_row(ws, ["a", "b", "-c"], formats, alignments, styles)
    assert (text[1].value, text[1].data_type, text[1].number_format) == ("b", "s", "0.0")
    assert text[2].data_type == "s" and text[2].quotePrefix  # still made safe


@pytest.mark.parametrize("title, expected", [
    ("Plain", "Plain"),
    ("a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h"),
    ("'quoted'", "quoted"),
    ("", "Sheet"),
    ("History", "Sheet"),
    ("x" * 40, "x" * 31),
    ("tab\there", "tab here"),
])
def test_sheet_titles_are_cleaned(title, expected):
    assert safe_sheet_title(title) == expected


def test_sheet_titles_are_unique_within_31_characters(tmp_path):
    wb = Workbook(write_only=True)
    long_title = "Competencies and other long words"
    names = []
    for _ in range(3):
        names.append(safe_sheet_title(long_title, names))
        wb.create_sheet(names[-1])
    names.append(safe_sheet_title("competencies AND OTHER LONG WORDS", names))
    wb.create_sheet(names[-1])
    assert len({n.lower() for n in names}) == 4
    assert all(len(n) <= 31 for n in names)
    assert names[1].endswith(" (2)") and names[3].endswith(" (4)")
    path = save_workbook(wb, tmp_path / "titles.xlsx")
    assert load_workbook(path).sheetnames == names


def test_save_replaces_an_earlier_file_completely(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old content")
    wb = Workbook()
    write_cell(wb.active, 1, 1, "new")
    save_workbook(wb, target)
    assert load_workbook(target).active["A1"].value == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_failure_during_save_keeps_the_earlier_file_and_leaves_no_partial_file(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"earlier report")
    wb = Workbook()
    wb.active["A1"] = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # raw openpyxl: fails in save()
    with pytest.raises(TypeError):
        save_workbook(wb, target)
    assert target.read_bytes() == b"earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_failure_during_save_without_an_earlier_file_leaves_nothing(tmp_path):
    wb = Workbook()
    wb.active["A1"] = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(TypeError):
        save_workbook(wb, tmp_path / "new.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        save_workbook(Workbook(), tmp_path / "no" / "such" / "report.xlsx")


def test_a_folder_as_target_is_a_clear_user_error(tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        save_workbook(Workbook(), tmp_path)


def test_unwritable_folder_is_a_clear_user_error(tmp_path, monkeypatch):
    # Root ignores permission bits, so simulate what os.access reports for a normal user.
    monkeypatch.setattr(safe_cells.os, "access", lambda path, mode: False)
    with pytest.raises(UserError, match="not writable"):
        save_workbook(Workbook(), tmp_path / "report.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_os_error_while_writing_becomes_a_user_error(tmp_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_cells.os, "replace", failing_replace)
    with pytest.raises(UserError, match="No space left"):
        save_workbook(Workbook(), tmp_path / "report.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="umask applies on POSIX")
def test_saved_file_gets_normal_permissions(tmp_path):
    path = save_workbook(Workbook(), tmp_path / "report.xlsx")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
