"""Where MentorApp keeps its database by default, and how a user chooses another.

Kept apart from `db` so the argument parser (built before the GUI starts) needs no database
driver: importing Peewee and psycopg2 is a third of a bare Qt window's start-up time.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from mentorapp import APP_NAME

ENV_VAR = "MENTORAPP_DB"


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "mentorapp.db"


def resolve_target(arg: str | None = None) -> str:
    """The database to use: `--db` first, then $MENTORAPP_DB, then the default file."""
    return arg or os.environ.get(ENV_VAR) or str(default_database_path())
