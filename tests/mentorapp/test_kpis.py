"""KPI arithmetic checked against figures worked out by hand."""

import datetime as dt

import pytest

from mentorapp import kpis
from mentorapp.kpis import Metric, Point

AHT = Metric("AHT", "seconds", "lower", target=300, rollup="weighted", warning=330)
CSAT = Metric("CSAT", "percent", "higher", target=85, rollup="average", warning=80, decimals=1)
SALES = Metric("Sales", "count", "higher", target=100, rollup="sum")
CERTS = Metric("Certifications", "count", "higher", target=2, rollup="latest")
D = dt.date


def test_aht_is_weighted_by_handled_contacts_not_an_average_of_averages():
    # Ana: 5 contacts at 600 s; Ben: 500 contacts at 300 s. Total talk time 3,000 + 150,000 s
    # over 505 contacts = 302.97 s. The average of the two averages would say 450 s.
    team = {"ana": [Point(D(2026, 11, 2), 600, 5)], "ben": [Point(D(2026, 11, 2), 300, 500)]}
    assert kpis.roll_up_group(team, AHT) == pytest.approx(153_000 / 505)
    assert kpis.roll_up_group(team, AHT) != pytest.approx((600 + 300) / 2)


def test_weighted_over_one_persons_days():
    days = [Point(D(2026, 11, 2), 280, 40), Point(D(2026, 11, 3), 340, 10)]
    assert kpis.roll_up(days, AHT) == pytest.approx((280 * 40 + 340 * 10) / 50)  # 292


def test_weighted_without_a_count_is_refused_and_zero_weight_is_no_figure():
    with pytest.raises(ValueError, match="2026-11-03 has no count"):
        kpis.roll_up([Point(D(2026, 11, 2), 280, 40), Point(D(2026, 11, 3), 340)], AHT)
    assert kpis.roll_up([Point(D(2026, 11, 2), 280, 0)], AHT) is None
    assert kpis.roll_up([], AHT) is None


def test_average_sum_and_latest():
    points = [Point(D(2026, 11, 3), 90), Point(D(2026, 11, 1), 80), Point(D(2026, 11, 2), 88)]
    assert kpis.roll_up(points, CSAT) == pytest.approx(86)
    assert kpis.roll_up(points, SALES) == 258
    assert kpis.roll_up(points, CERTS) == 90  # the value of the latest day, not the last row


def test_latest_over_a_team_averages_each_persons_latest_snapshot():
    team = {"ana": [Point(D(2026, 10, 1), 1), Point(D(2026, 11, 1), 3)],
            "ben": [Point(D(2026, 11, 1), 2)], "cy": []}
    assert kpis.roll_up_group(team, CERTS) == pytest.approx(2.5)


def test_attainment_for_both_directions():
    assert kpis.attainment(90, CSAT) == pytest.approx(90 / 85)
    assert kpis.attainment(250, AHT) == pytest.approx(1.2)  # faster than target: above 1
    assert kpis.attainment(375, AHT) == pytest.approx(0.8)
    assert kpis.attainment(None, AHT) is None


@pytest.mark.parametrize(("metric", "value", "expected"), [
    (CSAT, 85.0, "met"), (CSAT, 84.96, "met"),  # shown as 85.0: the reader sees the target
    (CSAT, 84.9, "warning"), (CSAT, 80, "warning"), (CSAT, 79.9, "below"),
    (AHT, 300, "met"), (AHT, 301, "warning"), (AHT, 330, "warning"), (AHT, 331, "below"),
    (SALES, 99, "below"), (SALES, None, None),
])
def test_status_against_target_and_warning_band(metric, value, expected):
    assert kpis.status(value, metric) == expected


def test_a_warning_on_the_better_side_of_the_target_is_refused():
    with pytest.raises(ValueError, match="warning threshold must be above the target"):
        Metric("AHT", "seconds", "lower", target=300, rollup="weighted", warning=280)
    with pytest.raises(ValueError, match="rollup must be one of"):
        Metric("X", "count", "higher", target=1, rollup="median")


def test_points_grouped_by_week_and_month():
    points = [Point(D(2026, 11, 29), 1), Point(D(2026, 11, 30), 2), Point(D(2026, 12, 6), 3)]
    weeks = kpis.by_period(points, "week")
    assert list(weeks) == [D(2026, 11, 23), D(2026, 11, 30)]  # Sunday 29th is in the first
    assert [p.value for p in weeks[D(2026, 11, 30)]] == [2, 3]
    assert list(kpis.by_period(points, "month")) == [D(2026, 11, 1), D(2026, 12, 1)]


def test_trend_follows_the_metric_direction():
    assert kpis.trend([320, 310, 300, 290], AHT) == "improving"  # handle time falling
    assert kpis.trend([80, 82, None, 86], CSAT) == "improving"
    assert kpis.trend([86, 84, 82], CSAT) == "worsening"
    assert kpis.trend([85, 85.2, 85.1, 85.3], CSAT) == "steady"  # 0.24 < 1% of 85
    assert kpis.trend([85, None], CSAT) is None


def test_periods_below_target_running():
    assert kpis.periods_below_running([90, 70, 82, 79], CSAT) == 3
    assert kpis.periods_below_running([70, 79, 86], CSAT) == 0
    assert kpis.periods_below_running([70, None, 79, 78], CSAT) == 2
