"""An import reports every problem of a file in one pass, not one kind of problem a round."""

import datetime as dt

import pytest
from openpyxl import Workbook

from mentorapp.excel.importing import ImportResult, import_file
from mentorapp.models import Feedback, Staff
from mentorapp.services import clients, staff

TODAY = dt.date.today()
HEADER = ["Employee ID", "First Name", "Last Name", "Email", "Hire Date", "Client",
          "Mentor Employee ID"]


def write_xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def problems(result):
    return [(p.row, p.column, p.message) for p in result.problems]


@pytest.fixture
def acme(db):
    return clients.create(name="Acme")


def test_wrong_cells_and_row_checks_come_in_one_pass(acme, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        HEADER,
        ["E2", "Bob", "Ray", "bob@x.com", None, "Acme", None],
        # a wrong date, a second E2, an unknown client and an unknown mentor in one row
        ["e2", "Bo", "Ray", None, "someday", "Nowhere", "E404"],
    ])
    result = import_file("staff", path)
    assert problems(result) == [
        (3, "Hire Date", "is not a date (use YYYY-MM-DD)"),
        (3, "Employee ID", "this employee ID is also on row 2"),
        (3, "Client", "no client with this name; add the client first, or let the import "
                      "create new clients (--create-clients)"),
        (3, "Mentor Employee ID", "no staff member with this employee ID"),
    ]
    assert Staff.select().count() == 0


def test_a_missing_column_does_not_hide_wrong_cells(acme, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Employee ID", "First Name", "Email"],
        ["E2", "Bob", "not an email"],
    ])
    result = import_file("staff", path)
    assert problems(result) == [
        (1, "Last Name", "required column is missing from the header row"),
        (2, "Email", "is not a valid email address"),
    ]


def test_a_cell_gets_one_problem_even_when_a_row_check_trips_on_it_too(db, tmp_path):
    staff.create(employee_id="E1", first_name="Ann", last_name="Lee")
    path = write_xlsx(tmp_path / "f.xlsx", [
        ["Employee ID", "Date", "Source", "Kind", "Comment", "Lesson Learned"],
        ["E1", "someday", "management", "incident", "Wrong refund", "Check twice"],
    ])
    result = import_file("feedback", path)
    assert [p.column for p in result.problems] == ["Date"]


def test_an_incident_is_imported_only_with_what_happened_and_what_follows(db, tmp_path):
    staff.create(employee_id="E1", first_name="Ann", last_name="Lee")
    header = ["Employee ID", "Date", "Source", "Kind", "Comment", "Lesson Learned",
              "Corrective Action"]
    path = write_xlsx(tmp_path / "f.xlsx", [
        header,
        ["E1", TODAY, "management", "incident", None, None, None],
        ["E1", TODAY, "management", "incident", "Wrong refund", None, None],
    ])
    result = import_file("feedback", path)
    assert [(p.row, p.column) for p in result.problems] == [(2, "Root Cause"),
                                                            (3, "Lesson Learned")]
    path = write_xlsx(tmp_path / "g.xlsx", [
        header, ["E1", TODAY, "management", "incident", "Wrong refund", None, "Four eyes"]])
    assert import_file("feedback", path).ok
    assert Feedback.get().corrective_action == "Four eyes"


@pytest.mark.parametrize("listed, more, text", [(1, 0, "1 problem"), (2, 0, "2 problems"),
                                                (3, 1200, "3 problems (and 1,200 more)")])
def test_problem_counts_read_as_words(listed, more, text):
    result = ImportResult("staff")
    for row in range(listed):
        result.add_problem(row + 2, "Email", "is not a valid email address", "x")
    result.more_problems = more
    assert result.problems_text() == text
