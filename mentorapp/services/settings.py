"""Preferences stored in the database (shared by every user of a shared database)."""

from __future__ import annotations

from mentorapp.db import transaction
from mentorapp.errors import ValidationError
from mentorapp.models import Setting
from mentorapp.services import audit
from mentorapp.services.fields import Choice, Text

DEFAULTS = {"company_name": "MentorApp BPO Services", "theme": "system", "me_staff_id": ""}
RULES = {"company_name": Text(required=True, max_length=200, multiline=False,
                              label="company name"),
         "theme": Choice(("system", "light", "dark"), default="system"),
         # A SQLite file's one user: which staff record is "me" (My work shows my people).
         "me_staff_id": Text(max_length=20, multiline=False, label="my staff record")}


def get(key: str) -> str:
    if key not in DEFAULTS:
        raise ValidationError(key, "is not a setting")
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None and row.value is not None else DEFAULTS[key]


def all_settings() -> dict[str, str]:
    stored = {row.key: row.value for row in Setting.select() if row.key in DEFAULTS}
    return {**DEFAULTS, **stored}


def set(key: str, value) -> str:
    if key not in RULES:
        raise ValidationError(key, "is not a setting")
    clean = RULES[key].clean(key, value)
    with transaction():
        old = get(key)
        if old != clean:
            Setting.insert(key=key, value=clean).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: clean}).execute()
            audit.record("update", "setting", None, {key: (old, clean)})
    return clean


def set_many(values: dict) -> dict[str, str]:
    """Several settings in one transaction (all of them or none)."""
    with transaction():
        return {key: set(key, value) for key, value in values.items()}
