"""Where MentorApp keeps its database by default, and how a user chooses another.

Also how private files are made: the database, its -wal/-shm, backups, the log and the settings
file hold private mentoring notes, so on POSIX they are created 0600 in folders 0700 (on Windows
they live in the user profile, which is private already).

Kept apart from `db` so the argument parser (built before the GUI starts) needs no database
driver: importing Peewee and psycopg2 is a third of a bare Qt window's start-up time.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir

from mentorapp import APP_NAME

ENV_VAR = "MENTORAPP_DB"


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "mentorapp.db"


def resolve_target(arg: str | None = None) -> str:
    """The database to use: `--db` first, then $MENTORAPP_DB, then the default file."""
    return arg or os.environ.get(ENV_VAR) or str(default_database_path())


@contextmanager
def private_files() -> Iterator[None]:
    """Files and folders created inside are readable by their owner only (umask 077)."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def make_private(*files: Path | str) -> None:
    """Take the group and other bits off files that exist already (an older MentorApp made them
    0644). Files of another owner are left alone."""
    if os.name != "posix":
        return
    for file in map(Path, files):
        try:
            info = file.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                file.chmod(stat.S_IMODE(info.st_mode) & 0o700)
        except FileNotFoundError:
            continue


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents) readable by the owner only; returns it."""
    with private_files():
        folder.mkdir(parents=True, exist_ok=True)
    return folder
