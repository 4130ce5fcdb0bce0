"""Logging: warnings to stderr; for the GUI also a rotating file in the user log folder."""

from __future__ import annotations

import logging
from pathlib import Path

from platformdirs import user_log_dir

from mentorapp import APP_NAME
from mentorapp.paths import make_private, private_files, private_folder


def log_file() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "mentorapp.log"


def configure() -> None:
    """Warnings and errors to stderr (commands and GUI alike)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)


def start_file_log() -> Path:
    """Also log to the rotating file the GUI's error dialog points to (called once the
    window is on screen: the handlers module is not needed before)."""
    import logging.handlers

    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "mentorapp_file_log", False)]:
        root.removeHandler(old)  # started again (tests start the GUI many times)
        old.close()
    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Every log file, the first and each one after a rollover, is 0600."""

        def _open(self):
            with private_files():
                return super()._open()

    path = log_file()
    private_folder(path.parent)
    make_private(path, *(f"{path}.{n}" for n in range(1, 4)))
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.mentorapp_file_log = True
    root.addHandler(handler)
    return path
