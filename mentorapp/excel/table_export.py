"""Export any list of rows with headers as one formatted sheet ("Export this view")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, TableSheet


def export_table(out: Path | str, headers: list[str], rows: Iterable[Sequence], *,
                 title: str = "Export",
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `rows` under `headers` to `out` as a table sheet named after `title`.

    Column widths are fitted, long text wraps, dates get a date format. `progress(done,
    total)` is called now and then (total is the row count when `rows` has a length, else
    0); if it raises `Cancelled` nothing is written. It reads nothing from the database
    itself: rows given as one query are one statement, which sees one moment of the database.
    """
    check_target(out)
    total = len(rows) if isinstance(rows, Sequence) else 0
    counter = ProgressCounter(progress, total)
    wb = Workbook(write_only=True)
    footer = f"{title} - exported {dt.date.today().isoformat()}"
    sheet = TableSheet(wb, title, [Column(str(h), wrap=True) for h in headers],
                       table_name="tblExport", footer=footer)
    with discarded_on_error(wb):
        sheet.write(rows, empty_text="No rows", progress=counter.advance)
        counter.finish()
    return save_workbook(wb, out)
