"""Starting the desktop application: Qt application, database, error handling, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mentorapp import APP_NAME, __version__, logs, paths
from mentorapp.errors import UserError, ValidationError
from ui import access, i18n, preferences, tasks
from ui.i18n import Context
from ui.resources import icon

tr_app = Context("tr_app")

log = logging.getLogger(__name__)
SMOKE_PAGE_TIMEOUT_S = 60
signed_in_windows: list = []  # the main window opened after a sign-out (kept from deletion)


def new_application() -> QApplication:
    """The application as the first paint needs it: in Fusion from the start
    (`theme.apply_theme()` later wraps it), named, with its icon."""
    app = QApplication.instance() or QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(preferences.ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    return app


def make_application() -> QApplication:
    """The application with a name for every control that gets the focus (`run_gui` makes
    it in two steps, the second after the first paint)."""
    from ui.widgets import accessible

    app = new_application()
    accessible.follow_focus(app)
    return app


class ErrorReporter:
    """The excepthook: every unexpected error is logged with its traceback and shown in a
    short dialog that says where the log is. In a smoke test, errors are only collected."""

    def __init__(self, log_file: Path | None, show_dialogs: bool = True):
        self.log_file = log_file
        self.show_dialogs = show_dialogs
        self.errors: list[BaseException] = []
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.errors.append(exc)
        if isinstance(exc, UserError):
            log.warning("%s", exc)
        else:
            log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if not self.show_dialogs:
            print(f"{APP_NAME}: {exc_type.__name__}: {exc}", file=sys.stderr)
            return
        if self._showing or QApplication.instance() is None:
            return
        from ui.dialogs.error_dialog import ErrorDialog

        self._showing = True
        try:
            ErrorDialog(exc, self.log_file, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


def choose_database(db_target: str | None) -> tuple[str, bool]:
    """The database to open and whether it came from the Settings dialog: `--db`, then
    $MENTORAPP_DB, then Settings, then the default file."""
    if db_target or os.environ.get(paths.ENV_VAR):
        return paths.resolve_target(db_target), False
    chosen = preferences.database_location()
    return paths.resolve_target(chosen), chosen is not None


def open_database(target: str, from_settings: bool, interactive: bool) -> str | None:
    """Open the database or explain why not (a dialog, never a traceback); returns the
    target opened, or None. A shared PostgreSQL database asks who signs in (unless this computer
    remembers a password, or the URL has one). A database chosen in Settings that cannot be
    opened may be swapped for the default."""
    from mentorapp import opening, urls

    postgres = urls.scheme(target) in urls.POSTGRES_SCHEMES
    if postgres and not urls.password(target):
        from ui.dialogs.login_dialog import remembered_login

        target = remembered_login(target) or target
    try:
        opening.open_database(target)
        return target
    except UserError as exc:
        message = str(exc)
    if postgres and interactive:
        from ui.dialogs.login_dialog import explain

        if isinstance(explain(message, target), ValidationError):  # who signs in: ask
            return sign_in(target, message if urls.password(target) else "")
    log.error("Cannot open the database: %s", message)
    if not interactive:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
        return None
    from PySide6.QtWidgets import QMessageBox  # loading its type is a start-up cost

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      tr_app.tr("The database could not be opened."))
    box.setInformativeText(message)
    use_default = None
    if from_settings:
        use_default = box.addButton(tr_app.tr("Use the default database"),
                                    QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if use_default is not None and box.clickedButton() is use_default:
        preferences.set_database_location(None)
        return open_database(paths.resolve_target(None), False, interactive)
    return None


def sign_in(target: str, message: str = "") -> str | None:
    """The login dialog (with why the last attempt failed); the URL signed in with, or None."""
    from ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(target, QApplication.activeWindow(), message=message)
    if not dialog.exec():
        return None
    if dialog.keyring_problem:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(QApplication.activeWindow(), APP_NAME, dialog.keyring_problem)
    return dialog.opened


def start_window(window, opened: str) -> None:
    """Show who is signed in and what their role may use, then the first page; File > Sign Out
    closes this window and asks again."""
    from mentorapp import opening
    from mentorapp.services import users

    window.set_database(opened)
    user = users.current()
    window.set_user(user)
    window.sign_out_requested.connect(lambda: sign_out(window))
    window.start(show_welcome=access.can_import(user["role"]) and opening.is_empty())


def sign_out(window) -> None:
    """Close the window and the database, then sign in again (quit when the dialog is closed)."""
    from mentorapp import opening, urls
    from ui.main_window import MainWindow

    target = urls.without_password(window.database)
    window.close()
    window.deleteLater()
    opening.close_database()
    opened = sign_in(target)
    if opened is None:
        QApplication.instance().quit()
        return
    new_window = MainWindow("", start=False)
    new_window.show()
    signed_in_windows[:] = [new_window]  # the window lives as long as the session
    start_window(new_window, opened)


def run_gui(db_target: str | None, smoke_test: bool = False) -> int:
    """Open MentorApp on a database (None: the usual resolution). With `smoke_test`, open
    the main window, visit every page and a staff profile, and exit: 0 when nothing failed.

    Only the window frame is built before its first paint (sidebar, menus, toolbar, status
    bar, in the theme's colours); `finish_start()` runs right after that paint and does the
    rest: the accessibility hooks, `ThemeStyle`, the database and the first page. Under X11
    the first paint comes from the event loop (the window manager maps the window first), so
    the rest must wait for it rather than run before `exec()`."""
    started = time.perf_counter()
    app = new_application()
    i18n.install()  # before the first widget: texts are set when widgets are built
    reporter = ErrorReporter(logs.log_file(), show_dialogs=not smoke_test)
    previous_hook, sys.excepthook = sys.excepthook, reporter
    outcome: list = []  # finish_start()'s exit code, or the exception that stopped it

    def finish() -> None:
        try:
            outcome.append(finish_start(app, window, db_target, theme, reporter, smoke_test,
                                        started))
        except BaseException as exc:  # raised from run_gui, as before the event loop was
            outcome.append(exc)
        if outcome[0] is not None:
            app.exit(1 if isinstance(outcome[0], BaseException) else outcome[0])

    try:
        from PySide6.QtCore import QEvent

        from ui.main_window import MainWindow
        from ui.theme import apply_colours, remembered_theme

        theme = remembered_theme()
        apply_colours(app, theme)  # the first paint: Fusion in the theme's colours
        window = MainWindow("", start=False)
        after_first_paint(window, finish)
        window.show()
        code = app.exec()
        # Closing the last window posted a quit of its own: not one for a later event loop.
        app.removePostedEvents(app, QEvent.Type.Quit)
        if outcome and isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0] if outcome and outcome[0] is not None else code
    finally:
        sys.excepthook = previous_hook


FIRST_PAINT_WAIT_MS = 2000  # a window that is never painted (minimised) starts anyway


def after_first_paint(window, then) -> None:
    """Call `then` once, from the event loop, right after `window`'s first paint (or after
    `FIRST_PAINT_WAIT_MS` if it has none by then)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.go()
            return False

        def go(self):
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, watcher.go)


def finish_start(app: QApplication, window, db_target: str | None, theme: str,
                 reporter: ErrorReporter, smoke_test: bool, started: float) -> int | None:
    """The start after the frame's first paint: the exit code when the application should
    stop (the database did not open, a smoke test ran), None when the window is ready for
    use. A window closed before this ran stops nothing: the application is quitting."""
    if not window.isVisible():
        return None
    from ui.theme import apply_theme
    from ui.widgets import accessible

    accessible.follow_focus(app)  # a name for every control that gets the focus
    apply_theme(app, theme)  # and ThemeStyle, for every dialog and page from here on
    logs.start_file_log()
    from mentorapp import opening

    target, from_settings = choose_database(db_target)
    opened = open_database(target, from_settings, interactive=not smoke_test)
    if opened is None:
        window.close()
        return 1
    from mentorapp.services import settings

    if settings.get("theme") != theme:
        apply_theme(app, settings.get("theme"))
    start_window(window, opened)
    log.info("%s %s started on %s in %.2f s", APP_NAME, __version__,
             opening.describe_target(opened), time.perf_counter() - started)
    if smoke_test:
        return run_smoke_test(app, window, reporter)
    return None


def wait_until_idle(app: QApplication, timeout_s: float = SMOKE_PAGE_TIMEOUT_S) -> bool:
    """Process events until no task is running (pages load on the thread pool)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if not tasks.active_tasks():
            app.processEvents()
            return True
        time.sleep(0.01)
    return False


# A text the dashboard shows, to check in a smoke test that the language's catalogue is in use.
SMOKE_TEXT = ("tr_dashboard_page", "Needs attention")


def smoke_test_language(window) -> list[str]:
    """Print the language in use and check the dashboard shows its word for `SMOKE_TEXT`
    (the bundle's smoke test starts in Spanish and in Portuguese). A role without the
    dashboard has nothing to check."""
    from PySide6.QtWidgets import QLabel

    from ui.pages.dashboard_page import DashboardPage

    language = i18n.current_language()
    dashboards = window.findChildren(DashboardPage)
    if not dashboards:
        print(f"smoke test: language {language}: no dashboard to check", file=sys.stderr)
        return []
    expected = i18n.text_in(*SMOKE_TEXT)
    shown = any(label.text() == expected for label in dashboards[0].findChildren(QLabel))
    print(f"smoke test: language {language}: {expected!r} "
          f"{'shown' if shown else 'not shown'}", file=sys.stderr)
    problems = [] if shown else [f"{expected!r} is not shown on the dashboard"]
    if language != i18n.ENGLISH and expected == SMOKE_TEXT[1]:
        problems.append(f"the {language} translation is not in use")
    save = i18n.text_in("QPlatformTheme", "Save")  # Qt's own catalogue: the standard buttons
    print(f"smoke test: language {language}: the Save button reads {save!r}", file=sys.stderr)
    if language != i18n.ENGLISH and save == "Save":
        problems.append(f"Qt's {language} translation (qtbase) is not in use")
    return problems


def run_smoke_test(app: QApplication, window, reporter: ErrorReporter) -> int:
    from mentorapp.services import staff
    from ui.main_window import PAGE_KEYS

    problems = []
    wait_until_idle(app)
    for key in PAGE_KEYS:
        window.show_page(key)
        if not wait_until_idle(app):
            problems.append(f"page {key} still loading after {SMOKE_PAGE_TIMEOUT_S} s")
        print(f"smoke test: page {key} ok", file=sys.stderr)
    first = staff.list(limit=1)
    if first:
        window.open_staff(first[0]["id"])
        if not wait_until_idle(app):
            problems.append("staff profile still loading")
        print("smoke test: staff profile ok", file=sys.stderr)
    problems += smoke_test_language(window)
    window.close()
    app.processEvents()
    problems += [f"{type(e).__name__}: {e}" for e in reporter.errors]
    for problem in problems:
        print(f"smoke test failed: {problem}", file=sys.stderr)
    return 1 if problems else 0
