"""The settings dialog: stored in the database (company, theme) and QSettings (database)."""

import pytest
from builders import click_save, offscreen_warnings, type_into

from mentorapp.services import settings
from ui import preferences
from ui.dialogs.settings_dialog import SettingsDialog

pytestmark = offscreen_warnings


@pytest.fixture
def dialog(qtbot, ui_db):
    widget = SettingsDialog("test.db")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_shows_the_stored_values(dialog):
    assert dialog.fields["company_name"].text() == settings.get("company_name")
    assert dialog.fields["theme"].value() == "system"
    assert dialog.fields["database"].value() == ""


def test_saves_company_theme_and_database(qtbot, dialog, tmp_path):
    type_into(qtbot, dialog, company_name="Bright Shore BPO")
    dialog.fields["theme"].set_value("dark")
    qtbot.keyClicks(dialog.fields["database"].line, str(tmp_path / "shared.db"))
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert settings.get("company_name") == "Bright Shore BPO"
    assert settings.get("theme") == "dark"
    assert preferences.database_location() == str(tmp_path / "shared.db")
    assert dialog.database_changed
    assert not dialog.isVisible()


def test_empty_company_name_is_marked_and_dialog_stays_open(qtbot, dialog):
    before = settings.get("company_name")
    type_into(qtbot, dialog, company_name="")
    dialog.fields["theme"].set_value("light")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "required" in dialog.error_text("company_name").lower()
    assert settings.get("company_name") == before
    assert settings.get("theme") == "system"  # nothing of a refused save is kept


def test_bad_database_url_is_marked(qtbot, dialog):
    qtbot.keyClicks(dialog.fields["database"].line, "mysql://server/db")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Unsupported database URL" in dialog.error_text("database")
    assert preferences.database_location() is None


def test_clearing_the_database_goes_back_to_the_default(qtbot, ui_db, tmp_path):
    preferences.set_database_location(str(tmp_path / "old.db"))
    dialog = SettingsDialog("test.db")
    qtbot.addWidget(dialog)
    assert dialog.fields["database"].value() == str(tmp_path / "old.db")
    dialog.fields["database"].set_value("")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert preferences.database_location() is None
    assert dialog.database_changed
