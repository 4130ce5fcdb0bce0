"""The client report: how the staff on one client's account did in a period, as a managed
deliverable (issue 17): every export is registered as the next version of its client and
period (`services.client_reports`), with its file's SHA-256 and the figures it showed.

Sheets: from version 2 on, "Changes since vN" first (each figure that differs from the
previous version of the same period, old and new); Cover (company name and logo from
Settings, client, period, version, who prepared it and when); Review (the account manager's
summary, highlights and risks); Summary (figures against the previous period of the same
length; a table and two charts of the last 12 months up to the period's end, its months
marked), Staff,
Competencies, KPI scorecard (the shareable metrics' account and team figures against target,
and the account's attainment by month in a table and a chart), KPI by agent, Quality (the
shareable evaluations' figures, the items failed most, the calibrations' spread per item),
Evaluations, Feedback, Training (certifications with their expiry), Recognition, Incidents
(lessons learned and corrective actions), Action plan (items raised in the period and those
carried forward, with their status on its last day). Everything it shows comes from
`client_data`, which holds the confidentiality rules. The KPI and quality sheets are there
for every client, saying so in one line when nothing was shared in the period, so the
workbook's sheets are the same from one report to the next.

The detail sheets print fitted to the page's width at a readable size: their columns are
narrowed to `READABLE_PRINT_WIDTH` and long text wraps.

The pack is written in the client's language (`Client.report_language`, issue 18) through a
`mentorapp.translations.Translator` handed to every sheet: sheet names, headings, column
titles, fixed sentences, choice words, month names and long dates. What people typed (names,
comments, the review, metric and competency names) is never translated, and numbers stay
numbers in Excel formats, which Excel shows in the reader's own locale. The figures each
version registers keep their English labels, so "Changes since" compares versions written in
different languages; the sheet shows the labels translated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import math
import os
import uuid
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.marker import DataPoint, Marker
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
)
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from mentorapp import kpis
from mentorapp.db import read_snapshot, transaction
from mentorapp.errors import UserError, ValidationError
from mentorapp.excel import client_data
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import (
    DATE_FORMAT,
    check_target,
    column_styles,
    discarded_on_error,
    safe_row,
    safe_sheet_title,
    save_workbook,
    write_only_cell,
)
from mentorapp.excel.sheets import (
    CENTER,
    CENTER_TOP,
    LABEL_FONT,
    LINE_HEIGHT,
    READABLE_PRINT_WIDTH,
    TITLE_FONT,
    TOP,
    WRAP,
    Column,
    SheetSpec,
    TableSheet,
    add_table,
    header_cells,
    header_height,
    print_setup,
    unique_headers,
    wrapped_lines,
    write_sheets,
)
from mentorapp.models import FEEDBACK_SOURCE_CHOICES, label
from mentorapp.periods import safe_file_part
from mentorapp.services import client_reports, clients, kpi, settings, users
from mentorapp.translations import LANGUAGES, N_, Translator, _, translator

RATING_FORMAT = "0.00"
HOURS_FORMAT = "#,##0.0"
COUNT_FORMAT = "#,##0"
CHANGE_FORMATS = {COUNT_FORMAT: "+#,##0;-#,##0;0", HOURS_FORMAT: "+#,##0.0;-#,##0.0;0.0",
                  RATING_FORMAT: "+0.00;-0.00;0.00"}
NO_DATA = N_("No data for this period")
CONFIDENTIAL = N_("Confidential - prepared for {client}")  # every page's footer
PAGE_NUMBERS = N_("Page &P of &N")  # Excel's codes: this page, the number of pages
YES = N_("Yes")
# The choice words the pack shows (models.label() of each code), marked for the catalogue:
# feedback sources and kinds, program types, channels, action item statuses, KPI directions.
CHOICE_WORDS = (N_("Client"), N_("Management"), N_("Mentor"), N_("Peer"), N_("Self"),
                N_("General"), N_("Recognition"), N_("Incident"), N_("Training program"),
                N_("Workshop"), N_("Conference"), N_("Certification"), N_("Degree"),
                N_("Online course"), N_("Coaching"), N_("Phone"), N_("Chat"), N_("Email"),
                N_("Social"), N_("Other"), N_("Open"), N_("Done"), N_("Dropped"),
                N_("Higher"), N_("Lower"))
PERIOD_COLOUR, EARLIER_COLOUR = "1F4E79", "A9C4E0"  # charts: the report's months, the others
LEAN_ROWS = 5_000  # detail sheets longer than this stream without wrapping and alignment


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("to", _("the period ends on {end}, before it starts on "
                                      "{start}").format(end=end.isoformat(),
                                                        start=start.isoformat()),
                              label=_("to"))


def month_label(tr: Translator, key: str) -> str:
    """"May 2026" ("may 2026" in Spanish) for "2026-05"."""
    return tr.month(int(key[:4]), int(key[5:]))


def period_text(tr: Translator, start: dt.date, end: dt.date) -> str:
    """"1 May 2026 to 31 May 2026" in the report's language."""
    return tr.gettext("{start} to {end}").format(start=tr.long_date(start),
                                                 end=tr.long_date(end))


def footer_of(tr: Translator, client: str) -> str:
    return tr.gettext(CONFIDENTIAL).format(client=client)


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same number of days that ends the day before `start`."""
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def versioned_name(client: str, start: dt.date, end: dt.date, version: int) -> str:
    """"ShopNest 2026-05-01..2026-05-31 v3.xlsx": safe on Windows and POSIX alike."""
    return safe_file_part(f"{client} {start.isoformat()}..{end.isoformat()} v{version}") \
        + ".xlsx"


def target_path(out: Path | str, client: str, start: dt.date, end: dt.date,
                version: int) -> Path:
    """Where a version goes: into the folder `out` under its versioned name, or the file
    `out` itself (a name the user chose is kept; the version is on the cover and registered)."""
    out = Path(out).expanduser()
    return out / versioned_name(client, start, end, version) if out.is_dir() else out


def export_client_report(client: str, start: dt.date, end: dt.date, out: Path | str, *,
                         progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the report for the client named `client` over `start`..`end` (inclusive) and
    register it as the period's next version. `out`: a folder (the file gets its versioned
    name there) or a file. The workbook is written to a temporary file, hashed, then
    registered and moved into place in one transaction: a failure registers nothing and
    leaves no file. Two exports of one period at once: the one that registers second writes
    the next version instead."""
    check_period(start, end)
    for _attempt in range(VERSION_ATTEMPTS):
        try:
            return _export(client, start, end, out, progress)
        except client_reports.VersionTaken:
            continue
    raise UserError(_("Could not register a version of {client}'s report: others kept "
                      "registering the same version; try again").format(client=client))


VERSION_ATTEMPTS = 5


def write_pack_pdf(workbook: Path | str, client: str, start: dt.date, end: dt.date) -> Path:
    """The PDF of a pack `export_client_report` wrote, next to it under the same name: drawn
    from the saved workbook (so it shows nothing the workbook does not), with the logo from
    Settings on its first page."""
    from mentorapp.excel.pack_pdf import write_pdf

    workbook = Path(workbook)
    record = clients.by_name(client)
    name = record["name"]
    tr = translator(pack_language(workbook) or record["report_language"])
    title = tr.gettext("{client}: client review pack, {period}").format(
        client=name, period=period_text(tr, start, end))
    return write_pdf(workbook, workbook.with_suffix(".pdf"), title=title,
                     footer=footer_of(tr, name), logo=settings.logo(),
                     language=tr.language)


def pack_language(workbook: Path) -> str | None:
    """The language a pack was written in (its document properties, "pt-BR"), read without
    loading the workbook: a pack written before the client's language changed keeps its own.
    None when the file does not say (or is not a workbook)."""
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        with zipfile.ZipFile(workbook) as archive:
            core = fromstring(archive.read("docProps/core.xml"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ParseError):
        return None
    language = (core.findtext("{http://purl.org/dc/elements/1.1/}language") or "")
    language = language.replace("-", "_")
    return language if language in LANGUAGES else None


def _export(client: str, start: dt.date, end: dt.date, out: Path | str, progress) -> Path:
    with read_snapshot():
        record = clients.by_name(client)
        client_id, name = record["id"], record["name"]
        tr = translator(record["report_language"])
        version = client_reports.next_version(client_id, start, end)
        target = check_target(target_path(out, name, start, end, version))
        previous = client_data.previous_version(client_id, start, end, version)
        company = settings.get("company_name")
        logo = settings.logo()
        prepared_by = users.current()["display_name"]
        # The cover and the summary say the same: who, and for which company.
        signed = f"{prepared_by}, {company}"
        narrative = client_data.review(client_id, start, end)
        plan = client_data.action_plan(client_id, start, end, tr)
        now = client_data.figures(client_id, start, end)
        before = client_data.figures(client_id, *previous_period(start, end))
        people = client_data.staff_rows(client_id, start, end)
        scorecard = client_data.kpi_scorecard(client_id, start, end)
        quality = {**client_data.quality_figures(client_id, start, end),
                   "failed": client_data.failed_items(client_id, start, end),
                   "calibration": client_data.calibration_spread(client_id, start, end)}
        counter = ProgressCounter(progress, len(people) * 2 + now["feedback"] + now["trainings"]
                                  + now["recognitions"] + now["incidents_opened"]
                                  + len(scorecard["agents"]) + quality["evaluations"])
        footer = footer_of(tr, name)
        page = tr.gettext(PAGE_NUMBERS)

        wb = Workbook(write_only=True)
        wb.properties.title = tr.gettext("{client}: staff report {start} to {end}").format(
            client=name, start=start.isoformat(), end=end.isoformat())
        wb.properties.creator = company
        wb.properties.lastModifiedBy = company
        wb.properties.language = tr.language.replace("_", "-")  # a language tag: "pt-BR"
        shown = comparable_figures(now, scorecard, quality)
        with discarded_on_error(wb):
            pages = {"footer": footer, "page": page}
            if previous is not None:
                _changes_sheet(wb, tr, previous, version, shown, pages)
            _cover_sheet(wb, tr, name, company, logo, start, end, version, signed, pages)
            _review_sheet(wb, tr, name, start, end, narrative, pages)
            _summary_sheet(wb, tr, name, signed, start, end, now, before,
                           client_data.trend(client_id, start, end), pages)
            write_sheets(wb, [_staff_sheet(tr, people, end)], **pages,
                         progress=counter.advance)
            _competency_sheet(wb, tr, people,
                              *client_data.competency_averages(client_id, start, end),
                              pages, counter)
            _kpi_sheet(wb, tr, name, start, end, scorecard, pages)
            _kpi_agent_sheet(wb, tr, scorecard["agents"], pages, counter)
            _quality_sheet(wb, tr, name, start, end, quality, pages)
            _critical_formats(tr, *write_sheets(
                wb, [_evaluation_sheet(tr, client_id, start, end, quality)], **pages,
                progress=counter.advance))
            write_sheets(wb, _detail_sheets(tr, client_id, start, end, now), **pages,
                         progress=counter.advance)
            write_sheets(wb, [_action_plan_sheet(tr, plan)], **pages,
                         progress=counter.advance)
            counter.finish()
    return _register_and_place(wb, target, client_id, start, end, version, shown)


def _register_and_place(wb, target: Path, client_id: int, start, end, version: int,
                        shown: dict) -> Path:
    """Save to a temporary file beside `target`, hash it, then register the version and move
    the file into place in one transaction (a failed move undoes the registration)."""
    pending = target.parent / f".~{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"
    save_workbook(wb, pending)
    try:
        digest = hashlib.sha256()
        with open(pending, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        with transaction():
            client_reports.register_version(client_id, start, end, file_name=target.name,
                                            sha256=digest.hexdigest(), figures=shown,
                                            version=version)
            try:
                os.replace(pending, target)
            except OSError as exc:
                raise UserError(_("Cannot save {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(pending)
    return target


# -- Changes since the previous version, cover, review, action plan ---------------------------
def comparable_figures(now: dict, scorecard: dict, quality: dict) -> dict:
    """{"lines": [[label, value], ...]}: the figures a version shows that the next version's
    "Changes since" compares (the Summary's, each shared KPI's account figure, the quality
    figures), rounded so that the same figure reads the same."""
    lines = [[text.strip(), _figure(now, key)] for text, key, _ in _figure_lines()]
    lines += [[f"{KPI_PREFIX}{metric_label(f['metric'])}", f["value"]]
              for f in scorecard["account"]]
    average = quality["average_score"]
    lines += [[N_("Quality: evaluations"), quality["evaluations"]],
              [N_("Quality: agents evaluated"), quality["agents"]],
              [N_("Quality: average score (%)"), average],
              [N_("Quality: evaluations with a critical fail"), quality["critical_fails"]]]
    return {"lines": [[text, round(value, 6) if isinstance(value, float) else value]
                      for text, value in lines]}


KPI_PREFIX = "KPI: "  # a shared metric's line among the figures: "KPI: AHT (Billing)"


def figure_name(tr: Translator, text: str) -> str:
    """A figure's English label (as the versions register them; indented ones keep their
    indent) in the report's language; a metric's name is kept as typed."""
    indent = text[:len(text) - len(text.lstrip())]
    text = text.strip()
    if text.startswith(KPI_PREFIX):
        return indent + tr.gettext("KPI: {metric}").format(metric=text[len(KPI_PREFIX):])
    return indent + tr.gettext(text)


def changes(previous: dict, shown: dict) -> list[tuple]:
    """(figure, previous value, this value, change or None) of each figure that differs."""
    before = dict(map(tuple, previous.get("lines", [])))
    rows = []
    for text, value in shown["lines"]:
        old = before.pop(text, None)
        if old != value:
            numbers = all(isinstance(v, int | float) for v in (old, value))
            rows.append((text, old, value, value - old if numbers else None))
    rows += [(text, old, None, None) for text, old in before.items() if old is not None]
    return rows


def _changes_sheet(wb, tr: Translator, previous: dict, version: int, shown: dict,
                   pages: dict) -> None:
    number = previous["version"]
    title = tr.gettext("Changes since v{number}").format(number=number)
    sheet = _Layout(wb, title, (46, 16, 16, 14), **pages)
    sheet.text(title, TITLE_FONT)
    sheet.text(tr.gettext("The figures of this version (v{version}) that differ from "
                          "v{number} of the same period").format(version=version, number=number),
               LABEL_FONT)
    sheet.append()
    rows = changes(previous["figures"], shown)
    if not rows:
        sheet.append([tr.gettext("No figure differs from v{number}.").format(number=number)])
        return
    headers = unique_headers([tr.gettext("Figure"), f"v{number}", f"v{version}",
                              tr.gettext("Change")])
    header_row = sheet.header(headers, ["left", "right", "right", "right"])
    for text, *values in rows:
        sheet.append((figure_name(tr, text), *values),
                     (None, "#,##0.00", "#,##0.00", "+#,##0.00;-#,##0.00;0.00"))
    add_table(sheet.ws, "tblChanges", headers, header_row, sheet.row)


LOGO_HEIGHT = 80  # pixels on the cover


def _cover_sheet(wb, tr: Translator, client: str, company: str, logo: bytes | None, start,
                 end, version: int, prepared_by: str, pages: dict) -> None:
    sheet = _Layout(wb, tr.gettext("Cover"), (22, 60), **pages)
    sheet.text(company, TITLE_FONT)
    sheet.append()
    sheet.text(tr.gettext("Client review pack"), LABEL_FONT)
    sheet.append()
    for text, value in ((tr.gettext("Client"), client),
                        (tr.gettext("Period"), period_text(tr, start, end)),
                        (tr.gettext("Version"), f"v{version}"),
                        (tr.gettext("Prepared by"), prepared_by),
                        (tr.gettext("Date prepared"), tr.long_date(dt.date.today()))):
        sheet.append([write_only_cell(sheet.ws, text, font=LABEL_FONT), value])
    sheet.append()
    sheet.append([tr.gettext("Confidential: prepared for {client}. It holds only the staff on "
                             "the {client} account and what was shared with {client}.")
                  .format(client=client)])
    if logo:
        from openpyxl.drawing.image import Image

        image = Image(io.BytesIO(logo))
        if image.height > LOGO_HEIGHT:
            image.width = round(image.width * LOGO_HEIGHT / image.height)
            image.height = LOGO_HEIGHT
        sheet.ws.add_image(image, "C1")


REVIEW_WIDTH = 100


def _review_sheet(wb, tr: Translator, client: str, start, end, narrative: dict,
                  pages: dict) -> None:
    sheet = _Layout(wb, tr.gettext("Review"), (REVIEW_WIDTH,), **pages)
    sheet.text(tr.gettext("Review of the period"), TITLE_FONT)
    sheet.text(f"{client}, {period_text(tr, start, end)}", LABEL_FONT)
    sheet.append()
    if not any(narrative.values()):
        sheet.append([tr.gettext("No review was written for this period.")])
        return
    for key, title in (("summary", tr.gettext("Summary")),
                       ("highlights", tr.gettext("Highlights")), ("risks", tr.gettext("Risks"))):
        sheet.text(title, LABEL_FONT)
        text = narrative[key] or tr.gettext("None noted.")
        sheet.append([text], alignments=(WRAP,),
                     lines=min(wrapped_lines(text, REVIEW_WIDTH), 400))
        sheet.append()


def _action_plan_sheet(tr: Translator, plan: list[tuple]) -> SheetSpec:
    _ = tr.gettext
    return SheetSpec(_("Action plan"), "tblActionPlan",
                     [Column(_("Raised from"), DATE_FORMAT, 11),
                      Column(_("Raised to"), DATE_FORMAT, 11),
                      Column(_("Action"), wrap=True), Column(_("Owner"), wrap=True),
                      Column(_("Due"), DATE_FORMAT, 11), Column(_("Status"), width=10),
                      Column(_("Closed on"), DATE_FORMAT, 11), Column(_("Note"), wrap=True),
                      Column(_("Carried forward"), width=10, center=True)],
                     plan, _("No action items for this period"),
                     print_width=READABLE_PRINT_WIDTH)


# -- Summary -----------------------------------------------------------------------------
# The feedback received from each source, a line under "Feedback received".
FROM_SOURCE = {"client": N_("from client"), "management": N_("from management"),
               "mentor": N_("from mentor"), "peer": N_("from peer"), "self": N_("from self")}


def _figure_lines() -> list[tuple[str, str, str]]:
    """(English label, figure key or source, number format) in display order."""
    lines = [(N_("Headcount on the account"), "headcount", COUNT_FORMAT),
             (N_("Average rating (1-5)"), "average_rating", RATING_FORMAT),
             (N_("Feedback received"), "feedback", COUNT_FORMAT)]
    lines += [("  " + FROM_SOURCE[source], source, COUNT_FORMAT)
              for source in FEEDBACK_SOURCE_CHOICES]
    lines += [(N_("Trainings completed"), "trainings", COUNT_FORMAT),
              (N_("Training hours"), "training_hours", HOURS_FORMAT),
              (N_("Certifications earned"), "certifications", COUNT_FORMAT),
              (N_("Recognitions"), "recognitions", COUNT_FORMAT),
              (N_("Incidents opened"), "incidents_opened", COUNT_FORMAT),
              (N_("Incidents resolved"), "incidents_resolved", COUNT_FORMAT)]
    return lines


def _figure(figures: dict, key: str):
    return figures["feedback_by_source"][key] if key in FEEDBACK_SOURCE_CHOICES else figures[key]


def _summary_sheet(wb, tr: Translator, client: str, prepared_by: str, start, end, now, before,
                   months, pages: dict):
    _ = tr.gettext
    ws = wb.create_sheet(safe_sheet_title(_("Summary"), wb.sheetnames))
    for letter, width in zip("ABCDEF", (34, 15, 16, 14, 14, 3), strict=True):
        ws.column_dimensions[letter].width = width
    print_setup(ws, pages["footer"], title_rows=None, page=pages["page"])

    def line(*values, formats=(), font=None):
        row = safe_row(ws, values, formats)
        if font is not None:
            row[0] = write_only_cell(ws, values[0], font=font)
        ws.append(row)

    line(_("Staff performance report"), font=TITLE_FONT)
    line(client, font=LABEL_FONT)
    line()
    line(_("Client"), client, font=LABEL_FONT)
    line(_("Period"), period_text(tr, start, end), font=LABEL_FONT)
    line(_("Prepared by"), prepared_by, font=LABEL_FONT)
    line(_("Date prepared"), tr.long_date(dt.date.today()), font=LABEL_FONT)
    line()
    figure_header = 9
    headers = unique_headers([_("Figure"), _("This period"), _("Previous period"),
                              _("Change")])
    ws.append(header_cells(ws, headers, ["left", "right", "right", "right"]))
    lines = _figure_lines()
    for text, key, number_format in lines:
        current, earlier = _figure(now, key), _figure(before, key)
        change = current - earlier if None not in (current, earlier) else None
        line(figure_name(tr, text), current, earlier, change,
             formats=(None, number_format, number_format, CHANGE_FORMATS[number_format]))
    add_table(ws, "tblFigures", headers, figure_header, figure_header + len(lines))
    line()
    note_row = figure_header + len(lines) + 2
    if not now["feedback"] and not now["trainings"]:
        line(_("There is no shareable feedback or completed training for this period."))
    else:
        rated = now["rated_feedback"]
        line(tr.ngettext("Ratings are averages of the {count} rated feedback entry shared with "
                         "the client in the period.",
                         "Ratings are averages of the {count} rated feedback entries shared "
                         "with the client in the period.", rated).format(count=tr.number(rated)))
    line()
    # No word of the charts here: the PDF of the pack prints this line but draws no chart.
    line(_("By month, {first} to {last} (the months of this report are marked under "
           "“{column}”)").format(first=month_label(tr, months[0][0]),
                                 last=month_label(tr, months[-1][0]), column=_("Report period")))
    month_header = note_row + 3
    month_headers = unique_headers([_("Month"), _("Average rating"), _("Rated feedback"),
                                    _("Training hours"), _("Report period")])
    ws.append(header_cells(ws, month_headers, ["left", "right", "right", "right", "center"]))
    formats = (None, RATING_FORMAT, COUNT_FORMAT, HOURS_FORMAT, None)
    alignments = (None, None, None, None, CENTER)
    for key, average, rated, hours, in_period in months:
        ws.append(safe_row(ws, (month_label(tr, key), average, rated, hours,
                                _(YES) if in_period else None), formats, alignments))
    last = month_header + len(months)
    add_table(ws, "tblMonths", month_headers, month_header, last)
    _charts(ws, tr, month_header, last,
            [index for index, row in enumerate(months) if row[-1]])


def _title(text: str) -> Title:
    """A chart title in 10 pt bold, which fits a long title on one line of a 14 cm chart
    (the default 14 pt wraps it, squeezing the plot)."""
    size = CharacterProperties(sz=1000, b=True)
    return Title(tx=Text(rich=RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=size),
                                                    r=[RegularTextRun(rPr=size, t=text)])])),
                 overlay=False)


def _fill(colour: str) -> GraphicalProperties:
    fill = GraphicalProperties(solidFill=colour)
    fill.line.solidFill = colour
    return fill


def _charts(ws, tr: Translator, header_row: int, last_row: int, period: list[int]) -> None:
    """The two charts over the month table, the months at `period` (the report's) dark and
    the others light. The dark points are data points of their own colour (a marker's colour
    Calc takes from the point's line and fill, not from the marker)."""
    categories = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
    rating = LineChart()
    rating.title = _title(tr.gettext("Average rating by month (this report's months dark)"))
    rating.y_axis.title = tr.gettext("Rating (1-5)")
    rating.y_axis.scaling.min, rating.y_axis.scaling.max = 1, 5
    rating.y_axis.majorUnit = 1
    rating.add_data(Reference(ws, min_col=2, min_row=header_row, max_row=last_row),
                    titles_from_data=True)
    rating.set_categories(categories)
    points = rating.series[0]
    points.graphicalProperties = _fill(EARLIER_COLOUR)
    points.marker = Marker("circle", size=7, spPr=_fill(EARLIER_COLOUR))
    points.dPt = [DataPoint(idx=i, marker=Marker("circle", size=7, spPr=_fill(PERIOD_COLOUR)),
                          spPr=_fill(PERIOD_COLOUR)) for i in period]
    points.smooth = False  # a curve would suggest values between the months
    rating.legend = None
    hours = BarChart()
    hours.title = _title(tr.gettext("Training hours by month (this report's months dark)"))
    hours.y_axis.title = tr.gettext("Hours")
    hours.y_axis.numFmt = "#,##0"
    hours.add_data(Reference(ws, min_col=4, min_row=header_row, max_row=last_row),
                   titles_from_data=True)
    hours.set_categories(categories)
    bars = hours.series[0]
    bars.graphicalProperties = _fill(EARLIER_COLOUR)
    bars.dPt = [DataPoint(idx=i, spPr=_fill(PERIOD_COLOUR)) for i in period]
    hours.legend = None
    for chart in (rating, hours):
        chart.height, chart.width = 7, 14
        chart.x_axis.delete = False
        chart.y_axis.delete = False
    ws.add_chart(rating, "G1")
    ws.add_chart(hours, "G16")


# -- Staff and competencies ----------------------------------------------------------------
def _staff_sheet(tr: Translator, people: list[dict], end: dt.date) -> SheetSpec:
    _ = tr.gettext
    columns = [Column(_("Employee ID")), Column(_("Name"), wrap=True),
               Column(_("Role on the account"), wrap=True), Column(_("Mentor"), wrap=True),
               Column(_("On the account since"), DATE_FORMAT, 14),
               Column(_("Tenure (years)"), "0.0", 10),
               Column(_("Average rating"), RATING_FORMAT, 10),
               Column(_("Feedback"), width=10), Column(_("Trainings completed"), width=12),
               Column(_("Training hours"), HOURS_FORMAT, 10)]
    rows = ((p["employee_id"], p["name"], p["role"], p["mentor"], p["since"],
             round((end - p["since"]).days / 365.25, 1), p["average_rating"],
             p["feedback"], p["trainings"], p["training_hours"]) for p in people)
    return SheetSpec(_("Staff"), "tblStaff", columns, rows,
                     _("No staff were assigned to this client in the period"),
                     lean=len(people) > LEAN_ROWS, print_width=READABLE_PRINT_WIDTH)


def _competency_sheet(wb, tr: Translator, people, competencies, averages, pages: dict,
                      counter) -> None:
    _ = tr.gettext
    columns = [Column(_("Employee ID")), Column(_("Name"), wrap=True)]
    columns += [Column(name, RATING_FORMAT) for name in competencies]  # headers may wrap
    columns.append(Column(_("Overall"), RATING_FORMAT, 10))
    rows = []
    for person in people:
        scores = averages.get(person["staff_id"])
        if scores:
            values = [scores.get(name) for name in competencies]
            rows.append((person["employee_id"], person["name"], *values,
                         sum(scores.values()) / len(scores)))
    sheet, = write_sheets(wb, [SheetSpec(_("Competencies"), "tblCompetencies", columns, rows,
                                         _("No competency ratings shared in this period"),
                                         print_width=READABLE_PRINT_WIDTH)],
                          **pages, progress=counter.advance)
    if rows:
        area = f"C2:{get_column_letter(len(columns))}{len(rows) + 1}"
        sheet.ws.conditional_formatting.add(area, ColorScaleRule(
            start_type="num", start_value=1, start_color="F8696B",
            mid_type="num", mid_value=3, mid_color="FFEB84",
            end_type="num", end_value=5, end_color="63BE7B"))


# -- KPI scorecard ---------------------------------------------------------------------------
NO_KPI = N_("No shareable KPI figures in this period")
NO_QUALITY = N_("No shareable quality evaluations in this period")
ATTAINMENT_FORMAT = "0.0%"
SCORE_FORMAT = "0.0%"
STATUS_LABELS = {kpis.MET: N_("Met"), kpis.WARNING: N_("Warning"),
                 kpis.BELOW: N_("Below target")}
TREND_LABELS = {"improving": N_("Improving"), "worsening": N_("Worsening"),
                "steady": N_("Steady")}
# Excel's own "light red fill with dark red text" and its yellow for the warning band.
BELOW_STYLE = {"fill": PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE"),
               "font": Font(color="9C0006")}
WARNING_STYLE = {"fill": PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C"),
                 "font": Font(color="9C5700")}
TARGET_COLOUR = "7F7F7F"


class _Layout:
    """A laid-out sheet (tables and lines one under the other, as the Summary), written row
    by row in write-only mode, counting its rows."""

    def __init__(self, wb, title: str, widths: Sequence[float], *, footer: str, page: str):
        self.ws = wb.create_sheet(safe_sheet_title(title, wb.sheetnames))
        self.widths = list(widths)
        for index, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        print_setup(self.ws, footer, title_rows=None, page=page)
        self.row = 0

    def append(self, values=(), formats=(), alignments=(), *, lines: int = 1) -> int:
        """Write a row (`lines` high); returns its number."""
        self.row += 1
        if lines > 1:  # Calc keeps the default height for wrapped text: set it
            self.ws.row_dimensions[self.row].height = LINE_HEIGHT * lines
        self.ws.append(safe_row(self.ws, values, formats, alignments))
        return self.row

    def text(self, text: str, font=None) -> int:
        return self.append([write_only_cell(self.ws, text, font=font)])

    def header(self, headers: Sequence[str], align: Sequence[str]) -> int:
        """A table's header row, tall enough for its wrapped headers; returns its number."""
        self.row += 1
        self.ws.row_dimensions[self.row].height = header_height(
            headers, [self.widths[i] if i < len(self.widths) else 8.43
                      for i in range(len(headers))])
        self.ws.append(header_cells(self.ws, headers, align))
        return self.row


def value_format(metric: dict) -> str:
    """A metric's number format: its decimals, and its unit where the number needs one."""
    digits = "#,##0" + ("." + "0" * metric["decimals"] if metric["decimals"] else "")
    return digits + {"seconds": '" s"', "percent": '"%"'}.get(metric["unit"], "")


def metric_label(metric: dict) -> str:
    """"AHT", or "AHT (Billing)" for a metric of one line of business."""
    line = metric["line_of_business"]
    return f"{metric['name']} ({line})" if line else metric["name"]


def _status_formats(tr: Translator, ws, area: str, status_cell: str) -> None:
    """Below-target and warning figures coloured by the row's status, whichever way the
    metric's better: conditional formats, so they follow the rows when a reader sorts."""
    for status, style in ((kpis.BELOW, BELOW_STYLE), (kpis.WARNING, WARNING_STYLE)):
        text = tr.gettext(STATUS_LABELS[status]).replace('"', '""')
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'{status_cell}="{text}"'],
                                                        stopIfTrue=True, **style))


def _judged_cells(tr: Translator, ws, metric: dict, figure: dict,
                  styles: dict | None = None) -> list:
    """Target, value, attainment and status of a figure, each in its metric's format.
    `styles`: a dict the caller keeps for the sheet, which holds each format's cell styles
    once made (a sheet of agents makes tens of thousands of rows of a few metrics)."""
    number = value_format(metric)
    formats = (number, number, ATTAINMENT_FORMAT, None)
    columns = None if styles is None else styles.get(number)
    if columns is None:
        columns = column_styles(ws, formats, JUDGED_ALIGNMENTS)
        if styles is not None:
            styles[number] = columns
    status = STATUS_LABELS.get(figure["status"])
    row = safe_row(ws, (metric["target"], figure["value"], figure["attainment"],
                        status and tr.gettext(status)), formats, JUDGED_ALIGNMENTS, columns)
    # An empty figure is a styled empty cell all the same.
    return [write_only_cell(ws, None, formats[i], alignment=JUDGED_ALIGNMENTS[i])
            if value is None else value for i, value in enumerate(row)]


JUDGED_ALIGNMENTS = (TOP, TOP, TOP, CENTER_TOP)


def _trend(tr: Translator, trend: str | None) -> str | None:
    words = TREND_LABELS.get(trend)
    return words and tr.gettext(words)


def _team(tr: Translator, team: str) -> str:
    """A team's name as typed; the groups of agents without one, or no longer on the
    account, in the report's language."""
    return tr.gettext(team) if team in (client_data.NO_TEAM, client_data.LEFT_ACCOUNT) \
        else team


def _kpi_sheet(wb, tr: Translator, client: str, start, end, scorecard: dict,
               pages: dict) -> None:
    """Account and team figures of each shareable metric against target; on a page of its
    own the account's attainment by month (a table and a chart); or one line when nothing
    was shared."""
    metrics = scorecard["metrics"]
    widths = [32, 16, *[13] * max(len(metrics) + 1, 5)]
    widths[len(metrics) + 2] = 16  # the month table's "Report period" on one line
    _ = tr.gettext
    sheet = _Layout(wb, _("KPI scorecard"), widths, **pages)
    sheet.text(_("KPI scorecard"), TITLE_FONT)
    sheet.text(_("{client}: shared metrics, {period}").format(
        client=client, period=period_text(tr, start, end)), LABEL_FONT)
    sheet.append()
    if all(figure["value"] is None for figure in scorecard["account"]):
        sheet.append([_(NO_KPI)])
        return
    ws = sheet.ws
    judged = ["right", "right", "right", "center"]
    styles: dict = {}  # see _judged_cells()

    headers = unique_headers([_("Metric"), _("Better when"), _("Target"), _("Account"),
                              _("Attainment"), _("Status"), _("Trend")])
    first = sheet.header(headers, ["left", "left", *judged, "left"]) + 1
    for figure in scorecard["account"]:
        metric = figure["metric"]
        sheet.append([metric_label(metric), _(label(metric["better"])),
                      *_judged_cells(tr, ws, metric, figure, styles), _trend(tr, figure["trend"])])
    add_table(ws, "tblKpiAccount", headers, first - 1, sheet.row)
    _status_formats(tr, ws, f"D{first}:F{sheet.row}", f"$F{first}")
    sheet.append()
    sheet.append([_("Account: every agent's values of the period counted together, as the "
                    "contract counts them (a weighted metric by its weight, such as handled "
                    "contacts).")])
    sheet.append()

    headers = unique_headers([_("Metric"), _("Team"), _("Target"), _("Value"),
                              _("Attainment"), _("Status"), _("Agents")])
    first = sheet.header(headers, ["left", "left", *judged, "right"]) + 1
    for figure in scorecard["teams"]:
        metric = figure["metric"]
        sheet.append([metric_label(metric), _team(tr, figure["team"]),
                      *_judged_cells(tr, ws, metric, figure, styles), figure["agents"]],
                     (None,) * 6 + (COUNT_FORMAT,))
    add_table(ws, "tblKpiTeams", headers, first - 1, sheet.row)
    _status_formats(tr, ws, f"D{first}:F{sheet.row}", f"$F{first}")
    ws.row_breaks.append(Break(id=sheet.row))

    months = scorecard["months"]
    sheet.text(_("Account attainment by month, {first} to {last} (100% = on target)").format(
        first=month_label(tr, months[0][0]), last=month_label(tr, months[-1][0])), LABEL_FONT)
    headers = unique_headers([_("Month"), *map(metric_label, metrics), _("Target"),
                              _("Report period")])
    header_row = sheet.header(headers, ["left", *["right"] * (len(metrics) + 1), "center"])
    formats = (None, *[ATTAINMENT_FORMAT] * len(metrics), "0%", None)
    alignments = (None,) * (len(metrics) + 2) + (CENTER,)
    for key, in_period, attainments in months:
        sheet.append((month_label(tr, key), *attainments, 1, _(YES) if in_period else None),
                     formats, alignments)
    add_table(ws, "tblKpiMonths", headers, header_row, sheet.row)
    for index, metric in enumerate(metrics, start=2):
        _attainment_formats(ws, f"{get_column_letter(index)}{header_row + 1}:"
                                f"{get_column_letter(index)}{sheet.row}", metric)
    _attainment_chart(ws, tr, header_row, sheet.row, len(metrics), f"A{sheet.row + 2}")


# Below this an attainment shows as less than 100.0% (ATTAINMENT_FORMAT): a month that reads
# 100.0% is not marked as missing its target.
SHOWN_BELOW_TARGET = 0.9995


def _attainment_formats(ws, area: str, metric: dict) -> None:
    """A month's attainment coloured as its status would be: below the warning threshold's
    attainment red, between it and 100% yellow (red below 100% without a warning)."""
    warning = metric["warning"]
    floor = (None if warning is None
             else kpis.attainment(warning, kpi.as_metric(metric)))
    if floor is not None and not math.isfinite(floor):
        floor = None
    if floor is not None:
        ws.conditional_formatting.add(area, CellIsRule(
            operator="lessThan", formula=[repr(floor)], stopIfTrue=True, **BELOW_STYLE))
    ws.conditional_formatting.add(area, CellIsRule(
        operator="lessThan", formula=[repr(SHOWN_BELOW_TARGET)],
        **(BELOW_STYLE if floor is None else WARNING_STYLE)))


def _attainment_chart(ws, tr: Translator, header_row: int, last_row: int, metrics: int,
                      anchor: str) -> None:
    """A line per metric of the month table, and the target (100%) dashed."""
    chart = LineChart()
    chart.title = tr.gettext("Attainment by month")
    chart.y_axis.title = tr.gettext("Attainment")
    chart.y_axis.numFmt = "0%"
    chart.add_data(Reference(ws, min_col=2, max_col=metrics + 2, min_row=header_row,
                             max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    for series in chart.series[:-1]:
        series.marker = Marker("circle", size=6)
        series.smooth = False  # a curve would suggest values between the months
    target = chart.series[-1]
    target.graphicalProperties = GraphicalProperties()
    target.graphicalProperties.line.solidFill = TARGET_COLOUR
    target.graphicalProperties.line.dashStyle = "dash"
    target.marker = Marker("none")
    target.smooth = False
    chart.legend.position = "b"
    chart.height, chart.width = 8, 20
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, anchor)


def _kpi_agent_sheet(wb, tr: Translator, agents: list[dict], pages: dict, counter) -> None:
    """Each agent's figure of each shared metric in the period, against target."""
    _ = tr.gettext
    columns = [Column(_("Employee ID"), width=13), Column(_("Name"), wrap=True),
               Column(_("Team"), wrap=True), Column(_("Metric"), wrap=True),
               Column(_("Target"), "General", 11), Column(_("Value"), "General", 11),
               Column(_("Attainment"), ATTAINMENT_FORMAT, 11),
               Column(_("Status"), width=13, center=True), Column(_("Trend"), width=11)]
    sheet = TableSheet(wb, _("KPI by agent"), columns, table_name="tblKpiAgents", **pages,
                       print_width=READABLE_PRINT_WIDTH)
    lean = len(agents) > LEAN_ROWS
    styles: dict = {}  # see _judged_cells()
    rows = (_lean_agent_rows(tr, sheet.ws, agents) if lean else
            ((agent["employee_id"], agent["name"], _team(tr, agent["team"]),
              metric_label(agent["metric"]),
              *_judged_cells(tr, sheet.ws, agent["metric"], agent, styles),
              _trend(tr, agent["trend"]))
             for agent in agents))
    written = sheet.write(rows, empty_text=_(NO_KPI), progress=counter.advance, lean=lean,
                          made_safe=lean)
    if written:
        _status_formats(tr, sheet.ws, f"F2:H{written + 1}", "$H2")


def _lean_agent_rows(tr: Translator, ws, agents: list[dict]):
    """The rows of a lean KPI by agent sheet, each made safe once, whole, in its metric's
    formats: the cells `_judged_cells()` and then the sheet's own pass made of it, without
    the second pass (a large account has tens of thousands of rows)."""
    made: dict[int, tuple] = {}  # metric id: label, formats, alignments, column styles
    for agent in agents:
        metric = agent["metric"]
        known = made.get(metric["id"])
        if known is None:
            number = value_format(metric)
            formats = (None,) * 4 + (number, number, ATTAINMENT_FORMAT, None, None)
            alignments = (None,) * 4 + JUDGED_ALIGNMENTS + (None,)
            known = made[metric["id"]] = (metric_label(metric), formats, alignments,
                                          column_styles(ws, formats, alignments))
        name, formats, alignments, styles = known
        status = STATUS_LABELS.get(agent["status"])
        row = safe_row(ws, (agent["employee_id"], agent["name"], _team(tr, agent["team"]),
                            name, metric["target"], agent["value"], agent["attainment"],
                            status and tr.gettext(status), _trend(tr, agent["trend"])),
                       formats, alignments, styles)
        for index in range(4, 8):  # an empty figure is a styled empty cell all the same
            if row[index] is None:
                row[index] = write_only_cell(ws, None, formats[index],
                                             alignment=alignments[index])
        yield row


# -- Quality -----------------------------------------------------------------------------
def _quality_sheet(wb, tr: Translator, client: str, start, end, quality: dict,
                   pages: dict) -> None:
    """The shareable evaluations' figures, the items failed most and the calibrations'
    spread per item, or one line when there is none of them."""
    _ = tr.gettext
    sheet = _Layout(wb, _("Quality"), (46, 18, 15, 24), **pages)  # headers on one line
    sheet.text(_("Quality"), TITLE_FONT)
    sheet.text(_("{client}: shared evaluations of interactions from {start} to {end}").format(
        client=client, start=tr.long_date(start), end=tr.long_date(end)), LABEL_FONT)
    sheet.append()
    calibration = quality["calibration"]
    count = quality["evaluations"]
    if not count and not calibration["sessions"]:
        sheet.append([_(NO_QUALITY)])
        return

    def share(part, whole):
        return part / whole if whole else None

    headers = unique_headers([_("Figure"), _("This period")])
    header_row = sheet.header(headers, ["left", "right"])
    average = quality["average_score"]
    for text, value, number_format in (
            (_("Evaluations"), count, COUNT_FORMAT),
            (_("Agents evaluated"), quality["agents"], COUNT_FORMAT),
            (_("Average score"), None if average is None else average / 100, SCORE_FORMAT),
            (_("Evaluations with a critical fail"), quality["critical_fails"], COUNT_FORMAT),
            (_("Share with a critical fail"), share(quality["critical_fails"], count),
             SCORE_FORMAT),
            (_("Calibration sessions"), calibration["sessions"], COUNT_FORMAT),
            (_("Evaluators' average distance from the expert (points)"),
             calibration["average_distance"], "0.0")):
        sheet.append([text, value], (None, number_format))
    add_table(sheet.ws, "tblQualityFigures", headers, header_row, sheet.row)
    sheet.append()

    def item_table(title, table_name, headers, rows, empty):
        sheet.text(title, LABEL_FONT)
        if not rows:
            sheet.append([empty])
            return
        headers = unique_headers(headers)
        header_row = sheet.header(headers, ["left", "left", "right", "right"])
        for section, text, *figures in rows:
            lines = max(wrapped_lines(text, sheet.widths[0]),
                        wrapped_lines(section, sheet.widths[1]))
            sheet.append([text, section, *figures], (None, None, COUNT_FORMAT, "0%"),
                         (WRAP, WRAP, TOP, TOP) if lines > 1 else (), lines=lines)
        add_table(sheet.ws, table_name, headers, header_row, sheet.row)

    item_table(_("Items failed most"), "tblFailedItems",
               [_("Item"), _("Section"), _("Times failed"), _("Share of evaluations")],
               [(section, text, times, share(times, count))
                for section, text, times in quality["failed"]],
               _("No item was failed in the shared evaluations of this period"))
    sheet.append()
    item_table(_("Calibration: how far the evaluators' answers differ, per item"),
               "tblCalibration", [_("Item"), _("Section"), _("Sessions"), _("Average spread")],
               calibration["items"], _("No calibration sessions in this period"))
    if calibration["items"]:
        sheet.append([_("Spread 0%: all gave the expert's credit; 100%: one gave full credit, "
                        "another none.")])


def _evaluation_sheet(tr: Translator, client_id: int, start, end, quality: dict) -> SheetSpec:
    _ = tr.gettext
    return SheetSpec(_("Evaluations"), "tblEvaluations",
                     [Column(_("Date"), DATE_FORMAT, 11), Column(_("Employee ID")),
                      Column(_("Name"), wrap=True), Column(_("Scorecard"), wrap=True),
                      Column(_("Interaction ID")), Column(_("Channel")),
                      Column(_("Score"), SCORE_FORMAT, 9),
                      Column(_("Critical fail"), center=True)],
                     client_data.evaluation_rows(client_id, start, end, tr),
                     _("No shareable evaluations in this period"),
                     lean=quality["evaluations"] > LEAN_ROWS,
                     print_width=READABLE_PRINT_WIDTH)


def _critical_formats(tr: Translator, sheet) -> None:
    """An evaluation with a critical fail: its score and the "Yes" in red."""
    if sheet.rows:
        yes = tr.gettext(YES).replace('"', '""')
        sheet.ws.conditional_formatting.add(
            f"G2:H{sheet.rows + 1}", FormulaRule(formula=[f'$H2="{yes}"'], **BELOW_STYLE))


# -- Details -------------------------------------------------------------------------------
def _detail_sheets(tr: Translator, client_id, start, end, figures):
    _ = tr.gettext
    who = [Column(_("Employee ID")), Column(_("Name"), wrap=True)]
    feedback = client_data.feedback_rows(client_id, start, end, tr)  # as the sheet shows them
    yield SheetSpec(_("Feedback"), "tblFeedback",
                    [Column(_("Date"), DATE_FORMAT, 11), *who, Column(_("Source")),
                     Column(_("Kind")), Column(_("From"), wrap=True),
                     Column(_("Rating"), width=8, center=True),
                     Column(_("Strengths"), wrap=True), Column(_("To improve"), wrap=True),
                     Column(_("Comment"), wrap=True)],
                    feedback, _(NO_DATA), lean=figures["feedback"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    training = client_data.training_rows(client_id, start, end, tr)
    yield SheetSpec(_("Training"), "tblTraining",
                    [Column(_("Completed on"), DATE_FORMAT, 12), *who,
                     Column(_("Program"), wrap=True), Column(_("Type")),
                     Column(_("Provider"), wrap=True), Column(_("Hours"), HOURS_FORMAT, 8),
                     Column(_("Score"), "0.0", 8), Column(_("Valid until"), DATE_FORMAT, 12)],
                    training, _(NO_DATA), lean=figures["trainings"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    recognition = client_data.recognition_rows(client_id, start, end, tr)
    yield SheetSpec(_("Recognition"), "tblRecognition",
                    [Column(_("Date"), DATE_FORMAT, 11), *who, Column(_("Source")),
                     Column(_("From"), wrap=True),
                     Column(_("Recognition"), wrap=True), Column(_("Strengths"), wrap=True)],
                    recognition, _(NO_DATA), lean=figures["recognitions"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    resolved_word, open_word = _("Resolved"), _("Open")
    incidents = ((day, emp, f"{first} {last}", comment, lesson, action, follow_up,
                  *((resolved, resolved_word) if resolved and resolved <= end
                    else (None, open_word)))
                 for day, emp, first, last, comment, lesson, action, follow_up, resolved
                 in client_data.incident_rows(client_id, start, end))
    yield SheetSpec(_("Incidents"), "tblIncidents",
                    [Column(_("Date"), DATE_FORMAT, 11), *who,
                     Column(_("What happened"), wrap=True),
                     Column(_("Lesson learned"), wrap=True),
                     Column(_("Corrective action"), wrap=True),
                     Column(_("Follow-up"), DATE_FORMAT, 11),
                     Column(_("Resolved on"), DATE_FORMAT, 11),
                     Column(_("Status"), None, 9)],
                    incidents, _(NO_DATA), lean=figures["incidents_opened"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)
