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

from mentorapp.services import careers, dashboard, feedback, mentoring
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


def test_empty_database_offers_the_first_steps_instead_of_zeros(qtbot, make_page):
    page = make_page()
    steps = page.first_steps
    assert steps.isVisible() and not page.figure_parts.isVisible()
    assert not page.filter_bar.isVisible()
    assert steps.height() <= steps.sizeHint().height()  # not stretched over the page
    assert not any(card.isVisible() for card in page.cards.values())
    with qtbot.waitSignal(page.new_client_requested):
        qtbot.mouseClick(steps.add_client, Qt.MouseButton.LeftButton)
    steps.import_roster.setFocus()
    with qtbot.waitSignal(page.import_requested):
        qtbot.keyClick(steps.import_roster, Qt.Key.Key_Space)


def test_a_database_without_feedback_shows_zeros_and_no_charts(make_page):
    a_client("Acme Support")
    page = make_page()
    assert not page.first_steps.isVisible() and page.filter_bar.isVisible()
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
    def broken(*_args, **_filters):
        raise RuntimeError("database went away")

    monkeypatch.setattr(dashboard, "figures", broken)
    a_staff("Ana")  # (an empty database shows the first steps without asking for figures)
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


def test_attention_tabs_count_every_row_and_the_rest_loads_on_request(qtbot, make_page):
    for number in range(62):
        person = a_staff(f"Late{number}")
        careers.check_ins.create(staff=person["id"], date=TODAY - dt.timedelta(days=100),
                                 next_date=TODAY - dt.timedelta(days=1 + number))
    page = make_page()
    overdue = page.lists["overdue_check_ins"]
    assert page.attention.tabText(0) == "Overdue check-ins (62)"
    assert overdue.model_.rowCount() == dashboard.ATTENTION_LIMIT == 50
    assert page.shown_note.isVisible() and page.shown_note.text() == "Showing 50 of 62"
    assert page.show_all.isVisible() and page.show_all.text() == "Show all 62"
    qtbot.mouseClick(page.show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: overdue.model_.rowCount() == 62, timeout=5000)
    assert len({row["staff_id"] for row in overdue.rows()}) == 62
    assert not page.shown_note.isVisible() and not page.show_all.isVisible()
    assert page.attention.tabText(0) == "Overdue check-ins (62)"
    page.attention.setCurrentWidget(page.lists["certifications_expiring"])
    assert not page.show_all.isVisible()  # that list is complete


def test_averages_have_two_decimals_and_months_read_in_full(make_page):
    person = a_staff("Ana")
    this_month = TODAY.replace(day=1)
    for rating in (3, 3, 4):
        a_feedback(person, rating=rating, date=this_month)
    page = make_page()
    assert page.cards["average_rating"].value.text() == "3.33"
    chart = page.charts["rating_by_month"].chart.chart()
    months = chart.axes(Qt.Orientation.Horizontal)[0].categoriesLabels()
    assert months == [this_month.strftime("%b %Y")]  # "Mar 2026", never "Mar 26"
    ratings = chart.axes(Qt.Orientation.Vertical)[0]
    assert ratings.min() == 1 and 5 < ratings.max() < 6  # room above a 5.0 point


def test_falling_ratings_show_two_decimals(make_page):
    slipping = a_staff("Slipping")
    for days, rating in ((150, 4), (140, 4), (20, 3), (10, 4)):
        a_feedback(slipping, rating=rating, date=TODAY - dt.timedelta(days=days))
    page = make_page()
    falling = page.lists["falling_ratings"]
    assert falling.column_texts("Previous 90 days") == ["4.00"]
    assert falling.column_texts("Last 90 days") == ["3.50"]


def choose(qtbot, box, text: str) -> None:
    """Pick an entry of a filter box with the keyboard, as a user would."""
    wanted = box.findText(text)
    assert wanted >= 0, f"{text!r} is not in the box"
    box.setFocus()
    while box.currentIndex() != wanted:
        key = Qt.Key.Key_Down if box.currentIndex() < wanted else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def test_filters_narrow_every_figure(qtbot, make_page):
    acme, beta = a_client("Acme"), a_client("Beta")
    ana = a_staff("Ana", client=acme, team="Blue", site="Leeds")
    a_staff("Ben", client=acme, team="Red", site="York")
    cy = a_staff("Cy", client=beta, team="Blue", site="York")
    a_feedback(ana, rating=5, source="client", client=acme["id"])
    a_feedback(cy, rating=2, source="peer", client=beta["id"])
    careers.check_ins.create(staff=cy["id"], date=TODAY - dt.timedelta(days=100),
                             next_date=TODAY - dt.timedelta(days=3))
    page = make_page()
    assert page.cards["active_staff"].value.text() == "3"
    assert page.cards["average_rating"].value.text() == "3.50"
    qtbot.waitUntil(lambda: page.filters["site"].count() == 3)  # all, Leeds, York
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["client"], "Acme")
    assert page.cards["active_staff"].value.text() == "2"
    assert page.cards["average_rating"].value.text() == "5.00"
    assert page.attention.tabText(0) == "Overdue check-ins (0)"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["client"], "All clients")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["team"], "Blue")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["site"], "York")
    assert page.cards["active_staff"].value.text() == "1"
    assert page.cards["average_rating"].value.text() == "2.00"
    assert page.attention.tabText(0) == "Overdue check-ins (1)"
    assert page.lists["overdue_check_ins"].rows()[0]["staff_id"] == cy["id"]


def test_cards_and_charts_open_the_list_behind_them(qtbot, make_page):
    acme = a_client("Acme")
    ana, ben = a_staff("Ana", client=acme), a_staff("Ben", client=acme)
    for person, source in ((ana, "peer"), (ben, "peer"), (ana, "client")):
        a_feedback(person, rating=4, source=source, client=acme["id"],
                   date=TODAY - dt.timedelta(days=2))
    page = make_page()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["client"], "Acme")
    with qtbot.waitSignal(page.list_requested) as opened:
        qtbot.mouseClick(page.cards["active_staff"], Qt.MouseButton.LeftButton)
    assert opened.args == ["staff", {"client": acme["id"], "current": True}]
    page.cards["average_rating"].setFocus()
    with qtbot.waitSignal(page.list_requested) as opened:
        qtbot.keyClick(page.cards["average_rating"], Qt.Key.Key_Return)
    target, filters = opened.args
    assert target == "feedback" and feedback.count(**filters) == 3
    legend = page.charts["feedback_by_source"].chart.legend
    assert legend[0].text().count("Peer") == 1  # the biggest slice first
    with qtbot.waitSignal(page.list_requested) as opened:
        qtbot.mouseClick(legend[0], Qt.MouseButton.LeftButton)
    target, filters = opened.args
    assert target == "feedback" and filters["source"] == "peer"
    assert filters["client"] == acme["id"]
    assert {row["staff"] for row in feedback.list(**filters)} == {ana["id"], ben["id"]}


def test_at_1024_pixels_wide_nothing_scrolls_sideways(qtbot, ui_db):
    acme = a_client("Acme Customer Operations International")
    person = a_staff("Ana", client=acme)
    for source in ("client", "management", "mentor", "peer", "self"):
        a_feedback(person, rating=4, source=source, client=acme["id"],
                   date=TODAY - dt.timedelta(days=2))
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1024 - 190, 640)  # the window less the sidebar
    page.show()
    qtbot.waitSignal(page.loaded, timeout=10_000).wait()
    qtbot.waitUntil(lambda: page.chart_grid.columns == 2)
    assert page.card_grid.columns in (2, 4)
    viewport = page.scroll.viewport().width()
    assert page.content.width() <= viewport
    for widget in [*page.cards.values(), *page.charts.values()]:
        right = widget.mapTo(page.content, widget.rect().topRight()).x()
        assert right <= viewport, widget
    for entry in page.charts["feedback_by_source"].chart.legend:  # legends never cut short
        assert entry.width() >= entry.sizeHint().width()
    page.resize(1300, 700)
    qtbot.waitUntil(lambda: page.chart_grid.columns == 3 and page.card_grid.columns == 4)


def test_agents_below_a_kpi_target_two_months_running_by_client(qtbot, make_page, make):
    from records import make_kpi_metric, make_kpi_values

    from mentorapp.services import kpi

    last_month, this_month = kpi.months_back(TODAY, 2)
    acme, globex = a_client("Acme"), a_client("Globex")
    ana, ben = a_staff("Ana", "Slow", client=acme, team="Blue"), a_staff("Ben", client=acme)
    cy = a_staff("Cy", "Low", client=globex, team="Red")
    aht = make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300)
    qa = make_kpi_metric(make, globex, name="QA score", target=90)
    make_kpi_values(aht, ana, [(last_month, 360), (this_month, 350)])
    make_kpi_values(aht, ben, [(last_month, 360), (this_month, 290)])  # back on target
    make_kpi_values(qa, cy, [(last_month, 80), (this_month, 85)])
    page = make_page()
    below = page.lists["kpi_below_target"]
    assert page.attention.tabText(page.attention.indexOf(below)) == \
        "Below target two months running (2)"
    page.attention.setCurrentWidget(below)
    assert below.column_texts("Client") == ["Acme", "Globex"]
    assert below.column_texts("Staff member") == ["Ana Slow", "Cy Low"]
    assert below.column_texts("Target") == ["5:00", "90"]
    assert below.column_texts("Figures, oldest first") == ["6:00 · 5:50", "80 · 85"]
    assert not page.show_all.isVisible()
    with qtbot.waitSignal(page.staff_opened) as opened:
        double_click_row(qtbot, below, 1)
    assert opened.args == [cy["id"]]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["client"], "Acme")
    assert below.column_texts("Staff member") == ["Ana Slow"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["client"], "All clients")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        choose(qtbot, page.filters["team"], "Red")
    assert below.column_texts("Staff member") == ["Cy Low"]


@pytest.mark.parametrize("language, shown", [("en", "247,828"), ("es", "247.828")])
def test_the_number_of_ratings_has_the_languages_digit_groups(make_page, monkeypatch,
                                                               in_language, language, shown):
    """A company's 90 days hold hundreds of thousands of ratings: "from 247,828 ratings" in
    English, "de 247.828 calificaciones" in Spanish, as the figures above it."""
    in_language(language)
    a_feedback(a_staff("Ana"), rating=4, date=TODAY - dt.timedelta(days=5))
    page = make_page()
    figures = dashboard.figures()
    figures["average_rating_90_days"] = {"average": 3.77, "count": 247_828}
    page.show_figures(figures)
    assert shown in page.cards["average_rating"].detail.text()
