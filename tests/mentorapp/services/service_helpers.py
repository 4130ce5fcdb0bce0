"""Helpers for service tests: audit look-ups. The record builders are the suite's one set,
tests/records.py (the `make` fixture)."""

from __future__ import annotations

import datetime as dt
import json

from mentorapp.models import AuditEntry
from tests.records import Make, days_ago  # noqa: F401 - the suite's builders

TODAY = dt.date.today()


def last_audit(entity: str, entity_id: int | None = None) -> dict:
    """The newest audit entry for an entity (and record), with its changes decoded."""
    query = AuditEntry.select().where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    entry = query.order_by(AuditEntry.id.desc()).first()
    assert entry is not None, f"no audit entry for {entity} {entity_id}"
    return {"action": entry.action, "actor": entry.actor, "entity_id": entry.entity_id,
            "changes": json.loads(entry.changes)}


def audit_count() -> int:
    return AuditEntry.select().count()
