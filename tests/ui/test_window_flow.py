"""Data entry that flows, through the main window: the welcome page on every start, empty
lists that say what to do next, the keyboard from the search box, the status bar after a save,
and a layout that fits 1024 x 700."""

from __future__ import annotations

import openpyxl
import pytest
from builders import a_client, a_feedback, a_staff, click_save, offscreen_warnings, type_into
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from mentorapp.services import clients
from ui.dialogs.client_dialog import ClientDialog
from ui.main_window import PAGE_KEYS, MainWindow
from ui.pages.list_page import ListPage

pytestmark = offscreen_warnings

LIST_PAGES = ["staff", "mentoring", "clients", "feedback", "training"]


@pytest.fixture
def make_window(qtbot, ui_db, tmp_path, wait_for_tasks):
    def make(show_welcome: bool = False, size=(1280, 800)) -> MainWindow:
        win = MainWindow(str(tmp_path / "test.db"), show_welcome=show_welcome)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        return win

    yield make
    wait_for_tasks()


def lists_of(page) -> list[ListPage]:
    """The list pages a main-window page shows (one, or one per tab)."""
    return [page] if isinstance(page, ListPage) else [
        page.tabs.widget(n) for n in range(page.tabs.count())]


def wait_idle(qtbot, lists: list[ListPage]) -> None:
    qtbot.waitUntil(lambda: all(not p.options_loading and not getattr(p.model, "loading", False)
                                for p in lists))


def test_welcome_page_stays_when_the_sidebar_gets_focus(qtbot, make_window):
    """A window manager gives the sidebar focus after start(): Qt then makes row 0 (the
    Dashboard) current, which must not leave the welcome page."""
    win = make_window(show_welcome=True)
    focus_in = QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.sendEvent(win.sidebar, focus_in)
    win.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(50)
    assert win.current_key == "welcome"
    assert win.welcome.isVisible()
    assert "dashboard" not in win.pages
    # A click on the sidebar is still a choice.
    rect = win.sidebar.visualItemRect(win.sidebar.item(PAGE_KEYS.index("clients")))
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_key == "clients"


def test_after_start_empty_every_list_says_what_to_do_next(qtbot, make_window):
    win = make_window(show_welcome=True)
    qtbot.mouseClick(win.welcome.empty_button, Qt.MouseButton.LeftButton)
    for key in LIST_PAGES:
        page = win.show_page(key)
        for part in lists_of(page):
            if hasattr(page, "tabs"):
                page.tabs.setCurrentWidget(part)
            wait_idle(qtbot, [part])
            if part.title == "Competencies":  # seeded with the standard framework
                continue
            assert part.body.currentWidget() is part.empty_panel, part.title
            assert part.empty_panel.isVisible()
            assert part.empty_label.text().startswith("No ")
            assert " yet. " in part.empty_label.text()  # then what to do next
            assert part.empty_new_button.isVisible()
            assert not part.export_button.isEnabled()
    staff_page = win.show_page("staff")
    asked = []
    staff_page.choose_export_file = lambda: asked.append("file") or ""
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and win.statusBar().currentMessage() == "No staff to export yet"
    assert staff_page.empty_import_button.isVisible()
    qtbot.mouseClick(staff_page.empty_import_button, Qt.MouseButton.LeftButton)
    assert win.current_key == "reports"
    assert win.current_page().tabs.currentWidget() is win.current_page().importing


def test_empty_list_button_adds_the_first_client_and_the_table_shows_it(qtbot, make_window):
    win = make_window()
    page = win.show_page("clients")
    qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ClientDialog)
    type_into(qtbot, dialog, name="ShopNest")
    click_save(qtbot, dialog)
    assert clients.by_name("ShopNest") is not None
    assert page.body.currentWidget() is page.view
    assert page.selected_records()[0]["name"] == "ShopNest"
    assert win.statusBar().currentMessage() == "New client saved"


def test_ctrl_e_exports_while_the_search_box_has_focus(qtbot, make_window, tmp_path, monkeypatch):
    a_client("Acme")
    a_client("Globex")
    win = make_window()
    page = win.show_page("clients")
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "glob")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    # Under X11 a QLineEdit takes Ctrl+E (end of line) before the window's shortcut: the
    # search box must leave it (an ignored ShortcutOverride) whatever the platform's keys.
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E,
                         Qt.KeyboardModifier.ControlModifier)
    assert page.eventFilter(page.search, override) and not override.isAccepted()
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(page, "choose_export_file", lambda: str(out))
    with qtbot.waitSignal(page.status_message, check_params_cb=lambda text:
                          text == f"Exported to {out}"):
        qtbot.keyClick(page.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == "glob"
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:] if any(r)] == ["Globex"]
    assert win.statusBar().currentMessage() == f"Exported to {out}"


def test_down_from_the_search_then_enter_opens_the_record(qtbot, make_window):
    a_client("Acme")
    a_client("Globex")
    win = make_window()
    page = win.show_page("clients")
    page.focus_search()
    qtbot.keyClicks(page.search, "glob")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    assert [r["name"] for r in page.selected_records()] == ["Globex"]
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.findChild(ClientDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["name"].text() == "Globex"
    dialog.reject()
    qtbot.keyClick(page.view, Qt.Key.Key_Up)  # Up on the first row: back to the search
    assert QApplication.focusWidget() is page.search


def test_enter_on_a_staff_row_opens_the_profile(qtbot, make_window):
    ana = a_staff("Ana", "Cruz")
    win = make_window()
    page = win.show_page("staff")
    wait_idle(qtbot, [page])
    page.focus_search()
    qtbot.keyClicks(page.search, "cruz")
    qtbot.waitUntil(lambda: page.model.query.get("search") == "cruz" and not page.model.loading)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert win.current_key == "profile"
    assert win.profile.staff_id == ana["id"]


def test_enter_in_the_search_opens_the_one_result_and_focuses_several(qtbot, make_window):
    """Typed and Enter at once (before the typing pause ran the search): the search runs,
    and its only result opens; with two results the list takes the focus instead."""
    ana = a_staff("Ana", "Cruz", employee_id="E-100")
    a_staff("Bo", "Cruz", employee_id="E-200")
    a_client("Acme")
    a_client("Acme Two")
    win = make_window()
    page = win.show_page("staff")
    wait_idle(qtbot, [page])
    page.focus_search()
    qtbot.keyClicks(page.search, "cruz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    assert win.current_key == "staff" and len(page.selected_records()) == 1
    page.focus_search()
    page.search.selectAll()
    qtbot.keyClicks(page.search, "E-100")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.current_key == "profile")
    assert win.profile.staff_id == ana["id"]
    clients = win.show_page("clients")  # a list filtered in the window, not paged
    clients.focus_search()
    qtbot.keyClicks(clients.search, "acme two")
    qtbot.keyClick(clients.search, Qt.Key.Key_Return)
    dialog = clients.findChild(ClientDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["name"].text() == "Acme Two"
    dialog.reject()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_layout_fits_and_the_sidebar_keeps_its_width(qtbot, make_window, size):
    a_feedback(a_staff("Ana", "Cruz"))
    win = make_window(size=size)
    widths = set()
    for key in ["dashboard", *LIST_PAGES, "reports"]:
        page = win.show_page(key)
        qtbot.wait(20)
        widths.add(win.sidebar.width())
        for part in lists_of(page) if key in LIST_PAGES else []:
            if hasattr(page, "tabs"):
                page.tabs.setCurrentWidget(part)
            wait_idle(qtbot, [part])
            qtbot.waitUntil(lambda part=part: part.count_label.text() != "")
            qtbot.wait(20)  # the layout follows the new count
            right = part.mapTo(win, part.rect().topRight()).x()
            for widget in (part.search, part.show_archived, part.count_label,
                           *part.filters.values()):
                assert widget.width() >= widget.minimumSizeHint().width(), (key, widget)
                assert widget.mapTo(win, widget.rect().topRight()).x() <= right, (key, widget)
    assert len(widths) == 1
    view = win.show_page("staff").view  # the mentor in view without scrolling
    mentor = win.pages["staff"].model.headers().index("Mentor")
    assert view.columnViewportPosition(mentor) + view.columnWidth(mentor) \
        <= view.viewport().width()
    assert widths.pop() >= 150


def test_staff_table_with_no_match_has_no_horizontal_scroll_bar(qtbot, make_window):
    a_staff("Ana", "Cruz")
    win = make_window(size=(1024, 700))
    page = win.show_page("staff")
    wait_idle(qtbot, [page])
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().isVisible())  # 10 wide columns
    qtbot.keyClicks(page.search, "nobody")
    qtbot.waitUntil(lambda: page.model.query.get("search") == "nobody"
                    and not page.model.loading and page.model.rowCount() == 0)
    assert page.body.currentWidget() is page.view  # a search found nothing: not "no staff yet"
    assert not page.view.horizontalScrollBar().isVisible()


def test_a_role_added_over_a_profile_is_offered_on_it_at_once(qtbot, make_window):
    """Edit > Role Ladders… over a staff profile: the Career plan's role list has the new
    role without F5 (the window refreshed its list pages but not a profile)."""
    from mentorapp.services import readiness

    ana = a_staff("Ana", "Cruz")
    win = make_window()
    profile = win.open_staff(ana["id"])
    career = profile.tab("Career plan")
    profile.tabs.setCurrentWidget(career)
    career.ensure_loaded()
    roles = win.open_roles()
    readiness.create_role(name="Quality analyst", level=2)
    roles.roles_changed.emit()
    texts = [career.role_choice.itemText(i) for i in range(career.role_choice.count())]
    assert "Quality analyst" in texts
    roles.close()
