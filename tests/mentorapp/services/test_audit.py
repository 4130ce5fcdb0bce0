"""The audit trail: who changed what, written in the same transaction as the change."""

import getpass
import json

import pytest
from service_helpers import days_ago

from mentorapp import shared
from mentorapp.errors import ValidationError
from mentorapp.models import AuditEntry, Client
from mentorapp.services import audit, clients, feedback, mentoring, staff
from tests.conftest import PLAIN_BACKENDS


def test_actor_is_recorded_and_defaults_to_the_os_user(db, actor):
    """The app names who changes what; a shared database names the signed-in login, whoever
    the app says it is (an audit that cannot be faked)."""
    audit.set_actor("hr.manager")
    made = clients.create(name="Acme")
    recorded = AuditEntry.get(AuditEntry.entity_id == made["id"]).actor
    assert recorded == (actor if shared.is_shared(db) else "hr.manager")
    audit.set_actor(None)
    assert audit.actor() == getpass.getuser()


def test_history_lists_a_records_entries_newest_first(db):
    made = clients.create(name="Acme")
    clients.update(made["id"], industry="Retail")
    clients.archive(made["id"])
    other = clients.create(name="Beta")
    history = audit.history("client", made["id"])
    assert [h["action"] for h in history] == ["archive", "update", "create"]
    assert history[1]["changes"] == {"industry": ["", "Retail"]}
    assert all(h["entity_id"] == made["id"] for h in history)
    assert [h["action"] for h in audit.history("client", other["id"])] == ["create"]
    assert len(audit.history("client", made["id"], limit=2)) == 2


def test_dates_and_numbers_are_stored_as_json_values(db, make):
    person = make.staff()
    staff.update(person["id"], hire_date="2023-02-01")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert json.loads(entry.changes) == {"hire_date": [None, "2023-02-01"]}


def test_a_failing_audit_write_undoes_the_change(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        clients.create(name="Acme")
    assert Client.select().count() == 0


def test_a_failing_audit_write_undoes_an_update(db, monkeypatch):
    made = clients.create(name="Acme")
    monkeypatch.setattr(audit, "record", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        clients.update(made["id"], name="Changed")
    assert clients.get(made["id"])["name"] == "Acme"


def test_every_kind_of_change_is_audited(db, make):
    before = AuditEntry.select().count()
    made = clients.create(name="Acme")
    clients.update(made["id"], industry="Retail")
    clients.archive(made["id"])
    clients.restore(made["id"])
    clients.delete(made["id"])
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.id > before)
               .order_by(AuditEntry.id)]
    assert actions == ["create", "update", "archive", "restore", "delete"]


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_private_notes_show_as_private_in_every_entry(db, make):
    pair = make.mentorship()
    secret = "Struggling at home"
    session = mentoring.log_session(pair["id"], date=days_ago(1), private_notes=secret)
    mentoring.sessions.update(session["id"], private_notes=secret + " still")
    stored = [json.loads(e.changes) for e in AuditEntry.select().where(
        AuditEntry.entity == "mentoring session")]
    # the session's entry, then the note's own (kept in a table of its own since version 6)
    assert [c.get("private_notes") for c in stored] == [None, [None, "(private)"],
                                                        ["(private)", "(private)"]]
    raw = " ".join(e.changes for e in AuditEntry.select())
    assert "Struggling" not in raw
    assert mentoring.private_note(session["id"]) == secret + " still"


def test_validation_errors_leave_no_audit_entry(db, make):
    person = make.staff()
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError):
        feedback.create(staff=person["id"], source="client", date=days_ago(1))
    assert AuditEntry.select().count() == before
