"""Step 15: kpi_value's wide index on (metric_id, period, day, staff_id, value, count) becomes
one on (metric_id, period); the values and their person-months of a saved schema-14 database
stay as they were, and an import still finds, replaces and removes the stored values of its
days."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from mentorapp import migrations, opening
from mentorapp.excel.importing import import_file
from mentorapp.models import KpiMetric, KpiMonth, KpiValue, Staff
from mentorapp.services import rollups

SAVED_V14 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v14.db"


def _value_indexes(path: Path) -> dict:
    with sqlite3.connect(path) as con:
        found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = 'kpi_value' AND sql IS NOT NULL"))
    con.close()
    return found


def test_the_wide_value_index_becomes_metric_and_period(tmp_path):
    path = tmp_path / "v14.db"
    shutil.copy(SAVED_V14, path)
    assert "kpi_value_metric_id_period_day_staff_id_value_count" in _value_indexes(path)
    with sqlite3.connect(path) as con:
        before = con.execute('SELECT * FROM "kpi_value" ORDER BY "id"').fetchall()
        months = con.execute('SELECT * FROM "kpi_month" ORDER BY 1, 2, 3').fetchall()
    con.close()

    database = opening.open_database(str(path))
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    assert rollups.drift()["total"] == 0
    database.close()

    assert _value_indexes(path) == {
        "kpi_value_staff_id_metric_id_period_day":
            'CREATE UNIQUE INDEX "kpi_value_staff_id_metric_id_period_day" ON "kpi_value" '
            '("staff_id", "metric_id", "period", "day")',
        "kpi_value_metric_id_period":
            'CREATE INDEX "kpi_value_metric_id_period" ON "kpi_value" ("metric_id", "period")'}
    with sqlite3.connect(path) as con:
        assert con.execute('SELECT * FROM "kpi_value" ORDER BY "id"').fetchall() == before
        assert con.execute('SELECT * FROM "kpi_month" ORDER BY 1, 2, 3').fetchall() == months
    con.close()


def test_an_import_replaces_and_removes_the_saved_values_after_the_upgrade(tmp_path):
    """The saved database's QA score has daily values for two people; a file of one of them
    over a day both have and a new day seven months later: one changed, the other person's
    value of that day removed (found through kpi_month's key, not an index by metric and
    day), one added."""
    path = tmp_path / "v14.db"
    shutil.copy(SAVED_V14, path)
    database = opening.open_database(str(path))
    qa = KpiMetric.get(KpiMetric.name == "QA score")
    stored = {(v.staff_id, v.day): v.value for v in KpiValue.select().where(
        KpiValue.metric == qa.id)}
    both, new_day = dt.date(2026, 5, 14), dt.date(2026, 12, 3)
    one, other = (Staff.get_by_id(staff_id) for staff_id in sorted(
        {staff_id for staff_id, day in stored if day == both}))
    assert (one.id, new_day) not in stored
    file = tmp_path / "qa.csv"
    with open(file, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Employee ID", "Date", "QA score"],
            [one.employee_id, both.isoformat(), stored[(one.id, both)] + 1],
            [one.employee_id, new_day.isoformat(), 77]])

    result = import_file("kpi", file, client=qa.client.name)

    assert result.ok, result.problems
    assert (result.created, result.updated, result.unchanged, result.removed) == (1, 1, 0, 1)
    after = {(v.staff_id, v.day): v.value for v in KpiValue.select().where(
        KpiValue.metric == qa.id)}
    assert after == {**{key: value for key, value in stored.items() if key != (other.id, both)},
                     (one.id, both): stored[(one.id, both)] + 1, (one.id, new_day): 77}
    assert rollups.drift()["total"] == 0
    december = KpiMonth.get(KpiMonth.metric_id == qa.id, KpiMonth.staff_id == one.id,
                            KpiMonth.month == dt.date(2026, 12, 1))
    assert (december.n, december.value_sum) == (1, 77)
    database.close()
