"""Starting the application: database choice and errors, the excepthook, the smoke test."""

import logging

import pytest
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
