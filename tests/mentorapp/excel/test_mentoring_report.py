"""The mentoring program report: capacity, sessions and hours, action items, ratings."""

from __future__ import annotations

import datetime as dt
from statistics import mean

import pytest
from openpyxl import load_workbook

from mentorapp.errors import ValidationError
from mentorapp.excel.mentoring_report import export_mentoring_report
from mentorapp.services import feedback, mentoring, staff

START, END = dt.date(2025, 1, 1), dt.date(2025, 6, 30)
MENTORSHIP_START = dt.date(2025, 2, 1)
BEFORE, SINCE = [2, 3], [4, 5]
SESSION_MINUTES = [60, 30]


def _rows(ws):
    (table,) = ws.tables.values()
    rows = [[c.value for c in row] for row in ws[table.ref]]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def seeded(db):
    mia = staff.create(employee_id="M1", first_name="Mia", last_name="Lopez")["id"]
    ana = staff.create(employee_id="A1", first_name="Ana", last_name="Cruz")["id"]
    mentor = mentoring.mentors.create(staff=mia, capacity=2)["id"]
    mentoring.mentors.create(external_name="Coach Carter", capacity=4)
    ship = mentoring.mentorships.create(mentor=mentor, mentee=ana, status="active",
                                        start_date=MENTORSHIP_START)["id"]
    for day, minutes in zip((dt.date(2025, 2, 10), dt.date(2025, 3, 10)), SESSION_MINUTES,
                            strict=True):
        mentoring.log_session(ship, date=day, duration_minutes=minutes,
                              action_items=[{"text": f"Task {day}"}])
    mentoring.log_session(ship, date=dt.date(2025, 8, 1), duration_minutes=90)  # after END
    first_item = mentoring.actions.list(mentorship=ship)[0]["id"]
    mentoring.complete_action(first_item, dt.date(2025, 3, 1))
    for rating, day in zip(BEFORE, (dt.date(2024, 11, 1), dt.date(2025, 1, 15)), strict=True):
        feedback.create(staff=ana, source="management", date=day, rating=rating)
    for rating, day in zip(SINCE, (dt.date(2025, 2, 1), dt.date(2025, 6, 30)), strict=True):
        feedback.create(staff=ana, source="management", date=day, rating=rating)
    feedback.create(staff=ana, source="management", date=dt.date(2025, 7, 1), rating=1)


def test_mentor_figures(seeded, tmp_path):
    wb = load_workbook(export_mentoring_report(START, END, tmp_path / "m.xlsx"))
    mentors = {r["Mentor"]: r for r in _rows(wb["Mentors"])}
    mia = mentors["Mia Lopez"]
    assert mia["Capacity"] == 2 and mia["Active mentees"] == 1
    assert mia["Use of capacity"] == 0.5
    assert mia["Sessions in period"] == len(SESSION_MINUTES)
    assert mia["Hours in period"] == sum(SESSION_MINUTES) / 60
    assert mia["Action items open"] == 1 and mia["Action items done in period"] == 1
    coach = mentors["Coach Carter"]
    assert coach["Type"] == "External coach" and coach["Active mentees"] == 0


def test_mentee_rating_before_and_since(seeded, tmp_path):
    wb = load_workbook(export_mentoring_report(START, END, tmp_path / "m.xlsx"))
    (row,) = _rows(wb["Mentees"])
    assert row["Mentee"] == "Ana Cruz" and row["Started"].date() == MENTORSHIP_START
    assert row["Rating before"] == pytest.approx(mean(BEFORE))
    assert row["Rating since start"] == pytest.approx(mean(SINCE))  # not the July one
    assert row["Change"] == pytest.approx(mean(SINCE) - mean(BEFORE))


def test_period_outside_every_mentorship_and_reversed_period(seeded, tmp_path):
    wb = load_workbook(export_mentoring_report(dt.date(2020, 1, 1), dt.date(2020, 1, 31),
                                               tmp_path / "old.xlsx"))
    assert wb["Mentees"]["A2"].value == "No mentorships in this period"
    with pytest.raises(ValidationError, match="before it starts"):
        export_mentoring_report(END, START, tmp_path / "x.xlsx")
