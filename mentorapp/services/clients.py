"""Outsourcing clients (the accounts staff are placed on), and their contacts: the people at
the client who receive and acknowledge reports (schema 13; one per client and folded email).

Contacts: `add_contact(client, name=, email=, role=)` -> the contact dict; `contacts(client,
include_inactive=False)` -> contact dicts by name; `contact_by_email(client, email)`;
`update_contact(id, **values)`. `client` is a client id or name everywhere."""

from __future__ import annotations

import peewee
from peewee import fn

from mentorapp.collation import NameOrder, name_sort_key
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import REPORT_CADENCE_CHOICES, Assignment, Client, ClientContact, Staff
from mentorapp.queries import not_archived
from mentorapp.services import audit
from mentorapp.services.entity import Entity, to_dict
from mentorapp.services.fields import Choice, Email, Flag, Number, Text
from mentorapp.text import fold_key
from mentorapp.translations import ENGLISH, LANGUAGES, N_, _


def _select():
    headcount = (Assignment.select(fn.COUNT(Assignment.id))
                 .join(Staff, on=(Assignment.staff == Staff.id))
                 .where(Assignment.client == Client.id, Assignment.end_date.is_null(),
                        not_archived(Staff), Staff.status != "resigned"))
    # The list's contact: the first active one of the client's contacts by name.
    first = (ClientContact.select(ClientContact.name)
             .where(ClientContact.client == Client.id, ClientContact.active == True)  # noqa: E712
             .order_by(ClientContact.name).limit(1))
    first_email = (ClientContact.select(ClientContact.email)
                   .where(ClientContact.client == Client.id,
                          ClientContact.active == True)  # noqa: E712
                   .order_by(ClientContact.name).limit(1))
    return Client.select(Client, headcount.alias("headcount"), first.alias("contact"),
                         first_email.alias("contact_address"))


entity = Entity(
    Client, N_("client"),
    {"name": Text(required=True, max_length=200, multiline=False),
     "industry": Text(max_length=100, multiline=False),
     "contact_name": Text(max_length=200, multiline=False, label=N_("contact person")),
     "contact_email": Email(label=N_("contact email")),
     "account_manager": Text(max_length=200, multiline=False, label=N_("account manager")),
     "active": Flag(default=True),
     "notes": Text(),
     # Schema 13: the client's report cadence and when a report is due and overdue.
     "report_cadence": Choice(REPORT_CADENCE_CHOICES, default="monthly",
                              label=N_("report cadence")),
     "report_due_days": Number(minimum=0, maximum=365, whole=True, default=5,
                               label=N_("days after the period a report is due")),
     "acknowledge_due_days": Number(minimum=0, maximum=365, whole=True, default=7,
                                    label=N_("days to acknowledge a report")),
     # Schema 14: the language the client's reports are written in.
     "report_language": Choice(LANGUAGES, default=ENGLISH, label=N_("report language"))},
    search=(Client.search_key,),  # name, industry, account manager and contact, folded
    sorts={"name": NameOrder(Client.sort_key, (Client.name,)), "industry": Client.industry,
           "account_manager": Client.account_manager},
    filters={"active": lambda q, v: q.where(Client.active == Flag().clean("active", v)),
             "industry": lambda q, v: q.where(Client.industry == v)},
    select=_select,
    describe=lambda c: _("client {name}").format(name=repr(c.name)),
    unique_keys={"name": Client.name_key},
)
get, list, count = entity.get, entity.list, entity.count


def create(**values) -> dict:
    """A new client; its contact email, when given, becomes one of its contacts too."""
    with transaction():
        record = entity.create(**values)
        _mirror_contact(record)
        return record


def update(client_id: int, **values) -> dict:
    """Change a client; a contact email not yet among its contacts is added to them."""
    with transaction():
        record = entity.update(client_id, **values)
        if "contact_email" in values or "contact_name" in values:
            _mirror_contact(record)
        return record


def _mirror_contact(record: dict) -> None:
    """The client form's free-text contact (kept until the form edits contacts) as a contact
    row, the one the report loop reads; an email already among them is left as it is."""
    email = record.get("contact_email")
    if not email or ClientContact.select().where(
            ClientContact.client == record["id"],
            ClientContact.email_key == fold_key(email)).exists():
        return
    add_contact(record["id"], name=record.get("contact_name") or email.split("@")[0],
                email=email)
archive, restore, delete = entity.archive, entity.restore, entity.delete


def by_name(name: str) -> dict:
    """A client by its name in any case, Unicode form or spacing (its `fold_key`), or a
    NotFoundError naming it."""
    client = Client.get_or_none(Client.name_key == fold_key(name))
    if client is None:
        raise NotFoundError(_("No client named {name}").format(name=repr(name)))
    return to_dict(client)


def names(include_archived: bool = False) -> list[str]:
    query = Client.select(Client.name).order_by(Client.sort_key)
    if not include_archived:
        query = query.where(not_archived(Client))
    return [name for (name,) in query.tuples()]



def client_id_of(client: int | str) -> int:
    """The id of a client given by id or by name."""
    if isinstance(client, int):
        if not Client.select().where(Client.id == client).exists():
            raise NotFoundError(_("No client with id {client_id}").format(client_id=client))
        return client
    return by_name(client)["id"]


CONTACT_RULES = {"name": Text(required=True, max_length=200, multiline=False),
                 "email": Email(required=True),
                 "role": Text(max_length=100, multiline=False),
                 "active": Flag(default=True)}


def _contact_clash(client_id: int, email: str, current: int | None) -> None:
    query = ClientContact.select().where(ClientContact.client == client_id,
                                         ClientContact.email_key == fold_key(email))
    if current is not None:
        query = query.where(ClientContact.id != current)
    other = query.first()
    if other is not None:
        raise ValidationError("email", _("{email} is already the email of {name} at this "
                                        "client").format(email=repr(email), name=other.name))


def add_contact(client: int | str, **values) -> dict:
    """A new contact of the client; its email must be new at that client (folded)."""
    client_id = client_id_of(client)
    clean = {name: rule.clean(name, values.get(name)) for name, rule in CONTACT_RULES.items()}
    unknown = set(values) - set(CONTACT_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of client contact"))
    with transaction():
        _contact_clash(client_id, clean["email"], None)
        try:
            with transaction():
                record = ClientContact.create(client=client_id, **clean,
                                              **ClientContact.key_values(clean))
        except peewee.IntegrityError:  # another user added it since the check
            _contact_clash(client_id, clean["email"], None)
            raise
        audit.record("create", "client contact", record.id,
                     {k: (None, v) for k, v in {"client": client_id, **clean}.items()
                      if v not in (None, "")})
        return to_dict(record)


def update_contact(contact_id: int, **values) -> dict:
    unknown = set(values) - set(CONTACT_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of client contact"))
    with transaction():
        record = ClientContact.get_or_none(ClientContact.id == contact_id)
        if record is None:
            raise NotFoundError(_("No client contact with id {contact_id}").format(
                contact_id=contact_id))
        current = to_dict(record)
        clean = {k: CONTACT_RULES[k].clean(k, v) for k, v in values.items()}
        changes = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
        if "email" in changes:
            _contact_clash(record.client_id, clean["email"], record.id)
        if changes:
            merged = {**current, **clean}
            ClientContact.update(**{k: v for k, (_, v) in changes.items()},
                                 **ClientContact.key_values(merged)).where(
                ClientContact.id == contact_id).execute()
            audit.record("update", "client contact", contact_id, changes)
        return to_dict(ClientContact.get_by_id(contact_id))


def contacts(client: int | str, include_inactive: bool = False) -> list[dict]:
    """The client's contacts by name (active ones only unless asked)."""
    query = ClientContact.select().where(ClientContact.client == client_id_of(client))
    if not include_inactive:
        query = query.where(ClientContact.active == True)  # noqa: E712
    rows = [{k: v for k, v in row.items() if k != "email_key"} for row in query.dicts()]
    return sorted(rows, key=lambda r: (name_sort_key(r["name"]), r["email"]))


def contact_by_email(client: int | str, email: str) -> dict:
    """The client's contact with this email (any case), or a NotFoundError naming it."""
    client_id = client_id_of(client)
    record = ClientContact.get_or_none(ClientContact.client == client_id,
                                       ClientContact.email_key == fold_key(email or ""))
    if record is None:
        name = Client.get_by_id(client_id).name
        raise NotFoundError(_("{email} is not a contact of {name}; add it with 'clients "
                              "contacts add'").format(email=repr(email), name=name))
    return to_dict(record)


def set_report_language(client: int | str, language: str) -> dict:
    """The language of a client's reports (one of translations.LANGUAGES; "pt-BR" and any
    case are read too)."""
    return update(client_id_of(client), report_language=language)
