"""Reading untrusted spreadsheets: .xlsx workbooks and .csv files, one sheet, row by row.

A file someone uploads may be anything: a renamed document, an old .xls, a password-protected
workbook, a truncated download, a zip bomb or an XML bomb. Every such case ends in a
`UserError` that says what is wrong, never a traceback. The sizes are capped before anything
is decompressed, and the sheet's stored dimensions are never trusted: every row is read.

The .xlsx reader streams the sheet XML with lxml instead of going through openpyxl, whose
read-only mode first scans the whole sheet for its size when the `<dimension>` tag is missing
and then reads about 8,000 rows a second; streaming here reads several times faster and keeps
memory flat. The small parts (workbook, relationships, styles) go through defusedxml, and every
part parsed with lxml is refused if it declares a DTD (entities are never expanded).

Values come out as Python values: str (stripped, control characters removed), int, float,
bool, `datetime.date` / `datetime.datetime` for date-formatted numbers, None for empty, and
`FormulaCell` / `ErrorCell` markers for cells that hold a formula or an Excel error, so the
importer can report them by row and column like any other wrong value.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from mentorapp.errors import UserError

# Limits for uploaded files (module constants so tests can lower them).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 600 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024  # small parts may compress well without harm
MAX_ZIP_MEMBERS = 1_000
MAX_ROWS = 200_000  # data rows, not counting the header
MAX_COLUMNS = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_DIGITS = "0123456789"
_SEEN_LIMIT = 50_000
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how OOXML writes characters XML cannot hold


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


def clean_text(text: str) -> str:
    """Text without control characters and surrounding spaces."""
    return _CONTROL.sub("", text).strip()


def _xml_text(text: str) -> str:
    """Cell text from a workbook: `_xHHHH_` escapes decoded, then cleaned."""
    if "_x" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return clean_text(text)


class Table:
    """One sheet of an opened file. `rows()` yields every non-empty row, the header first;
    `progress(done, total)` is called with bytes read out of the sheet's size."""

    def __init__(self, name: str, size: int, reader: Callable[[Progress | None], Iterator[Row]]):
        self.name = name
        self.size = size
        self._reader = reader

    def rows(self, progress: Progress | None = None) -> Iterator[Row]:
        for count, row in enumerate(self._reader(progress), 1):
            if count > MAX_ROWS + 1:
                raise UserError(f"{self.name} has more than {MAX_ROWS:,} rows; "
                                "split it into smaller files")
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
        raise UserError(f"File not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from None
    if size == 0:
        raise UserError(f"{name} is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise UserError(f"{name} is {size / 1024 / 1024:.0f} MB; the largest file accepted is "
                        f"{MAX_FILE_BYTES / 1024 / 1024:.0f} MB")
    if head.startswith(_OLE_MAGIC):
        raise UserError(_ole_message(path))
    if head.startswith(_ZIP_MAGIC) or zipfile.is_zipfile(path):
        return _open_xlsx(path)
    if path.suffix.lower() == ".csv":
        if not allow_csv:
            raise UserError(f"{name}: this import takes .xlsx workbooks, not CSV files")
        return _open_csv(path, size)
    raise UserError(f"{name} is not an Excel workbook (.xlsx)"
                    + (" or a CSV file" if allow_csv else ""))


def _ole_message(path: Path) -> str:
    with path.open("rb") as handle:
        data = handle.read(min(path.stat().st_size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (f"{path.name} is password-protected; open it in Excel, remove the password "
                "and save it again")
    return (f"{path.name} is an old Excel 97-2003 (.xls) file; open it in Excel or LibreOffice "
            "and save it as an Excel workbook (.xlsx)")


# -- CSV -----------------------------------------------------------------------------------
def _open_csv(path: Path, size: int) -> Table:
    raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM, whatever follows
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" in Western locales
    del raw
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
                    raise UserError(f"{path.name}, row {number}: more than "
                                    f"{MAX_COLUMNS} columns")
                cleaned = [clean_text(v) or None for v in values]
                if any(v is not None for v in cleaned):
                    yield number, cleaned
        except csv.Error as exc:
            raise UserError(f"{path.name}, line {reader.line_num}: not valid CSV ({exc})") from None
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


# -- XLSX ----------------------------------------------------------------------------------
# What a damaged, truncated or tampered-with zip or XML part raises (found by fuzzing):
# zipfile refuses unknown methods and encrypted parts with NotImplementedError/RuntimeError.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, IndexError,
           NotImplementedError, RuntimeError, SyntaxError, etree.LxmlError)
def _damaged(name: str) -> UserError:
    return UserError(f"{name} is damaged or incomplete: it is not a readable Excel workbook "
                     "(was the download cut short? save it again from Excel)")


def _open_xlsx(path: Path) -> Table:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except _BROKEN:
        raise _damaged(name) from None
    try:
        return _xlsx_table(archive, path)
    except UserError:
        archive.close()
        raise
    except (*_BROKEN, DefusedXmlException) as exc:
        archive.close()
        if isinstance(exc, DefusedXmlException):
            raise _xml_bomb(name) from None
        raise _damaged(name) from None


def _xml_bomb(name: str) -> UserError:
    return UserError(f"{name} contains XML declarations (DTD or entities) that workbooks never "
                     "need; it was refused as unsafe")


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise UserError(f"{name} holds {len(infos):,} parts; a workbook has far fewer")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UserError(f"{name} unpacks to {total / 1024 / 1024:,.0f} MB; the most accepted is "
                        f"{MAX_UNCOMPRESSED_BYTES / 1024 / 1024:,.0f} MB")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise UserError(f"{name} is compressed {ratio:,.0f} to 1 (part {info.filename}); "
                            f"more than {MAX_COMPRESSION_RATIO} to 1 is refused as a zip bomb")


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """{id: (type, target part)} of a part's relationships; targets resolved to zip paths."""
    folder = PurePosixPath(part).parent
    rels_path = str(folder / "_rels" / (PurePosixPath(part).name + ".rels")).lstrip("/")
    if part == "":
        rels_path = "_rels/.rels"
    if rels_path not in archive.NameToInfo:
        return {}
    root = SafeET.fromstring(archive.read(rels_path), forbid_dtd=True)
    found = {}
    for rel in root.iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        resolved = target.lstrip("/") if target.startswith("/") else _normalise(folder / target)
        found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], resolved)
    return found


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for piece in path.parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts)


def _not_a_workbook(archive: zipfile.ZipFile, name: str) -> UserError:
    names = set(archive.namelist())
    if "content.xml" in names and "mimetype" in names:
        return UserError(f"{name} is an OpenDocument file; save it as an Excel workbook (.xlsx)")
    if "word/document.xml" in names:
        return UserError(f"{name} is a Word document, not an Excel workbook (.xlsx)")
    return UserError(f"{name} is a zip archive, not an Excel workbook (.xlsx)")


def _xlsx_table(archive: zipfile.ZipFile, path: Path) -> Table:
    name = path.name
    _check_sizes(archive, name)
    book_part = next((target for kind, target in _relationships(archive, "").values()
                      if kind == "officeDocument"), None)
    if book_part is None or book_part not in archive.NameToInfo:
        raise _not_a_workbook(archive, name)
    if book_part.endswith(".bin"):
        raise UserError(f"{name} is an Excel binary workbook (.xlsb); save it as an Excel "
                        "workbook (.xlsx)")
    book = SafeET.fromstring(archive.read(book_part), forbid_dtd=True)
    rels = _relationships(archive, book_part)
    props = book.find(f"{_MAIN}workbookPr")
    epoch = (CALENDAR_MAC_1904 if props is not None
             and props.get("date1904", "").lower() in ("1", "true") else CALENDAR_WINDOWS_1900)
    sheet_part = sheet_name = None
    for sheet in book.iter(f"{_MAIN}sheet"):
        kind, target = rels.get(sheet.get(f"{_REL}id", ""), ("", ""))
        if kind == "worksheet" and target in archive.NameToInfo:
            sheet_part, sheet_name = target, sheet.get("name", "")
            break
    if sheet_part is None:
        raise UserError(f"{name} has no worksheet")
    by_kind = {kind: target for kind, target in rels.values()}
    date_styles = _date_styles(archive, by_kind.get("styles"))
    shared = _shared_strings(archive, by_kind.get("sharedStrings"))
    info = archive.getinfo(sheet_part)

    def read(progress: Progress | None) -> Iterator[Row]:
        try:
            with archive:
                yield from _sheet_rows(archive, info, shared, date_styles, epoch, progress)
        except UserError:
            raise
        except DefusedXmlException:
            raise _xml_bomb(name) from None
        except _BROKEN:
            raise _damaged(name) from None

    return Table(f"{name} (sheet {sheet_name!r})", info.file_size, read)


def _date_styles(archive: zipfile.ZipFile, part: str | None) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date."""
    if not part or part not in archive.NameToInfo:
        return frozenset()
    root = SafeET.fromstring(archive.read(part), forbid_dtd=True)
    formats = dict(BUILTIN_FORMATS)
    for fmt in root.iter(f"{_MAIN}numFmt"):
        formats[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
    xfs = root.find(f"{_MAIN}cellXfs")
    if xfs is None:
        return frozenset()
    return frozenset(index for index, xf in enumerate(xfs.iter(f"{_MAIN}xf"))
                     if is_date_format(formats.get(int(xf.get("numFmtId", "0")), "")))


def _iterparse(stream, tag: str):
    """lxml's streaming parser with entities unexpanded and any DTD refused."""
    checked = False
    for _, element in etree.iterparse(stream, events=("end",), tag=tag, resolve_entities=False,
                                      no_network=True, load_dtd=False, huge_tree=False):
        if not checked:
            info = element.getroottree().docinfo
            if info.doctype or info.internalDTD is not None:
                raise DefusedXmlException("DTD")
            checked = True
        yield element
        element.clear()
        parent = element.getparent()
        while element.getprevious() is not None:
            del parent[0]


def _shared_strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    if not part or part not in archive.NameToInfo:
        return []
    texts = []
    text_tag, phonetic_tag = f"{_MAIN}t", f"{_MAIN}rPh"
    with archive.open(part) as stream:
        for item in _iterparse(stream, f"{_MAIN}si"):
            texts.append(_xml_text("".join(
                t.text or "" for t in item.iter(text_tag) if t.getparent().tag != phonetic_tag)))
    return texts


class _CountingStream:
    """A file wrapper that reports how many bytes were read (for progress)."""

    def __init__(self, raw, total: int, progress: Progress | None):
        self.raw, self.total, self.progress = raw, total, progress
        self.done = self.reported = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.done += len(data)
        if self.progress and self.done - self.reported >= 1024 * 1024:
            self.reported = self.done
            self.progress(min(self.done, self.total), self.total)
        return data


def _sheet_rows(archive, info, shared, date_styles, epoch, progress) -> Iterator[Row]:
    """The sheet's non-empty rows. The loop is kept flat and uses local names: it runs once
    per cell (millions of times for big files)."""
    cell_tag, value_tag, formula_tag, inline_tag = (f"{_MAIN}c", f"{_MAIN}v", f"{_MAIN}f",
                                                    f"{_MAIN}is")
    text_tag = f"{_MAIN}t"
    columns: dict[str, int] = {}
    is_date: dict[str | None, bool] = {None: False}
    # Inline text and dates repeat down a column: convert each once (and share the objects).
    texts: dict[str, str | None] = {}
    dates: dict[str, object] = {}
    number = 0
    with archive.open(info) as raw:
        stream = _CountingStream(raw, info.file_size, progress)
        for row in _iterparse(stream, f"{_MAIN}row"):
            ref = row.get("r")
            number = int(ref) if ref else number + 1
            values: list = []
            append = values.append
            for cell in row:
                if cell.tag != cell_tag:
                    continue
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    column = columns.get(letters)
                    if column is None:
                        column = columns[letters] = _column_index(letters)
                    if column >= MAX_COLUMNS:
                        raise UserError(f"row {number}: data in column {letters}; sheets with "
                                        f"more than {MAX_COLUMNS} columns are refused")
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                kind = cell.get("t")
                raw_value = formula = None
                for child in cell:
                    tag = child.tag
                    if tag == value_tag:
                        raw_value = child.text
                    elif tag == formula_tag:
                        formula = child.text or ""
                    elif tag == inline_tag:
                        first = child[0] if len(child) == 1 else None
                        raw_value = (first.text or "" if first is not None
                                     and first.tag == text_tag else
                                     "".join(t.text or "" for t in child.iter(text_tag)))
                if formula is not None:
                    append(FormulaCell(formula))
                elif raw_value is None:
                    append(None)
                elif kind == "s":
                    append(shared[int(raw_value)] or None)
                elif kind is None or kind == "n":
                    style = cell.get("s")
                    dated = is_date.get(style)
                    if dated is None:
                        dated = is_date[style] = int(style) in date_styles
                    if dated:
                        value = dates.get(raw_value)
                        if value is None:
                            value = _date(raw_value, epoch)
                            if len(dates) < _SEEN_LIMIT:
                                dates[raw_value] = value
                        append(value)
                    else:
                        append(_number(raw_value))
                elif kind == "inlineStr" or kind == "str":
                    value = texts.get(raw_value)
                    if value is None:
                        value = _xml_text(raw_value) or None
                        if len(texts) < _SEEN_LIMIT and len(raw_value) <= 100:
                            texts[raw_value] = value
                    append(value)
                elif kind == "b":
                    append(raw_value.strip() in ("1", "true"))
                elif kind == "e":
                    append(ErrorCell(raw_value))
                elif kind == "d":
                    append(_iso_date(raw_value))
                else:
                    append(_xml_text(raw_value) or None)
            if values.count(None) != len(values):
                yield number, values
    if progress:
        progress(info.file_size, info.file_size)


def _column_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        if not "A" <= char <= "Z":
            raise ValueError(f"bad cell reference {letters!r}")
        index = index * 26 + ord(char) - 64
    return index - 1


def _number(text: str):
    try:
        return int(text)
    except ValueError:
        return float(text)


def _date(text: str, epoch):
    """A date-formatted number as a date (or a datetime when it has a time of day)."""
    value = _number(text)
    try:
        moment = from_excel(value, epoch)
    except (ValueError, OverflowError):
        return value
    if isinstance(moment, dt.datetime) and moment.time() == dt.time(0):
        return moment.date()
    return moment


def _iso_date(text: str):
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return clean_text(text) or None
    return moment.date() if moment.time() == dt.time(0) else moment
