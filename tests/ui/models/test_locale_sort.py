"""In-memory tables sort names in the window's language (issue 18): Ñ after N in Spanish."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ui.models.table import Column, RecordProxyModel, RecordTableModel

NAMES = ["Zoe", "Ñandú", "Oscar", "Nuñez", "alvarez", "Nuzman", "Álvaro", "Nunez"]


def sorted_names(order=Qt.SortOrder.AscendingOrder) -> list[str]:
    model = RecordTableModel([Column("name", "Name"), Column("since", "Since")])
    model.set_rows([{"name": name, "since": dt.date(2026, 12 - number, 1)}
                    for number, name in enumerate(NAMES)])
    proxy = RecordProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, order)
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_spanish_tables_sort_n_tilde_after_n(spanish):
    assert sorted_names() == ["alvarez", "Álvaro", "Nunez", "Nuñez", "Nuzman", "Ñandú",
                              "Oscar", "Zoe"]
    assert sorted_names(Qt.SortOrder.DescendingOrder)[:3] == ["Zoe", "Oscar", "Ñandú"]


def test_portuguese_and_english_tables_sort_n_tilde_as_n(in_language, qapp):
    expected = ["alvarez", "Álvaro", "Ñandú", "Nunez", "Nuñez", "Nuzman", "Oscar", "Zoe"]
    assert sorted_names() == expected
    in_language("pt_BR")
    assert sorted_names() == expected


def test_spanish_tables_keep_dates_in_time_order(spanish, qtmodeltester):
    model = RecordTableModel([Column("since", "Since")])
    days = [dt.date(2026, 11, 3), dt.date(2025, 12, 1), dt.date(2026, 2, 28)]
    model.set_rows([{"since": day} for day in days])
    proxy = RecordProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(0)
    assert [model.record(proxy.mapToSource(proxy.index(row, 0)).row())["since"]
            for row in range(3)] == sorted(days)
