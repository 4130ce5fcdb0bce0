"""Preferences of this computer's user (QSettings): database location, window layout; and
the user's documents folder, where file dialogs start.

Preferences shared by every user of a database (company name, theme) live in the database
(`mentorapp.services.settings`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from mentorapp import APP_NAME

ORGANIZATION = APP_NAME
DATABASE_KEY = "database/location"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"


def qsettings() -> QSettings:
    return QSettings(ORGANIZATION, APP_NAME)


def database_location() -> str | None:
    """The database chosen in the Settings dialog, or None for the default."""
    value = qsettings().value(DATABASE_KEY)
    return str(value) if value else None


def set_database_location(target: str | None) -> None:
    settings = qsettings()
    if target:
        settings.setValue(DATABASE_KEY, target)
    else:
        settings.remove(DATABASE_KEY)
    settings.sync()


def documents_folder() -> Path:
    """Where file dialogs start: the user's documents folder (home when there is none)."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
