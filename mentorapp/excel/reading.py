"""Reading untrusted spreadsheets: workbooks (.xlsx, .xlsm, .xlsb, .ods, .xls) and .csv files,
one sheet, row by row.

A file someone uploads may be anything: a renamed document, a password-protected workbook, a
truncated download, a zip bomb or an XML bomb. Every such case ends in a `UserError` that says
what is wrong, never a traceback. The format is told from the file's first bytes, not its name.

Workbooks are read by python-calamine (a Rust reader, about 10x faster than openpyxl's
read-only mode), but only after the checks here: file size; for zip formats the number of
parts, the unpacked size, the compression ratio, and no DTD in any XML part (entities are never
needed); and for .xlsx/.xlsm/.xlsb the cell references, because calamine holds the sheet's
whole used area as a grid (rows x columns, about 32 bytes a cell): two cells at A1 and
XFD1048576 would ask it for hundreds of gigabytes and abort the process; an .ods row that
says it repeats a million times is checked the same way. (An .xls holds at most 65,536 x 256
cells.)

Values come out as Python values: str (stripped, control characters removed), int (calamine
gives every number as a float: whole numbers are turned back, so employee ID 1001 stays 1001,
not 1001.0), float, bool, `datetime.date` (a date-formatted cell without a time of day),
`datetime.datetime`, `datetime.time`, `datetime.timedelta` (a duration format), None for empty.
In .xlsx/.xlsm files, `FormulaCell` / `ErrorCell` mark cells that hold a formula or an Excel
error, so the importer can report them by row and column (calamine returns a formula's stored
result, which files written by scripts leave empty, and an error as an empty cell). .xls, .xlsb
and .ods always store a formula's result, which is what is read there.
"""

from __future__ import annotations

import csv
import ctypes
import datetime as dt
import io
import operator
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import python_calamine
from lxml import etree

from mentorapp.errors import UserError
from mentorapp.translations import N_, _, display

# Limits for uploaded files (module constants so tests can lower them).
MAX_FILE_BYTES = 100 * 1024 * 1024
# An .xls is not compressed and holds at most 65,536 rows: a full sheet of our widest import
# is far below this.
MAX_XLS_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 600 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024  # small parts may compress well without harm
MAX_ZIP_MEMBERS = 1_000
MAX_ROWS = 200_000  # data rows, not counting the header
MAX_COLUMNS = 200
# The sheet grid calamine builds (last row x last column, about 32 bytes a cell): 10 million
# cells is about 320 MB; the widest import (feedback, about 25 columns) of MAX_ROWS is 5 million.
MAX_CELLS = 10_000_000
MAX_PROLOG = 64 * 1024  # an XML part's declaration and comments before the first element

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_SEEN_LIMIT = 50_000
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CHUNK = 4 * 1024 * 1024
_KINDS = {"xlsx": N_("Excel workbook"), "xlsb": N_("Excel binary workbook (.xlsb)"),
          "ods": N_("OpenDocument spreadsheet (.ods)"),
          "xls": N_("old Excel 97-2003 workbook (.xls)")}
# Row and cell references in a worksheet (`r="12"`, `r="AB12"`): see _check_cells().
_REFERENCE = re.compile(rb"r\s*=\s*[\"']([A-Za-z]*)(\d+|&)")
# What any formula (`<f>...</f>`, `<x:f .../>`, `<f t="shared" .../>`) or error cell
# (`t="e"`) holds, and more: `f>` or `f/>`, `t="shared"`, `"e"` or `'e'`. Each is looked for
# with a literal start the search skips to (five substring searches over a 77 MB sheet took
# 0.3 s of CPU, these about 0.1 s); `e"` or `e'` only hints at an error cell, then the exact
# marks are looked for.
_FORMULA = re.compile(rb"f/?>")
_SHARED_FORMULA = b't="shared"'
_ERROR_HINT = re.compile(rb"e[\"']")
_ERROR = (b'"e"', b"'e'")
_LETTERS, _DIGITS = operator.itemgetter(0), operator.itemgetter(1)


@dataclass(frozen=True)
class FormulaCell:
    """A cell holding a formula: imports take values, not formulas."""

    formula: str

    def __str__(self) -> str:
        return "=" + self.formula


@dataclass(frozen=True)
class ErrorCell:
    """A cell showing an Excel error such as #N/A or #DIV/0!."""

    code: str

    def __str__(self) -> str:
        return self.code


Row = tuple[int, list]  # (spreadsheet row number, values by column from 0)
Progress = Callable[[int, int], None]


def _number(count: int) -> str:
    """A count in the window's language: "200,000" in English (as f"{count:,}"), "200.000"
    in Spanish."""
    return display().number(count)


def _megabytes(size: float) -> str:
    """Bytes as whole megabytes, without grouping (the same digits in every language)."""
    return f"{size / 1024 / 1024:.0f}"


def clean_text(text: str) -> str:
    """Text without control characters and surrounding spaces."""
    return _CONTROL.sub("", text).strip()


class Table:
    """One sheet of an opened file. `rows()` yields every non-empty row, the header first;
    `progress(done, total)` is called as the rows are read."""

    def __init__(self, name: str, size: int, reader: Callable[[Progress | None], Iterator[Row]]):
        self.name = name
        self.size = size
        self._reader = reader

    def rows(self, progress: Progress | None = None) -> Iterator[Row]:
        for count, row in enumerate(self._reader(progress), 1):
            if count > MAX_ROWS + 1:
                raise UserError(_("{name} has more than {count} rows; split it into "
                                  "smaller files").format(name=self.name,
                                                          count=_number(MAX_ROWS)))
            yield row


def open_table(path: str | os.PathLike, *, allow_csv: bool = True) -> Table:
    """Check a file and return its first sheet; raises `UserError` for anything unreadable."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise UserError(_("File not found: {path}").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_("{path} is a folder, not a file").format(path=path)) from None
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror)) from None
    if size == 0:
        raise UserError(_("{name} is empty (0 bytes)").format(name=name))
    if size > MAX_FILE_BYTES:
        raise UserError(_("{name} is {size} MB; the largest file accepted is {limit} MB").format(
            name=name, size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES)))
    if head.startswith(_OLE_MAGIC):
        _check_ole(path, size)
        return _open_book(path, "xls", set(), size)
    if head.startswith(_ZIP_MAGIC) or zipfile.is_zipfile(path):
        return _open_book(path, *_check_zip(path), size)
    if path.suffix.lower() == ".csv":
        if not allow_csv:
            raise UserError(_("{name}: this import takes Excel workbooks, not CSV "
                              "files").format(name=name))
        return _open_csv(path, size)
    if allow_csv:
        raise UserError(_("{name} is not an Excel workbook (.xlsx, .xls, .xlsb or .ods) or a "
                          "CSV file").format(name=name))
    raise UserError(_("{name} is not an Excel workbook (.xlsx, .xls, .xlsb or .ods)").format(
        name=name))


def _check_ole(path: Path, size: int) -> None:
    """An OLE file is an .xls, or an encrypted .xlsx (which Excel wraps in OLE)."""
    with path.open("rb") as handle:
        data = handle.read(min(size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise _password_protected(path.name)
    if size > MAX_XLS_BYTES:
        raise UserError(_("{name} is an .xls file of {size} MB; the largest accepted is {limit} "
                          "MB (save it as .xlsx)").format(name=path.name, size=_megabytes(size),
                                                          limit=_megabytes(MAX_XLS_BYTES)))


def _password_protected(name: str) -> UserError:
    return UserError(_("{name} is password-protected; open it in Excel, remove the password "
                       "and save it again").format(name=name))


# -- CSV -----------------------------------------------------------------------------------
def _csv_text(raw: bytes) -> str | None:
    """A CSV file's text: UTF-16 after its byte order mark (Excel's "Unicode Text"), else
    UTF-8, else Windows-1252 (Excel's CSV in Western locales); None for broken UTF-16."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM, whatever follows
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _open_csv(path: Path, size: int) -> Table:
    text = _csv_text(path.read_bytes())
    if text is None or "\0" in text:  # no text file holds a NUL: a binary file
        raise UserError(_("{name} is not a text file, so not a CSV file").format(
            name=path.name))
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # also inside multi-line cells
    delimiter = csv_delimiter(text)

    def read(progress: Progress | None) -> Iterator[Row]:
        total = len(text)
        done = 0

        def lines():
            nonlocal done
            for count, line in enumerate(io.StringIO(text, newline=""), 1):
                done += len(line)
                if progress and count % 5000 == 0:
                    progress(done, total)
                yield line

        reader = csv.reader(lines(), delimiter=delimiter, skipinitialspace=True)
        try:
            for number, values in enumerate(reader, 1):
                if len(values) > MAX_COLUMNS:
                    raise UserError(_("{name}, row {row}: more than {limit} columns").format(
                        name=path.name, row=number, limit=MAX_COLUMNS))
                cleaned = [clean_text(v) or None for v in values]
                if any(v is not None for v in cleaned):
                    yield number, cleaned
        except csv.Error as exc:
            raise UserError(_("{name}, line {line}: not valid CSV ({reason})").format(
                name=path.name, line=reader.line_num, reason=exc)) from None
        if progress:
            progress(total, total)

    return Table(path.name, size, read)


def csv_delimiter(text: str) -> str:
    """`,`, `;` or tab: whichever the header line (the first line with text) holds most
    often outside quotes; `,` when it holds none.

    Excel saves "CSV" with the list separator of the user's locale (`;` wherever the decimal
    separator is a comma). csv.Sniffer guessed from cell contents and could pick a character
    from inside a quoted cell, or give up on CRLF files; a header of column names is where the
    separator is plainest.
    """
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=counts.__getitem__)  # ties: the earlier in _DELIMITERS
    return best if counts[best] else ","


_DELIMITERS = (",", ";", "\t")


# -- Workbooks -----------------------------------------------------------------------------
# What a damaged, truncated or tampered-with zip raises (found by fuzzing): zipfile refuses
# unknown methods and encrypted parts with NotImplementedError/RuntimeError.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, IndexError,
           NotImplementedError, RuntimeError, UnicodeDecodeError, etree.LxmlError,
           python_calamine.CalamineError)


def _damaged(name: str, kind: str) -> UserError:
    return UserError(_("{name} is damaged or incomplete: it is not a readable {kind} (was the "
                       "download cut short? save it again from Excel)").format(
        name=name, kind=_(_KINDS[kind])))


def _xml_bomb(name: str) -> UserError:
    return UserError(_("{name} contains XML declarations (DTD or entities) that workbooks "
                       "never need; it was refused as unsafe").format(name=name))


def _too_big(name: str, rows: int, columns: int) -> UserError:
    return UserError(_("{name}: data down to row {last_row}; a sheet of {last_row} rows by "
                       "{columns} columns is too big to read").format(
        name=name, last_row=_number(rows), columns=_number(columns)))


def _too_wide(name: str, column: str) -> UserError:
    return UserError(_("{name}: data in column {column}; sheets with more than {limit} columns "
                       "are refused").format(name=name, column=column, limit=MAX_COLUMNS))


def _check_zip(path: Path) -> tuple[str, set[str]]:
    """Check a zip file's sizes and XML parts; return the kind of workbook it holds and (for
    .xlsx) the worksheet parts that hold formulas or error cells."""
    name = path.name
    kind = "xlsx"  # for the message while the kind is not known
    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive, name)
            kind = _zip_kind(archive, name)
            for info in archive.infolist():
                if not info.is_dir():
                    with archive.open(info) as stream:
                        _check_prolog(stream.read(MAX_PROLOG), name)
            if kind == "xlsb":
                for part in _xlsb_parts(archive):
                    _check_xlsb_cells(archive.read(part), name)
            if kind == "ods":
                _check_ods_cells(archive, name)
            if kind != "xlsx":
                return kind, set()
            # A sheet whose part is missing raises KeyError: damaged (calamine must not find
            # an unchecked part some other way).
            return kind, {part for part in _sheet_parts(archive).values()
                          if _check_cells(archive, part, name)}
    except UserError:
        raise
    except _BROKEN:
        raise _damaged(name, kind) from None


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise UserError(_("{name} holds {count} parts; a workbook has far fewer").format(
            name=name, count=_number(len(infos))))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UserError(_("{name} unpacks to {size} MB; the most accepted is {limit} MB").format(
            name=name, size=_number(round(total / 1024 / 1024)),
            limit=_number(round(MAX_UNCOMPRESSED_BYTES / 1024 / 1024))))
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise UserError(_("{name} is compressed {ratio} to 1 (part {part}); more than "
                              "{limit} to 1 is refused as a zip bomb").format(
                name=name, ratio=_number(round(ratio)), part=info.filename,
                limit=MAX_COMPRESSION_RATIO))


def _zip_kind(archive: zipfile.ZipFile, name: str) -> str:
    names = set(archive.NameToInfo)
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "mimetype" in names and "content.xml" in names:
        if archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        raise UserError(_("{name} is an OpenDocument file but not a spreadsheet").format(
            name=name))
    if "word/document.xml" in names:
        raise UserError(_("{name} is a Word document, not an Excel workbook").format(name=name))
    raise UserError(_("{name} is a zip archive, not an Excel workbook").format(name=name))


def _check_prolog(head: bytes, name: str) -> None:
    """Refuse an XML part whose prolog (what comes before the first element) holds a DTD,
    which is where entities are declared. Parts that are not XML are left alone."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    position = len(text) - len(text.lstrip())
    if not text.startswith("<", position):
        return
    while True:
        if text.startswith("<?", position):
            end = text.find("?>", position)
        elif text.startswith("<!--", position):
            end = text.find("-->", position)
        elif text.startswith("<!", position) or position >= len(text):
            raise _xml_bomb(name)  # a DOCTYPE, or a prolog longer than any workbook writes
        else:
            return
        if end < 0:
            raise _xml_bomb(name)
        position = end + 2
        position += len(text[position:]) - len(text[position:].lstrip())


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """{sheet name: zip path} for every sheet the workbook lists (what calamine can load),
    whatever type its relationship claims."""
    book = etree.fromstring(archive.read("xl/workbook.xml"), _SAFE_PARSER)
    rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _SAFE_PARSER)
    targets = {rel.get("Id"): _target(rel.get("Target", ""))
               for rel in rels.iter("{*}Relationship")}
    return {sheet.get("name", ""): targets.get(sheet.get(f"{{{_REL}}}id"), "")
            for sheet in book.iter("{*}sheet")}


def _target(target: str) -> str:
    """A relationship's target as a zip path (what calamine reads)."""
    if target.startswith("/"):
        return target[1:]
    return target if target.startswith("xl/") else "xl/" + target


def _check_cells(archive: zipfile.ZipFile, part: str, name: str) -> bool:
    """Refuse a sheet whose cell references reach past MAX_COLUMNS, or span more than
    MAX_CELLS; return whether it holds a formula or an error cell.

    Every attribute whose name ends in `r` is taken for a reference (one cheap pattern; the
    other such attributes hold words or small numbers), so no reference is missed however it
    is quoted or spaced; a reference written with a character entity is refused as damaged.
    """
    last_row = last_column = 0
    marked = False
    with archive.open(part) as stream:
        for piece in _tag_pieces(stream):
            found = _REFERENCE.findall(piece)
            if found:
                last_row = max(last_row, max(map(int, set(map(_DIGITS, found)))))
                for letters in set(map(_LETTERS, found)):
                    column = _column_number(letters)
                    if column > MAX_COLUMNS:
                        raise _too_wide(name, letters.decode().upper())
                    last_column = max(last_column, column)
            if last_row * max(last_column, 1) > MAX_CELLS:
                raise _too_big(name, last_row, last_column)
            marked = marked or _marked(piece)
    return marked


def _marked(piece: bytes) -> bool:
    """Whether a piece of a worksheet holds a formula or an error cell (or looks so)."""
    return (_FORMULA.search(piece) is not None or _SHARED_FORMULA in piece
            or _ERROR_HINT.search(piece) is not None and any(mark in piece for mark in _ERROR))


def _xlsb_parts(archive: zipfile.ZipFile) -> list[str]:
    """The binary parts the workbook's relationships name (its sheets among them)."""
    rels = etree.fromstring(archive.read("xl/_rels/workbook.bin.rels"), _SAFE_PARSER)
    return [_target(rel.get("Target", "")) for rel in rels.iter("{*}Relationship")
            if rel.get("Target", "").endswith(".bin")]


def _check_xlsb_cells(data: bytes, name: str) -> None:
    """The bounds of _check_cells() for an .xlsb sheet: its records (a 7-bit varint type and
    size, then the body) are walked; a row record (type 0) starts with the row number, a
    cell record (types 1-11) with its column; short cells (12-18) follow the previous one."""
    last_row = last_column = column = position = 0
    end = len(data)
    while position < end:
        kind = data[position] & 0x7F
        if data[position] & 0x80:
            position += 1
            kind |= (data[position] & 0x7F) << 7
        position += 1
        size = shift = 0
        while True:
            byte = data[position]
            position += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80 or shift > 21:
                break
        if kind == 0 and size >= 4:
            last_row = max(last_row, int.from_bytes(data[position:position + 4], "little") + 1)
        elif 1 <= kind <= 11 and size >= 4:
            column = int.from_bytes(data[position:position + 4], "little") + 1
        elif 12 <= kind <= 18:
            column += 1
        if column > MAX_COLUMNS:
            raise _too_wide(name, _number(column))
        last_column = max(last_column, column)
        if last_row * max(last_column, 1) > MAX_CELLS:
            raise _too_big(name, last_row, last_column)
        position += size


def _check_ods_cells(archive: zipfile.ZipFile, name: str) -> None:
    """The bounds of _check_cells() for every sheet of an .ods (calamine loads them all):
    rows and cells may say they repeat (`number-rows-repeated`, `number-columns-repeated`),
    and calamine writes out every repeat up to the last one that holds a value."""
    table, row_tag = f"{{{_ODS_TABLE}}}table", f"{{{_ODS_TABLE}}}table-row"
    repeated_rows, repeated_columns = (f"{{{_ODS_TABLE}}}number-rows-repeated",
                                       f"{{{_ODS_TABLE}}}number-columns-repeated")
    row = last_row = last_column = 0
    with archive.open("content.xml") as stream:
        for event, element in etree.iterparse(stream, events=("start", "end"),
                                              tag=(table, row_tag), resolve_entities=False,
                                              no_network=True, load_dtd=False):
            if element.tag == table:
                row = 0 if event == "start" else row
                continue
            if event == "start":
                continue
            repeat = int(element.get(repeated_rows, "1"))
            column = filled = 0
            for cell in element:
                column += int(cell.get(repeated_columns, "1"))
                if len(cell) or cell.get(f"{{{_ODS_OFFICE}}}value-type"):
                    filled = column
            if filled:
                last_row = max(last_row, row + repeat)
                last_column = max(last_column, filled)
            row += repeat
            if last_row * max(last_column, 1) > MAX_CELLS:
                raise _too_big(name, last_row, last_column)
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]


def _tag_pieces(stream) -> Iterator[bytes]:
    """A part's bytes in pieces cut before a `<`, so that no tag is split between two."""
    carry = b""
    while chunk := stream.read(_CHUNK):
        chunk = carry + chunk
        cut = chunk.rfind(b"<")
        carry = chunk[cut:] if cut > 0 else b""
        yield chunk[:cut] if cut > 0 else chunk
    if carry:
        yield carry


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _open_book(path: Path, kind: str, marked: set[str], size: int) -> Table:
    name = path.name
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        sheet_name = next((sheet.name for sheet in book.sheets_metadata
                           if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet), None)
    except python_calamine.PasswordError:
        raise _password_protected(name) from None
    except _BROKEN:
        raise _damaged(name, kind) from None
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException
        if not _is_panic(exc):
            raise
        raise _damaged(name, kind) from None
    if sheet_name is None:
        raise UserError(_("{name} has no worksheet").format(name=name))
    formulas = _formula_cells(path, sheet_name, name, marked) if marked else {}

    def read(progress: Progress | None) -> Iterator[Row]:
        _return_free_memory()
        try:
            sheet = book.get_sheet_by_name(sheet_name)
        except BaseException as exc:
            if not isinstance(exc, _BROKEN) and not _is_panic(exc):
                raise
            raise _damaged(name, kind) from None
        finally:
            book.close()
        yield from _sheet_rows(sheet, formulas, progress)

    return Table(_("{name} (sheet {sheet})").format(name=name, sheet=repr(sheet_name)), size,
                 read)


def _free_memory_returner():
    """glibc's malloc_trim, which gives the heap's free pages back to the system; None where
    there is no such function (then freed memory is reused, just not returned)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


_MALLOC_TRIM = _free_memory_returner()


def _return_free_memory() -> None:
    """Before calamine builds a sheet (its peak, about 1.5 KB a row of 25 cells, is the
    importing process's peak), return what earlier work freed but the C heap kept (an import
    before this one in the same process: about 17 MB for a 10,000-row roster)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def _sheet_rows(sheet, formulas: dict, progress: Progress | None) -> Iterator[Row]:
    """The sheet's non-empty rows, values converted as the module docstring says. The loop
    runs once per cell (millions of times for big files): it is kept flat."""
    if sheet.start is None:  # an empty sheet
        return
    # iter_rows() yields every row from the sheet's first (padding the empty rows above the
    # used area), but each row's cells only from the area's first column.
    first_row, first_column = sheet.start
    total = first_row + sheet.height
    lead = [None] * first_column
    texts: dict[str, str | None] = {}
    str_, float_, datetime = str, float, dt.datetime
    midnight = dt.time(0)
    for index, cells in enumerate(sheet.iter_rows()):
        values = lead.copy()
        append = values.append
        for value in cells:
            kind = type(value)
            if kind is str_:
                if not value:
                    value = None
                else:
                    found = texts.get(value)
                    if found is None:
                        found = clean_text(value) or None
                        if len(texts) < _SEEN_LIMIT and len(value) <= 100:
                            texts[value] = found
                    value = found
            elif kind is float_:
                if value.is_integer():
                    value = int(value)
            elif kind is datetime and value.time() == midnight:
                value = value.date()
            append(value)
        number = index + 1
        if formulas and number in formulas:
            for column, marker in formulas[number].items():
                values.extend([None] * (column + 1 - len(values)))
                values[column] = marker
        while values and values[-1] is None:
            values.pop()
        if values:
            yield number, values
        if progress and index % 5000 == 4999:
            progress(index + 1, total)
    if progress:
        progress(total, total)


def _formula_cells(path: Path, sheet_name: str, name: str,
                   marked: set[str]) -> dict[int, dict[int, object]]:
    """{row number: {column: FormulaCell or ErrorCell}} of an .xlsx's sheet, which calamine
    reads as their (often missing) stored values. Parsed only when the sheet has any."""
    found: dict[int, dict[int, object]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_parts(archive).get(sheet_name)
            if part not in marked:
                return found
            with archive.open(part) as stream:
                for _, row in etree.iterparse(stream, events=("end",), tag="{*}row",
                                              resolve_entities=False, no_network=True,
                                              load_dtd=False):
                    for cell in row.iterchildren("{*}c"):
                        marker = _marker(cell)
                        ref = cell.get("r", "")
                        letters = ref.rstrip("0123456789")
                        if marker is not None and letters and ref[len(letters):]:
                            column = _column_number(letters.encode()) - 1
                            found.setdefault(int(ref[len(letters):]), {})[column] = marker
                    row.clear()
                    while row.getprevious() is not None:
                        del row.getparent()[0]
    except _BROKEN:
        raise _damaged(name, "xlsx") from None
    return found




def _marker(cell):
    """A FormulaCell or ErrorCell for a formula or error cell, else None."""
    for child in cell:
        if etree.QName(child).localname == "f":
            return FormulaCell(child.text or "")
    if cell.get("t") == "e":
        value = next((child.text for child in cell if etree.QName(child).localname == "v"), "")
        return ErrorCell(value or "")
    return None
