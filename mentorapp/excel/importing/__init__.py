"""Importing rosters, training records and feedback forms from .xlsx (or .csv) files.

`import_file()` reads the file safely (see `mentorapp.excel.reading`), matches the header
row, checks every row with the services' field rules and look-ups loaded once, and only when
no row has a problem writes everything in one transaction, with audit entries. With any
problem nothing is written and `ImportResult.problems` lists every one by row and column,
found in one pass: a missing column, wrong cells and the row checks are reported together
(only problems met while writing, such as a full mentor, come after the others are fixed).
"""

from __future__ import annotations

import os

from mentorapp.errors import UserError
from mentorapp.excel.importing.common import (
    READ_SHARE,
    Column,
    ImportProblem,
    ImportResult,
    RowCleaner,
    match_headers,
    scaled,
    write_all,
)
from mentorapp.excel.importing.evaluations import EvaluationImport
from mentorapp.excel.importing.feedback import FeedbackImport
from mentorapp.excel.importing.kpi import import_kpi
from mentorapp.excel.importing.roles import RolesImport
from mentorapp.excel.importing.staff import StaffImport
from mentorapp.excel.importing.training import TrainingImport
from mentorapp.excel.reading import open_table
from mentorapp.translations import _, display, ngettext

__all__ = ["KINDS", "Column", "ImportProblem", "ImportResult", "import_file"]

IMPORTERS = {"staff": StaffImport, "training": TrainingImport, "feedback": FeedbackImport,
             "evaluations": EvaluationImport, "roles": RolesImport}
KINDS = (*IMPORTERS, "kpi")  # KPI values: see importing/kpi.py


def import_file(kind: str, path: str | os.PathLike, *, dry_run: bool = False,
                create_clients: bool = False, client: str | None = None,
                progress=None) -> ImportResult:
    """Import a `kind` file ('staff', 'training' or 'feedback'); see the module docstring.

    `progress(done, total)` is called now and then (total is 100); it may raise
    `mentorapp.errors.Cancelled`, which stops the import with nothing written. A file that
    cannot be read raises `UserError`.
    """
    if kind == "kpi":  # `client`: the client whose metrics the file holds
        return import_kpi(path, client=client, dry_run=dry_run, progress=progress)
    if kind not in IMPORTERS:
        raise UserError(_("Unknown import {kind}: choose {kinds}").format(
            kind=repr(kind), kinds=", ".join(KINDS)))
    table = open_table(path)
    result = ImportResult(kind, dry_run=dry_run)
    rows = table.rows(scaled(progress, 0, READ_SHARE))
    try:
        header_row, headers = next(rows)
    except StopIteration:
        raise UserError(_("{name} is empty: there is no header row").format(
            name=table.name)) from None
    # The look-ups (every employee ID of a company) are loaded after the sheet, so they are
    # not in memory while the reader's peak (building the sheet) is.
    importer = IMPORTERS[kind](result, create_clients=create_clients)
    found = match_headers(result, header_row, headers, importer.columns())
    if found is None:
        rows.close()
        return result
    plan = [(column, found[column.key]) for column in importer.columns()
            if column.key in found]
    missing = [column for column in importer.columns() if column.key not in found]
    # Without a required column the cells found are still checked, but not the rows.
    checkable = not any(column.required for column in missing)
    clean_row = RowCleaner(result, plan)
    # A template's pre-listed rows with nothing else filled in are skipped, not errors.
    others = [index for column, index in plan if column.key not in importer.prelisted]
    skipped = 0
    for number, values in rows:
        if importer.prelisted and _only_prelisted(values, others):
            skipped += 1
            continue
        result.rows += 1
        clean, filled, complete = clean_row(number, values)
        if checkable and complete:
            for column in missing:  # all optional here: their empty value
                clean[column.key] = column.blank
            importer.check(number, clean, filled)
    if skipped:
        result.warnings.append(ngettext(
            "{count} listed person without any feedback filled in skipped",
            "{count} listed people without any feedback filled in skipped",
            skipped).format(count=display().number(skipped)))
    if not result.rows:
        raise UserError((_("{name} has a header row but no data rows filled in") if skipped
                         else _("{name} has a header row but no data rows")).format(
            name=table.name))
    importer.finish()
    if result.problems:
        return result
    write_all(result, dry_run, lambda: importer.write(scaled(progress, READ_SHARE,
                                                             100 - READ_SHARE)))
    if result.problems:  # a service refused a row while writing: all was rolled back
        result.created = result.updated = result.unchanged = 0
    return result


def _only_prelisted(values: list, others: list[int]) -> bool:
    """True when no cell is filled in but those of the pre-listed columns (`others` are the
    indexes of the other columns; the first filled one ends the look)."""
    size = len(values)
    return not any(index < size and values[index] is not None for index in others)
