"""What each role is shown, signed in to a shared database on the private SCRAM cluster: the
sidebar's pages, Import, the New action, profile tabs, and who is signed in in the title and
status bars; File > Sign Out asks again and opens a window for the next person."""

from __future__ import annotations

import psycopg2
import pytest
from builders import offscreen_warnings

from mentorapp import db as dbmod
from mentorapp import shared
from mentorapp.services import users
from tests.mentorapp.services.shared_company import build_company
from ui import app as app_module
from ui import i18n
from ui.main_window import PAGES, MainWindow

pytestmark = [pytest.mark.postgres, offscreen_warnings]
ALL = ["my_work", "dashboard", "staff", "mentoring", "clients", "feedback", "training",
       "quality", "reports", "users"]
# The pages each person is shown, in the sidebar's order (a page the window does not have yet
# is left out of both sides).
SEES = {
    "boss": ALL,
    "otto": [p for p in ALL if p != "users"],
    "alma": ["my_work", "dashboard", "staff", "clients", "feedback", "training", "quality",
             "reports"],
    "lead": ["my_work", "dashboard", "staff", "mentoring", "feedback", "training", "quality"],
    "ana": ["my_work", "staff", "mentoring", "feedback", "training", "quality"],
    "quinn": ["my_work", "staff", "clients", "quality"],
}
HIDDEN_TABS = {"boss": [], "otto": ["Career plan"], "alma": ["Career plan", "Mentoring", "History"],
               "lead": ["History"], "ana": ["History"],
               "quinn": ["Career plan", "Development", "Feedback", "Mentoring", "Responsibilities",
                         "History"]}
WINDOW_PAGES = [spec.key for spec in PAGES]


@pytest.fixture(scope="module")
def company(scram_cluster):
    """The shared test company, and Quinn, its QA lead."""
    for built in build_company(scram_cluster):
        database = dbmod.connect(built.url)
        database.connect()
        shared.add_user(database, built.login("quinn"), "qa", built.password("quinn"),
                        display_name="Quinn Test")
        database.close()
        yield built
        login = built.login("quinn")
    with psycopg2.connect(scram_cluster) as server, server.cursor() as cursor:
        cursor.execute(f'DROP ROLE IF EXISTS "{login}"')
    server.close()


@pytest.fixture
def window_as(qtbot, company, wait_for_tasks):
    opened = []

    def sign_in(name: str) -> MainWindow:
        opened.append(company.open_as(name))
        window = MainWindow("", start=False)
        qtbot.addWidget(window)
        window.show()
        app_module.start_window(window, company.url_as(name))
        wait_for_tasks()
        return window
    yield sign_in
    wait_for_tasks()
    for database in opened:
        database.close()


def shown(name: str) -> list[str]:
    return [page for page in SEES[name] if page in WINDOW_PAGES]


def visible_pages(window: MainWindow) -> list[str]:
    return [spec.key for row, spec in enumerate(PAGES) if not window.sidebar.item(row).isHidden()]


@pytest.mark.parametrize("name", list(SEES))
def test_each_role_sees_its_pages_and_tabs_and_is_named(window_as, company, wait_for_tasks,
                                                        name):
    window = window_as(name)
    assert visible_pages(window) == shown(name)
    assert [a.isVisible() for a in window.page_actions] == \
        [spec.key in SEES[name] for spec in PAGES]
    assert window.import_action.isVisible() == (name in ("boss", "otto"))
    assert window.current_key == "my_work"
    display = users.current()["display_name"]
    assert display in window.windowTitle() and display in window.user_label.text()
    assert window.sign_out_action.isVisible()
    profile = window.open_staff(company.ids["ana"])
    wait_for_tasks()
    hidden = [profile.tabs.tabText(i) for i in range(profile.tabs.count())
              if not profile.tabs.isTabVisible(i)]
    assert hidden == HIDDEN_TABS[name]


def test_the_same_tabs_are_hidden_in_spanish(window_as, company, wait_for_tasks):
    """Tabs are hidden by their English title, not by the text shown (translated)."""
    i18n.install("es")
    try:
        window = window_as("alma")
        profile = window.open_staff(company.ids["ana"])
        wait_for_tasks()
        hidden = [profile.tabs.widget(i).title for i in range(profile.tabs.count())
                  if not profile.tabs.isTabVisible(i)]
    finally:
        i18n.install(i18n.ENGLISH)
    assert hidden == HIDDEN_TABS["alma"]


@pytest.mark.parametrize(("name", "enabled"), [("boss", True), ("ana", False),
                                              ("quinn", False)])
def test_new_staff_is_offered_only_to_who_may_add_staff(window_as, name, enabled,
                                                         wait_for_tasks):
    window = window_as(name)
    window.show_page("staff")
    wait_for_tasks()
    assert window.new_action.isEnabled() == enabled


def test_the_qa_lead_is_named_and_sees_every_person(window_as, qtbot, company):
    window = window_as("quinn")
    assert "Quinn Test (QA lead)" in window.windowTitle()
    assert users.current()["role"] == "qa"
    staff_page = window.show_page("staff")
    qtbot.waitUntil(lambda: {r["id"] for r in staff_page.model.records()} ==
                    {company.ids[key] for key in ("ana", "lena", "cara", "ben")})
    assert not window.new_action.isEnabled()
    window.open_staff(company.ids["ben"])
    assert not window.new_action.isEnabled()  # a profile's New is feedback: not theirs


def test_sign_out_opens_a_window_for_the_next_person(company, monkeypatch, qtbot,
                                                     wait_for_tasks):
    first = company.open_as("ana")
    window = MainWindow("", start=False)
    window.show()
    app_module.start_window(window, company.url_as("ana"))
    wait_for_tasks()
    asked = []

    def next_person(target, message=""):
        asked.append(target)
        company.open_as("lead")
        return company.url_as("lead")

    monkeypatch.setattr(app_module, "sign_in", next_person)
    destroyed = []
    window.destroyed.connect(lambda: destroyed.append(True))
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: bool(destroyed))
    wait_for_tasks()
    assert asked == [company.url_without_user().replace("//", f"//{company.login('ana')}@", 1)]
    assert first.is_closed()
    [after] = app_module.signed_in_windows
    qtbot.addWidget(after)
    assert after.isVisible() and "Lead Test" in after.windowTitle()
    assert visible_pages(after) == shown("lead")
    assert users.current()["login"] == company.login("lead")
    after.close()
    wait_for_tasks()
    app_module.signed_in_windows.clear()
    from mentorapp import opening

    opening.close_database()


def test_the_users_page_offers_the_qa_lead_role(window_as, qtbot):
    from ui.pages.users_page import NewUserDialog

    window_as("boss")
    dialog = NewUserDialog()
    qtbot.addWidget(dialog)
    box = dialog.fields["role"]
    assert [box.itemText(i) for i in range(box.count())] == [
        "Administrator", "HR", "Operations", "Account manager", "Mentor / team lead", "Agent",
        "QA lead"]
    box.set_value("qa")
    assert dialog.values()["role"] == "qa"
