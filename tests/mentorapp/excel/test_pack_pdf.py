"""The client review pack as PDF: the figures of the PDF's text are the workbook's, cell by
cell in row order; nothing of another client or internal is in it; names in any script
survive (or print as the replacement glyph); bad input is one clear error and leaves no
file; long tables split across pages with their header repeated."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os
import re
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Font
from pypdf import PdfReader
from reportlab.lib import colors

from mentorapp.errors import UserError, ValidationError
from mentorapp.excel import pack_pdf
from mentorapp.excel.client_report import export_client_report
from mentorapp.excel.pack_pdf import excel_text, printable, wrap, write_pdf
from mentorapp.excel.safe_cells import save_workbook
from mentorapp.excel.sheets import Column, SheetSpec, print_setup, write_sheets
from mentorapp.models import Feedback
from tests.mentorapp.excel import test_client_report_evidence as evidence

ROOT = Path(__file__).resolve().parents[3]
START, END = evidence.START, evidence.END
FOOTER = "Confidential - prepared for Acme Corp"
TITLE = "Acme Corp: staff report 1 January 2025 to 31 March 2025"
# Names in several scripts on Acme's account, and the one the font cannot draw.
UNICODE_NAMES = [("U001", "Łukasz", "Nowak"), ("U002", "Nguyễn", "Văn An"),
                 ("U003", "Ñúñez", "O'Brien"), ("U004", "Σοφία", "Иванова"),
                 ("U005", "محمد", "العلي")]
NO_GLYPH = ("U006", "王伟", "Chen")
# Planted outside what the client may see: internal feedback on Acme, Globex's feedback.
MORE_SECRETS = {"internal feedback": "ZZINTERNALFEEDBACK42",
                "other client's feedback": "ZZGLOBEXFEEDBACK42"}
FIGURE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%| s)?")
FIGURE_SHEETS = ("Summary", "KPI scorecard", "Quality")


def _seed(make) -> dict:
    ids = evidence._seed(make)
    acme, globex = ids["acme"], ids["globex"]
    for emp, first, last in [*UNICODE_NAMES, NO_GLYPH]:
        ids[emp] = make.staff(first, last, acme, employee_id=emp, since=dt.date(2024, 1, 1))
    program = make.program("Customer empathy", hours=7.5)
    for n, (emp, *_) in enumerate([*UNICODE_NAMES, NO_GLYPH]):
        make.feedback(ids[emp], client=acme["id"], source="client", rating=n % 5 + 1,
                      date=START + dt.timedelta(days=7 * n), visibility="shareable",
                      comment=f"Shared note {emp}")
        make.enrollment(ids[emp], program, status="completed",
                        completed_date=START + dt.timedelta(days=n))
    make.feedback(ids["ana"], client=acme["id"], source="management", rating=1, date=START,
                  comment=MORE_SECRETS["internal feedback"], visibility="internal")
    make.feedback(ids["gil"], client=globex["id"], source="client", rating=2, date=START,
                  comment=MORE_SECRETS["other client's feedback"], visibility="shareable")
    return ids


@pytest.fixture
def pack(sqlite_db, make, tmp_path):
    """The Acme client report and its PDF; (workbook path, PDF path, seeded ids)."""
    ids = _seed(make)
    book = export_client_report("Acme Corp", START, END, tmp_path / "acme.xlsx")
    pdf = write_pdf(book, tmp_path / "acme.pdf", title=TITLE, footer=FOOTER,
                    logo=(ROOT / "resources" / "mentorapp.png").read_bytes())
    return book, pdf, ids


def _sections(pdf: Path) -> dict[str, list[str]]:
    """{sheet title: its pages' text}, from the PDF's outline (one entry per sheet)."""
    reader = PdfReader(pdf)
    starts = [(item.title, reader.get_destination_page_number(item))
              for item in reader.outline]
    pages = [page.extract_text() for page in reader.pages]
    ends = [start for _, start in starts[1:]] + [len(pages)]
    return {title: pages[start:end] for (title, start), end in zip(starts, ends, strict=True)}


def _lines(pages: list[str]) -> list[str]:
    return [line.strip() for page in pages for line in page.splitlines()]


def _figures_of_sheet(ws) -> list[str]:
    """Every number in the sheet as the workbook shows it, in row order."""
    return [excel_text(cell.value, cell.number_format)
            for row in ws.iter_rows() for cell in row
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool)]


def test_the_pdfs_figures_are_the_workbooks_cell_by_cell_in_row_order(pack):
    book, pdf, _ = pack
    wb = load_workbook(book)
    sections = _sections(pdf)
    assert list(sections) == wb.sheetnames  # one section per sheet, in the workbook's order
    for title in FIGURE_SHEETS:
        expected = _figures_of_sheet(wb[title])
        shown = [line for line in _lines(sections[title]) if FIGURE.fullmatch(line)]
        assert len(expected) > 10, title  # the fixture gives every sheet figures to compare
        assert shown == expected, title
    # What some of them are, worked out by hand from the seeded data (see the evidence test).
    kpi = _lines(sections["KPI scorecard"])
    aht = kpi.index("AHT")
    assert kpi[aht:aht + 7] == ["AHT", "Lower", "300 s", "291 s", "103.1%", "Met", "Improving"]
    summary = _lines(sections["Summary"])
    hours = summary.index("Training hours")
    assert summary[hours + 1:hours + 4] == ["45.0", "0.0", "+45.0"]  # six of 7.5 h each
    assert "Staff performance report" in summary and "Acme Corp" in summary


def test_the_workbooks_conditional_colours_are_the_pdfs(pack):
    """Below target red, warning yellow, by the row's status; competencies on a scale."""
    book, _, _ = pack
    wb = load_workbook(book)
    red, dark_red = colors.HexColor("#FFC7CE"), colors.HexColor("#9C0006")
    ws = wb["KPI scorecard"]
    rules = pack_pdf._ConditionalColours(ws)
    status = {row[0].value: row for row in ws.iter_rows(min_row=5, max_row=8)}
    assert status["CSAT"][5].value == "Below target"
    for cell in status["CSAT"][3:6]:  # value, attainment and status
        assert rules.colours(cell) == (red, dark_red), cell.coordinate
    assert rules.colours(status["CSAT"][2]) == (None, None)  # the target is not coloured
    assert status["AHT"][5].value == "Met" and rules.colours(status["AHT"][4]) == (None, None)
    scaled = Workbook().active  # the Competencies sheet's scale
    for value in (1, 2, 3, 5, None):
        scaled.append([value])
    scaled.conditional_formatting.add("A1:A5", ColorScaleRule(
        start_type="num", start_value=1, start_color="F8696B", mid_type="num", mid_value=3,
        mid_color="FFEB84", end_type="num", end_value=5, end_color="63BE7B"))
    scale = pack_pdf._ConditionalColours(scaled)
    shown = [scale.colours(scaled.cell(row=row, column=1))[0] for row in range(1, 6)]
    assert shown[0] == colors.HexColor("#F8696B") and shown[2] == colors.HexColor("#FFEB84")
    assert shown[3] == colors.HexColor("#63BE7B") and shown[4] is None
    assert shown[1].red == pytest.approx((0xF8 + 0xFF) / 2 / 255)  # half-way from 1 to 3


def test_the_pdf_speaks_of_no_chart_and_the_workbooks_charts_say_what_dark_means(pack):
    """The PDF draws no chart, so none of its text may point at one; in the workbook each
    chart's title says what its dark months are."""
    book, pdf, _ = pack
    wb = load_workbook(book)
    assert wb["Summary"]._charts  # the workbook has charts (openpyxl keeps them on load)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).lower()
    assert "chart" not in text and "dark" not in text
    summary = _lines(_sections(pdf)["Summary"])
    assert any(line.startswith("By month,") and "marked under “Report period”" in line
               for line in summary), summary
    titles = ["".join(run.t for paragraph in chart.title.tx.rich.p for run in paragraph.r)
              for chart in wb["Summary"]._charts]
    assert titles == ["Average rating by month (this report's months dark)",
                      "Training hours by month (this report's months dark)"]


def test_every_page_has_the_footer_and_its_number_and_page_one_the_title_and_logo(pack):
    _, pdf, _ = pack
    reader = PdfReader(pdf)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        lines = page.extract_text().splitlines()
        assert FOOTER in lines and f"Page {number} of {total}" in lines, number
    first = reader.pages[0]
    assert first.extract_text().splitlines()[0] == TITLE
    assert len(first.images) == 1  # the logo
    assert reader.metadata.title == TITLE
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert (round(width), round(height)) == (842, 595)  # landscape A4
    for page in reader.pages:  # only the embedded DejaVu Sans: readable on any machine
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_nothing_internal_or_of_another_client_in_the_pdfs_text(pack):
    book, pdf, _ = pack
    # The secrets are in the database, so the test can fail.
    assert Feedback.select().where(Feedback.comment.in_(list(MORE_SECRETS.values()))).count() == 2
    reader = PdfReader(pdf)
    texts = [page.extract_text() for page in reader.pages]
    texts += [str(value) for value in reader.metadata.values()]
    texts += [item.title for item in reader.outline]
    text = "\n".join(texts).lower()
    for kind, secret in {**evidence.SECRETS, **MORE_SECRETS}.items():
        assert secret.lower() not in text, kind
    assert "globex" not in text
    # The scan reads the shared records, so it would see a secret that got in.
    assert "shared note u001" in text and "call-1" in text


def test_names_in_other_scripts_survive_and_a_missing_glyph_prints_as_a_replacement(pack):
    _, pdf, _ = pack
    staff = _lines(_sections(pdf)["Staff"])
    for emp, first, last in UNICODE_NAMES:
        # Arabic is drawn in its joined letter forms (presentation forms), right to left;
        # the reader gives it back in reading order.
        assert unicodedata.normalize("NFKC", staff[staff.index(emp) + 1]) == f"{first} {last}"
    row = staff.index(NO_GLYPH[0])
    assert staff[row + 1] == "\ufffd\ufffd Chen"  # 王伟: no glyph in DejaVu Sans
    assert printable("王伟 Nguyễn\tx\r\n한😀क") == "\ufffd\ufffd Nguyễn x\n\ufffd😀\ufffd"


@pytest.mark.parametrize("logical, drawn", [
    ("محمد", "\ufeaa\ufee4\ufea4\ufee3"),  # final, medial, medial, initial, right to left
    ("لا", "\ufefb"),  # lam-alef is one ligature
    ("Ahmed سلام 7", "Ahmed \ufee1\ufefc\ufeb3 7"),  # only the Arabic run turns round
    ("שלום", "םולש"), ("Nguyễn", "Nguyễn"),
])
def test_right_to_left_runs_are_joined_and_drawn_in_visual_order(logical, drawn):
    assert pack_pdf.visual(logical) == drawn


@pytest.mark.parametrize("value, number_format, shown", [
    (1234, "#,##0", "1,234"), (0, "#,##0", "0"), (3.8301886, "0.00", "3.83"),
    (2.675, "0.00", "2.68"), (0.125, "0.00", "0.13"),  # half away from zero, as Excel
    (7.25, "#,##0.0", "7.3"), (1078, "#,##0.0", "1,078.0"),
    (5, "+#,##0;-#,##0;0", "+5"), (-3, "+#,##0;-#,##0;0", "-3"), (0, "+#,##0;-#,##0;0", "0"),
    (-0.004, "+0.00;-0.00;0.00", "-0.00"), (0.1, "+0.00;-0.00;0.00", "+0.10"),
    (0.91234, "0.0%", "91.2%"), (1, "0%", "100%"), (0.0004, "0.0%", "0.0%"),
    (291.089, '#,##0" s"', "291 s"), (85.25, '#,##0.0"%"', "85.3%"),
    (4.75, "0.0", "4.8"), (-1.5, "0.0", "-1.5"), (17, "General", "17"),
    (0.1 + 0.2, "General", "0.3"), (1 / 3, "General", "0.3333333333"),
    (dt.datetime(2025, 3, 1), "yyyy-mm-dd", "2025-03-01"),
    (dt.datetime(2025, 3, 1, 14, 5), "yyyy-mm-dd hh:mm", "2025-03-01 14:05"),
    (dt.date(2025, 5, 1), "d mmmm yyyy", "1 May 2025"), (None, "0.0", ""),
    ("=1+1", "General", "=1+1"), (True, "General", "TRUE"),
])
def test_each_cell_is_formatted_with_its_own_number_format(value, number_format, shown):
    assert excel_text(value, number_format) == shown


@pytest.mark.parametrize("value, number_format, shown", [
    (1234567.5, "#,##0.0", "1.234.567,5"), (3.8301886, "0.00", "3,83"),
    (0.91234, "0.0%", "91,2%"), (-0.004, "+0.00;-0.00;0.00", "-0,00"),
    (85.25, '#,##0.0"%"', "85,3%"), (1 / 3, "General", "0,3333333333"), (17, "General", "17"),
    (291.089, '#,##0" s"', "291 s"), (dt.datetime(2025, 3, 1), "yyyy-mm-dd", "2025-03-01"),
])
def test_a_spanish_or_portuguese_pack_shows_its_numbers_with_their_signs(value, number_format,
                                                                          shown):
    """Issue 18: as Excel shows the workbook under a Spanish or Brazilian locale."""
    assert excel_text(value, number_format, (".", ",")) == shown


def test_wrapping_keeps_every_character_within_the_width():
    text = "A long comment " * 20 + "x" * 300 + "\nSecond paragraph"
    lines = wrap(text, 120)
    assert all(pack_pdf._width(line) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert lines[-1] == "Second paragraph"


def _detail_workbook(path: Path, rows: int, *, footer: str = FOOTER, paper=None) -> Path:
    """A workbook written as the reports write their detail sheets (TableSheet)."""
    wb = Workbook(write_only=True)
    columns = [Column("Date", "yyyy-mm-dd", 11), Column("Employee ID"),
               Column("Name", wrap=True), Column("Hours", "#,##0.0", 8),
               Column("Comment", wrap=True)]
    data = ((START + dt.timedelta(days=n % 90), f"E{n:05d}", f"Person {n}", n / 4,
             "A comment long enough to wrap over two lines of the comment column " * (n % 3))
            for n in range(rows))
    sheet, = write_sheets(wb, [SheetSpec("Feedback", "tblFeedback", columns, data,
                                         print_width=130)], footer=footer)
    if paper is not None:
        sheet.ws.page_setup.paperSize = paper
    return save_workbook(wb, path)


def test_a_2000_row_sheet_splits_across_pages_with_its_header_on_each(tmp_path):
    book = _detail_workbook(tmp_path / "long.xlsx", 2000)
    started = time.perf_counter()
    pdf = write_pdf(book, tmp_path / "long.pdf", title="Long", footer=FOOTER)
    print(f"2,000-row sheet: {time.perf_counter() - started:.2f} s")
    pages = [page.extract_text().splitlines() for page in PdfReader(pdf).pages]
    assert len(pages) > 20
    for lines in pages:
        assert lines[lines.index("Date"):lines.index("Date") + 5] == [
            "Date", "Employee ID", "Name", "Hours", "Comment"]
    ids = [line for lines in pages for line in lines if re.fullmatch(r"E\d{5}", line)]
    assert ids == [f"E{n:05d}" for n in range(2000)]  # none lost where the pages split
    hours = [line for lines in pages for line in lines if re.fullmatch(r"[\d,]+\.\d", line)]
    assert hours == [excel_text(n / 4, "#,##0.0") for n in range(2000)]
    assert hours[1:3] + hours[-1:] == ["0.3", "0.5", "499.8"]  # 0.25 and 499.75 round up


def test_letter_paper_when_the_workbook_asks_for_it(tmp_path):
    book = _detail_workbook(tmp_path / "short.xlsx", 3, paper=1)
    page = PdfReader(write_pdf(book, tmp_path / "short.pdf", title="Short",
                               footer=FOOTER)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (792, 612)


def test_a_cell_longer_than_a_page_continues_in_the_rows_below(tmp_path):
    wb = Workbook(write_only=True)
    text = " ".join(f"word{n}" for n in range(3500))  # 30,000 characters: fits a cell
    write_sheets(wb, [SheetSpec("Notes", "tblNotes", [Column("ID"), Column("Note", wrap=True)],
                                [("N1", text)])], footer=FOOTER)
    book = save_workbook(wb, tmp_path / "notes.xlsx")
    pages = PdfReader(write_pdf(book, tmp_path / "notes.pdf", title="Notes",
                                footer=FOOTER)).pages
    assert len(pages) > 2
    words = " ".join(page.extract_text() for page in pages).split()
    assert [w for w in words if w.startswith("word")] == text.split()


def test_a_label_and_a_long_value_outside_tables_continue_over_pages(tmp_path):
    """Rows outside tables (a cover's "Client", "Period"; a narrative) print as a grid."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Review"
    print_setup(ws, FOOTER, title_rows=None)
    text = " ".join(f"point{n}" for n in range(3000))
    for row in (("Review of the period",), ("Client", "Acme Corp"), ("Narrative", text),
                ("Prepared by", "Bright BPO")):
        ws.append(row)
    ws["A1"].font = Font(bold=True, size=16)
    ws.column_dimensions["A"].width = 20
    wb.save(tmp_path / "review.xlsx")
    pages = PdfReader(write_pdf(tmp_path / "review.xlsx", tmp_path / "review.pdf",
                                title="Review", footer=FOOTER)).pages
    lines = [line for line in _lines([page.extract_text() for page in pages])
             if line not in (FOOTER, "Review", "REVIEW") and not line.startswith("Page ")]
    assert len(pages) > 2
    assert lines[lines.index("Client"):lines.index("Client") + 3] == [
        "Client", "Acme Corp", "Narrative"]
    words = " ".join(lines).split()
    assert [w for w in words if w.startswith("point")] == text.split()
    assert lines.index("Prepared by") > lines.index("Narrative")


def _no_files_but(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.mark.parametrize("content", [b"not a workbook at all", b"PK\x03\x04broken zip",
                                     "half"])
def test_a_corrupt_or_foreign_file_is_one_clear_error_and_no_pdf(tmp_path, content):
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "report.xlsx"
    if content == "half":
        whole = _detail_workbook(tmp_path / "whole.xlsx", 10).read_bytes()
        content = whole[:len(whole) // 2]
    source.write_bytes(content)
    with pytest.raises(ValidationError, match="report.xlsx cannot be read as a client report"):
        write_pdf(source, folder / "report.pdf", title="T", footer=FOOTER)
    _no_files_but(folder, "report.xlsx")


def test_a_workbook_not_ours_or_of_another_client_is_refused(tmp_path):
    plain = Workbook()
    plain.active["A1"] = "Somebody else's spreadsheet"
    plain.save(tmp_path / "plain.xlsx")
    with pytest.raises(ValidationError, match="not a client report made by MentorApp"):
        write_pdf(tmp_path / "plain.xlsx", tmp_path / "plain.pdf", title="T", footer=FOOTER)
    book = _detail_workbook(tmp_path / "globex.xlsx", 3,
                            footer="Confidential - prepared for Globex & Co")
    with pytest.raises(ValidationError, match="prepared for another client"):
        write_pdf(book, tmp_path / "globex.pdf", title="T", footer=FOOTER)
    # Its own footer ("&" written "&&" in the workbook) is accepted.
    write_pdf(book, tmp_path / "globex.pdf", title="T",
              footer="Confidential - prepared for Globex & Co")
    _no_files_but(tmp_path, "plain.xlsx", "globex.xlsx", "globex.pdf")


def test_an_unwritable_target_is_one_clear_error_and_the_old_file_stays(tmp_path):
    book = _detail_workbook(tmp_path / "book.xlsx", 3)
    with pytest.raises(UserError, match="does not exist"):
        write_pdf(book, tmp_path / "missing" / "out.pdf", title="T", footer=FOOTER)
    old = tmp_path / "old.pdf"
    old.write_bytes(b"earlier")
    old.chmod(0o444)
    with pytest.raises(UserError, match="read-only"):
        write_pdf(book, old, title="T", footer=FOOTER)
    with pytest.raises(UserError, match="it is a folder"):
        write_pdf(book, tmp_path, title="T", footer=FOOTER)
    assert old.read_bytes() == b"earlier"
    _no_files_but(tmp_path, "book.xlsx", "old.pdf")


def test_a_full_disk_leaves_no_partial_file_and_keeps_the_earlier_one(tmp_path, monkeypatch):
    book = _detail_workbook(tmp_path / "book.xlsx", 50)
    earlier = tmp_path / "out.pdf"
    earlier.write_bytes(b"earlier")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pack_pdf.os, "fsync", full)
    with pytest.raises(UserError, match="the disk is full"):
        write_pdf(book, earlier, title="T", footer=FOOTER)
    assert earlier.read_bytes() == b"earlier"
    _no_files_but(tmp_path, "book.xlsx", "out.pdf")


def test_a_logo_that_is_no_picture_is_refused_before_any_work(tmp_path):
    book = _detail_workbook(tmp_path / "book.xlsx", 3)
    with pytest.raises(ValidationError, match="logo: is not a picture"):
        write_pdf(book, tmp_path / "out.pdf", title="T", footer=FOOTER, logo=b"GIF89a??")
    _no_files_but(tmp_path, "book.xlsx")


# -- The client's view: LibreOffice Calc shows the same figures as the PDF ---------------------
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


@pytest.mark.slow
@pytest.mark.libreoffice
def test_calc_shows_every_number_and_date_as_the_pdf_prints_it(pack, tmp_path):
    """Calc's "as shown" CSV of each sheet against `excel_text()` of every cell holding a
    number or date: the formatter is Calc's (the PDF test above ties the PDF to it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required under CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    book, _, _ = pack
    outdir = tmp_path / "calc"
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--convert-to", CSV_FILTER, "--outdir", str(outdir), str(book)],
                   check=True, capture_output=True, timeout=300)
    wb = load_workbook(book)
    compared = 0
    for ws in wb.worksheets:
        with open(outdir / f"acme-{ws.title}.csv", encoding="utf-8", newline="") as stream:
            shown = list(csv.reader(stream))
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, int | float | dt.date) and \
                        not isinstance(cell.value, bool):
                    calc = shown[cell.row - 1][cell.column - 1]
                    assert excel_text(cell.value, cell.number_format) == calc, \
                        (ws.title, cell.coordinate, cell.number_format)
                    compared += 1
    assert compared > 200
