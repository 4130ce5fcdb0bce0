"""KPI values import: long and wide files (CSV and .xlsx), periods, every problem in one
pass, all-or-nothing, re-import replacing a period with its counts, and the template. Runs on
SQLite and PostgreSQL (the `db` fixture)."""

import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from records import make_kpi_metric, make_kpi_values

from mentorapp.errors import UserError
from mentorapp.excel.importing import import_file
from mentorapp.excel.templates import write_template
from mentorapp.models import KpiValue
from mentorapp.services import kpi

D1, D2 = dt.date(2026, 3, 2), dt.date(2026, 3, 3)


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def account(db, make):
    """Acme with AHT (weighted by Handled) and QA (average); Ann and Bob on it."""
    client = make.client("Acme")
    aht = make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower",
                          target=300, rollup="weighted", weight_column="Handled")
    qa = make_kpi_metric(make, client, name="QA", target=90)
    ann = make.staff("Ann", "Lee", client=client, employee_id="E1")
    bob = make.staff("Bob", "Ray", client=client, employee_id="E2")
    return {"client": client, "aht": aht, "qa": qa, "ann": ann, "bob": bob}


def stored():
    return sorted((v.metric_id, v.staff_id, v.period, v.day, v.value, v.count)
                  for v in KpiValue.select())


def test_wide_csv_and_long_xlsx_store_the_same_values(account, tmp_path):
    a = account
    wide = write_csv(tmp_path / "wide.csv", [
        ["Employee ID", "Date", "AHT", "Handled", "QA"],
        ["E1", "2026-03-02", "280", "40", "95"],
        ["e2", "2026-03-02", "320.5", "10", ""],
    ])
    result = import_file("kpi", wide, client="acme")
    assert result.ok, result.problems
    assert result.summary() == ("2 rows imported: 3 values added, 0 changed, 0 unchanged, "
                                "0 removed")
    first = stored()
    assert first == sorted([(a["aht"]["id"], a["ann"]["id"], "day", D1, 280.0, 40.0),
                            (a["qa"]["id"], a["ann"]["id"], "day", D1, 95.0, None),
                            (a["aht"]["id"], a["bob"]["id"], "day", D1, 320.5, 10.0)])
    KpiValue.delete().execute()
    long = write_xlsx(tmp_path / "long.xlsx", [
        ["Employee ID", "Date", "Metric", "Value", "Count"],
        ["E1", D1, "aht", 280, 40],
        ["E1", D1, "QA", 95, None],
        ["E2", D1, "AHT", 320.5, 10],
    ])
    result = import_file("kpi", long)  # each person's client today
    assert result.ok, result.problems
    assert stored() == first


def test_period_column_moves_dates_to_the_first_day(account, tmp_path):
    path = write_csv(tmp_path / "weeks.csv", [
        ["Employee ID", "Date", "Period", "QA"],
        ["E1", "2026-03-05", "week", "88"],     # a Thursday: week of Monday 2 March
        ["E2", "2026-03-08", "Week", "91"],     # the Sunday of the same week
    ])
    assert import_file("kpi", path, client="Acme").ok
    assert {(v.period, v.day) for v in KpiValue.select()} == {("week", D1)}


def test_every_problem_in_one_pass_and_nothing_written(account, tmp_path, make):
    make_kpi_metric(make, make.client("Other"), name="CSAT", unit="percent", target=85)
    path = write_csv(tmp_path / "bad.csv", [
        ["Employee ID", "Date", "AHT", "Handled", "QA", "CSAT"],
        ["E9", "2026-03-02", "280", "40", "95", ""],       # unknown employee
        ["E1", "someday", "280", "40", "", ""],            # not a date
        ["E1", "2026-03-02", "fast", "40", "", ""],        # not a number
        ["E2", "2026-03-02", "300", "-4", "", ""],         # negative count
        ["E2", "2026-03-03", "300", "", "", ""],           # weighted without a count
        ["E1", "2026-03-04", "", "", "90", ""],
        ["E1", "2026-03-04", "", "", "91", ""],            # the same key twice
    ])
    result = import_file("kpi", path, client="Acme")
    assert [str(p) for p in result.problems] == [
        "row 1, column CSAT: Acme has no metric (or weight column) of this name (CSAT)",
        "row 2, column Employee ID: no staff member with this employee ID (E9)",
        "row 3, column Date: is not a date (use YYYY-MM-DD) (someday)",
        "row 4, column AHT: is not a number (fast)",
        "row 5, column Handled: a count cannot be negative (-4)",
        "row 6, column Handled: AHT is weighted: its count is required (empty)",
        "row 8, column QA: the same person, QA and day are on row 7 (2026-03-04)",
    ]
    assert KpiValue.select().count() == 0


def test_unknown_metric_for_the_persons_client(account, tmp_path, make):
    other = make.client("Other")
    make_kpi_metric(make, other, name="CSAT", unit="percent", target=85)
    path = write_csv(tmp_path / "long.csv", [
        ["Employee ID", "Date", "Metric", "Value", "Count"],
        ["E1", "2026-03-02", "CSAT", "90", ""],
        ["E1", "2026-03-02", "Talk time", "90", ""],
    ])
    result = import_file("kpi", path)
    assert [str(p) for p in result.problems] == [
        "row 2, column Metric: Acme has no metric of this name (CSAT)",
        "row 3, column Metric: Acme has no metric of this name (Talk time)",
    ]


def test_a_metric_keeps_one_period(account, tmp_path):
    make_kpi_values(account["qa"], account["ann"], [(D1, 90)], period="month")
    path = write_csv(tmp_path / "days.csv", [["Employee ID", "Date", "QA"],
                                             ["E1", "2026-03-02", "95"]])
    result = import_file("kpi", path, client="Acme")
    assert [str(p) for p in result.problems] == [
        "row 2, column Period: QA already has values by month: one period per metric (day)"]


def test_reimport_replaces_the_days_in_the_file_and_counts_changes(account, tmp_path):
    a = account
    first = write_csv(tmp_path / "first.csv", [
        ["Employee ID", "Date", "AHT", "Handled", "QA"],
        ["E1", "2026-03-02", "280", "40", "95"],
        ["E2", "2026-03-02", "300", "10", "80"],
        ["E1", "2026-03-03", "290", "30", "85"],
    ])
    assert import_file("kpi", first, client="Acme").created == 6
    again = write_csv(tmp_path / "again.csv", [
        ["Employee ID", "Date", "AHT", "Handled", "QA"],
        ["E1", "2026-03-02", "280", "40", "96"],   # QA changed, AHT unchanged
        ["E2", "2026-03-02", "", "", "80"],         # Bob's AHT of 2 March removed
        ["E2", "2026-03-04", "310", "5", ""],       # new day
    ])
    dry = import_file("kpi", again, client="Acme", dry_run=True)
    assert dry.summary() == ("Dry run, nothing written: 3 rows checked; they would give "
                             "1 value added, 1 changed, 2 unchanged, 1 removed")
    assert KpiValue.select().count() == 6
    result = import_file("kpi", again, client="Acme")
    assert (result.created, result.updated, result.unchanged, result.removed) == (1, 1, 2, 1)
    values = {(v.metric_id, v.staff_id, v.day): (v.value, v.count) for v in KpiValue.select()}
    assert values[(a["qa"]["id"], a["ann"]["id"], D1)] == (96.0, None)
    assert (a["aht"]["id"], a["bob"]["id"], D1) not in values
    assert values[(a["aht"]["id"], a["ann"]["id"], D2)] == (290.0, 30.0)  # 3 March kept
    assert len(values) == 6


def test_header_problems(account, tmp_path):
    path = write_csv(tmp_path / "h.csv", [["Employee ID", "Metric", "Value", "QA"],
                                          ["E1", "QA", "1", "2"]])
    result = import_file("kpi", path, client="Acme")
    assert [str(p) for p in result.problems] == [
        "row 1, column QA: a file with a Metric column (long format) cannot also have metric "
        "columns",
        "row 1, column Date: required column is missing from the header row"]
    path = write_csv(tmp_path / "w.csv", [["Employee ID", "Date", "AHT"],
                                          ["E1", "2026-03-02", "300"]])
    assert [str(p) for p in import_file("kpi", path, client="Acme").problems] == [
        "row 1, column Handled: AHT is weighted by this column, which is missing from the "
        "header row"]
    with pytest.raises(UserError, match="No client named 'Nobody'"):
        import_file("kpi", path, client="Nobody")


def test_template_has_the_clients_metric_columns_and_imports(account, tmp_path, make):
    make_kpi_metric(make, make.client("Other"), name="Secret metric")
    out = write_template("kpi", tmp_path / "kpi.xlsx", client="Acme")
    wb = load_workbook(out)
    ws = wb["KPI values"]
    headers = [c.value for c in ws[1]]
    assert headers == ["Employee ID", "Date", "Period", "AHT", "QA", "Handled"]
    text = " ".join(str(c.value) for sheet in wb for row in sheet.iter_rows() for c in row
                    if c.value is not None)
    assert "Secret metric" not in text and "Other" not in text
    ws.append(["E1", D1, "day", 280, 95, 40])
    wb.save(out)
    result = import_file("kpi", out, client="Acme")
    assert result.created == 2, stored()  # AHT with its count, and QA
    with pytest.raises(UserError, match="name it with --client"):
        write_template("kpi", tmp_path / "x.xlsx")


def test_imported_values_roll_up(account, tmp_path):
    path = write_csv(tmp_path / "wide.csv", [
        ["Employee ID", "Date", "AHT", "Handled"],
        ["E1", "2026-03-02", "600", "5"],
        ["E2", "2026-03-02", "200", "500"],
    ])
    assert import_file("kpi", path, client="Acme").ok
    rows = kpi.client_rollup(account["client"]["id"], today=dt.date(2026, 3, 20))
    aht = next(r for r in rows if r["metric"] == "AHT")
    assert aht["months"][-1]["value"] == pytest.approx((600 * 5 + 200 * 500) / 505)


def test_values_go_in_person_by_person_whatever_the_files_order(account, tmp_path):
    """A file by day stores each person's values together, in the order of the value key
    (staff, metric, period, day), so a million go in without revisiting index pages."""
    path = write_csv(tmp_path / "by_day.csv", [
        ["Employee ID", "Date", "AHT", "Handled", "QA"],
        ["E2", "2026-03-03", "300", "10", "90"],
        ["E1", "2026-03-03", "300", "10", "90"],
        ["E2", "2026-03-02", "300", "10", "90"],
        ["E1", "2026-03-02", "300", "10", "90"],
    ])
    assert import_file("kpi", path, client="Acme").ok
    keys = [(v.staff_id, v.metric_id, v.day) for v in KpiValue.select().order_by(KpiValue.id)]
    assert len(keys) == 8 and keys == sorted(keys)


def test_reimport_finds_the_stored_values_of_every_month_and_person(account, tmp_path, make):
    """The stored values of the file's days are found through the people with a person-month
    of the metric (schema 15): over a month boundary, by week, and for a person the file
    leaves out, whose values of those days are removed; values outside the days stay."""
    a = account
    cy = make.staff("Cy", "Poe", client=a["client"], employee_id="E3")
    weeks = [dt.date(2026, 1, 26), dt.date(2026, 2, 2), dt.date(2026, 3, 30)]
    make_kpi_values(a["qa"], a["ann"], [(day, 80) for day in weeks], period="week")
    make_kpi_values(a["qa"], a["bob"], [(day, 70) for day in weeks], period="week")
    make_kpi_values(a["qa"], cy, [(weeks[1], 60)], period="week")
    path = write_csv(tmp_path / "weeks.csv", [
        ["Employee ID", "Date", "Period", "QA"],
        ["E1", "2026-01-28", "week", "80"],   # the week of 26 January: unchanged
        ["E2", "2026-02-04", "week", "75"],   # the week of 2 February: changed
        ["E1", "2026-03-03", "week", "85"],   # the week of 2 March: new
    ])
    result = import_file("kpi", path, client="Acme")
    assert (result.created, result.updated, result.unchanged, result.removed) == (1, 1, 1, 3)
    values = {(v.staff_id, v.day): v.value for v in KpiValue.select()}
    assert values == {(a["ann"]["id"], weeks[0]): 80, (a["bob"]["id"], weeks[1]): 75,
                      (a["ann"]["id"], dt.date(2026, 3, 2)): 85,
                      (a["ann"]["id"], weeks[2]): 80, (a["bob"]["id"], weeks[2]): 70}
    rows = kpi.client_rollup(a["client"]["id"], today=dt.date(2026, 3, 31))
    qa = next(r for r in rows if r["metric"] == "QA")
    assert [m["value"] for m in qa["months"][-3:]] == [80, 75, pytest.approx((85 + 80 + 70) / 3)]


def test_stored_values_are_read_through_the_unique_index(db):
    """No scan of a metric's values: the people of kpi_month, then the unique index."""
    from mentorapp.db import is_sqlite
    from mentorapp.excel.importing.kpi import stored_values

    if not is_sqlite(db):
        pytest.skip("SQLite's query plan")
    sql, params = stored_values(1, "day", D1, D2).sql()
    plan = " / ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "USING INDEX kpi_value_staff_id_metric_id_period_day (staff_id=? AND metric_id=? " \
           "AND period=? AND day>? AND day<?)" in plan, plan
    assert "kpi_month" in plan and "SCAN" not in plan, plan


def _month_rows():
    from mentorapp.models import KpiMonth

    return sorted(KpiMonth.select().tuples())


def test_new_values_leave_the_person_months_the_triggers_would(account, tmp_path,
                                                               monkeypatch):
    """New values only: on SQLite the row triggers are paused and each person-month is
    written once from its stored row, adding the values in the same order by the same rules:
    the very figures (to the last digit) the triggers give the same import, with stored
    months, a weighted metric, a later and an earlier day than the stored last day."""
    from mentorapp.db import database, is_sqlite
    from mentorapp.services import rollups

    a = account
    make_kpi_values(a["aht"], a["ann"], [(dt.date(2026, 3, 10), 301.1, 7.3)])
    make_kpi_values(a["qa"], a["bob"], [(dt.date(2026, 3, 10), 88.8)])
    rows = [["Employee ID", "Date", "AHT", "Handled", "QA"]]
    for day in (2, 4, 11, 12, 31):
        for person in ("E1", "E2"):
            rows.append([person, f"2026-03-{day:02d}", f"{280 + day / 3:.4f}",
                         f"{day * 1.7:.3f}", f"{90 - day / 7:.5f}"])
    rows.append(["E1", "2026-04-01", "299.9", "0.1", "91.3"])
    path = write_csv(tmp_path / "new.csv", rows)

    def imported(through_triggers: bool):
        with database.atomic() as undo:
            if through_triggers:
                with monkeypatch.context() as patched:
                    patched.setattr(rollups, "kpi_month_adding", lambda rows: _null())
                    result = import_file("kpi", path, client="Acme")
            else:
                result = import_file("kpi", path, client="Acme")
            assert result.created == 22 and result.updated == 0, result.problems
            months = _month_rows()
            paused = database.execute_sql('SELECT COUNT(*) FROM "kpi_month_paused"').fetchone() \
                if is_sqlite(database.obj) else (0,)
            undo.rollback()
        return months, paused[0]

    triggers, _ = imported(through_triggers=True)
    written, paused = imported(through_triggers=False)
    assert written == triggers
    assert paused == 0
    assert rollups.drift()["total"] == 0
    ann_aht = {(month, n, last_day) for metric, person, month, n, *_, last_day, _value
               in written if (metric, person) == (a["aht"]["id"], a["ann"]["id"])}
    assert ann_aht == {(dt.date(2026, 3, 1), 6, dt.date(2026, 3, 31)),
                       (dt.date(2026, 4, 1), 1, dt.date(2026, 4, 1))}
    # After the import the row triggers keep the person-months again.
    make_kpi_values(a["qa"], a["ann"], [(dt.date(2026, 5, 5), 70)])
    assert rollups.drift()["total"] == 0


class _null:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
