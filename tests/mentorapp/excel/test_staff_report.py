"""The staff development report: one person's internal picture; private notes only on request."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from mentorapp.errors import NotFoundError
from mentorapp.excel.staff_report import export_staff_report
from mentorapp.services import (
    careers,
    clients,
    feedback,
    mentoring,
    responsibilities,
    staff,
    training,
)

PRIVATE = "ZZPRIVATE-STAFF-REPORT"
OTHER_PERSON = "ZZSOMEONE-ELSE"
DAY = dt.date(2025, 3, 3)


def _rows(ws):
    (table,) = ws.tables.values()
    rows = [[c.value for c in row] for row in ws[table.ref]]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def person(db):
    acme = clients.create(name="Acme")["id"]
    ana = staff.create(employee_id="A001", first_name="Ana", last_name="Cruz",
                       job_title="Agent")["id"]
    other = staff.create(employee_id="B002", first_name="Bo", last_name="Lee")["id"]
    staff.assign(ana, acme, "Agent", dt.date(2024, 1, 1))
    goal = careers.goals.create(staff=ana, title="Become team lead", progress=40)["id"]
    careers.self_assessments.create(staff=ana, date=DAY, strengths="Calm under pressure")
    careers.check_ins.create(staff=ana, date=DAY, reviewer="Ops lead", notes="On track")
    careers.goals.create(staff=other, title=OTHER_PERSON)
    mentor = mentoring.mentors.create(staff=other)["id"]
    ship = mentoring.mentorships.create(mentor=mentor, mentee=ana, status="active",
                                        start_date=dt.date(2025, 1, 1))["id"]
    mentoring.log_session(ship, date=DAY, shared_notes="Practised escalations",
                          private_notes=PRIVATE, action_items=[{"text": "Shadow a lead"}])
    program = training.programs.create(name="Coaching basics", hours=4)["id"]
    training.enrollments.create(staff=ana, program=program, status="completed",
                                completed_date=DAY)
    feedback.create(staff=ana, client=acme, source="client", date=DAY, rating=5,
                    comment="Great call", visibility="shareable")
    feedback.create(staff=ana, source="management", date=DAY, rating=3,
                    comment="Internal remark", visibility="internal")
    feedback.create(staff=other, source="management", date=DAY, comment=OTHER_PERSON)
    responsibilities.create(staff=ana, title="Floor support", assigned_date=DAY, goal=goal)
    return ana


def _package_text(path) -> str:
    with zipfile.ZipFile(path) as package:
        return "".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())


def test_report_holds_the_persons_development_record(person, tmp_path):
    wb = load_workbook(export_staff_report("a001", tmp_path / "ana.xlsx"))
    profile = {r["Field"]: r["Value"] for r in _rows(wb["Profile"])}
    assert profile["Name"] == "Ana Cruz" and profile["Current client"] == "Acme"
    assert profile["Mentor"] == "Bo Lee"
    (goal,) = _rows(wb["Career goals"])
    assert goal["Goal"] == "Become team lead" and goal["Progress"] == 0.4
    assert _rows(wb["Self-assessments"])[0]["Strengths"] == "Calm under pressure"
    assert _rows(wb["Check-ins"])[0]["Notes"] == "On track"
    (session,) = _rows(wb["Sessions"])
    assert session["Shared notes"] == "Practised escalations"
    assert "Private notes" not in session
    assert _rows(wb["Action items"])[0]["Status"] == "Open"
    assert _rows(wb["Training"])[0]["Program"] == "Coaching basics"
    comments = sorted(r["Comment"] for r in _rows(wb["Feedback"]))
    assert comments == ["Great call", "Internal remark"]
    assert _rows(wb["Responsibilities"])[0]["Career goal"] == "Become team lead"


def test_profile_mentor_skips_an_archived_mentorship(person, tmp_path):
    """A newer active mentorship that was archived (entered by mistake) is not the mentor."""
    newer = staff.create(employee_id="C003", first_name="Cy", last_name="Ma")["id"]
    mentor = mentoring.mentors.create(staff=newer)["id"]
    ship = mentoring.mentorships.create(mentor=mentor, mentee=person, status="active",
                                        start_date=dt.date(2025, 2, 1))["id"]
    wb = load_workbook(export_staff_report("A001", tmp_path / "before.xlsx"))
    assert {r["Field"]: r["Value"] for r in _rows(wb["Profile"])}["Mentor"] == "Cy Ma"
    mentoring.mentorships.archive(ship)
    wb = load_workbook(export_staff_report("A001", tmp_path / "after.xlsx"))
    assert {r["Field"]: r["Value"] for r in _rows(wb["Profile"])}["Mentor"] == "Bo Lee"


@pytest.mark.parametrize("sheet, header", [("Career goals", "Progress"), ("Feedback", "Rating"),
                                           ("Sessions", "Minutes")])
def test_numbers_before_text_are_centred(person, tmp_path, sheet, header):
    """A right-aligned number would touch the left-aligned text of the next column in print."""
    ws = load_workbook(export_staff_report("A001", tmp_path / "ana.xlsx"))[sheet]
    headers = [c.value for c in ws[1]]
    column = headers.index(header) + 1
    cells = [ws.cell(row=r, column=column) for r in range(1, ws.max_row + 1)]
    assert all(c.value is not None for c in cells)
    assert {c.alignment.horizontal for c in cells} == {"center"}


def test_private_notes_only_with_include_private(person, tmp_path):
    without = export_staff_report("A001", tmp_path / "plain.xlsx")
    text = _package_text(without)
    assert PRIVATE not in text and OTHER_PERSON not in text
    with_private = export_staff_report("A001", tmp_path / "private.xlsx", include_private=True)
    (session,) = _rows(load_workbook(with_private)["Sessions"])
    assert session["Private notes"] == PRIVATE


def test_unknown_employee_id(db, tmp_path):
    with pytest.raises(NotFoundError, match="X999"):
        export_staff_report("X999", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
