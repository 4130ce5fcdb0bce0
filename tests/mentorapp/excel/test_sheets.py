"""Table sheets: how tall a row of wrapped text is made (Calc does not grow it by itself, so a
row made too short cuts the text off on screen and in print)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from mentorapp.excel import sheets
from mentorapp.excel.safe_cells import save_workbook
from mentorapp.excel.sheets import LINE_HEIGHT, Column, TableSheet, wrapped_lines

# Seen in Calc's PDF of a wrapped column 50 wide (DejaVu Sans, wider than Calibri): the
# sentence fits on one line, the second needs two, the capitals need two.
FITS_ONE_LINE = "the every with email refund the the quickly call the refund"
TWO_LINES = "up ended billing before about customer billing with we every confirm cal"
CAPITALS = "CUSTOMER WITH CALMLY AMOUNT THE CUSTOMER AMOUNT BILLING CUSTOMER"


@pytest.mark.parametrize("text, lines", [
    ("short", 1),
    (FITS_ONE_LINE, 1),
    (TWO_LINES, 2),
    (CAPITALS, 2),
    ("W" * 45, 2),  # fewer characters than the width, but wide ones
    ("one\ntwo\nthree", 3),
    ("x" * 120, 3),  # one word longer than a line breaks across lines
    ("顧客対応" * 8, 2),  # East Asian characters are two digits wide
], ids=["short", "fits", "two lines", "capitals", "wide letters", "paragraphs", "long word",
        "east asian"])
def test_wrapped_lines(text, lines):
    assert wrapped_lines(text, 50) == lines


def test_rows_of_wrapping_text_are_made_tall_enough_and_others_left_alone(tmp_path):
    wb = Workbook(write_only=True)
    sheet = TableSheet(wb, "Notes", [Column("ID"), Column("Note", wrap=True, width=50)],
                       table_name="tblNotes", footer="x")
    sheet.write([("A1", "fine"), ("A2", FITS_ONE_LINE), ("A3", TWO_LINES), ("A4", "W" * 45),
                 ("A5", "one\ntwo\nthree")])
    ws = load_workbook(save_workbook(wb, tmp_path / "notes.xlsx"))["Notes"]
    heights = {ws.cell(row=r, column=1).value: ws.row_dimensions[r].height
               for r in range(2, 7)}
    assert heights == {"A1": None, "A2": None, "A3": 2 * LINE_HEIGHT, "A4": 2 * LINE_HEIGHT,
                       "A5": 3 * LINE_HEIGHT}
    assert ws["B4"].alignment.wrap_text and ws["B4"].alignment.vertical == "top"


def test_rows_written_in_batches_keep_their_order_heights_and_progress(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "BATCH_ROWS", 3)
    monkeypatch.setattr(sheets, "PROGRESS_EVERY", 4)
    notes = ["one\ntwo" if n % 5 == 0 else f"note {n}" for n in range(11)]
    wb = Workbook(write_only=True)
    sheet = TableSheet(wb, "Notes", [Column("N"), Column("Note", wrap=True, width=50)],
                       table_name="tblNotes", footer="x")
    reported = []
    assert sheet.write(((n, note) for n, note in enumerate(notes)),
                       progress=reported.append) == 11
    ws = load_workbook(save_workbook(wb, tmp_path / "notes.xlsx"))["Notes"]
    assert [(c.value, d.value) for c, d in ws.iter_rows(min_row=2)] == list(enumerate(notes))
    assert [r for r in range(2, 13) if ws.row_dimensions[r].height == 2 * LINE_HEIGHT] \
        == [2, 7, 12]
    assert reported == [4, 4, 3]


@pytest.mark.parametrize("widths, floors, wrapping, expected", [
    ([20, 30], [10, 30], [False, True], [20, 30]),  # fits: unchanged
    ([20, 40], [10, 40], [False, True], [10, 40]),  # headers wrap first
    ([10, 40, 80], [10, 40, 80], [False, True, True], [10, 40 / 3, 80 / 3]),  # in proportion
    ([10, 30, 90], [10, 30, 90], [False, True, True], [10, 12, 28]),  # floor, others share
    ([50, 30], [50, 30], [False, False], [50, 30]),  # nothing can narrow
], ids=["fits", "headers wrap", "proportional", "floor", "no wrapping"])
def test_fit_to_page(widths, floors, wrapping, expected):
    assert sheets.MIN_WRAP_WIDTH == 12
    assert sheets.fit_to_page(widths, floors, wrapping, 50) == pytest.approx(expected)


def test_a_sheet_with_a_print_width_narrows_its_columns_unless_lean(tmp_path):
    text = "a long remark " * 10
    columns = [Column("Employee ID"), Column("Note", wrap=True), Column("Other", wrap=True)]
    wb = Workbook(write_only=True)
    for title, lean in (("Fitted", False), ("Lean", True)):
        TableSheet(wb, title, columns, table_name=f"tbl{title}", footer="x",
                   print_width=60).write([("E1", text, text)], lean=lean)
    book = load_workbook(save_workbook(wb, tmp_path / "fit.xlsx"))

    def widths(title):
        return [book[title].column_dimensions[c].width for c in "ABC"]

    # "Employee ID" wraps by words (Employee: 8 * 1.1 + 4); the notes share the rest.
    assert widths("Fitted") == pytest.approx([12.8, (60 - 12.8) / 2, (60 - 12.8) / 2])
    assert widths("Lean") == pytest.approx([16.1, sheets.MAX_WRAP_WIDTH, sheets.MAX_WRAP_WIDTH])
    header_lines = book["Fitted"].row_dimensions[1].height // sheets.LINE_HEIGHT
    assert header_lines == 2  # the wrapped header is shown in full


rows_openpyxl_converted: list[int] = []
OWN_WAY = WriteOnlyWorksheet._values_to_row  # openpyxl's conversion of an appended row
cells_openpyxl_wrote: list[str] = []
OWN_CELL_WRITER = openpyxl_writer.write_cell  # openpyxl's writing of each cell


def cell_by_cell(xf, ws, cell, styled=False):
    cells_openpyxl_wrote.append(cell.coordinate)
    return OWN_CELL_WRITER(xf, ws, cell, styled)


def _sheet_xml(tmp_path, monkeypatch, name: str, *, known: str) -> bytes:
    import datetime as dt
    import zipfile
    from decimal import Decimal

    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment

    from mentorapp.excel.safe_cells import Styled, write_only_cell

    monkeypatch.setattr(sheets, "KNOWN_OPENPYXL", known)
    rows_openpyxl_converted.clear()
    cells_openpyxl_wrote.clear()

    def counted(ws, values, row_idx):
        rows_openpyxl_converted.append(row_idx)
        return OWN_WAY(ws, values, row_idx)

    monkeypatch.setattr(WriteOnlyWorksheet, "_values_to_row", counted)
    monkeypatch.setattr(openpyxl_writer, "write_cell", cell_by_cell)
    wb = Workbook(write_only=True)
    noted = WriteOnlyCell(wb.create_sheet("Other"), "with a note")  # openpyxl's whole way
    noted.comment = Comment("a note", "me")
    sheet = TableSheet(wb, "Mixed", [Column("Text"), Column("Number", "0.00"),
                                     Column("Day", "yyyy-mm-dd"), Column("Other", wrap=True),
                                     Column("Centred", center=True)],
                       table_name="tblMixed", footer="x")
    styled_empty = write_only_cell(sheet.ws, None, "0.0")
    sheet.write([
        ("plain", 1, dt.date(2025, 1, 2), 2.5, "x"),
        ("  spaced  ", 10**16, dt.datetime(2025, 1, 2, 3, 4), True, ""),
        ("=1+2", float("nan"), None, Decimal("1.5"), "#N/A"),
        ("bad\x01char", -3, dt.date(1899, 12, 31), Styled("red", font=sheets.LABEL_FONT), 7),
        ("line one\nline two " + "long " * 20, 0.1, dt.date(2026, 12, 3), None, False),
        (None, None, None, "@home", "x" * 20_000),
        ("again", 2, dt.date(2025, 1, 2), dt.date(2025, 1, 2), dt.date(2026, 12, 3)),
        ("noted", 3, None, noted, styled_empty),
    ])
    save_workbook(wb, tmp_path / name)
    with zipfile.ZipFile(tmp_path / name) as archive:
        return archive.read("xl/worksheets/sheet2.xml")


def test_rows_go_to_openpyxl_as_they_are_and_are_written_as_openpyxl_writes_them(
        tmp_path, monkeypatch):
    """A table sheet writes its safe rows without openpyxl checking them again or making a
    cell of each value (`_safe_rows_as_they_are`): the sheet is byte for byte what openpyxl's
    own way writes, for text, numbers, dates (a day seen before too), ready-made and styled
    cells, empty and unsafe values, a row made taller; a row with a comment goes openpyxl's
    whole way."""
    import openpyxl

    assert openpyxl.__version__.startswith(sheets.KNOWN_OPENPYXL)  # else the test is moot
    fast = _sheet_xml(tmp_path, monkeypatch, "fast.xlsx", known=sheets.KNOWN_OPENPYXL)
    assert rows_openpyxl_converted == [1, 9]  # the header row and the row with a comment
    # openpyxl wrote the header's cells and the commented row's, none of the others
    assert {c[0] for c in cells_openpyxl_wrote} == set("ABCDE")
    assert {c[1:] for c in cells_openpyxl_wrote} == {"1", "9"}
    own = _sheet_xml(tmp_path, monkeypatch, "own.xlsx", known="not this openpyxl")
    assert rows_openpyxl_converted == list(range(1, 10))
    assert fast == own
    assert b"line one" in fast and b"=1+2" in fast and b"#N/A" in fast
    assert b'customHeight="1"' in fast  # the wrapped row's height


def test_rows_made_safe_already_are_written_as_they_are_on_a_lean_sheet(tmp_path):
    from mentorapp.excel.safe_cells import safe_row

    wb = Workbook(write_only=True)
    sheet = TableSheet(wb, "Made", [Column("Text"), Column("Number")], table_name="tblMade",
                       footer="x")
    rows = [safe_row(sheet.ws, ("=risky", 1.5), (None, "0.00")),
            safe_row(sheet.ws, ("plain", 2), (None, "0.000"))]
    assert sheet.write(rows, lean=True, made_safe=True) == 2
    save_workbook(wb, tmp_path / "made.xlsx")
    ws = load_workbook(tmp_path / "made.xlsx")["Made"]
    assert [[c.value for c in row] for row in ws.iter_rows()] == [
        ["Text", "Number"], ["=risky", 1.5], ["plain", 2]]
    assert ws["A2"].data_type == "s" and ws["A2"].quotePrefix  # text, never a formula
    assert (ws["B2"].number_format, ws["B3"].number_format) == ("0.00", "0.000")  # their own
    with pytest.raises(ValueError):
        TableSheet(Workbook(write_only=True), "Wrapping", [Column("Text")], table_name="t",
                   footer="x").write(rows, made_safe=True)
