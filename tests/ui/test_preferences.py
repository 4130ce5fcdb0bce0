"""The settings file of this computer: private, and never holding a database password."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ui import preferences

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_a_database_password_is_kept_in_the_keyring_not_the_settings_file(qapp, memory_keyring):
    previous = os.umask(0o022)
    try:
        preferences.set_database_location("postgresql://ana:S3cret#1@db.example/mentorapp")
    finally:
        os.umask(previous)
    file = Path(preferences.qsettings().fileName())
    assert "S3cret" not in file.read_text(encoding="utf-8")
    assert "postgresql://ana@db.example/mentorapp" in file.read_text(encoding="utf-8")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    assert preferences.database_location() == "postgresql://ana:S3cret%231@db.example/mentorapp"

    preferences.set_database_location(None)  # choosing the default forgets the password
    assert memory_keyring.kept == {}
    assert preferences.database_location() is None


def test_file_dialogs_start_at_home_when_there_is_no_documents_folder(qapp, tmp_path,
                                                                       monkeypatch):
    """Never the program's folder: Qt names ~/Documents whether or not it exists."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert preferences.documents_folder() == home
    (home / "Documents").mkdir()
    assert preferences.documents_folder() == home / "Documents"
