"""The dashboard page on its own: figures, charts and "needs attention" lists from the data."""

import datetime as dt

import pytest
from builders import (
    a_client,
    a_feedback,
    a_mentor,
    a_mentorship,
    a_staff,
    double_click_row,
    offscreen_warnings,
)
from PySide6.QtCore import Qt

from mentorapp.services import careers, dashboard, mentoring
from ui.pages.dashboard_page import DashboardPage

TODAY = dt.date.today()
pytestmark = offscreen_warnings


@pytest.fixture
def make_page(qtbot, ui_db):
    def make():
        page = DashboardPage()
        qtbot.addWidget(page)
        page.resize(1300, 900)
        page.show()
        qtbot.waitSignal(page.loaded, timeout=10_000).wait()
        return page

    return make


def test_empty_database_shows_zeros_and_no_charts(make_page):
    page = make_page()
    assert page.cards["active_staff"].value.text() == "0"
    assert page.cards["average_rating"].detail.text() == "No rated feedback yet"
    for card in page.charts.values():
        assert card.chart is None and card.empty.isVisible()
    assert page.attention.tabText(0).endswith("(0)")


def test_figures_come_from_the_data(make_page):
    acme = a_client("Acme Support")
    people = [a_staff("Ana", client=acme), a_staff("Ben", client=acme)]
    a_staff("Cara", status="resigned")
    for person, rating in zip(people, (4, 3), strict=True):
        a_feedback(person, rating=rating, date=TODAY - dt.timedelta(days=5))
    a_feedback(people[0], rating=5, date=TODAY - dt.timedelta(days=5), source="client",
               client=acme["id"])
    page = make_page()
    assert page.cards["active_staff"].value.text() == "2"
    assert page.cards["average_rating"].value.text() == "4.00"
    assert "3 ratings" in page.cards["average_rating"].detail.text()
    assert page.charts["rating_by_month"].chart is not None
    assert page.charts["feedback_by_source"].chart is not None
    assert page.charts["training_hours_by_client"].chart is None  # no training yet


def test_attention_lists_open_the_staff_profile(qtbot, make_page):
    late = a_staff("Late", "Checkin")
    careers.check_ins.create(staff=late["id"], date=TODAY - dt.timedelta(days=120),
                             next_date=TODAY - dt.timedelta(days=20))
    mentor = a_mentor(a_staff("Busy", "Mentor"), capacity=2)
    for name in ("Mia", "Noel"):
        a_mentorship(mentor, a_staff(name))
    mentoring.mentors.update(mentor["id"], capacity=1)
    page = make_page()
    expected = dashboard.figures()
    overdue = page.lists["overdue_check_ins"]
    assert overdue.model_.rowCount() == len(expected["overdue_check_ins"]) == 1
    assert page.attention.tabText(0) == "Overdue check-ins (1)"
    with qtbot.waitSignal(page.staff_opened) as opened:
        double_click_row(qtbot, overdue, 0)
    assert opened.args == [late["id"]]
    busy = page.lists["mentors_over_capacity"]
    page.attention.setCurrentWidget(busy)
    assert busy.model_.record(0)["active_mentees"] == 2
    with qtbot.waitSignal(page.staff_opened) as opened:
        double_click_row(qtbot, busy, 0)
    assert opened.args == [mentor["staff"]]


def test_attention_lists_sort_and_pass_the_model_tester(qtbot, qtmodeltester, make_page):
    for number in range(3):
        person = a_staff(f"P{number}")
        careers.check_ins.create(staff=person["id"], date=TODAY - dt.timedelta(days=100),
                                 next_date=TODAY - dt.timedelta(days=10 + number))
    page = make_page()
    view = page.lists["overdue_check_ins"]
    qtmodeltester.check(view.proxy, force_py=True)
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    dues = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert dues == sorted(dues, reverse=True) and len(dues) == 3


def test_load_error_is_shown_on_the_page(qtbot, ui_db, monkeypatch):
    def broken():
        raise RuntimeError("database went away")

    monkeypatch.setattr(dashboard, "figures", broken)
    page = DashboardPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "database went away" in page.status.text(), timeout=5000)


def test_falling_ratings_arrive_after_the_other_figures(make_page):
    slipping = a_staff("Slipping")
    for days, rating in ((150, 5), (140, 5), (20, 2), (10, 2)):
        a_feedback(slipping, rating=rating, date=TODAY - dt.timedelta(days=days))
    page = make_page()
    falling = page.lists["falling_ratings"]
    assert falling.model_.rowCount() == 1
    assert falling.model_.record(0)["staff_id"] == slipping["id"]
    assert page.attention.tabText(page.attention.indexOf(falling)) == "Ratings falling (1)"
