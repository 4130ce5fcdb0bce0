"""Sheets described as data (`SheetSpec`) and written by one writer (`write_sheets`), and
`Styled` values: a cell with its own font and fill that is still made safe."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from mentorapp.excel.safe_cells import DATE_FORMAT, Styled, save_workbook
from mentorapp.excel.sheets import Column, SheetSpec, write_sheets

RED = Font(color="C00000", bold=True)
GREEN = PatternFill("solid", start_color="C6EFCE")


def test_specs_become_table_sheets_in_order(tmp_path):
    wb = Workbook(write_only=True)
    reported = []
    sheets = write_sheets(wb, [
        SheetSpec("First", "tblFirst", [Column("N", "0.0", 8), Column("Text")],
                  iter([(1, "a"), (2, "b")])),
        SheetSpec("Second", "tblSecond", [Column("When", DATE_FORMAT)], [], "Nothing here"),
    ], footer="Internal", progress=reported.append)
    assert [s.rows for s in sheets] == [2, 0]
    assert sum(reported) == 2
    out = load_workbook(save_workbook(wb, tmp_path / "specs.xlsx"))
    assert out.sheetnames == ["First", "Second"]
    first, second = out["First"], out["Second"]
    assert [[c.value for c in row] for row in first.iter_rows()] == [["N", "Text"], [1, "a"],
                                                                   [2, "b"]]
    assert first["A2"].number_format == "0.0"
    assert list(first.tables) == ["tblFirst"] and first.tables["tblFirst"].ref == "A1:B3"
    assert second["A2"].value == "Nothing here"
    assert first.oddFooter.left.text == "Internal"


def test_styled_values_keep_their_style_and_stay_safe(tmp_path):
    wb = Workbook(write_only=True)
    write_sheets(wb, [SheetSpec("S", "tblS", [Column("Status"), Column("Formula-like")], [
        (Styled("Missing", font=RED), Styled("=1+1", fill=GREEN)),
        ("plain", None),
    ])], footer="f")
    ws = load_workbook(save_workbook(wb, tmp_path / "styled.xlsx"))["S"]
    missing, formula = ws["A2"], ws["B2"]
    assert missing.value == "Missing" and missing.font.b and missing.font.color.rgb == "00C00000"
    assert formula.value == "=1+1" and formula.data_type == "s" and formula.quotePrefix
    assert formula.fill.start_color.rgb == "00C6EFCE"
    assert ws["A3"].value == "plain" and not ws["A3"].font.b
