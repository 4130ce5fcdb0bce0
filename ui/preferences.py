"""Preferences of this computer's user (QSettings): database location, window layout, language;
and the user's documents folder, where file dialogs start.

Preferences shared by every user of a database (company name, theme) live in the database
(`mentorapp.services.settings`)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QSettings

from mentorapp import APP_NAME, credentials
from mentorapp.paths import make_private, private_files, private_folder

ORGANIZATION = APP_NAME
DATABASE_KEY = "database/location"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"


def qsettings() -> QSettings:
    settings = QSettings(ORGANIZATION, APP_NAME)
    _make_private(settings.fileName())
    return settings


@functools.cache
def _make_private(file_name: str) -> None:
    """The settings file and its folder readable by the owner only, from the first use on (Qt
    keeps a file's permissions when it rewrites it)."""
    path = Path(file_name)
    private_folder(path.parent)
    if not path.exists():
        with private_files():
            path.touch()
    make_private(path.parent, path)


def database_location() -> str | None:
    """The database chosen in the Settings dialog (with its password from the system keyring),
    or None for the default."""
    value = qsettings().value(DATABASE_KEY)
    return credentials.recall(str(value)) if value else None


def set_database_location(target: str | None) -> None:
    """Save the choice; a password goes to the system keyring, never to the settings file
    (UserError where the machine has no keyring)."""
    settings = qsettings()
    previous = settings.value(DATABASE_KEY)
    if target:
        bare = credentials.remember(target)
        settings.setValue(DATABASE_KEY, bare)
    else:
        settings.remove(DATABASE_KEY)
    if previous and previous != (bare if target else None):
        credentials.forget(str(previous))
    settings.sync()


def documents_folder() -> Path:
    """Where file dialogs start: the user's documents folder, or home when there is none (Qt
    names ~/Documents even when it does not exist, and a file dialog given a missing folder
    opens in the program's folder)."""
    from PySide6.QtCore import QStandardPaths  # not needed before the first window

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


FOLDER_KEY = "files/last_folder"


def last_folder() -> Path:
    """Where the next file dialog starts: the folder of the last file chosen while it still
    exists, else the documents folder (never the program's folder)."""
    value = qsettings().value(FOLDER_KEY)
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else documents_folder()


def remember_folder(path: str | Path) -> None:
    """Remember the folder of a file the user chose in a file dialog."""
    settings = qsettings()
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    settings.sync()


LANGUAGE_KEY = "ui/language"


def language() -> str | None:
    """The language chosen in the Settings dialog ("en", "es", "pt_BR"), or None to follow
    the system's."""
    value = qsettings().value(LANGUAGE_KEY)
    return str(value) if value else None


def set_language(code: str | None) -> None:
    settings = qsettings()
    if code:
        settings.setValue(LANGUAGE_KEY, code)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()
