"""queries.not_archived(): the one condition for records in use."""

from mentorapp.models import Client, Staff
from mentorapp.queries import not_archived
from mentorapp.services import clients


def test_not_archived_keeps_records_in_use_only(db):
    kept = clients.create(name="Kept")["id"]
    gone = clients.create(name="Gone")["id"]
    Client.update(archived=True).where(Client.id == gone).execute()
    assert [c.id for c in Client.select().where(not_archived(Client))] == [kept]


def test_not_archived_works_on_an_alias(db):
    alias = Staff.alias("someone")
    sql, _ = alias.select(alias.id).where(not_archived(alias)).sql()
    assert '"someone"."archived"' in sql
