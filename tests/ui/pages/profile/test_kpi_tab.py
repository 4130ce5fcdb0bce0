"""The profile's KPI tab: each metric's latest month in its unit against target, a status word,
the 12-month chart of the row chosen with the keyboard, and the empty state."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import offscreen_warnings
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from records import make_kpi_metric, make_kpi_values

from mentorapp.services import kpi
from ui.pages.profile.kpi_tab import axis_format, axis_range, sparkline, value_text
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings


def month_ago(months: int, day: int = 1) -> dt.date:
    return kpi.months_back(dt.date.today(), months + 1)[0].replace(day=day)


@pytest.fixture
def open_kpis(qtbot):
    def make(staff_id):
        page = StaffProfilePage(staff_id)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        page.tabs.setCurrentWidget(page.tab("KPIs"))
        return page.tab("KPIs")
    return make


def test_each_metric_against_target_in_its_unit(qtbot, ui_db, make, open_kpis):
    acme = make.client("Acme")
    ana = make.staff("Ana", "Cruz", acme)
    aht = make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300,
                          warning=330, rollup="weighted", weight_column="Handled")
    csat = make_kpi_metric(make, acme, name="CSAT", unit="percent", better="higher", target=85,
                           warning=80, decimals=1)
    make_kpi_values(aht, ana, [(month_ago(1), 290, 10), (month_ago(0), 320, 30),
                               (month_ago(0, 2), 340, 10)])
    make_kpi_values(csat, ana, [(month_ago(2), 90), (month_ago(1), 70.3)])
    tab = open_kpis(ana["id"])
    table = tab.table
    assert table.column_texts("Metric") == ["AHT", "CSAT"]
    # AHT this month: (320*30 + 340*10) / 40 = 325 s, in the warning band (300 to 330)
    assert table.column_texts("Figure") == ["5:25", "70.3%"]
    assert table.column_texts("Target") == ["5:00", "85.0%"]
    assert table.column_texts("Status") == ["Warning", "Below target"]
    assert table.column_texts("Attainment") == ["92%", "83%"]
    assert table.column_texts("Latest month") == [month_ago(0).strftime("%b %Y"),
                                                  month_ago(1).strftime("%b %Y")]
    assert table.column_texts("Trend") == ["Worsening", "Worsening"]
    assert not tab.empty.isVisible()
    colour = table.model().index(0, 3).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#9e5e00"  # theme.WARNING: 4.5:1 on a striped row too


def test_the_chart_follows_the_row_chosen_with_the_keyboard(qtbot, ui_db, make, open_kpis):
    acme = make.client("Acme")
    ana = make.staff("Ana", "Cruz", acme)
    qa = make_kpi_metric(make, acme, name="QA score")
    fcr = make_kpi_metric(make, acme, name="FCR", unit="percent", target=75)
    make_kpi_values(qa, ana, [(month_ago(3), 80), (month_ago(2), 85), (month_ago(1), 95)])
    make_kpi_values(fcr, ana, [(month_ago(1), 76)])
    tab = open_kpis(ana["id"])
    assert tab.table.current_record()["metric"] == "FCR"  # first row chosen on load
    assert tab.chart is None and "needs two" in tab.chart_note.text()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.table.current_record()["metric"] == "QA score"
    assert isinstance(tab.chart, QChartView)
    assert tab.chart_box.title() == "QA score: last 12 months (target 90, higher is better)"
    points = tab.chart.chart().series()[0].points()
    assert [p.y() for p in points] == [80, 85, 95]
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.chart.isVisible())
    shown = [v for v in tab.chart_box.findChildren(QChartView) if v.isVisible()]
    assert shown == [tab.chart]  # the previous metric's chart is gone


def test_without_figures_the_tab_says_how_they_get_in(qtbot, ui_db, make, open_kpis):
    ana = make.staff("Ana", "Cruz")
    tab = open_kpis(ana["id"])
    assert tab.empty.isVisible() and not tab.table.isVisible()
    assert "import kpi" in tab.empty.text() and "KPIs…" in tab.empty.text()


def test_value_texts_sparkline_and_axis():
    assert value_text(59.6, "seconds") == "1:00"
    assert value_text(3725, "seconds") == "1:02:05"
    assert value_text(92.345, "percent", 1) == "92.3%"
    assert value_text(1234.4, "count") == "1,234"
    assert value_text(None, "score") == ""
    assert sparkline([1, None, 3, 2]) == "▁ █▅"
    assert sparkline([5, 5]) == "▄▄"
    minimum, maximum, step = axis_range([290, 340, 300])
    assert minimum < 290 and maximum > 340 and step in (10, 20, 25)
    # QtCharts keeps what is around the number as it is (localised numbers): one %, not %%
    assert axis_format("percent", 5) == "%.0f%" and axis_format("percent", 2.5) == "%.1f%"
    assert axis_format("seconds", 20) == "%.0f s" and axis_format("score", 0.5) == "%.1f"
