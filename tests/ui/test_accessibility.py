"""Accessibility, checked through Qt's accessibility tree (what a screen reader reads): every
control that takes the focus has a name on every page, in the profile and in a sample of
dialogs; Tab visits every control of a page and cycles, Shift+Tab goes back; colours meet
WCAG AA in both themes; every chart has a table of the same figures that the keyboard opens;
the window follows the application's font size."""

import re
from pathlib import Path

import pytest
from builders import click_save, offscreen_warnings
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from test_theme import THEMES, contrast  # WCAG 2 contrast ratio

from mentorapp import demo
from mentorapp.services import staff
from ui import theme
from ui.main_window import PAGE_KEYS, MainWindow
from ui.widgets import accessible, charts, file_dialogs

pytestmark = offscreen_warnings
Role = QPalette.ColorRole
UI = Path(__file__).resolve().parents[2] / "ui"
VALUE_CONTROLS = (QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


@pytest.fixture(autouse=True)
def _interfaces(qapp):
    """What `make_application()` installs: our combo box and clickable card interfaces."""
    accessible.install_interfaces()


@pytest.fixture
def demo_window(qtbot, ui_db, tmp_path, wait_for_tasks):
    """The main window on demo data, every task done."""
    demo.generate(ui_db, staff=20)
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_tasks()
    yield window
    wait_for_tasks()


def show(qtbot, window, key, wait_for_tasks):
    page = window.show_page(key)
    wait_for_tasks()
    qtbot.wait(20)  # answers posted back to the GUI thread are laid out
    return page


def focusable(root: QWidget) -> list[QWidget]:
    """The controls under `root` a user can reach now: shown, enabled, taking the focus."""
    return [widget for widget in root.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus]


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def is_named(widget: QWidget, buddies: list[QWidget]) -> bool:
    """Whether a screen reader has a name for `widget`. A value control (a combo box, a field)
    needs a name of its own or a label's: Qt falls back to its value ("All clients")."""
    if isinstance(widget, VALUE_CONTROLS):
        return bool(widget.accessibleName()) or any(b is widget for b in buddies)
    return bool(accessible_name(widget))


def buddies_in(root: QWidget) -> list[QWidget]:
    return [label.buddy() for label in root.findChildren(QLabel) if label.buddy()]


def unnamed(root: QWidget) -> list[str]:
    """The controls under `root` a screen reader would announce without a name."""
    buddies = buddies_in(root)
    return [f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(widget.parentWidget()).__name__}"
            for widget in focusable(root) if not is_named(widget, buddies)]


# -- names -----------------------------------------------------------------------------------
def test_every_control_on_every_page_has_an_accessible_name(qtbot, demo_window, wait_for_tasks):
    assert accessible_name(demo_window.sidebar) == "Pages"
    for key in PAGE_KEYS:
        page = show(qtbot, demo_window, key, wait_for_tasks)
        assert (key, unnamed(page)) == (key, [])


def test_every_control_of_every_profile_tab_has_an_accessible_name(qtbot, demo_window,
                                                                   wait_for_tasks):
    profile = demo_window.open_staff(staff.list(limit=1)[0]["id"])
    wait_for_tasks()
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        wait_for_tasks()
        qtbot.wait(20)
        assert (profile.tabs.tabText(index), unnamed(profile)) == \
            (profile.tabs.tabText(index), [])


def test_lists_and_tables_are_named_after_their_page_or_section(qtbot, demo_window,
                                                                wait_for_tasks):
    page = show(qtbot, demo_window, "staff", wait_for_tasks)
    assert accessible_name(page.view) == "Staff"
    assert accessible_name(page.search) == "Search staff"
    dashboard = show(qtbot, demo_window, "dashboard", wait_for_tasks)
    overdue = dashboard.lists["overdue_check_ins"]
    assert accessible_name(overdue) == dashboard.list_titles["overdue_check_ins"]
    card = dashboard.cards["active_staff"]
    assert accessible_name(card).startswith(f"Active staff: {card.value.text()}")
    assert card.value.text().isdigit()
    description = QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Description)
    assert description == "Open the list behind this figure"
    assert accessible_name(dashboard.filters["period"]) == "Period"


def label_of(box: QComboBox) -> str:
    """The name a sighted user reads beside `box`: its own or its buddy label's."""
    buddies = [label.text() for label in box.window().findChildren(QLabel)
               if label.buddy() is box]
    return box.accessibleName() or accessible.plain(buddies[0] if buddies else "")


def combos_heard_wrong(root: QWidget) -> list[tuple[str, str, str]]:
    """The combo boxes under `root` a screen reader would not hear as "label, value": (what
    it hears as the name, the label, the value it hears)."""
    heard = []
    for box in focusable(root):
        if isinstance(box, QComboBox):
            interface = QAccessible.queryAccessibleInterface(box)
            name, value = (interface.text(QAccessible.Text.Name),
                           interface.text(QAccessible.Text.Value))
            if not label_of(box) or name != label_of(box) or value != box.currentText():
                heard.append((name, label_of(box), value))
    return heard


def test_every_combo_box_is_announced_by_its_label_with_its_choice_as_value(
        qtbot, demo_window, wait_for_tasks):
    for key in PAGE_KEYS:
        page = show(qtbot, demo_window, key, wait_for_tasks)
        assert (key, combos_heard_wrong(page)) == (key, [])
    period = show(qtbot, demo_window, "dashboard", wait_for_tasks).filters["period"]
    interface = QAccessible.queryAccessibleInterface(period)
    assert interface.role() == QAccessible.Role.ComboBox
    period.setCurrentIndex(0)
    assert (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Value)) \
        == ("Period", period.itemText(0))
    assert QAccessible.queryAccessibleInterface(period.view()) == interface.child(0)
    assert interface.actionInterface().actionNames()[0] == "ShowMenu"


def test_form_combo_boxes_are_announced_by_their_label(qtbot, ui_db, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.staff_dialog import StaffDialog

    demo.generate(ui_db, staff=5)
    for dialog in (StaffDialog(), SettingsDialog(str(tmp_path / "x.db"))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        combos = [w for w in focusable(dialog) if isinstance(w, QComboBox)]
        assert combos, type(dialog).__name__
        assert (type(dialog).__name__, combos_heard_wrong(dialog)) == \
            (type(dialog).__name__, [])


def test_dashboard_figure_cards_are_buttons_that_say_their_figure(qtbot, demo_window,
                                                                  wait_for_tasks):
    dashboard = show(qtbot, demo_window, "dashboard", wait_for_tasks)
    asked = []
    dashboard.list_requested.connect(lambda target, filters: asked.append(target))
    for key, card in dashboard.cards.items():
        interface = QAccessible.queryAccessibleInterface(card)
        assert (key, interface.role()) == (key, QAccessible.Role.Button)
        assert interface.text(QAccessible.Text.Name).startswith(
            f"{card.title.text()}: {card.value.text()}")
        assert interface.text(QAccessible.Text.Description) == card.toolTip()
    interface = QAccessible.queryAccessibleInterface(dashboard.cards["active_staff"])
    assert interface.actionInterface().actionNames()[0] == "Press"
    interface.actionInterface().doAction("Press")  # what a screen reader's "activate" does
    assert asked == ["staff"]


@pytest.mark.parametrize("name", THEMES)
def test_a_focused_figure_card_or_legend_line_shows_its_focus(qtbot, demo_window,
                                                              wait_for_tasks, themed, name):
    themed(name)
    dashboard = show(qtbot, demo_window, "dashboard", wait_for_tasks)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    card, other = dashboard.cards["active_staff"], dashboard.cards["trainings"]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus)

    def left_edge(widget):
        image = widget.grab().toImage()
        return {image.pixelColor(x, image.height() // 2).name() for x in (0, 1)}
    link = THEMES[name][Role.Link]
    assert left_edge(card) == {link}  # 3:1 on the window and the card (checked above)
    assert link not in left_edge(other)
    entry, next_entry = dashboard.charts["feedback_by_source"].chart.legend[:2]
    entry.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(entry.hasFocus)
    assert link in left_edge(entry) and link not in left_edge(next_entry)


def test_a_chart_legend_line_is_a_button_named_by_its_words(qtbot):
    donut = shown_chart(qtbot, charts.donut_chart([("Client", 3), ("Peer", 1)],
                                                  on_click=lambda _n: None))
    interface = QAccessible.queryAccessibleInterface(donut.legend[0])
    assert interface.role() == QAccessible.Role.Button
    assert interface.text(QAccessible.Text.Name) == "Client 75%"  # not the swatch's "■"
    assert interface.text(QAccessible.Text.Description) == "Client: 3"
    inert = shown_chart(qtbot, charts.donut_chart([("Peer <b>", 1)]))  # nothing to open
    assert QAccessible.queryAccessibleInterface(inert.legend[0]).text(
        QAccessible.Text.Name) == "Peer <b> 100%"


def test_suggest_mentor_dialog_tab_reaches_close(qtbot, ui_db, wait_for_tasks):
    from ui.dialogs.suggest_mentor_dialog import SuggestMentorDialog

    demo.generate(ui_db, staff=20)
    dialog = SuggestMentorDialog(staff.list(limit=1)[0]["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_tasks()
    qtbot.waitUntil(lambda: dialog.result is not None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.mentors  # the best mentor, chosen
    visited = walk(qtbot, dialog.mentors)
    assert visited == [dialog.mentors, dialog.propose_button,
                       dialog.buttons.button(QDialogButtonBox.StandardButton.Close)]
    assert walk(qtbot, dialog.mentors, backwards=True)[1:] == visited[:0:-1]


def test_scorecard_items_tab_to_the_current_rows_boxes_only(qtbot, ui_db):
    from mentorapp.models import Scorecard
    from ui.dialogs.scorecard_dialog import ScorecardDialog
    from ui.widgets.scorecard_items import CRITICAL, SCALE

    demo.generate(ui_db, staff=5)
    dialog = ScorecardDialog(Scorecard.select().first().id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.items_editor.table
    assert table.rowCount() > 3
    for row in (2, 0):
        table.setCurrentCell(row, 0)
        boxes = [table.cellWidget(row, SCALE), table.cellWidget(row, CRITICAL)]
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        visited = walk(qtbot, table)
        assert visited[1:3] == boxes
        assert visited[3] is dialog.items_editor.add_button
        assert visited[-1] is dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) \
            or visited[-1].window() is dialog and not isinstance(visited[-1], QComboBox)
        assert {describe(w) for w in tab_stops(dialog) - set(visited)} == set()
    table.cellWidget(1, SCALE).setFocus(Qt.FocusReason.MouseFocusReason)  # a click reaches it
    assert table.cellWidget(1, SCALE).hasFocus()


def test_sample_dialogs_name_every_control(qtbot, ui_db, tmp_path):
    from ui.dialogs.feedback_dialog import FeedbackDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.scorecard_dialog import ScorecardDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.staff_dialog import StaffDialog

    demo.generate(ui_db, staff=5)
    for dialog in (StaffDialog(), FeedbackDialog(), SettingsDialog(str(tmp_path / "x.db")),
                   LoginDialog("postgresql://127.0.0.1:9/nothing"), ScorecardDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert (type(dialog).__name__, unnamed(dialog)) == (type(dialog).__name__, [])
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        start = QApplication.focusWidget()
        visited = walk(qtbot, start, limit=120)
        assert (type(dialog).__name__, {describe(w) for w in tab_stops(dialog) - set(visited)}) \
            == (type(dialog).__name__, set())


@pytest.fixture
def following_focus(qapp):
    """What `make_application()` does: each control is named as it gets the focus."""
    from ui.widgets import accessible

    accessible.follow_focus(qapp)
    yield
    qapp.focusChanged.disconnect(accessible._focused)
    qapp.setProperty("follows_focus", False)


def test_the_application_follows_the_focus(qapp):
    from ui import app as app_module
    from ui.widgets import accessible

    installed = qapp.property("follows_focus")
    assert app_module.make_application() is qapp
    assert qapp.property("follows_focus")
    if not installed:  # as it was for the other tests
        qapp.focusChanged.disconnect(accessible._focused)
        qapp.setProperty("follows_focus", False)


@pytest.mark.parametrize("made_by", ["Qt", "the app"])
def test_qt_s_own_file_dialog_keeps_working_as_its_controls_get_the_focus(
        qtbot, following_focus, tmp_path, made_by):
    """Qt's own file dialog, made in C++ by its static functions or by the app
    (`file_dialogs`, which lists names only). Looking around its controls for a name left
    PySide's wrapper of the focused field deleted: an error box came back each time it was
    closed."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    focused = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        focused.append((type(QApplication.focusWidget()).__name__,
                        QApplication.focusWidget().objectName(),
                        accessible_name(QApplication.focusWidget())))
        dialog.reject()

    QTimer.singleShot(300, look_and_close)
    with qtbot.captureExceptions() as exceptions:
        if made_by == "Qt":
            QFileDialog.getSaveFileName(window, "Save report as", str(tmp_path / "report.xlsx"),
                                        "Excel workbook (*.xlsx)",
                                        options=QFileDialog.Option.DontUseNativeDialog)
        else:
            assert file_dialogs.save_file_name(window, "Save report as",
                                               str(tmp_path / "report.xlsx"),
                                               "Excel workbook (*.xlsx)") == ""
    assert [str(e[1]) for e in exceptions] == []
    assert focused == [("QLineEdit", "fileNameEdit", "File name:")]


def other_dialogs():
    """Dialogs that are not forms: they rely on `follow_focus()`."""
    from mentorapp.services import clients
    from ui.dialogs.bench_dialog import BenchDialog
    from ui.dialogs.client_reports_dialog import ClientReportsDialog
    from ui.dialogs.cohort_dialog import CohortDialog
    from ui.dialogs.global_search_dialog import GlobalSearchDialog
    from ui.dialogs.prepare_report_dialog import PrepareReportDialog
    from ui.dialogs.roles_dialog import RolesDialog

    client = clients.list()[0]
    return [GlobalSearchDialog(), BenchDialog(client["id"], client["name"]),
            ClientReportsDialog(client["id"], client["name"]), PrepareReportDialog(client["id"]),
            RolesDialog(), CohortDialog()]


def test_other_dialogs_name_each_control_as_tab_reaches_it(qtbot, ui_db, following_focus):
    demo.generate(ui_db, staff=10)
    for dialog in other_dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        start = QApplication.focusWidget()
        assert start is not None and start.window() is dialog
        visited = walk(qtbot, start)
        buddies = buddies_in(dialog)
        assert (type(dialog).__name__, [describe(w) for w in visited
                                        if not is_named(w, buddies)]) == \
            (type(dialog).__name__, [])
        assert (type(dialog).__name__, {describe(w) for w in tab_stops(dialog) - set(visited)}) \
            == (type(dialog).__name__, set())
        dialog.close()


def test_a_form_field_is_named_by_its_label_and_described_by_its_error(qtbot, ui_db):
    from ui.dialogs.staff_dialog import StaffDialog

    dialog = StaffDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.fields["employee_id"]
    assert accessible_name(field) == "Employee ID"
    interface = QAccessible.queryAccessibleInterface(field)
    assert interface.role() == QAccessible.Role.EditableText
    click_save(qtbot, dialog)
    assert dialog.error_text("employee_id")
    assert interface.text(QAccessible.Text.Description) == dialog.error_text("employee_id")
    field.setText("E1")
    dialog.clear_errors()
    assert interface.text(QAccessible.Text.Description) == ""


def test_rating_grid_buttons_say_competency_and_rating(qtbot, ui_db):
    from ui.widgets.accessible import name_controls
    from ui.widgets.rating import RatingGrid

    grid = RatingGrid([{"id": 1, "name": "Empathy"}])
    qtbot.addWidget(grid)
    name_controls(grid)
    assert accessible_name(grid.groups[1].button(3)) == "Empathy: Meets expectations"


# -- keyboard -------------------------------------------------------------------------------
def tab_stops(window: QWidget) -> set:
    """What Tab should visit: every shown, enabled control of the window that takes Tab (of a
    group of radio buttons the checked one: arrows move between them)."""
    return {widget for widget in window.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (isinstance(widget, QRadioButton) and not widget.isChecked())}


def walk(qtbot, start: QWidget, backwards: bool = False, limit: int = 80) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from `start` until the focus comes back to it: the controls
    visited in order. Fails when the focus is lost or goes round without coming back."""
    modifier = (Qt.KeyboardModifier.ShiftModifier if backwards
                else Qt.KeyboardModifier.NoModifier)
    visited = [start]
    for _press in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if backwards
                       else Qt.Key.Key_Tab, modifier)
        focus = QApplication.focusWidget()
        assert focus is not None, f"focus lost after {describe(visited[-1])}"
        if focus is start:
            return visited
        assert focus not in visited, f"stuck: {describe(focus)} again, never back at the start"
        visited.append(focus)
    raise AssertionError(f"Tab never came back to the start: {[describe(w) for w in visited]}")


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or accessible_name(widget)!r}"


def test_tab_visits_every_control_of_every_page_and_shift_tab_goes_back(qtbot, demo_window,
                                                                       wait_for_tasks):
    for key in PAGE_KEYS:
        show(qtbot, demo_window, key, wait_for_tasks)
        demo_window.activateWindow()  # (offscreen, building the users page deactivates it)
        qtbot.waitUntil(demo_window.isActiveWindow)
        demo_window.sidebar.setFocus()
        qtbot.waitUntil(demo_window.sidebar.hasFocus)
        forwards = walk(qtbot, demo_window.sidebar)
        assert (key, {describe(w) for w in tab_stops(demo_window) - set(forwards)}) == \
            (key, set())
        backwards = walk(qtbot, demo_window.sidebar, backwards=True)
        assert (key, backwards[1:]) == (key, forwards[:0:-1])


def test_tab_visits_every_control_of_every_profile_tab(qtbot, demo_window, wait_for_tasks):
    profile = demo_window.open_staff(staff.list(limit=1)[0]["id"])
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        wait_for_tasks()
        qtbot.wait(20)
        demo_window.activateWindow()
        qtbot.waitUntil(demo_window.isActiveWindow)
        demo_window.sidebar.setFocus()
        qtbot.waitUntil(demo_window.sidebar.hasFocus)
        forwards = walk(qtbot, demo_window.sidebar)
        title = profile.tabs.tabText(index)
        assert (title, {describe(w) for w in tab_stops(demo_window) - set(forwards)}) == \
            (title, set())
        backwards = walk(qtbot, demo_window.sidebar, backwards=True)
        assert (title, backwards[1:]) == (title, forwards[:0:-1])


def test_dashboard_tab_order_is_cards_then_charts_then_the_lists(qtbot, demo_window,
                                                                 wait_for_tasks):
    dashboard = show(qtbot, demo_window, "dashboard", wait_for_tasks)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    last_card = list(dashboard.cards.values())[-1]
    last_card.setFocus()
    qtbot.waitUntil(last_card.hasFocus)
    expected = [widget for card in dashboard.charts.values() for widget in card.focus_widgets()]
    assert len(expected) >= 3 + 2  # three charts, the donut's legend entries
    reached = []
    for _widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dashboard.attention.tabBar()


def test_tab_never_stops_on_a_scroll_area_and_shows_each_control_it_reaches(
        qtbot, demo_window, wait_for_tasks):
    """The dashboard and My work scroll in a short window; their scroll areas draw no focus,
    so Tab passes them by, and each control it reaches is scrolled into view."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QScrollArea

    from mentorapp.models import Mentor
    from mentorapp.services import settings

    settings.set("me_staff_id", str(Mentor.select().where(Mentor.staff.is_null(False))
                                    .first().staff_id))  # My work shows a mentor's lists
    demo_window.resize(1000, 500)
    for key in ("dashboard", "my_work"):
        page = show(qtbot, demo_window, key, wait_for_tasks)
        scroll = page.findChild(QScrollArea)
        assert (key, scroll.verticalScrollBar().maximum() > 0) == (key, True)
        demo_window.activateWindow()
        qtbot.waitUntil(demo_window.isActiveWindow)
        demo_window.sidebar.setFocus()
        qtbot.waitUntil(demo_window.sidebar.hasFocus)
        reached = []
        for _press in range(80):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is demo_window.sidebar:
                break
            reached.append(focus)
            assert (key, describe(focus), isinstance(focus, QScrollArea)) == \
                (key, describe(focus), False)
            if scroll.widget().isAncestorOf(focus):
                shown = QRect(focus.mapTo(scroll.viewport(), focus.rect().topLeft()),
                              focus.size())
                assert (key, describe(focus), scroll.viewport().rect().intersects(shown)) == \
                    (key, describe(focus), True)
        assert sum(scroll.widget().isAncestorOf(widget) for widget in reached) >= 2, key


def test_the_welcome_page_is_named_and_walked_by_tab(qtbot, ui_db, tmp_path, wait_for_tasks):
    window = MainWindow(str(tmp_path / "test.db"), show_welcome=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_key == "welcome"
    assert unnamed(window.welcome) == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    forwards = walk(qtbot, window.sidebar)
    assert {describe(w) for w in tab_stops(window) - set(forwards)} == set()
    assert walk(qtbot, window.sidebar, backwards=True)[1:] == forwards[:0:-1]


def test_tab_leaves_a_list_for_the_next_control(qtbot, demo_window, wait_for_tasks):
    page = show(qtbot, demo_window, "staff", wait_for_tasks)
    demo_window.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.view


# -- contrast (WCAG 2.1 AA: 4.5:1 text, 3:1 large text and the parts of controls and charts) --
# The style sheet's text colours and what they are drawn on (resources/style.qss)
SHEET_TEXT_ON = {
    "highlighted-text": ("highlight",),  # the selected sidebar entry
    "placeholder-text": ("window", "base"),  # hints; dashboard card titles and details
    "link": ("base",),  # the dashboard's big numbers, on their cards
}
ROLE_OF = {"highlighted-text": Role.HighlightedText, "highlight": Role.Highlight,
           "placeholder-text": Role.PlaceholderText, "window": Role.Window, "base": Role.Base,
           "link": Role.Link, "alternate-base": Role.AlternateBase, "mid": Role.Mid,
           "midlight": Role.Midlight, "window-text": Role.WindowText, "text": Role.Text}
STATUS_COLOURS = {"DANGER": theme.DANGER, "WARNING": theme.WARNING, "SUCCESS": theme.SUCCESS,
                  "INFO": theme.INFO}
ROWS = (Role.Window, Role.Base, Role.AlternateBase)  # a label, a table row, a striped row


def test_every_text_colour_of_the_style_sheet_is_checked():
    sheet = theme.read_text("style.qss")
    assert set(re.findall(r"(?<![-\w])color:\s*palette\(([\w-]+)\)", sheet)) == \
        set(SHEET_TEXT_ON)
    for role in re.findall(r"palette\(([\w-]+)\)", sheet):
        assert role in ROLE_OF


@pytest.mark.parametrize("name", THEMES)
def test_style_sheet_text_meets_aa(name):
    colors = THEMES[name]
    for text, backs in SHEET_TEXT_ON.items():
        for back in backs:
            ratio = contrast(colors[ROLE_OF[text]], colors[ROLE_OF[back]])
            assert ratio >= 4.5, (text, back, round(ratio, 2))
    # the sidebar's hovered entry: its text on the hover colour
    assert contrast(colors[Role.Text], colors[Role.AlternateBase]) >= 4.5


@pytest.mark.parametrize("name", THEMES)
def test_status_words_meet_aa_on_every_row(name):
    colors = THEMES[name]
    for word, theme_colours in STATUS_COLOURS.items():
        for back in ROWS:
            ratio = contrast(theme_colours[name], colors[back])
            assert ratio >= 4.5, (word, back.name, round(ratio, 2))


@pytest.mark.parametrize("name", THEMES)
def test_focus_selection_and_chart_colours_stand_out_three_to_one(name):
    colors = THEMES[name]
    # the selected sidebar entry against the sidebar; the chart's focus frame (link colour)
    assert contrast(colors[Role.Highlight], colors[Role.Base]) >= 3
    for back in (Role.Window, Role.Base):
        assert contrast(colors[Role.Link], colors[back]) >= 3
        for colour in charts.SERIES_COLORS[name]:  # lines, bars, slices: window or a card
            assert contrast(colour, colors[back]) >= 3, (colour, back.name)


@pytest.fixture
def themed(qapp):
    """`themed("dark")` applies a theme's colours for one test; then they are put back."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield lambda name: theme.apply_colours(qapp, name)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


# Where icons are drawn: the toolbar and tabs (window), fields and the sidebar (base, its
# hovered entry alternate-base) and buttons.
ICON_BACKS = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)


@pytest.mark.parametrize("name", THEMES)
def test_icons_as_drawn_stand_out_three_to_one_wherever_they_are(themed, name):
    from PySide6.QtCore import QSize

    from ui.resources import ICON_COLORS, icon, sidebar_icon

    themed(name)
    colors = THEMES[name]
    for shown in (icon("search"), icon("new"), sidebar_icon("staff")):
        image = shown.pixmap(QSize(24, 24)).toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(24) for y in range(24)
                 if image.pixelColor(x, y).alpha() == 255}
        assert drawn == {ICON_COLORS[name]}
    for back in ICON_BACKS:
        ratio = contrast(ICON_COLORS[name], colors[back])
        assert ratio >= 3, (back.name, round(ratio, 2))


def test_no_colour_is_written_into_the_pages_and_widgets():
    """Every colour comes from the palette or from ui/theme.py (by theme), so both themes are
    checked above; the charts' series colours are by theme in ui/widgets/charts.py."""
    allowed = {UI / "theme.py", UI / "widgets" / "charts.py", UI / "resources.py"}
    written = [f"{path.relative_to(UI)}: {colour}" for path in UI.rglob("*.py")
               if path not in allowed
               for colour in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text("utf-8"))]
    assert written == []


# -- charts ----------------------------------------------------------------------------------
def shown_chart(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(420, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_table_by_keyboard(qtbot, view) -> charts.ChartTableDialog:
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = view.findChild(charts.ChartTableDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def table_rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_line_chart_table_has_the_same_figures_and_opens_what_a_click_opens(qtbot):
    clicked = []
    view = shown_chart(qtbot, charts.line_chart(
        ["Jan 2026", "Feb 2026"], [3.5, 4.0], minimum=1, maximum=5.4,
        tips=["Jan 2026: 3.5 from 2 ratings", "Feb 2026: 4.0 from 1 rating"],
        on_click=clicked.append))
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "table" in QAccessible.queryAccessibleInterface(view).text(
        QAccessible.Text.Description)
    dialog = open_table_by_keyboard(qtbot, view)
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(3)] == \
        ["Item", "Value", "Detail"]
    assert table_rows(dialog) == [["Jan 2026", "3.50", "Jan 2026: 3.5 from 2 ratings"],
                                  ["Feb 2026", "4", "Feb 2026: 4.0 from 1 rating"]]
    assert dialog.table.tabKeyNavigation() is False  # Tab leaves it
    dialog.table.setCurrentCell(1, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert clicked == [1] and not dialog.isVisible()


def test_bar_chart_table_lists_bars_in_the_order_given(qtbot):
    view = shown_chart(qtbot, charts.bar_chart(["Acme", "Beta"], [30, 12.5]))
    dialog = view.show_table()
    qtbot.addWidget(dialog)
    assert table_rows(dialog) == [["Acme", "30"], ["Beta", "12.50"]]


def test_donut_table_has_counts_and_shares_and_the_context_menu_offers_it(qtbot):
    donut = shown_chart(qtbot, charts.donut_chart([("Client", 3), ("Peer", 1)]))
    view = donut.view
    assert view.table_action in view.actions()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    view.table_action.trigger()
    dialog = view.findChild(charts.ChartTableDialog)
    assert table_rows(dialog) == [["Client", "3", "75%"], ["Peer", "1", "25%"]]


def test_dashboard_charts_are_named_and_open_as_tables(qtbot, demo_window, wait_for_tasks):
    dashboard = show(qtbot, demo_window, "dashboard", wait_for_tasks)
    for card in dashboard.charts.values():
        assert card.chart is not None, card.heading.text()
        view = getattr(card.chart, "view", card.chart)
        assert accessible_name(view) == card.heading.text()
        dialog = view.show_table()
        assert dialog.windowTitle() == card.heading.text()
        assert dialog.table.rowCount() > 0
        dialog.close()


def test_a_chart_in_a_titled_box_is_named_by_it(qtbot):
    from PySide6.QtWidgets import QGroupBox, QVBoxLayout

    box = QGroupBox("Handle time: last 12 months")
    QVBoxLayout(box).addWidget(charts.line_chart(["a", "b"], [1, 2], minimum=0, maximum=3))
    shown_chart(qtbot, box)
    assert accessible_name(box.findChild(charts.ChartView)) == "Handle time: last 12 months"


# -- the system's font size ------------------------------------------------------------------
@pytest.fixture
def app_font(qapp):
    """Set the application font size (as the system's would be) with the theme applied at it,
    for one test; then put the font, palette and style sheet back."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()

    def use(points: float) -> None:
        bigger = QFont(font)
        bigger.setPointSizeF(points)
        qapp.setFont(bigger)
        theme.apply_colours(qapp, "light")
    yield use
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def point_sizes(sheet: str) -> list[float]:
    return [float(size) for size in re.findall(r"font-size:\s*([\d.]+)pt", sheet)]


def test_the_style_sheets_font_sizes_follow_the_application_font(qapp, app_font):
    written = point_sizes(theme.read_text("style.qss"))
    app_font(theme.SHEET_FONT_PT)
    assert point_sizes(qapp.styleSheet()) == written
    app_font(14)
    assert point_sizes(qapp.styleSheet()) == pytest.approx(
        [size * 14 / theme.SHEET_FONT_PT for size in written], abs=0.06)


def window_at(qtbot, tmp_path, wait_for_tasks) -> MainWindow:
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    wait_for_tasks()
    return window


def test_with_a_14_point_font_text_grows_and_the_sidebar_shows_whole_names(
        qtbot, ui_db, tmp_path, wait_for_tasks, app_font):
    demo.generate(ui_db, staff=5)
    app_font(theme.SHEET_FONT_PT)
    small = window_at(qtbot, tmp_path, wait_for_tasks)
    small_sizes = (small.title_label.fontInfo().pointSizeF(),
                   small.sidebar.fontInfo().pointSizeF(),
                   small.statusBar().fontInfo().pointSizeF())
    small.close()
    app_font(14)
    window = window_at(qtbot, tmp_path, wait_for_tasks)
    sizes = (window.title_label.fontInfo().pointSizeF(), window.sidebar.fontInfo().pointSizeF(),
             window.statusBar().fontInfo().pointSizeF())
    assert all(big > small for big, small in zip(sizes, small_sizes, strict=True)), \
        (sizes, small_sizes)
    assert window.size().width() == 1280 and window.size().height() == 800
    sidebar = window.sidebar
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        needed = sidebar.fontMetrics().horizontalAdvance(item.text()) + sidebar.iconSize().width()
        assert sidebar.visualItemRect(item).width() >= needed, item.text()
        assert sidebar.visualItemRect(item).right() <= sidebar.viewport().width()
    for key in PAGE_KEYS:
        window.show_page(key)
        wait_for_tasks()
        assert window.title_label.width() >= window.title_label.sizeHint().width(), key


def test_with_a_14_point_font_the_profile_overview_scrolls_and_tab_shows_each_control(
        qtbot, ui_db, tmp_path, wait_for_tasks, app_font):
    from fit_checks import cut_texts
    from peewee import fn
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import QScrollArea

    from mentorapp.models import Feedback

    demo.generate(ui_db, staff=10)
    busiest = (Feedback.select(Feedback.staff).group_by(Feedback.staff)
               .order_by(fn.COUNT(Feedback.id).desc()).first().staff_id)
    app_font(14)
    window = window_at(qtbot, tmp_path, wait_for_tasks)
    profile = window.open_staff(busiest)
    wait_for_tasks()
    qtbot.wait(20)
    overview = profile.tabs.currentWidget()
    assert overview.recent.model().rowCount() >= 5
    for table, rows in ((overview.recent, 5), (overview.competencies, 4),
                        (overview.actions, 3)):
        # whole rows under the titles, not the one row a 14-point font left
        assert table.viewport().height() >= rows * table.verticalHeader().defaultSectionSize()
    scroll = overview.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() > 0  # it scrolls, in an 800-pixel window
    assert not scroll.horizontalScrollBar().isVisible()
    assert cut_texts(scroll.widget()) == []
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus  # no Tab stop that shows nothing
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    profile.tabs.tabBar().setFocus()
    qtbot.waitUntil(profile.tabs.tabBar().hasFocus)
    for _press in range(5):  # from the tab bar, outside the scrolled part, to the table
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is overview.recent:
            break
    assert QApplication.focusWidget() is overview.recent
    titles_and_first_row = QSize(overview.recent.width(),
                                 overview.recent.horizontalHeader().height()
                                 + overview.recent.rowHeight(0))
    assert scroll.viewport().rect().contains(
        QRect(overview.recent.mapTo(scroll.viewport(), QPoint(0, 0)), titles_and_first_row))


def test_list_columns_widen_with_a_larger_font(qtbot, ui_db, app_font, wait_for_tasks):
    from ui.pages.staff_page import StaffPage

    widths = []
    for points in (theme.SHEET_FONT_PT, 14):
        app_font(points)
        page = StaffPage()
        qtbot.addWidget(page)
        page.show()
        wait_for_tasks()
        widths.append(page.view.horizontalHeader().sectionSize(0))
    assert widths[1] >= round(widths[0] * 14 / theme.SHEET_FONT_PT) - 1


def test_table_columns_widen_with_a_larger_font(qtbot, app_font):
    from ui.models.table import Column
    from ui.widgets.record_table import RecordTable

    columns = [Column("name", "Name", width=180), Column("team", "Team", width=120)]
    app_font(theme.SHEET_FONT_PT)
    small = RecordTable(columns)
    qtbot.addWidget(small)
    assert small.horizontalHeader().sectionSize(0) == 180
    app_font(14)
    large = RecordTable(columns)
    qtbot.addWidget(large)
    assert large.horizontalHeader().sectionSize(0) == round(180 * 14 / theme.SHEET_FONT_PT)


def test_charts_write_fewer_axis_labels_in_larger_text(qtbot, app_font):
    months = [f"M{number}" for number in range(1, 13)]
    counts = []
    for points in (theme.SHEET_FONT_PT, 14):
        app_font(points)
        line = charts.line_chart(months, [4.0] * 12, minimum=1, maximum=5.4)
        bars = charts.bar_chart(["Acme", "Beta"], [1500, 900])
        qtbot.addWidget(line)
        qtbot.addWidget(bars)
        counts.append((len(line.chart().axes(Qt.Orientation.Horizontal)[0].categoriesLabels()),
                       bars.chart().axes(Qt.Orientation.Horizontal)[0].tickCount()))
    assert counts == [(3, 5), (2, 3)]


def test_a_font_change_while_the_window_is_open_resizes_the_titles(qtbot, ui_db, tmp_path,
                                                                    wait_for_tasks, app_font):
    app_font(theme.SHEET_FONT_PT)
    window = window_at(qtbot, tmp_path, wait_for_tasks)
    before = window.title_label.fontInfo().pointSizeF()
    bigger = QFont(QApplication.font())
    bigger.setPointSizeF(14)
    QApplication.setFont(bigger)  # as the desktop does when the user picks a larger size
    qtbot.waitUntil(lambda: window.title_label.fontInfo().pointSizeF() > before)
    assert QApplication.instance().styleSheet() == theme.style_sheet(QApplication.instance())
