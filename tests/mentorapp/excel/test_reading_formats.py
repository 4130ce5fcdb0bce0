"""Reading .xls, .ods and .xlsb as well as .xlsx (python-calamine), after the checks that
guard it: hostile or broken files of every format are one clear UserError, and values come
back as the importers expect them (whole numbers as int, dates as dates).

The .xls and .ods files are made by LibreOffice from an openpyxl workbook (tests marked
`libreoffice`); the hostile ones are written by hand."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import zipfile

import pytest
from openpyxl import Workbook

from mentorapp.errors import UserError
from mentorapp.excel import reading
from mentorapp.excel.importing import import_file
from mentorapp.excel.reading import open_table
from mentorapp.services import staff

HEADER = ["Employee ID", "First Name", "Last Name", "Hire Date", "Started", "Rate", "Note"]
ROWS = [
    [1001, "  Ann ", "Lee", dt.date(2025, 3, 1), dt.datetime(2025, 3, 2, 14, 30), 2.5, None],
    [],
    ["E-7", "Bob", "Ray", dt.date(1999, 12, 31), dt.time(9, 30), 3, "x"],
]
EXPECTED = [
    (1, HEADER),
    (2, [1001, "Ann", "Lee", dt.date(2025, 3, 1), dt.datetime(2025, 3, 2, 14, 30), 2.5]),
    (4, ["E-7", "Bob", "Ray", dt.date(1999, 12, 31), dt.time(9, 30), 3, "x"]),
]


def read_all(path):
    return list(open_table(path).rows())


def write_xlsx(path, rows, title="Staff"):
    wb = Workbook()
    wb.active.title = title
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is required under CI: apt-get install -y "
                    "--no-install-recommends libreoffice-calc")
    pytest.skip("LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """{"xls": path, "ods": path}: the same workbook saved by LibreOffice in both formats."""
    soffice = _soffice()
    folder = tmp_path_factory.mktemp("converted")
    source = write_xlsx(folder / "staff.xlsx", [HEADER, *ROWS])
    for target in ("xls", "ods"):
        subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                        "--convert-to", target, "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=300)
    return {target: folder / f"staff.{target}" for target in ("xls", "ods")}


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_libreoffice_files_read_like_the_xlsx(converted, kind):
    path = converted[kind]
    assert path.read_bytes()[:4] == (b"\xd0\xcf\x11\xe0" if kind == "xls" else b"PK\x03\x04")
    assert read_all(path) == EXPECTED
    assert read_all(path.with_name("staff.xlsx")) == EXPECTED
    assert type(read_all(path)[1][1][0]) is int  # 1001, not 1001.0
    assert open_table(path).name == f"staff.{kind} (sheet 'Staff')"


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_numeric_employee_id_imports_as_text(converted, kind, db, tmp_path):
    """A roster typed in Excel holds employee IDs as numbers: 1001 must be stored as "1001"."""
    path = tmp_path / f"roster.{kind}"
    path.write_bytes(converted[kind].read_bytes())
    result = import_file("staff", path)
    assert result.ok, result.problems
    ann = staff.by_employee_id("1001")
    assert (ann["first_name"], ann["hire_date"]) == ("Ann", dt.date(2025, 3, 1))
    assert staff.by_employee_id("E-7")["hire_date"] == dt.date(1999, 12, 31)


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_cut_or_damaged_libreoffice_files_are_clear_errors(converted, kind, tmp_path):
    """Truncated downloads and flipped bytes: rows or a UserError, never another exception,
    and a cut file is refused as damaged."""
    data = converted[kind].read_bytes()
    cut = tmp_path / f"cut.{kind}"
    cut.write_bytes(data[:len(data) // 2])
    with pytest.raises(UserError, match="damaged or incomplete") as refused:
        read_all(cut)
    assert "\n" not in str(refused.value)
    rng = random.Random(3)
    outcomes = {"rows": 0, "refused": 0}
    for _ in range(60):
        damaged = bytearray(data)
        for _flip in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"fuzz.{kind}"
        path.write_bytes(bytes(damaged))
        try:
            read_all(path)
            outcomes["rows"] += 1
        except UserError:
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == 60


# -- hand-made .ods files: no LibreOffice needed ----------------------------------------------
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
            'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
            ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>')


def cell(text: str) -> str:
    return (f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>'
            '</table:table-cell>')


def write_ods(path, rows_xml: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>',
              mimetype: str = "application/vnd.oasis.opendocument.spreadsheet"):
    content = (f'{prolog}<office:document-content {ODS_NS} office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="Data">{rows_xml}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


def row(*texts: str) -> str:
    return "<table:table-row>" + "".join(cell(t) for t in texts) + "</table:table-row>"


def test_hand_made_ods_is_read(tmp_path):
    path = write_ods(tmp_path / "s.ods", row("Employee ID", "Name") + row("E1", " Ann "))
    assert read_all(path) == [(1, ["Employee ID", "Name"]), (2, ["E1", "Ann"])]


def test_ods_repeats_are_bounded_before_reading(tmp_path):
    """A row that says it repeats 200,000 times with 100 filled cells is a grid of 20 million
    cells for calamine: refused. Empty repeats after the data (LibreOffice writes them to the
    end of the sheet) cost nothing and are accepted."""
    filled = ('<table:table-row table:number-rows-repeated="200000"><table:table-cell '
              'table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p>'
              '</table:table-cell></table:table-row>')
    bomb = write_ods(tmp_path / "bomb.ods", row("Name") + filled)
    with pytest.raises(UserError, match="a sheet of 200,001 rows by 100 columns is too big"):
        read_all(bomb)
    empty = ('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row>')
    tail = write_ods(tmp_path / "tail.ods", row("Name") + row("Ann") + empty)
    assert read_all(tail) == [(1, ["Name"]), (2, ["Ann"])]


def test_ods_with_a_dtd_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    path = write_ods(tmp_path / "b.ods", row("Name") + row("&lol2;"), prolog=bomb)
    with pytest.raises(UserError, match="refused as unsafe"):
        read_all(path)


def test_ods_zip_checks(tmp_path, monkeypatch):
    path = write_ods(tmp_path / "z.ods", row("Name") + row("same words " * 20) * 3000)
    monkeypatch.setattr(reading, "MAX_UNCOMPRESSED_BYTES", 100_000)
    with pytest.raises(UserError, match="unpacks to"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_UNCOMPRESSED_BYTES", 10**9)
    monkeypatch.setattr(reading, "MAX_COMPRESSION_RATIO", 5)
    monkeypatch.setattr(reading, "RATIO_CHECKED_FROM", 1000)
    with pytest.raises(UserError, match="zip bomb"):
        read_all(path)


def test_fake_and_other_opendocument_files(tmp_path):
    garbage = write_ods(tmp_path / "g.ods", "")
    with zipfile.ZipFile(garbage, "a") as archive:
        archive.writestr("content2.xml", "<x/>")
    broken = tmp_path / "broken.ods"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content><not closed")
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    with pytest.raises(UserError, match=r"damaged or incomplete: .* OpenDocument spreadsheet"):
        read_all(broken)
    text = write_ods(tmp_path / "t.odt", row("x"), mimetype="application/vnd.oasis."
                     "opendocument.text")
    with pytest.raises(UserError, match="OpenDocument file but not a spreadsheet"):
        read_all(text)


# -- .xls and .xlsb without LibreOffice --------------------------------------------------------
def test_fake_xls_files_are_one_clear_line(tmp_path):
    rng = random.Random(5)
    for size in (8, 512, 4096, 70_000):
        path = tmp_path / "fake.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(size))
        with pytest.raises(UserError, match="damaged or incomplete: it is not a readable old "
                           r"Excel 97-2003 workbook \(.xls\)") as refused:
            read_all(path)
        assert "\n" not in str(refused.value)


def test_xls_size_cap(tmp_path, monkeypatch):
    path = tmp_path / "big.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 5000)
    monkeypatch.setattr(reading, "MAX_XLS_BYTES", 4000)
    with pytest.raises(UserError, match=r"an \.xls file of 0 MB; the largest accepted is 0 MB"):
        read_all(path)


def test_fake_xlsb_is_one_clear_line(tmp_path):
    path = tmp_path / "book.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", bytes(range(256)) * 4)
        archive.writestr("xl/worksheets/sheet1.bin", b"\x00\x81\x01" * 100)
    with pytest.raises(UserError, match=r"damaged or incomplete: it is not a readable Excel "
                       r"binary workbook \(.xlsb\)"):
        read_all(path)


def xlsb_record(kind: int, body: bytes) -> bytes:
    assert kind < 128 and len(body) < 128
    return bytes([kind, len(body)]) + body


def write_xlsb(path, sheet: bytes):
    """An .xlsb package around a hand-made sheet part (enough for the checks before
    calamine: its workbook part is not valid)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/_rels/workbook.bin.rels", (
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Target='worksheets/sheet1.bin' Type='http://schemas."
            "openxmlformats.org/officeDocument/2006/relationships/worksheet'/></Relationships>"))
        archive.writestr("xl/worksheets/sheet1.bin", sheet)
    return path


def xlsb_row(row: int) -> bytes:
    return xlsb_record(0, row.to_bytes(4, "little") + bytes(13))


def xlsb_number(column: int) -> bytes:  # BrtCellReal: column, style, a double
    return xlsb_record(5, column.to_bytes(4, "little") + bytes(4) + bytes(8))


def test_xlsb_far_cells_are_refused_before_reading(tmp_path):
    far_down = write_xlsb(tmp_path / "down.xlsb", xlsb_row(0) + xlsb_number(0)
                          + xlsb_row(1_048_575) + xlsb_number(199))
    with pytest.raises(UserError, match="a sheet of 1,048,576 rows by 200 columns is too big"):
        read_all(far_down)
    far_right = write_xlsb(tmp_path / "right.xlsb", xlsb_row(0) + xlsb_number(16383))
    with pytest.raises(UserError, match="data in column 16,384; sheets with more than 200"):
        read_all(far_right)
    # Short cells (type 12-18) carry no column: each follows the one before.
    short = write_xlsb(tmp_path / "short.xlsb", xlsb_row(0) + xlsb_number(198)
                       + xlsb_record(16, bytes(12)) + xlsb_record(16, bytes(12)))
    with pytest.raises(UserError, match="data in column 201"):
        read_all(short)
    sheet = xlsb_row(0) + xlsb_number(3) + xlsb_row(9) + xlsb_number(0)
    assert reading._check_xlsb_cells(sheet, "small.xlsb") is None
    small = write_xlsb(tmp_path / "small.xlsb", sheet)
    with pytest.raises(UserError, match=r"damaged or incomplete: .*binary workbook \(.xlsb\)"):
        read_all(small)  # passes the checks; calamine then finds the workbook part invalid


# -- values calamine gives differently from the sheet ------------------------------------------
def test_numbers_dates_and_times(tmp_path):
    path = write_xlsx(tmp_path / "v.xlsx", [
        ["ID", "Big", "Ratio", "Day", "At", "Midnight", "Time", "Hours", "Flag"],
        [1001, 12345678901, 0.1, dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 8, 15, 30),
         dt.datetime(2024, 3, 1), dt.time(17, 45), dt.timedelta(hours=30), False],
    ])
    values = read_all(path)[1][1]
    assert values == [1001, 12345678901, 0.1, dt.date(2024, 2, 29),
                      dt.datetime(2024, 2, 29, 8, 15, 30), dt.date(2024, 3, 1), dt.time(17, 45),
                      dt.timedelta(hours=30), False]
    assert [type(v) for v in values[:3]] == [int, int, float]


def test_sheet_starting_away_from_a1_keeps_row_and_column_numbers(tmp_path):
    path = tmp_path / "away.xlsx"
    wb = Workbook()
    wb.active["C3"], wb.active["D3"] = "ID", "Name"
    wb.active["D5"] = "Ann"
    wb.save(path)
    assert read_all(path) == [(3, [None, None, "ID", "Name"]), (5, [None, None, None, "Ann"])]


def test_first_worksheet_is_read_not_a_chart_sheet(tmp_path):
    path = tmp_path / "chart.xlsx"
    wb = Workbook()
    wb.create_chartsheet("Chart", 0)
    wb["Sheet"]["A1"] = "data"
    wb.save(path)
    assert open_table(path).name == "chart.xlsx (sheet 'Sheet')"
    assert read_all(path) == [(1, ["data"])]


def test_empty_sheet_has_no_rows(tmp_path):
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    assert read_all(path) == []


# -- sheets whose grid would not fit in memory ---------------------------------------------------
def set_cell_ref(path, old: bytes, new: bytes):
    """Rewrite a cell reference in sheet1 (the grid calamine would build comes from these)."""
    out = path.with_name("far_" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            dest.writestr(info, data)
    return out


@pytest.mark.parametrize("ref", [b'r="GR1048576"', b"r = 'GR1048576'", b'r="gr1048576"',
                                 b'r="A1048576"  r="GR1"'])
def test_far_apart_cells_are_refused_before_reading(tmp_path, ref):
    """Cells at A1 and GR1048576 make calamine allocate 200 columns x a million rows (about
    6 GB); at XFD1048576 it aborted the whole process. Both are refused beforehand, however
    the reference is written."""
    path = write_xlsx(tmp_path / "far.xlsx", [["a"], ["b"]])
    far = set_cell_ref(path, b'r="A2"', ref)
    with pytest.raises(UserError, match="too big to read"):
        read_all(far)


def test_far_right_column_is_refused_in_any_spelling(tmp_path):
    path = write_xlsx(tmp_path / "wide.xlsx", [["a"], ["b"]])
    for ref in (b"r='XFD1048576'", b'r="aaaa2"', b'r="GS2"'):
        with pytest.raises(UserError, match="sheets with more than 200 columns are refused"):
            read_all(set_cell_ref(path, b'r="A2"', ref))


def test_reference_written_with_an_entity_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "ent.xlsx", [["a"], ["b"]])
    with pytest.raises(UserError, match="damaged or incomplete"):
        read_all(set_cell_ref(path, b'r="A2"', b'r="&#88;FD2"'))


def test_cell_budget(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "grid.xlsx", [["a"] * 10] * 100)
    monkeypatch.setattr(reading, "MAX_CELLS", 999)
    with pytest.raises(UserError, match="a sheet of 100 rows by 10 columns is too big"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_CELLS", 1000)
    assert len(read_all(path)) == 100


def test_formulas_in_a_big_sheet_are_found_by_row_and_column(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [["n", "double"]]
                      + [[i, f"=A{i + 2}*2" if i == 2500 else i * 2] for i in range(3000)])
    rows = read_all(path)
    assert rows[2501] == (2502, [2500, reading.FormulaCell("A2502*2")])
    assert all(not isinstance(v, reading.FormulaCell) for _, values in rows[:2501]
               for v in values)


@pytest.mark.parametrize("piece, marked", [
    (b'<c r="B2"><f>A2*2</f><v>4</v></c>', True),
    (b'<c r="B3"><x:f t="shared" si="0"/></c>', True),
    (b'<c r="B3"><f/></c>', True),
    (b'<c r="B4"><f t="shared" si="0" /></c>', True),
    (b'<c r="B5" t="e"><v>#N/A</v></c>', True),
    (b"<c r='B6' t='e'><v>#DIV/0!</v></c>", True),
    (b'<c r="B7" t="inlineStr"><is><t>She said "fine" and left</t></is></c>', False),
    (b'<c r="B8" t="n"><v>1</v></c><c r="C8" s="1"/>', False),
    (b"<c r=\"B9\" t=\"e'\"><v>1</v></c>", False),
])
def test_formula_and_error_marks_in_any_spelling(piece, marked):
    """The cheap look for formula and error cells (which decides whether the sheet is parsed
    for them) finds each spelling of one and nothing in plain cells, a quoted word's `e"`
    among them."""
    assert reading._marked(piece) is marked
