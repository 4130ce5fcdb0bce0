"""The audit trail: every change a service makes is recorded in the same transaction."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from decimal import Decimal

from mentorapp.models import AuditEntry

# Fields whose values never go into the audit trail (only the fact that they changed).
PRIVATE_FIELDS = frozenset({"private_notes"})
_actor: str | None = None
# In shared mode a database trigger audits every change with the signed-in login (so a change
# made with psql is audited too); the services then write no entries of their own.
_by_database = False


def set_actor(name: str | None) -> None:
    """Who is making changes from now on (default: the operating-system user)."""
    global _actor
    _actor = name


def set_recorded_by_database(flag: bool) -> None:
    global _by_database
    _by_database = flag


def recorded_by_database() -> bool:
    """True in shared mode: the database's triggers audit every row, bulk writers too."""
    return _by_database


def actor() -> str:
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers, services)
        return "unknown"


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def record(action: str, entity: str, entity_id: int | None, changes: dict | None = None) -> None:
    """Write one audit entry; `changes` maps field to (old, new)."""
    if _by_database:
        return
    clean = {}
    for field, (old, new) in (changes or {}).items():
        if field in PRIVATE_FIELDS:
            old, new = ("(private)" if old else None), "(private)" if new else None
        clean[field] = [_plain(old), _plain(new)]
    AuditEntry.create(actor=actor(), action=action, entity=entity, entity_id=entity_id,
                      changes=json.dumps(clean, ensure_ascii=False, sort_keys=True))


def history(entity: str, entity_id: int, limit: int = 200) -> list[dict]:
    """Audit entries for one record, newest first."""
    rows = (AuditEntry.select().where(AuditEntry.entity == entity,
                                      AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).dicts())
    return [{**row, "changes": json.loads(row["changes"])} for row in rows]
