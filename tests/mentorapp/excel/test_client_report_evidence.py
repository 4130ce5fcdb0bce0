"""The client report's KPI scorecard, KPI by agent, Quality and Evaluations sheets: figures
against a hand computation (team and account totals weighted as the contract counts them),
conditional formats and the chart, and proof that no internal metric or evaluation, and
nothing of another client, is anywhere in the file."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
import zipfile

import pytest
from openpyxl import load_workbook

from mentorapp import kpis
from mentorapp.excel import client_data
from mentorapp.excel.client_report import NO_KPI, NO_QUALITY, export_client_report
from mentorapp.models import Evaluation, EvaluationAnswer, EvaluationDispute, KpiMetric
from mentorapp.services import quality, staff
from tests.mentorapp.test_shared import company  # noqa: F401  (the shared company fixture)
from tests.records import (
    QUALITY_ITEMS,
    make_evaluation,
    make_kpi_metric,
    make_kpi_values,
    make_scorecard,
)

START, END = dt.date(2025, 1, 1), dt.date(2025, 3, 31)
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
SECRETS = {
    "internal metric": "ZZINTERNALMETRIC42",
    "other client's metric": "ZZGLOBEXMETRIC42",
    "other client's staff": "ZZGLOBEXPERSON42",
    "left before the period": "ZZLEFTBEFORE42",
    "internal evaluation": "ZZINTERNALCALL42",
    "item comment": "ZZITEMCOMMENT42",
    "internal item comment": "ZZINTERNALITEMCOMMENT42",
    "acknowledgement": "ZZACK42",
    "dispute": "ZZDISPUTE42",
    "evaluator": "zz.evaluator42",
    "calibrating evaluator": "zz.calibrator42",
    "calibrated interaction": "ZZCALIBCALL42",
    "calibration notes": "ZZCALIBNOTE42",
    "other client's evaluation": "ZZGLOBEXCALL42",
    "other client's scorecard": "ZZGLOBEXCARD42",
    "evaluation on another client's scorecard": "ZZOTHERCARD42",
    "evaluation of someone not on the account": "ZZNOTONACCOUNT42",
    "evaluation after the period": "ZZTOOLATE42",
}
# (person, day, value, count) of the shareable weighted AHT metric (seconds, lower is better,
# target 300, warning 330) in the period; Gil's is on the metric but he was never on the
# account, Dan's December value is from his last month on it.
AHT = [("ana", dt.date(2025, 1, 10), 280, 100), ("ana", dt.date(2025, 2, 10), 320, 50),
       ("ben", dt.date(2025, 1, 15), 400, 12), ("cara", dt.date(2025, 3, 3), 250, 40)]
AHT_EARLIER = [("ana", dt.date(2024, 12, 5), 350, 20), ("dan", dt.date(2024, 12, 9), 500, 10)]


def _weighted(points) -> float:
    return sum(v * c for *_, v, c in points) / sum(c for *_, c in points)


def _seed(make) -> dict:
    acme, globex = make.client("Acme Corp"), make.client("Globex")
    ids = {"ana": make.staff("Ana", "Cruz", acme, employee_id="A001", team="North",
                             since=dt.date(2023, 7, 1)),
           "ben": make.staff("Ben", "Ong", acme, employee_id="A002", team="North",
                             since=dt.date(2024, 6, 1)),
           "cara": make.staff("Cara", "Diaz", acme, employee_id="A003",
                              since=dt.date(2024, 1, 1)),
           "dan": make.staff("Dan", SECRETS["left before the period"], acme,
                             employee_id="A004", since=dt.date(2024, 1, 1)),
           "gil": make.staff("Gil", SECRETS["other client's staff"], globex,
                             employee_id="G001", since=dt.date(2024, 1, 1))}
    staff.end_assignment(ids["dan"]["id"], START - dt.timedelta(days=1))

    aht = make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300,
                          warning=330, rollup="weighted", weight_column="Handled",
                          shareable=True)
    csat = make_kpi_metric(make, acme, name="CSAT", unit="percent", better="higher",
                           target=85, warning=80, rollup="weighted", weight_column="Surveys",
                           decimals=1, shareable=True)
    qa = make_kpi_metric(make, acme, name="QA score", target=90, decimals=1, shareable=True)
    certs = make_kpi_metric(make, acme, name="Certifications", unit="count", target=2,
                            rollup="latest", shareable=True)
    internal = make_kpi_metric(make, acme, name=SECRETS["internal metric"])
    other = make_kpi_metric(make, globex, name=SECRETS["other client's metric"],
                            shareable=True)
    for person, day, value, count in AHT + AHT_EARLIER:
        make_kpi_values(aht, ids[person], [(day, value, count)])
    make_kpi_values(aht, ids["gil"], [(dt.date(2025, 1, 20), 100, 1000)])
    make_kpi_values(csat, ids["ana"], [(dt.date(2025, 1, 20), 90, 10)])
    make_kpi_values(csat, ids["ben"], [(dt.date(2025, 2, 1), 70, 30)])
    make_kpi_values(qa, ids["ana"], [(dt.date(2025, 1, 5), 95), (dt.date(2025, 3, 5), 85)])
    make_kpi_values(qa, ids["cara"], [(dt.date(2025, 2, 2), 80)])
    make_kpi_values(certs, ids["ana"], [(dt.date(2025, 1, 31), 1), (dt.date(2025, 3, 31), 3)])
    make_kpi_values(certs, ids["ben"], [(dt.date(2025, 2, 28), 2)])
    for metric in (internal, other):
        make_kpi_values(metric, ids["ben"], [(dt.date(2025, 2, 3), 50)])

    card = make_scorecard(make, name="Calls")
    foreign_card = make_scorecard(make, name=SECRETS["other client's scorecard"],
                                  client=globex["id"])

    def evaluation(person, day, interaction, answers=ALL_YES, *, client=acme, shareable=True,
                   on=card):
        return make_evaluation(make, on, ids[person], answers, client=client["id"],
                               interaction_date=day, interaction_id=interaction,
                               shareable=shareable, evaluator=SECRETS["evaluator"])

    first = evaluation("ana", dt.date(2025, 1, 10), "CALL-1",
                       {**ALL_YES, "greet": ("no", SECRETS["item comment"])})
    failed = evaluation("ben", dt.date(2025, 2, 3), "=HYPERLINK(\"x\")",
                        {**ALL_YES, "verify": "no"})
    last = evaluation("ana", dt.date(2025, 3, 1), "CALL-3")
    evaluation("ana", dt.date(2025, 1, 12), SECRETS["internal evaluation"],
               {**ALL_YES, "tone": ("1", SECRETS["internal item comment"])}, shareable=False)
    evaluation("ben", dt.date(2025, 2, 4), SECRETS["other client's evaluation"], client=globex)
    evaluation("gil", dt.date(2025, 2, 5), SECRETS["evaluation of someone not on the account"])
    legacy = evaluation("ana", dt.date(2025, 2, 6),
                        SECRETS["evaluation on another client's scorecard"], client=globex,
                        on=foreign_card)
    # One of Acme's on Globex's scorecard, as a database made before a client's scorecard
    # took only that client's evaluations may hold.
    Evaluation.update(client=acme["id"]).where(Evaluation.id == legacy["id"]).execute()
    evaluation("ana", END + dt.timedelta(days=1), SECRETS["evaluation after the period"])
    Evaluation.update(acknowledgement=SECRETS["acknowledgement"]).where(
        Evaluation.id == last["id"]).execute()
    EvaluationDispute.create(evaluation=failed["id"], raised_by="ben.ong",
                             reason=SECRETS["dispute"], proposed=json.dumps({"verify": "yes"}))

    version = quality.version_id(card["id"])
    for client, held_on in ((acme, dt.date(2025, 2, 20)), (globex, dt.date(2025, 2, 21))):
        session = quality.create_calibration(version, SECRETS["calibrated interaction"],
                                             held_on=held_on, client=client["id"],
                                             notes=SECRETS["calibration notes"])
        for login, answers in (("expert", ALL_YES),
                               (SECRETS["calibrating evaluator"],
                                {**ALL_YES, "greet": "no"} if client is acme
                                else {**ALL_YES, "solve": "no"})):
            quality.evaluate(version, answers, evaluator=login, staff=ids["ana"]["id"],
                             interaction_date=held_on, calibration=session["id"],
                             reference=login == "expert")
    return {"acme": acme, "globex": globex, "first": first, **ids}


@pytest.fixture
def seeded(db, make):
    return _seed(make)


@pytest.fixture
def report(seeded, tmp_path):
    path = export_client_report("Acme Corp", START, END, tmp_path / "acme.xlsx")
    return load_workbook(path), path


def _table(ws, name) -> list[dict]:
    rows = [[c.value for c in row] for row in ws[ws.tables[name].ref]]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _by(rows, *keys) -> dict:
    return {tuple(row[k] for k in keys) if len(keys) > 1 else row[keys[0]]: row
            for row in rows}


def test_account_and_team_totals_are_weighted_as_the_contract_counts(report):
    ws = report[0]["KPI scorecard"]
    account = _by(_table(ws, "tblKpiAccount"), "Metric")
    assert list(account) == ["AHT", "Certifications", "CSAT", "QA score"]  # no internal one
    aht = account["AHT"]
    # Every agent's calls counted together (not Gil's: never on the account): 291.1 s, not
    # the 314.4 s of averaging the agents' averages.
    expected = _weighted(AHT)
    assert expected == pytest.approx(58800 / 202)
    assert (aht["Target"], aht["Account"]) == (300, pytest.approx(expected))
    assert aht["Attainment"] == pytest.approx(300 / expected)  # lower is better
    assert (aht["Better when"], aht["Status"]) == ("Lower", "Met")
    # December 400 s (Ana and Dan, both on the account then), then 292.9, 320, 250: improving.
    assert aht["Trend"] == "Improving"
    csat = account["CSAT"]
    assert csat["Account"] == pytest.approx((90 * 10 + 70 * 30) / 40)
    assert (csat["Status"], csat["Trend"]) == ("Below target", "Worsening")
    qa = account["QA score"]
    assert qa["Account"] == pytest.approx((95 + 85 + 80) / 3)  # every value, not (90 + 80) / 2
    assert qa["Status"] == "Below target"
    certs = account["Certifications"]
    assert certs["Account"] == pytest.approx((3 + 2) / 2)  # each agent's latest, averaged
    assert certs["Status"] == "Met"
    assert ws.cell(row=5, column=4).number_format == '#,##0" s"'
    assert ws.cell(row=7, column=4).number_format == '#,##0.0"%"'

    teams = _by(_table(ws, "tblKpiTeams"), "Metric", "Team")
    north = teams[("AHT", "North")]
    assert north["Value"] == pytest.approx(_weighted([p for p in AHT if p[0] != "cara"]))
    assert (north["Status"], north["Agents"]) == ("Warning", 2)  # 301.2 s: within 330
    assert teams[("AHT", "No team")]["Value"] == 250
    assert teams[("QA score", "North")]["Value"] == pytest.approx(90)
    assert sorted(teams) == [("AHT", "No team"), ("AHT", "North"), ("CSAT", "North"),
                             ("Certifications", "North"), ("QA score", "No team"),
                             ("QA score", "North")]


def test_a_period_of_part_months_counts_only_its_days(seeded, tmp_path):
    """Whole months come from the monthly sums, the part months' days from the values: from
    12 January to 15 February, Ben's call of 15 January and Ana's of 10 February only."""
    start, end = dt.date(2025, 1, 12), dt.date(2025, 2, 15)
    wb = load_workbook(export_client_report("Acme Corp", start, end, tmp_path / "part.xlsx"))
    ws = wb["KPI scorecard"]
    inside = [p for p in AHT if start <= p[1] <= end]
    assert [p[0] for p in inside] == ["ana", "ben"]
    account = _by(_table(ws, "tblKpiAccount"), "Metric")
    assert account["AHT"]["Account"] == pytest.approx(_weighted(inside))
    assert account["QA score"]["Account"] == 80  # Cara's of 2 February; Ana's of the 5th not
    months = _by(_table(ws, "tblKpiMonths"), "Month")
    assert months["Jan 2025"]["AHT"] == pytest.approx(300 / 400)  # Ben's alone
    assert months["Feb 2025"]["AHT"] == pytest.approx(300 / 320)
    assert months["Dec 2024"]["AHT"] == pytest.approx(300 / _weighted(AHT_EARLIER))
    agents = _by(_table(wb["KPI by agent"], "tblKpiAgents"), "Employee ID", "Metric")
    assert agents[("A001", "Certifications")]["Value"] == 1  # her latest by 15 February
    assert ("A003", "AHT") not in agents  # Cara's call of 3 March is after the period


def test_each_agent_and_metric_against_target(report):
    ws = report[0]["KPI by agent"]
    rows = _by(_table(ws, "tblKpiAgents"), "Employee ID", "Metric")
    assert sorted({emp for emp, _ in rows}) == ["A001", "A002", "A003"]  # not Dan, not Gil
    ana = rows[("A001", "AHT")]
    assert (ana["Name"], ana["Team"], ana["Target"]) == ("Ana Cruz", "North", 300)
    assert ana["Value"] == pytest.approx(_weighted([p for p in AHT if p[0] == "ana"]))
    assert ana["Attainment"] == pytest.approx(300 / ana["Value"])
    assert ana["Status"] == "Met"
    assert ana["Trend"] == "Improving"  # 350 in December, 280, 320
    ben = rows[("A002", "AHT")]
    assert (ben["Value"], ben["Status"], ben["Trend"]) == (400, "Below target", None)
    assert (rows[("A003", "AHT")]["Team"], rows[("A003", "QA score")]["Value"]) == (
        "No team", 80)
    assert rows[("A001", "Certifications")]["Value"] == 3  # her latest
    assert rows[("A001", "QA score")]["Value"] == pytest.approx(90)
    assert ("A003", "CSAT") not in rows  # no values, no row
    header = [c.value for c in ws[1]]
    (ana_row,) = [r for r in ws.iter_rows(min_row=2) if r[0].value == "A001"
                  and r[3].value == "CSAT"]
    assert ana_row[header.index("Value")].number_format == '#,##0.0"%"'
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"


def test_attainment_by_month_table_and_chart(report):
    ws = report[0]["KPI scorecard"]
    months = _table(ws, "tblKpiMonths")
    assert [m["Month"] for m in months][-4:] == ["Dec 2024", "Jan 2025", "Feb 2025",
                                                 "Mar 2025"]
    assert len(months) == 12 and [m["Report period"] for m in months].count("Yes") == 3
    by_month = _by(months, "Month")
    december = _weighted([p for p in AHT_EARLIER])  # Dan counts: on the account in December
    assert by_month["Dec 2024"]["AHT"] == pytest.approx(300 / december)
    january = _weighted([p for p in AHT if p[1].month == 1])
    assert by_month["Jan 2025"]["AHT"] == pytest.approx(300 / january)
    assert by_month["Feb 2025"]["CSAT"] == pytest.approx(70 / 85)
    assert by_month["Nov 2024"]["AHT"] is None
    assert {m["Target"] for m in months} == {1}
    (chart,) = ws._charts
    assert chart.title.tx.rich.p[0].r[0].t == "Attainment by month"
    header_row = int(ws.tables["tblKpiMonths"].ref.split(":")[0][1:])
    references = [s.val.numRef.f for s in chart.series]
    assert references == [f"'KPI scorecard'!${col}${header_row + 1}:${col}${header_row + 12}"
                          for col in "BCDEF"]  # four metrics and the target
    assert chart.series[-1].graphicalProperties.line.prstDash == "dash"
    # The months and the chart print on a page of their own, after the teams.
    teams_last = int(ws.tables["tblKpiTeams"].ref.split(":")[1][1:])
    assert [b.id for b in ws.row_breaks.brk] == [teams_last]
    assert ws.oddFooter.left.text == "Confidential - prepared for Acme Corp"
    assert ws.page_setup.orientation == "landscape"
    assert ws.row_dimensions[header_row].height >= 2 * 15  # "Report period" wraps


def test_conditional_formats_mark_below_target_and_warning_values(report):
    wb, _ = report

    def rules(ws):
        return {(str(cf.sqref), rule.type, tuple(rule.formula or ()))
                for cf in ws.conditional_formatting for rule in cf.rules}

    ws = wb["KPI scorecard"]
    found = rules(ws)
    # Value, attainment and status (columns D to F), not the target, by the row's status.
    for table in ("tblKpiAccount", "tblKpiTeams"):
        ref = ws.tables[table].ref
        first, last = int(ref.split(":")[0][1:]) + 1, int(ref.split(":")[1][1:])
        assert (f"D{first}:F{last}", "expression", (f'$F{first}="Below target"',)) in found
        assert (f"D{first}:F{last}", "expression", (f'$F{first}="Warning"',)) in found
    # Each month's attainment: AHT (column B) red below 300/330 (its warning), yellow
    # below what shows as 100.0%; QA score (column E, no warning) red below that.
    header_row = int(ws.tables["tblKpiMonths"].ref.split(":")[0][1:])

    def month_rules(column):
        area = f"{column}{header_row + 1}:{column}{header_row + 12}"
        return {(kind, formula) for ref, kind, formula in found if ref == area}

    assert month_rules("B") == {("cellIs", (repr(300 / 330),)), ("cellIs", ("0.9995",))}
    assert month_rules("E") == {("cellIs", ("0.9995",))}
    agents = rules(wb["KPI by agent"])
    rows = len(_table(wb["KPI by agent"], "tblKpiAgents"))
    assert agents == {(f"F2:H{rows + 1}", "expression", ('$H2="Below target"',)),
                      (f"F2:H{rows + 1}", "expression", ('$H2="Warning"',))}
    below = next(r for cf in wb["KPI by agent"].conditional_formatting for r in cf.rules
                 if "Below" in r.formula[0])
    assert below.dxf.fill.fgColor.rgb.endswith("FFC7CE")
    evaluations = rules(wb["Evaluations"])
    assert evaluations == {("G2:H4", "expression", ('$H2="Yes"',))}


def test_quality_sheet_figures_items_and_calibration(report):
    ws = report[0]["Quality"]
    figures = {r["Figure"]: r["This period"] for r in _table(ws, "tblQualityFigures")}
    # Ana 87.5 (greet failed), Ben 0 (a critical item failed), Ana 100.
    assert figures["Evaluations"] == 3 and figures["Agents evaluated"] == 2
    assert figures["Average score"] == pytest.approx((87.5 + 0 + 100) / 3 / 100)
    assert figures["Evaluations with a critical fail"] == 1
    assert figures["Share with a critical fail"] == pytest.approx(1 / 3)
    assert figures["Calibration sessions"] == 1  # Acme's, not Globex's
    assert figures["Evaluators' average distance from the expert (points)"] == 12.5
    failed = _table(ws, "tblFailedItems")
    assert [(r["Item"], r["Section"], r["Times failed"]) for r in failed] == [
        ("Greeted the customer", "Opening", 1), ("Verified identity", "Opening", 1)]
    assert failed[0]["Share of evaluations"] == pytest.approx(1 / 3)
    spread = _by(_table(ws, "tblCalibration"), "Item")
    assert spread["Greeted the customer"]["Average spread"] == 1
    assert spread["Solved the problem"]["Average spread"] == 0  # Globex's disagreement: not
    assert {r["Sessions"] for r in spread.values()} == {1}


def test_evaluations_sheet_lists_the_shareable_ones(report):
    ws = report[0]["Evaluations"]
    rows = _table(ws, "tblEvaluations")
    assert [(r["Date"].date(), r["Employee ID"], r["Interaction ID"], r["Score"],
             r["Critical fail"]) for r in rows] == [
        (dt.date(2025, 1, 10), "A001", "CALL-1", 0.875, "No"),
        (dt.date(2025, 2, 3), "A002", "=HYPERLINK(\"x\")", 0, "Yes"),
        (dt.date(2025, 3, 1), "A001", "CALL-3", 1, "No")]
    assert (rows[0]["Name"], rows[0]["Scorecard"], rows[0]["Channel"]) == (
        "Ana Cruz", "Calls", "Phone")
    assert ws["E3"].data_type == "s" and ws["E3"].quotePrefix  # text, not a formula
    assert ws["G2"].number_format == "0.0%"


def test_nothing_internal_or_of_another_client_anywhere_in_the_package(report, seeded):
    _, path = report
    # The secrets are in the database, so the test can fail.
    assert KpiMetric.select().where(KpiMetric.name == SECRETS["internal metric"]).exists()
    assert EvaluationAnswer.select().where(
        EvaluationAnswer.comment == SECRETS["item comment"]).exists()
    assert Evaluation.select().where(
        Evaluation.interaction_id == SECRETS["internal evaluation"]).exists()
    assert Evaluation.select().where(Evaluation.evaluator == SECRETS["evaluator"]).count() == 8
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        assert any(name.startswith("xl/charts/") for name in names)
        for name in names:  # cells, comments, charts, defined names, headers and footers
            text = package.read(name).decode("utf-8", errors="replace")
            for kind, secret in SECRETS.items():
                assert secret.lower() not in text.lower(), f"{kind} found in {name}"
            assert "Globex" not in text, f"other client named in {name}"


def test_a_client_sharing_no_kpi_or_evaluation_gets_one_line_each(db, make, tmp_path):
    """The sheets are there (the workbook looks the same every period), each saying so."""
    initech = make.client("Initech")
    person = make.staff("Ivy", "Ng", initech, employee_id="I001")
    internal = make_kpi_metric(make, initech, name="AHT")
    make_kpi_values(internal, person, [(dt.date(2025, 2, 3), 300)])
    make_evaluation(make, make_scorecard(make), person, client=initech["id"],
                    interaction_date=dt.date(2025, 2, 3), interaction_id="I-1")
    wb = load_workbook(export_client_report("Initech", START, END, tmp_path / "i.xlsx"))
    for title, line in (("KPI scorecard", NO_KPI), ("Quality", NO_QUALITY)):
        texts = [c.value for row in wb[title].iter_rows() for c in row if c.value]
        assert texts[-1] == line and len(texts) == 3, title  # title, subtitle, the line
        assert not wb[title].tables and not wb[title]._charts
    assert wb["KPI by agent"]["A2"].value == NO_KPI
    assert wb["Evaluations"]["A2"].value == "No shareable evaluations in this period"


@pytest.mark.parametrize("rollup", kpis.ROLLUPS)
def test_group_figures_from_month_sums_equal_the_arithmetic_on_every_value(rollup):
    """`kpi_figure` over per-person-month sums gives what `kpis.roll_up_group` gives over
    the values themselves."""
    metric = kpis.Metric("m", "seconds", "lower", 300, rollup=rollup)
    points = {1: [kpis.Point(dt.date(2025, 1, 3), 280, 100),
                  kpis.Point(dt.date(2025, 1, 9), 300, 30),
                  kpis.Point(dt.date(2025, 2, 1), 320, 50)],
              2: [kpis.Point(dt.date(2025, 1, 15), 400, 12)]}
    cells = {}
    for person, values in points.items():
        for point in values:
            cell = cells.setdefault((person, point.day.month), client_data.KpiCell())
            cell.weighted += point.value * point.count
            cell.weight += point.count
            cell.total += point.value
            cell.count += 1
            if cell.last_day is None or point.day > cell.last_day:
                cell.last_day, cell.last_value = point.day, point.value
    assert client_data.kpi_figure(rollup, [(person, cell) for (person, _), cell
                                           in cells.items()]) == pytest.approx(
        kpis.roll_up_group(points, metric))
    assert client_data.kpi_figure(rollup, []) is None


@pytest.mark.parametrize("rollup", kpis.ROLLUPS)
def test_pooled_figures_equal_kpi_figure_of_the_same_cells(rollup):
    """The scorecard adds each agent's months up once and merges agents into teams and the
    account (`_Pool`); a pool, a merge of pools and a single cell give what `kpi_figure`
    gives over the cells themselves."""
    pick = random.Random(rollup)
    cells = []
    for person in range(1, 30):
        for month in range(1, pick.randint(1, 13)):
            count = pick.randint(1, 5)
            cells.append((person, client_data.KpiCell(
                weighted=pick.uniform(100, 500) * count, weight=count,
                total=pick.uniform(100, 500), count=count,
                last_day=dt.date(2025, month, pick.randint(1, 28)),
                last_value=pick.uniform(0, 10))))
    cells.append((30, client_data.KpiCell()))  # a month with nothing counted
    pools = {}
    for person, cell in cells:
        pools.setdefault(person % 4, client_data._Pool(rollup)).add(person, cell)
    merged = client_data._Pool(rollup)
    for pool in pools.values():
        merged.merge(pool)
    assert merged.figure(rollup) == pytest.approx(client_data.kpi_figure(rollup, cells))
    for team, pool in pools.items():
        assert pool.figure(rollup) == pytest.approx(client_data.kpi_figure(
            rollup, [(p, c) for p, c in cells if p % 4 == team]))
    for person, cell in cells:
        assert client_data._cell_figure(
            rollup, cell.weighted, cell.weight, cell.total, cell.count, cell.last_day,
            cell.last_value) == client_data.kpi_figure(rollup, [(person, cell)])
    assert client_data._Pool(rollup).figure(rollup) is None
    assert (merged.latest is None) == (rollup != "latest")  # kept where it counts only


@pytest.mark.postgres
def test_an_account_manager_exports_the_sheets_as_the_database_lets_them_read(
        company, tmp_path):  # noqa: F811
    """Shared mode: Alma manages Acme (Ana and Lena); row-level security decides what she
    reads, and her report holds Acme's shared KPI figures, evaluations and calibration, and
    nothing of Beta's."""
    from mentorapp import db as dbmod
    from mentorapp.services import audit, kpi
    from tests.mentorapp.test_shared import PASSWORDS, ROLE_OF

    url, ids = company
    database = dbmod.connect(url)
    database.connect()
    dbmod.database.initialize(database)
    audit.set_actor("postgres")
    day = dt.date.today().replace(day=1) - dt.timedelta(days=20)  # last month, on the account
    start, end = day.replace(day=1), (day.replace(day=28) + dt.timedelta(days=4)).replace(
        day=1) - dt.timedelta(days=1)
    card = quality.create_scorecard(f"Calls {uuid.uuid4().hex[:6]}")
    quality.set_items(card["id"], QUALITY_ITEMS)
    version = quality.version_id(quality.publish(card["id"])["id"])
    for client, people in (("acme", ("ana", "lena")), ("beta", ("ben",))):
        metric = kpi.define(client=ids[client], name=f"AHT {client}", unit="seconds",
                            better="lower", target=300, rollup="weighted",
                            weight_column="Handled", shareable=True)
        for n, person in enumerate(people):
            make_kpi_values(metric, {"id": ids[person]}, [(day, 280 + 40 * n, 10 + 30 * n)])
            quality.evaluate(version, ALL_YES, evaluator="otto", staff=ids[person],
                             client=ids[client], interaction_date=day, shareable=True,
                             interaction_id=f"{client.upper()}-{person}")
        session = quality.create_calibration(version, f"CAL-{client}", held_on=day,
                                             client=ids[client])
        for login, answers in (("otto", ALL_YES), ("boss", {**ALL_YES, "greet": "no"})):
            quality.evaluate(version, answers, evaluator=login, staff=ids[people[0]],
                             calibration=session["id"], interaction_date=day,
                             reference=login == "otto")
    database.close()
    assert ROLE_OF["alma"] == "account_manager"
    alma = dbmod.connect(url.replace("postgres:cluster-superuser-pw@",
                                     f"alma:{PASSWORDS['alma']}@"))
    alma.connect()
    dbmod.database.initialize(alma)
    audit.set_recorded_by_database(True)  # as opening a shared database says
    try:
        path = export_client_report("Acme", start, end, tmp_path / "acme.xlsx")
    finally:
        audit.set_recorded_by_database(False)
        alma.close()
    wb = load_workbook(path)
    (aht,) = _table(wb["KPI scorecard"], "tblKpiAccount")
    assert aht["Account"] == pytest.approx((280 * 10 + 320 * 40) / 50)
    figures = {r["Figure"]: r["This period"]
               for r in _table(wb["Quality"], "tblQualityFigures")}
    assert (figures["Evaluations"], figures["Calibration sessions"]) == (2, 1)
    assert figures["Evaluators' average distance from the expert (points)"] == 12.5
    assert sorted(r["Interaction ID"] for r in _table(wb["Evaluations"], "tblEvaluations")) == [
        "ACME-ana", "ACME-lena"]
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            text = package.read(name).decode("utf-8", errors="replace")
            for other in ("Beta", "AHT beta", "BETA-ben", "CAL-beta"):
                assert other not in text, (other, name)


def test_the_kpi_and_quality_sheets_in_spanish(report, tmp_path):
    """Issue 18: the status, trend and direction words, the group without a team, the
    conditional formats that match those words and the evaluations' Yes/No in the client's
    language; metric names and every figure as in the English pack."""
    from mentorapp.services import clients

    english = report[0]
    clients.set_report_language("Acme Corp", "es")
    wb = load_workbook(export_client_report("Acme Corp", START, END, tmp_path / "es.xlsx"))
    ws = wb["Tablero de KPI"]
    account = _by(_table(ws, "tblKpiAccount"), "Métrica")
    assert list(account) == ["AHT", "Certifications", "CSAT", "QA score"]  # typed names
    aht = account["AHT"]
    assert (aht["Mejor cuando es"], aht["Estado"], aht["Tendencia"]) == ("Más bajo", "Cumplido",
                                                                       "Mejorando")
    assert (account["CSAT"]["Estado"], account["CSAT"]["Tendencia"]) == ("Bajo la meta",
                                                                       "Empeorando")
    english_account = _by(_table(english["KPI scorecard"], "tblKpiAccount"), "Metric")
    assert [(r["Meta"], r["Cuenta"], r["Cumplimiento"]) for r in account.values()] == [
        (r["Target"], r["Account"], r["Attainment"]) for r in english_account.values()]
    teams = _by(_table(ws, "tblKpiTeams"), "Métrica", "Equipo")
    assert teams[("AHT", "Sin equipo")]["Valor"] == 250
    assert teams[("AHT", "North")]["Estado"] == "Alerta"
    found = {(str(cf.sqref), rule.formula[0]) for cf in ws.conditional_formatting
             for rule in cf.rules if rule.type == "expression"}
    for table in ("tblKpiAccount", "tblKpiTeams"):
        ref = ws.tables[table].ref
        first, last = int(ref.split(":")[0][1:]) + 1, int(ref.split(":")[1][1:])
        assert (f"D{first}:F{last}", f'$F{first}="Bajo la meta"') in found
        assert (f"D{first}:F{last}", f'$F{first}="Alerta"') in found
    months = [m["Mes"] for m in _table(ws, "tblKpiMonths")]
    assert months[-4:] == ["dic 2024", "ene 2025", "feb 2025", "mar 2025"]

    agents = _by(_table(wb["KPI por agente"], "tblKpiAgents"), "ID de empleado", "Métrica")
    assert agents[("A003", "AHT")]["Equipo"] == "Sin equipo"
    assert agents[("A002", "AHT")]["Estado"] == "Bajo la meta"
    evaluations = _table(wb["Evaluaciones"], "tblEvaluations")
    assert [(r["ID de la interacción"], r["Falla crítica"], r["Canal"]) for r in evaluations] == [
        ("CALL-1", "No", "Teléfono"), ('=HYPERLINK("x")', "Sí", "Teléfono"),
        ("CALL-3", "No", "Teléfono")]
    assert {r.formula[0] for cf in wb["Evaluaciones"].conditional_formatting
            for r in cf.rules} == {'$H2="Sí"'}
    quality_figures = _table(wb["Calidad"], "tblQualityFigures")
    assert [r["Este período"] for r in quality_figures] == [
        r["This period"] for r in _table(english["Quality"], "tblQualityFigures")]


def test_the_scorecard_streamed_from_the_cells_equals_the_arithmetic_on_every_value(db, make):
    """`kpi_scorecard` adds each cell up as it comes from the database and keeps none: every
    agent's, team's and the account's figure, and the account's months, over a period of part
    months at both ends (their days from the values) and whole months between, equal
    `kpis.roll_up_group` over the values themselves, for every roll-up."""
    pick = random.Random(14)
    acme = make.client("Acme Corp")
    start, end = dt.date(2025, 1, 12), dt.date(2025, 4, 20)
    people = [make.staff(f"P{n}", f"Agent{n:02d}", acme, employee_id=f"A{n:03d}",
                         team=("North", "South", "")[n % 3], since=dt.date(2024, 1, 1))
              for n in range(12)]
    metrics = {rollup: make_kpi_metric(make, acme, name=f"M {rollup}", rollup=rollup,
                                       target=100, shareable=True,
                                       weight_column="Handled" if rollup == "weighted" else "")
               for rollup in kpis.ROLLUPS}
    points = {}  # (rollup, person id): [Point] in the period
    for rollup, metric in metrics.items():
        for person in people[: pick.randint(8, 12)]:
            days = sorted(pick.sample(range(150), pick.randint(1, 9)))
            values = [(dt.date(2025, 1, 1) + dt.timedelta(days=d), pick.uniform(50, 150),
                       pick.randint(1, 40)) for d in days]
            make_kpi_values(metric, person, values)
            points[(rollup, person["id"])] = [kpis.Point(day, value, count)
                                              for day, value, count in values
                                              if start <= day <= end]
    scorecard = client_data.kpi_scorecard(acme["id"], start, end)
    names = {p["employee_id"]: p["id"] for p in people}
    teams = {p["id"]: p["team"] or client_data.NO_TEAM for p in people}
    agents = {(a["metric"]["rollup"], names[a["employee_id"]]): a
              for a in scorecard["agents"]}
    expected_agents = {key for key, found in points.items() if found}
    assert set(agents) == expected_agents
    for rollup, metric in metrics.items():
        arithmetic = client_data.kpi.as_metric({**metric, "warning": None})

        def figure(who, within=lambda day: True, rollup=rollup, arithmetic=arithmetic):
            return kpis.roll_up_group({p: [x for x in points.get((rollup, p), [])
                                           if within(x.day)] for p in who}, arithmetic)

        agents_of = [p for (r, p) in expected_agents if r == rollup]
        for person in agents_of:
            assert agents[(rollup, person)]["value"] == pytest.approx(figure([person]))
        (account,) = [a for a in scorecard["account"] if a["metric"]["rollup"] == rollup]
        assert account["value"] == pytest.approx(figure(agents_of))
        for team in ("North", "South", client_data.NO_TEAM):
            members = [p for p in agents_of if teams[p] == team]
            (row,) = [t for t in scorecard["teams"]
                      if t["metric"]["rollup"] == rollup and t["team"] == team]
            assert (row["agents"], row["value"]) == (len(members),
                                                     pytest.approx(figure(members)))
        column = [m["id"] for m in scorecard["metrics"]].index(metric["id"])
        for key, in_period, attainments in scorecard["months"]:
            if in_period:
                value = figure(agents_of, lambda day, key=key: f"{day:%Y-%m}" == key)
                assert attainments[column] == pytest.approx(
                    kpis.attainment(value, arithmetic))


def test_a_lean_kpi_by_agent_sheet_holds_the_same_cells_in_the_same_formats(
        seeded, tmp_path, monkeypatch):
    """A large account's KPI by agent sheet is lean and its rows are made safe once, whole
    (`_lean_agent_rows`): every value and number format is what the sheet of a small account
    shows, and the judged columns keep their alignment."""
    from mentorapp.excel import client_report

    def cells(path):
        ws = load_workbook(path)["KPI by agent"]
        return [[(c.value, c.number_format, c.alignment.horizontal, c.alignment.vertical)
                 for c in row] for row in ws.iter_rows()]

    small = cells(export_client_report("Acme Corp", START, END, tmp_path / "small.xlsx"))
    monkeypatch.setattr(client_report, "LEAN_ROWS", 0)
    lean = cells(export_client_report("Acme Corp", START, END, tmp_path / "lean.xlsx"))
    assert len(lean) == len(small) > 5
    for small_row, lean_row in zip(small[1:], lean[1:], strict=True):
        assert [c[:2] for c in lean_row] == [c[:2] for c in small_row]
        assert lean_row[4:8] == small_row[4:8]  # target, value, attainment, status
    formats = {row[5][1] for row in lean[1:]}
    assert {'#,##0" s"', '#,##0.0"%"'} <= formats  # each metric's own
