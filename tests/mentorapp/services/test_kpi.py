"""KPI metric definitions (field errors, presets, archive) and the SQL roll-ups checked
against hand computations, on both backends."""

import datetime as dt

import pytest
from records import Make, make_kpi_metric, make_kpi_values

from mentorapp import kpis
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import AppUser, KpiMetric, Staff
from mentorapp.services import kpi

TODAY = dt.date(2026, 6, 15)
JUNE, MAY, APRIL = dt.date(2026, 6, 1), dt.date(2026, 5, 1), dt.date(2026, 4, 1)


def aht(make, client):
    return make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower", target=300,
                           warning=330, rollup="weighted", weight_column="Handled")


# -- definitions ---------------------------------------------------------------------------
def test_define_cleans_and_lists_with_the_client_name(db, make):
    client = make.client("Acme")
    metric = kpi.define(client=client["id"], name="  CSAT ", unit="Percent", better="higher",
                        target="85", warning=80, rollup="weighted", weight_column="Surveys",
                        decimals=1, shareable="yes")
    assert metric["name"] == "CSAT" and metric["unit"] == "percent"
    assert metric["target"] == 85.0 and metric["shareable"] is True
    listed = kpi.list(client["id"])
    assert [(m["name"], m["client_name"]) for m in listed] == [("CSAT", "Acme")]
    assert "name_key" not in listed[0]


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"warning": 95}, "warning", "at or below the target (90)"),
    ({"better": "lower", "warning": 80}, "warning", "at or above the target (90)"),
    ({"rollup": "weighted"}, "weight_column", "required for a weighted metric"),
    ({"weight_column": "Handled"}, "weight_column", "only for weighted metrics"),
    ({"unit": "percent", "target": 120}, "target", "not a percentage"),
    ({"unit": "minutes"}, "unit", "is not one of"),
    ({"target": "high"}, "target", "is not a number"),
    ({"decimals": 9}, "decimals", "out of range"),
    ({"client": 999_999}, "client", "no client with id 999999"),
])
def test_define_refuses_bad_values_naming_the_field(db, make, values, field, words):
    client = make.client()
    with pytest.raises(ValidationError) as caught:
        kpi.define(**{"client": client["id"], "name": "QA", "unit": "score",
                      "better": "higher", "target": 90, **values})
    assert caught.value.field == field
    assert words in str(caught.value)
    assert KpiMetric.select().count() == 0


def test_one_metric_per_folded_name_on_a_line_of_business(db, make):
    client = make.client()
    make_kpi_metric(make, client, name="QA score")
    with pytest.raises(ValidationError, match="already a metric of this client"):
        make_kpi_metric(make, client, name="qa  SCORE")
    other_line = make_kpi_metric(make, client, name="QA score", line_of_business="Billing")
    assert other_line["line_of_business"] == "Billing"
    make_kpi_metric(make, make.client(), name="QA score")  # another client may use the name


def test_update_checks_the_merged_values_and_archive_hides_from_the_list(db, make):
    client = make.client()
    metric = make_kpi_metric(make, client, name="QA", warning=85)
    with pytest.raises(ValidationError) as caught:
        kpi.update(metric["id"], target=80)  # the warning 85 is now above the target
    assert caught.value.field == "warning"
    assert kpi.update(metric["id"], target=95)["target"] == 95
    kpi.set_archived(metric["id"])
    assert kpi.list(client["id"]) == []
    assert [m["id"] for m in kpi.list(client["id"], include_archived=True)] == [metric["id"]]
    with pytest.raises(NotFoundError):
        kpi.update(999_999, target=1)


def test_presets_are_valid_definitions(db, make):
    client = make.client()
    names = []
    for preset in kpi.presets():
        names.append(kpi.define(client=client["id"], **preset)["name"])
        kpis.Metric(**{k: preset[k] for k in ("name", "unit", "better", "target", "rollup",
                                               "warning", "decimals")})
    assert names == ["AHT", "CSAT", "FCR", "QA score", "Adherence", "Attendance"]


# -- roll-ups ------------------------------------------------------------------------------
def test_client_rollup_weighs_by_count_not_an_average_of_averages(db, make):
    client = make.client()
    metric = aht(make, client)
    few, many = make.staff(client=client), make.staff(client=client)
    make_kpi_values(metric, few, [(dt.date(2026, 6, 2), 600, 5)])
    make_kpi_values(metric, many, [(dt.date(2026, 6, 2), 180, 200),
                                   (dt.date(2026, 6, 3), 220, 300)])
    (row,) = kpi.client_rollup(client["id"], today=TODAY)
    june = row["months"][-1]
    assert june["month"] == JUNE
    # (600*5 + 180*200 + 220*300) / 505 contacts; the average of averages would be 402.
    assert june["value"] == pytest.approx((3000 + 36000 + 66000) / 505)
    assert june["status"] == kpis.MET
    assert june["attainment"] == pytest.approx(300 / june["value"])
    assert [m["value"] for m in row["months"][:-1]] == [None] * 11


def test_rollup_kinds_by_month_for_a_team(db, make):
    client = make.client()
    average = make_kpi_metric(make, client, name="QA", rollup="average")
    total = make_kpi_metric(make, client, name="Sales", unit="count", rollup="sum", target=10)
    latest = make_kpi_metric(make, client, name="Certs", unit="count", rollup="latest", target=3)
    ann = make.staff(client=client, team="North")
    bob = make.staff(client=client, team="North")
    cat = make.staff(client=client, team="South")
    for metric, points in ((average, [(ann, [(3, 80), (20, 100)]), (bob, [(5, 60)]),
                                      (cat, [(5, 0)])]),
                           (total, [(ann, [(3, 4), (20, 5)]), (bob, [(5, 6)]),
                                    (cat, [(5, 100)])]),
                           (latest, [(ann, [(3, 1), (20, 5)]), (bob, [(5, 2), (1, 9)]),
                                     (cat, [(5, 100)])])):
        for person, days in points:
            make_kpi_values(metric, person, [(dt.date(2026, 5, d), v) for d, v in days])
    rows = {r["metric"]: r for r in kpi.client_rollup(client["id"], team="North",
                                                      today=TODAY)}
    may = {name: row["months"][-2]["value"] for name, row in rows.items()}
    assert may == {"QA": pytest.approx(80.0), "Sales": 15.0,
                   "Certs": pytest.approx((5 + 2) / 2)}  # each one's latest, averaged
    everyone = {r["metric"]: r["months"][-2]["value"]
                for r in kpi.client_rollup(client["id"], today=TODAY)}
    assert everyone["Certs"] == pytest.approx((5 + 2 + 100) / 3)


def test_person_kpis_twelve_months_with_status_and_trend(db, make):
    client = make.client()
    metric = aht(make, client)
    person = make.staff(client=client)
    make_kpi_values(metric, person, [(dt.date(2026, 4, 10), 400, 10),
                                     (dt.date(2026, 5, 10), 320, 10),
                                     (dt.date(2026, 6, 1), 280, 30),
                                     (dt.date(2026, 6, 2), 360, 10),
                                     (dt.date(2025, 6, 30), 999, 1)])  # 13 months ago
    (row,) = kpi.person_kpis(person["id"], today=TODAY)
    assert len(row["months"]) == 12 and row["months"][0]["month"] == dt.date(2025, 7, 1)
    figures = [m["value"] for m in row["months"][-3:]]
    assert figures == [400, 320, pytest.approx((280 * 30 + 360 * 10) / 40)]
    assert [m["status"] for m in row["months"][-3:]] == ["below", "warning", "met"]
    assert row["latest"]["value"] == pytest.approx(300)
    assert row["trend"] == "improving"
    assert kpi.person_kpis(make.staff()["id"], today=TODAY) == []


def test_below_target_two_months_running_for_a_client(db, make):
    client = make.client()
    metric = aht(make, client)
    slow = make.staff("Sam", "Slow", client=client)
    once = make.staff("Olga", "Once", client=client)
    fine = make.staff("Fay", "Fine", client=client)
    make_kpi_values(metric, slow, [(APRIL, 350, 10), (MAY, 340, 10)], period="month")
    make_kpi_values(metric, once, [(APRIL, 200, 10), (MAY, 340, 10)], period="month")
    make_kpi_values(metric, fine, [(APRIL, 400, 10), (MAY, 290, 10)], period="month")
    found = kpi.below_target_running(client["id"], today=TODAY)
    assert [(r["name"], r["periods_below"], r["figures"]) for r in found] == [
        ("Sam Slow", 2, [350, 340])]  # June has no values yet: May is the latest month
    assert kpi.below_target_running(client["id"], periods=3, today=TODAY) == []
    with pytest.raises(ValidationError):
        kpi.below_target_running(today=TODAY)


def test_below_target_near_the_target_is_decided_on_the_shown_figure(db, make):
    """The SQL narrows the list to person-metrics near or below target; the figure as shown
    (rounded to the metric's decimals) decides, for every roll-up."""
    client = make.client()
    weighted = make_kpi_metric(make, client, name="A weighted", better="lower", target=299.7,
                               rollup="weighted", weight_column="Handled")
    average = make_kpi_metric(make, client, name="B average", target=85.04, decimals=1)
    total = make_kpi_metric(make, client, name="C sum", target=100, rollup="sum")
    latest = make_kpi_metric(make, client, name="D latest", better="lower", target=10,
                             rollup="latest")
    ann, bob = make.staff("Ann", "Near", client=client), make.staff("Bob", "Fine", client=client)
    may_2, june_2 = dt.date(2026, 5, 2), dt.date(2026, 6, 2)
    # Ann: better than target, but shown as 300 (worse than 299.7) and 85.0 (below 85.04)
    make_kpi_values(weighted, ann, [(MAY, 299.6, 10), (JUNE, 299.6, 10)])
    make_kpi_values(average, ann, [(MAY, 85.04), (JUNE, 85.04)])
    make_kpi_values(total, ann, [(MAY, 40), (may_2, 50), (JUNE, 99.4)])
    make_kpi_values(latest, ann, [(MAY, 5), (may_2, 11), (JUNE, 9), (june_2, 12)])
    # Bob: no weight at all (no figure), 85.1 shown, sums at target, the latest shown as 10
    make_kpi_values(weighted, bob, [(MAY, 900, 0), (JUNE, 900, 0)])
    make_kpi_values(average, bob, [(MAY, 85.06), (JUNE, 85.06)])
    make_kpi_values(total, bob, [(MAY, 99.6), (JUNE, 60), (june_2, 40)])
    make_kpi_values(latest, bob, [(MAY, 12), (JUNE, 20), (june_2, 10.4)])
    found = kpi.below_target_running(client["id"], today=TODAY)
    assert [(r["metric"], r["name"], r["figures"]) for r in found] == [
        ("A weighted", "Ann Near", [pytest.approx(299.6)] * 2),
        ("B average", "Ann Near", [pytest.approx(85.04)] * 2),
        ("C sum", "Ann Near", [90, pytest.approx(99.4)]),
        ("D latest", "Ann Near", [11, 12])]


def test_below_target_running_for_a_team_leads_people(sqlite_db):
    make = Make()
    client = make.client()
    metric = aht(make, client)
    lead = AppUser.create(login="lead", role="mentor")
    mine, theirs = make.staff(client=client), make.staff(client=client)
    Staff.update(reports_to=lead.id).where(Staff.id == mine["id"]).execute()
    for person in (mine, theirs):
        make_kpi_values(metric, person, [(MAY, 350, 10), (JUNE, 340, 10)], period="month")
    found = kpi.below_target_running(reports_to=lead.id, today=TODAY)
    assert [(r["employee_id"], r["periods_below"]) for r in found] == [
        (mine["employee_id"], 2)]


# -- where it shows: the dashboard and My work ----------------------------------------------
def test_dashboard_below_target_by_client_with_the_filters(db, make):
    from mentorapp.services import dashboard

    acme, globex, quiet = make.client("Acme"), make.client("Globex"), make.client("Quiet")
    metric = aht(make, acme)
    qa = make_kpi_metric(make, globex, name="QA score")
    make_kpi_metric(make, quiet, name="CSAT")  # metrics, no values: nobody listed
    sam = make.staff("Sam", "Slow", client=acme, team="Blue")
    tia = make.staff("Tia", "Tardy", client=acme, team="Red")
    gus = make.staff("Gus", "Low", client=globex, team="Blue")
    for person in (sam, tia):
        make_kpi_values(metric, person, [(MAY, 350, 10), (JUNE, 340, 10)], period="month")
    make_kpi_values(qa, gus, [(MAY, 80), (JUNE, 85)], period="month")
    rows = dashboard.kpi_below_target(TODAY)
    assert [(r["client_name"], r["name"], r["metric"]) for r in rows] == [
        ("Acme", "Sam Slow", "AHT"), ("Acme", "Tia Tardy", "AHT"),
        ("Globex", "Gus Low", "QA score")]
    assert [r["staff_id"] for r in rows] == [sam["id"], tia["id"], gus["id"]]
    assert [r["name"] for r in dashboard.kpi_below_target(TODAY, client=globex["id"])] == \
        ["Gus Low"]
    assert [r["name"] for r in dashboard.kpi_below_target(TODAY, team="Blue")] == \
        ["Sam Slow", "Gus Low"]
    kpi.set_archived(qa["id"])
    assert [r["name"] for r in dashboard.kpi_below_target(TODAY, team="Blue")] == ["Sam Slow"]
    assert dashboard.kpi_below_target(TODAY, client=quiet["id"]) == []


def test_my_work_below_target_is_a_team_leads_direct_reports(sqlite_db):
    from mentorapp.services import my_work

    make = Make()
    client = make.client()
    metric = aht(make, client)
    lead = AppUser.create(login="lead", role="mentor")
    mine, theirs = make.staff(client=client), make.staff(client=client)
    Staff.update(reports_to=lead.id).where(Staff.id == mine["id"]).execute()
    for person in (mine, theirs):
        make_kpi_values(metric, person, [(MAY, 350, 10), (JUNE, 340, 10)], period="month")
    me = {"login": "lead", "staff": None, "shared": True}
    assert [r["staff"] for r in my_work.below_target(me, today=TODAY)] == [mine["id"]]
    # a SQLite file's user (no one reports to anyone there) has no such section
    assert my_work.below_target({"login": "lead", "staff": None, "shared": False},
                                today=TODAY) == []
