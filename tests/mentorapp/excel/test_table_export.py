"""The generic table export used by "Export this view"."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from mentorapp.errors import Cancelled
from mentorapp.excel.table_export import export_table


def test_rows_come_back_with_types_and_a_table_over_them(tmp_path):
    rows = [("E001", "Ana Cruz", dt.date(2024, 1, 5), 4.5, "=not a formula"),
            ("E002", "Ben Ong", None, 3, "plain")]
    path = export_table(tmp_path / "view.xlsx", ["ID", "Name", "Since", "Rating", "Note"],
                        rows, title="Staff: all/active")
    wb = load_workbook(path)
    ws = wb["Staff_ all_active"]
    values = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]
    assert values[0][:2] == rows[0][:2] and values[0][2].date() == rows[0][2]
    assert values[0][3:] == rows[0][3:] and values[1][3:] == rows[1][3:]
    assert ws["E2"].data_type == "s"
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == "A1:E3" and table.autoFilter.ref == "A1:E3"
    assert [c.name for c in table.tableColumns] == ["ID", "Name", "Since", "Rating", "Note"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$1"


def test_duplicate_and_empty_headers_become_unique_table_columns(tmp_path):
    path = export_table(tmp_path / "dup.xlsx", ["Name", "name", "", "A\nB"], [(1, 2, 3, 4)])
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    assert headers == ["Name", "name (2)", "Column 3", "A B"]
    (table,) = ws.tables.values()
    assert [c.name for c in table.tableColumns] == headers


def test_no_rows_gives_a_valid_file_saying_so(tmp_path):
    path = export_table(tmp_path / "empty.xlsx", ["A", "B"], [])
    ws = load_workbook(path).active
    assert ws["A2"].value == "No rows"
    (table,) = ws.tables.values()
    assert table.ref == "A1:B2"


def test_progress_reports_and_cancel_writes_nothing(tmp_path):
    target = tmp_path / "big.xlsx"
    target.write_bytes(b"earlier")
    seen = []

    def cancel_after_first(done, total):
        seen.append((done, total))
        raise Cancelled()

    rows = [(i, f"row {i}") for i in range(2500)]
    temp_files_before = list(openpyxl_writer.ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        export_table(target, ["N", "Text"], rows, progress=cancel_after_first)
    assert seen == [(1000, 2500)]
    temp_files_after = list(openpyxl_writer.ALL_TEMP_FILES)
    assert temp_files_after == temp_files_before  # streamed sheet cleaned up
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.xlsx"]

    seen.clear()
    export_table(target, ["N", "Text"], rows, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2500, 2500)
    assert load_workbook(target).active.max_row == 2501
