"""The settings dialog: stored in the database (company, logo, theme) and QSettings (database)."""

import pytest
from builders import click_save, offscreen_warnings, type_into
from PySide6.QtCore import Qt

from mentorapp.services import settings
from ui import preferences
from ui.dialogs.settings_dialog import SettingsDialog
from ui.widgets import file_dialogs

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


def a_png(path, width=40, height=20):
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path), "PNG")
    return path


def choose_logo(qtbot, dialog, monkeypatch, path):
    monkeypatch.setattr(file_dialogs, "open_file_name",
                        lambda *a, **k: str(path))
    qtbot.mouseClick(dialog.fields["company_logo"].choose_button, Qt.MouseButton.LeftButton)


def test_a_logo_chosen_is_previewed_and_stored_on_save(qtbot, dialog, tmp_path, monkeypatch):
    logo = dialog.fields["company_logo"]
    assert logo.preview.text() == "No logo" and not logo.remove_button.isEnabled()
    choose_logo(qtbot, dialog, monkeypatch, a_png(tmp_path / "logo.png"))
    assert not logo.preview.pixmap().isNull() and logo.remove_button.isEnabled()
    assert settings.logo() is None  # not before Save
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert settings.logo() == (tmp_path / "logo.png").read_bytes()


def test_removing_the_logo(qtbot, ui_db, tmp_path):
    settings.set_logo_file(a_png(tmp_path / "logo.png"))
    widget = SettingsDialog("test.db")
    qtbot.addWidget(widget)
    widget.show()
    logo = widget.fields["company_logo"]
    assert not logo.preview.pixmap().isNull()
    qtbot.mouseClick(logo.remove_button, Qt.MouseButton.LeftButton)
    assert logo.preview.text() == "No logo" and widget.changed()
    with qtbot.waitSignal(widget.saved):
        click_save(qtbot, widget)
    assert settings.logo() is None


def test_a_bad_logo_file_is_a_message_and_nothing_is_stored(qtbot, dialog, tmp_path,
                                                            monkeypatch):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    type_into(qtbot, dialog, company_name="Bright Shore BPO")
    choose_logo(qtbot, dialog, monkeypatch, fake)
    assert dialog.fields["company_logo"].preview.text() == "Not an image"
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "PNG or JPEG" in dialog.error_text("company_logo")
    assert settings.logo() is None
    assert settings.get("company_name") != "Bright Shore BPO"
    qtbot.mouseClick(dialog.fields["company_logo"].remove_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("company_logo") == ""  # the message goes with the bad file


def test_a_logo_over_a_megabyte_is_refused(qtbot, dialog, tmp_path, monkeypatch):
    big = tmp_path / "big.png"
    big.write_bytes(a_png(tmp_path / "small.png").read_bytes() + b"\0" * 1_100_000)
    choose_logo(qtbot, dialog, monkeypatch, big)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and "1 MB" in dialog.error_text("company_logo")
    assert settings.logo() is None
