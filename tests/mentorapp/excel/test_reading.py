"""Reading untrusted files: every bad kind of file is a clear UserError, never a traceback;
values come out clean; the sheet's stored size is not trusted."""

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook

from mentorapp.errors import UserError
from mentorapp.excel import reading
from mentorapp.excel.reading import ErrorCell, FormulaCell, open_table


def write_xlsx(path, rows, **sheet_options):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_options.get("title", "Data")
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def read_all(path, **options):
    return list(open_table(path, **options).rows())


def rewrite_member(path, member, change):
    """Copy the workbook with one part's bytes changed by `change(bytes) -> bytes`."""
    out = path.with_name("changed_" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            data = source.read(info)
            dest.writestr(info, change(data) if info.filename == member else data)
    return out


def test_values_come_out_typed_and_clean(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Name", "When", "Count", "Ratio", "Flag"],
        ["  Ann_x0007_ Lee \t", dt.date(2025, 3, 1), 7, 2.5, True],
        [None, None, None, None, None],
        ["Bob", dt.datetime(2025, 3, 2, 14, 30), "08", None, False],
    ])
    rows = read_all(path)
    assert rows[0] == (1, ["Name", "When", "Count", "Ratio", "Flag"])
    assert rows[1] == (2, ["Ann Lee", dt.date(2025, 3, 1), 7, 2.5, True])
    # The empty row 3 is skipped; row numbers stay those of the sheet.
    assert rows[2] == (4, ["Bob", dt.datetime(2025, 3, 2, 14, 30), "08", None, False])


def test_repeated_values_stay_apart_by_type(tmp_path):
    day = dt.date(2025, 10, 19)  # Excel serial 45949
    path = write_xlsx(tmp_path / "r.xlsx", [["A", "B"], ["45949", day], [day, "45949"],
                                            ["45949", day]])
    assert [values for _, values in read_all(path)[1:]] == [["45949", day], [day, "45949"],
                                                            ["45949", day]]


def test_formula_and_error_cells_are_marked(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["A", "B", "C"])
    ws.append([1, "=A2*2", None])
    ws["C2"] = "#N/A"
    ws["C2"].data_type = "e"
    wb.save(path)
    row = read_all(path)[1][1]
    assert row[1] == FormulaCell("A2*2") and str(row[1]) == "=A2*2"
    assert row[2] == ErrorCell("#N/A")


def test_gaps_between_cells_keep_columns(tmp_path):
    path = tmp_path / "gaps.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["D1"] = "first", "fourth"
    ws["C5"] = "x"
    wb.save(path)
    assert read_all(path) == [(1, ["first", None, None, "fourth"]), (5, [None, None, "x"])]


def test_stale_dimension_tag_is_ignored(tmp_path):
    path = write_xlsx(tmp_path / "dim.xlsx", [["n"]] + [[i] for i in range(1, 301)])
    stale = rewrite_member(path, "xl/worksheets/sheet1.xml",
                           lambda xml: xml.replace(b'<dimension ref="A1:A301"/>',
                                                   b'<dimension ref="A1:A2"/>'))
    with zipfile.ZipFile(stale) as archive:
        assert b'ref="A1:A2"' in archive.read("xl/worksheets/sheet1.xml")
    rows = read_all(stale)
    assert len(rows) == 301 and rows[-1] == (301, [300])


def test_shared_strings_rich_text_and_phonetic_runs(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", [["Name"], ["placeholder"]])
    # Excel writes text as shared strings: make A2 one, with two runs and a phonetic guide.
    shared = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><r><t>An</t></r>'
              b'<r><t xml:space="preserve">n  </t></r><rPh sb="0" eb="1"><t>AN</t></rPh></si>'
              b'</sst>')
    changed = rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b'<c r="A2" t="inlineStr"><is><t>placeholder</t></is></c>',
        b'<c r="A2" t="s"><v>0</v></c>'))
    with zipfile.ZipFile(changed, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", shared)
    final = rewrite_member(changed, "xl/_rels/workbook.xml.rels", lambda xml: xml.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    assert read_all(final)[1] == (2, ["Ann"])


def test_inline_rich_text(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["Name"], ["placeholder"]])
    changed = rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b"<is><t>placeholder</t></is>", b"<is><r><t>An</t></r><r><t>n</t></r></is>"))
    assert read_all(changed)[1] == (2, ["Ann"])


def test_csv_with_semicolons_and_bom(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffEmployee ID;Name\nE1; Ann \n\n\"E2\";\"Lee; Bob\"\n".encode())
    assert read_all(path) == [(1, ["Employee ID", "Name"]), (2, ["E1", "Ann"]),
                              (4, ["E2", "Lee; Bob"])]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_csv_saved_as_unicode_text_is_read(tmp_path, encoding):
    """Excel's "Unicode Text" is UTF-16 with a byte order mark, tab-separated."""
    path = tmp_path / "r.csv"
    text = "Employee ID\tName\nE1\tJosé Ñúñez\n"
    path.write_bytes((b"\xfe\xff" if encoding == "utf-16-be" else b"")
                     + text.encode(encoding))
    assert read_all(path) == [(1, ["Employee ID", "Name"]), (2, ["E1", "José Ñúñez"])]


def test_a_binary_file_named_csv_is_refused_in_one_line(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UserError) as caught:
        read_all(path)
    assert str(caught.value) == "photo.csv is not a text file, so not a CSV file"


def test_csv_can_be_refused(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(UserError, match="not CSV files"):
        open_table(path, allow_csv=False)


BAD_FILES = {
    "empty": (b"", "is empty"),
    "text renamed": (b"Employee ID,Name\nE1,Ann\n", "is not an Excel workbook"),
    "old xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old Excel 97-2003"),
    "encrypted": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
                  + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100, "password-protected"),
    "pdf": (b"%PDF-1.4\n%...", "is not an Excel workbook"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_are_clear_errors(tmp_path, kind):
    content, message = BAD_FILES[kind]
    path = tmp_path / "upload.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_all(path)


def test_truncated_workbook(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["a"]] + [[i] for i in range(2000)])
    data = path.read_bytes()
    for size in (len(data) // 2, len(data) - 30, 100):
        cut = tmp_path / f"cut{size}.xlsx"
        cut.write_bytes(data[:size])
        with pytest.raises(UserError, match="damaged or incomplete"):
            read_all(cut)


def test_damaged_sheet_xml(tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["a"], [1]])
    broken = rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml[:-40])
    with pytest.raises(UserError, match="damaged or incomplete"):
        read_all(broken)


@pytest.mark.parametrize("cell", [b'<c r="A2" t="s"><v>7</v></c>',  # no such shared string
                                  b'<c r="2A"><v>1</v></c>'])
def test_nonsense_cells(tmp_path, cell):
    path = write_xlsx(tmp_path / "x.xlsx", [["a"], ["x"]])
    broken = rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>', cell))
    with pytest.raises(UserError, match="damaged or incomplete"):
        read_all(broken)


def test_text_in_a_number_cell_is_read_as_text(tmp_path):
    """calamine reads a number cell holding text as that text (the old reader refused the
    file): the importer's column rules then report it like any wrong value."""
    path = write_xlsx(tmp_path / "x.xlsx", [["a"], ["x"]])
    broken = rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>', b'<c r="A2"><v> not a number</v></c>'))
    assert read_all(broken) == [(1, ["a"]), (2, ["not a number"])]


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
        archive.writestr("_rels/.rels", "<Relationships xmlns='http://schemas.openxmlformats."
                         "org/package/2006/relationships'/>")
    with pytest.raises(UserError, match="Word document"):
        read_all(path)


def test_binary_workbook(tmp_path):
    path = tmp_path / "book.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_rels/.rels", (
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Target='xl/workbook.bin' Type='http://schemas."
            "openxmlformats.org/officeDocument/2006/relationships/officeDocument'/>"
            "</Relationships>"))
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    with pytest.raises(UserError, match="binary workbook"):
        read_all(path)


BOMB_DTD = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_xml_bombs_are_refused(tmp_path, member):
    path = write_xlsx(tmp_path / "b.xlsx", [["a"], ["x"]])
    bomb = rewrite_member(path, member, lambda xml: BOMB_DTD + xml.split(b"?>")[-1]
                          .replace(b">x<", b">&lol2;<"))
    with pytest.raises(UserError, match="refused as unsafe"):
        read_all(bomb)


def test_size_limits(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "big.xlsx", [["text"]] + [["same words " * 20]] * 3000)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(UserError, match="the largest file accepted is"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(reading, "MAX_UNCOMPRESSED_BYTES", 100_000)
    with pytest.raises(UserError, match="unpacks to"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_UNCOMPRESSED_BYTES", 10**9)
    monkeypatch.setattr(reading, "MAX_COMPRESSION_RATIO", 5)
    monkeypatch.setattr(reading, "RATIO_CHECKED_FROM", 1000)
    with pytest.raises(UserError, match="zip bomb"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_COMPRESSION_RATIO", 1000)
    monkeypatch.setattr(reading, "MAX_ROWS", 2999)
    with pytest.raises(UserError, match="more than 2,999 rows"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_ROWS", 3000)
    assert len(read_all(path)) == 3001


def test_far_right_column_is_refused(tmp_path):
    path = tmp_path / "wide.xlsx"
    wb = Workbook()
    wb.active["A1"] = "a"
    wb.active["XFD1"] = "far"
    wb.save(path)
    with pytest.raises(UserError, match="column XFD"):
        read_all(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UserError, match="File not found"):
        open_table(tmp_path / "nope.xlsx")
    with pytest.raises(UserError, match="is a folder"):
        open_table(tmp_path)


def test_progress_reaches_the_end(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [["n"]] + [[i] for i in range(100)])
    calls = []
    rows = list(open_table(path).rows(lambda done, total: calls.append((done, total))))
    assert len(rows) == 101
    assert calls and calls[-1][0] == calls[-1][1] > 0


def test_randomly_damaged_workbooks_give_user_errors_only(tmp_path):
    """Bytes flipped at random in a real workbook (compressed and stored): whatever breaks,
    the reader answers with a UserError or with rows, never another exception."""
    import random

    good = write_xlsx(tmp_path / "good.xlsx", [["ID", "Date", "N"]]
                      + [[f"E{i}", dt.date(2024, 1, 1 + i % 28), i * 1.5] for i in range(30)])
    stored = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(stored, "w") as dest:
        for info in source.infolist():
            dest.writestr(info.filename, source.read(info))
    originals = [good.read_bytes(), stored.read_bytes()]
    rng = random.Random(7)
    outcomes = {"rows": 0, "refused": 0}
    for _ in range(200):
        data = bytearray(rng.choice(originals))
        for _flip in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / "fuzz.xlsx"
        path.write_bytes(bytes(data))
        try:
            read_all(path)
            outcomes["rows"] += 1
        except UserError:
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == 200
