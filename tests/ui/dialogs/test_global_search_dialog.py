"""Search everything (Ctrl+K), driven by the keyboard: the best results of each kind under its
heading, with the person, date and highlighted words; Down, Up, Enter and Escape; hints for an
empty search, a search with no words and one that finds nothing; Enter opens the record in the
main window; the dialog in Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor

from mentorapp.services import mentoring, search
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.global_search_dialog import (
    PER_KIND,
    GlobalSearchDialog,
    ResultRole,
    result_html,
)
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.main_window import MainWindow

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def records(ui_db, make):
    ana, ben = make.staff("Ana", "Cruz"), make.staff("Ben", "Diaz")
    return {
        "ana": ana, "ben": ben,
        "incident": make.feedback(ben, kind="incident", comment="Refund sent twice",
                                  root_cause="Refund refund refund", lesson_learned="Check"),
        "praise": make.feedback(ana, comment="Handled the refund calmly",
                                date=TODAY - dt.timedelta(days=4)),
        "session": mentoring.log_session(make.mentorship(mentee=ana)["id"], date=TODAY,
                                         shared_notes="Walked through the refund policy"),
        "goal": make.goal(ben, title="Refund specialist", target_date=TODAY),
        "other": make.feedback(ana, comment="Nothing to see"),
    }


@pytest.fixture
def dialog(qtbot, wait_for_tasks):
    shown = GlobalSearchDialog()
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    wait_for_tasks()


def shown_rows(dialog) -> list:
    """Each row: a heading's text, or a result's (kind, id)."""
    rows = []
    for row in range(dialog.results.count()):
        result = dialog.results.item(row).data(ResultRole)
        rows.append(dialog.results.item(row).text() if result is None
                    else (result["kind"], result["id"]))
    return rows


def current(dialog) -> tuple[str, int]:
    result = dialog.results.currentItem().data(ResultRole)
    return result["kind"], result["id"]


def type_search(qtbot, dialog, text: str) -> None:
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: dialog._searched == text.strip() and (
        dialog.status.text().startswith("Nothing found") or
        "the best of each kind first" in dialog.status.text()), timeout=5000)


def test_results_are_grouped_by_kind_and_ranked(qtbot, dialog, records, make):
    better = make.feedback(records["ben"], comment="Refund, refund: refund")
    type_search(qtbot, dialog, "refund")
    assert shown_rows(dialog) == [
        "Feedback", ("feedback", better["id"]), ("feedback", records["praise"]["id"]),
        "Incidents", ("incident", records["incident"]["id"]),
        "Session notes", ("session", records["session"]["id"]),
        "Career goals", ("goal", records["goal"]["id"])]
    assert dialog.status.text() == (
        "5 shown, the best of each kind first; the Feedback page's search lists every feedback "
        "entry found. Down and Up choose, Enter opens, Escape closes.")
    assert current(dialog) == ("feedback", better["id"])
    praise = dialog.results.item(2).data(ResultRole)
    marked = result_html(praise, QColor("#ffee99"))
    assert marked.startswith(f"<b>Ana Cruz</b> · {TODAY - dt.timedelta(days=4)}<br>")
    assert 'the <b style="background-color:#ffee99;">refund</b> calmly' in marked
    assert "[" not in marked  # the MARK brackets became highlighting
    assert '<b style="text-decoration:underline;">refund</b>' in result_html(praise, None)


def test_people_come_first_by_name_employee_id_or_email(qtbot, dialog, records, make):
    """A person's name finds them (their details on the second line), before any record
    whose texts hold the words; more people than fit say only the first are shown."""
    make.feedback(records["ana"], comment="Ben Diaz covered my shift")
    type_search(qtbot, dialog, "ben")
    assert shown_rows(dialog)[:2] == ["People", ("person", records["ben"]["id"])]
    assert "Feedback" in shown_rows(dialog)  # the feedback that names him
    assert current(dialog) == ("person", records["ben"]["id"])
    found = dialog.results.item(1).data(ResultRole)
    assert result_html(found, None) == f"<b>Ben Diaz</b><br>{records['ben']['employee_id']}"
    type_search(qtbot, dialog, records["ana"]["employee_id"])
    assert shown_rows(dialog) == ["People", ("person", records["ana"]["id"])]
    namesakes = [make.staff("Kim", f"Lee{n}") for n in range(PER_KIND + 1)]
    type_search(qtbot, dialog, "kim")
    assert shown_rows(dialog) == [f"People (the first {PER_KIND} by name)",
                                  *[("person", p["id"]) for p in namesakes[:PER_KIND]]]
    assert dialog.status.text().startswith(f"{PER_KIND} shown")


def test_down_up_and_enter_open_the_chosen_result(qtbot, dialog, records):
    type_search(qtbot, dialog, "refund")
    assert current(dialog) == ("feedback", records["praise"]["id"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # over the Incidents heading
    assert current(dialog) == ("incident", records["incident"]["id"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # stays on the last
    assert current(dialog) == ("goal", records["goal"]["id"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert current(dialog) == ("session", records["session"]["id"])
    for _ in range(4):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Up)  # stays on the first
    assert current(dialog) == ("feedback", records["praise"]["id"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.result_opened) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert (opened.args[0]["kind"], opened.args[0]["id"]) == ("incident",
                                                              records["incident"]["id"])
    assert not dialog.isVisible()


def test_escape_closes(qtbot, dialog, records):
    qtbot.keyClicks(dialog.query, "refund")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_empty_wordless_and_unmatched_searches_say_what_to_do(qtbot, dialog, records):
    assert dialog.status.text().startswith(
        "Type words to find people by name or employee ID, and words in feedback")
    for text in ("*", " ?! ", "__"):
        dialog.query.clear()
        qtbot.keyClicks(dialog.query, text)
        qtbot.waitUntil(lambda text=text: "holds no word to search for" in dialog.status.text())
        assert dialog.results.count() == 0
    type_search(qtbot, dialog, "refund zebra")
    assert dialog.status.text().startswith("Nothing found for “refund zebra”. Try fewer words")
    assert dialog.results.count() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # nothing to open: stays open
    assert dialog.isVisible()
    dialog.query.clear()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Type words to find"))


def test_a_failed_search_says_so(qtbot, dialog, records, monkeypatch):
    def broken(*_args):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(search, "search_by_kind", broken)
    qtbot.keyClicks(dialog.query, "refund")
    qtbot.waitUntil(lambda: dialog.status.text() == "Could not search: the database went "
                    "away")
    assert dialog.results.count() == 0 and dialog.isVisible()


def test_double_click_opens_a_result(qtbot, dialog, records):
    type_search(qtbot, dialog, "specialist")
    point = dialog.results.visualItemRect(dialog.results.item(1)).center()
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert dialog.isVisible()  # one click chooses only
    with qtbot.waitSignal(dialog.result_opened) as opened:
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args[0]["id"] == records["goal"]["id"]


def test_enter_before_the_search_ran_searches_first(qtbot, dialog, records):
    dialog.query.setText("specialist")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # typed faster than the delay
    qtbot.waitUntil(lambda: shown_rows(dialog) == ["Career goals",
                                                   ("goal", records["goal"]["id"])])
    with qtbot.waitSignal(dialog.result_opened) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args[0]["id"] == records["goal"]["id"]


# -- in the main window ------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, ui_db, tmp_path, wait_for_tasks):
    win = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    wait_for_tasks()


def search_from_window(qtbot, window, text: str) -> GlobalSearchDialog:
    window.show_page("feedback")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(GlobalSearchDialog) is not None)
    dialog = window.findChild(GlobalSearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is dialog.query  # the window's focus once it is active
    type_search(qtbot, dialog, text)
    return dialog


@pytest.mark.parametrize("kind, words, tab, form", [
    ("incident", "twice", "Feedback", FeedbackDialog),
    ("praise", "calmly", "Feedback", FeedbackDialog),
    ("session", "policy", "Mentoring", SessionDialog),
    ("goal", "specialist", "Career plan", GoalDialog),
])
def test_ctrl_k_and_enter_open_the_record_on_its_profile_tab(qtbot, window, records, kind,
                                                             words, tab, form):
    staff = records["ben"] if kind in ("incident", "goal") else records["ana"]
    dialog = search_from_window(qtbot, window, words)
    assert shown_rows(dialog)[1:] == [("incident" if kind == "incident" else
                                       "feedback" if kind == "praise" else kind,
                                       records[kind]["id"])]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_key == "profile"
    assert window.profile.staff_id == staff["id"]
    assert window.profile.tabs.tabText(window.profile.tabs.currentIndex()) == tab
    [opened] = window.profile.findChildren(form)
    assert opened.record_id == records[kind]["id"] and opened.isVisible()


def test_ctrl_k_and_enter_open_a_person_found_by_name(qtbot, window, records):
    dialog = search_from_window(qtbot, window, "ana cruz")
    assert shown_rows(dialog) == ["People", ("person", records["ana"]["id"])]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_key == "profile"
    assert window.profile.staff_id == records["ana"]["id"]
    assert not dialog.isVisible()


def test_the_menu_and_toolbar_offer_it(qtbot, window):
    action = window.search_everything_action
    assert action.shortcut().toString() == "Ctrl+K"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    assert action in window.toolbar.actions()


def test_the_dialog_in_spanish(qtbot, records, spanish, wait_for_tasks):
    """Headings, hints and the count in Spanish (one result, then several), dates in the
    locale's short format."""
    shown = GlobalSearchDialog()
    qtbot.addWidget(shown)
    shown.show()
    assert shown.windowTitle() == "Buscar en todo"
    assert shown.status.text().startswith("Escriba palabras para buscar personas")
    qtbot.keyClicks(shown.query, "*")
    qtbot.waitUntil(lambda: shown.status.text().startswith("“*” no contiene ninguna palabra"))
    shown.query.clear()
    qtbot.keyClicks(shown.query, "specialist")
    qtbot.waitUntil(lambda: shown.results.count() > 0)
    assert shown_rows(shown) == ["Metas de carrera", ("goal", records["goal"]["id"])]
    assert shown.status.text().startswith("1 mostrado, el mejor de cada tipo primero;")
    day = QLocale().toString(QDate(TODAY.year, TODAY.month, TODAY.day),
                             QLocale.FormatType.ShortFormat)
    assert result_html(shown.results.item(1).data(ResultRole), None).startswith(
        f"<b>Ben Diaz</b> · {day}<br>")
    shown.query.clear()
    qtbot.keyClicks(shown.query, "refund")
    qtbot.waitUntil(lambda: shown.status.text().startswith("4 mostrados, los mejores"))
    assert [row for row in shown_rows(shown) if isinstance(row, str)] == [
        "Retroalimentación", "Incidentes", "Notas de sesión", "Metas de carrera"]
    shown.query.clear()
    qtbot.keyClicks(shown.query, "diaz")
    qtbot.waitUntil(lambda: shown._searched == "diaz")
    assert shown_rows(shown) == ["Personas", ("person", records["ben"]["id"])]
    shown.query.clear()
    qtbot.keyClicks(shown.query, "zebra")
    qtbot.waitUntil(lambda: shown.status.text().startswith("No se encontró nada para “zebra”"))
    wait_for_tasks()
