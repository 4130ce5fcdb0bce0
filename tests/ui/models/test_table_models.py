"""The table models on their own: Qt's model tester, pages on demand, server-side sort."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from mentorapp.models import STAFF_STATUS_CHOICES
from ui.models.table import (
    Column,
    IdRole,
    PagedTableModel,
    RecordProxyModel,
    RecordTableModel,
    SortRole,
    choice,
    last_first,
    visibility_text,
)

ROWS = [{"id": n, "name": f"Name {n:02d}", "status": "on_leave" if n % 2 else "active",
         "hours": n * 1.5 if n % 3 else None, "day": dt.date(2024, 1, n + 1),
         "archived": n == 4} for n in range(1, 8)]
COLUMNS = [Column("name", "Name", "name"),
           choice("status", "Status", "status", codes=STAFF_STATUS_CHOICES),
           Column("hours", "Hours", numeric=True), Column("day", "Day")]


class FakeService:
    """A service `list` over ROWS that records what it was asked."""

    def __init__(self):
        self.calls = []

    def list(self, sort="name", descending=False, limit=None, offset=0, **filters):
        self.calls.append({"sort": sort, "descending": descending, "limit": limit,
                           "offset": offset, **filters})
        rows = sorted(ROWS, key=lambda r: r[sort], reverse=descending)
        return rows[offset:offset + limit] if limit is not None else rows


def test_record_model_passes_the_model_tester_and_shows_words(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "On leave"
    assert model.index(1, 2).data() == "3"
    assert model.index(2, 2).data() == ""
    assert model.index(0, 3).data() == "2024-01-02"
    assert model.index(0, 0).data(IdRole) == 1
    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Hours"


def test_proxy_sorts_numbers_as_numbers_and_filters_any_column(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = RecordProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    hours = [proxy.index(r, 2).data(SortRole) for r in range(proxy.rowCount())]
    assert hours == sorted(hours, reverse=True)
    proxy.setFilterFixedString("on leave")
    assert proxy.rowCount() == len([r for r in ROWS if r["status"] == "on_leave"])


def test_names_show_last_first_and_sort_in_human_order():
    people = [{"id": n, "first_name": first, "last_name": last} for n, (first, last) in
              enumerate([("Zoë", "Ölaf"), ("Eve", "oscar"), ("Ana", "Émile"), ("Ben", "Eve"),
                         ("Cara", "Émile"), ("", "Adams")])]
    model = RecordTableModel([Column("name", "Name", text=last_first())])
    model.set_rows(people)
    proxy = RecordProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    # Accents and case do not split the order (code-point order, even case-folded, puts
    # "Ölaf" after "oscar" and both "Émile" rows last).
    assert shown == ["Adams", "Émile, Ana", "Émile, Cara", "Eve, Ben", "Ölaf, Zoë",
                     "oscar, Eve"]


def test_paged_model_passes_the_model_tester(qtmodeltester):
    service = FakeService()
    model = PagedTableModel(COLUMNS, service.list, page_size=3)
    model.set_query(team="x")
    qtmodeltester.check(model)
    assert service.calls[0] == {"sort": "name", "descending": False, "limit": 3, "offset": 0,
                                "team": "x"}


def test_paged_model_fetches_one_page_at_a_time_until_the_last():
    service = FakeService()
    model = PagedTableModel(COLUMNS, service.list, page_size=3)
    model.set_query()
    assert model.rowCount() == 3
    while model.canFetchMore():
        model.fetchMore()
    assert [r["id"] for r in model.records()] == [r["id"] for r in ROWS]
    assert [c["offset"] for c in service.calls] == [0, 3, 6]


def test_paged_model_sorts_on_the_server_and_starts_over():
    service = FakeService()
    model = PagedTableModel(COLUMNS, service.list, page_size=3)
    model.set_query(search="x")
    model.fetchMore()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert service.calls[-1] == {"sort": "status", "descending": True, "limit": 3,
                                 "offset": 0, "search": "x"}
    assert model.rowCount() == 3
    calls = len(service.calls)
    model.sort(2)  # no server sort for this column: nothing asked
    assert len(service.calls) == calls


def test_paged_model_drops_answers_to_an_older_query():
    pending = []
    model = PagedTableModel(COLUMNS, FakeService().list, page_size=3,
                            run=lambda work, on_done, on_error, owner: pending.append(
                                (work, on_done)))
    model.set_query(sort="name")
    model.set_query(sort="day", descending=True)
    late_work, late_done = pending.pop(0)
    work, done = pending.pop(0)
    done(work())
    late_done(late_work())
    assert [r["id"] for r in model.records()] == [7, 6, 5]


def test_paged_model_reports_a_failed_load(qtbot):
    def broken(**query):
        raise RuntimeError("database gone")

    model = PagedTableModel(COLUMNS, broken)
    with qtbot.waitSignal(model.load_failed) as failed:
        model.set_query()
    assert failed.args == ["database gone"]
    assert model.rowCount() == 0


def test_a_column_colour_flags_rows_and_archived_rows_are_grey():
    from PySide6.QtGui import QColor

    red = QColor("red")
    flagged = Column("hours", "Hours", numeric=True,
                     color=lambda row: red if (row["hours"] or 0) > 6 else None)
    model = RecordTableModel([COLUMNS[0], flagged])
    model.set_rows(ROWS)
    colours = [model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole) for r in range(len(ROWS))]
    expected = ["grey" if row["archived"] else "red" if (row["hours"] or 0) > 6 else None
                for row in ROWS]
    shown = [None if c is None else "red" if c.color() == red else "grey" for c in colours]
    assert shown == expected
    assert "red" in shown and None in shown


def test_a_paged_model_deleted_while_loading_is_left_alone(qtbot):
    """The page closed before its rows came: the answer is dropped, not put into a deleted
    model (which would raise in the callback)."""
    import threading

    from shiboken6 import delete

    from ui import tasks

    asked, release = threading.Event(), threading.Event()

    def slow_list(**query):
        asked.set()
        release.wait(5)
        return [{"id": 1, "name": "late"}]

    model = PagedTableModel(COLUMNS, slow_list, run=tasks.run_task)
    model.set_query()
    assert asked.wait(5)
    delete(model)
    release.set()
    qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=5000)


def test_cells_in_spanish_and_portuguese(in_language):
    """Words, dates and decimals in the window's language; dates still sort in time order."""
    rows = [{"id": n, "day": day, "done": n == 1, "hours": 4.5, "visibility": visibility,
             "at": dt.datetime(2026, 3, 1, 14, 5)}
            for n, (day, visibility) in enumerate([(dt.date(2024, 1, 2), "shareable"),
                                                   (dt.date(2023, 12, 31), "internal"),
                                                   (dt.date(2024, 11, 5), "shareable")])]
    model = RecordTableModel([Column("day", "Day"), Column("done", "Done"),
                              Column("hours", "Hours"), Column("at", "At"),
                              Column("visibility", "Visibility", text=visibility_text)])
    model.set_rows(rows)
    proxy = RecordProxyModel()
    proxy.setSourceModel(model)
    assert [model.index(1, c).data() for c in range(5)] == [
        "2023-12-31", "Yes", "4.5", "2026-03-01T14:05:00", "Internal"]
    in_language("es")
    assert [model.index(1, c).data() for c in range(5)] == [
        "31/12/23", "Sí", "4,5", "1/3/26 14:05", "Interna"]
    assert [model.index(r, 4).data() for r in (0, 1)] == ["Externa", "Interna"]
    assert model.cells(rows[1])[0] == dt.date(2023, 12, 31)  # an export keeps the date
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["31/12/23", "2/1/24", "5/11/24"]
    in_language("pt_BR")
    assert [model.index(0, c).data() for c in range(5)] == [
        "02/01/2024", "Não", "4,5", "01/03/2026 14:05", "Externa"]
