"""Formatted, printable table sheets streamed in openpyxl write-only mode.

A report describes its sheets as `SheetSpec`s and hands them to `write_sheets()`.
`TableSheet.write()` writes a styled header row, then the data rows through `safe_row()`,
and turns the block into an Excel table (filters), with frozen header, fitted column widths
(from the header and the first rows, since write-only mode needs widths before the first
row), and print settings: landscape, fit to width, header repeated, page-numbered footer.
A sheet given a `print_width` narrows its columns to it, so fitting to the page's width
does not shrink the print below a readable size (see `fit_to_page()`).
Other Excel modules (templates) use the styles and `print_setup()` from here too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import math
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import openpyxl
from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import _set_attributes
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.xml.functions import XML_NS, Element, SubElement

from mentorapp.excel.safe_cells import (
    DATE_FORMAT,
    clean_text,
    column_styles,
    safe_row,
    safe_sheet_title,
    write_only_cell,
)
from mentorapp.translations import N_

# The workbook default font; without the family Calc substitutes a serif font.
FONT = {"name": "Calibri", "family": 2}
HEADER_FONT = Font(**FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E79")
TITLE_FONT = Font(**FONT, bold=True, size=16, color="1F4E79")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center")
CENTER_TOP = Alignment(horizontal="center", vertical="top")
LABEL_FONT = Font(**FONT, bold=True)
TABLE_STYLE = "TableStyleMedium2"
# A footer's page numbers in Excel's codes for page and pages; a report writes it translated.
PAGE_NUMBERS = N_("Page &P of &N")
LINE_HEIGHT = 15
WIDTH_SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH, MAX_WRAP_WIDTH, MIN_DATE_WIDTH = 8, 50, 50, 12.5
MIN_WRAP_WIDTH = 12
# Column-width units that print 11 pt text at 8 pt or more when fitted to a landscape page:
# Calc prints about 102 units of ten columns at 100% on Letter (0.4" margins, DejaVu Sans
# standing in for Calibri), so 130 units print at 78% (8.6 pt, measured in its PDF); A4 and
# Excel with Calibri fit more.
READABLE_PRINT_WIDTH = 130
PROGRESS_EVERY = 1000
BATCH_ROWS = 2000
# Character widths in column-width units (the width of a digit), rounded up from Calibri and
# from DejaVu Sans, the wider font Calc shows it with where Calibri is not installed: narrow
# letters and punctuation, capitals and m/w, East Asian wide characters 2; every other 0.9.
SPACE_WIDTH, WIDEST_CHAR = 0.5, 1.25
# A header's letters in bold (DejaVu Sans Bold, which Calc shows for Calibri, in digit widths;
# 1.0 for any other), and the column width per unit that keeps a word whole in Calc: it
# broke "Calificación" at 1.10 and kept "Comparison" whole at 1.145.
_BOLD_WIDTHS = {char: width for chars, width in (
    ("ijlí/", 0.5), ("IJÍ.,:;'!|", 0.55), ("-", 0.6), ("f()[]", 0.65), ("rt", 0.7),
    ("cszç", 0.85), ("L", 0.9), ("aekvxyáéãêâà", 0.95), ("bdgpqCPSYZÇ", 1.05),
    ("ABKRVXÁÀÃÂ", 1.1), ("UÚ", 1.15), ("DGHNOQÓÑÕÔ", 1.2), ("&", 1.25), ("w", 1.35),
    ("M%@", 1.45), ("m", 1.5), ("W", 1.6)) for char in chars}
BOLD_WORD_ROOM = 1.14
_CHAR_WIDTHS = {**dict.fromkeys("fijlrtI.,;:'!|()[]", 0.5),
                **dict.fromkeys("ABCDEFGHKMNOPQRSUVWXYZmw@%&", WIDEST_CHAR)}

Progress = Callable[[int], None]
# The openpyxl whose write-only row conversion `_safe_rows_as_they_are()` takes over.
KNOWN_OPENPYXL = "3.1."


@dataclass(frozen=True)
class Column:
    """A column: header text, optional number format and fixed width (else fitted)."""

    header: str
    number_format: str | None = None
    width: float | None = None
    wrap: bool = False  # long text wraps inside the cell instead of running over
    # Centred, like dates: a right-aligned number would touch left-aligned text after it
    # (printed pages have no grid lines between the columns).
    center: bool = False


@dataclass
class SheetSpec:
    """One table sheet of a report, described as data: what it shows, not how it is written.

    `rows` may be a lazy iterable (a query): it is read once, while the sheet is written."""

    title: str
    table_name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence]
    empty_text: str = "No data for this period"
    lean: bool = False  # see `TableSheet.write()`
    print_width: float | None = None  # total column width to fit in (see `fit_to_page()`)


def write_sheets(wb, specs: Iterable[SheetSpec], *, footer: str, page: str = PAGE_NUMBERS,
                 progress: Progress | None = None) -> list[TableSheet]:
    """Write each spec as a `TableSheet` of `wb`, in order; returns the sheets written."""
    sheets = []
    for spec in specs:
        sheet = TableSheet(wb, spec.title, spec.columns, table_name=spec.table_name,
                           footer=footer, page=page, print_width=spec.print_width)
        sheet.write(spec.rows, empty_text=spec.empty_text, progress=progress, lean=spec.lean)
        sheets.append(sheet)
    return sheets


def footer_text(text: str) -> str:
    """`text` for an Excel header/footer section, where "&" starts a code."""
    return clean_text(text).replace("&", "&&")[:200]


def unique_headers(headers: Iterable[str]) -> list[str]:
    """Headers usable as table column names: one line, not empty, unique ignoring case."""
    result, seen = [], set()
    for number, header in enumerate(headers, start=1):
        text = " ".join(clean_text(str(header or "")).split()) or f"Column {number}"
        candidate, n = text, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{text} ({n})"
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def print_setup(ws, footer_left: str, *, title_rows: str | None = "1:1",
                page: str = PAGE_NUMBERS) -> None:
    """Landscape, fit to one page wide, repeated header rows, footer with page numbers
    (`page`: Excel's codes &P and &N in words, translated by a client report)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = footer_text(footer_left)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = page
    ws.oddFooter.right.size = 8


class TableSheet:
    """One sheet holding one Excel table, written row by row in write-only mode."""

    def __init__(self, wb, title: str, columns: Sequence[Column], *, table_name: str,
                 footer: str, page: str = PAGE_NUMBERS, print_width: float | None = None):
        self.ws = wb.create_sheet(safe_sheet_title(title, wb.sheetnames))
        self.columns = list(columns)
        self.headers = unique_headers(c.header for c in self.columns)
        self.formats = [c.number_format for c in self.columns]
        self.table_name = table_name
        self.footer = footer
        self.page = page
        self.print_width = print_width
        self.rows = 0

    def write(self, rows: Iterable[Sequence], *, empty_text: str = "No data for this period",
              progress: Progress | None = None, lean: bool = False,
              made_safe: bool = False) -> int:
        """Write the header and all `rows`; returns the number of data rows.

        `lean` (for sheets of many thousand rows, which nobody prints) skips wrapping, row
        heights and alignment, so only number formats cost a styled cell: streaming then runs
        close to the speed of bare openpyxl. `made_safe` (with `lean`): the rows come from
        `safe_row()` already, in formats of their own (which change from row to row), and
        are written as they are instead of being made safe a second time."""
        if made_safe and not lean:
            raise ValueError("made_safe rows are for a lean sheet")  # untranslated: a bug
        rows = iter(rows)
        sample = list(itertools.islice(rows, WIDTH_SAMPLE_ROWS))
        self._set_widths(sample, fit=not lean)  # lean rows do not wrap: keep them wide
        ws = self.ws
        ws.freeze_panes = "A2"
        print_setup(ws, self.footer, page=self.page)  # page set-up goes before the rows
        widths = [ws.column_dimensions[get_column_letter(i + 1)].width
                  for i in range(len(self.headers))]
        ws.row_dimensions[1].height = header_height(self.headers, widths)
        numeric = [any(isinstance(row[i], int | float) and not isinstance(row[i], bool)
                       for row in sample if i < len(row)) for i in range(len(self.headers))]
        centered = [c.center or c.number_format == DATE_FORMAT for c in self.columns]
        ws.append(header_cells(ws, self.headers, [
            "center" if middle else "right" if f or number else "left"
            for f, number, middle in zip(self.formats, numeric, centered, strict=True)]))
        wrapping = [] if lean else [(i, widths[i]) for i, c in enumerate(self.columns) if c.wrap]
        # Dates and `center` columns centred so they do not run into the next column; in
        # rows of wrapped text everything top-aligned so it lines up with the first line.
        plain = [CENTER if middle and not lean else None for middle in centered]
        top = [WRAP if c.wrap else CENTER_TOP if middle else TOP
               for c, middle in zip(self.columns, centered, strict=True)]
        plain_styles, top_styles = (column_styles(ws, self.formats, plain),
                                    column_styles(ws, self.formats, top))

        def prepared(values) -> tuple[int, list]:
            if made_safe:
                return 1, values
            lines = max([wrapped_lines(values[i], width) for i, width in wrapping
                         if isinstance(values[i], str)], default=1)
            if lines > 1:
                return lines, safe_row(ws, values, self.formats, top, top_styles)
            return 1, safe_row(ws, values, self.formats, plain, plain_styles)

        rows = itertools.chain(sample, rows)
        with _safe_rows_as_they_are(ws):
            # A batch of rows is read and made safe, then appended: alternating between the
            # database cursor and openpyxl row by row was 10% slower (each evicts the other
            # from the CPU caches).
            while batch := [prepared(values) for values in itertools.islice(rows, BATCH_ROWS)]:
                for lines, row in batch:
                    if lines > 1:  # Calc keeps the default height for wrapped text: set it
                        row_number = self.rows + 2
                        ws.row_dimensions[row_number].height = min(LINE_HEIGHT * lines, 409)
                        ws.append(row)
                        del ws.row_dimensions[row_number]  # written already; memory flat
                    else:
                        ws.append(row)
                    self.rows += 1
                    if progress is not None and self.rows % PROGRESS_EVERY == 0:
                        progress(PROGRESS_EVERY)
        if progress is not None:
            progress(self.rows % PROGRESS_EVERY)
        if not self.rows:
            ws.append([empty_text])
        self._finish()
        return self.rows

    def _set_widths(self, sample: list[Sequence], *, fit: bool) -> None:
        widths, floors = [], []
        for index, (column, header) in enumerate(zip(self.columns, self.headers, strict=True)):
            word = max((len(w) for w in header.split()), default=0)
            width = floor = column.width
            if width is not None:  # chosen for the English header; a translation's longest
                # word may need more (a header wraps by words, a word is never broken)
                width = floor = max(width, header_word_width(header))
            else:
                content = max([_display_length(row[index]) for row in sample
                               if index < len(row)], default=0)
                limit = MAX_WRAP_WIDTH if column.wrap else MAX_WIDTH
                width = min(limit, max(MIN_WIDTH, max(len(header) * 1.1 + 2, content) + 2))
                # The narrowest it may get: its content, with the header wrapped by words.
                floor = min(width, max(MIN_WIDTH, max(word * 1.1 + 2, content) + 2))
            if column.number_format == DATE_FORMAT:  # room on both sides of the date
                width, floor = max(width, MIN_DATE_WIDTH), max(floor, MIN_DATE_WIDTH)
            widths.append(width)
            floors.append(floor)
        if fit and self.print_width is not None:
            widths = fit_to_page(widths, floors, [c.wrap for c in self.columns],
                                 self.print_width)
        for index, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(index + 1)].width = width

    def _finish(self) -> None:
        add_table(self.ws, self.table_name, self.headers, 1, 1 + max(self.rows, 1))


@contextlib.contextmanager
def _safe_rows_as_they_are(ws):
    """While the rows `safe_row()` made are appended to `ws`, each row is written as one XML
    element built from its values, the same XML openpyxl writes for them, without openpyxl's
    cell for each value: its checks of every text (illegal characters, formulas, error codes)
    are `safe_row()`'s own, done already, and its way (a cell object per value, tried as a
    value first, its coordinate and attributes worked out and written element by element)
    cost twice what the XML does, for each of the two million cells of a large client report.
    Text and numbers are written from the value, styled numbers from their cell's value and
    style; other ready-made cells and other values (dates: each day once) become openpyxl's
    cells and are written from openpyxl's own attributes; a row holding a comment, formula or
    rich text goes openpyxl's whole way. The sheet is byte for byte the same (see the test);
    another openpyxl, whose writer may differ, keeps its own way."""
    if not openpyxl.__version__.startswith(KNOWN_OPENPYXL) or not LXML:
        yield
        return
    ws._get_writer()
    own_write_row = ws._writer.write_row
    dims = ws.row_dimensions
    dates: dict[dt.date, tuple[str, str]] = {}  # a day's style id and serial number
    style_ids: dict[bytes, str] = {}  # a cell style's id, by its style array

    def write_row(xf, values, row_idx):
        number = str(row_idx)
        row = Element("row", {"r": number})
        dim = dims.get(row_idx)
        if dim is not None:
            row.attrib.update(dim)
        row.text = ""  # an empty row as openpyxl writes it: <row r="2"></row>
        for letter, value in zip(_letters(len(values)), values, strict=True):
            kind, style = type(value), None
            if (kind is Cell and value.has_style and value._comment is None
                    and value.hyperlink is None and _plain_cell(value)):
                key = value._style.tobytes()  # a styled text or number: its value, styled
                style = style_ids.get(key)
                if style is None:
                    style = style_ids[key] = str(value.style_id)
                value = value._value
                kind = type(value)
            if kind is str:
                cell = SubElement(row, "c", {"r": letter + number, "t": "inlineStr"}
                                  if style is None else
                                  {"r": letter + number, "s": style, "t": "inlineStr"})
                if value:
                    SubElement(SubElement(cell, "is"), "t",
                               _PRESERVE if value != value.strip() else None).text = value
                else:
                    cell.text = ""
                continue
            if kind is int or kind is float:
                text = _number_text(value)
            elif value is None:
                continue
            elif kind is dt.date and (known := dates.get(value)) is not None:
                style, text = known
            else:
                if kind is not Cell:
                    value = WriteOnlyCell(ws, value)  # as openpyxl makes it: dates get a format
                if (value._comment is not None or value.data_type == "f"
                        or isinstance(value._value, CellRichText)):
                    own_write_row(xf, WriteOnlyWorksheet._values_to_row(ws, values, row_idx),
                                  row_idx)
                    return
                value.column, value.row = column_index_from_string(letter), row_idx
                if value.hyperlink is not None:
                    value.hyperlink.ref = value.coordinate
                styled = value.has_style
                if value._value is None and not styled:
                    continue
                text, attributes = _set_attributes(value, styled)
                cell = SubElement(row, "c", attributes)
                if value.data_type == "s" and text:
                    SubElement(SubElement(cell, "is"), "t",
                               _PRESERVE if text != text.strip() else None).text = text
                elif text is None or text == "" or value.data_type == "s":
                    cell.text = ""
                else:
                    text = safe_string(text)
                    SubElement(cell, "v").text = text
                    if kind is dt.date and styled and attributes.get("t") == "n":
                        dates[value._value] = attributes["s"], text
                continue
            cell = SubElement(row, "c", {"r": letter + number, "t": "n"} if style is None
                              else {"r": letter + number, "s": style, "t": "n"})
            SubElement(cell, "v").text = text
        xf.write(row)

    ws._values_to_row = lambda values, row_idx: values  # rows go to write_row() as they are
    ws._writer.write_row = write_row
    try:
        yield
    finally:
        del ws._values_to_row
        del ws._writer.write_row


_PRESERVE = {f"{{{XML_NS}}}space": "preserve"}  # a text with spaces at an end keeps them


def _plain_cell(cell: Cell) -> bool:
    """A text cell holding text or a number cell holding a number (not a bool, an error code,
    a date...), written from its value as the plain value would be."""
    kind = type(cell._value)
    return (kind is str) if cell.data_type == "s" else (
        cell.data_type == "n" and (kind is int or kind is float))


@functools.lru_cache(maxsize=64)
def _letters(columns: int) -> tuple[str, ...]:
    return tuple(map(get_column_letter, range(1, columns + 1)))


def _number_text(value: int | float) -> str:
    """A number as openpyxl writes it (`safe_string`)."""
    return f"{value:.16g}" if math.isfinite(value) else ""


def fit_to_page(widths: Sequence[float], floors: Sequence[float], wrapping: Sequence[bool],
                page: float) -> list[float]:
    """`widths` narrowed to add up to `page` where they can: first the headers of columns
    that do not wrap wrap by words (down to `floors`), then the wrapping columns (long text)
    narrow in proportion, so each wraps to about as many lines, none below MIN_WRAP_WIDTH."""
    if sum(widths) <= page:
        return list(widths)
    widths = [w if wraps else floor for w, floor, wraps in zip(widths, floors, wrapping,
                                                                  strict=True)]
    shrinking = {i for i, wraps in enumerate(wrapping) if wraps}
    while shrinking:
        room = page - sum(w for i, w in enumerate(widths) if i not in shrinking)
        factor = room / sum(widths[i] for i in shrinking)
        if factor >= 1:
            break
        floored = {i for i in shrinking if widths[i] * factor < MIN_WRAP_WIDTH}
        if not floored:
            for i in shrinking:
                widths[i] *= factor
            break
        for i in floored:  # at the floor: the others share what is left
            widths[i] = min(widths[i], MIN_WRAP_WIDTH)
        shrinking -= floored
    return widths


def add_table(ws, name: str, headers: Sequence[str], header_row: int, last_row: int) -> None:
    """An Excel table with filters over columns A.. of rows header_row..last_row.

    `headers` must be the exact header cell texts (see `unique_headers()`)."""
    ref = f"A{header_row}:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=name, ref=ref,
                  tableColumns=[TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)],
                  autoFilter=AutoFilter(ref=ref),
                  tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True))
    with warnings.catch_warnings():  # openpyxl warns in write-only mode even when the
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)  # columns are given, as here


def header_cells(ws, headers: Sequence[str], align: Sequence[str] = ()) -> list:
    """Styled header cells for `ws.append()`; `align[i]` is "left", "center" or "right"."""
    align = list(align) + ["left"] * (len(headers) - len(align))
    return [write_only_cell(ws, h, font=HEADER_FONT, fill=HEADER_FILL,
                            alignment=Alignment(horizontal=side, vertical="center",
                                                wrap_text=True))
            for h, side in zip(headers, align, strict=True)]


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a wrapped cell `width` characters wide: its words
    filled into lines as Excel and Calc do, a word longer than a line broken across lines.
    Rather one line too many than one too few, which Calc would cut off."""
    room = max(width - 1, 1)
    if len(text) * WIDEST_CHAR <= room and text.isascii() and "\n" not in text:
        return 1
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            size = _word_width(word)
            if used and used + SPACE_WIDTH + size <= room:
                used += SPACE_WIDTH + size
                continue
            if used:
                lines += 1  # the word starts the next line
            broken, used = divmod(size, room) if size > room else (0, size)
            lines += int(broken)
    return lines


@functools.lru_cache(maxsize=8192)  # words repeat: most of a long sheet's are cached
def _word_width(word: str) -> float:
    return sum(map(_char_width, word))


def _char_width(char: str) -> float:
    width = _CHAR_WIDTHS.get(char)
    if width is not None:
        return width
    return 2.0 if char > "\u10ff" and unicodedata.east_asian_width(char) in "WF" else 0.9


def header_word_width(header: str) -> float:
    """The column width that shows the longest word of `header` whole in the bold header."""
    return max((sum(_BOLD_WIDTHS.get(c, 1.0) for c in word) for word in header.split()),
               default=0) * BOLD_WORD_ROOM


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    """A row height that shows every wrapped header in full (Calc does not grow it)."""
    lines = max((math.ceil(len(h) * 1.15 / max(w - 1, 1)) for h, w in zip(headers, widths,
                                                                            strict=True)),
                default=1)
    return LINE_HEIGHT * max(lines, 1) + 3


def _display_length(value) -> float:
    value = getattr(value, "value", value)  # a ready-made cell
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return len(str(value))
