"""The client review pack as PDF, for clients who do not open Excel, made by the app itself.

`write_pdf()` renders a client report workbook (the `.xlsx` that `export_client_report()`
saved) as a readable PDF: the title (and a logo) on page 1, then one section per sheet in
the workbook's order, each starting on a new page. Rendering from the saved workbook, not
from the database, is deliberate: the PDF can never show anything the workbook does not.

How a sheet is laid out, generically (a new sheet needs no change here):
- the block of each Excel table (`ws.tables`), and of any row styled as a header (bold on a
  solid fill) down to the next empty row, is a table: its header row styled as in the
  workbook, long text wrapped within the column, split across pages with the header
  repeated on each, the columns as wide as in the workbook, narrowed to the page;
- a row holding one text is a line of text, a title when the workbook shows it large, bold
  when it is bold; other rows outside tables (label and value) are a plain grid;
- every number and date is printed as the workbook shows it: `excel_text()` formats each
  cell with its own number format (counts, decimals, percentages, units in quotes, signed
  changes, dates), rounding half away from zero on the value's 15 significant digits as
  Excel and LibreOffice do, so the PDF's figures are exactly the workbook's;
- the colours of the workbook's conditional formats are drawn for the rules the reports use
  (below target red and warning yellow by the row's status, critical fails, a month's
  attainment against numbers, the competencies' colour scale; see `_ConditionalColours`);
- charts are not redrawn: every chart of the report plots a table of the same sheet, which
  is printed (the month tables of the Summary and the KPI scorecard);
- hidden sheets, rows and columns are left out, as Excel leaves them out when it prints.

Pages are landscape A4 (Letter when the workbook's first sheet is set to Letter), each with
the footer (the workbook's own "Confidential - prepared for <client>") and "Page N of M".

The library is ReportLab (BSD licence, pure Python wheel): its platypus tables split across
pages repeating the header rows, it embeds TrueType fonts as subsets without other packages,
and it is maintained. fpdf2 (LGPL) would do as well but brings fontTools for the same, and
the LGPL asks more of a bundled app than BSD. ReportLab imports Pillow (for the logo).

Text is in DejaVu Sans (resources/fonts, licence alongside), embedded as a subset: it
covers Latin, Greek, Cyrillic, Vietnamese, Hebrew and Arabic letters (ReportLab shapes no
text without HarfBuzz, so `visual()` joins Arabic letters and turns right-to-left runs
round itself). A character the font lacks (Chinese, Japanese, Korean, Thai, Devanagari)
prints as the replacement glyph U+FFFD rather than failing the export.

The PDF is written to a temporary file next to the target and moved into place when
complete, like `save_workbook()`: a failure leaves no partial file and an earlier file intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import itertools
import math
import os
import re
import sys
import uuid
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, range_boundaries
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from mentorapp.errors import UserError, ValidationError
from mentorapp.excel.client_report import CONFIDENTIAL
from mentorapp.excel.safe_cells import check_target, remove_stale_temporaries
from mentorapp.translations import ENGLISH, Translator, _, translator

FONT, BOLD = "MentorApp-DejaVuSans", "MentorApp-DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
REPLACEMENT = "\ufffd"
BODY_SIZE, BODY_LEADING = 8, 10
TITLE_SIZE, SHEET_TITLE_SIZE = 18, 14
MARGIN = 12 * mm
HEADER_BLUE = colors.HexColor("#1F4E79")
STRIPE = colors.HexColor("#DCE6F1")  # the light band of the workbook's table style
RULE = colors.HexColor("#A6A6A6")
GREY = colors.HexColor("#595959")
CELL_PAD = 3
POINTS_PER_UNIT = 5.6  # one Excel column-width unit (a digit of 11 pt Calibri) at 8 pt
DEFAULT_WIDTH = 8.43  # Excel's column width where the workbook sets none
MIN_TEXT_COLUMN = 36  # points: a wrapping column is never narrower
MAX_WORD_COLUMN = 110  # points: a longer word may break across lines
WORD_SAMPLE_ROWS = 500  # rows whose longest word sets a text column's narrowest width
MAX_CELL_LINES = 20  # a longer cell continues in the rows below (a row cannot split)
LOGO_HEIGHT = 14 * mm

_DIGITS = re.compile(r"[0#?,]+(?:\.[0#?]*)?|\.[0#?]+")
_DATE_TOKENS = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm",
                          re.IGNORECASE)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# -- Number formats ------------------------------------------------------------------------
ENGLISH_SYMBOLS = (",", ".")  # (grouping, decimal): a number format's "," and "." as shown


def excel_text(value, number_format: str | None = "General",
               symbols: tuple[str, str] = ENGLISH_SYMBOLS) -> str:
    """`value` as Excel shows it in a cell of `number_format`: the sections (positive;
    negative;zero), quoted and escaped literals, digit placeholders with grouping, decimals
    rounded half away from zero, percentages, and date and time codes. `symbols`: the
    grouping and decimal signs of the reader's locale, as Excel would show them there."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return value
    number_format = number_format or "General"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _date_text(value, number_format)
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if not isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    sections = _sections(number_format)
    if value < 0 and len(sections) > 1:
        section, value, sign = sections[1], -value, ""
    elif value == 0 and len(sections) > 2:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if value < 0 else ""
        value = abs(value)
    if section.strip().lower() in ("general", ""):
        return sign + _general(value).replace(".", symbols[1])
    return sign + _number_text(value, section, symbols)


@cache
def _sections(number_format: str) -> tuple[str, ...]:
    """The format's sections, split at semicolons outside quotes."""
    sections, current, quoted, escaped = [], [], False, False
    for char in number_format:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return tuple(sections)


@cache
def _parse(section: str) -> tuple[list[tuple[str, str]], int]:
    """A section as (kind, text) parts, "lit" or "num", and the number of percent signs."""
    parts, percent, i = [], 0, 0
    while i < len(section):
        char = section[i]
        if char == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            parts.append(("lit", section[i + 1:end]))
            i = end + 1
        elif char == "\\" and i + 1 < len(section):
            parts.append(("lit", section[i + 1]))
            i += 2
        elif char == "_" and i + 1 < len(section):  # the width of a character: a space
            parts.append(("lit", " "))
            i += 2
        elif char == "*" and i + 1 < len(section):  # repeat to fill the cell: nothing
            i += 2
        elif char == "[":  # a colour or a condition
            end = section.find("]", i)
            i = len(section) if end < 0 else end + 1
        elif char == "%":
            parts.append(("lit", "%"))
            percent += 1
            i += 1
        elif match := _DIGITS.match(section, i):
            parts.append(("num", match.group()))
            i = match.end()
        else:
            parts.append(("lit", char))
            i += 1
    return parts, percent


def _number_text(value, section: str, symbols: tuple[str, str] = ENGLISH_SYMBOLS) -> str:
    parts, percent = _parse(section)
    index = next((i for i, (kind, _) in enumerate(parts) if kind == "num"), None)
    if index is None:  # a text-only section, such as "-" for zero
        return "".join(text for _, text in parts)
    whole, point, fraction = parts[index][1].partition(".")
    number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
    number *= Decimal(100) ** percent
    while whole.endswith(","):  # a trailing comma divides by 1,000
        whole, number = whole[:-1], number / 1000
    places, required = len(fraction), len(fraction) - len(fraction.lstrip("0"))
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    integer, _, decimals = f"{rounded:f}".partition(".")
    while len(decimals) > required and decimals.endswith("0"):  # "#" shows no zero
        decimals = decimals[:-1]
    integer = integer.lstrip("0").rjust(whole.count("0"), "0")
    if "," in whole and integer:
        integer = f"{int(integer):,}".replace(",", symbols[0])
    text = integer + (symbols[1] if point and (decimals or not fraction) else "") + decimals
    return "".join(text if i == index else part if kind == "lit" else ""
                   for i, (kind, part) in enumerate(parts))


def _general(value) -> str:
    """Excel's General format: integers whole, other numbers to 10 significant digits."""
    if isinstance(value, int) or (isinstance(value, float | Decimal) and value == int(value)
                                  and abs(value) < 1e15):
        return str(int(value))
    text = format(float(value), ".10g")
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}E{int(exponent):+03d}"
    return text


_DATE_PARTS = re.compile(r'"[^"]*"?|\\.|\[[^\]]*\]?|' + _DATE_TOKENS.pattern + "|.",
                         re.IGNORECASE | re.DOTALL)


def _date_text(value, number_format: str) -> str:
    section = _sections(number_format)[0]
    if section.strip().lower() == "general" or not _DATE_TOKENS.search(section):
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M" if value.time() else "%Y-%m-%d")
        return value.isoformat()
    tokens = _DATE_PARTS.findall(section)
    out, previous = [], None
    for index, token in enumerate(tokens):
        lower = token.lower()
        if token.startswith('"'):
            out.append(token.strip('"'))
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token.startswith("["):
            continue
        elif _DATE_TOKENS.fullmatch(token):
            following = next((t.lower() for t in tokens[index + 1:]
                              if _DATE_TOKENS.fullmatch(t)), "")
            minutes = lower in ("m", "mm") and (previous in ("h", "hh")
                                                or following in ("s", "ss"))
            out.append(_date_token(value, "min" + lower if minutes else lower))
            previous = lower
        else:
            out.append(token)
    return "".join(out)


def _date_token(value, token: str) -> str:
    day = value if isinstance(value, dt.date) else None
    time = value.time() if isinstance(value, dt.datetime) else (
        value if isinstance(value, dt.time) else dt.time())
    if token in ("minm", "minmm"):
        return f"{time.minute:02d}" if token == "minmm" else str(time.minute)
    if day is not None:
        match token:
            case "yyyy":
                return f"{day.year:04d}"
            case "yy":
                return f"{day.year % 100:02d}"
            case "mmmm":
                return MONTHS[day.month - 1]
            case "mmm":
                return MONTHS[day.month - 1][:3]
            case "mm":
                return f"{day.month:02d}"
            case "m":
                return str(day.month)
            case "dddd":
                return DAYS[day.weekday()]
            case "ddd":
                return DAYS[day.weekday()][:3]
            case "dd":
                return f"{day.day:02d}"
            case "d":
                return str(day.day)
    match token:
        case "hh":
            return f"{time.hour:02d}"
        case "h":
            return str(time.hour)
        case "ss":
            return f"{time.second:02d}"
        case "s":
            return str(time.second)
        case "am/pm":
            return "AM" if time.hour < 12 else "PM"
    return ""


# -- Fonts and text ------------------------------------------------------------------------
def fonts_folder() -> Path:
    """`resources/fonts`: next to the `mentorapp` package from source, in the unpacked
    bundle (`sys._MEIPASS`) when frozen."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


@cache
def _register_fonts() -> frozenset[int]:
    """Registers the embedded fonts once; returns the characters both of them draw."""
    try:
        fonts = {name: TTFont(name, str(fonts_folder() / file))
                 for name, file in FONT_FILES.items()}
    except OSError as exc:
        raise UserError(_("Cannot make the PDF: its font is missing from {folder} "
                          "({reason})").format(folder=fonts_folder(),
                                               reason=exc.strerror or exc)) from exc
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return frozenset(fonts[FONT].face.charToGlyph).intersection(fonts[BOLD].face.charToGlyph)


class _Drawable(dict):
    """`str.translate()` table: characters the font lacks become the replacement glyph,
    tabs spaces, carriage returns nothing (a cell's lines end with a line feed)."""

    def __init__(self, covered: frozenset[int]):
        super().__init__({9: " ", 13: None})
        self.covered = covered

    def __missing__(self, code: int):
        char = chr(code) if code in self.covered or code == 10 else REPLACEMENT
        self[code] = char
        return char


@cache
def _drawable() -> _Drawable:
    return _Drawable(_register_fonts())


def printable(text: str) -> str:
    """`text` with only characters the embedded font can draw (see `_Drawable`)."""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_drawable())


def _width(text: str, font: str = FONT, size: float = BODY_SIZE) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@lru_cache(maxsize=16384)  # words repeat: most of a long sheet's are measured once
def _word_width(word: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(word, font, size)


def wrap(text: str, width: float, font: str = FONT, size: float = BODY_SIZE) -> list[str]:
    """`text` in lines no wider than `width` points: its own lines, filled word by word; a
    word longer than a line is broken across lines. The lines are in drawing order (see
    `visual()`)."""
    lines = []
    space = _width(" ", font, size)
    for paragraph in text.split("\n"):
        if _width(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line, used = [], 0.0
        for word in paragraph.split(" "):
            size_of = _word_width(word, font, size)
            if line and used + space + size_of <= width:
                line.append(word)
                used += space + size_of
                continue
            if line:
                lines.append(" ".join(line))
                line, used = [], 0.0
            while size_of > width and len(word) > 1:  # break a word longer than a line
                cut = _fitting(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
                size_of = _width(word, font, size)
            line, used = [word], size_of
        lines.append(" ".join(line))
    return [visual(line) for line in lines]


def _fitting(word: str, width: float, font: str, size: float) -> int:
    """How many of `word`'s first characters fit in `width` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


# Right-to-left text. PDF text is drawn left to right as given, and ReportLab joins no
# Arabic letters without HarfBuzz: so each line's right-to-left runs are shaped here into
# the joined letter forms of Unicode's Arabic Presentation Forms-B (which DejaVu Sans draws),
# lam-alef as its ligature, then reversed into the order they are seen in. Enough for names
# and short notes; other Arabic-script letters (Persian, Urdu) print unjoined.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
                      "(?:[\\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff.,:;!?()'\"-]*"
                      "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?")
# letter: (isolated form, joins on both sides); the final form follows the isolated one,
# then (letters joining on both sides) the initial and the medial.
_ARABIC_FORMS = {
    0x0621: (0xFE80, None), 0x0622: (0xFE81, False), 0x0623: (0xFE83, False),
    0x0624: (0xFE85, False), 0x0625: (0xFE87, False), 0x0626: (0xFE89, True),
    0x0627: (0xFE8D, False), 0x0628: (0xFE8F, True), 0x0629: (0xFE93, False),
    0x062A: (0xFE95, True), 0x062B: (0xFE99, True), 0x062C: (0xFE9D, True),
    0x062D: (0xFEA1, True), 0x062E: (0xFEA5, True), 0x062F: (0xFEA9, False),
    0x0630: (0xFEAB, False), 0x0631: (0xFEAD, False), 0x0632: (0xFEAF, False),
    0x0633: (0xFEB1, True), 0x0634: (0xFEB5, True), 0x0635: (0xFEB9, True),
    0x0636: (0xFEBD, True), 0x0637: (0xFEC1, True), 0x0638: (0xFEC5, True),
    0x0639: (0xFEC9, True), 0x063A: (0xFECD, True), 0x0641: (0xFED1, True),
    0x0642: (0xFED5, True), 0x0643: (0xFED9, True), 0x0644: (0xFEDD, True),
    0x0645: (0xFEE1, True), 0x0646: (0xFEE5, True), 0x0647: (0xFEE9, True),
    0x0648: (0xFEED, False), 0x0649: (0xFEEF, False), 0x064A: (0xFEF1, True),
}
_TATWEEL, _LAM = 0x0640, 0x0644
_LAM_ALEF = {0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}


def _transparent(char: str) -> bool:
    """Harakat and other marks: they sit on a letter and do not break its joining."""
    return "\u064b" <= char <= "\u065f" or char == "\u0670"


def _joins_after(char: str | None) -> bool:
    """Whether a letter joins the one after it (it has initial and medial forms)."""
    return char is not None and (ord(char) == _TATWEEL
                                 or _ARABIC_FORMS.get(ord(char), (0, None))[1] is True)


def _joins_before(char: str | None) -> bool:
    return char is not None and (ord(char) == _TATWEEL
                                 or _ARABIC_FORMS.get(ord(char), (0, None))[1] is not None)


def shape_arabic(text: str) -> str:
    """`text` (in reading order) with its Arabic letters in their joined forms."""
    letters = [c for c in text]
    out, i = [], 0

    def neighbour(index: int, step: int) -> str | None:
        index += step
        while 0 <= index < len(letters) and _transparent(letters[index]):
            index += step
        return letters[index] if 0 <= index < len(letters) else None

    while i < len(letters):
        char = letters[i]
        form = _ARABIC_FORMS.get(ord(char))
        if form is None:
            out.append(char)
            i += 1
            continue
        after_previous = _joins_after(neighbour(i, -1))
        following = neighbour(i, 1)
        if ord(char) == _LAM and following is not None and ord(following) in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[ord(following)] + after_previous))
            i = letters.index(following, i + 1) + 1
            continue
        isolated, dual = form
        before = after_previous and dual is not None
        after = dual is True and _joins_before(following)
        if dual is None:
            shaped = isolated
        elif before and after:
            shaped = isolated + 3
        elif after:
            shaped = isolated + 2
        else:
            shaped = isolated + 1 if before else isolated
        out.append(chr(shaped))
        i += 1
    return "".join(out)


def visual(line: str) -> str:
    """One line as it is drawn: right-to-left runs shaped and reversed (see above)."""
    if not _RTL.search(line):
        return line
    return _RTL_RUN.sub(lambda run: shape_arabic(run.group())[::-1], line)


# -- Reading the workbook --------------------------------------------------------------------
def _open_workbook(path: Path):
    if not path.is_file():
        raise UserError(_("Cannot make the PDF: {path} does not exist").format(path=path))
    try:
        if not zipfile.is_zipfile(path):
            raise ValueError(_("it is not an .xlsx file"))
        return load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ValidationError("workbook", _("{name} cannot be read as a client report workbook "
                                            "({reason})").format(name=path.name, reason=reason),
                              label=_("workbook")) from exc


def _footer_of(wb) -> str | None:
    """The workbook's own footer (the first sheet's that has one), "&&" read as "&"."""
    for ws in wb.worksheets:
        text = ws.oddFooter.left.text
        if text:
            return text.replace("&&", "&")
    return None


def _check_ours(wb, path: Path, footer: str, tr: Translator) -> None:
    """A client report carries "Confidential - prepared for <client>" (in its language) on its
    pages: a workbook without it is not one, and one prepared for another client is
    refused."""
    own = _footer_of(wb)
    prefix = tr.gettext(CONFIDENTIAL).split("{client}")[0]
    if own is None or not own.startswith(prefix):
        raise ValidationError("workbook", _("{name} is not a client report made by MentorApp "
                                            "(its pages do not say \"{prefix}...\")").format(
            name=path.name, prefix=prefix), label=_("workbook"))
    if " ".join(own.split()) != " ".join(footer.split()):
        raise ValidationError("footer", _("the workbook's pages say \"{own}\", not \"{footer}\": "
                                          "it was prepared for another client").format(
            own=own, footer=footer), label=_("footer"))


_EQUALS = re.compile(r'^(\$?)([A-Z]{1,3})(\$?)(\d+)\s*=\s*(?:"((?:[^"]|"")*)"|(-?[\d.]+))$')


class _ConditionalColours:
    """The colours the sheet's conditional formats give its cells, for the rules the reports
    use: a cell's value against numbers ("less than 0.9995"), a cell of the row equal to a
    text (`$H2="Below target"`), and colour scales between numbers. The first rule that
    matches, by priority, colours the cell, as Excel does with rules that stop."""

    def __init__(self, ws):
        self.by_column: dict[int, list] = {}
        rules = []
        for formatting in ws.conditional_formatting:
            for rule in formatting.rules:
                for area in formatting.sqref.ranges:
                    rules.append((rule.priority or 0, area.bounds, rule))
        for _priority, (min_col, min_row, max_col, max_row), rule in sorted(
                rules, key=lambda entry: entry[0]):
            for column in range(min_col, max_col + 1):
                self.by_column.setdefault(column, []).append(
                    (min_row, max_row, min_col, rule))
        self.ws = ws

    def colours(self, cell) -> tuple:
        """(fill, text colour) of `cell`, each None where no rule gives one."""
        for min_row, max_row, min_col, rule in self.by_column.get(cell.column, ()):
            if not min_row <= cell.row <= max_row:
                continue
            if rule.type == "colorScale":
                fill = self._scale(rule.colorScale, cell.value)
                if fill is not None:
                    return fill, None
            elif self._matches(rule, cell, min_row, min_col):
                dxf = rule.dxf
                fill = None
                if dxf is not None and dxf.fill is not None:
                    fill = (_colour(dxf.fill.bgColor, None) if dxf.fill.fill_type != "solid"
                            else _colour(dxf.fill.fgColor, None)) or \
                        _colour(dxf.fill.bgColor, None)
                text = _colour(dxf.font.color, None) if dxf is not None and dxf.font is not None \
                    and dxf.font.color is not None else None
                return fill, text
        return None, None

    def _matches(self, rule, cell, min_row: int, min_col: int) -> bool:
        value = cell.value
        if rule.type == "cellIs":
            if not isinstance(value, int | float) or isinstance(value, bool):
                return False
            try:
                bounds = [float(f) for f in rule.formula]
            except (TypeError, ValueError):  # a reference or a function: not evaluated
                return False
            match rule.operator, bounds:
                case "lessThan", [limit]:
                    return value < limit
                case "lessThanOrEqual", [limit]:
                    return value <= limit
                case "greaterThan", [limit]:
                    return value > limit
                case "greaterThanOrEqual", [limit]:
                    return value >= limit
                case "equal", [limit]:
                    return value == limit
                case "notEqual", [limit]:
                    return value != limit
                case "between", [low, high]:
                    return min(low, high) <= value <= max(low, high)
                case "notBetween", [low, high]:
                    return not min(low, high) <= value <= max(low, high)
            return False
        if rule.type == "expression" and len(rule.formula) == 1:
            match = _EQUALS.match(rule.formula[0].strip())
            if match is None:
                return False
            fixed_col, letters, fixed_row, row, text, number = match.groups()
            column = column_index_from_string(letters)
            column += 0 if fixed_col else cell.column - min_col
            row = int(row) + (0 if fixed_row else cell.row - min_row)
            other = self.ws.cell(row=row, column=column).value
            if text is not None:
                return isinstance(other, str) and \
                    other.casefold() == text.replace('""', '"').casefold()
            return isinstance(other, int | float) and other == float(number)
        return False

    @staticmethod
    def _scale(scale, value):
        if not isinstance(value, int | float) or isinstance(value, bool) or scale is None:
            return None
        points = []
        for cfvo, colour in zip(scale.cfvo, scale.color, strict=False):
            if cfvo.type != "num":
                return None
            points.append((float(cfvo.val), _colour(colour, colors.white)))
        if len(points) < 2:
            return None
        if value <= points[0][0]:
            return points[0][1]
        for (low, start), (high, end) in itertools.pairwise(points):
            if value <= high:
                share = 0 if high == low else (value - low) / (high - low)
                return colors.linearlyInterpolatedColor(start, end, 0, 1, share)
        return points[-1][1]


class _Sheet:
    """A visible sheet's cells as rows of (value, number format) pairs, with its tables,
    column widths, hidden columns and the styles of the rows outside tables."""

    def __init__(self, ws):
        self.ws = ws
        self.title = ws.title
        last_row, last_col = ws.max_row, ws.max_column
        self.tables = {}
        for table in ws.tables.values():
            min_col, min_row, max_col, max_row = range_boundaries(table.ref)
            self.tables[min_row] = (max_row, min_col, max_col)
        dims = ws.column_dimensions
        self.hidden_cols = set()
        self.widths = {}
        for dim in dims.values():
            for col in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
                if dim.hidden:
                    self.hidden_cols.add(col)
                if dim.width:
                    self.widths[col] = dim.width
        self.hidden_rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
        self.breaks = {brk.id for brk in ws.row_breaks.brk if brk.id}  # after these rows
        self.cells = list(ws.iter_rows(min_row=1, max_row=last_row, max_col=last_col))
        self.conditional = _ConditionalColours(ws)

    def width(self, col: int) -> float:
        return self.widths.get(col, DEFAULT_WIDTH)

    def row(self, number: int):
        return self.cells[number - 1] if number <= len(self.cells) else ()


def _filled(cells) -> list:
    return [c for c in cells if c.value is not None and c.value != ""]


def _is_header(cells) -> bool:
    """A row styled as a table header: each filled cell bold on a solid fill."""
    filled = _filled(cells)
    return bool(filled) and all(c.font is not None and c.font.b and c.fill is not None
                                and c.fill.fill_type == "solid" for c in filled)


def _colour(value, default):
    rgb = getattr(value, "rgb", None)
    if isinstance(rgb, str) and re.fullmatch(r"[0-9A-Fa-f]{8}", rgb) and rgb[2:] != "000000":
        return colors.HexColor("#" + rgb[2:])
    return default


# -- Layout ----------------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=2)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=TITLE_SIZE,
                                leading=TITLE_SIZE * 1.25, textColor=HEADER_BLUE,
                                spaceAfter=4),
        "sheet_title": ParagraphStyle("sheet_title", parent=body, fontName=BOLD,
                                      fontSize=SHEET_TITLE_SIZE, leading=SHEET_TITLE_SIZE * 1.3,
                                      textColor=HEADER_BLUE, spaceAfter=4),
        "section": ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=8,
                                  textColor=GREY, spaceAfter=6),
    }


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    text = "\n".join(map(visual, printable(text).split("\n")))
    escaped = (text.replace("&", "&amp;").replace("<", "&lt;")
               .replace(">", "&gt;").replace("\n", "<br/>"))
    return Paragraph(escaped, style)


class _Section(Flowable):
    """Marks where a sheet's section starts: a bookmark and outline entry, and the name the
    page header shows."""

    def __init__(self, title: str, key: str):
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self):
        self.canv._page_marks.append((self.key, printable(self.title)))
        self.canv._mentorapp_section = self.title


class _Layout:
    """Turns one sheet into flowables fitted to `frame_width` points."""

    def __init__(self, sheet: _Sheet, frame_width: float, styles,
                 symbols: tuple[str, str] = ENGLISH_SYMBOLS):
        self.sheet = sheet
        self.frame_width = frame_width
        self.styles = styles
        self.symbols = symbols

    def text(self, cell) -> str:
        """A cell as the workbook shows it, in the report language's number signs."""
        return excel_text(cell.value, cell.number_format, self.symbols)

    def flowables(self) -> list:
        sheet, out = self.sheet, []
        grid: list = []
        number, last = 1, len(sheet.cells)
        while number <= last:
            cells = self._visible(sheet.row(number))
            if number in sheet.hidden_rows:
                number += 1
                continue
            table = sheet.tables.get(number)
            if table is not None or _is_header(cells):
                out += self._grid(grid)
                grid = []
                end, first_col, last_col = table if table else (self._block_end(number), 1,
                                                                sheet.ws.max_column)
                if out and isinstance(out[-1], Paragraph):
                    out[-1].keepWithNext = 1  # a table's caption goes with it
                out.append(self._table(number, end, first_col, last_col))
                out.append(Spacer(1, 6))
                if any(number <= row <= end for row in sheet.breaks):
                    out.append(PageBreak())
                number = end + 1
                continue
            filled = _filled(cells)
            if not filled:
                out += self._grid(grid)
                grid = []
                if out and not isinstance(out[-1], Spacer):
                    out.append(Spacer(1, 6))
            elif len(filled) == 1 and filled[0] is cells[0] and isinstance(filled[0].value,
                                                                           str):
                out += self._grid(grid)
                grid = []
                out.append(self._line(filled[0]))
            else:
                grid.append(cells)
            if number in sheet.breaks:
                out += self._grid(grid)
                grid = []
                out.append(PageBreak())
            number += 1
        out += self._grid(grid)
        return out

    def _visible(self, cells):
        hidden = self.sheet.hidden_cols
        return [c for c in cells if c.column not in hidden] if hidden else list(cells)

    def _block_end(self, start: int) -> int:
        """The last row of a header-styled block: the row before the next empty one."""
        number = start
        while number < len(self.sheet.cells) and _filled(self.sheet.row(number + 1)):
            number += 1
        return number

    def _line(self, cell):
        font = cell.font
        size = font.sz or 11 if font is not None else 11
        if size >= 14:
            style = self.styles["sheet_title"]
        elif font is not None and font.b:
            style = self.styles["bold"]
        else:
            style = self.styles["body"]
        return _para(self.text(cell), style)

    def _columns(self, columns: list[int], texts: list[list[str]], numeric: list[bool],
                 header: list[str] | None = None) -> list[float]:
        """Column widths in points: the workbook's, scaled to the page when wider; a column
        of numbers or dates at least as wide as its widest figure; the room left on the page
        to the text columns that would wrap, as far as their text needs."""
        widths = [self.sheet.width(c) * POINTS_PER_UNIT for c in columns]
        total = sum(widths)
        if total > self.frame_width:
            widths = [w * self.frame_width / total for w in widths]
        pad = 2 * CELL_PAD + 1
        longest = [max((max(map(_width, t.split("\n"))) for row in texts for t in [row[i]]
                        if t), default=0) + pad for i in range(len(columns))]
        # A text column as wide as its longest word (an ID, a name), within reason.
        need = [longest[i] if numeric[i] else
                min(max(MIN_TEXT_COLUMN, max((_word_width(word, FONT, BODY_SIZE)
                                              for row in texts[:WORD_SAMPLE_ROWS]
                                              for word in row[i].split()), default=0) + pad),
                    MAX_WORD_COLUMN)
                for i in range(len(columns))]
        if header:  # a header's longest word
            need = [max(n, max((_width(w, BOLD) for w in h.split()), default=0) + pad)
                    for n, h in zip(need, header, strict=True)]
        widths = [max(w, n) for w, n in zip(widths, need, strict=True)]
        excess = sum(widths) - self.frame_width
        if excess > 0:  # take it from the columns that can narrow, in proportion
            slack = [max(w - n, 0) for w, n in zip(widths, need, strict=True)]
            room = sum(slack)
            if room > 0:
                cut = min(1.0, excess / room)
                widths = [w - s * cut for w, s in zip(widths, slack, strict=True)]
        spare = self.frame_width - sum(widths)
        wants = [0 if numeric[i] else max(min(longest[i], self.frame_width) - w, 0)
                 for i, w in enumerate(widths)]
        if spare > 0 and sum(wants) > 0:
            share = min(1.0, spare / sum(wants))
            widths = [w + want * share for w, want in zip(widths, wants, strict=True)]
        return widths

    def _table(self, first: int, last: int, first_col: int, last_col: int):
        sheet = self.sheet
        columns = [c for c in range(first_col, last_col + 1) if c not in sheet.hidden_cols]
        header_cells = [sheet.row(first)[c - 1] if c - 1 < len(sheet.row(first)) else None
                        for c in columns]
        body = []
        for number in range(first + 1, last + 1):
            if number in sheet.hidden_rows:
                continue
            row = sheet.row(number)
            body.append([row[c - 1] if c - 1 < len(row) else None for c in columns])
        texts = [[printable(self.text(c)) if c is not None else ""
                  for c in row] for row in body]
        numeric = [False] * len(columns)
        align = ["LEFT"] * len(columns)
        for i in range(len(columns)):
            sample = [row[i] for row in body[:200] if row[i] is not None
                      and row[i].value is not None]
            figures = [c for c in sample if not isinstance(c.value, str)]
            numeric[i] = bool(figures) and len(figures) * 2 >= len(sample)
            horizontal = next((c.alignment.horizontal for c in sample
                               if c.alignment is not None and c.alignment.horizontal), None)
            if horizontal in ("center", "centerContinuous"):
                align[i] = "CENTER"
            elif horizontal == "right" or (numeric[i] and horizontal is None):
                align[i] = "RIGHT"
        header = [printable(self.text(c)) if c is not None else ""
                  for c in header_cells]
        widths = self._columns(columns, texts, numeric, header)
        room = [w - 2 * CELL_PAD for w in widths]
        data = [["\n".join(wrap(h, r, BOLD)) for h, r in zip(header, room, strict=True)]]
        spans, records = [], []  # records: (first, last) table row of each sheet row
        for row_texts in texts:
            first_row = len(data)
            filled = [i for i, t in enumerate(row_texts) if t]
            if filled == [0] and len(columns) > 1 and not numeric[0]:
                # one line of text in a table ("No data for this period"): across the row
                lines = wrap(row_texts[0], sum(room) + 2 * CELL_PAD * (len(room) - 1))
                for chunk in _chunks(lines):
                    spans.append(len(data))
                    data.append(["\n".join(chunk)] + [""] * (len(columns) - 1))
            else:
                data += _pieces([wrap(t, r) if t else [""]
                                 for t, r in zip(row_texts, room, strict=True)])
            records.append((first_row, len(data) - 1))
        coloured = [(i, column) for i, column in enumerate(columns)
                    if column in sheet.conditional.by_column]
        header_fill = next((_colour(c.fill.fgColor, None) for c in header_cells
                            if c is not None and c.fill is not None
                            and c.fill.fill_type == "solid"), None) or HEADER_BLUE
        header_text = next((_colour(c.font.color, None) for c in header_cells
                            if c is not None and c.font is not None and c.font.color is not None),
                           None) or colors.white
        header_align = [{"center": "CENTER", "right": "RIGHT"}.get(
            c.alignment.horizontal if c is not None and c.alignment is not None else None,
            a) for c, a in zip(header_cells, align, strict=True)]
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_LEADING),
            ("FONT", (0, 0), (-1, 0), BOLD, BODY_SIZE, BODY_LEADING),
            ("BACKGROUND", (0, 0), (-1, 0), header_fill),
            ("TEXTCOLOR", (0, 0), (-1, 0), header_text),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ]
        if len(records) == len(data) - 1:  # a table row for each sheet row
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
        else:  # a long cell goes on in the rows below: they look like one row
            for index, (first_row, last_row) in enumerate(records):
                background = STRIPE if index % 2 else colors.white
                if index % 2:
                    commands.append(("BACKGROUND", (0, first_row), (-1, last_row), background))
                if last_row > first_row:
                    commands += [("LINEBELOW", (0, first_row), (-1, last_row - 1), 0.25,
                                  background),
                                 ("BOTTOMPADDING", (0, first_row), (-1, last_row - 1), 0),
                                 ("TOPPADDING", (0, first_row + 1), (-1, last_row), 0)]
        for i, (body_align, head_align) in enumerate(zip(align, header_align, strict=True)):
            if body_align != "LEFT":
                commands.append(("ALIGN", (i, 1), (i, -1), body_align))
            if head_align != "LEFT":
                commands.append(("ALIGN", (i, 0), (i, 0), head_align))
        for (first_row, last_row), cells in zip(records, body, strict=True):
            for i, _column in coloured:  # what the workbook's conditional formats colour
                if cells[i] is None:
                    continue
                fill, text = sheet.conditional.colours(cells[i])
                if fill is not None:
                    commands.append(("BACKGROUND", (i, first_row), (i, last_row), fill))
                if text is not None:
                    commands.append(("TEXTCOLOR", (i, first_row), (i, last_row), text))
        for row in spans:
            commands.append(("SPAN", (0, row), (-1, row)))
            commands.append(("ALIGN", (0, row), (-1, row), "LEFT"))
        return LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                         style=TableStyle(commands))

    def _grid(self, rows: list) -> list:
        """Label and value rows outside tables ("Client", "Period") as a plain grid."""
        if not rows:
            return []
        columns = sorted({c.column for row in rows for c in _filled(row)})
        columns = list(range(columns[0], columns[-1] + 1))
        texts, fonts = [], []
        for row in rows:
            by_col = {c.column: c for c in row}
            texts.append([printable(self.text(by_col[c]))
                          if c in by_col else "" for c in columns])
            fonts.append([bool(c in by_col and by_col[c].font is not None and by_col[c].font.b)
                          for c in columns])
        widths = [self.sheet.width(c) * POINTS_PER_UNIT for c in columns]
        widths[-1] = 0
        if sum(widths) > self.frame_width * 0.6:
            widths = [w * self.frame_width * 0.6 / sum(widths) for w in widths]
        widths[-1] = self.frame_width - sum(widths)  # its text runs on, as in the sheet
        data, bold_rows = [], []
        for row, bold_row in zip(texts, fonts, strict=True):
            pieces = _pieces([wrap(t, w - 2 * CELL_PAD, BOLD if bold else FONT) if t else [""]
                              for t, w, bold in zip(row, widths, bold_row, strict=True)])
            data += pieces
            bold_rows += [bold_row] * len(pieces)
        fonts = bold_rows
        commands = [("FONT", (0, 0), (-1, -1), FONT, 9, 11.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for r, bold_row in enumerate(fonts):
            for c, bold in enumerate(bold_row):
                if bold:
                    commands.append(("FONT", (c, r), (c, r), BOLD, 9, 11.5))
        return [LongTable(data, colWidths=widths, hAlign="LEFT", style=TableStyle(commands))]


def _pieces(cells: list[list[str]]) -> list[list[str]]:
    """A row of wrapped cells as table rows of at most MAX_CELL_LINES lines each: a table
    row cannot split across pages, so a cell longer than that continues in the rows below."""
    pieces = max(math.ceil(len(lines) / MAX_CELL_LINES) for lines in cells)
    return [["\n".join(lines[piece * MAX_CELL_LINES:(piece + 1) * MAX_CELL_LINES])
             for lines in cells] for piece in range(pieces)]


def _chunks(lines: list[str]) -> list[list[str]]:
    return [lines[i:i + MAX_CELL_LINES] for i in range(0, max(len(lines), 1), MAX_CELL_LINES)]


# -- Pages -----------------------------------------------------------------------------------
def _canvas_maker(title: str, footer: str, tr: Translator):
    """A canvas that holds its pages until the end, so each can say "Page N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []
            self._page_marks = []  # (key, title) of the sections starting on the page
            self._mentorapp_section = ""

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._page_marks = []
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key, title in self._page_marks:  # bookmarks now that pages are real
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=0)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN, MARGIN / 2, visual(printable(footer)))
            self.drawRightString(width - MARGIN, MARGIN / 2, tr.gettext(
                "Page {number} of {total}").format(number=number, total=total))
            if number > 1:
                top = height - MARGIN / 2 - 3
                self.drawString(MARGIN, top, visual(printable(title)))
                self.drawRightString(width - MARGIN, top,
                                     visual(printable(self._page_section or "")))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, MARGIN / 2 + 9, width - MARGIN, MARGIN / 2 + 9)
            self.restoreState()

    return NumberedCanvas


def _page_end(canvas, doc) -> None:
    """Remembers the section shown on the page (the last one started on it)."""
    canvas._page_section = getattr(canvas, "_mentorapp_section", "")


def _logo(logo: bytes) -> Image:
    try:
        reader = ImageReader(io.BytesIO(logo))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")  # untranslated: caught below, never shown
    except Exception as exc:  # Pillow raises several kinds on bytes that are no image
        raise ValidationError("logo", _("is not a picture MentorApp can read (PNG or JPEG)"),
                              label=_("logo")) from exc
    scale = min(LOGO_HEIGHT / height, 60 * mm / width)
    return Image(io.BytesIO(logo), width=width * scale, height=height * scale, hAlign="LEFT")


def _story(wb, title: str, logo: bytes | None, frame_width: float, tr: Translator) -> list:
    styles = _styles()
    story = []
    if logo is not None:
        story += [_logo(logo), Spacer(1, 4 * mm)]
    story.append(_para(title, styles["title"]))
    if wb.properties.creator and wb.properties.creator != "openpyxl":  # not its default
        story.append(_para(tr.gettext("Prepared by {company}").format(
            company=wb.properties.creator), styles["body"]))
    story.append(Spacer(1, 4 * mm))
    sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    for index, ws in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.append(_Section(ws.title, f"sheet{index}"))
        story.append(_para(ws.title.upper(), styles["section"]))
        story += _Layout(_Sheet(ws), frame_width, styles, tr.number_symbols()).flowables()
    return story


def write_pdf(workbook: Path, out: Path, *, title: str, footer: str,
              logo: bytes | None = None, language: str = ENGLISH) -> Path:
    """Render the client report `workbook` as a PDF at `out`; returns `out`.

    `footer` is the workbook's own footer ("Confidential - prepared for <client>"): a
    workbook that says another is refused, as is one that is not a client report.
    `language`: the workbook's (the client's report language), for the words the PDF adds
    ("Page N of M", "Prepared by")."""
    workbook, out = Path(workbook), Path(out).expanduser()
    out = check_target(out)
    if logo is not None:
        _logo(logo)  # a picture it cannot read is refused before the work starts
    wb = _open_workbook(workbook)
    tr = translator(language)
    _check_ours(wb, workbook, footer, tr)
    _register_fonts()
    pagesize = landscape(letter if wb.worksheets[0].page_setup.paperSize in (1, "1")
                         else A4)
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    story = _story(wb, title, logo, frame.width, tr)

    folder = out.parent.resolve()
    remove_stale_temporaries(folder)
    temp = folder / f".~{out.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"
    doc = BaseDocTemplate(str(temp), pagesize=pagesize, title=printable(title),
                          author=printable(wb.properties.creator or ""),
                          subject=printable(footer), creator="MentorApp",
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, initialFontName=FONT,
                          initialFontSize=BODY_SIZE)  # no other font (not embedded) in it
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=_page_end,
                                       pagesize=pagesize)])
    try:
        doc.build(story, canvasmaker=_canvas_maker(title, footer, tr))
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError(_("Cannot save {path}: the disk is full").format(path=out)) from exc
        if isinstance(exc, OSError):
            raise UserError(_("Cannot save {path}: {reason}").format(
                path=out, reason=exc.strerror or exc)) from exc
        if isinstance(exc, LayoutError):
            raise UserError(_("Cannot lay out the PDF: {reason}").format(reason=exc)) from exc
        raise
    return out
