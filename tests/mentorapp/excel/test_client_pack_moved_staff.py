"""Someone who moved from one client's account to another's during the period: the first
client's pack shows what they did while on its account, and nothing that names the other
client (their staff record's team is now the other account's; a course finished after the
move is the other account's business)."""

from __future__ import annotations

import datetime as dt
import zipfile

from openpyxl import load_workbook

from mentorapp.excel.client_report import export_client_report
from mentorapp.services import staff, training
from tests.records import make_kpi_metric, make_kpi_values

TODAY = dt.date.today()
START, END = TODAY - dt.timedelta(days=89), TODAY
MOVED = TODAY - dt.timedelta(days=40)  # the first day on the other account


def _sheet_values(path, name: str) -> list[tuple]:
    return [row for row in load_workbook(path)[name].iter_rows(values_only=True)]


def test_a_person_who_moved_shows_no_trace_of_the_other_client(db, make, tmp_path):
    acme, globex = make.client(name="Acme Corp"), make.client(name="Globex Bank")
    stayed = make.staff("Ana", "Cruz", acme, role="Agent", since=START - dt.timedelta(days=300),
                        team="Acme Voice 1")
    moved = make.staff("Ben", "Diaz", acme, role="Agent", since=START - dt.timedelta(days=300),
                       team="Acme Voice 1")
    staff.assign(moved["id"], globex["id"], "Agent", MOVED)
    staff.update(moved["id"], team="Globex Chat 1")  # the new account's team
    metric = make_kpi_metric(make, acme, name="CSAT", shareable=True)
    for person in (stayed, moved):
        make_kpi_values(metric, person, [(MOVED - dt.timedelta(days=10), 92, 10)])
    course = make.program("Refunds 101")
    before = make.enrollment(moved, course, status="completed", hours=2,
                             completed_date=MOVED - dt.timedelta(days=5))
    after = make.enrollment(moved, make.program("Globex onboarding"), status="completed",
                            hours=3, completed_date=MOVED + dt.timedelta(days=5))
    assert training.enrollments.get(after["id"])["status"] == "completed"

    path = export_client_report("Acme Corp", START, END, tmp_path)

    with zipfile.ZipFile(path) as package:
        for part in package.namelist():
            assert b"Globex" not in package.read(part), part
    agents = {row[1]: row[2] for row in _sheet_values(path, "KPI by agent")[1:]}
    assert agents == {"Ana Cruz": "Acme Voice 1", "Ben Diaz": "Left the account"}
    teams = [row[1] for row in _sheet_values(path, "KPI scorecard")
             if row[0] == "CSAT" and isinstance(row[6], int)]
    assert teams == ["Acme Voice 1", "Left the account"]
    courses = [row[3] for row in _sheet_values(path, "Training") if row and len(row) > 3]
    assert "Refunds 101" in courses and "Globex onboarding" not in courses
    assert before["completed_date"] < MOVED
