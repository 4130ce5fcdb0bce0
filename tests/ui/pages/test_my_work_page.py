"""My work: on a SQLite file ("me" chosen in Settings) and signed in to a shared database as a
mentor and as an agent; every row opens its record; an agent acknowledges feedback about her."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_feedback,
    a_mentor,
    a_mentorship,
    a_staff,
    double_click_row,
    offscreen_warnings,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentorapp.services import feedback, mentoring, settings
from tests.mentorapp.services.shared_company import build_company
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.feedback_dialog import AcknowledgeDialog, FeedbackDialog
from ui.dialogs.prepare_report_dialog import PrepareReportDialog
from ui.pages.my_work_page import MyWorkPage

pytestmark = offscreen_warnings


def show_my_work(qtbot, wait_for_tasks) -> MyWorkPage:
    page = MyWorkPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    wait_for_tasks()
    return page


def activate(qtbot, page: MyWorkPage, key: str, row: int = 0):
    """Double-click a row's first cell (Qt's `activated`, as the user would)."""
    page.tables[key].scrollTo(page.tables[key].model().index(row, 0))
    double_click_row(qtbot, page.tables[key], row)


def test_without_my_staff_record_the_page_says_where_to_choose_it(qtbot, ui_db,
                                                                  wait_for_tasks):
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.intro.text().startswith("Choose which staff record is you in Settings")
    assert not any(box.isVisible() for box in page.boxes.values())


def test_my_people_and_items_show_and_open(qtbot, ui_db, wait_for_tasks):
    me = a_staff("Lena")
    mentee = a_staff("Ana", "Mentee")
    settings.set("me_staff_id", str(me["id"]))
    pair = a_mentorship(a_mentor(me), mentee)
    mentoring.log_session(pair["id"], date=dt.date.today(), action_items=[
        {"text": "Book QA call", "owner": "mentor", "due_date": dt.date.today()}])
    a_feedback(mentee, comment="Good call")
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.tables["people"].column_texts("Name") == ["Ana Mentee"]
    assert page.tables["action_items"].column_texts("Action") == ["Book QA call"]
    assert page.tables["unacknowledged"].column_texts("Comment") == ["Good call"]
    assert not page.boxes["to_acknowledge"].findChild(type(page.tables["people"])).isVisible()
    with qtbot.waitSignal(page.staff_opened) as opened:
        activate(qtbot, page, "people")
    assert opened.args == [mentee["id"]]
    activate(qtbot, page, "action_items")
    dialog = page.findChild(ActionItemDialog)
    assert dialog is not None and dialog.fields["text"].value() == "Book QA call"
    dialog.reject()
    activate(qtbot, page, "unacknowledged")
    assert page.findChild(FeedbackDialog) is not None


def test_acknowledging_from_my_work(qtbot, ui_db, wait_for_tasks):
    me = a_staff("Ana")
    settings.set("me_staff_id", str(me["id"]))
    about_me = a_feedback(me, comment="Calm with an angry caller", author="Lena")
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.tables["to_acknowledge"].column_texts("Comment") == ["Calm with an angry caller"]
    activate(qtbot, page, "to_acknowledge")
    dialog = page.findChild(AcknowledgeDialog)
    assert "Calm with an angry caller" in dialog.feedback_text.text()
    qtbot.keyClicks(dialog.fields["acknowledgement"], "Thanks, I will keep it up")
    with qtbot.waitSignal(page.records_changed):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    wait_for_tasks()
    record = feedback.get(about_me["id"])
    assert (record["acknowledged_by"], record["acknowledgement"]) == \
        ("tester", "Thanks, I will keep it up")
    assert page.tables["to_acknowledge"].rows() == []
    assert page.empty["to_acknowledge"].isVisible()


def test_a_team_leads_people_below_a_kpi_target(qtbot, ui_db, make, wait_for_tasks,
                                                monkeypatch):
    """Who reports to whom is a shared database's (a user id); its rows are made here on a
    SQLite file, with the lead as the signed-in user."""
    from records import make_kpi_metric, make_kpi_values

    from mentorapp.models import AppUser, Staff
    from mentorapp.services import kpi, users

    lena, cara, dan = a_staff("Lena"), a_staff("Cara", "Low"), a_staff("Dan", "Fine")
    lead = AppUser.create(login="lead", role="mentor", staff=lena["id"])
    Staff.update(reports_to=lead.id).where(Staff.id.in_([cara["id"], dan["id"]])).execute()
    monkeypatch.setattr(users, "current", lambda: {
        "login": "lead", "display_name": "Lena", "role": "mentor", "staff": lena["id"],
        "shared": True})
    aht = make_kpi_metric(make, name="AHT", unit="seconds", better="lower", target=300)
    last_month, this_month = kpi.months_back(dt.date.today(), 2)
    make_kpi_values(aht, cara, [(last_month, 330), (this_month, 312)])
    make_kpi_values(aht, dan, [(last_month, 330), (this_month, 280)])
    page = show_my_work(qtbot, wait_for_tasks)
    table = page.tables["below_target"]
    assert page.boxes["below_target"].isVisible() and table.isVisible()
    assert table.column_texts("Staff member") == ["Cara Low"]
    assert table.column_texts("Figures, oldest first") == ["5:30 · 5:12"]
    with qtbot.waitSignal(page.staff_opened) as opened:
        activate(qtbot, page, "below_target")
    assert opened.args == [cara["id"]]
    make_kpi_values(aht, cara, [(this_month + dt.timedelta(days=1), 250)])  # back on target
    page.refresh()
    wait_for_tasks()
    assert page.boxes["below_target"].isVisible() and not table.isVisible()
    assert page.empty["below_target"].text().startswith("Nobody who reports to you")


def test_without_people_reporting_to_me_no_kpi_section(qtbot, ui_db, wait_for_tasks):
    me = a_staff("Lena")
    settings.set("me_staff_id", str(me["id"]))
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.boxes["people"].isVisible()
    assert not page.boxes["below_target"].isVisible()


def an_account_manager(monkeypatch, make) -> tuple[dict, dict]:
    """Alma manages Acme (a client whose last month's report is overdue) and not Other Co,
    signed in as on a shared database (her clients are a user id's); rows on a SQLite file."""
    from mentorapp.models import AppUser, ClientManager
    from mentorapp.services import users

    acme, other = make.client("Acme", report_due_days=0), make.client("Other Co")
    alma = AppUser.create(login="alma", role="account_manager")
    ClientManager.create(client=acme["id"], user=alma.id)
    monkeypatch.setattr(users, "current", lambda: {
        "login": "alma", "display_name": "Alma", "role": "account_manager", "staff": None,
        "shared": True})
    return acme, other


def test_an_account_managers_reports_due_and_waiting(qtbot, ui_db, make, wait_for_tasks,
                                                     monkeypatch):
    from mentorapp.services import client_reports, clients

    acme, other = an_account_manager(monkeypatch, make)
    start, end = client_reports.last_period("monthly", dt.date.today())
    page = show_my_work(qtbot, wait_for_tasks)
    due = page.tables["reports_due"]
    assert page.boxes["reports_due"].isVisible() and due.isVisible()
    assert due.column_texts("Client") == ["Acme"]  # not Other Co: not hers
    assert due.column_texts("Period") == [f"{start.isoformat()} to {end.isoformat()}"]
    assert due.column_texts("Days overdue") == [str((dt.date.today() - end).days)]
    assert page.boxes["reports_unacknowledged"].isVisible()
    assert page.empty["reports_unacknowledged"].isVisible()
    # double-click: Prepare report on that client and period
    activate(qtbot, page, "reports_due")
    dialog = page.findChild(PrepareReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.client_id, dialog.period()) == (acme["id"], (start, end))
    dialog.reject()
    # sent ten days ago and not acknowledged: waiting, and no longer due
    clients.add_contact(acme["id"], name="Ann", email="ann@acme.test")
    version = client_reports.register_version(acme["id"], start, end, file_name="a.xlsx",
                                              sha256="0" * 64, figures={})
    sent = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=10)
    client_reports.mark_sent(version["id"], ["ann@acme.test"], when=sent)
    page.refresh()
    wait_for_tasks()
    waiting = page.tables["reports_unacknowledged"]
    assert waiting.column_texts("Client") == ["Acme"]
    assert waiting.column_texts("Version") == ["v1"]
    assert waiting.column_texts("Days waiting") == ["10"]
    assert waiting.column_texts("Sent on") == [
        sent.replace(tzinfo=dt.UTC).astimezone().date().isoformat()]
    assert due.rows() == [] and page.empty["reports_due"].isVisible()


def test_no_report_boxes_for_others_without_rows(qtbot, ui_db, wait_for_tasks):
    me = a_staff("Lena")
    settings.set("me_staff_id", str(me["id"]))
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.boxes["people"].isVisible()
    assert not page.boxes["reports_due"].isVisible()
    assert not page.boxes["reports_unacknowledged"].isVisible()


# -- signed in to a shared database ------------------------------------------------------------
@pytest.fixture(scope="module")
def company(scram_cluster):
    yield from build_company(scram_cluster)


@pytest.fixture
def signed_in(company):
    opened = []

    def sign_in(name: str):
        opened.append(company.open_as(name))
        return company
    yield sign_in
    for database in opened:
        database.close()


@pytest.mark.postgres
def test_my_work_of_a_mentor(qtbot, signed_in, wait_for_tasks):
    company = signed_in("lead")
    page = show_my_work(qtbot, wait_for_tasks)
    assert page.tables["people"].column_texts("Name") == ["Ana Test", "Cara Test"]
    assert page.tables["people"].column_texts("Why mine") == ["mentee", "reports to me"]
    assert page.tables["action_items"].column_texts("Action") == ["Book a call with QA"]
    assert page.tables["check_ins"].column_texts("Staff member") == ["Cara Test"]
    assert page.tables["incidents"].column_texts("What happened") == ["Wrong refund amount"]
    assert page.tables["certifications"].column_texts("Certification") == \
        [f"Privacy cert {company.tag}"]
    # oldest first: Cara's incident (4 days ago), then the praise for Ana (2 days ago)
    assert page.tables["unacknowledged"].column_texts("Staff member") == \
        ["Cara Test", "Ana Test"]
    assert page.tables["to_acknowledge"].rows() == []


@pytest.mark.postgres
def test_my_work_of_an_agent_and_her_acknowledgement(qtbot, signed_in, wait_for_tasks):
    company = signed_in("ana")
    page = show_my_work(qtbot, wait_for_tasks)
    assert not page.boxes["unacknowledged"].isVisible()  # she has no people
    assert page.tables["people"].rows() == []
    assert page.tables["action_items"].column_texts("Action") == ["Read the refund FAQ"]
    assert page.tables["to_acknowledge"].column_texts("Comment") == \
        ["Calm with an angry caller"]
    activate(qtbot, page, "to_acknowledge")
    dialog = page.findChild(AcknowledgeDialog)
    qtbot.keyClicks(dialog.fields["acknowledgement"], "Thank you")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert page.tables["to_acknowledge"].rows() == []
    record = feedback.get(company.ids["praise"])
    assert (record["acknowledged_by"], record["acknowledgement"]) == \
        (company.login("ana"), "Thank you")


@pytest.mark.postgres
def test_an_agent_marks_her_action_item_done_from_my_work(qtbot, signed_in, wait_for_tasks):
    signed_in("ana")
    page = show_my_work(qtbot, wait_for_tasks)
    activate(qtbot, page, "action_items")
    dialog = page.findChild(ActionItemDialog)
    dialog.fields["done_date"].set_value(dt.date.today())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()  # only done_date is written
    wait_for_tasks()
    assert page.tables["action_items"].rows() == []
