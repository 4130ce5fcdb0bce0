"""The client report: values against the seeded data, boundaries, empty cases, and proof that
nothing confidential or belonging to another client is anywhere in the file."""

from __future__ import annotations

import datetime as dt
import zipfile
from statistics import mean

import pytest
from openpyxl import load_workbook

from mentorapp.errors import Cancelled, NotFoundError, ValidationError
from mentorapp.excel import client_data, client_report, sheets
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
    users,
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
TWELVE_MONTHS = ["Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
                 "Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025"]


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
    assert wb.sheetnames == ["Cover", "Review", "Summary", "Staff", "Competencies",
                             "KPI scorecard", "KPI by agent", "Quality", "Evaluations",
                             "Feedback", "Training", "Recognition", "Incidents", "Action plan"]
    ws = wb["Summary"]
    assert ws["A2"].value == "Acme Corp"
    assert (ws["A5"].value, ws["B5"].value) == ("Period", "1 January 2025 to 31 March 2025")
    assert ws["C5"].value is None
    assert ws["B6"].value == f"{users.current()['display_name']}, Bright BPO & Co"
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
    # The last 12 months up to the period's end, the period's months marked.
    assert [m["Month"] for m in months] == TWELVE_MONTHS
    assert [m["Report period"] for m in months] == [None] * 9 + ["Yes"] * 3
    january = [r for _, _, r, d in SHARED if d.month == 1]
    assert months[-3]["Average rating"] == pytest.approx(mean(january))
    assert months[-3]["Rated feedback"] == len(january)
    assert [m["Training hours"] for m in months[-3:]] == [6, 0, 16]
    # December: Ana's and Dan's shared ratings and Ben's training (all on the account then).
    assert months[-4]["Average rating"] == pytest.approx(mean(PREVIOUS_RATINGS))
    assert (months[-4]["Rated feedback"], months[-4]["Training hours"]) == (2, 6)
    assert [(m["Average rating"], m["Rated feedback"], m["Training hours"])
            for m in months[:8]] == [(None, 0, 0)] * 8
    charts = {type(c).__name__: c for c in ws._charts}
    assert sorted(charts) == ["BarChart", "LineChart"]
    month_rows = "$29:$%s$40"  # the 12 rows of the month table
    for name, column in (("LineChart", "B"), ("BarChart", "D")):
        (series,) = charts[name].series
        assert series.val.numRef.f.endswith(month_rows % column)
        # The period's months dark, the months before it light.
        assert [p.idx for p in series.dPt] == [9, 10, 11]
        assert {p.spPr.solidFill.srgbClr for p in series.dPt} == {client_report.PERIOD_COLOUR}
        assert series.spPr.solidFill.srgbClr == client_report.EARLIER_COLOUR
    line = charts["LineChart"].series[0]
    assert {p.marker.spPr.solidFill.srgbClr for p in line.dPt} == {client_report.PERIOD_COLOUR}
    assert line.marker.spPr.solidFill.srgbClr == client_report.EARLIER_COLOUR


def test_twelve_months_hold_only_the_clients_staff_and_shareable_records(seeded, tmp_path):
    """The months before the period follow the confidentiality rules, each month as a report
    of that month would count it."""
    september = dt.date(2024, 9, 10)
    eve = staff.create(employee_id="A005", first_name="Eve", last_name="Tan")["id"]
    staff.assign(eve, seeded["acme"], "Agent", dt.date(2024, 11, 1))  # joins after September

    def shared(person, client, rating, **values):
        return feedback.create(staff=seeded[person] if isinstance(person, str) else person,
                               client=seeded[client], source="client", date=september,
                               rating=rating, visibility=values.pop("visibility", "shareable"),
                               **values)

    shared("ana", "acme", 4)  # the only one that counts
    shared("ana", "acme", 1, visibility="internal")
    shared("gil", "globex", 1)  # another client's staff and feedback
    shared("gil", "acme", 1)  # about someone never on the account
    shared(eve, "acme", 1)  # about someone not on the account yet
    feedback.archive(shared("ben", "acme", 1)["id"])
    general = training.programs.create(name="Phone basics", hours=3)["id"]
    globex_only = training.programs.create(name="Globex tools", hours=40,
                                           client=seeded["globex"])["id"]
    for person, program in ((seeded["ben"], general), (seeded["ana"], globex_only),
                            (eve, general)):  # only Ben's counts
        training.enrollments.create(staff=person, program=program, status="completed",
                                    completed_date=september)

    wb = load_workbook(export_client_report("Acme Corp", START, END, tmp_path / "a.xlsx"))
    months = {m["Month"]: m for m in _table_rows(wb["Summary"], "tblMonths")}
    assert list(months) == TWELVE_MONTHS
    row = months["Sep 2024"]
    assert (row["Average rating"], row["Rated feedback"], row["Training hours"]) == (4, 1, 3)
    assert row["Report period"] is None
    # The same month in its own report reads the same.
    alone = load_workbook(export_client_report(
        "Acme Corp", dt.date(2024, 9, 1), dt.date(2024, 9, 30), tmp_path / "sep.xlsx"))
    (own,) = [m for m in _table_rows(alone["Summary"], "tblMonths") if m["Month"] == "Sep 2024"]
    assert own == {**row, "Report period": "Yes"}
    figures = {r["Figure"].strip(): r["This period"]
               for r in _table_rows(alone["Summary"], "tblFigures")}
    assert (figures["Average rating (1-5)"], figures["Training hours"]) == (4, 3)


def test_trend_months_for_long_periods_and_a_period_starting_mid_month(seeded):
    acme = seeded["acme"]
    long = client_data.trend(acme, dt.date(2024, 1, 1), END)  # 15 months: all of them
    assert [(key, in_period) for key, *_, in_period in long] == [
        (f"{year}-{month:02d}", True) for year, months in ((2024, range(1, 13)),
                                                           (2025, range(1, 4)))
        for month in months]
    mid = client_data.trend(acme, dt.date(2025, 1, 15), END)
    assert [key for key, *_ in mid] == ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
                                        "2024-09", "2024-10", "2024-11", "2024-12", "2025-01",
                                        "2025-02", "2025-03"]
    assert [in_period for *_, in_period in mid] == [False] * 9 + [True] * 3
    # January from the 15th only (the period's days): Ben's rating of the 31st, not Ana's
    # and Cara's of the 1st; Ana's 6 training hours of the 31st.
    assert mid[9][1:4] == (3, 1, 6)


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


# Column-width units of ten columns Calc prints at 100% on a landscape Letter page (0.4"
# margins), measured; fitting a sheet to the page's width scales it by this over its width.
CALC_WIDTH_AT_100 = 102


def test_detail_sheets_print_fitted_to_width_at_a_readable_size(seeded, tmp_path):
    long_text = " ".join(["The caller asked for a supervisor twice; handled it calmly."] * 4)
    for day in (START, END):
        feedback.create(staff=seeded["ana"], client=seeded["acme"], source="management",
                        date=day, rating=3, author="Regional operations manager " * 3,
                        strengths=long_text, improvements=long_text, comment=long_text,
                        visibility="shareable")
        feedback.create(staff=seeded["ben"], client=seeded["acme"], source="client", date=day,
                        kind="incident", comment=long_text, lesson_learned=long_text,
                        corrective_action=long_text, visibility="shareable")
    wb = load_workbook(export_client_report("Acme Corp", START, END, tmp_path / "a.xlsx"))
    # (sheet, its long-text columns, cells of long text: incidents are feedback too)
    for title, text_columns, count in (
            ("Feedback", ("Strengths", "To improve", "Comment"), 2 * 3 + 2),
            ("Incidents", ("What happened", "Lesson learned", "Corrective action"), 2 * 3)):
        ws = wb[title]
        setup = ws.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert setup.scale in (None, 100)
        width = sum(d.width for d in ws.column_dimensions.values())
        assert width <= sheets.READABLE_PRINT_WIDTH, title
        header, *rows = ws.iter_rows()
        sizes = {c.font.sz for row in rows for c in row}
        assert min(sizes) * min(1, CALC_WIDTH_AT_100 / width) >= 8, title
        columns = [c.value for c in header]
        long_cells = [row[columns.index(name)] for row in rows for name in text_columns
                      if row[columns.index(name)].value == long_text]
        assert len(long_cells) == count and all(c.alignment.wrap_text for c in long_cells)
        for cell in long_cells:  # tall enough for the wrapped text (Calc does not grow it)
            letter = cell.column_letter
            lines = sheets.wrapped_lines(long_text, ws.column_dimensions[letter].width)
            assert lines > 1 and ws.row_dimensions[cell.row].height >= lines * sheets.LINE_HEIGHT


def test_every_sheet_is_a_printable_table_with_a_confidential_footer(report):
    """Tables, or (KPI scorecard and Quality: nothing shared here) the line saying so."""
    wb, _ = report
    for ws in wb.worksheets:
        if ws.title in ("KPI scorecard", "Quality"):
            assert ws["A4"].value in (client_report.NO_KPI, client_report.NO_QUALITY)
        elif ws.title == "Review":
            assert ws["A4"].value == "No review was written for this period."
        elif ws.title != "Cover":
            assert ws.tables, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.left.text == "Confidential - prepared for Acme Corp"
        assert "&P" in ws.oddFooter.right.text
        if ws.title not in ("Cover", "Review", "Summary", "KPI scorecard",
                            "Quality"):  # laid out, not a table
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
