"""The client report: values against the seeded data, boundaries, empty cases, and proof that
nothing confidential or belonging to another client is anywhere in the file."""

from __future__ import annotations

import datetime as dt
import zipfile
from statistics import mean

import pytest
from openpyxl import load_workbook

from mentorapp.errors import Cancelled, NotFoundError, ValidationError
from mentorapp.excel import client_report
from mentorapp.excel.client_report import export_client_report
from mentorapp.models import Feedback, SessionPrivateNote
from mentorapp.services import (
    careers,
    clients,
    competencies,
    feedback,
    mentoring,
    settings,
    staff,
    training,
)

START, END = dt.date(2025, 1, 1), dt.date(2025, 3, 31)
PREVIOUS_DAY = dt.date(2024, 12, 15)  # inside the previous 90-day period
PREVIOUS_RATINGS = (2, 1)  # Ana's and Dan's (on the account then) shared ratings in it
SECRETS = {
    "internal": "ZZINTERNALFEEDBACK42",
    "private": "ZZPRIVATENOTE42",
    "goal": "ZZCAREERGOAL42",
    "assessment": "ZZSELFASSESS42",
    "check_in": "ZZCHECKIN42",
    "other_client": "ZZGLOBEXSECRET42",
    "other_staff": "ZZGLOBEXPERSON42",
    "enrollment_note": "ZZENROLLNOTE42",
    "other_program": "ZZGLOBEXPROGRAM42",
    "before_period": "ZZTOOEARLY42",
    "after_period": "ZZTOOLATE42",
    "left_before": "ZZLEFTBEFORE42",
}
# (staff key, source, rating, date) of shareable Acme feedback inside the period.
SHARED = [("ana", "client", 4, START), ("ana", "management", 5, dt.date(2025, 2, 10)),
          ("ana", "client", 3, END), ("ben", "client", 3, dt.date(2025, 1, 31)),
          ("cara", "client", 2, START)]
EMPLOYEE_IDS = {"ana": "A001", "ben": "A002", "cara": "A003"}


def _seed() -> dict:
    settings.set("company_name", "Bright BPO & Co")
    acme = clients.create(name="Acme Corp")["id"]
    globex = clients.create(name="Globex")["id"]
    first, second = competencies.active()[:2]  # the seeded ones
    comm, accuracy = first["id"], second["id"]

    def person(emp, first, last):
        return staff.create(employee_id=emp, first_name=first, last_name=last)["id"]

    ids = {"ana": person("A001", "Ana", "Cruz"), "ben": person("A002", "Ben", "Ong"),
           "cara": person("A003", "Cara", "Diaz"),
           "dan": person("A004", "Dan", SECRETS["left_before"]),
           "gil": person("G001", "Gil", SECRETS["other_staff"]),
           "mentor": person("M001", "Mia", "Lopez")}
    staff.assign(ids["ana"], acme, "Team lead", dt.date(2023, 7, 1))
    staff.assign(ids["ben"], acme, "Agent", dt.date(2024, 6, 1))
    staff.assign(ids["ben"], globex, "Agent", dt.date(2025, 2, 1))  # left Acme mid-period
    staff.assign(ids["cara"], acme, "Agent", dt.date(2024, 1, 1))
    staff.end_assignment(ids["cara"], START)  # last day on the account is the first day
    staff.assign(ids["dan"], acme, "Agent", dt.date(2024, 1, 1))
    staff.end_assignment(ids["dan"], START - dt.timedelta(days=1))
    staff.assign(ids["gil"], globex, "Agent", dt.date(2024, 1, 1))

    for key, source, rating, day in SHARED:
        feedback.create(staff=ids[key], client=acme, source=source, date=day, rating=rating,
                        comment=f"=HYPERLINK(\"x\") shared {key}", visibility="shareable",
                        ratings={comm: rating, accuracy: 5} if key == "ana" else {comm: rating})
    feedback.create(staff=ids["ana"], client=acme, source="management", date=START, rating=1,
                    comment=SECRETS["internal"], visibility="internal")
    feedback.create(staff=ids["ben"], client=globex, source="client", date=dt.date(2025, 3, 1),
                    rating=1, comment=SECRETS["other_client"], visibility="shareable")
    feedback.create(staff=ids["gil"], client=globex, source="client", date=START, rating=1,
                    comment=SECRETS["other_client"], visibility="shareable")
    feedback.create(staff=ids["ana"], client=acme, source="client", date=PREVIOUS_DAY,
                    rating=PREVIOUS_RATINGS[0], comment=SECRETS["before_period"],
                    visibility="shareable")
    feedback.create(staff=ids["ana"], client=acme, source="client",
                    date=END + dt.timedelta(days=1), rating=1,
                    comment=SECRETS["after_period"], visibility="shareable")
    feedback.create(staff=ids["dan"], client=acme, source="client", date=dt.date(2024, 12, 1),
                    rating=PREVIOUS_RATINGS[1], comment=SECRETS["left_before"],
                    visibility="shareable")
    feedback.create(staff=ids["ana"], client=acme, source="client", date=dt.date(2025, 2, 1),
                    kind="recognition", comment="Thank you note from the client",
                    visibility="shareable")
    incident = feedback.create(
        staff=ids["ben"], client=acme, source="management", date=dt.date(2025, 1, 20),
        kind="incident", comment="Wrong refund amount", lesson_learned="Check twice",
        corrective_action="Four-eyes rule", follow_up_date=dt.date(2025, 2, 1),
        visibility="shareable")
    feedback.resolve_incident(incident["id"], dt.date(2025, 1, 25))

    mentor = mentoring.mentors.create(staff=ids["mentor"])["id"]
    ship = mentoring.mentorships.create(mentor=mentor, mentee=ids["ana"], status="active",
                                        start_date=dt.date(2024, 11, 1))["id"]
    mentoring.log_session(ship, date=dt.date(2025, 1, 15), shared_notes="Went well",
                          private_notes=SECRETS["private"],
                          action_items=[{"text": "Read the playbook"}])
    careers.goals.create(staff=ids["ana"], title=SECRETS["goal"])
    careers.self_assessments.create(staff=ids["ana"], date=START,
                                    strengths=SECRETS["assessment"])
    careers.check_ins.create(staff=ids["ana"], date=START, notes=SECRETS["check_in"])

    general = training.programs.create(name="Customer empathy", hours=6)["id"]
    cert = training.programs.create(name="ITIL Foundation", type="certification", hours=16,
                                    validity_months=24)["id"]
    secret_program = training.programs.create(name=SECRETS["other_program"], hours=40,
                                              client=globex)["id"]
    training.enrollments.create(staff=ids["ana"], program=general, status="completed",
                                completed_date=dt.date(2025, 1, 31),
                                notes=SECRETS["enrollment_note"])
    training.enrollments.create(staff=ids["ana"], program=cert, status="completed",
                                completed_date=dt.date(2025, 3, 3))
    training.enrollments.create(staff=ids["ben"], program=secret_program, status="completed",
                                completed_date=dt.date(2025, 1, 10))
    training.enrollments.create(staff=ids["ben"], program=general, status="completed",
                                completed_date=dt.date(2024, 12, 10))  # previous period
    return {"acme": acme, "globex": globex, "comm": first["name"], "accuracy": second["name"],
            **ids}


def _table_rows(ws, name):
    """The rows of an Excel table as dicts keyed by its header."""
    ref = ws.tables[name].ref
    rows = [[c.value for c in row] for row in ws[ref]]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def seeded(db):
    return _seed()


@pytest.fixture
def report(seeded, tmp_path):
    path = export_client_report("acme corp", START, END, tmp_path / "acme.xlsx")
    return load_workbook(path), path


def test_summary_figures_match_the_seeded_data(report):
    wb, _ = report
    assert wb.sheetnames == ["Summary", "Staff", "Competencies", "Feedback", "Training",
                             "Recognition", "Incidents"]
    ws = wb["Summary"]
    assert ws["A2"].value == "Acme Corp"
    assert ws["B5"].value.date() == START and ws["C5"].value.date() == END
    assert ws["B6"].value == "Bright BPO & Co"
    figures = {row["Figure"].strip(): row for row in _table_rows(ws, "tblFigures")}
    this = {k: v["This period"] for k, v in figures.items()}
    expected_average = mean(rating for _, _, rating, _ in SHARED)
    assert this["Headcount on the account"] == len({key for key, *_ in SHARED})
    assert this["Average rating (1-5)"] == pytest.approx(expected_average)
    previous = mean(PREVIOUS_RATINGS)
    assert figures["Average rating (1-5)"]["Previous period"] == pytest.approx(previous)
    assert figures["Average rating (1-5)"]["Change"] == pytest.approx(expected_average - previous)
    # SHARED + the recognition + the incident; sources counted the same way.
    assert this["Feedback received"] == len(SHARED) + 2
    assert this["from client"] == sum(1 for _, s, *_ in SHARED if s == "client") + 1
    assert this["from management"] == sum(1 for _, s, *_ in SHARED if s == "management") + 1
    assert this["Trainings completed"] == 2
    assert this["Training hours"] == 6 + 16
    assert this["Certifications earned"] == 1
    assert this["Recognitions"] == 1
    assert this["Incidents opened"] == 1 and this["Incidents resolved"] == 1
    months = _table_rows(ws, "tblMonths")
    assert [m["Month"] for m in months] == ["Jan 2025", "Feb 2025", "Mar 2025"]
    january = [r for _, _, r, d in SHARED if d.month == 1]
    assert months[0]["Average rating"] == pytest.approx(mean(january))
    assert months[0]["Rated feedback"] == len(january)
    assert [m["Training hours"] for m in months] == [6, 0, 16]
    assert sorted(type(c).__name__ for c in ws._charts) == ["BarChart", "LineChart"]


def test_staff_sheet_lists_everyone_on_the_account_in_the_period(report, seeded):
    wb, _ = report
    rows = {r["Employee ID"]: r for r in _table_rows(wb["Staff"], "tblStaff")}
    assert sorted(rows) == ["A001", "A002", "A003"]  # A004 left the day before the period
    ana = rows["A001"]
    assert ana["Name"] == "Ana Cruz" and ana["Role on the account"] == "Team lead"
    assert ana["On the account since"].date() == dt.date(2023, 7, 1)
    assert ana["Tenure (years)"] == round((END - dt.date(2023, 7, 1)).days / 365.25, 1)
    assert ana["Mentor"] == "Mia Lopez"
    ana_ratings = [r for key, _, r, _ in SHARED if key == "ana"]
    assert ana["Average rating"] == pytest.approx(mean(ana_ratings))
    assert ana["Feedback"] == len(ana_ratings) + 1  # + the recognition
    assert ana["Trainings completed"] == 2 and ana["Training hours"] == 22
    ben = rows["A002"]
    assert ben["Trainings completed"] == 0  # the Globex program is not Acme's business
    assert ben["Feedback"] == 2  # his shared Acme feedback and the incident, not Globex's


def test_competencies_sheet_has_averages_and_a_colour_scale(report, seeded):
    wb, _ = report
    ws = wb["Competencies"]
    rows = {r["Employee ID"]: r for r in _table_rows(ws, "tblCompetencies")}
    comm, accuracy = seeded["comm"], seeded["accuracy"]
    assert rows["A001"][comm] == pytest.approx(mean(r for k, _, r, _ in SHARED if k == "ana"))
    assert rows["A001"][accuracy] == 5
    assert rows["A003"][accuracy] is None
    assert rows["A003"]["Overall"] == next(r for k, _, r, _ in SHARED if k == "cara")
    assert [rule.type for cf in ws.conditional_formatting for rule in cf.rules] == ["colorScale"]


def test_detail_sheets(report):
    wb, _ = report
    shared = _table_rows(wb["Feedback"], "tblFeedback")
    assert len(shared) == len(SHARED) + 2
    assert shared[0]["Date"].date() == START and shared[-1]["Date"].date() == END
    formula_like = [r["Comment"] for r in shared if r["Comment"].startswith("=")]
    assert len(formula_like) == len(SHARED)
    assert all(c.data_type == "s" for row in wb["Feedback"].iter_rows(min_row=2) for c in row
               if isinstance(c.value, str))
    # Ratings and dates centred: in print a right-aligned number touches the text after it.
    header, *rows = wb["Feedback"].iter_rows()
    assert (header[6].value, header[6].alignment.horizontal) == ("Rating", "center")
    assert {row[i].alignment.horizontal for row in rows for i in (0, 6)
            if row[i].value is not None} == {"center"}
    training_rows = _table_rows(wb["Training"], "tblTraining")
    assert sorted(r["Program"] for r in training_rows) == ["Customer empathy", "ITIL Foundation"]
    itil = next(r for r in training_rows if r["Program"] == "ITIL Foundation")
    assert itil["Valid until"].date() == dt.date(2027, 3, 3)
    assert itil["Completed on"].date() == dt.date(2025, 3, 3)
    assert (itil["Hours"], itil["Type"], itil["Employee ID"]) == (16, "Certification", "A001")
    assert [r["Recognition"] for r in _table_rows(wb["Recognition"], "tblRecognition")] == [
        "Thank you note from the client"]
    (incident,) = _table_rows(wb["Incidents"], "tblIncidents")
    assert incident["Lesson learned"] == "Check twice"
    assert incident["Corrective action"] == "Four-eyes rule"
    assert incident["Resolved on"].date() == dt.date(2025, 1, 25)
    assert incident["Follow-up"].date() == dt.date(2025, 2, 1)
    assert incident["Status"] == "Resolved"


def test_long_sheets_stream_lean_with_the_same_values_and_safety(seeded, monkeypatch, tmp_path):
    """Above LEAN_ROWS rows a sheet drops wrapping and alignment; nothing else may change."""
    long_text = " ".join(["The caller asked for a supervisor twice; handled calmly."] * 6)
    feedback.create(staff=seeded["ana"], client=seeded["acme"], source="client",
                    date=dt.date(2025, 2, 20), rating=4, comment=long_text,
                    visibility="shareable")
    wb = load_workbook(export_client_report("Acme Corp", START, END, tmp_path / "normal.xlsx"))
    monkeypatch.setattr(client_report, "LEAN_ROWS", 0)
    lean = load_workbook(export_client_report("Acme Corp", START, END, tmp_path / "lean.xlsx"))
    for title in ("Staff", "Feedback", "Training", "Recognition", "Incidents"):
        normal_cells, lean_cells = list(wb[title].iter_rows()), list(lean[title].iter_rows())
        assert [[c.value for c in r] for r in lean_cells] == [
            [c.value for c in r] for r in normal_cells], title
        assert [[(c.data_type, c.number_format, c.quotePrefix) for c in r] for r in lean_cells] \
            == [[(c.data_type, c.number_format, c.quotePrefix) for c in r]
                for r in normal_cells], title

    def comment_cells(book):
        return [row[9] for row in book["Feedback"].iter_rows(min_row=2)]

    assert sum(c.value.startswith("=") and c.quotePrefix for c in comment_cells(lean)) == len(
        SHARED)
    assert [c.alignment.wrap_text for c in comment_cells(wb) if c.value == long_text] == [True]
    assert not any(c.alignment.wrap_text for c in comment_cells(lean))


def test_every_sheet_is_a_printable_table_with_a_confidential_footer(report):
    wb, _ = report
    for ws in wb.worksheets:
        assert ws.tables, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.left.text == "Confidential - prepared for Acme Corp"
        assert "&P" in ws.oddFooter.right.text
        if ws.title != "Summary":
            assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"


def test_nothing_confidential_anywhere_in_the_package(report, seeded):
    _, path = report
    # The secrets are really in the database, so the test can fail.
    assert Feedback.select().where(Feedback.comment == SECRETS["internal"]).exists()
    assert SessionPrivateNote.select().where(
        SessionPrivateNote.text == SECRETS["private"]).exists()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            text = package.read(name).decode("utf-8", errors="replace")
            for kind, secret in SECRETS.items():
                assert secret not in text, f"{kind} secret found in {name}"
            assert "Globex" not in text, f"other client named in {name}"


@pytest.mark.parametrize("day", [START, END])
def test_period_boundaries_include_first_and_last_day(seeded, tmp_path, day):
    one_day = export_client_report("Acme Corp", day, day, tmp_path / "day.xlsx")
    rows = _table_rows(load_workbook(one_day)["Feedback"], "tblFeedback")
    assert sorted(r["Employee ID"] for r in rows) == sorted(
        EMPLOYEE_IDS[k] for k, _, _, d in SHARED if d == day)


def test_empty_period_gives_a_valid_report_saying_so(seeded, tmp_path):
    day = dt.date(2020, 6, 1)
    wb = load_workbook(export_client_report("Acme Corp", day, day, tmp_path / "empty.xlsx"))
    summary = wb["Summary"]
    texts = [c.value for c in summary["A"] if isinstance(c.value, str)]
    assert any("no shareable feedback" in t.lower() for t in texts)
    figures = {r["Figure"].strip(): r["This period"]
               for r in _table_rows(summary, "tblFigures")}
    assert figures["Headcount on the account"] == 0
    assert figures["Average rating (1-5)"] is None
    assert wb["Staff"]["A2"].value.startswith("No staff")
    assert wb["Feedback"]["A2"].value == "No data for this period"


def test_client_with_no_staff(db, tmp_path):
    clients.create(name="Initech")
    wb = load_workbook(export_client_report("Initech", START, END, tmp_path / "i.xlsx"))
    assert wb["Staff"]["A2"].value.startswith("No staff")
    assert wb["Competencies"]["A2"].value.startswith("No competency")


def test_unknown_client_and_reversed_period_are_user_errors(db, tmp_path):
    with pytest.raises(NotFoundError, match="Nobody"):
        export_client_report("Nobody", START, END, tmp_path / "x.xlsx")
    clients.create(name="Initech")
    with pytest.raises(ValidationError, match="before it starts"):
        export_client_report("Initech", END, START, tmp_path / "x.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_cancel_from_progress_keeps_the_earlier_file(seeded, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "acme.xlsx"
    target.write_bytes(b"last month's report")

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_client_report("Acme Corp", START, END, target, progress=cancel)
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in folder.iterdir()] == ["acme.xlsx"]
