"""CSV files as people really save them: Excel writes `;` or tab instead of `,` in many
locales, CRLF line endings, a UTF-8 BOM or the Windows code page, and quotes cells that hold
the separator. Every combination imports the same rows."""

import datetime as dt
import itertools

import pytest

from mentorapp.excel.importing import import_file
from mentorapp.excel.reading import csv_delimiter, open_table
from mentorapp.models import Assignment, Feedback
from mentorapp.services import clients, staff

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
NEWLINES = {"crlf": "\r\n", "lf": "\n"}
ENCODINGS = ["utf-8", "cp1252"]
COMBINATIONS = [pytest.param(d, n, bom, enc, id=f"{d}-{n}-{'bom' if bom else 'nobom'}-{enc}")
                for d, n, bom, enc in itertools.product(DELIMITERS, NEWLINES, (True, False),
                                                        ENCODINGS)]


def quote(cell: str) -> str:
    """A cell as Excel writes it: quoted (quotes doubled) when it holds a separator or quote."""
    if any(c in cell for c in ',;\t"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_csv(path, rows, delimiter, newline, bom, encoding):
    text = "".join(delimiter.join(quote(cell) for cell in row) + newline for row in rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


@pytest.fixture
def acme(sqlite_db):
    return clients.create(name="Acme; Globex, Ltd")


@pytest.mark.parametrize("delimiter, newline, bom, encoding", COMBINATIONS)
def test_staff_roster(acme, tmp_path, delimiter, newline, bom, encoding):
    rows = [["Employee ID", "First Name", "Last Name", "Email", "Client"],
            ["E1", "José", "Núñez", "jose@example.com", "Acme; Globex, Ltd"],
            ["E2", 'Ann "Annie"', "O'Neil-Smith", "", "Acme; Globex, Ltd"]]
    path = write_csv(tmp_path / "roster.csv", rows, DELIMITERS[delimiter], NEWLINES[newline],
                     bom, encoding)
    result = import_file("staff", path)
    assert result.ok, [str(p) for p in result.problems]
    assert result.created == 2 and result.warnings == []
    jose, ann = staff.by_employee_id("E1"), staff.by_employee_id("E2")
    assert (jose["first_name"], jose["last_name"], jose["email"]) == \
        ("José", "Núñez", "jose@example.com")
    assert (ann["first_name"], ann["last_name"]) == ('Ann "Annie"', "O'Neil-Smith")
    assert [a.client_id for a in Assignment.select().where(Assignment.staff == jose["id"])] == \
        [acme["id"]]


@pytest.mark.parametrize("delimiter, newline, bom, encoding", COMBINATIONS)
def test_feedback(acme, tmp_path, delimiter, newline, bom, encoding):
    staff.create(employee_id="E1", first_name="José", last_name="Núñez")
    day = dt.date.today() - dt.timedelta(days=2)
    rows = [["Employee ID", "Date", "Source", "Author", "Client", "Overall Rating", "Comment",
             "Visibility"],
            ["E1", day.isoformat(), "client", "Renée", "Acme; Globex, Ltd", "5",
             'Très bien; "quick", polite\ton every call', "shareable"]]
    path = write_csv(tmp_path / "feedback.csv", rows, DELIMITERS[delimiter],
                     NEWLINES[newline], bom, encoding)
    result = import_file("feedback", path)
    assert result.ok and result.created == 1, [str(p) for p in result.problems]
    feedback = Feedback.get()
    assert (feedback.date, feedback.author, feedback.rating, feedback.client_id) == \
        (day, "Renée", 5, acme["id"])
    assert feedback.comment == 'Très bien; "quick", polite\ton every call'


def test_a_multi_line_quoted_cell_keeps_its_lines(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b'Employee ID;Notes\r\nE1;"first line\r\nsecond; line"\r\nE2;x\r\n')
    assert list(open_table(path).rows()) == [
        (1, ["Employee ID", "Notes"]), (2, ["E1", "first line\nsecond; line"]), (3, ["E2", "x"])]


@pytest.mark.parametrize("text, expected", [
    ("Employee ID;First Name\r\nE1;Ann, Lee\r\n", ";"),      # commas in the cells only
    ('"Name, first";"Name, last"\n"a";"b"\n', ";"),        # a header cell holding a comma
    ("\n\nEmployee ID\tName\n", "\t"),                       # blank lines before the header
    ("Employee ID\nE1\n", ","),                              # one column: nothing to choose
])
def test_the_delimiter_comes_from_the_header_line(text, expected):
    assert csv_delimiter(text) == expected
