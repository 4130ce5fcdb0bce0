"""The feedback list: search, filters, server-side sort, open profile, archive."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_client,
    a_feedback,
    a_staff,
    click_save,
    column_texts,
    offscreen_warnings,
    select_rows,
    show_page,
    type_into,
    wait_loaded,
)
from PySide6.QtCore import Qt

from mentorapp.services import feedback, search
from ui.pages.feedback_page import FeedbackPage

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, ui_db):
    return lambda: show_page(qtbot, FeedbackPage(), width=1200)


@pytest.fixture
def entries(ui_db):
    acme = a_client("Acme")
    ana, ben = a_staff("Ana", "Cruz", client=acme), a_staff("Ben", "Diaz")
    a_feedback(ana, source="client", client=acme["id"], rating=5, comment="Great calls",
               date=TODAY - dt.timedelta(days=3))
    a_feedback(ben, source="peer", kind="recognition", rating=4, comment="Helped the team",
               date=TODAY - dt.timedelta(days=200))
    a_feedback(ben, source="management", kind="incident", rating=2, comment="Missed SLA",
               lesson_learned="Watch the queue", date=TODAY - dt.timedelta(days=10))
    return {"acme": acme, "ana": ana, "ben": ben}


def test_newest_first_and_search_as_you_type(qtbot, page, entries):
    shown = page()
    assert column_texts(shown, "Comment") == ["Great calls", "Missed SLA", "Helped the team"]
    qtbot.keyClicks(shown.search, "diaz")
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Missed SLA",
                                                              "Helped the team"])
    # A text search is not counted again in the database: the rows loaded are the count.
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 feedback entries")


def test_filters_by_source_kind_client_and_period(qtbot, page, entries):
    shown = page()
    for key, text, expected in [("source", "Peer", ["Helped the team"]),
                                ("kind", "Incident", ["Missed SLA"]),
                                ("client", "Acme", ["Great calls"]),
                                ("period", "Last 30 days", ["Great calls", "Missed SLA"])]:
        box = shown.filters[key]
        box.setCurrentIndex(box.findText(text))
        qtbot.waitUntil(lambda expected=expected: column_texts(shown, "Comment") == expected)
        box.setCurrentIndex(0)
        wait_loaded(qtbot, shown)


def test_sort_by_rating(qtbot, page, entries):
    shown = page()
    shown.view.sortByColumn(shown.model.headers().index("Rating"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: column_texts(shown, "Rating") == ["2", "4", "5"])


def test_context_menu_opens_the_staff_profile(qtbot, page, entries):
    shown = page()
    select_rows(shown, [0])
    shown.view.setCurrentIndex(shown.view.model().index(0, 0))
    menu = shown.context_menu()
    with qtbot.waitSignal(shown.staff_opened) as opened:
        menu.actions()[0].trigger()
    assert opened.args == [entries["ana"]["id"]]


def test_new_feedback_from_the_page_then_archive_it(qtbot, page, entries, monkeypatch):
    shown = page()
    form = shown.new_record()
    type_into(qtbot, form, staff="Ana Cruz", comment="Thanks for covering")
    form.fields["source"].set_value("mentor")
    click_save(qtbot, form)
    qtbot.waitUntil(lambda: "Thanks for covering" in column_texts(shown, "Comment"))
    row = column_texts(shown, "Comment").index("Thanks for covering")
    monkeypatch.setattr(shown, "confirm", lambda question: True)
    select_rows(shown, [row])
    qtbot.mouseClick(shown.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Thanks for covering" not in column_texts(shown, "Comment"))
    archived = feedback.list(staff=entries["ana"]["id"], include_archived=True, search="covering")
    assert archived[0]["archived"] is True


def test_the_search_box_uses_the_text_index_with_the_filters(qtbot, page, entries):
    shown = page()
    qtbot.keyClicks(shown.search, "queue")  # the lesson learned of Ben's incident
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Missed SLA"])
    qtbot.waitUntil(lambda: shown.count_label.text() == "1 feedback")
    shown.search.clear()
    qtbot.keyClicks(shown.search, "Diaz help*")  # no one place holds both words
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == [])
    shown.search.clear()
    qtbot.keyClicks(shown.search, "help*")
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Helped the team"])
    shown.search.clear()
    qtbot.keyClicks(shown.search, "diaz")
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Missed SLA", "Helped the team"])
    box = shown.filters["kind"]
    box.setCurrentIndex(box.findText("Incident"))  # the filters still apply
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Missed SLA"])
    qtbot.waitUntil(lambda: shown.count_label.text() == "1 feedback")
    for text in ("*", "\"(", "NOT"):  # no error from the search syntax
        shown.search.clear()
        qtbot.keyClicks(shown.search, text)
        wait_loaded(qtbot, shown)
        assert not shown.count_label.text().startswith("Could not load")


def test_a_common_word_is_counted_up_to_the_limit(qtbot, page, entries, monkeypatch):
    monkeypatch.setattr(search, "COUNT_LIMIT", 1)
    shown = page()
    qtbot.keyClicks(shown.search, "diaz")
    qtbot.waitUntil(lambda: shown.count_label.text() == "More than 1 feedback entries")
    shown.search.clear()
    qtbot.keyClicks(shown.search, "calls")
    qtbot.waitUntil(lambda: shown.count_label.text() == "1 feedback")


def test_down_and_enter_from_the_search_box_open_the_feedback_found(qtbot, page, entries):
    shown = page()
    qtbot.keyClicks(shown.search, "watch")
    qtbot.waitUntil(lambda: column_texts(shown, "Comment") == ["Missed SLA"])
    opened = []
    shown.open_dialog = lambda record_id: opened.append(record_id)
    qtbot.keyClick(shown.search, Qt.Key.Key_Down)
    qtbot.keyClick(shown.view, Qt.Key.Key_Return)
    missed = feedback.list(text="watch")[0]
    assert opened == [missed["id"]] and missed["comment"] == "Missed SLA"
