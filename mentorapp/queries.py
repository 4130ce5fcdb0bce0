"""Query conditions shared by the services and the reports (the layer just above models)."""

from __future__ import annotations

import peewee
from peewee import Expression


def not_archived(model) -> Expression:
    """Condition: the `model` row (or alias) is in use, not archived."""
    return model.archived == False  # noqa: E712  (peewee builds SQL from ==, not `is`)


def staff_where(*conditions) -> peewee.Select:
    """Ids of the staff members meeting `conditions` (on Staff), for `column.in_(...)`."""
    from mentorapp.models import Staff

    return Staff.select(Staff.id).where(*conditions)


def on_client_now(client_id) -> peewee.Select:
    """Ids of the staff members on the client's account today (an open assignment)."""
    from mentorapp.models import Assignment

    return Assignment.select(Assignment.staff).where(
        Assignment.client == int(client_id), Assignment.end_date.is_null(),
        not_archived(Assignment))


def people_filters(staff_column) -> dict:
    """List filters on the staff member a record is about: the client they are on now, their
    team and site (the dashboard's scope, so its figures open the records behind them)."""
    from mentorapp.models import Staff

    return {"client": lambda q, v: q.where(staff_column.in_(on_client_now(v))),
            "team": lambda q, v: q.where(staff_column.in_(staff_where(Staff.team == v))),
            "site": lambda q, v: q.where(staff_column.in_(staff_where(Staff.site == v)))}
