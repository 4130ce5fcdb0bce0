"""Outsourcing clients (the accounts staff are placed on)."""

from __future__ import annotations

from peewee import fn

from mentorapp.errors import NotFoundError
from mentorapp.models import Assignment, Client, Staff
from mentorapp.queries import not_archived
from mentorapp.services.entity import Entity, to_dict
from mentorapp.services.fields import Email, Flag, Text
from mentorapp.text import fold_key


def _select():
    headcount = (Assignment.select(fn.COUNT(Assignment.id))
                 .join(Staff, on=(Assignment.staff == Staff.id))
                 .where(Assignment.client == Client.id, Assignment.end_date.is_null(),
                        not_archived(Staff), Staff.status != "resigned"))
    return Client.select(Client, headcount.alias("headcount"))


entity = Entity(
    Client, "client",
    {"name": Text(required=True, max_length=200, multiline=False),
     "industry": Text(max_length=100, multiline=False),
     "contact_name": Text(max_length=200, multiline=False, label="contact person"),
     "contact_email": Email(label="contact email"),
     "account_manager": Text(max_length=200, multiline=False, label="account manager"),
     "active": Flag(default=True),
     "notes": Text()},
    search=(Client.search_key,),  # name, industry, account manager and contact, folded
    sorts={"name": Client.sort_key, "industry": Client.industry,
           "account_manager": Client.account_manager},
    filters={"active": lambda q, v: q.where(Client.active == Flag().clean("active", v)),
             "industry": lambda q, v: q.where(Client.industry == v)},
    select=_select,
    describe=lambda c: f"client {c.name!r}",
    unique_keys={"name": Client.name_key},
)
create, update, get, list, count = (entity.create, entity.update, entity.get, entity.list,
                                    entity.count)
archive, restore, delete = entity.archive, entity.restore, entity.delete


def by_name(name: str) -> dict:
    """A client by its name in any case, Unicode form or spacing (its `fold_key`), or a
    NotFoundError naming it."""
    client = Client.get_or_none(Client.name_key == fold_key(name))
    if client is None:
        raise NotFoundError(f"No client named {name!r}")
    return to_dict(client)


def names(include_archived: bool = False) -> list[str]:
    query = Client.select(Client.name).order_by(Client.sort_key)
    if not include_archived:
        query = query.where(not_archived(Client))
    return [name for (name,) in query.tuples()]

