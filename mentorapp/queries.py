"""Query conditions shared by the services and the reports (the layer just above models)."""

from __future__ import annotations

from peewee import Expression


def not_archived(model) -> Expression:
    """Condition: the `model` row (or alias) is in use, not archived."""
    return model.archived == False  # noqa: E712  (peewee builds SQL from ==, not `is`)
