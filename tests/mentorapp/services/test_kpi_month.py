"""The KPI person-months (schema 10): kept by triggers through inserts, updates, deletes and a
re-import of a period, the service's figures equal to the same arithmetic over the values
themselves (`mentorapp.kpis`), and checked and repaired by `maintenance verify-rollups`."""

from __future__ import annotations

import csv
import datetime as dt
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from records import Make, make_kpi_metric, make_kpi_values

from mentorapp import kpis
from mentorapp.db import database, is_sqlite
from mentorapp.excel.importing import import_file
from mentorapp.models import KpiMonth, KpiValue
from mentorapp.services import kpi, rollups
from tests.conftest import PLAIN_BACKENDS

ROOT = Path(__file__).resolve().parents[3]
TODAY = dt.date(2026, 6, 15)
MONTHS = kpi.months_back(TODAY, kpi.MONTHS_SHOWN)


def assert_no_drift() -> None:
    found = rollups.drift()
    assert found["total"] == 0, found["rows"]


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def from_values(metric: dict, staff_ids=None) -> dict[dt.date, float | None]:
    """{month: figure} of a metric over every value stored, by `mentorapp.kpis` alone."""
    points = defaultdict(lambda: defaultdict(list))
    for person, day, value, count in (KpiValue.select(KpiValue.staff, KpiValue.day,
                                                      KpiValue.value, KpiValue.count)
                                      .where(KpiValue.metric == metric["id"]).tuples()):
        if staff_ids is None or person in staff_ids:
            day = _date(day)
            points[kpi.month_start(day)][person].append(kpis.Point(day, value, count))
    arithmetic = kpi.as_metric(metric)
    return {month: kpis.roll_up_group(points[month], arithmetic) if points.get(month) else None
            for month in MONTHS}


def assert_figures_match(client: dict, metrics: list[dict], people: list[dict]) -> None:
    rows = {row["metric_id"]: row for row in kpi.client_rollup(client["id"], today=TODAY)}
    for metric in metrics:
        shown = {m["month"]: m["value"] for m in rows[metric["id"]]["months"]}
        expected = from_values(metric)
        assert shown == {month: pytest.approx(value) if value is not None else None
                         for month, value in expected.items()}, metric["name"]
    team = [p["id"] for p in people if p["team"] == "North"]
    rows = {row["metric_id"]: row for row in kpi.client_rollup(client["id"], team="North",
                                                               today=TODAY)}
    for metric in metrics:
        shown = {m["month"]: m["value"] for m in rows[metric["id"]]["months"]}
        assert shown == {month: pytest.approx(value) if value is not None else None
                         for month, value in from_values(metric, set(team)).items()}
    for person in people:
        tab = {row["metric_id"]: {m["month"]: m["value"] for m in row["months"]}
               for row in kpi.person_kpis(person["id"], today=TODAY)}
        for metric in metrics:
            expected = from_values(metric, {person["id"]})
            if all(value is None for value in expected.values()):
                assert metric["id"] not in tab
            else:
                assert tab[metric["id"]] == {month: pytest.approx(value) if value is not None
                                             else None for month, value in expected.items()}


def _company(make, rng: random.Random):
    client = make.client("Acme")
    metrics = [
        make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower", target=300,
                        rollup="weighted", weight_column="Handled"),
        make_kpi_metric(make, client, name="QA", rollup="average"),
        make_kpi_metric(make, client, name="Sales", unit="count", rollup="sum", target=40),
        make_kpi_metric(make, client, name="Certs", unit="count", rollup="latest", target=3),
    ]
    people = [make.staff(client=client, team=rng.choice(["North", "South"])) for _ in range(6)]
    for metric in metrics:
        for person in people:
            days = rng.sample(range(0, 120), 25)  # February to early June, no day twice
            make_kpi_values(metric, person, [
                (dt.date(2026, 2, 1) + dt.timedelta(days=d), round(rng.uniform(0, 500), 2),
                 rng.choice([0, 1, 7, 30, 120])) for d in days])
    return client, metrics, people


@pytest.mark.parametrize("seed", [1, 2])
def test_month_figures_follow_inserts_updates_deletes_and_a_reimport(db, make, tmp_path, seed):
    rng = random.Random(seed)
    client, metrics, people = _company(make, rng)
    assert KpiMonth.select().count() > 0
    assert_no_drift()
    assert_figures_match(client, metrics, people)

    ids = [i for (i,) in KpiValue.select(KpiValue.id).tuples()]
    changed = rng.sample(ids, 60)
    KpiValue.update(value=KpiValue.value * 2 + 1).where(KpiValue.id.in_(changed[:40])).execute()
    KpiValue.update(count=KpiValue.count + 3).where(KpiValue.id.in_(changed[40:])).execute()
    # A value moved to another day (here and there another month), one to another person.
    for value_id in changed[:5]:
        row = KpiValue.get_by_id(value_id)
        free = next(day for day in (dt.date(2026, 1, 1) + dt.timedelta(days=d)
                                    for d in rng.sample(range(0, 160), 160))
                    if not KpiValue.select().where(
                        KpiValue.metric == row.metric_id, KpiValue.staff == row.staff_id,
                        KpiValue.period == row.period, KpiValue.day == day).exists())
        KpiValue.update(day=free).where(KpiValue.id == value_id).execute()
    assert_no_drift()
    assert_figures_match(client, metrics, people)

    # Deletes, among them each person's latest Certs value of May.
    certs = metrics[3]["id"]
    latest = [max(KpiValue.select().where(KpiValue.metric == certs, KpiValue.staff == p["id"],
                                          KpiValue.day.between(dt.date(2026, 5, 1),
                                                               dt.date(2026, 5, 31))),
                  key=lambda v: _date(v.day), default=None) for p in people]
    gone = [v.id for v in latest if v is not None] + rng.sample(ids, 50)
    KpiValue.delete().where(KpiValue.id.in_(gone)).execute()
    KpiValue.delete().where(KpiValue.staff == people[0]["id"],
                            KpiValue.metric == metrics[1]["id"]).execute()  # a whole series
    assert_no_drift()
    assert_figures_match(client, metrics, people)

    # A re-import of April: some people's values change, one person's go, new days come.
    path = tmp_path / "april.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Employee ID", "Date", "Metric", "Value", "Count"])
        for person in people[1:]:
            for day in range(1, 31, 3):
                for metric in metrics:
                    weighted = metric["rollup"] == "weighted"
                    out.writerow([person["employee_id"], dt.date(2026, 4, day).isoformat(),
                                  metric["name"], rng.randint(1, 400),
                                  rng.randint(1, 50) if weighted else ""])
    result = import_file("kpi", path, client="Acme")
    assert result.ok, result.problems[:3]
    assert result.removed > 0 and result.created > 0
    assert_no_drift()
    assert_figures_match(client, metrics, people)

    # A metric deleted takes its values, and its person-months, with it.
    KpiValue.delete().where(KpiValue.metric == metrics[2]["id"]).execute()
    assert not KpiMonth.select().where(KpiMonth.metric_id == metrics[2]["id"]).exists()
    assert_no_drift()


def test_a_person_month_keeps_exact_sums_and_its_latest_value(db, make):
    """Hand-computed: the stored sums give every rule's figure for the month."""
    client = make.client()
    metric = make_kpi_metric(make, client, rollup="weighted", weight_column="Handled")
    person = make.staff(client=client)
    make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 200, 10),
                                     (dt.date(2026, 5, 20), 300, 30),
                                     (dt.date(2026, 5, 9), 100, None)])
    (row,) = KpiMonth.select().dicts()
    assert (row["n"], row["value_sum"], row["weighted_sum"], row["weight_sum"],
            _date(row["last_day"]), row["last_value"]) == (
        3, 600, 200 * 10 + 300 * 30, 40, dt.date(2026, 5, 20), 300)
    KpiValue.delete().where(KpiValue.day == dt.date(2026, 5, 20)).execute()
    (row,) = KpiMonth.select().dicts()
    assert (row["n"], row["value_sum"], row["weight_sum"], _date(row["last_day"]),
            row["last_value"]) == (2, 300, 10, dt.date(2026, 5, 9), 100)
    KpiValue.delete().execute()
    assert KpiMonth.select().count() == 0


def _corrupt(metric_id: int) -> None:
    database.obj.execute_sql(f"UPDATE kpi_month SET n = n + 1, value_sum = value_sum + 0.5 "
                             f"WHERE metric_id = {metric_id}")
    database.obj.execute_sql("INSERT INTO kpi_month VALUES "
                             "(999, 1, '2001-02-01', 1, 1, 0, 0, '2001-02-03', 1)")


# Corrupting and rebuilding the roll-ups takes the owner's rights in shared mode.
@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_kpi_drift_is_found_listed_and_fixed(db, make):
    client = make.client()
    metric = make_kpi_metric(make, client)
    person = make.staff(client=client)
    make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 80)])
    assert_no_drift()
    _corrupt(metric["id"])
    found = rollups.drift()
    assert found["total"] == 2
    rows = {(row["key"][0], _date(row["key"][2])): row for row in found["rows"]}
    wrong = rows[(metric["id"], dt.date(2026, 5, 1))]
    assert wrong["table"] == "kpi_month"
    assert (wrong["found"]["n"], wrong["expected"]["n"]) == (2, 1)
    assert rows[(999, dt.date(2001, 2, 1))]["expected"] is None
    rollups.rebuild()
    assert_no_drift()
    assert KpiMonth.select().count() == 1


def test_verify_rollups_lists_a_wrong_person_month(sqlite_db):
    make = Make()
    client = make.client()
    metric = make_kpi_metric(make, client)
    person = make.staff(client=client)
    make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 80)])
    database.obj.execute_sql("UPDATE kpi_month SET n = 5")
    target = sqlite_db.database
    sqlite_db.close()

    def run(*args):
        return subprocess.run([sys.executable, "main.py", "--db", target, "maintenance",
                               "verify-rollups", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=300)

    result = run()
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == \
        f"kpi metric {metric['id']}, staff {person['id']}, 2026-05: n 5 (expected 1)"
    assert run("--fix").returncode == 0
    assert run().stdout.startswith("roll-ups match")


@pytest.mark.postgres
def test_an_agent_reads_only_their_own_person_months(shared_postgres):
    """Shared mode: kpi_month is read as kpi_value is, and written by its triggers only."""
    from mentorapp import opening

    shared_postgres.reset()
    opened = opening.open_database(shared_postgres.admin_url)
    try:
        make = Make()
        client = make.client()
        metric = make_kpi_metric(make, client)
        me, other = make.staff(client=client), make.staff(client=client)
        for person in (me, other):
            make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 80)])
    finally:
        opened.close()
    cursor = shared_postgres.connection.cursor()
    names = shared_postgres.names
    agent = f"{names.prefix}_agent_kpi"
    cursor.execute(f'CREATE ROLE "{agent}" LOGIN IN ROLE "{names.group("agent")}"')
    cursor.execute("INSERT INTO app_user (login, display_name, role, staff_id, active, "
                   "created_at) VALUES (%s, %s, 'agent', %s, TRUE, now())",
                   (agent, agent, me["id"]))
    cursor.execute("BEGIN")
    try:
        cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{agent}"')
        cursor.execute("SELECT staff_id FROM kpi_month")
        assert {staff_id for (staff_id,) in cursor.fetchall()} == {me["id"]}
        cursor.execute("SAVEPOINT write")
        with pytest.raises(Exception, match="permission denied|row-level security"):
            cursor.execute("UPDATE kpi_month SET n = 7")
        cursor.execute("ROLLBACK TO SAVEPOINT write")
    finally:
        cursor.execute("ROLLBACK")


def test_a_bulk_writer_pauses_the_row_triggers_and_adds_up_what_it_touched(db, make):
    """`rollups.kpi_month_paused`: SQLite's row triggers wait (schema 12) and the touched
    person-months are added up once at the end; a writer that fails leaves no pause behind."""
    client = make.client()
    metric = make_kpi_metric(make, client)
    person = make.staff(client=client)
    make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 80), (dt.date(2026, 4, 3), 70)])
    with rollups.kpi_month_paused() as touched:
        make_kpi_values(metric, person, [(dt.date(2026, 5, 9), 60)])
        KpiValue.delete().where(KpiValue.day == dt.date(2026, 4, 3)).execute()
        if is_sqlite():
            assert KpiMonth.select().count() == 2  # nothing moved yet
        touched.update({(metric["id"], person["id"], dt.date(2026, 5, 9)),
                        (metric["id"], person["id"], dt.date(2026, 4, 3))})
    (may,) = KpiMonth.select().dicts()
    assert (may["n"], may["value_sum"], may["last_value"]) == (2, 140, 60)
    assert_no_drift()
    with pytest.raises(RuntimeError), rollups.kpi_month_paused():
        raise RuntimeError("the import failed")
    make_kpi_values(metric, person, [(dt.date(2026, 5, 10), 10)])  # the triggers run again
    assert KpiMonth.get().n == 3
    assert_no_drift()


def test_an_import_of_new_values_adds_them_onto_their_person_months(db, make, tmp_path):
    """Nothing replaced (the values go in sorted, not in the file's order): a later stored
    day keeps its latest value, a month without values gets its row."""
    client = make.client("Acme")
    metric = make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower",
                             target=300, rollup="weighted", weight_column="Handled")
    person = make.staff(client=client, employee_id="E1")
    make_kpi_values(metric, person, [(dt.date(2026, 5, 3), 80, 10), (dt.date(2026, 5, 20), 50, 2)])
    path = tmp_path / "new.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Employee ID", "Date", "AHT", "Handled"],
                                      ["E1", "2026-05-09", "60", "4"],
                                      ["E1", "2026-04-02", "30", "1"]])
    result = import_file("kpi", path, client="Acme")
    assert (result.created, result.updated, result.removed) == (2, 0, 0)
    months = {_date(m["month"]): m for m in KpiMonth.select().dicts()}
    april, may = months[dt.date(2026, 4, 1)], months[dt.date(2026, 5, 1)]
    assert (april["n"], april["value_sum"], april["last_value"]) == (1, 30, 30)
    assert (may["n"], may["value_sum"], may["weighted_sum"], may["weight_sum"]) == \
        (3, 190, 80 * 10 + 50 * 2 + 60 * 4, 16)
    assert (_date(may["last_day"]), may["last_value"]) == (dt.date(2026, 5, 20), 50)
    assert_no_drift()
    make_kpi_values(metric, person, [(dt.date(2026, 5, 25), 10, 1)])  # the triggers run again
    assert KpiMonth.get(KpiMonth.month == dt.date(2026, 5, 1)).n == 4
    assert_no_drift()
