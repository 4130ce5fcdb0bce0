"""One person, one client: names and IDs compared, searched and sorted the same way on
SQLite and PostgreSQL, whatever the case, the Unicode form or invisible characters typed."""

import unicodedata

import pytest
from openpyxl import Workbook
from service_helpers import days_ago

from mentorapp import db as dbmod
from mentorapp.errors import ValidationError
from mentorapp.excel.importing import import_file
from mentorapp.excel.importing.common import insert_records
from mentorapp.models import Client, Staff
from mentorapp.services import clients, competencies, dashboard, staff, training

NFC, NFD = unicodedata.normalize("NFC", "Café"), unicodedata.normalize("NFD", "Café")


def test_employee_id_beyond_ascii_is_found_in_any_case(db, make):
    person = make.staff(employee_id="ÖZ-1")
    assert staff.by_employee_id("öz-1")["id"] == person["id"]
    assert staff.by_employee_id(" ÖZ-1 ")["id"] == person["id"]
    with pytest.raises(ValidationError) as caught:
        make.staff(employee_id="öz-1")
    assert caught.value.field == "employee_id"
    assert "already used by ÖZ-1" in str(caught.value)


def test_client_name_beyond_ascii_is_found_in_any_case(db):
    school = clients.create(name="ÉCOLE Supérieure")
    for typed in ("ÉCOLE Supérieure", "école supérieure", "ÉCOLE SUPÉRIEURE",
                  unicodedata.normalize("NFD", "école supérieure"), "  école   supérieure "):
        assert clients.by_name(typed)["id"] == school["id"], typed
    with pytest.raises(ValidationError, match="already used by client 'ÉCOLE Supérieure'"):
        clients.create(name="école SUPÉRIEURE")


def test_search_folds_case_and_accents_beyond_ascii(db, make):
    cafe = clients.create(name="Café", industry="Hôtellerie")
    clients.create(name="Tea House")
    for words in ("CAFÉ", "café", "cafe", NFD.upper(), "HÔTELLERIE"):
        assert [c["id"] for c in clients.list(words)] == [cafe["id"]], words
        assert clients.count(words) == 1
    person = make.staff(first_name="José", last_name="ÑUÑEZ", email="jose@example.com")
    make.staff(last_name="Santos")
    assert [s["id"] for s in staff.list("josé ñuñez")] == [person["id"]]
    assert [s["id"] for s in staff.list("NUNEZ")] == [person["id"]]


def test_search_words_are_taken_literally(db):
    clients.create(name="100% Café")
    clients.create(name="1000 Café")
    assert [c["name"] for c in clients.list("100%")] == ["100% Café"]
    assert clients.list("\u200b") == clients.list(None)  # an invisible word filters nothing


def test_the_same_name_in_composed_and_decomposed_form_is_refused(db):
    assert NFC != NFD
    first = clients.create(name=NFC)
    with pytest.raises(ValidationError) as caught:
        clients.create(name=NFD)
    assert caught.value.field == "name"
    stored = clients.create(name=f"Le {NFD}")["name"]
    assert stored == f"Le {NFC}"  # stored composed
    assert clients.by_name(NFD)["id"] == first["id"]
    assert Client.select().count() == 2


def test_a_name_with_a_zero_width_character_is_refused_as_a_duplicate(db, make):
    clients.create(name="ZeroWidth")
    with pytest.raises(ValidationError, match="already used by client 'ZeroWidth'"):
        clients.create(name="Zero\u200bWidth")
    with pytest.raises(ValidationError):
        clients.create(name="Zero\u200dWidth")  # a joiner never makes a name different
    assert clients.create(name="Other\u200b\ufeff")["name"] == "Other"
    person = make.staff(employee_id="E\u200b7", first_name="\u200eAna")
    assert (person["employee_id"], person["first_name"]) == ("E7", "Ana")
    with pytest.raises(ValidationError):
        make.staff(employee_id="e7")


def test_lists_sort_in_human_order(db, make):
    for name in ("Santos", "Ñuñez", "Nunez", "Zoë", "álvarez"):
        clients.create(name=name)
        make.staff(last_name=name, first_name="Ana")
    expected = ["álvarez", "Nunez", "Ñuñez", "Santos", "Zoë"]
    assert [c["name"] for c in clients.list(sort="name")] == expected
    assert [c["name"] for c in clients.list(sort="name", descending=True)] == expected[::-1]
    assert clients.names() == expected
    assert [s["last_name"] for s in staff.list(sort="name")] == expected


def test_staff_sort_by_last_name_then_first_name(db, make):
    for last, first in (("Nunez Garcia", "Ana"), ("Nuñez", "Zoé"), ("Nunez", "Bea"),
                        ("NUNEZ", "Álex")):
        make.staff(last_name=last, first_name=first)
    assert [(s["last_name"], s["first_name"]) for s in staff.list(sort="name")] == [
        ("NUNEZ", "Álex"), ("Nunez", "Bea"), ("Nuñez", "Zoé"), ("Nunez Garcia", "Ana")]


def test_staff_sorted_by_client_in_human_order(db, make):
    for name in ("Santos", "Ñuñez", "Nunez"):
        make.staff(client=clients.create(name=name))
    assert [s["client"] for s in staff.list(sort="client")] == ["Nunez", "Ñuñez", "Santos"]


def test_renaming_keeps_lookup_search_and_order_right(db, make):
    zed = clients.create(name="Zed")
    clients.create(name="Mid")
    clients.update(zed["id"], name="Ábaco")
    assert clients.by_name("ÁBACO")["id"] == zed["id"]
    assert clients.names() == ["Ábaco", "Mid"]
    assert [c["id"] for c in clients.list("abaco")] == [zed["id"]]
    assert clients.list("zed") == []
    clients.create(name="Zed")  # the old name is free again
    person = make.staff(employee_id="ÅB-1")
    staff.update(person["id"], employee_id="ØY-2", last_name="Öberg")
    assert staff.by_employee_id("øy-2")["id"] == person["id"]
    assert [s["id"] for s in staff.list("OBERG")] == [person["id"]]


def test_records_as_dicts_do_not_show_the_key_columns(db, make):
    client = clients.create(name="Café")
    keys = {"name_key", "employee_key", "sort_key", "search_key"}
    assert not keys & set(clients.get(client["id"]))
    assert not keys & set(clients.list()[0])
    assert not keys & set(make.staff())
    assert not keys & set(staff.list()[0])


def test_the_database_refuses_a_second_record_with_the_same_key(db):
    """The unique index is on the key, so two processes racing cannot both succeed."""
    clients.create(name=NFC)
    with dbmod.transaction(), pytest.raises(Exception) as caught:
        Client.insert(name=NFD, **Client.key_values({"name": NFD})).execute()
    assert "unique" in str(caught.value).lower()


def test_bulk_inserts_get_their_keys(db):
    """Imports and the demo insert rows through `bulk.insert_rows`, past the services."""
    with dbmod.transaction():
        insert_records(Client, ("id", "name", "industry"),
                         [(1, "ÉCOLE Supérieure", "Éducation")])
        insert_records(Staff, ("id", "employee_id", "first_name", "last_name"),
                         [(1, "ÖZ-1", "José", "Ñuñez"), (2, "E2", "Ana", "Santos"),
                          (3, "E3", "Bea", "Nunez")])
    assert clients.by_name("école supérieure")["id"] == 1
    assert [c["id"] for c in clients.list("education")] == [1]
    assert staff.by_employee_id("öz-1")["id"] == 1
    assert [s["id"] for s in staff.list(sort="name")] == [3, 1, 2]


def _xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_staff_import_matches_and_keys_like_the_services(db, tmp_path):
    school = clients.create(name="ÉCOLE Supérieure")
    header = ["Employee ID", "First Name", "Last Name", "Client"]
    result = import_file("staff", _xlsx(tmp_path / "a.xlsx", [
        header, ["ÖZ-1", "Zoé", "Ñuñez", "école supérieure"],
        ["E\u200b2", "Ana", "Nunez", ""]]))
    assert result.ok and result.created == 2, result.problems
    assert staff.by_employee_id("öz-1")["last_name"] == "Ñuñez"
    assert staff.by_employee_id("e2")["employee_id"] == "E2"
    assert [s["client_id"] for s in staff.list("zoe")] == [school["id"]]
    # An update through the import renames: lookup, search and order follow.
    result = import_file("staff", _xlsx(tmp_path / "b.xlsx", [
        header, ["öz-1", "Zoé", "Abad", ""]]))
    assert result.ok and result.updated == 1, result.problems
    assert [s["last_name"] for s in staff.list(sort="name")] == ["Abad", "Nunez"]
    assert [s["employee_id"] for s in staff.list("ABAD")] == ["ÖZ-1"]
    assert [s["employee_id"] for s in staff.list("ñuñez")] == ["E2"]  # Nunez only


def test_postgres_compares_sort_keys_byte_by_byte(db):
    """A language collation (en_US) ignores spaces and punctuation; "C" sorts like SQLite."""
    if dbmod.is_sqlite(db):
        pytest.skip("SQLite compares text byte by byte already")
    collations = {(t, c): n for t, c, n in db.execute_sql(
        "SELECT table_name, column_name, collation_name FROM information_schema.columns "
        "WHERE column_name = 'sort_key'").fetchall()}
    assert collations == {("client", "sort_key"): "C", ("staff", "sort_key"): "C"}



def test_imports_find_people_and_clients_by_their_folded_keys(db, tmp_path):
    """Python's lower() is not case folding (ß is not ss) and does not compose a name saved
    decomposed before version 5: imports look up by fold_key, like the services."""
    with dbmod.transaction():  # as a version 4 database may hold it: decomposed
        insert_records(Client, ("name",), [(unicodedata.normalize("NFD", "Café Noël"),)])
    person = staff.create(employee_id="STRASSE-1", first_name="Ana", last_name="Cruz")
    roster = import_file("staff", _xlsx(tmp_path / "roster.xlsx", [
        ["Employee ID", "First Name", "Last Name", "Client", "Mentor Employee ID"],
        ["straße-1", "Ana", "Cruz", "CAFÉ NOËL", ""],
        ["E2", "Bea", "Sá", "café noël", "Strasse-1"]]))
    assert roster.ok and (roster.created, roster.updated) == (1, 1), roster.problems
    assert Staff.select().count() == 2 and Client.select().count() == 1
    program = training.programs.create(name="Safety")
    records = import_file("training", _xlsx(tmp_path / "training.xlsx", [
        ["Employee ID", "Program", "Status"], ["straße-1", "SAFETY", "planned"]]))
    assert records.ok and records.created == 1, records.problems
    assert training.enrollments.list(staff=person["id"])[0]["program"] == program["id"]
    notes = import_file("feedback", _xlsx(tmp_path / "feedback.xlsx", [
        ["Employee ID", "Date", "Source", "Client", "Comment"],
        ["STRASSE-1", "2024-03-01", "client", "café noël", "Kind"]]))
    assert notes.ok and notes.created == 1, notes.problems


def test_dashboard_lists_clients_in_human_order(db, make):
    program = training.programs.create(name="Safety", hours=2)
    for name in ("Santos", "Ñuñez", "Nunez"):
        person = make.staff(client=clients.create(name=name))
        training.enrollments.create(staff=person["id"], program=program["id"],
                                    status="completed", completed_date=days_ago(1))
    expected = ["Nunez", "Ñuñez", "Santos"]
    assert [r["name"] for r in dashboard.headcount_by_client()] == expected
    hours = dashboard.training_hours_by_client(days_ago(30), days_ago(0))
    assert [r["client"] for r in hours] == expected


@pytest.mark.parametrize("first, second", [("SÉCURITÉ", "sécurité"), ("Straße", "STRASSE"),
                                           ("Zero\u200dWidth", "zerowidth")])
def test_program_and_competency_names_are_unique_by_their_folded_form(db, first, second):
    """No key column on these short lists: the names are folded in Python."""
    training.programs.create(name=first)
    with pytest.raises(ValidationError, match="already used by"):
        training.programs.create(name=second)
    competencies.create(name=first)
    with pytest.raises(ValidationError) as caught:
        competencies.create(name=second)
    assert caught.value.field == "name"
    assert training.programs.create(name=f"{second} 2")["name"] == f"{second} 2"
