"""The main window: navigation, page actions and shortcuts, staff profiles, remembered layout."""

import datetime as dt

import pytest
from builders import a_client, a_feedback, a_staff, double_click_row, offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorapp import __version__
from mentorapp.services import careers, settings
from ui.main_window import PAGE_KEYS, PAGES, MainWindow

pytestmark = offscreen_warnings


@pytest.fixture
def window(qtbot, ui_db, tmp_path, wait_for_tasks):
    win = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_tasks()


def click_sidebar(qtbot, window, key):
    item = window.sidebar.item(PAGE_KEYS.index(key))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sidebar_shows_every_page(qtbot, window):
    assert window.current_key == "dashboard"
    for spec in PAGES:
        with qtbot.waitSignal(window.page_shown) as shown:
            click_sidebar(qtbot, window, spec.key)
        assert shown.args == [spec.key]
        assert type(window.current_page()).__name__ == spec.class_name
        assert window.title_label.text() == spec.title
        assert window.sidebar.currentItem().text() == spec.title


def test_pages_are_built_once_on_first_visit(qtbot, window):
    assert set(window.pages) == {"dashboard"}
    first = window.show_page("clients")
    window.show_page("dashboard")
    assert window.show_page("clients") is first


def test_view_menu_shortcuts_switch_pages(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "staff"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "reports"


def test_page_actions_follow_the_page(qtbot, window):
    assert not window.new_action.isEnabled()
    assert not window.export_action.isEnabled()
    window.show_page("clients")
    assert window.new_action.isEnabled()
    assert window.find_action.isEnabled()
    assert window.export_action.isEnabled()


def test_new_and_find_act_on_the_current_page(qtbot, window):
    page = window.show_page("clients")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    dialog = None
    calls = []
    page.new_record = lambda: calls.append("new")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["new"] and dialog is None


def test_refresh_shortcut_reloads_the_page(qtbot, window, wait_for_tasks):
    page = window.show_page("clients")
    assert page.model.rowCount() == 0
    a_client("Acme Support")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_for_tasks()
    assert [page.model.record(r)["name"] for r in range(page.model.rowCount())] == \
        ["Acme Support"]


def test_change_on_one_page_refreshes_another_when_shown(qtbot, window, wait_for_tasks):
    clients_page = window.show_page("clients")
    staff_page = window.show_page("staff")
    wait_for_tasks()
    a_staff("Maria", "Santos")  # as if saved from the staff page
    staff_page.records_changed.emit()
    wait_for_tasks()
    a_client("New Client")
    assert clients_page.model.rowCount() == 0
    window.show_page("clients")
    wait_for_tasks()
    assert clients_page.model.rowCount() == 1


def test_double_click_on_dashboard_opens_profile_and_back_returns(qtbot, window,
                                                                  wait_for_tasks):
    person = a_staff("Rosa", "Lim")
    today = dt.date.today()
    careers.check_ins.create(staff=person["id"], date=today - dt.timedelta(days=100),
                             next_date=today - dt.timedelta(days=10))
    dashboard = window.page("dashboard")
    dashboard.refresh()
    wait_for_tasks()
    view = dashboard.lists["overdue_check_ins"]
    with qtbot.waitSignal(window.page_shown) as shown:
        double_click_row(qtbot, view, 0)
    assert shown.args == ["profile"]
    assert window.profile.staff_id == person["id"]
    assert window.back_action.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_key == "dashboard"
    assert not window.back_action.isEnabled()
    wait_for_tasks()


def test_staff_page_opens_profile(qtbot, window, wait_for_tasks):
    person = a_staff("Jon", "Reyes")
    page = window.show_page("staff")
    wait_for_tasks()
    page.staff_opened.emit(person["id"])
    assert window.current_key == "profile"
    assert window.profile.staff_id == person["id"]
    window.go_back()
    assert window.current_key == "staff"
    wait_for_tasks()


def test_window_layout_is_remembered(qtbot, ui_db, tmp_path):
    first = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 650)
    first.splitter.setSizes([240, 540])
    first.toolbar.setVisible(False)
    first.close()
    second = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 650)
    assert second.splitter.sizes()[0] == 240
    assert second.toolbar.isHidden()


def test_about_shows_the_version(qtbot, window):
    dialog = window.open_about()
    assert __version__ in dialog.version_label.text()
    dialog.close()


def test_settings_theme_is_applied(qtbot, window):
    dialog = window.open_settings()
    dialog.fields["theme"].set_value("dark")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert settings.get("theme") == "dark"
    from ui.theme import is_dark

    assert is_dark(QApplication.instance())
    from ui.theme import apply_theme

    apply_theme(QApplication.instance(), "light")
    assert not is_dark(QApplication.instance())


def test_welcome_start_empty_goes_to_dashboard(qtbot, ui_db, tmp_path, wait_for_tasks):
    win = MainWindow(str(tmp_path / "test.db"), show_welcome=True)
    qtbot.addWidget(win)
    assert win.current_key == "welcome"
    assert win.sidebar.selectedItems() == []
    qtbot.mouseClick(win.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert win.current_key == "dashboard"
    wait_for_tasks()


def test_welcome_import_goes_to_the_import_tab(qtbot, ui_db, tmp_path, wait_for_tasks):
    win = MainWindow(str(tmp_path / "test.db"), show_welcome=True)
    qtbot.addWidget(win)
    qtbot.mouseClick(win.welcome.import_button, Qt.MouseButton.LeftButton)
    assert win.current_key == "reports"
    page = win.current_page()
    assert page.tabs.currentWidget() is page.importing
    assert page.importing.import_kind_key() == "staff"
    wait_for_tasks()


def test_frame_builds_no_page_before_start(qtbot, ui_db, tmp_path, wait_for_tasks):
    """The application shows the frame before the database is open: nothing may load."""
    win = MainWindow("", start=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.sidebar.setFocus()
    assert win.pages == {} and win.current_key is None
    win.set_database(str(tmp_path / "test.db"))
    win.start()
    assert win.current_key == "dashboard"
    assert str(tmp_path / "test.db") in win.database_label.text()
    wait_for_tasks()


def test_actions_chosen_before_start_are_done_by_start(qtbot, ui_db, tmp_path, wait_for_tasks):
    """Before the database is open, a shortcut or menu choice is held, not run on a closed
    database; `start()` does it as if chosen then (a page the role cannot see is dropped)."""
    win = MainWindow("", start=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.back_button.isVisible()
    assert not any(a.isEnabled() for a in (win.new_action, win.find_action, win.export_action))
    shown = []
    win.page_shown.connect(shown.append)
    win.page_actions[PAGE_KEYS.index("users")].trigger()  # Ctrl+9: an admin's page
    win.page_actions[PAGE_KEYS.index("staff")].trigger()  # Ctrl+2
    win.page_actions[PAGE_KEYS.index("staff")].trigger()  # twice: held once
    assert shown == [] and win.pages == {}
    win.set_database(str(tmp_path / "test.db"))
    win.set_user({"role": "mentor", "shared": True, "display_name": "Lena Test"})
    win.start()
    assert shown == ["my_work", "staff"]
    assert win.current_key == "staff"
    wait_for_tasks()


def test_quit_before_start_closes_at_once(qtbot):
    win = MainWindow("", start=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.quit_action.trigger()
    assert not win.isVisible()


def test_the_frame_has_its_shortcuts_and_toolbar_words(qtbot):
    """Built without the Qt namespace's enums (see `MainWindow._action`): the same keys and
    toolbar as with them."""
    win = MainWindow("", start=False)
    qtbot.addWidget(win)
    assert win.search_everything_action.shortcut().toString() == "Ctrl+K"
    assert win.settings_action.shortcut().toString() == "Ctrl+,"
    assert win.back_action.shortcut().toString() == "Alt+Left"
    assert [a.shortcut().toString() for a in win.page_actions] == \
        [f"Ctrl+{n}" for n in range(len(PAGES))]
    assert win.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_dashboard_card_opens_its_records_and_show_all_clears_them(qtbot, window):
    acme, beta = a_client("Acme"), a_client("Beta")
    a_staff("Ana", client=acme)
    a_staff("Ben", client=acme)
    a_staff("Cy", client=beta)
    a_staff("Di", client=acme, status="resigned")
    dashboard = window.current_page()
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.refresh()
    qtbot.mouseClick(dashboard.cards["active_staff"], Qt.MouseButton.LeftButton)
    assert window.current_key == "staff"
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # Di has resigned: not active staff
    assert page.drill_bar.isVisible()
    assert "behind the dashboard figure" in page.drill_label.text()
    qtbot.mouseClick(page.drill_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert not page.drill_bar.isVisible()


def test_the_sidebar_opens_the_whole_list_after_a_dashboard_figure(qtbot, window):
    """Dashboard > Active staff, then Staff in the sidebar: every person again (a resigned
    one can be searched for); the search typed meanwhile stays."""
    a_staff("Ana")
    a_staff("Di", status="resigned")
    page = window.open_list("staff", {"current": True})
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.setText("Di")
    qtbot.wait(600)  # the search box's pause before it searches
    assert page.model.rowCount() == 0
    staff_row = window.sidebar.item(PAGE_KEYS.index("staff"))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(staff_row).center())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.search.text() == "Di" and not page.drill_bar.isVisible()
    inner = window.open_list("mentorships", {"status": "active"})
    assert inner.drill_bar.isVisible()
    mentoring_row = window.sidebar.item(PAGE_KEYS.index("mentoring"))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(mentoring_row).center())
    assert not inner.drill_bar.isVisible() and inner.drill == {}


def test_a_figure_opens_the_list_in_its_tab(qtbot, window):
    dashboard = window.current_page()
    dashboard.list_requested.emit("mentorships", {"status": "active"})
    assert window.current_key == "mentoring"
    shown = window.current_page().current()
    assert type(shown).__name__ == "MentorshipsList"
    assert shown.query()["status"] == "active" and shown.drill_bar.isVisible()
    dashboard.list_requested.emit("enrollments", {"status": "completed"})
    assert type(window.current_page().current()).__name__ == "EnrollmentsList"


def menu_texts(window) -> dict[str, list[str]]:
    return {menu.title(): [a.text() for a in menu.actions() if not a.isSeparator()]
            for menu in (a.menu() for a in window.menuBar().actions())}


def test_window_in_spanish(qtbot, ui_db, tmp_path, in_language, wait_for_tasks):
    in_language("es")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.show()
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        "Mi trabajo", "Panel", "Personal", "Mentoría", "Clientes", "Retroalimentación",
        "Capacitación", "Calidad", "Informes", "Usuarios"]
    assert window.title_label.text() == "Panel"
    assert window.windowTitle() == "Panel – MentorApp"
    menus = menu_texts(window)
    assert list(menus) == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    assert menus["&Archivo"] == ["&Nuevo…", "&Exportar esta vista…", "&Importar desde Excel…",
                                 "&Cerrar sesión", "&Salir"]
    assert menus["&Editar"][:2] == ["&Buscar", "Buscar en &todo…"]
    assert menus["&Ver"][-3:] == ["&Atrás", "A&ctualizar", "Barra de herramientas principal"]
    assert menus["Ay&uda"] == ["Abrir la carpeta de &registros", "&Acerca de MentorApp"]
    assert window.quit_action.toolTip() == "Salir de MentorApp (Control+Q)"  # as in the menu
    assert window.back_action.toolTip() == "Volver a la página anterior (Alt+Izquierda)"
    assert window.database_label.text().endswith("(archivo SQLite)")
    # Pages are chosen by their keys, not by the words shown.
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "staff" and window.title_label.text() == "Personal"
    click_sidebar(qtbot, window, "clients")
    assert window.current_key == "clients" and window.title_label.text() == "Clientes"
    window.set_user({"role": "mentor", "shared": True, "display_name": "Lena Test"})
    assert window.user_label.text() == "Sesión iniciada como Lena Test (mentor / líder de equipo)"
    wait_for_tasks()


def test_a_dashboard_figure_says_what_it_shows_in_spanish(qtbot, ui_db, tmp_path, in_language,
                                                          wait_for_tasks):
    in_language("es")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    page = window.open_list("staff", {"status": "active"})
    assert "los colaboradores detrás de la cifra del panel" in page.drill_label.text()
    shown = window.open_list("mentorships", {"status": "active"})
    assert "las mentorías detrás de la cifra del panel" in shown.drill_label.text()
    wait_for_tasks()


def test_window_in_portuguese(qtbot, ui_db, tmp_path, in_language, wait_for_tasks):
    in_language("pt_BR")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        "Meu trabalho", "Painel", "Colaboradores", "Mentoria", "Clientes", "Feedback",
        "Treinamento", "Qualidade", "Relatórios", "Usuários"]
    menus = menu_texts(window)
    assert list(menus) == ["&Arquivo", "&Editar", "E&xibir", "A&juda"]
    assert menus["&Arquivo"][-2:] == ["Sair da &conta", "&Sair"]
    assert window.database_label.text().endswith("(arquivo SQLite)")
    window.open_staff(a_staff("Rosa", "Lim")["id"])
    assert window.title_label.text() == "Perfil do colaborador"
    wait_for_tasks()


@pytest.mark.parametrize("language", ["es", "pt_BR"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_sidebar_names_are_not_cut(qtbot, ui_db, tmp_path, in_language, wait_for_tasks,
                                   language, size):
    """With the app's style sheet (padded items), the longest translated page name
    ("Retroalimentación") fits the sidebar: no name cut, no horizontal scroll bar."""
    from ui.theme import apply_theme

    in_language(language)
    apply_theme(QApplication.instance(), "light")
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.sidebar.sizeHintForColumn(0) <= window.sidebar.viewport().width()
    assert not window.sidebar.horizontalScrollBar().isVisible()
    wait_for_tasks()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("page", "last_in_view"), [("staff", 4), ("clients", 5)])
def test_a_list_shows_its_main_columns_at_1024_by_700(qtbot, ui_db, tmp_path, in_language,
                                                      wait_for_tasks, language, page,
                                                      last_in_view):
    """The columns a list leads with (Staff: name to status; Clients: name to contact) are
    in view, not behind the horizontal scroll bar, in the narrowest window."""
    from ui.theme import apply_theme

    in_language(language)
    apply_theme(QApplication.instance(), "light")
    a_staff("Rosa", "Lim", client=a_client("Acme"))  # a list, not the empty page
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.show_page(page).view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    header = view.horizontalHeader()
    right = header.sectionPosition(last_in_view) + header.sectionSize(last_in_view)
    qtbot.wait(200)
    assert view.isVisible()
    assert right <= view.viewport().width(), view.model().headerData(
        last_in_view, Qt.Orientation.Horizontal)
    wait_for_tasks()


def test_a_search_result_opens_its_profile_tab_in_spanish(qtbot, ui_db, tmp_path, in_language,
                                                          wait_for_tasks):
    """The tab is found by its English title, whatever the language shows."""
    in_language("es")
    person = a_staff("Rosa", "Lim")
    note = a_feedback(person)
    window = MainWindow(str(tmp_path / "test.db"))
    qtbot.addWidget(window)
    form = window.open_search_result({"kind": "feedback", "staff_id": person["id"],
                                      "id": note["id"]})
    assert window.profile.tabs.currentWidget().title == "Feedback"
    assert form.record_id == note["id"]
    assert window.title_label.text() == "Perfil del colaborador"
    form.close()
    wait_for_tasks()
