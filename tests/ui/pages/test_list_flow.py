"""Every list page: a search box, actions that need a selection, the saved record selected
and scrolled to (even behind a filter), export file names and folders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import (
    a_client,
    a_program,
    a_staff,
    click_save,
    column_texts,
    offscreen_warnings,
    select_rows,
    show_page,
    type_into,
)
from PySide6.QtCore import Qt

from mentorapp.services import feedback, staff, training
from ui import preferences
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.pages import list_page
from ui.pages.clients_page import ClientsPage
from ui.pages.feedback_page import FeedbackPage
from ui.pages.mentoring_page import MentorshipsList, MentorsList
from ui.pages.staff_page import StaffPage
from ui.pages.training_page import CompetenciesList, EnrollmentsList, ProgramsList
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings

LISTS = [StaffPage, ClientsPage, FeedbackPage, MentorsList, MentorshipsList, ProgramsList,
         EnrollmentsList, CompetenciesList]


@pytest.mark.parametrize("list_class", LISTS, ids=lambda c: c.__name__)
def test_every_list_has_a_search_box_and_needs_a_selection_to_edit(qtbot, ui_db, list_class):
    shown = show_page(qtbot, list_class())
    assert shown.search.isVisible()
    assert not shown.edit_button.isEnabled()
    assert not shown.archive_button.isEnabled()
    menu = shown.context_menu()
    needs_one = {a.text(): a.isEnabled() for a in menu.actions()
                 if a.text() in ("Edit…", "Archive", "Log session…", "Add feedback…",
                                 "Open staff profile")}
    assert needs_one and not any(needs_one.values())


def test_enrollments_search_staff_names_and_programs(qtbot, ui_db):
    ana, ben = a_staff("Ana", "Cruz"), a_staff("Ben", "Diaz")
    first, second = a_program("Forklift safety"), a_program("Customer care")
    training.enrollments.create(staff=ana["id"], program=first["id"])
    training.enrollments.create(staff=ben["id"], program=second["id"])
    shown = show_page(qtbot, EnrollmentsList())
    qtbot.keyClicks(shown.search, "cruz")
    qtbot.waitUntil(lambda: column_texts(shown, "Staff member") == ["Cruz, Ana"])
    shown.search.clear()
    qtbot.keyClicks(shown.search, "customer")
    qtbot.waitUntil(lambda: column_texts(shown, "Staff member") == ["Diaz, Ben"])
    qtbot.waitUntil(lambda: shown.count_label.text() == "1 enrollment")


def new_staff_by_keyboard(qtbot, shown, employee_id: str, first: str, last: str) -> None:
    dialog = shown.new_record()
    type_into(qtbot, dialog, employee_id=employee_id, first_name=first, last_name=last)
    with qtbot.waitSignal(shown.status_message) as said:
        click_save(qtbot, dialog)
    assert said.args == ["New staff member saved"]


def test_new_record_beyond_the_first_page_is_selected_and_scrolled_to(qtbot, ui_db):
    for number in range(30):
        a_staff(f"Person{number:02}", f"Alpha{number:02}")
    shown = show_page(qtbot, StaffPage(), width=900)
    shown.resize(900, 300)
    shown.model.page_size = 10
    new_staff_by_keyboard(qtbot, shown, "Z-1", "Zoe", "Zulu")
    qtbot.waitUntil(lambda: [r["last_name"] for r in shown.selected_records()] == ["Zulu"])
    current = shown.view.currentIndex()
    assert current.row() == 30
    assert shown.view.viewport().rect().intersects(shown.view.visualRect(current))


def test_new_record_too_far_down_a_big_list_is_searched_for(qtbot, ui_db, monkeypatch):
    """Past the rows the reveal reads, the list searches for the new person's employee ID
    (the user's search was cleared first, so nothing of theirs is lost twice)."""
    monkeypatch.setattr(list_page, "REVEAL_ROWS", 20)
    for number in range(30):
        a_staff(f"Person{number:02}", f"Alpha{number:02}")
    shown = show_page(qtbot, StaffPage())
    shown.model.page_size = 10
    shown.view.setFixedHeight(120)  # no page fetched by the view itself (see below)
    messages = []
    shown.status_message.connect(messages.append)
    new_staff_by_keyboard(qtbot, shown, "Z-1", "Zoe", "Zulu")
    qtbot.waitUntil(lambda: [r["last_name"] for r in shown.selected_records()] == ["Zulu"])
    assert shown.search.text() == "Z-1"
    assert messages[1:] == ["New staff member saved: it is far down the list; searched for Z-1 "
                            "to show it"]


def test_new_record_too_far_down_a_big_list_is_said(qtbot, ui_db, monkeypatch):
    """A list whose records have no key to search for says where the record is."""
    monkeypatch.setattr(list_page, "REVEAL_ROWS", 20)
    monkeypatch.setattr(StaffPage, "reveal_key", None)
    for number in range(30):
        a_staff(f"Person{number:02}", f"Alpha{number:02}")
    shown = show_page(qtbot, StaffPage())
    shown.model.page_size = 10
    # A view with room for more rows than it has fetches the next page itself (Qt does, at
    # its own moment): a short view shows that the reveal alone stops at REVEAL_ROWS.
    shown.view.setFixedHeight(120)
    messages = []
    shown.status_message.connect(messages.append)
    new_staff_by_keyboard(qtbot, shown, "Z-1", "Zoe", "Zulu")
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[1] == ("New staff member saved: it is further down the list (search for "
                           "it to see it)")
    assert shown.model.rowCount() == 20 and shown.selected_records() == []


def test_new_record_hidden_by_a_filter_clears_it_and_says_so(qtbot, ui_db):
    a_staff("Ana", "Cruz", status="on_leave")
    shown = show_page(qtbot, StaffPage())
    box = shown.filters["status"]
    box.setCurrentIndex(box.findText("On leave"))
    qtbot.keyClicks(shown.search, "cruz")
    qtbot.waitUntil(lambda: column_texts(shown, "Name") == ["Cruz, Ana"])
    messages = []
    shown.status_message.connect(messages.append)
    new_staff_by_keyboard(qtbot, shown, "B-1", "Ben", "Diaz")
    qtbot.waitUntil(lambda: [r["last_name"] for r in shown.selected_records()] == ["Diaz"])
    assert shown.search.text() == "" and box.currentIndex() == 0
    assert messages[-1] == ("New staff member saved: the search and filters were cleared to "
                            "show it")
    assert staff.by_employee_id("B-1")["first_name"] == "Ben"


def test_changed_record_stays_selected_in_a_searched_small_list(qtbot, ui_db):
    for name in ("Acme", "Globex", "Initech"):
        a_client(name)
    shown = show_page(qtbot, ClientsPage())
    qtbot.keyClicks(shown.search, "glob")
    qtbot.waitUntil(lambda: shown.proxy.rowCount() == 1)
    select_rows(shown, [0])
    qtbot.mouseClick(shown.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown.findChild(ClientDialog)
    type_into(qtbot, dialog, name="Globex Corp")
    with qtbot.waitSignal(shown.status_message) as said:
        click_save(qtbot, dialog)
    assert said.args == ["Changes to the client saved"]
    assert [r["name"] for r in shown.selected_records()] == ["Globex Corp"]
    assert shown.search.text() == "glob"  # still shown: the search stays


def test_renamed_out_of_the_search_clears_it(qtbot, ui_db):
    for name in ("Acme", "Globex"):
        a_client(name)
    shown = show_page(qtbot, ClientsPage())
    qtbot.keyClicks(shown.search, "glob")
    qtbot.waitUntil(lambda: shown.proxy.rowCount() == 1)
    select_rows(shown, [0])
    dialog = shown.edit_selected()
    type_into(qtbot, dialog, name="Hooli")
    click_save(qtbot, dialog)
    assert shown.search.text() == ""
    assert [r["name"] for r in shown.selected_records()] == ["Hooli"]
    assert column_texts(shown, "Name") == ["Acme", "Hooli"]


def test_export_suggests_a_dated_name_in_the_last_folder(qtbot, ui_db, tmp_path, monkeypatch):
    a_client("Acme")
    shown = show_page(qtbot, ClientsPage())
    asked = []
    target = tmp_path / "exports" / "mine.xlsx"
    target.parent.mkdir()

    def save_dialog(_parent, _caption, start, _filter):
        asked.append(Path(start))
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    assert shown.choose_export_file() == str(target)
    today = f"{dt.date.today():%Y-%m-%d}"
    assert asked[0] == preferences.documents_folder() / f"Clients {today}.xlsx"
    assert asked[0].parent != Path.cwd()
    shown.choose_export_file()
    assert asked[1] == target.parent / f"Clients {today}.xlsx"  # remembered



def test_feedback_added_from_the_staff_list_is_said_in_the_status_bar(qtbot, ui_db):
    a_staff("Ana", "Cruz")
    shown = show_page(qtbot, StaffPage())
    select_rows(shown, [0])
    menu = shown.context_menu()
    add = next(a for a in menu.actions() if a.text() == "Add feedback…")
    add.trigger()
    dialog = shown.findChild(FeedbackDialog)
    dialog.fields["comment"].setFocus()
    qtbot.keyClicks(dialog.fields["comment"], "Calm with an angry caller")
    changed = []
    shown.records_changed.connect(lambda: changed.append(True))
    dialog.fields["source"].set_value("peer")
    with qtbot.waitSignal(shown.status_message) as said:
        click_save(qtbot, dialog)
    assert said.args == ["New feedback saved"] and changed
    assert feedback.list(staff=shown.selected_records()[0]["id"])[0]["comment"] == \
        "Calm with an angry caller"


def test_show_all_clears_the_search_box_and_hides_its_clear_button(qtbot, ui_db):
    """The search box's clear button follows its text: it went on showing in an empty box
    when the search was cleared with the box's signals blocked."""
    a_staff("Ana")
    page = StaffPage()
    qtbot.addWidget(page)
    page.show()
    page.search.setText("Ana")
    clear_button = next(w for w in page.search.children()
                        if w.metaObject().className() == "QLineEditIconButton")
    qtbot.waitUntil(lambda: clear_button.property("opacity") == 1.0)
    page.clear_narrowing()
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: clear_button.property("opacity") == 0.0)


def test_another_filter_shows_its_list_from_the_top(qtbot, ui_db):
    """A big list scrolled down, then filtered to (here) the same people: the new list starts
    at its top, not where the old one was scrolled to."""
    for number in range(60):
        a_staff(f"Person{number:02}", f"Alpha{number:02}")
    shown = show_page(qtbot, StaffPage())
    shown.view.setFixedHeight(200)
    qtbot.waitUntil(lambda: shown.model.rowCount() >= 50)
    bar = shown.view.verticalScrollBar()
    shown.view.scrollToBottom()
    qtbot.waitUntil(lambda: bar.value() > 0)
    box = shown.filters["status"]
    box.setCurrentIndex(box.findText("Active"))
    qtbot.waitUntil(lambda: not shown.model.loading and shown.model.rowCount() >= 50)
    assert bar.value() == 0
