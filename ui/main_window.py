"""The main window: navigation sidebar, a page area, menus, toolbar, status bar and shortcuts.

Pages are built the first time they are shown (startup stays fast) from `PAGES`. Every page
is a QWidget made with `(parent=None)` and has `refresh()`; when it has `new_record()`,
`focus_search()` or `export_view()` the New, Find and Export actions call them. A page's
`staff_opened(int)` opens that staff member's profile in the page area, with a Back action.
A page's `records_changed()` marks the other pages stale: they refresh when next shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6 import QtCore  # QtCore.Qt (93 enums) is built when first used: after the first paint
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp import APP_NAME, logs
from mentorapp.urls import describe  # a database path or URL for display, password hidden
from ui import access, preferences, tasks
from ui.i18n import Context
from ui.resources import icon, sidebar_icon

tr_main_window = Context("tr_main_window")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English; `text()` is the title in the window's language
    icon: str
    module: str
    class_name: str

    def text(self) -> str:
        return tr_main_window.tr(self.title)

    def build(self) -> QWidget:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        return page_class()


# Dashboard figure targets: the page, the list in its tabs (module, class) if it has tabs, and
# what the list then shows (whole phrases: a language agrees "the" with the noun).
DRILL_DOWN_PAGES = {
    "staff": ("staff", None,
              QT_TRANSLATE_NOOP("tr_main_window", "the staff behind the dashboard figure")),
    "feedback": ("feedback", None, QT_TRANSLATE_NOOP(
        "tr_main_window", "the feedback entries behind the dashboard figure")),
    "mentorships": ("mentoring", ("ui.pages.mentoring_page", "MentorshipsList"),
                    QT_TRANSLATE_NOOP("tr_main_window",
                                      "the mentorships behind the dashboard figure")),
    "enrollments": ("training", ("ui.pages.training_page", "EnrollmentsList"),
                    QT_TRANSLATE_NOOP("tr_main_window",
                                      "the enrollments behind the dashboard figure")),
}
PAGES = [
    PageSpec("my_work", QT_TRANSLATE_NOOP("tr_main_window", "My work"), "my_work",
             "ui.pages.my_work_page", "MyWorkPage"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("tr_main_window", "Dashboard"), "dashboard",
             "ui.pages.dashboard_page", "DashboardPage"),
    PageSpec("staff", QT_TRANSLATE_NOOP("tr_main_window", "Staff"), "staff",
             "ui.pages.staff_page", "StaffPage"),
    PageSpec("mentoring", QT_TRANSLATE_NOOP("tr_main_window", "Mentoring"), "mentoring",
             "ui.pages.mentoring_page", "MentoringPage"),
    PageSpec("clients", QT_TRANSLATE_NOOP("tr_main_window", "Clients"), "clients",
             "ui.pages.clients_page", "ClientsPage"),
    PageSpec("feedback", QT_TRANSLATE_NOOP("tr_main_window", "Feedback"), "feedback",
             "ui.pages.feedback_page", "FeedbackPage"),
    PageSpec("training", QT_TRANSLATE_NOOP("tr_main_window", "Training"), "training",
             "ui.pages.training_page", "TrainingPage"),
    PageSpec("quality", QT_TRANSLATE_NOOP("tr_main_window", "Quality"), "quality",
             "ui.pages.quality_page", "QualityPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("tr_main_window", "Reports"), "reports",
             "ui.pages.reports.page", "ReportsPage"),
    PageSpec("users", QT_TRANSLATE_NOOP("tr_main_window", "Users"), "users",
             "ui.pages.users_page", "UsersPage"),
]
PAGE_KEYS = [spec.key for spec in PAGES]


class MainWindow(QMainWindow):
    """Signals: `page_shown(str)` with the key of the page now shown ("profile" for a staff
    profile, "welcome" for the welcome page); `sign_out_requested()` from File > Sign Out."""

    page_shown = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, database: str, *, show_welcome: bool = False, start: bool = True,
                 parent=None):
        """`start=False` builds only the frame (sidebar, menus, toolbar): the application
        shows it at once and calls `start()` when the database is open. An action chosen
        before that (a shortcut, a menu) is held and done by `start()`; Quit is done at once."""
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, QWidget] = {}
        self.profile: QWidget | None = None
        self.welcome: QWidget | None = None
        self.current_key: str | None = None
        self._previous_key = "dashboard"
        self._data_version = 0
        self._seen_version: dict[str, int] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setAccessibleName(tr_main_window.tr("Pages"))
        for spec in PAGES:
            self.sidebar.addItem(QListWidgetItem(sidebar_icon(spec.icon), spec.text()))
        # As wide as its longest page name in the window's language ("Retroalimentación" is
        # wider than any English one), so no name is cut.
        self.sidebar.ensurePolished()  # the style sheet's margins and padding
        margins = self.sidebar.contentsMargins()
        self.sidebar.setMinimumWidth(max(150, self.sidebar.sizeHintForColumn(0) + margins.left()
                                         + margins.right()))
        self.sidebar.itemClicked.connect(self._sidebar_chosen)
        self.sidebar.currentItemChanged.connect(lambda item, _old: self._sidebar_chosen(item))
        self.started = False
        self._held: list[QAction] = []  # actions chosen before start()
        self.user = {"role": "admin", "shared": False}  # set_user(): who is signed in
        self.app_title = APP_NAME

        self.back_button = QToolButton()
        self.back_button.setAutoRaise(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 0)
        header.addWidget(self.back_button)
        header.addWidget(self.title_label, 1)
        self.stack = QStackedWidget()
        area = QWidget()
        area_layout = QVBoxLayout(area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addLayout(header)
        area_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([max(190, self.sidebar.minimumWidth()), 1000])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.back_button.setDefaultAction(self.back_action)  # (a tool button shows its icon only)
        # Until a page is shown (`_show`): no Back, and no New, Find or Export, which most
        # pages have and the first one may not (they would be drawn enabled, then greyed).
        self.back_button.setVisible(False)
        for action in (self.new_action, self.find_action, self.export_action):
            action.setEnabled(False)
        # A fixed minimum: one that followed the page shown would change with every page.
        self.setMinimumSize(760, 520)
        available = self.screen().availableGeometry()  # a 1024 x 700 screen: all of it
        self.resize(min(1280, available.width() - 16), min(800, available.height() - 40))
        self._restore_layout()
        if start:
            self.set_database(database)
            self.start(show_welcome)

    def start(self, show_welcome: bool = False) -> None:
        """Show the first page: the welcome page on an empty database, else the dashboard."""
        self.started = True
        if show_welcome:
            self.show_welcome()
        else:
            self.show_page(access.first_page(self.user))
        held, self._held = self._held, []
        for action in held:  # as if chosen now: one the role or page cannot use is dropped
            if action.isVisible() and action.isEnabled():
                action.trigger()

    # -- building ------------------------------------------------------------------------
    def _action(self, text: str, icon_name: str | None, shortcut: str | None, slot,
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:  # (neither QKeySequence(str) nor setShortcut(): their overloads would
            # build the Qt namespace's enums, a tenth of the time to the first paint)
            keys = QKeySequence.fromString(shortcut, QKeySequence.SequenceFormat.NativeText)
            action.setProperty("shortcut", keys)
            action.setProperty("key", keys.toString())
        action.setProperty("plain_text", text)
        action.setIconText(text.replace("&", "").rstrip("…"))  # toolbar words
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if shortcut else tip)  # as the menu shows it
        action.triggered.connect(lambda _checked=False: self._act(action, slot))
        return action

    def _act(self, action: QAction, slot) -> None:
        if self.started or action is self.quit_action:
            slot()
        elif action not in self._held:
            self._held.append(action)

    def _build_actions(self) -> None:
        self.new_action = self._action(tr_main_window.tr("&New…"), "new", "Ctrl+N",
                                       self.new_record,
                                       tr_main_window.tr("New record on this page"))
        self.find_action = self._action(tr_main_window.tr("&Find"), "search", "Ctrl+F",
                                        self.focus_search, tr_main_window.tr("Search this page"))
        self.search_everything_action = self._action(
            tr_main_window.tr("Search &Everything…"), "search", "Ctrl+K", self.search_everything,
            tr_main_window.tr("Search people, feedback, incidents, session notes and goals"))
        self.export_action = self._action(tr_main_window.tr("&Export This View…"), "export",
                                          "Ctrl+E", self.export_view,
                                          tr_main_window.tr("Export this view to Excel"))
        self.refresh_action = self._action(tr_main_window.tr("&Refresh"), "refresh", "F5",
                                           self.refresh, tr_main_window.tr("Load this page again"))
        self.back_action = self._action(tr_main_window.tr("&Back"), "back", "Alt+Left",
                                        self.go_back,
                                        tr_main_window.tr("Back to the previous page"))
        self.import_action = self._action(tr_main_window.tr("&Import From Excel…"), "import",
                                          None, self.show_import,
                                          tr_main_window.tr("Import a roster or records"))
        self.roles_action = self._action(
            tr_main_window.tr("Role &Ladders…"), None, None, self.open_roles,
            tr_main_window.tr("Roles, their next role, tenure and requirements"))
        self.settings_action = self._action(
            tr_main_window.tr("&Settings…"), "settings", "Ctrl+,", self.open_settings,
            tr_main_window.tr("Company name, database, theme"))
        self.sign_out_action = self._action(
            tr_main_window.tr("Sign &Out"), None, None, self.sign_out_requested.emit,
            tr_main_window.tr("Sign out and sign in again (as someone else)"))
        self.sign_out_action.setVisible(False)
        self.quit_action = self._action(tr_main_window.tr("&Quit"), "quit", "Ctrl+Q", self.close,
                                        tr_main_window.tr("Quit {app}").format(app=APP_NAME))
        self.about_action = self._action(tr_main_window.tr("&About {app}").format(app=APP_NAME),
                                         "about", None, self.open_about)
        self.log_action = self._action(tr_main_window.tr("Open &Log Folder"), "folder", None,
                                       self.open_log_folder)
        self.page_actions = []
        for number, spec in enumerate(PAGES):  # Ctrl+0 My work, Ctrl+1 Dashboard, ...
            action = self._action(spec.text(), spec.icon, f"Ctrl+{number}",
                                  lambda key=spec.key: self.show_page(key))
            self.page_actions.append(action)

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(tr_main_window.tr("&File"))
        for action in (self.new_action, self.export_action, self.import_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(tr_main_window.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_everything_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.roles_action)
        edit_menu.addAction(self.settings_action)
        view_menu = menus.addMenu(tr_main_window.tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.refresh_action)
        help_menu = menus.addMenu(tr_main_window.tr("&Help"))
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar(tr_main_window.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        # Qt.ToolButtonStyle by its name: the Qt namespace's enums would cost the first paint
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        for action in (self.new_action, self.find_action, self.export_action,
                       self.refresh_action):
            self.toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.search_everything_action)
        self.toolbar.addAction(self.settings_action)
        view_menu.addSeparator()
        view_menu.addAction(self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(tr_main_window.tr("Opening the database…"))
        self.database_label.setToolTip(
            tr_main_window.tr("The database in use (change it in Settings)"))
        database_icon = QLabel()
        database_icon.setPixmap(icon("database").pixmap(14, 14))
        self.statusBar().addPermanentWidget(database_icon)
        self.statusBar().addPermanentWidget(self.database_label)
        self.user_label = QLabel()
        self.user_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.user_label)

    def set_database(self, database: str) -> None:
        """Name the database in use (in the status bar and dialogs)."""
        self.database = database
        shared = database.lower().startswith(("postgres://", "postgresql://"))
        text = tr_main_window.tr("{database}  (shared PostgreSQL database)") if shared \
            else tr_main_window.tr("{database}  (SQLite file)")
        self.database_label.setText(text.format(database=describe(database)))

    def set_user(self, user: dict) -> None:
        """Who is signed in (`services.users.current()`): the title and status bars name them;
        pages, actions and profile tabs their role cannot use are hidden or disabled."""
        self.user = user
        role = user["role"]
        for row, spec in enumerate(PAGES):
            self.sidebar.item(row).setHidden(not access.can_show(role, spec.key))
            self.page_actions[row].setVisible(access.can_show(role, spec.key))
        self.import_action.setVisible(access.can_import(role))
        from ui.dialogs.roles_dialog import can_keep_roles

        self.roles_action.setVisible(can_keep_roles(role))
        self.sign_out_action.setVisible(bool(user.get("shared")))
        if user.get("shared"):
            self.app_title = f"{APP_NAME} – {access.signed_in_text(user)}"
            self.user_label.setText(tr_main_window.tr("Signed in as {user}").format(
                user=access.signed_in_text(user)))
        self.user_label.setVisible(bool(user.get("shared")))
        self.setWindowTitle(self.app_title)

    def _sidebar_chosen(self, item: QListWidgetItem | None) -> None:
        # Qt makes the first item current, unselected, when the list gets focus (also on
        # the welcome page): only a selected item is the user's choice.
        if item is not None and self.started and item.isSelected():
            from ui.pages.list_page import ListPage

            page = self.show_page(PAGE_KEYS[self.sidebar.row(item)])
            # The sidebar opens a page's whole lists, not what a dashboard figure showed.
            for shown in (page, *page.findChildren(ListPage)):
                if isinstance(shown, ListPage):
                    shown.leave_drill_down()

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            spec = PAGES[PAGE_KEYS.index(key)]
            page = spec.build()
            self._connect_page(page, key)
            self.pages[key] = page
            self._seen_version[key] = self._data_version
            self.stack.addWidget(page)
        return self.pages[key]

    def _connect_page(self, page: QWidget, key: str) -> None:
        if hasattr(page, "staff_opened"):
            page.staff_opened.connect(self.open_staff)
        if hasattr(page, "records_changed"):
            page.records_changed.connect(lambda: self.data_changed(source=key))
        if hasattr(page, "status_message"):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        if hasattr(page, "import_requested"):
            page.import_requested.connect(self.show_import)
        if hasattr(page, "list_requested"):  # the dashboard's figures open their records
            page.list_requested.connect(self.open_list)
            page.new_client_requested.connect(lambda: self.show_page("clients").new_record())

    def open_list(self, target: str, filters: dict) -> QWidget:
        """Show the list behind a dashboard figure ("staff", "feedback", "mentorships" or
        "enrollments"), narrowed by the figure's filters."""
        key, inner, what = DRILL_DOWN_PAGES[target]
        page = self.show_page(key)
        if inner is not None:
            module, name = inner
            page = page.show_list(getattr(importlib.import_module(module), name))
        page.show_drill_down(filters, tr_main_window.tr(what))
        return page

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        if self._seen_version.get(key, 0) < self._data_version:
            self._seen_version[key] = self._data_version
            page.refresh()
        self._select_in_sidebar(key)
        self._show(page, key, PAGES[PAGE_KEYS.index(key)].text())
        self._previous_key = key
        return page

    def _select_in_sidebar(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)

    def _show(self, widget: QWidget, key: str, title: str) -> None:
        from ui.widgets.accessible import name_controls, tab_between_controls

        self.stack.setCurrentWidget(widget)
        name_controls(widget, title)
        tab_between_controls(widget)
        self.current_key = key
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.setWindowTitle(f"{title} – {self.app_title}" if title else self.app_title)
        self.back_action.setEnabled(key == "profile")
        self.back_button.setVisible(key == "profile")
        self._update_page_actions()
        self.page_shown.emit(key)

    def _update_page_actions(self) -> None:
        """Enable New, Find and Export when the page can do them. A page with its own
        action for the same key keeps the key (two would make Qt ignore both); the menu
        still shows it."""
        page = self.current_page()
        own_keys = {a.shortcut().toString() for a in page.findChildren(QAction)
                    if not a.shortcut().isEmpty()} if page is not None else set()
        for action, method in ((self.new_action, "new_record"),
                               (self.find_action, "focus_search"),
                               (self.export_action, "export_view")):
            action.setEnabled(hasattr(page, method) and (
                method != "new_record" or access.can_create(self.user["role"], self.current_key)))
            key, text = action.property("key"), action.property("plain_text")
            action.setShortcut(QKeySequence() if key in own_keys else QKeySequence(key))
            action.setText(f"{text}\t{key}" if key in own_keys else text)

    def open_staff(self, staff_id: int) -> QWidget:
        """Show a staff member's profile in the page area (replacing any profile shown)."""
        from ui.pages.profile.page import StaffProfilePage

        if self.profile is not None:
            self.stack.removeWidget(self.profile)
            self.profile.deleteLater()
        self.profile = StaffProfilePage(staff_id)
        hidden = access.hidden_tabs(self.user["role"])
        for index in range(self.profile.tabs.count()):
            # by the tab's English title, not its text: the text is in the user's language
            self.profile.tabs.setTabVisible(index,
                                            self.profile.tabs.widget(index).title not in hidden)
        self._connect_page(self.profile, "profile")
        self.stack.addWidget(self.profile)
        self._show(self.profile, "profile", tr_main_window.tr("Staff profile"))
        return self.profile

    def go_back(self) -> None:
        if self.current_key in ("profile", "welcome"):
            self.show_page(self._previous_key)

    def show_welcome(self) -> QWidget:
        from ui.pages.welcome_page import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage()
            self.welcome.demo_loaded.connect(self._after_demo)
            self.welcome.import_requested.connect(self.show_import)
            self.welcome.start_empty.connect(lambda: self.show_page("dashboard"))
            self.stack.addWidget(self.welcome)
        self.sidebar.clearSelection()
        self._show(self.welcome, "welcome", "")
        return self.welcome

    def _after_demo(self) -> None:
        self.data_changed()
        self.show_page("dashboard")
        self.statusBar().showMessage(tr_main_window.tr("Demo data loaded"), 5000)

    def show_import(self) -> QWidget:
        page = self.show_page("reports")
        page.show_import()
        return page

    def data_changed(self, source: str | None = None) -> None:
        """Records changed: other pages refresh when next shown, the current one now."""
        self._data_version += 1
        if source is not None:
            self._seen_version[source] = self._data_version
        if self.current_key == source:
            return
        if self.current_key in self.pages:
            self._seen_version[self.current_key] = self._data_version
            self.pages[self.current_key].refresh()
        elif self.current_key == "profile":  # (a change made over it: Edit > Role Ladders…)
            self.profile.refresh()

    # -- actions on the current page -----------------------------------------------------
    def _call_page(self, method: str) -> None:
        page = self.current_page()
        if hasattr(page, method):
            getattr(page, method)()

    def new_record(self) -> None:
        self._call_page("new_record")

    def focus_search(self) -> None:
        self._call_page("focus_search")

    def export_view(self) -> None:
        self._call_page("export_view")

    def search_everything(self) -> QWidget:
        """The search pop-up over any page (Ctrl+K); the record chosen opens here."""
        from ui.dialogs.global_search_dialog import GlobalSearchDialog

        dialog = GlobalSearchDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.result_opened.connect(self.open_search_result)
        dialog.open()
        return dialog

    def open_search_result(self, result: dict) -> QWidget | None:
        """A search result's record: the staff member's profile on its tab (Feedback,
        Mentoring, Career plan), with the record's form open over it; a person found, their
        profile."""
        from mentorapp.services.search import PERSON
        from ui.dialogs.feedback_dialog import FeedbackDialog
        from ui.dialogs.goal_dialog import GoalDialog
        from ui.dialogs.session_dialog import SessionDialog

        if result["kind"] == PERSON:
            return self.open_staff(result["staff_id"])
        tab_title, dialog_class = {  # the tab's English title: a key, not shown
            "feedback": ("Feedback", FeedbackDialog), "incident": ("Feedback", FeedbackDialog),
            "session": ("Mentoring", SessionDialog), "goal": ("Career plan", GoalDialog),
        }[result["kind"]]
        profile = self.open_staff(result["staff_id"])
        tab = profile.tab(tab_title)
        if not profile.tabs.isTabVisible(profile.tabs.indexOf(tab)):
            return None  # the role does not see that tab: the profile only
        profile.tabs.setCurrentWidget(tab)
        return tab.open_dialog(dialog_class(result["id"]))

    def refresh(self) -> None:
        self._call_page("refresh")

    def open_settings(self):
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(describe(self.database), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        return dialog

    def _settings_saved(self, values: dict) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme

        apply_theme(QApplication.instance(), values["theme"])
        self.refresh()  # texts drawn with the theme's colours in them, drawn again
        if self.sender() is not None and getattr(self.sender(), "database_changed", False):
            self.statusBar().showMessage(tr_main_window.tr(
                "The new database location is used the next time {app} starts").format(
                    app=APP_NAME), 10000)

    def open_roles(self):
        """Edit > Role Ladders…: the roles, over the window; pages refresh after a change
        (readiness and bench strength read the ladders)."""
        from ui.dialogs.roles_dialog import RolesDialog

        dialog = RolesDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.roles_changed.connect(self.data_changed)
        dialog.open()
        return dialog

    def open_about(self):
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(describe(self.database), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = logs.log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- layout remembered between runs --------------------------------------------------
    def _restore_layout(self) -> None:
        settings = preferences.qsettings()
        geometry = settings.value(preferences.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(preferences.STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(preferences.SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings = preferences.qsettings()
        settings.setValue(preferences.GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(preferences.STATE_KEY, self.saveState())
        settings.setValue(preferences.SPLITTER_KEY, self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        tasks.shut_down()
        super().closeEvent(event)
