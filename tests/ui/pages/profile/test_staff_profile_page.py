"""The staff profile on its own: header, every tab, and records added from it."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_competency,
    a_feedback,
    a_mentor,
    a_mentorship,
    a_program,
    a_staff,
    click_save,
    offscreen_warnings,
    type_into,
)
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mentorapp.services import careers, feedback, mentoring, responsibilities, training
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def person(ui_db):
    acme = a_client("Acme")
    return a_staff("Ana", "Cruz", client=acme, job_title="Agent", team="Voice")


@pytest.fixture
def open_profile(qtbot):
    def make(staff_id):
        page = StaffProfilePage(staff_id)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        return page
    return make


def show_tab(page, title):
    page.tabs.setCurrentWidget(page.tab(title))
    return page.tab(title)


def test_header_shows_name_role_client_mentor_and_status(open_profile, person):
    mentor = a_mentor(a_staff("Lena", "Mentor"))
    a_mentorship(mentor, person)
    page = open_profile(person["id"])
    assert page.name.text() == "Ana Cruz"
    assert "Acme" in page.placement.text() and "as Agent" in page.placement.text()
    assert "Lena Mentor" in page.placement.text()
    assert page.status.text().strip() == "Active"
    assert "team Voice" in page.subtitle.text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_competency_names_are_whole_at_1024_by_700(qtbot, ui_db, tmp_path, person, in_language,
                                                   wait_for_tasks, language):
    """In the narrowest window (a 1024 x 700 screen, less the window's frame) the overview's
    competency names are not cut short: the average's column is as narrow as its figures (the
    period is in the heading)."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    in_language(language)
    apply_theme(QApplication.instance(), "light")
    # as many as the standard framework's: the table scrolls, its scroll bar takes room
    rated = [a_competency(name) for name in (
        "Attendance", "Customer Empathy", "Leadership", "Problem Solving", "Product Knowledge",
        "Productivity", "Professionalism", "Quality", "Teamwork", "Communication")]
    a_feedback(person, rating=4, ratings={c["id"]: 4 for c in rated})
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1000, 660)
    window.show()
    qtbot.waitExposed(window)
    window.open_staff(person["id"])
    table = window.profile.overview.competencies
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == len(rated))
    qtbot.wait(50)
    assert table.horizontalHeader().sectionSize(0) >= table.sizeHintForColumn(0)
    assert not table.horizontalScrollBar().isVisible()
    wait_for_tasks()


def test_overview_shows_ratings_trend_and_open_action_items(open_profile, person):
    talk = a_competency("Communication")
    a_feedback(person, rating=4, ratings={talk["id"]: 5}, date=TODAY - dt.timedelta(days=40))
    a_feedback(person, rating=2, date=TODAY)
    ship = a_mentorship(a_mentor(), person)
    mentoring.actions.create(mentorship=ship["id"], text="Read the guide")
    page = open_profile(person["id"])
    overview = page.overview
    assert overview.figures["rating"].text() == "3.00 (2 rated)"
    assert overview.figures["actions"].text() == "1"
    assert overview.recent.column_texts("Rating") == ["2", "4"]
    assert overview.competencies.column_texts("Competency") == ["Communication"]
    assert overview.competencies.column_texts("Average") == ["5.00"]
    assert overview.actions.column_texts("Open action item") == ["Read the guide"]
    assert overview.findChild(QChartView) is not None


def test_add_a_goal_from_the_career_tab(qtbot, open_profile, person):
    page = open_profile(person["id"])
    career = show_tab(page, "Career plan")
    qtbot.mouseClick(career.add_goal, Qt.MouseButton.LeftButton)
    form = career.findChild(GoalDialog)
    type_into(qtbot, form, title="Become team lead")
    form.fields["horizon_years"].set_value(5)
    form.fields["progress"].setValue(30)
    with qtbot.waitSignal(page.records_changed):
        click_save(qtbot, form)
    goal = careers.goals.list(staff=person["id"])[0]
    assert (goal["title"], goal["horizon_years"], goal["progress"], goal["status"]) == \
        ("Become team lead", 5, 30, "in_progress")
    assert career.goal_bars[goal["id"]].value() == 30
    shown = [label.text() for label in career.goals_box.findChildren(QLabel)]
    assert any(text.startswith("30% · In progress") for text in shown), shown


def test_an_empty_goal_title_is_marked(qtbot, open_profile, person):
    page = open_profile(person["id"])
    career = show_tab(page, "Career plan")
    form = GoalDialog(staff=person["id"])
    qtbot.addWidget(form)
    click_save(qtbot, form)
    assert form.error_text("title") == "Goal is required"  # its label in the form
    assert careers.goals.count() == 0
    assert career.goal_bars == {}


def test_career_tab_shows_an_overdue_next_check_in(open_profile, person):
    careers.check_ins.create(staff=person["id"], date=TODAY - dt.timedelta(days=100),
                             next_date=TODAY - dt.timedelta(days=10), reviewer="Lead")
    page = open_profile(person["id"])
    career = show_tab(page, "Career plan")
    assert "overdue" in career.next_due.text()
    assert career.check_ins.column_texts("Reviewer") == ["Lead"]


def test_development_tab_shows_certificate_expiry(open_profile, person):
    cert = a_program("First aid", type="certification", validity_months=1)
    training.enrollments.create(staff=person["id"], program=cert["id"], status="completed",
                                completed_date=TODAY - dt.timedelta(days=60))
    page = open_profile(person["id"])
    development = show_tab(page, "Development")
    assert development.table.column_texts("Certificate expires")[0].endswith("(expired)")
    assert development.totals.text().startswith("1 completed")


def test_development_tab_counts_only_planned_and_under_way_training(open_profile, person):
    """Cancelled, failed and completed enrollments are not planned or in progress."""
    for status in ("planned", "enrolled", "in_progress", "cancelled", "failed", "completed"):
        done = TODAY if status == "completed" else None
        training.enrollments.create(staff=person["id"], program=a_program(status)["id"],
                                    status=status, completed_date=done)
    page = open_profile(person["id"])
    totals = show_tab(page, "Development").totals.text()
    assert totals.startswith("1 completed") and totals.endswith("3 planned or in progress")


def test_feedback_tab_filters_and_shows_an_incident_lesson(qtbot, open_profile, person):
    a_feedback(person, kind="recognition", comment="Great save")
    a_feedback(person, kind="incident", comment="Wrong refund", lesson_learned="Check twice",
               follow_up_date=TODAY + dt.timedelta(days=7))
    page = open_profile(person["id"])
    tab = show_tab(page, "Feedback")
    assert len(tab.table.rows()) == 2
    box = tab.filters["kind"]
    box.setCurrentIndex(box.findText("Incident"))
    assert tab.table.column_texts("Comment") == ["Wrong refund"]
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    assert "Check twice" in tab.detail.text()
    assert "Follow up on" in tab.detail.text()
    assert tab.resolve.isEnabled()
    qtbot.mouseClick(tab.resolve, Qt.MouseButton.LeftButton)
    assert feedback.list(staff=person["id"], kind="incident")[0]["resolved_date"] == TODAY


def test_mentoring_tab_marks_an_action_item_done(qtbot, open_profile, person):
    ship = a_mentorship(a_mentor(), person)
    item = mentoring.actions.create(mentorship=ship["id"], text="Shadow a senior")
    page = open_profile(person["id"])
    tab = show_tab(page, "Mentoring")
    assert tab.mentorships.column_texts("Status") == ["Active"]
    assert tab.log.isEnabled()
    tab.actions.setCurrentIndex(tab.actions.model().index(0, 0))
    qtbot.mouseClick(tab.mark_done, Qt.MouseButton.LeftButton)
    assert mentoring.actions.get(item["id"])["done_date"] == TODAY
    assert tab.actions.column_texts("Done") == [TODAY.isoformat()]
    show_tab(page, "Overview")
    assert page.overview.figures["actions"].text() == "0"


def test_responsibility_linked_to_a_goal_shows_alignment(qtbot, open_profile, person):
    goal = careers.goals.create(staff=person["id"], title="Team lead")
    page = open_profile(person["id"])
    tab = show_tab(page, "Responsibilities")
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    form = tab.findChild(ResponsibilityDialog)
    type_into(qtbot, form, title="Coach new hires")
    form.fields["goal"].set_value(goal["id"])
    click_save(qtbot, form)
    saved = responsibilities.list(staff=person["id"])[0]
    assert (saved["title"], saved["goal"], saved["aligned_to_role"]) == \
        ("Coach new hires", goal["id"], True)
    assert tab.alignment.text() == \
        "1 responsibility: 1 fit the current role, 1 serve a career goal"
    assert tab.table.column_texts("Career goal served") == ["Team lead"]


def test_editing_the_profile_shows_in_the_header_and_history(qtbot, open_profile, person):
    page = open_profile(person["id"])
    form = page.edit_profile()
    type_into(qtbot, form, job_title="Team lead")
    click_save(qtbot, form)
    assert page.subtitle.text().startswith("Team lead")
    history = show_tab(page, "History")
    assert history.audit.column_texts("Change")[0] == "Update"
    assert "job title: Agent → Team lead" in history.audit.column_texts("What changed")[0]
    assert history.accounts.column_texts("Client") == ["Acme"]


def test_an_unknown_staff_member_says_so(open_profile, ui_db):
    page = open_profile(999)
    assert page.missing.text() == "No staff with id 999"
    assert page.tabs.isHidden()


def test_an_open_action_item_past_its_due_date_is_red(open_profile, person):
    """On the Overview and the Mentoring tab; not one due later, nor one done."""
    from ui import theme

    ship = a_mentorship(a_mentor(), person)
    today = dt.date.today()
    for text, due in (("Late", today - dt.timedelta(days=1)), ("Soon", today),
                      ("Done late", today - dt.timedelta(days=3))):
        item = mentoring.actions.create(mentorship=ship["id"], text=text, due_date=due)
    mentoring.complete_action(item["id"])
    page = open_profile(person["id"])
    for table in (page.overview.actions, show_tab(page, "Mentoring").actions):
        due = [column.header for column in table.model_.columns].index("Due")
        shown = {}
        for row in range(table.model().rowCount()):
            brush = table.model().index(row, due).data(Qt.ItemDataRole.ForegroundRole)
            shown[table.rows()[row]["text"]] = brush.color().name() if brush else None
        red = theme.danger_color().name()
        assert shown.pop("Late") == red and shown.pop("Soon") is None
        assert shown in ({}, {"Done late": None})  # the Overview lists open items only
