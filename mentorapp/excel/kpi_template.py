"""The KPI values template for one client: Employee ID, Date, Period, a column per metric of
the client (wide format) and the weight columns its weighted metrics name.

Confidentiality: it goes to the client's workforce team, so it names that client's metrics
only, and lists no staff.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from mentorapp.db import read_snapshot
from mentorapp.errors import UserError
from mentorapp.excel.importing.kpi import kpi_columns
from mentorapp.excel.safe_cells import save_workbook, write_cell
from mentorapp.excel.sheets import TITLE_FONT, WRAP, print_setup
from mentorapp.excel.templates import LISTS_SHEET, PRINTED_ROWS, _write_data_sheet
from mentorapp.services import clients, kpi
from mentorapp.translations import _


def write_kpi_template(out: str | os.PathLike, client: str | None) -> Path:
    if not client:
        raise UserError(_("A KPI template is made for one client: name it with --client"))
    with read_snapshot():
        record = clients.by_name(client)
        metrics = kpi.list(record["id"])
    if not metrics:
        raise UserError(_("{client} has no KPI metrics yet: define them with `kpi define` "
                          "first").format(client=record["name"]))
    names = list(dict.fromkeys(m["name"] for m in metrics))
    weights = list(dict.fromkeys(m["weight_column"] for m in metrics if m["weight_column"]))
    columns = kpi_columns(names, weights)
    wb = Workbook()
    data = wb.active
    data.title = "KPI values"
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _write_data_sheet(data, lists, columns, {}, [])
    footer = f"MentorApp KPI values import - {record['name']}"
    print_setup(data, footer)
    data.print_area = f"A1:{get_column_letter(len(columns))}{PRINTED_ROWS}"
    notes = wb.create_sheet("Instructions", 1)
    write_cell(notes, 1, 1, f"How to fill in the KPI values sheet for {record['name']}"
               ).font = TITLE_FONT
    lines = [
        "One row per person and date: the Employee ID, the date, and the figure of each "
        "metric (leave a metric empty when there is none).",
        "Period: day (the default), week or month; the date may be any day of that week "
        "(weeks start on Monday) or month.",
        "Importing the same dates again replaces the figures of those dates.",
        "The whole file is checked before anything is imported: if any row has a problem, "
        "nothing is imported and every problem is listed by row and column.",
        "",
        "Metrics:",
        *(f"{m['name']}{' (' + m['line_of_business'] + ')' if m['line_of_business'] else ''}: "
          f"{m['unit']}, {m['better']} is better, target {m['target']:g}"
          + (f", weighted by the {m['weight_column']} column (required with it)"
             if m["weight_column"] else "")
          for m in metrics),
    ]
    for row, line in enumerate(lines, 3):
        write_cell(notes, row, 1, line).alignment = WRAP
    notes.column_dimensions["A"].width = 100
    print_setup(notes, footer, title_rows=None)
    wb.active = 0
    return save_workbook(wb, out)
