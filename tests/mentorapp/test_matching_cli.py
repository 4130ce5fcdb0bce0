"""`suggest mentors` and `match cohort` run in process on a SQLite file: output, JSON, the
proposal workbook reopened, --apply, and every bad input as one line and exit 1."""

import json

import pytest
from openpyxl import load_workbook

from mentorapp import cli
from mentorapp.models import Mentorship
from mentorapp.services import mentoring
from tests.records import Make, days_ago


def main(*argv) -> int:
    return cli.run(cli.build_parser().parse_args([str(a) for a in argv]))


def one_error(capsys, text):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and text in err[0], err


@pytest.fixture
def database(tmp_path):
    """Two mentees weak in Product Knowledge, a third with no evidence; mentor A is rated 5
    on it 12 times (1 place), mentor B declares it (2 places)."""
    path = tmp_path / "match.db"
    assert main("--db", path, "migrate") == 0
    make = Make()
    knowledge = make.competency("Product Knowledge")
    people = [make.staff("Ana", "Reyes", employee_id="A1"),
              make.staff("Ben", "Cruz", employee_id="B2"),
              make.staff("Cy", "Lim", employee_id="C3")]
    for person, rating in ((people[0], 1), (people[1], 2)):
        for _ in range(4):
            make.feedback(person, rating=rating, ratings={knowledge["id"]: rating})
    rated = make.staff("Alma", "Santos")
    for _ in range(12):
        make.feedback(rated, rating=5, ratings={knowledge["id"]: 5}, date=days_ago(30))
    make.mentor(rated, capacity=1)
    declared = make.mentor(make.staff("Bert", "Diaz"), capacity=2)
    mentoring.set_expertise(declared["id"], [knowledge["id"]])
    return path


def test_suggest_mentors_in_words_and_json(database, capsys):
    assert main("--db", database, "suggest", "mentors", "--staff", "a1") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Ana Reyes (A1)"
    assert out[1] == "Gap: Product Knowledge 1.0 from 4 ratings, little evidence"
    assert out[2].startswith("1. Alma Santos (+")
    assert "Product Knowledge 5.0 from 12 ratings; 1 of 1 place free" in out[2]
    assert out[3].startswith("2. Bert Diaz")
    assert main("--db", database, "suggest", "mentors", "--staff", "C3", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["employee_id"] == "C3" and result["gaps"] == []
    assert [m["name"] for m in result["mentors"]][:1] in (["Alma Santos"], ["Bert Diaz"])


def test_match_cohort_proposes_writes_and_applies(database, tmp_path, capsys):
    ids = tmp_path / "intake.txt"
    ids.write_text("A1\nB2\n\nC3\nA1\n", encoding="utf-8")
    out = tmp_path / "proposal.xlsx"
    assert main("--db", database, "match", "cohort", "--staff-file", ids, "--out", out) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"3 of 3 people matched; proposal written to {out}"
    assert Mentorship.select().count() == 0  # a proposal only
    sheet = load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == ["Employee ID", "Name", "Gaps", "Mentor", "Score", "Why"]
    mentors = {row[0]: row[3] for row in rows[1:]}
    assert sorted(mentors) == ["A1", "B2", "C3"]
    assert list(mentors.values()).count("Alma Santos") == 1  # her one place
    assert list(mentors.values()).count("Bert Diaz") == 2
    assert mentors["A1"] == "Alma Santos"  # the weakest gets the strongest evidence
    assert main("--db", database, "match", "cohort", "--staff-file", ids, "--apply") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Started 3 mentorships"
    assert Mentorship.select().where(Mentorship.status == "active").count() == 3


def test_a_spreadsheet_with_an_employee_id_column(database, tmp_path, capsys):
    from openpyxl import Workbook

    Make().staff("Dee", "Numbers", employee_id="1042")
    book = Workbook()
    book.active.append(["Name", "Employee ID"])
    book.active.append(["Ben", "B2"])
    book.active.append(["Dee", 1042])  # a number cell: read as 1042.0
    path = tmp_path / "intake.xlsx"
    book.save(path)
    assert main("--db", database, "match", "cohort", "--staff-file", path) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("1042 Dee Numbers -> ")
    assert lines[-1] == "2 of 2 people matched"


@pytest.mark.parametrize("content, message", [
    ("A1\nZZ9\n", "1 employee ID is not in the database: ZZ9"),
    ("\n\n", "intake.txt lists no employee IDs"),
])
def test_bad_staff_files_are_one_line(database, tmp_path, capsys, content, message):
    path = tmp_path / "intake.txt"
    path.write_text(content, encoding="utf-8")
    assert main("--db", database, "match", "cohort", "--staff-file", path, "--apply") == 1
    one_error(capsys, message)
    assert Mentorship.select().count() == 0


def test_missing_file_and_unknown_person(database, tmp_path, capsys):
    assert main("--db", database, "match", "cohort", "--staff-file",
                tmp_path / "nope.csv") == 1
    one_error(capsys, "File not found")
    assert main("--db", database, "suggest", "mentors", "--staff", "nobody") == 1
    one_error(capsys, "No staff member with employee ID 'nobody'")
