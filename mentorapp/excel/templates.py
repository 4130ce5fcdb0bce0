"""Blank import workbooks to fill in: the data sheet first (the one the import reads), an
instructions sheet, and a hidden sheet holding the dropdown lists.

The data sheet has the import's header row (frozen), a dropdown on every column with fixed
choices (status, source, kind, visibility, funded by, ratings 1-5) and on the client and
program columns (names from the database; other values are allowed with a warning, so a
roster can name a new client for `--create-clients`), and date formats on date columns. A
feedback form made for one client lists that client's current staff, ready to rate, and
nothing about any other client (see `template_data`, which holds the rules).
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from mentorapp.db import read_snapshot
from mentorapp.errors import UserError
from mentorapp.excel import template_data
from mentorapp.excel.importing.common import Column
from mentorapp.excel.safe_cells import DATE_FORMAT, save_workbook, write_cell
from mentorapp.excel.sheets import HEADER_FILL, HEADER_FONT, TITLE_FONT, WRAP, print_setup
from mentorapp.translations import _

KINDS = ("staff", "training", "feedback", "kpi", "roles")
SHEET_TITLES = {"staff": "Staff", "training": "Training", "feedback": "Feedback",
                "roles": "Roles"}
# Rows of the data sheet that get dropdowns and date formats.
FORM_ROWS = 2_000
PRINTED_ROWS = 40  # a printed blank form shows this many rows
LISTS_SHEET = "Lists"
# Dropdowns that also accept names not listed (a role's next role may be a role of the file).
_OPEN_LISTS = ("client", "program", "next_role", "requirement")
LABEL_FONT = Font(name="Calibri", bold=True)


def write_template(kind: str, out: str | os.PathLike, *, client: str | None = None) -> Path:
    """Write the blank `kind` workbook to `out` (.xlsx); `client` (feedback only) makes a
    form for that client with its current staff listed."""
    if kind not in KINDS:
        raise UserError(_("Unknown template {kind}: choose {kinds}").format(
            kind=repr(kind), kinds=", ".join(KINDS)))
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(_("Templates are Excel workbooks: name the file .xlsx, not {name}").format(
            name=repr(out.name)))
    if kind == "kpi":  # its columns are the client's metrics
        from mentorapp.excel.kpi_template import write_kpi_template

        return write_kpi_template(out, client)
    if client is not None and kind != "feedback":
        raise UserError(_("--client is only for feedback templates"))
    with read_snapshot():
        columns = template_data.columns(kind)
        choices, rows = (template_data.client_form(client) if client
                         else (template_data.all_clients(), []))
        if kind == "roles":
            choices = {**choices, **template_data.role_words()}
    wb = Workbook()
    data = wb.active
    data.title = SHEET_TITLES[kind]
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _write_data_sheet(data, lists, columns, choices, rows)
    footer = f"MentorApp {kind} import" + (f" - {client}" if client else "")
    print_setup(data, footer)
    data.print_area = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, PRINTED_ROWS)}"
    instructions = wb.create_sheet("Instructions", 1)
    _write_instructions(instructions, kind, columns, client)
    print_setup(instructions, footer, title_rows=None)
    wb.active = 0
    return save_workbook(wb, out)


def _write_data_sheet(ws, lists, columns: list[Column], choices: dict[str, list[str]],
                      rows: list[dict]) -> None:
    last_row = max(FORM_ROWS, len(rows) + 1)
    list_column = 0
    for index, column in enumerate(columns, 1):
        cell = write_cell(ws, 1, index, column.header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(12, min(40, len(column.header) + 4))
        if column.kind == "date":
            for row in range(2, last_row + 1):
                ws.cell(row=row, column=index).number_format = DATE_FORMAT
        words = list(column.choices) or choices.get(column.key, [])
        if words or column.key in _OPEN_LISTS:
            list_column += 1
            _add_dropdown(ws, lists, list_column, column, words,
                          f"{letter}2:{letter}{last_row}")
    for row_number, values in enumerate(rows, 2):
        for index, column in enumerate(columns, 1):
            if column.key in values:
                write_cell(ws, row_number, index, values[column.key])
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30


def _add_dropdown(ws, lists, list_column: int, column: Column, words: list[str],
                  cells: str) -> None:
    """A list dropdown fed from a column of the hidden lists sheet (no 255-character limit,
    names with commas work)."""
    letter = get_column_letter(list_column)
    write_cell(lists, 1, list_column, column.header)
    for row, word in enumerate(words, 2):
        write_cell(lists, row, list_column, word)
    last = max(len(words) + 1, 2)
    open_list = column.key in _OPEN_LISTS
    validation = DataValidation(
        type="list", formula1=f"{LISTS_SHEET}!${letter}$2:${letter}${last}", allow_blank=True,
        showErrorMessage=True, errorStyle="warning" if open_list else "stop",
        errorTitle=column.header,
        error=(f"Not a known {column.header.lower()}: check the spelling" if open_list
               else f"Choose one of the listed values for {column.header}"),
        promptTitle=column.header[:32], prompt=(column.hint or "Choose from the list")[:255],
        showInputMessage=bool(column.hint))
    validation.add(cells)
    ws.add_data_validation(validation)


def _write_instructions(ws, kind: str, columns: list[Column], client: str | None) -> None:
    title = write_cell(ws, 1, 1, f"How to fill in the {SHEET_TITLES[kind].lower()} sheet"
                       + (f" for {client}" if client else ""))
    title.font = TITLE_FONT
    what = {"staff": "person", "roles": "requirement of a role (a row without a requirement "
            "only describes the role; a role's Level, Next Role and Min Tenure Months may "
            "be given on any one of its rows)"}.get(kind, "record")
    lines = [
        f"Fill in one row per {what} on the '{SHEET_TITLES[kind]}' sheet, starting in row 2. "
        "Keep the header row.",
        "Columns marked required must be filled in on every row. Type values, not formulas.",
        "Dates: use the date format of the cells (YYYY-MM-DD); 31/12/2025 and "
        "31 Dec 2025 are understood too.",
        "Lists: choose from the dropdown; upper and lower case do not matter.",
        "The whole file is checked before anything is imported: if any row has a problem, "
        "nothing is imported and every problem is listed by row and column.",
    ]
    if kind == "feedback" and client:
        lines.append("Rows listing a person but with no date, rating or comment are skipped.")
    if kind == "roles":
        lines.append("Each role named gets exactly the file's requirements (roles not named "
                     "are left as they are). Client empty: the company ladder.")
    for row, line in enumerate(lines, 3):
        write_cell(ws, row, 1, line)
    start = len(lines) + 4
    for index, header in enumerate(("Column", "Required", "What to enter", "Allowed values"),
                                   1):
        cell = write_cell(ws, start, index, header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row, column in enumerate(columns, start + 1):
        write_cell(ws, row, 1, column.header).font = LABEL_FONT
        write_cell(ws, row, 2, "required" if column.required else "")
        write_cell(ws, row, 3, column.hint or _default_hint(column))
        write_cell(ws, row, 4, ", ".join(column.choices)).alignment = WRAP
    for letter, width in zip("ABCD", (24, 10, 80, 45), strict=True):
        ws.column_dimensions[letter].width = width


def _default_hint(column: Column) -> str:
    return {"date": "A date", "number": "A number", "rating": "A whole number, 1 to 5"}.get(
        column.kind, "Text")

