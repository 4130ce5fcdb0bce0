"""Query conditions shared by the services and the reports (the layer just above models)."""

from __future__ import annotations

import weakref

import peewee
from peewee import SQL, Expression, NodeList, Value

from mentorapp.db import database, is_sqlite

# Shared mode: the roles whose staff search goes through the search accelerator
# (`app_visible_staff_matching`, see mentorapp.shared); the others see every staff member, and
# their search uses the trigram index directly.
NARROWED_SEARCH_ROLES = ("account_manager", "mentor", "agent")
# {connection: whether its user's staff search is narrowed}: a person's role stays for the
# session (were it changed meanwhile, the function still returns only what they may see).
_narrowed_search = weakref.WeakKeyDictionary()


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


def _narrowed(db: peewee.Database) -> tuple[bool, bool]:
    """(whether this person's staff search goes through the accelerator, and whether its count
    through `app_visible_staff_count`, which an older set-up may lack until `migrate`)."""
    connection = db.connection()
    if connection not in _narrowed_search:
        accelerated, counted = db.execute_sql(
            "SELECT to_regprocedure('app_visible_staff_matching(text[])') IS NOT NULL, "
            "to_regprocedure('app_visible_staff_count(text[], boolean)') IS NOT NULL"
        ).fetchone()
        narrowed = accelerated and db.execute_sql(
            "SELECT app_role()").fetchone()[0] in NARROWED_SEARCH_ROLES
        _narrowed_search[connection] = (narrowed, narrowed and counted)
    return _narrowed_search[connection]


def visible_staff_matching(staff_column, words: list[str]) -> Expression | None:
    """Shared mode, for a role that sees only some staff: `staff_column` among the staff whose
    search key contains every (folded) word and whom this person may see, as the accelerator
    function finds them through the trigram index. Row-level security still guards the rows
    (the function only narrows what it checks). None elsewhere: nothing to add."""
    db = database.obj
    if not words or is_sqlite(db) or not _narrowed(db)[0]:
        return None
    return staff_column.in_(NodeList((SQL("SELECT app_visible_staff_matching("),
                                      Value(list(words), unpack=False), SQL("::text[])")),
                                     parens=True))


def visible_staff_count(words: list[str], include_archived: bool) -> int | None:
    """Shared mode, for a role that sees only some staff: how many staff whose search key
    contains every (folded) word this person may read, archived ones too if
    `include_archived`, as `app_visible_staff_count` counts them by the staff table's read
    policy for their role (one statement: no second probe of their scope per match, no join
    to current assignments a bare count does not need). None elsewhere: count the rows."""
    db = database.obj
    if not words or is_sqlite(db) or not _narrowed(db)[1]:
        return None
    return db.execute_sql("SELECT app_visible_staff_count(%s::text[], %s)",
                          (list(words), bool(include_archived))).fetchone()[0]
