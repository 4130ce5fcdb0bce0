"""Training programs, enrollments and certification expiry."""

import datetime as dt

import pytest
from service_helpers import TODAY, days_ago, last_audit

from mentorapp.errors import ValidationError
from mentorapp.services import training
from mentorapp.services.training import certification_expiry, enrollments, programs


@pytest.mark.parametrize("completed, months, expires", [
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
    (dt.date(2024, 3, 31), 1, dt.date(2024, 4, 30)),
    (dt.date(2024, 1, 15), 12, dt.date(2025, 1, 15)),
    (dt.date(2024, 11, 30), 3, dt.date(2025, 2, 28)),
    (dt.date(2024, 12, 1), 1, dt.date(2025, 1, 1)),
    (dt.date(2024, 2, 29), 24, dt.date(2026, 2, 28)),
    (dt.date(2024, 5, 10), 36, dt.date(2027, 5, 10)),
])
def test_certification_expiry_month_arithmetic(completed, months, expires):
    assert certification_expiry(completed, months) == expires


def test_no_expiry_without_validity_or_completion():
    assert certification_expiry(dt.date(2024, 1, 1), None) is None
    assert certification_expiry(None, 12) is None


def test_program_create_and_unique_name(db, make):
    client = make.client()
    program = programs.create(name="CX Excellence", type="Online course", hours="12.5",
                              validity_months="24", client=client["id"], mandatory="yes")
    assert (program["type"], program["hours"], program["validity_months"]) == (
        "online_course", 12.5, 24)
    assert program["mandatory"] is True
    with pytest.raises(ValidationError) as caught:
        programs.create(name="CX Excellence")
    assert caught.value.field == "name"
    assert "already used by training program 'CX Excellence'" in str(caught.value)
    row = programs.list(client=client["id"])[0]
    assert row["client_name"] == client["name"]


@pytest.mark.parametrize("field, value", [("hours", -1), ("hours", 10_001),
                                          ("validity_months", 0), ("validity_months", "1.5"),
                                          ("type", "seminar"), ("client", 999)])
def test_program_value_rules(db, field, value):
    with pytest.raises(ValidationError) as caught:
        programs.create(name="P", **{field: value})
    assert caught.value.field == field


def test_program_list_filters(db, make):
    a = make.program(name="Alpha", type="workshop", mandatory=True, provider="Acme Academy")
    b = make.program(name="Beta", type="certification")
    assert [p["id"] for p in programs.list(type="workshop")] == [a["id"]]
    assert [p["id"] for p in programs.list(mandatory=True)] == [a["id"]]
    assert [p["id"] for p in programs.list("academy")] == [a["id"]]
    assert [p["id"] for p in programs.list(sort="name", descending=True)] == [b["id"], a["id"]]


def test_completed_enrollment_needs_a_completed_date(db, make):
    with pytest.raises(ValidationError) as caught:
        make.enrollment(status="completed")
    assert caught.value.field == "completed_date"
    assert "required when the status is completed" in str(caught.value)


def test_completed_date_only_for_completed_or_failed(db, make):
    with pytest.raises(ValidationError) as caught:
        make.enrollment(status="in progress", completed_date=days_ago(1))
    assert caught.value.field == "completed_date" and "not in progress" in str(caught.value)
    assert make.enrollment(status="failed", completed_date=days_ago(1))["expires_on"] is None


def test_completed_date_not_before_start_nor_in_the_future(db, make):
    with pytest.raises(ValidationError, match="before the start date") as caught:
        make.enrollment(status="completed", start_date=days_ago(5), completed_date=days_ago(6))
    assert caught.value.field == "completed_date"
    with pytest.raises(ValidationError, match="in the future"):
        make.enrollment(status="completed", completed_date=TODAY + dt.timedelta(days=1))


def test_expiry_follows_from_the_program_validity(db, make):
    program = make.program(type="certification", validity_months=1)
    done = make.enrollment(program=program, status="completed",
                           completed_date=dt.date(2024, 1, 31))
    assert done["expires_on"] == dt.date(2024, 2, 29)
    assert enrollments.get(done["id"])["expires_on"] == dt.date(2024, 2, 29)
    moved = enrollments.update(done["id"], completed_date=dt.date(2024, 3, 31))
    assert moved["expires_on"] == dt.date(2024, 4, 30)
    assert last_audit("enrollment", done["id"])["changes"] == {
        "completed_date": ["2024-01-31", "2024-03-31"],
        "expires_on": ["2024-02-29", "2024-04-30"]}
    assert make.enrollment(program=program, status="in_progress")["expires_on"] is None


def test_expiry_is_cleared_when_no_longer_completed(db, make):
    program = make.program(validity_months=12)
    done = make.enrollment(program=program, status="completed", completed_date=days_ago(3))
    assert done["expires_on"] is not None
    failed = enrollments.update(done["id"], status="failed")
    assert failed["expires_on"] is None


def test_program_without_validity_gives_no_expiry(db, make):
    done = make.enrollment(status="completed", completed_date=days_ago(3))
    assert done["expires_on"] is None


def test_hours_default_from_the_program_on_completion(db, make):
    program = make.program(hours=16)
    done = make.enrollment(program=program, status="completed", completed_date=days_ago(2))
    assert done["hours"] == 16
    own = make.enrollment(program=program, status="completed", completed_date=days_ago(2),
                          hours=7.5)
    assert own["hours"] == 7.5
    planned = make.enrollment(program=program)
    assert planned["hours"] is None
    assert enrollments.update(planned["id"], status="completed",
                              completed_date=days_ago(1))["hours"] == 16


@pytest.mark.parametrize("field, value", [("score", 101), ("score", -0.5), ("hours", -2),
                                          ("funded_by", "government"), ("status", "passed"),
                                          ("program", 999), ("staff", 999)])
def test_enrollment_value_rules(db, make, field, value):
    values = {"staff": make.staff()["id"], "program": make.program()["id"], field: value}
    with pytest.raises(ValidationError) as caught:
        enrollments.create(**values)
    assert caught.value.field == field


def test_enrollment_list_joins_program_and_person(db, make):
    person = make.staff(first_name="Ann", last_name="Lee")
    program = make.program(name="Alpha", type="workshop", mandatory=True)
    other = make.program(name="Beta")
    e1 = make.enrollment(person, program, status="enrolled", start_date=days_ago(3))
    e2 = make.enrollment(person, other, status="planned")
    row = enrollments.list(program=program["id"])[0]
    assert (row["id"], row["program_name"], row["program_type"], row["mandatory"]) == (
        e1["id"], "Alpha", "workshop", True)
    assert (row["first_name"], row["last_name"]) == ("Ann", "Lee")
    assert [r["id"] for r in enrollments.list(staff=person["id"], sort="program")] == [
        e1["id"], e2["id"]]
    assert enrollments.count(status="planned") == 1


def test_program_with_enrollments_cannot_be_deleted(db, make):
    program = make.program()
    make.enrollment(program=program)
    with pytest.raises(ValidationError, match="1 enrollment record"):
        training.programs.delete(program["id"])
    spare = make.program()
    training.programs.delete(spare["id"])
    assert programs.count() == 1


def test_program_names_differing_only_in_case_are_the_same(db, make):
    make.program(name="Fire Safety")
    with pytest.raises(ValidationError, match="already used by training program 'Fire Safety'"):
        make.program(name="fire safety")
