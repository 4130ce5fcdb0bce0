"""Clients, and through them the generic entity behaviour (create, update with audit, get,
list with search/filters/sort/paging, count, archive/restore, delete)."""

import pytest
from service_helpers import audit_count, last_audit

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import Client
from mentorapp.services import clients, staff
from tests.conftest import PLAIN_BACKENDS


def test_create_cleans_values_and_returns_the_stored_record(db):
    client = clients.create(name="  Acme   Telecom ", industry="Telecom",
                            contact_email="Ops@Acme.COM", active="no", notes="a\nb")
    assert client == clients.get(client["id"])
    assert client["name"] == "Acme Telecom"
    assert client["contact_email"] == "ops@acme.com"
    assert client["active"] is False
    assert client["notes"] == "a\nb"
    assert client["archived"] is False


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_create_writes_an_audit_entry_with_the_given_values(db):
    client = clients.create(name="Acme", industry="Retail")
    entry = last_audit("client", client["id"])
    assert entry["action"] == "create"
    assert entry["actor"] == "tester"
    assert entry["changes"]["name"] == [None, "Acme"]
    assert entry["changes"]["industry"] == [None, "Retail"]
    assert "contact_name" not in entry["changes"]  # empty values are left out


def test_create_requires_a_name(db):
    with pytest.raises(ValidationError) as caught:
        clients.create(industry="Retail")
    assert caught.value.field == "name"
    assert Client.select().count() == 0


def test_unknown_field_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        clients.create(name="Acme", colour="red")
    assert caught.value.field == "colour"
    assert "is not a field of client" in str(caught.value)


def test_bad_email_names_the_field_with_its_label(db):
    with pytest.raises(ValidationError) as caught:
        clients.create(name="Acme", contact_email="not-an-email")
    assert caught.value.field == "contact_email"
    assert str(caught.value).startswith("contact email: ")


def test_client_name_is_unique(db):
    first = clients.create(name="Acme")
    with pytest.raises(ValidationError) as caught:
        clients.create(name="Acme")
    assert caught.value.field == "name"
    assert "'Acme' is already used by client 'Acme'" in str(caught.value)
    other = clients.create(name="Beta")
    with pytest.raises(ValidationError, match="already used"):
        clients.update(other["id"], name="Acme")
    assert clients.update(first["id"], name="Acme", industry="x")["industry"] == "x"


def test_update_audits_only_changed_fields_with_old_and_new_values(db):
    client = clients.create(name="Acme", industry="Retail", account_manager="Ann")
    updated = clients.update(client["id"], industry="Telecom", account_manager="Ann")
    assert updated["industry"] == "Telecom"
    entry = last_audit("client", client["id"])
    assert entry["action"] == "update"
    assert entry["changes"] == {"industry": ["Retail", "Telecom"]}


def test_update_without_changes_writes_no_audit_entry(db):
    client = clients.create(name="Acme", industry="Retail")
    before = audit_count()
    clients.update(client["id"], industry=" Retail ")
    assert audit_count() == before


def test_update_validates_the_new_values_and_keeps_the_old_ones(db):
    client = clients.create(name="Acme")
    with pytest.raises(ValidationError) as caught:
        clients.update(client["id"], name="")
    assert caught.value.field == "name"
    assert clients.get(client["id"])["name"] == "Acme"


def test_get_update_archive_delete_of_a_missing_record(db):
    for call in (clients.get, clients.archive, clients.restore, clients.delete):
        with pytest.raises(NotFoundError, match="No client with id 404"):
            call(404)
    with pytest.raises(NotFoundError):
        clients.update(404, name="x")


def test_list_searches_every_word_in_name_industry_and_people(db):
    clients.create(name="Acme Telecom", industry="Telecom", account_manager="Ann Lee")
    clients.create(name="Bolt Energy", industry="Energy", contact_name="Tom Ray")
    clients.create(name="Cora Health", industry="Healthcare", account_manager="Tom Ray")
    assert [c["name"] for c in clients.list("telecom")] == ["Acme Telecom"]
    assert [c["name"] for c in clients.list("tom")] == ["Bolt Energy", "Cora Health"]
    assert [c["name"] for c in clients.list("tom health")] == ["Cora Health"]
    assert clients.list("nothing-like-this") == []
    assert clients.count("tom") == 2


def test_list_filters_and_rejects_unknown_filters(db):
    clients.create(name="A", industry="Retail", active=True)
    clients.create(name="B", industry="Retail", active=False)
    clients.create(name="C", industry="Energy")
    assert [c["name"] for c in clients.list(industry="Retail")] == ["A", "B"]
    assert [c["name"] for c in clients.list(active=False)] == ["B"]
    assert clients.count(industry="Retail", active=True) == 1
    assert len(clients.list(industry="")) == 3  # an empty filter is no filter
    with pytest.raises(ValidationError) as caught:
        clients.list(colour="red")
    assert caught.value.field == "colour"
    assert "active, industry" in str(caught.value)


def test_list_sorts_both_ways_and_rejects_unknown_sorts(db):
    for name, manager in (("B", "Zed"), ("A", "Mia"), ("C", "Abe")):
        clients.create(name=name, account_manager=manager)
    assert [c["name"] for c in clients.list()] == ["A", "B", "C"]
    assert [c["name"] for c in clients.list(descending=True)] == ["C", "B", "A"]
    assert [c["name"] for c in clients.list(sort="account_manager")] == ["C", "A", "B"]
    with pytest.raises(ValidationError) as caught:
        clients.list(sort="colour")
    assert caught.value.field == "sort"


def test_list_pages_with_limit_and_offset(db):
    names = [f"Client {i:02d}" for i in range(12)]
    for name in reversed(names):
        clients.create(name=name)
    pages = [clients.list(limit=5, offset=start) for start in (0, 5, 10)]
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [c["name"] for page in pages for c in page] == names
    assert len(clients.list(limit=None)) == 12
    assert clients.count() == 12


def test_list_rows_carry_the_current_headcount(db):
    acme, beta = clients.create(name="Acme"), clients.create(name="Beta")
    for n in range(3):
        person = staff.create(employee_id=f"E{n}", first_name="A", last_name=str(n))
        staff.assign(person["id"], acme["id"])
    archived = staff.create(employee_id="E9", first_name="Gone", last_name="Person")
    staff.assign(archived["id"], acme["id"])
    staff.archive(archived["id"])
    rows = {c["name"]: c["headcount"] for c in clients.list()}
    assert rows == {"Acme": 3, "Beta": 0}
    assert beta["id"] in {c["id"] for c in clients.list()}


def test_archive_hides_from_lists_and_restore_brings_back(db):
    client = clients.create(name="Acme")
    clients.create(name="Beta")
    archived = clients.archive(client["id"])
    assert archived["archived"] is True
    assert last_audit("client", client["id"])["changes"] == {"archived": [False, True]}
    assert [c["name"] for c in clients.list()] == ["Beta"]
    assert clients.count() == 1
    assert [c["name"] for c in clients.list(include_archived=True)] == ["Acme", "Beta"]
    assert clients.count(include_archived=True) == 2
    assert clients.names() == ["Beta"]
    assert clients.names(include_archived=True) == ["Acme", "Beta"]
    restored = clients.restore(client["id"])
    assert restored["archived"] is False
    entry = last_audit("client", client["id"])
    assert entry["action"] == "restore" and entry["changes"] == {"archived": [True, False]}
    assert clients.count() == 2


def test_archiving_twice_writes_one_audit_entry(db):
    client = clients.create(name="Acme")
    clients.archive(client["id"])
    before = audit_count()
    clients.archive(client["id"])
    assert audit_count() == before


def test_delete_without_records_removes_it_and_audits_the_old_values(db):
    client = clients.create(name="Acme", industry="Retail")
    clients.delete(client["id"])
    assert Client.select().count() == 0
    entry = last_audit("client", client["id"])
    assert entry["action"] == "delete"
    assert entry["changes"]["name"] == ["Acme", None]
    assert entry["changes"]["industry"] == ["Retail", None]


def test_delete_with_records_is_refused_with_a_clear_message(db):
    client = clients.create(name="Acme")
    for n in range(2):
        person = staff.create(employee_id=f"E{n}", first_name="A", last_name="B")
        staff.assign(person["id"], client["id"])
    with pytest.raises(ValidationError) as caught:
        clients.delete(client["id"])
    message = str(caught.value)
    assert "Cannot delete client 'Acme'" in message
    assert "2 client assignment records" in message and "Archive it instead" in message
    assert clients.get(client["id"])["name"] == "Acme"


def test_by_name_ignores_case_and_reports_unknown_names(db):
    client = clients.create(name="Acme Telecom")
    assert clients.by_name("  acme TELECOM ")["id"] == client["id"]
    with pytest.raises(NotFoundError, match="No client named 'Nope'"):
        clients.by_name("Nope")


def test_names_differing_only_in_case_are_the_same_client(db):
    """by_name() matches without case, so two such names would make imports ambiguous."""
    acme = clients.create(name="Acme")
    with pytest.raises(ValidationError) as caught:
        clients.create(name="ACME")
    assert "'ACME' is already used by client 'Acme'" in str(caught.value)
    assert clients.update(acme["id"], name="ACME")["name"] == "ACME"  # its own name


@pytest.mark.parametrize("first, second", [("Élan Café", "Élan Café"), ("élan", "ÉLAN")])
def test_uniqueness_of_names_beyond_ascii(db, first, second):
    clients.create(name=first)
    with pytest.raises(ValidationError) as caught:
        clients.create(name=second)
    assert caught.value.field == "name"


def test_a_client_reports_in_english_unless_told_otherwise(db):
    """Issue 18: the report language, one of the core's languages, read in any case or with
    a hyphen; another is refused naming the field and the choices."""
    assert clients.create(name="Acme")["report_language"] == "en"
    assert clients.create(name="Bravo", report_language="ES")["report_language"] == "es"
    assert clients.set_report_language("acme", "pt-br")["report_language"] == "pt_BR"
    assert last_audit("client")["changes"]["report_language"] == ["en", "pt_BR"]
    with pytest.raises(ValidationError) as error:
        clients.update(clients.by_name("Acme")["id"], report_language="de")
    assert str(error.value) == "report language: 'de' is not one of: en, es, pt_BR"
    assert clients.by_name("Acme")["report_language"] == "pt_BR"
