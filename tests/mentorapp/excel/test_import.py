"""Importing rosters, training records and feedback: every rule, all-or-nothing, re-import,
dry run, cancel, audit. Runs on SQLite and PostgreSQL (the `db` fixture)."""

import datetime as dt
import json

import pytest
from openpyxl import Workbook

from mentorapp.errors import Cancelled, UserError
from mentorapp.excel.importing import import_file
from mentorapp.models import (
    Assignment,
    AuditEntry,
    Client,
    Competency,
    Enrollment,
    Feedback,
    FeedbackRating,
    Mentorship,
    Staff,
)
from mentorapp.services import clients, staff, training
from tests.conftest import PLAIN_BACKENDS

TODAY = dt.date.today()
STAFF_HEADER = ["Employee ID", "First Name", "Last Name", "Email", "Hire Date", "Status",
                "Client", "Role on Account", "Mentor Employee ID"]


def write_xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def counts():
    return {m.__name__: m.select().count()
            for m in (Staff, Assignment, Client, Feedback, FeedbackRating, Enrollment,
                      Mentorship, AuditEntry)}


@pytest.fixture
def ref(db):
    """Two clients, one person on Acme since last year, one training program."""
    acme = clients.create(name="Acme")
    globex = clients.create(name="Globex")
    ann = staff.create(employee_id="E1", first_name="Ann", last_name="Lee", email="ann@x.com")
    staff.assign(ann["id"], acme["id"], role="Agent", start_date=TODAY - dt.timedelta(days=400))
    program = training.programs.create(name="Safety 101", validity_months=12, hours=8)
    return {"acme": acme, "globex": globex, "ann": ann, "program": program}


def problems(result):
    return [(p.row, p.column, p.message) for p in result.problems]


# -- rosters -------------------------------------------------------------------------------
def test_roster_creates_staff_with_assignment_mentor_and_audit(ref, actor, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        STAFF_HEADER,
        ["E2", "Bob", "Ray", "BOB@X.COM", dt.date(2024, 5, 1), "on leave", "acme", "Lead", "E1"],
        ["E3", "Cy", "Moe", None, "2024-06-30", None, "Globex", None, "E2"],
    ])
    result = import_file("staff", path)
    assert result.ok, problems(result)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    bob = staff.by_employee_id("E2")
    assert (bob["email"], bob["hire_date"], bob["status"]) == ("bob@x.com", dt.date(2024, 5, 1),
                                                               "on_leave")
    listed = {row["employee_id"]: row for row in staff.list()}
    assert (listed["E2"]["client"], listed["E2"]["role"], listed["E2"]["mentor"]) == \
        ("Acme", "Lead", "Ann Lee")
    assert (listed["E3"]["client"], listed["E3"]["mentor"]) == ("Globex", "Bob Ray")
    created = AuditEntry.select().where(AuditEntry.entity == "staff",
                                        AuditEntry.action == "create",
                                        AuditEntry.entity_id != ref["ann"]["id"])
    assert sorted(e.entity_id for e in created) == sorted([bob["id"], listed["E3"]["id"]])
    entry = created.where(AuditEntry.entity_id == bob["id"]).get()
    assert json.loads(entry.changes)["email"] == [None, "bob@x.com"] and entry.actor == actor


def test_headers_are_matched_loosely_and_unknown_ones_warned(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["  last NAME ", "Shoe size", "EMPLOYEE id", "first name"],
        ["Ray", 44, "E2", "Bob"],
    ])
    result = import_file("staff", path)
    assert result.ok and result.created == 1
    assert result.warnings == ["Column 'Shoe size' is not part of a staff import and was ignored"]
    assert staff.by_employee_id("E2")["last_name"] == "Ray"


def test_missing_or_doubled_columns_stop_before_the_rows(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["Employee ID", "Email", "email"], ["E2", "a", "b"]])
    result = import_file("staff", path)
    assert problems(result) == [(1, "Email", "this column appears twice"),
                                (1, "First Name", "required column is missing from the header "
                                 "row"),
                                (1, "Last Name", "required column is missing from the header "
                                 "row")]
    assert result.rows == 0


def test_reimporting_the_same_roster_changes_nothing(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        STAFF_HEADER,
        ["E1", "Ann", "Lee", "ann@x.com", None, "active", "Acme", "Agent", None],
        ["E2", "Bob", "Ray", None, None, None, "Globex", "Lead", "E1"],
    ])
    first = import_file("staff", path)
    assert (first.created, first.updated, first.unchanged) == (1, 0, 1)
    before = counts()
    second = import_file("staff", path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert counts() == before


def test_roster_updates_by_employee_id_and_moves_the_assignment(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Employee ID", "First Name", "Last Name", "Email", "Job Title", "Client"],
        ["e1", "Ann", "Lee-Park", None, "Team Lead", "Globex"],
    ])
    result = import_file("staff", path)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    ann = staff.get(ref["ann"]["id"])
    # Filled cells replace, the empty Email cell keeps the stored address.
    assert (ann["last_name"], ann["job_title"], ann["email"]) == ("Lee-Park", "Team Lead",
                                                                   "ann@x.com")
    history = staff.client_history(ann["id"])
    assert [(h["client_name"], h["end_date"]) for h in history] == [
        ("Globex", None), ("Acme", TODAY - dt.timedelta(days=1))]
    assert history[0]["role"] == "Agent"  # no Role column: the role goes along
    update = AuditEntry.get(AuditEntry.entity == "staff", AuditEntry.action == "update")
    assert json.loads(update.changes) == {"job_title": ["", "Team Lead"],
                                          "last_name": ["Lee", "Lee-Park"]}


# The import's own audit entries (in shared mode the database's triggers write them instead).
@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_a_client_changed_on_the_day_of_the_assignment_corrects_it(ref, tmp_path):
    rows = [["Employee ID", "First Name", "Last Name", "Client", "Role on Account"],
            ["E2", "Bob", "Ray", "Acme", "Agent"]]
    import_file("staff", write_xlsx(tmp_path / "r.xlsx", rows))
    rows[1][3] = "Globex"
    result = import_file("staff", write_xlsx(tmp_path / "r.xlsx", rows))
    assert (result.updated, result.unchanged) == (1, 0)
    bob = staff.by_employee_id("E2")
    history = staff.client_history(bob["id"])
    # Started today: there is nothing to end, the same assignment now names Globex.
    assert [(h["client_name"], h["start_date"], h["end_date"]) for h in history] == [
        ("Globex", TODAY, None)]
    update = AuditEntry.get(AuditEntry.entity == "assignment", AuditEntry.action == "update")
    assert json.loads(update.changes) == {"client": [ref["acme"]["id"], ref["globex"]["id"]]}


def test_unknown_client_is_an_error_unless_clients_may_be_created(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER[:3] + ["Client"],
                                             ["E2", "Bob", "Ray", "Initech"],
                                             ["E3", "Cy", "Moe", "initech"]])
    result = import_file("staff", path)
    assert [(p.row, p.column) for p in result.problems] == [(2, "Client"), (3, "Client")]
    assert "--create-clients" in result.problems[0].message
    assert Staff.select().count() == 1
    result = import_file("staff", path, create_clients=True)
    assert result.ok and result.created == 2
    assert clients.names() == ["Acme", "Globex", "Initech"]
    assert {row["client"] for row in staff.list() if row["employee_id"] != "E1"} == {"Initech"}


ROSTER_RULES = [
    (["E2", None, "Ray"], "First Name", "is required", None),
    (["E2", "Bob", "Ray", "bob@"], "Email", "is not a valid email address", "bob@"),
    (["E2", "Bob", "Ray", None, "31/31/2024"], "Hire Date", "is not a date (use YYYY-MM-DD)",
     "31/31/2024"),
    (["E2", "Bob", "Ray", None, TODAY + dt.timedelta(days=800)], "Hire Date",
     "is more than a year ahead", TODAY + dt.timedelta(days=800)),
    (["E2", "Bob", "Ray", None, None, "retired"], "Status",
     "is not one of: active, on_leave, resigned", "retired"),
    (["E2", "Bob" * 40, "Ray"], "First Name", "is 120 characters long; the most allowed is 100",
     "Bob" * 40),
    (["E2", "Bob", "Ray", None, None, None, None, "Lead"], "Role on Account",
     "a role needs a client in the Client column", "Lead"),
    (["E2", "Bob", "Ray", None, None, None, None, None, "E9"], "Mentor Employee ID",
     "no staff member with this employee ID", "E9"),
    (["E2", "Bob", "Ray", None, None, None, None, None, "e2"], "Mentor Employee ID",
     "a person cannot be their own mentor", "e2"),
    (["E2", "=1+1", "Ray"], "First Name", "is a formula; type the value itself", "=1+1"),
]


@pytest.mark.parametrize(("row", "column", "message", "value"), ROSTER_RULES,
                         ids=[r[2].split(";")[0][:30] for r in ROSTER_RULES])
def test_each_roster_rule(ref, tmp_path, row, column, message, value):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER, ["E5", "Eve", "Ok"], row])
    before = counts()
    result = import_file("staff", path)
    assert problems(result) == [(3, column, message)]
    shown = "empty" if value is None else str(value)
    shown = shown if len(shown) <= 80 else shown[:77] + "..."
    assert str(result.problems[0]) == f"row 3, column {column}: {message} ({shown})"
    assert counts() == before


def test_duplicate_employee_ids_in_the_file(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER, ["E2", "Bob", "Ray"],
                                             ["E3", "Cy", "Moe"], ["e2", "Bobby", "Ray"]])
    result = import_file("staff", path)
    assert problems(result) == [(4, "Employee ID", "this employee ID is also on row 2")]


def test_every_problem_is_listed(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        STAFF_HEADER,
        ["E2", None, None, "nope"],
        ["E3", "Cy", "Moe", None, "someday", "gone", "Nowhere"],
    ])
    result = import_file("staff", path)
    assert [str(p) for p in result.problems] == [
        "row 2, column First Name: is required (empty)",
        "row 2, column Last Name: is required (empty)",
        "row 2, column Email: is not a valid email address (nope)",
        "row 3, column Hire Date: is not a date (use YYYY-MM-DD) (someday)",
        "row 3, column Status: is not one of: active, on_leave, resigned (gone)",
        "row 3, column Client: no client with this name; add the client first, or let the "
        "import create new clients (--create-clients) (Nowhere)",
    ]


def test_roster_from_csv(ref, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Employee ID,First Name,Last Name,Hire Date,Client\n"
                    "E2,Bob,Ray,15/03/2024,Acme\n", encoding="utf-8")
    result = import_file("staff", path)
    assert result.ok and result.created == 1
    assert staff.by_employee_id("E2")["hire_date"] == dt.date(2024, 3, 15)


def test_mentor_at_capacity_rolls_everything_back(ref, tmp_path):
    rows = [STAFF_HEADER] + [[f"M{n}", "Mentee", str(n), None, None, None, None, None, "E1"]
                             for n in range(4)]
    before = counts()
    result = import_file("staff", write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(p.row, p.column) for p in result.problems] == [(5, "Mentor Employee ID")]
    assert "is at capacity" in result.problems[0].message
    assert counts() == before and result.created == 0


def test_all_or_nothing_error_on_the_last_of_5000_rows(ref, tmp_path):
    rows = [STAFF_HEADER] + [[f"N{n:05d}", "First", f"Last{n}", f"p{n}@x.com", None, None,
                              "Acme", "Agent"] for n in range(4999)]
    rows.append(["N99999", "First", "Last", "broken-email"])
    before = counts()
    result = import_file("staff", write_xlsx(tmp_path / "big.xlsx", rows))
    assert problems(result) == [(5001, "Email", "is not a valid email address")]
    assert counts() == before
    rows[-1][3] = "fixed@x.com"
    result = import_file("staff", write_xlsx(tmp_path / "big.xlsx", rows))
    assert result.ok and result.created == 5000
    assert Staff.select().count() == before["Staff"] + 5000
    assert AuditEntry.select().where(AuditEntry.entity == "staff").count() == 5001


def test_dry_run_writes_nothing_and_predicts_the_counts(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER,
                                             ["E1", "Ann", "Lee", "new@x.com"],
                                             ["E2", "Bob", "Ray", None, None, None, "Globex"]])
    before = counts()
    dry = import_file("staff", path, dry_run=True)
    assert dry.ok and dry.dry_run and "nothing written" in dry.summary()
    assert counts() == before
    real = import_file("staff", path)
    assert (dry.created, dry.updated, dry.unchanged) == (real.created, real.updated,
                                                         real.unchanged) == (1, 1, 0)


def test_cancel_while_writing_keeps_nothing(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER] + [[f"N{n}", "A", "B"]
                                                             for n in range(50)])
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > 90:  # past reading: the transaction is open and staff are inserted
            raise Cancelled

    before = counts()
    with pytest.raises(Cancelled):
        import_file("staff", path, progress=progress)
    assert counts() == before and max(seen) > 90


def test_unreadable_file_is_a_user_error(ref, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(UserError, match="not an Excel workbook"):
        import_file("staff", path)
    empty = write_xlsx(tmp_path / "e.xlsx", [])
    with pytest.raises(UserError, match="no header row"):
        import_file("staff", empty)
    header_only = write_xlsx(tmp_path / "h.xlsx", [STAFF_HEADER])
    with pytest.raises(UserError, match="no data rows"):
        import_file("staff", header_only)
    with pytest.raises(UserError, match="Unknown import"):
        import_file("clients", header_only)


# -- training ------------------------------------------------------------------------------
TRAINING_HEADER = ["Employee ID", "Program", "Status", "Start Date", "Completed On", "Score",
                   "Hours", "Funded By"]


def test_training_records_create_then_update(ref, tmp_path):
    done = TODAY - dt.timedelta(days=10)
    rows = [TRAINING_HEADER, ["E1", "safety 101", "Completed", done - dt.timedelta(days=5), done,
                              88, None, "Client"]]
    result = import_file("training", write_xlsx(tmp_path / "t.xlsx", rows))
    assert result.ok and result.created == 1, problems(result)
    record = Enrollment.get()
    assert (record.status, record.funded_by, record.score, float(record.hours)) == \
        ("completed", "client", 88, 8.0)
    assert record.expires_on == training.certification_expiry(done, 12)
    assert import_file("training", tmp_path / "t.xlsx").unchanged == 1
    rows[1][5] = 91
    result = import_file("training", write_xlsx(tmp_path / "t.xlsx", rows))
    assert (result.created, result.updated) == (0, 1)
    assert Enrollment.get().score == 91 and Enrollment.select().count() == 1
    update = AuditEntry.get(AuditEntry.entity == "enrollment", AuditEntry.action == "update")
    assert json.loads(update.changes) == {"score": [88, 91]}


TRAINING_RULES = [
    (["E9", "Safety 101", "planned"], "Employee ID", "no staff member with this employee ID"),
    (["E1", "Knitting", "planned"], "Program", "no training program with this name"),
    (["E1", "Safety 101", "completed"], "Completed On",
     "is required when the status is completed"),
    (["E1", "Safety 101", "planned", None, None, 120], "Score", "is out of range (0 to 100)"),
    (["E1", "Safety 101", "planned", None, None, None, None, "company"], "Funded By",
     "is not one of: employer, client, self"),
    (["E1", "Safety 101", None], "Status", "is required"),
]


@pytest.mark.parametrize(("row", "column", "message"), TRAINING_RULES,
                         ids=[r[2][:30] for r in TRAINING_RULES])
def test_each_training_rule(ref, tmp_path, row, column, message):
    result = import_file("training", write_xlsx(tmp_path / "t.xlsx", [TRAINING_HEADER, row]))
    assert problems(result) == [(2, column, message)]
    assert Enrollment.select().count() == 0


# -- feedback ------------------------------------------------------------------------------
def feedback_header():
    names = [c.name for c in Competency.select().order_by(Competency.name)]
    return ["Employee ID", "Date", "Source", "Author", "Client", "Kind", "Overall Rating",
            names[0], names[1], "Comment", "Visibility"], names


# The import's own audit entries (in shared mode the database's triggers write them instead).
@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_feedback_with_ratings_visibility_and_audit(ref, tmp_path):
    header, names = feedback_header()
    day = TODAY - dt.timedelta(days=3)
    rows = [header,
            ["E1", day, "Client", "Dana", "ACME", "Recognition", 5, 4, None, "Great", "Client"],
            ["E1", day, "peer", None, None, None, 3, None, 2, "Ok", None]]
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", rows))
    assert result.ok and result.created == 2, problems(result)
    first, second = Feedback.select().order_by(Feedback.id)
    assert (first.source, first.kind, first.visibility, first.client_id, first.rating) == \
        ("client", "recognition", "shareable", ref["acme"]["id"], 5)
    assert (second.visibility, second.kind, second.client_id) == ("internal", "general", None)
    competency = {c.name: c.id for c in Competency.select()}
    ratings = {(r.feedback_id, r.competency_id, r.rating) for r in FeedbackRating.select()}
    assert ratings == {(first.id, competency[names[0]], 4), (second.id, competency[names[1]], 2)}
    entry = AuditEntry.get(AuditEntry.entity == "feedback", AuditEntry.entity_id == first.id)
    assert json.loads(entry.changes)["ratings"] == [None, {str(competency[names[0]]): 4}]
    again = import_file("feedback", tmp_path / "f.xlsx")
    assert (again.created, again.unchanged) == (0, 2) and Feedback.select().count() == 2


def test_feedback_date_typed_as_an_excel_serial_number(ref, tmp_path):
    """A date column not formatted as a date shows Excel's day number: 45000 is 2023-03-15."""
    header, _ = feedback_header()
    rows = [header, ["E1", 45000, "peer", "Dana", None, None, 4, None, None, "x", None]]
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", rows))
    assert result.ok, problems(result)
    assert Feedback.get().date == dt.date(2023, 3, 15)


def test_importing_loads_no_workbook_writer():
    """openpyxl (about 10 MB) is for writing reports; an import's process stays without it."""
    import subprocess
    import sys

    code = ("import sys, mentorapp.opening, mentorapp.excel.importing; "
            "print(any(name.startswith('openpyxl') for name in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False"


def test_feedback_reimport_matches_by_person_and_day_in_batches(ref, tmp_path, monkeypatch):
    """Stored feedback is looked up by (person, day), a few pairs per query: every stored
    twin is found across batches, and the same text on another day or person is new."""
    from mentorapp.excel.importing import feedback as feedback_import

    monkeypatch.setattr(feedback_import, "LOOKUP_BATCH", 2)
    staff.create(employee_id="E2", first_name="Bo", last_name="Ng")
    header, _ = feedback_header()
    days = [TODAY - dt.timedelta(days=n) for n in range(1, 6)]
    rows = [["E1", day, "peer", "Dana", None, None, 4, 3, None, "Same text", None]
            for day in days]
    first = import_file("feedback", write_xlsx(tmp_path / "a.xlsx", [header, *rows]))
    assert first.ok and first.created == 5, problems(first)
    moved = [["E1", TODAY - dt.timedelta(days=9), *rows[0][2:]],
             ["E2", days[0], *rows[0][2:]],
             [*rows[1][:8], 5, *rows[1][9:]]]  # another competency rating: not the same
    again = import_file("feedback", write_xlsx(tmp_path / "b.xlsx", [header, *rows, *moved]))
    assert (again.created, again.unchanged) == (3, 5), problems(again)
    assert Feedback.select().count() == 8


FEEDBACK_RULES = [
    ({"Overall Rating": 6}, "Overall Rating", "is out of range (1 to 5)"),
    ({"Overall Rating": 2.5}, "Overall Rating", "is not a whole number"),
    ({"Source": "boss"}, "Source", "is not one of: client, management, mentor, peer, self"),
    ({"Visibility": "public"}, "Visibility", "is not one of: internal, client, shareable"),
    ({"Visibility": "client", "Client": None}, "Client",
     "is required for feedback shared with a client"),
    ({"Source": "client", "Client": None}, "Client", "is required when the source is the client"),
    ({"Date": TODAY + dt.timedelta(days=2)}, "Date", "is in the future"),
    ({"Date": "yesterday"}, "Date", "is not a date (use YYYY-MM-DD)"),
    ({"Employee ID": "E404"}, "Employee ID", "no staff member with this employee ID"),
    ({"Client": "Nobody Inc"}, "Client", "no client with this name"),
    ({"Kind": "praise"}, "Kind", "is not one of: general, recognition, incident"),
    ({"competency": 0}, "competency", "is out of range (1 to 5)"),
]


@pytest.mark.parametrize(("change", "column", "message"), FEEDBACK_RULES,
                         ids=[r[2][:30] for r in FEEDBACK_RULES])
def test_each_feedback_rule(ref, tmp_path, change, column, message):
    header, names = feedback_header()
    good = dict(zip(header, ["E1", TODAY, "peer", "Dana", "Acme", None, 4, 3, None, "x",
                             "internal"], strict=True))
    row = {**good, **{(names[0] if k == "competency" else k): v for k, v in change.items()}}
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", [
        header, list(good.values()), [row[h] for h in header]]))
    expected_column = names[0] if column == "competency" else column
    assert problems(result) == [(3, expected_column, message)]
    assert Feedback.select().count() == 0


def test_a_feedback_row_with_several_cross_field_problems_lists_each(ref, tmp_path):
    header, _ = feedback_header()
    good = dict(zip(header, ["E1", TODAY, "peer", "Dana", "Acme", None, 4, 3, None, "x",
                             "internal"], strict=True))
    wrong = {**good, "Date": TODAY + dt.timedelta(days=2), "Source": "client", "Client": None}
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", [
        header, list(good.values()), [wrong[h] for h in header]]))
    assert [(row, column) for row, column, _ in problems(result)] == [(3, "Date"), (3, "Client")]
    assert problems(result)[1][2] == "is required when the source is the client"
    assert Feedback.select().count() == 0


def test_a_feedback_row_that_says_nothing_is_a_problem(ref, tmp_path):
    """A row with its person, date and source but no rating of any kind and no text."""
    header, _ = feedback_header()
    good = dict(zip(header, ["E1", TODAY, "peer", "Dana", "Acme", None, 4, 3, None, "x",
                             "internal"], strict=True))
    silent = {**good, "Overall Rating": None, header[7]: None, "Comment": None}
    rated_only = {**silent, header[7]: 2}
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", [
        header, list(good.values()), [silent[h] for h in header],
        [rated_only[h] for h in header]]))
    assert problems(result) == [(3, "Comment", "is needed when there is no rating (or write "
                                               "the strengths or improvements)")]
    assert Feedback.select().count() == 0


def test_feedback_form_rows_left_blank_are_skipped(ref, tmp_path):
    rows = [["Employee ID", "Name", "Client", "Source", "Date", "Overall Rating"],
            ["E1", "Ann Lee", "Acme", "client", TODAY, 4],
            ["E1", "Ann Lee", "Acme", "client", None, None]]
    result = import_file("feedback", write_xlsx(tmp_path / "f.xlsx", rows))
    assert result.ok and result.created == 1 and result.rows == 1
    assert result.warnings == ["1 listed person without any feedback filled in skipped"]


# -- safety nets ---------------------------------------------------------------------------
def test_cancel_while_reading_keeps_nothing(ref, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER] + [[f"N{n}", "A", "B"]
                                                             for n in range(50)])

    def progress(done, total):
        raise Cancelled

    before = counts()
    with pytest.raises(Cancelled):
        import_file("staff", path, progress=progress)
    assert counts() == before


def test_a_conflicting_change_during_the_import_is_a_user_error(ref, tmp_path, monkeypatch):
    from mentorapp.excel.importing.staff import StaffImport

    original = StaffImport.write

    def write(self, progress):
        Staff.create(employee_id="E2", first_name="Other", last_name="Person")  # meanwhile
        original(self, progress)

    monkeypatch.setattr(StaffImport, "write", write)
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER, ["E2", "Bob", "Ray"]])
    before = counts()
    with pytest.raises(UserError, match="database changed while the file was being imported"):
        import_file("staff", path)
    assert counts() == before


def test_problems_beyond_the_listing_limit_are_counted(ref, tmp_path, monkeypatch):
    from mentorapp.excel.importing import common

    monkeypatch.setattr(common, "MAX_PROBLEMS", 2)
    path = write_xlsx(tmp_path / "r.xlsx", [STAFF_HEADER] + [[f"N{n}", None, "B"]
                                                             for n in range(5)])
    result = import_file("staff", path)
    assert [p.row for p in result.problems] == [2, 3] and result.more_problems == 3
