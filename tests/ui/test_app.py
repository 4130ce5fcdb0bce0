"""Starting the application: database choice and errors, the excepthook, the smoke test."""

import logging

import pytest
from builders import offscreen_warnings
from PySide6.QtWidgets import QMessageBox

from mentorapp import db, demo, opening, paths
from mentorapp.errors import UserError
from ui import app as app_module
from ui import preferences


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    database = opening.open_database(str(path))
    demo.generate(database, staff=30)
    database.close()
    return str(path)


@pytest.mark.slow
def test_smoke_test_visits_every_page_and_exits_cleanly(qapp, demo_file, capsys):
    assert app_module.run_gui(demo_file, smoke_test=True) == 0
    printed = capsys.readouterr().err
    for key in ("dashboard", "staff", "mentoring", "clients", "feedback", "training",
                "reports"):
        assert f"page {key} ok" in printed
    assert "staff profile ok" in printed


def test_smoke_test_fails_on_a_database_that_cannot_open(qapp, tmp_path, capsys):
    assert app_module.run_gui("postgresql://nobody@127.0.0.1:9/none",
                              smoke_test=True) == 1
    assert "Cannot open database" in capsys.readouterr().err


def test_database_choice_order(monkeypatch, tmp_path):
    preferences.set_database_location(str(tmp_path / "chosen.db"))
    assert app_module.choose_database(None) == (str(tmp_path / "chosen.db"), True)
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "env.db"))
    assert app_module.choose_database(None) == (str(tmp_path / "env.db"), False)
    assert app_module.choose_database(str(tmp_path / "arg.db")) == (str(tmp_path / "arg.db"),
                                                                    False)
    monkeypatch.delenv(paths.ENV_VAR)
    preferences.set_database_location(None)
    assert app_module.choose_database(None) == (str(paths.default_database_path()), False)


def test_unopenable_database_from_settings_can_fall_back_to_default(qapp, monkeypatch,
                                                                    tmp_path):
    shown = []

    def answer(box):
        shown.append(box.informativeText())
        box.clickedButton = lambda: next(b for b in box.buttons()
                                         if b.text() == "Use the default database")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(paths, "default_database_path", lambda: tmp_path / "default.db")
    bad = "postgresql://nobody@127.0.0.1:9/none"
    preferences.set_database_location(bad)
    opened = app_module.open_database(bad, True, interactive=True)
    assert opened == str(tmp_path / "default.db")
    assert "Cannot open database" in shown[0]
    assert preferences.database_location() is None
    db.database.obj.close()


def test_error_reporter_logs_and_shows_the_log_location(qapp, tmp_path, monkeypatch, caplog):
    shown = []
    from ui.dialogs import error_dialog

    monkeypatch.setattr(error_dialog.ErrorDialog, "exec",
                        lambda self: shown.append((self.text(), self.informativeText())))
    reporter = app_module.ErrorReporter(tmp_path / "mentorapp.log")
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR):
            reporter(type(exc), exc, exc.__traceback__)
    assert "Unexpected error" in caplog.text and "ZeroDivisionError" in caplog.text
    assert len(shown) == 1
    assert "Something went wrong" in shown[0][0]
    assert str(tmp_path / "mentorapp.log") in shown[0][1]
    assert "division by zero in a slot" in shown[0][1]


def test_user_error_dialog_is_a_plain_warning(qapp):
    from ui.dialogs.error_dialog import ErrorDialog

    dialog = ErrorDialog(UserError("The file is open in Excel"), None)
    assert dialog.icon() == QMessageBox.Icon.Warning
    assert dialog.text() == "The file is open in Excel"
    assert dialog.detailedText() == ""


def test_a_file_that_is_not_a_database_is_explained_not_a_traceback(qapp, tmp_path, capsys):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are my notes, not a database" * 100)
    assert app_module.run_gui(str(junk), smoke_test=True) == 1
    printed = capsys.readouterr().err
    assert str(junk) in printed
    assert "Traceback" not in printed


# -- the start: the frame first, the rest after its first paint ---------------------------------
def test_the_rest_of_the_start_waits_for_the_first_paint(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    called = []
    app_module.after_first_paint(widget, lambda: called.append(widget.isVisible()))
    qtbot.wait(50)
    assert called == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitUntil(lambda: bool(called), timeout=5000)
    qtbot.wait(50)
    assert called == [True]  # once


def test_a_window_never_painted_starts_anyway(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(app_module, "FIRST_PAINT_WAIT_MS", 50)
    widget = QWidget()
    qtbot.addWidget(widget)
    called = []
    app_module.after_first_paint(widget, lambda: called.append(True))
    qtbot.waitUntil(lambda: bool(called), timeout=5000)


def test_nothing_costly_is_loaded_before_the_first_paint(tmp_path):
    """The first paint shows the frame only: no Peewee or models, no accessibility hooks
    (PySide6 building the QAccessible types' enums), no Qt namespace (93 enums)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import os, sys\n"
        "from PySide6 import QtCore\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from ui import app\n"
        "from ui.main_window import MainWindow\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            names = ('peewee', 'mentorapp.models', 'ui.widgets.accessible')\n"
        "            print(sorted(n for n in names if n in sys.modules), 'Qt' in vars(QtCore))\n"
        "            os._exit(0)\n"
        "        return False\n"
        "show = MainWindow.show\n"
        "def show_and_watch(window):\n"
        "    window.watch = Watch()\n"
        "    window.installEventFilter(window.watch)\n"
        "    show(window)\n"
        "MainWindow.show = show_and_watch\n"
        "app.run_gui(sys.argv[1])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "never.db")],
                            cwd=Path(__file__).resolve().parents[2], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "[] False", result.stderr
    assert not (tmp_path / "never.db").exists()  # the database is opened after the paint


def started_window_checks(monkeypatch, check):
    """Run `check(window)` once `run_gui` has started its window, then close it."""
    start_window = app_module.start_window

    def start_and_check(window, opened):
        start_window(window, opened)
        try:
            check(window)
        finally:
            window.close()

    monkeypatch.setattr(app_module, "start_window", start_and_check)


@offscreen_warnings
def test_the_start_after_the_first_paint_builds_the_rest(qapp, demo_file, monkeypatch):
    from ui import theme

    themes = []
    apply_theme = theme.apply_theme
    monkeypatch.setattr(theme, "apply_theme", lambda app, name: themes.append(name) or
                        apply_theme(app, name))  # ThemeStyle (qapp.style() shows the sheet's)
    seen = {}

    def check(window):
        seen.update(started=window.started, page=window.current_key,
                    themes=list(themes),
                    follows_focus=bool(qapp.property("follows_focus")),
                    database=window.database_label.text())

    started_window_checks(monkeypatch, check)
    assert app_module.run_gui(demo_file) == 0
    assert seen == {"started": True, "page": "dashboard", "themes": ["system"],
                    "follows_focus": True,
                    "database": f"{demo_file}  (SQLite file)"}
    db.database.obj.close()


@offscreen_warnings
def test_a_shortcut_pressed_before_the_start_is_done_after_it(qapp, demo_file, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.dialogs.global_search_dialog import GlobalSearchDialog

    finish_start = app_module.finish_start
    held = []

    def press_then_finish(app, window, *args):
        window.activateWindow()
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        held.append((window.started, window.findChildren(GlobalSearchDialog)))
        return finish_start(app, window, *args)

    monkeypatch.setattr(app_module, "finish_start", press_then_finish)
    opened = []
    started_window_checks(monkeypatch, lambda window: opened.extend(
        dialog.isVisible() for dialog in window.findChildren(GlobalSearchDialog)))
    assert app_module.run_gui(demo_file) == 0
    assert held == [(False, [])]  # held, not done, while the database was not open
    assert opened == [True]
    db.database.obj.close()


def test_a_database_that_cannot_open_shows_its_message_and_exits(qapp, tmp_path,
                                                                 monkeypatch):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are my notes, not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())))
    assert app_module.run_gui(str(junk)) == 1
    assert len(shown) == 1
    assert shown[0][0] == "The database could not be opened."
    assert str(junk) in shown[0][1] and "Traceback" not in shown[0][1]


def test_an_error_in_the_start_after_the_paint_is_raised_not_left_hanging(qapp, demo_file,
                                                                         monkeypatch):
    def fail(window, opened):
        raise RuntimeError("broken start")

    monkeypatch.setattr(app_module, "start_window", fail)
    with pytest.raises(RuntimeError, match="broken start"):
        app_module.run_gui(demo_file)
    db.database.obj.close()
