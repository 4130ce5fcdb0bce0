"""The client report: how the staff on one client's account did in a period.

Sheets: Summary (figures against the previous period of the same length; a table and two
charts of the last 12 months up to the period's end, its months marked), Staff,
Competencies, Feedback, Training, Recognition, Incidents. Everything it shows comes from
`client_data`, which holds the confidentiality rules.

The detail sheets print fitted to the page's width at a readable size: their columns are
narrowed to `READABLE_PRINT_WIDTH` and long text wraps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.marker import DataPoint, Marker
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter

from mentorapp.db import read_snapshot
from mentorapp.errors import ValidationError
from mentorapp.excel import client_data
from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import (
    DATE_FORMAT,
    check_target,
    discarded_on_error,
    safe_row,
    safe_sheet_title,
    save_workbook,
    write_only_cell,
)
from mentorapp.excel.sheets import (
    CENTER,
    LABEL_FONT,
    READABLE_PRINT_WIDTH,
    TITLE_FONT,
    Column,
    SheetSpec,
    add_table,
    header_cells,
    print_setup,
    unique_headers,
    write_sheets,
)
from mentorapp.models import FEEDBACK_SOURCE_CHOICES, label
from mentorapp.services import clients, settings

RATING_FORMAT = "0.00"
HOURS_FORMAT = "#,##0.0"
COUNT_FORMAT = "#,##0"
CHANGE_FORMATS = {COUNT_FORMAT: "+#,##0;-#,##0;0", HOURS_FORMAT: "+#,##0.0;-#,##0.0;0.0",
                  RATING_FORMAT: "+0.00;-0.00;0.00"}
NO_DATA = "No data for this period"
# English names, not strftime's: the GUI runs under the user's locale (Qt sets it).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
PERIOD_COLOUR, EARLIER_COLOUR = "1F4E79", "A9C4E0"  # charts: the report's months, the others
LEAN_ROWS = 5_000  # detail sheets longer than this stream without wrapping and alignment


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("to", f"the period ends on {end.isoformat()}, before it starts "
                              f"on {start.isoformat()}")


def long_date(day: dt.date) -> str:
    """"1 May 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_label(key: str) -> str:
    """"May 2026" for "2026-05"."""
    return f"{MONTHS[int(key[5:]) - 1][:3]} {key[:4]}"


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same number of days that ends the day before `start`."""
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def export_client_report(client: str, start: dt.date, end: dt.date, out: Path | str, *,
                         progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the report for the client named `client` over `start`..`end` (inclusive)."""
    check_period(start, end)
    with read_snapshot():
        record = clients.by_name(client)
        check_target(out)
        client_id, name = record["id"], record["name"]
        company = settings.get("company_name")
        now = client_data.figures(client_id, start, end)
        before = client_data.figures(client_id, *previous_period(start, end))
        people = client_data.staff_rows(client_id, start, end)
        counter = ProgressCounter(progress, len(people) * 2 + now["feedback"] + now["trainings"]
                                  + now["recognitions"] + now["incidents_opened"])
        footer = f"Confidential - prepared for {name}"

        wb = Workbook(write_only=True)
        wb.properties.title = f"{name}: staff report {start.isoformat()} to {end.isoformat()}"
        wb.properties.creator = company
        wb.properties.lastModifiedBy = company
        with discarded_on_error(wb):
            _summary_sheet(wb, name, company, start, end, now, before,
                           client_data.trend(client_id, start, end), footer)
            write_sheets(wb, [_staff_sheet(people, end)], footer=footer,
                         progress=counter.advance)
            _competency_sheet(wb, people,
                              *client_data.competency_averages(client_id, start, end),
                              footer, counter)
            write_sheets(wb, _detail_sheets(client_id, start, end, now), footer=footer,
                         progress=counter.advance)
            counter.finish()
    return save_workbook(wb, out)


# -- Summary -----------------------------------------------------------------------------
def _figure_lines() -> list[tuple[str, str, str]]:
    """(label, figure key or source, number format) in display order."""
    lines = [("Headcount on the account", "headcount", COUNT_FORMAT),
             ("Average rating (1-5)", "average_rating", RATING_FORMAT),
             ("Feedback received", "feedback", COUNT_FORMAT)]
    lines += [(f"  from {label(source).lower()}", source, COUNT_FORMAT)
              for source in FEEDBACK_SOURCE_CHOICES]
    lines += [("Trainings completed", "trainings", COUNT_FORMAT),
              ("Training hours", "training_hours", HOURS_FORMAT),
              ("Certifications earned", "certifications", COUNT_FORMAT),
              ("Recognitions", "recognitions", COUNT_FORMAT),
              ("Incidents opened", "incidents_opened", COUNT_FORMAT),
              ("Incidents resolved", "incidents_resolved", COUNT_FORMAT)]
    return lines


def _figure(figures: dict, key: str):
    return figures["feedback_by_source"][key] if key in FEEDBACK_SOURCE_CHOICES else figures[key]


def _summary_sheet(wb, client: str, company: str, start, end, now, before, months, footer):
    ws = wb.create_sheet(safe_sheet_title("Summary", wb.sheetnames))
    for letter, width in zip("ABCDEF", (34, 15, 16, 14, 14, 3), strict=True):
        ws.column_dimensions[letter].width = width
    print_setup(ws, footer, title_rows=None)

    def line(*values, formats=(), font=None):
        row = safe_row(ws, values, formats)
        if font is not None:
            row[0] = write_only_cell(ws, values[0], font=font)
        ws.append(row)

    line("Staff performance report", font=TITLE_FONT)
    line(client, font=LABEL_FONT)
    line()
    line("Client", client, font=LABEL_FONT)
    line("Period", f"{long_date(start)} to {long_date(end)}", font=LABEL_FONT)
    line("Prepared by", company, font=LABEL_FONT)
    line("Date prepared", long_date(dt.date.today()), font=LABEL_FONT)
    line()
    figure_header = 9
    headers = unique_headers(["Figure", "This period", "Previous period", "Change"])
    ws.append(header_cells(ws, headers, ["left", "right", "right", "right"]))
    lines = _figure_lines()
    for text, key, number_format in lines:
        current, earlier = _figure(now, key), _figure(before, key)
        change = current - earlier if None not in (current, earlier) else None
        line(text, current, earlier, change,
             formats=(None, number_format, number_format, CHANGE_FORMATS[number_format]))
    add_table(ws, "tblFigures", headers, figure_header, figure_header + len(lines))
    line()
    note_row = figure_header + len(lines) + 2
    if not now["feedback"] and not now["trainings"]:
        line("There is no shareable feedback or completed training for this period.")
    else:
        line(f"Ratings are averages of the {now['rated_feedback']:,} rated feedback entries "
             "shared with the client in the period.")
    line()
    line(f"By month, {month_label(months[0][0])} to {month_label(months[-1][0])} "
         "(the months of this report are marked, and dark in the charts)")
    month_header = note_row + 3
    month_headers = unique_headers(["Month", "Average rating", "Rated feedback",
                                    "Training hours", "Report period"])
    ws.append(header_cells(ws, month_headers, ["left", "right", "right", "right", "center"]))
    formats = (None, RATING_FORMAT, COUNT_FORMAT, HOURS_FORMAT, None)
    alignments = (None, None, None, None, CENTER)
    for key, average, rated, hours, in_period in months:
        ws.append(safe_row(ws, (month_label(key), average, rated, hours,
                                "Yes" if in_period else None), formats, alignments))
    last = month_header + len(months)
    add_table(ws, "tblMonths", month_headers, month_header, last)
    _charts(ws, month_header, last, [index for index, row in enumerate(months) if row[-1]])


def _fill(colour: str) -> GraphicalProperties:
    fill = GraphicalProperties(solidFill=colour)
    fill.line.solidFill = colour
    return fill


def _charts(ws, header_row: int, last_row: int, period: list[int]) -> None:
    """The two charts over the month table, the months at `period` (the report's) dark and
    the others light. The dark points are data points of their own colour (a marker's colour
    Calc takes from the point's line and fill, not from the marker)."""
    categories = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
    rating = LineChart()
    rating.title = "Average rating by month"
    rating.y_axis.title = "Rating (1-5)"
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
    hours.title = "Training hours by month"
    hours.y_axis.title = "Hours"
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
def _staff_sheet(people: list[dict], end: dt.date) -> SheetSpec:
    columns = [Column("Employee ID"), Column("Name", wrap=True),
               Column("Role on the account", wrap=True), Column("Mentor", wrap=True),
               Column("On the account since", DATE_FORMAT, 14),
               Column("Tenure (years)", "0.0", 10),
               Column("Average rating", RATING_FORMAT, 10),
               Column("Feedback", width=10), Column("Trainings completed", width=12),
               Column("Training hours", HOURS_FORMAT, 10)]
    rows = ((p["employee_id"], p["name"], p["role"], p["mentor"], p["since"],
             round((end - p["since"]).days / 365.25, 1), p["average_rating"],
             p["feedback"], p["trainings"], p["training_hours"]) for p in people)
    return SheetSpec("Staff", "tblStaff", columns, rows,
                     "No staff were assigned to this client in the period",
                     lean=len(people) > LEAN_ROWS, print_width=READABLE_PRINT_WIDTH)


def _competency_sheet(wb, people, competencies, averages, footer, counter) -> None:
    columns = [Column("Employee ID"), Column("Name", wrap=True)]
    columns += [Column(name, RATING_FORMAT) for name in competencies]  # headers may wrap
    columns.append(Column("Overall", RATING_FORMAT, 10))
    rows = []
    for person in people:
        scores = averages.get(person["staff_id"])
        if scores:
            values = [scores.get(name) for name in competencies]
            rows.append((person["employee_id"], person["name"], *values,
                         sum(scores.values()) / len(scores)))
    sheet, = write_sheets(wb, [SheetSpec("Competencies", "tblCompetencies", columns, rows,
                                         "No competency ratings shared in this period",
                                         print_width=READABLE_PRINT_WIDTH)],
                          footer=footer, progress=counter.advance)
    if rows:
        area = f"C2:{get_column_letter(len(columns))}{len(rows) + 1}"
        sheet.ws.conditional_formatting.add(area, ColorScaleRule(
            start_type="num", start_value=1, start_color="F8696B",
            mid_type="num", mid_value=3, mid_color="FFEB84",
            end_type="num", end_value=5, end_color="63BE7B"))


# -- Details -------------------------------------------------------------------------------
def _detail_sheets(client_id, start, end, figures):
    who = [Column("Employee ID"), Column("Name", wrap=True)]
    feedback = client_data.feedback_rows(client_id, start, end)  # as the sheet shows them
    yield SheetSpec("Feedback", "tblFeedback",
                    [Column("Date", DATE_FORMAT, 11), *who, Column("Source"), Column("Kind"),
                     Column("From", wrap=True), Column("Rating", width=8, center=True),
                     Column("Strengths", wrap=True), Column("To improve", wrap=True),
                     Column("Comment", wrap=True)],
                    feedback, NO_DATA, lean=figures["feedback"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    training = client_data.training_rows(client_id, start, end)
    yield SheetSpec("Training", "tblTraining",
                    [Column("Completed on", DATE_FORMAT, 12), *who,
                     Column("Program", wrap=True), Column("Type"),
                     Column("Provider", wrap=True), Column("Hours", HOURS_FORMAT, 8),
                     Column("Score", "0.0", 8), Column("Valid until", DATE_FORMAT, 12)],
                    training, NO_DATA, lean=figures["trainings"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    recognition = client_data.recognition_rows(client_id, start, end)
    yield SheetSpec("Recognition", "tblRecognition",
                    [Column("Date", DATE_FORMAT, 11), *who, Column("Source"),
                     Column("From", wrap=True),
                     Column("Recognition", wrap=True), Column("Strengths", wrap=True)],
                    recognition, NO_DATA, lean=figures["recognitions"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)

    incidents = ((day, emp, f"{first} {last}", comment, lesson, action, follow_up,
                  *((resolved, "Resolved") if resolved and resolved <= end else (None, "Open")))
                 for day, emp, first, last, comment, lesson, action, follow_up, resolved
                 in client_data.incident_rows(client_id, start, end))
    yield SheetSpec("Incidents", "tblIncidents",
                    [Column("Date", DATE_FORMAT, 11), *who, Column("What happened", wrap=True),
                     Column("Lesson learned", wrap=True),
                     Column("Corrective action", wrap=True),
                     Column("Follow-up", DATE_FORMAT, 11), Column("Resolved on", DATE_FORMAT, 11),
                     Column("Status", None, 9)],
                    incidents, NO_DATA, lean=figures["incidents_opened"] > LEAN_ROWS,
                    print_width=READABLE_PRINT_WIDTH)
