"""Staff members, their assignments to client accounts and their client history."""

import datetime as dt

import pytest
from service_helpers import TODAY, days_ago, last_audit

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import Assignment, Staff
from mentorapp.services import staff


def test_create_cleans_and_defaults(db):
    person = staff.create(employee_id=" E001 ", first_name="Ann", last_name="Lee",
                          email="ANN@X.COM", hire_date="15/01/2023", status="On leave")
    assert person == staff.get(person["id"])
    assert person["employee_id"] == "E001"
    assert person["email"] == "ann@x.com"
    assert person["hire_date"] == dt.date(2023, 1, 15)
    assert person["status"] == "on_leave"
    assert staff.create(employee_id="E002", first_name="B", last_name="C")["status"] == "active"


@pytest.mark.parametrize("missing", ["employee_id", "first_name", "last_name"])
def test_required_fields(db, missing):
    values = {"employee_id": "E1", "first_name": "Ann", "last_name": "Lee", missing: " "}
    with pytest.raises(ValidationError) as caught:
        staff.create(**values)
    assert caught.value.field == missing


def test_employee_id_is_unique_with_a_message_naming_the_holder(db):
    staff.create(employee_id="E001", first_name="Ann", last_name="Lee")
    with pytest.raises(ValidationError) as caught:
        staff.create(employee_id="E001", first_name="Bob", last_name="Ray")
    assert caught.value.field == "employee_id"
    assert str(caught.value) == "employee ID: 'E001' is already used by E001 Ann Lee"


def test_status_must_be_a_known_choice(db):
    with pytest.raises(ValidationError) as caught:
        staff.create(employee_id="E1", first_name="A", last_name="B", status="retired")
    assert caught.value.field == "status"


def test_hire_date_more_than_a_year_ahead_is_refused(db):
    soon = TODAY + dt.timedelta(days=300)
    assert staff.create(employee_id="E1", first_name="A", last_name="B",
                        hire_date=soon)["hire_date"] == soon
    with pytest.raises(ValidationError) as caught:
        staff.create(employee_id="E2", first_name="A", last_name="B",
                     hire_date=TODAY + dt.timedelta(days=400))
    assert caught.value.field == "hire_date"


def test_update_audits_changed_fields_only(db, make):
    person = make.staff(team="Alpha", site="Manila")
    staff.update(person["id"], team="Beta", site="Manila", hire_date="2022-05-01")
    assert last_audit("staff", person["id"])["changes"] == {
        "team": ["Alpha", "Beta"], "hire_date": [None, "2022-05-01"]}


def test_list_search_filters_and_sorts(db, make):
    acme, beta = make.client(name="Acme"), make.client(name="Beta")
    ann = make.staff(first_name="Ann", last_name="Zed", team="T1", site="Manila", client=acme)
    bob = make.staff(first_name="Bob", last_name="Young", team="T2", site="Cebu", client=beta,
                     email="bob@x.com")
    cy = make.staff(first_name="Cy", last_name="Xu", team="T1", site="Cebu", status="resigned")
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    assert ids(staff.list()) == [cy["id"], bob["id"], ann["id"]]  # by last name
    assert ids(staff.list(sort="name", descending=True)) == [ann["id"], bob["id"], cy["id"]]
    assert ids(staff.list("ann")) == [ann["id"]]
    assert ids(staff.list(bob["employee_id"])) == [bob["id"]]
    assert ids(staff.list("bob@x")) == [bob["id"]]
    assert ids(staff.list(client=acme["id"])) == [ann["id"]]
    assert ids(staff.list(team="T1", site="Cebu")) == [cy["id"]]
    assert ids(staff.list(status="resigned")) == [cy["id"]]
    assert staff.count(team="T1") == 2
    by_client = staff.list(sort="client")
    assert {r["client"] for r in by_client} == {"Acme", "Beta", None}
    assert staff.teams() == ["T1", "T2"]


def test_list_rows_show_current_client_role_and_active_mentor(db, make):
    acme = make.client(name="Acme")
    person = make.staff(first_name="Ann", last_name="Lee")
    staff.assign(person["id"], acme["id"], role="Team lead", start_date=days_ago(30))
    mentor_person = make.staff(first_name="Mia", last_name="Cruz")
    make.mentorship(mentor=make.mentor(mentor_person), mentee=person)
    row = staff.list("Ann")[0]
    assert (row["client"], row["client_id"], row["role"]) == ("Acme", acme["id"], "Team lead")
    assert row["mentor"] == "Mia Cruz"
    coach = make.mentor(external_name="Pat Coach")
    other = make.staff(first_name="Ola", last_name="Nye")
    make.mentorship(mentor=coach, mentee=other)
    assert staff.list("Ola")[0]["mentor"] == "Pat Coach"
    assert staff.list(mentor_person["employee_id"])[0]["mentor"] is None


def test_archive_restore_and_include_archived(db, make):
    person, other = make.staff(), make.staff()
    staff.archive(person["id"])
    assert [r["id"] for r in staff.list()] == [other["id"]]
    assert staff.count(include_archived=True) == 2
    staff.restore(person["id"])
    assert staff.count() == 2


def test_delete_is_refused_when_records_refer_to_the_person(db, make):
    person = make.staff(client=make.client())
    make.feedback(person)
    with pytest.raises(ValidationError) as caught:
        staff.delete(person["id"])
    message = str(caught.value)
    assert f"Cannot delete {person['employee_id']} " in message
    assert "1 client assignment record" in message and "1 feedback record" in message
    assert "Archive it instead" in message
    assert Staff.get_or_none(Staff.id == person["id"]) is not None


def test_delete_of_a_person_without_records(db, make):
    person = make.staff()
    staff.delete(person["id"])
    assert Staff.select().count() == 0
    assert last_audit("staff", person["id"])["action"] == "delete"


def test_by_employee_id(db, make):
    person = make.staff(employee_id="AbC-1")
    assert staff.by_employee_id(" abc-1 ")["id"] == person["id"]
    with pytest.raises(NotFoundError, match="No staff member with employee ID 'X'"):
        staff.by_employee_id("X")


# -- assignments ------------------------------------------------------------------------
def test_assign_places_a_person_on_an_account(db, make):
    client, person = make.client(), make.staff()
    placed = staff.assign(person["id"], client["id"], role="Agent", start_date="2024-01-10")
    assert (placed["client"], placed["role"]) == (client["id"], "Agent")
    assert placed["start_date"] == dt.date(2024, 1, 10) and placed["end_date"] is None
    assert last_audit("assignment", placed["id"])["action"] == "create"


def test_assign_moves_the_account_ending_the_old_one_the_day_before(db, make):
    acme, beta, person = make.client(name="Acme"), make.client(name="Beta"), make.staff()
    first = staff.assign(person["id"], acme["id"], start_date=dt.date(2024, 1, 1))
    second = staff.assign(person["id"], beta["id"], start_date=dt.date(2024, 6, 1))
    assert staff.assignments.get(first["id"])["end_date"] == dt.date(2024, 5, 31)
    assert last_audit("assignment", first["id"])["changes"] == {
        "end_date": [None, "2024-05-31"]}
    history = staff.client_history(person["id"])
    assert [(h["id"], h["client_name"]) for h in history] == [(second["id"], "Beta"),
                                                              (first["id"], "Acme")]
    assert staff.list(person["employee_id"])[0]["client"] == "Beta"


def test_assign_to_the_same_account_and_role_changes_nothing(db, make):
    client, person = make.client(), make.staff()
    first = staff.assign(person["id"], client["id"], role="Agent", start_date=days_ago(10))
    again = staff.assign(person["id"], client["id"], role="Agent")
    assert again["id"] == first["id"]
    assert Assignment.select().count() == 1


def test_assign_starting_before_the_current_assignment_is_refused(db, make):
    acme, beta, person = make.client(), make.client(), make.staff()
    staff.assign(person["id"], acme["id"], start_date=dt.date(2024, 3, 1))
    with pytest.raises(ValidationError) as caught:
        staff.assign(person["id"], beta["id"], start_date=dt.date(2024, 3, 1))
    assert caught.value.field == "start_date"
    assert "2024-03-01" in str(caught.value)
    assert Assignment.select().count() == 1
    assert Assignment.get().end_date is None


def test_assignments_may_not_overlap(db, make):
    acme, beta, person = make.client(name="Acme"), make.client(name="Beta"), make.staff()
    staff.assignments.create(staff=person["id"], client=acme["id"], start_date="2023-01-01",
                             end_date="2023-06-30")
    with pytest.raises(ValidationError) as caught:
        staff.assignments.create(staff=person["id"], client=beta["id"],
                                 start_date="2023-06-30")
    assert caught.value.field == "start_date"
    assert "overlaps the assignment to Acme from 2023-01-01" in str(caught.value)
    with pytest.raises(ValidationError, match="overlaps"):
        staff.assignments.create(staff=person["id"], client=beta["id"],
                                 start_date="2022-01-01", end_date="2023-01-01")
    before = staff.assignments.create(staff=person["id"], client=beta["id"],
                                      start_date="2022-01-01", end_date="2022-12-31")
    after = staff.assignments.create(staff=person["id"], client=beta["id"],
                                     start_date="2023-07-01")
    assert before["id"] and after["id"]
    # An open assignment overlaps anything starting later.
    with pytest.raises(ValidationError, match="overlaps the assignment to Beta"):
        staff.assignments.create(staff=person["id"], client=acme["id"],
                                 start_date="2030-01-01", end_date="2030-02-01")


def test_other_peoples_assignments_do_not_overlap(db, make):
    client = make.client()
    for person in (make.staff(), make.staff()):
        staff.assignments.create(staff=person["id"], client=client["id"],
                                 start_date="2023-01-01")
    assert staff.assignments.count() == 2


def test_updating_an_assignment_does_not_overlap_itself(db, make):
    client, person = make.client(), make.staff()
    placed = staff.assign(person["id"], client["id"], start_date="2024-01-01")
    updated = staff.assignments.update(placed["id"], role="Lead", start_date="2023-12-01")
    assert (updated["role"], updated["start_date"]) == ("Lead", dt.date(2023, 12, 1))


def test_assignment_end_before_start_is_refused(db, make):
    client, person = make.client(), make.staff()
    with pytest.raises(ValidationError) as caught:
        staff.assignments.create(staff=person["id"], client=client["id"],
                                 start_date="2024-02-01", end_date="2024-01-31")
    assert caught.value.field == "end_date"


def test_assignment_refers_to_existing_people_and_clients(db, make):
    client = make.client()
    with pytest.raises(ValidationError) as caught:
        staff.assignments.create(staff=999, client=client["id"], start_date="2024-01-01")
    assert caught.value.field == "staff"
    assert "no staff member with id 999" in str(caught.value)


def test_end_assignment(db, make):
    client, person = make.client(), make.staff()
    placed = staff.assign(person["id"], client["id"], start_date=days_ago(20))
    staff.end_assignment(person["id"], days_ago(1))
    assert staff.assignments.get(placed["id"])["end_date"] == days_ago(1)
    assert staff.list(person["employee_id"])[0]["client"] is None
    staff.end_assignment(person["id"])  # nothing open: nothing to do
    assert staff.assignments.get(placed["id"])["end_date"] == days_ago(1)


def test_a_failed_move_keeps_the_current_assignment_open(db, make):
    client, person = make.client(), make.staff()
    placed = staff.assign(person["id"], client["id"], start_date=days_ago(30))
    with pytest.raises(ValidationError) as caught:
        staff.assign(person["id"], 9999, start_date=days_ago(1))
    assert caught.value.field == "client"
    assert staff.assignments.get(placed["id"])["end_date"] is None
    assert Assignment.select().count() == 1


def test_employee_ids_differing_only_in_case_are_the_same(db, make):
    """by_employee_id() matches without case: 'e001' must not become a second person."""
    make.staff(employee_id="E001", first_name="Ann", last_name="Lee")
    with pytest.raises(ValidationError, match="already used by E001 Ann Lee") as caught:
        make.staff(employee_id="e001")
    assert caught.value.field == "employee_id"


def test_search_treats_wildcard_characters_literally(db, make):
    underscored = make.staff(employee_id="AB_12")
    make.staff(employee_id="ABX12")
    percent = make.staff(last_name="100% Lee")
    assert [r["id"] for r in staff.list("AB_1")] == [underscored["id"]]
    assert [r["id"] for r in staff.list("%")] == [percent["id"]]
    assert staff.count("\\") == 0


def test_a_filter_value_of_the_wrong_kind_is_a_validation_error(db, make):
    make.staff(client=make.client(name="Acme"))
    with pytest.raises(ValidationError) as caught:
        staff.list(client="Acme")
    assert caught.value.field == "client" and "'Acme'" in str(caught.value)


def test_assign_with_a_bad_start_date_names_the_field_key(db, make):
    client, person = make.client(), make.staff()
    with pytest.raises(ValidationError) as caught:
        staff.assign(person["id"], client["id"], start_date="31/02/2024")
    assert caught.value.field == "start_date"
    assert str(caught.value).startswith("start date: ")
