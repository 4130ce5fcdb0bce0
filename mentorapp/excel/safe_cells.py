"""The one safe way to put values into a workbook and save it.

Every export writes cells through `set_value()` (or `write_cell()`, `write_only_cell()` and
`safe_row()`, which use it) and saves with `save_workbook()`. What they guarantee:

- User text is always a text cell (`data_type "s"`), never a formula or an error code; text
  starting with ``= + - @``, tab, CR or LF also gets `quotePrefix`, so Excel and LibreOffice
  keep it literal when the cell is edited.
- Characters XML 1.0 cannot hold (control characters other than tab/LF/CR, U+FFFE, U+FFFF,
  lone surrogates) are replaced by U+FFFD "�", so the damage is visible and the rest of the
  text and row survive.
- Text longer than Excel's 32,767-character cell limit (counted in UTF-16 units, as Excel
  does) is cut and ends with `TRUNCATED_MARKER`.
- Dates and datetimes are real date cells with a date format. Timezone-aware datetimes are
  converted to the local time of the machine writing the file (the house rule: stored in UTC,
  shown in local time) and written without tzinfo.
- Values Excel cannot represent are written as text: dates before 1900, integers beyond 15
  significant digits, NaN and infinities, timezone-aware times, and any other type.
- `safe_sheet_title()` cleans a sheet title and keeps it unique within 31 characters.
- `save_workbook()` writes a temporary file next to the target and moves it into place only
  when complete. It refuses to replace a read-only file, and a full disk or a missing folder
  is one `UserError` with no partial or temporary file left behind.
- Temporary files carry our name and process id (`.~<name>.<pid>-<hex>.tmp` next to the
  target; openpyxl's worksheet files `mentorapp-sheet.<pid>-<random>.xml` in the system
  temporary folder), so what a killed export left is found and removed by the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import itertools
import logging
import math
import os
import re
import stat
import tempfile
import threading
import time
import traceback
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from mentorapp.errors import UserError
from mentorapp.translations import _

log = logging.getLogger(__name__)

MAX_CELL_CHARS = 32_767
MAX_SHEET_TITLE = 31
TRUNCATED_MARKER = " [...text cut: longer than an Excel cell can hold]"
REPLACEMENT_CHAR = "\ufffd"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Excel keeps 15 significant digits; larger integers would silently change.
MAX_EXACT_INT = 10**15 - 1
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")
_ERROR_CODES = frozenset(ERROR_CODES)
_RESERVED_TITLES = {"history"}  # Excel reserves this sheet name.

SHEET_TEMP_PREFIX = "mentorapp-sheet."
# Our temporary files: ".~<target name>.<pid>-<hex>.tmp" (before the pid was in the name:
# ".~<target name>.<hex>.tmp") and "mentorapp-sheet.<pid>-<random>.xml".
_SAVE_TEMP = re.compile(r"^\.~.+\.(?:(\d+)-)?[0-9a-f]{8}\.tmp$")
_SHEET_TEMP = re.compile(r"^" + re.escape(SHEET_TEMP_PREFIX) + r"(\d+)-\w+\.xml$")
STALE_AFTER = 3600  # seconds; for a file whose process cannot be checked
# A file whose process id is not running here may still be written by another computer
# sharing the folder: it must also have been left alone this long.
GONE_GRACE = 600
PID_REUSE_AFTER = 24 * 3600  # a live process id this old is another program's by now
_saving = threading.local()  # the sheet files openpyxl makes while this thread saves


def clean_text(text: str) -> str:
    """`text` with XML-illegal characters replaced by U+FFFD and cut to the cell limit."""
    text = _ILLEGAL_XML.sub(REPLACEMENT_CHAR, text)
    if len(text) <= MAX_CELL_CHARS // 2 or _utf16_len(text) <= MAX_CELL_CHARS:
        return text
    budget = MAX_CELL_CHARS - len(TRUNCATED_MARKER)
    # Cut on UTF-16 units; a half surrogate pair at the cut is dropped by errors="ignore".
    head = text.encode("utf-16-le")[: budget * 2].decode("utf-16-le", errors="ignore")
    return head + TRUNCATED_MARKER


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def safe_value(value):
    """`value` as something openpyxl stores exactly and Excel can show; see the module doc."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int):
        return value if abs(value) <= MAX_EXACT_INT else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        return int(value) if value == value.to_integral_value() and abs(value) <= MAX_EXACT_INT \
            else float(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value if value.year >= 1900 else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value if value.year >= 1900 else value.isoformat()
    if isinstance(value, dt.time):
        return value if value.tzinfo is None else value.isoformat()
    if isinstance(value, dt.timedelta):
        return value
    return clean_text(str(value))


def set_value(cell, value, number_format: str | None = None):
    """Put `value` into `cell` (normal or write-only) safely; returns the cell."""
    value = safe_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula ("=..."), never an error code ("#N/A")
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def write_cell(ws, row: int, column: int, value, number_format: str | None = None):
    """Write `value` to the cell at (row, column) of a normal worksheet; returns the cell."""
    return set_value(ws.cell(row=row, column=column), value, number_format)


def write_only_cell(ws, value, number_format: str | None = None, *, font=None, fill=None,
                    alignment=None, border=None):
    """A `WriteOnlyCell` holding `value` safely, for `ws.append()` in write-only mode.

    Styles are looked up once per workbook and combination (openpyxl hashes every style
    object on each assignment, which dominated the time of large exports)."""
    cell = WriteOnlyCell(ws)
    value = safe_value(value)
    if number_format is None:
        number_format = _default_format(value)
    if number_format or font or fill or alignment or border:
        cell._style = _style_array(ws, number_format, font, fill, alignment, border)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    return cell


class Styled(NamedTuple):
    """A value in a data row that gets its own font and fill (a coloured status cell), or
    its own number format (a figure shown at its measure's places)."""

    value: Any
    font: Any = None
    fill: Any = None
    number_format: str | None = None


def _default_format(value) -> str | None:
    if isinstance(value, dt.datetime):
        return DATETIME_FORMAT
    return DATE_FORMAT if isinstance(value, dt.date) else None


def _style_array(ws, number_format, font, fill, alignment, border) -> StyleArray:
    """A copy of the workbook's style indexes for this combination, made once per workbook.
    Keyed by the style objects' ids; the cache keeps the objects alive so ids stay unique."""
    cache = ws.parent.__dict__.setdefault("_safe_cell_styles", {})
    key = (number_format, id(font), id(fill), id(alignment), id(border))
    entry = cache.get(key)
    if entry is None:
        template = WriteOnlyCell(ws)
        if number_format:
            template.number_format = number_format
        for name, style in (("font", font), ("fill", fill), ("alignment", alignment),
                            ("border", border)):
            if style is not None:
                setattr(template, name, style)
        entry = cache[key] = (template._style, font, fill, alignment, border)
    return StyleArray(entry[0])


def column_styles(ws, number_formats: Sequence[str | None] = (),
                  alignments: Sequence = ()) -> dict[int, StyleArray]:
    """{column index: style} of the columns whose cells `safe_row()` must always style; callers
    writing many rows make it once per sheet."""
    # openpyxl itself gives plain dates DATE_FORMAT, more cheaply than a styled cell.
    return {index: _style_array(ws, number_format, None, None, alignment, None)
            for index, (number_format, alignment)
            in enumerate(itertools.zip_longest(number_formats, alignments))
            if number_format not in (None, DATE_FORMAT) or alignment is not None}


def safe_row(ws, values: Sequence, number_formats: Sequence[str | None] = (),
             alignments: Sequence = (), styles: dict[int, StyleArray] | None = None) -> list:
    """One row for `ws.append()` in write-only mode, every value made safe.

    Plain values that need nothing (clean short text, ordinary numbers, dates without a
    column format) pass through as they are, which keeps streaming fast, and so do cells
    already made by `write_only_cell()`; everything else becomes a `write_only_cell()`, a
    `Styled` value one with its font and fill.
    `number_formats[i]` and `alignments[i]`, when set, format column i; `styles` is
    `column_styles()` of them.
    """
    if styles is None:
        styles = column_styles(ws, number_formats, alignments)
    row = list(values)
    # Most rows are plain: then only the styled columns need cells, and the per-value checks
    # (the slowest part of streaming a large sheet) are skipped.
    for index in styles if _plain_row(row) else range(len(row)):
        if index >= len(row):
            continue
        value = row[index]
        if value is None or isinstance(value, Cell):
            continue
        style = styles.get(index)
        if style is None:
            if _needs_nothing(value):
                continue
        elif (kind := type(value)) in (int, float, str) and _needs_nothing(value):
            # The common styled cells, a number or text that needs nothing (in a row of
            # wrapped text every cell is top-aligned), made without write_only_cell()'s
            # look-ups nor openpyxl's checks of the value (done: it is text or a number as
            # it is); the cell gets a copy of the column's style, its own to change.
            cell = row[index] = Cell(ws, 1, 1, style_array=style)  # as WriteOnlyCell()
            cell._value = value
            cell.data_type = "s" if kind is str else "n"
            continue
        font = fill = own_format = None
        if isinstance(value, Styled):
            value, font, fill, own_format = value
        row[index] = write_only_cell(
            ws, value, own_format or (number_formats[index] if index < len(number_formats)
                                      else None),
            alignment=alignments[index] if index < len(alignments) else None, font=font,
            fill=fill)
    return row


# Every text of a row, each after a "\n": one that starts with a formula trigger or "#" (all
# error codes do). With `_ILLEGAL_XML` it flags a superset of what `_needs_nothing()` refuses,
# so a row that passes is safe and a flagged row is checked value by value. (Two searches:
# one regex with both would be three times slower, as it could not skip ahead.)
_TRIGGER_AFTER_NEWLINE = re.compile("\n[=+\\-@#\t\r\n]")


def _plain_row(row: list) -> bool:
    """True when every value in `row` can go to openpyxl as it is, checked a row at a time."""
    texts = []
    for value in row:
        if type(value) is str:
            if value:
                texts.append(value)
        elif value is not None and not _needs_nothing(value):
            return False
    if not texts:
        return True
    joined = "\n" + "\n".join(texts)
    return not (len(joined) > MAX_CELL_CHARS // 2 or _TRIGGER_AFTER_NEWLINE.search(joined)
                or _ILLEGAL_XML.search(joined))


def _needs_nothing(value) -> bool:
    kind = type(value)
    if kind is str:
        # isprintable() is False for every character XML forbids (and for tab/newline,
        # which then get the slower exact check).
        return (len(value) <= MAX_CELL_CHARS // 2 and not value.startswith(FORMULA_TRIGGERS)
                and value not in _ERROR_CODES
                and (value.isprintable() or _ILLEGAL_XML.search(value) is None))
    if kind is int:
        return abs(value) <= MAX_EXACT_INT
    if kind is float:
        return math.isfinite(value)
    return kind is dt.date and value.year >= 1900


def safe_sheet_title(title: str, existing: Iterable[str] = ()) -> str:
    """`title` made valid as a sheet name and unique (ignoring case) among `existing`.

    Characters Excel forbids become "_", leading and trailing apostrophes go, an empty or
    reserved title becomes "Sheet", and duplicates get " (2)", " (3)" ... within 31 characters.
    """
    text = _BAD_TITLE_CHARS.sub("_", _ILLEGAL_XML.sub("_", str(title)))
    text = " ".join(text.split()).strip("'").strip()
    if not text or text.lower() in _RESERVED_TITLES:
        text = "Sheet"
    text = text[:MAX_SHEET_TITLE].rstrip()
    taken = {name.lower() for name in existing}
    candidate, n = text, 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = text[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    return candidate


def check_target(path: Path | str) -> Path:
    """`path` if a file can be saved there, else a `UserError` saying why. Exports call it
    before the work starts, and `save_workbook()` again at the end."""
    path = Path(path).expanduser()
    folder = path.parent.resolve()
    if not folder.is_dir():
        raise UserError(_("Cannot save {name}: the folder {folder} does not exist").format(
            name=path.name, folder=folder))
    if path.is_dir():
        raise UserError(_("Cannot save to {path}: it is a folder").format(path=path))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(_("Cannot save {name}: the folder {folder} is not writable").format(
            name=path.name, folder=folder))
    if path.exists() and not _writable(path):
        raise UserError(_("Cannot save over {path}: the file is read-only").format(path=path))
    return path


def _writable(path: Path) -> bool:
    """Whether `path` may be written, by its permission bits too: root may write anything,
    but a file someone made read-only is not for an export to replace."""
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o222) and os.access(path, os.W_OK)


def _sheet_temp_file(suffix: str = "") -> str:
    """openpyxl's worksheet temporary file, named as ours so a killed export's can be found."""
    fd, name = tempfile.mkstemp(suffix=suffix or ".xml",
                                prefix=f"{SHEET_TEMP_PREFIX}{os.getpid()}-")
    os.close(fd)
    openpyxl_sheet_writer.ALL_TEMP_FILES.append(name)  # removed at exit if left
    made = getattr(_saving, "files", None)
    if made is not None:
        made.append(name)
    return name


# openpyxl calls this module function for every worksheet it streams to disk.
openpyxl_sheet_writer.create_temporary_file = _sheet_temp_file


def _process_gone(pid: int) -> bool:
    """True when no process has id `pid` (POSIX only: elsewhere the answer is unknown)."""
    if os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, as another user's
        return False
    return False


def _stale(entry: os.DirEntry, pid: str | None, now: float) -> bool:
    """A temporary file nobody is writing any more: its process is gone (and it has not
    changed for `GONE_GRACE` seconds), or, where that cannot be told, it has not changed for
    `STALE_AFTER` seconds. A file of a live process is kept; on Windows, which cannot tell,
    deleting a file in use fails anyway."""
    try:
        age = now - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if pid is not None and os.name == "posix":
        return (_process_gone(int(pid)) and age > GONE_GRACE) or age > PID_REUSE_AFTER
    return age > STALE_AFTER


def remove_stale_temporaries(folder: Path | str) -> list[Path]:
    """Delete the temporary files a killed export left in `folder` (`.~*.tmp` of our naming)
    and in the system temporary folder (our worksheet files); returns those deleted.
    Only files of our naming, and only stale ones (see `_stale()`)."""
    removed, now = [], time.time()
    for where, pattern in ((Path(folder), _SAVE_TEMP),
                           (Path(tempfile.gettempdir()), _SHEET_TEMP)):
        try:
            entries = list(os.scandir(where))
        except OSError:
            continue
        for entry in entries:
            match = pattern.match(entry.name)
            if match and entry.is_file(follow_symlinks=False) and _stale(entry, match[1], now):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    if removed:
        log.info("removed %d temporary files left by interrupted exports", len(removed))
    return removed


def save_workbook(wb, path: Path | str) -> Path:
    """Save `wb` to `path` atomically: a temporary file in the same folder, then os.replace().

    On any failure the temporary file is removed and an earlier file at `path` is untouched.
    A missing or unwritable folder raises `UserError`.
    """
    try:
        path = check_target(path)
    except UserError:
        discard_workbook(wb)
        raise
    folder = path.parent.resolve()
    remove_stale_temporaries(folder)
    temp = folder / f".~{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"
    _saving.files = []
    try:
        wb.save(str(temp))
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException as exc:
        # openpyxl leaves its half-written zip open in the failing frames: close it and clear
        # them so the file is closed (and removable on Windows) before it is deleted.
        _close_zip_files(exc.__traceback__)
        traceback.clear_frames(exc.__traceback__)
        discard_workbook(wb)
        for name in [temp, *_saving.files]:  # and the sheet files of a normal workbook
            with contextlib.suppress(OSError):
                os.unlink(name)
        if _disk_full(exc):
            raise UserError(_("Cannot save {path}: the disk is full ({reason})").format(
                path=path, reason=getattr(exc, "strerror", None) or exc)) from exc
        if isinstance(exc, OSError):
            raise UserError(_("Cannot save {path}: {reason}").format(
                path=path, reason=exc.strerror or exc)) from exc
        raise
    finally:
        _saving.files = None
    return path


def _disk_full(exc: BaseException) -> bool:
    """No space left: an OSError, or lxml's error for the same (it does not subclass it)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, Exception) and "IO_ENOSPC" in str(exc)


def _close_zip_files(tb) -> None:
    """Close the zip archives open in the frames of a failed save. Closing one after a failed
    write fails again (it writes its directory), but its file is closed all the same; left to
    the garbage collector it would fail at some random later moment."""
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile):
                with contextlib.suppress(Exception):
                    value.close()
        tb = tb.tb_next


def discard_workbook(wb) -> None:
    """Close the half-written sheets of an abandoned write-only workbook and delete their
    temporary files (left to the garbage collector they raise errors at random moments)."""
    for ws in wb.worksheets if getattr(wb, "write_only", False) else ():
        if not ws.closed:
            try:
                ws.close()
            except Exception:  # already failing: the stream state may be broken
                log.debug("closing abandoned sheet %s failed", ws.title, exc_info=True)
        # A sheet closed by a save that failed before storing it still has its file.
        if ws._writer is not None and isinstance(ws._writer.out, str):
            with contextlib.suppress(OSError, ValueError):
                ws._writer.cleanup()


@contextlib.contextmanager
def discarded_on_error(wb):
    """`with discarded_on_error(wb):` around building a workbook: on any error (including
    `Cancelled` from a progress callback) the workbook is discarded before the error goes on."""
    try:
        yield wb
    except BaseException as exc:
        discard_workbook(wb)
        if _disk_full(exc):
            raise UserError(_("Cannot write the export: the disk holding {folder} is "
                              "full").format(folder=tempfile.gettempdir())) from exc
        raise
