"""Preferences stored in the database (shared by every user of a shared database)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from mentorapp.db import transaction
from mentorapp.errors import ValidationError
from mentorapp.models import Setting
from mentorapp.services import audit
from mentorapp.services.fields import Choice, Rule, Text
from mentorapp.translations import N_, _, display

LOGO_MAX_BYTES = 1_000_000
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}


def logo_type(data: bytes) -> str | None:
    """"png" or "jpeg" by the image's magic bytes, else None."""
    return next((kind for magic, kind in LOGO_TYPES.items() if data.startswith(magic)), None)


class Logo(Rule):
    """The company logo on client report covers: PNG or JPEG bytes (or their base64, as
    stored), at most LOGO_MAX_BYTES, stored as base64 text. Empty removes it."""

    def empty(self):
        return ""

    def convert(self, name, value):
        if isinstance(value, str):
            try:
                value = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise ValidationError(name, _("is not an image (PNG or JPEG)")) from None
        if not isinstance(value, bytes | bytearray):
            raise ValidationError(name, _("is not an image (PNG or JPEG)"))
        if len(value) > LOGO_MAX_BYTES:
            raise ValidationError(name, _("is {size} bytes; the most allowed is {most} (1 MB)")
                                  .format(size=display().number(len(value)),
                                          most=display().number(LOGO_MAX_BYTES)))
        if logo_type(bytes(value)) is None:
            raise ValidationError(name, _("is not a PNG or JPEG image"))
        return base64.b64encode(bytes(value)).decode("ascii")


DEFAULTS = {"company_name": "MentorApp BPO Services", "theme": "system", "me_staff_id": "",
            "company_logo": ""}
RULES = {"company_logo": Logo(label=N_("company logo")),
         "company_name": Text(required=True, max_length=200, multiline=False,
                              label=N_("company name")),
         "theme": Choice(("system", "light", "dark"), default="system"),
         # A SQLite file's one user: which staff record is "me" (My work shows my people).
         "me_staff_id": Text(max_length=20, multiline=False, label=N_("my staff record"))}


def get(key: str) -> str:
    if key not in DEFAULTS:
        raise ValidationError(key, _("is not a setting"))
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None and row.value is not None else DEFAULTS[key]


def all_settings() -> dict[str, str]:
    stored = {row.key: row.value for row in Setting.select() if row.key in DEFAULTS}
    return {**DEFAULTS, **stored}


def set(key: str, value) -> str:
    if key not in RULES:
        raise ValidationError(key, _("is not a setting"))
    clean = RULES[key].clean(key, value)
    with transaction():
        old = get(key)
        if old != clean:
            Setting.insert(key=key, value=clean).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: clean}).execute()
            if key == "company_logo":  # the audit trail keeps its fingerprint, not the image
                old, clean = _fingerprint(old), _fingerprint(clean)
            audit.record("update", "setting", None, {key: (old, clean)})
    return clean


def set_many(values: dict) -> dict[str, str]:
    """Several settings in one transaction (all of them or none)."""
    with transaction():
        return {key: set(key, value) for key, value in values.items()}


def _fingerprint(encoded: str) -> str:
    return f"sha256:{hashlib.sha256(encoded.encode()).hexdigest()[:16]}" if encoded else ""


def logo() -> bytes | None:
    """The company logo's image bytes, or None when there is none."""
    encoded = get("company_logo")
    return base64.b64decode(encoded) if encoded else None


def set_logo_file(path: str | Path | None) -> bytes | None:
    """Set the company logo from a PNG or JPEG file (None or "" removes it)."""
    if not path:
        set("company_logo", "")
        return None
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise ValidationError("company_logo", _("{file} is {size} bytes; the most allowed is "
                                                    "{most} (1 MB)").format(
                file=path.name, size=display().number(size),
                most=display().number(LOGO_MAX_BYTES)), label=_("company logo"))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("company_logo", _("cannot read {file}: {reason}").format(
            file=path, reason=exc.strerror), label=_("company logo")) from None
    set("company_logo", data)
    return data
