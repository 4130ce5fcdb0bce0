"""The training matrix: statuses, mandatory programs, expired and expiring certifications."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from mentorapp.excel.training_matrix import (
    COMPLETED_FILL,
    EXPIRED_FILL,
    EXPIRING_DAYS,
    EXPIRING_FILL,
    export_training_matrix,
)
from mentorapp.services import clients, staff, training

TODAY = dt.date.today()


def _months_ago(months: int, extra_days: int = 0) -> dt.date:
    total = TODAY.year * 12 + TODAY.month - 1 - months
    return dt.date(total // 12, total % 12 + 1, min(TODAY.day, 28)) - dt.timedelta(extra_days)


@pytest.fixture
def seeded(db):
    acme = clients.create(name="Acme")["id"]
    globex = clients.create(name="Globex")["id"]
    ids = {}
    for emp, first, client in (("A1", "Ana", acme), ("A2", "Ben", acme), ("G1", "Gil", globex)):
        ids[emp] = staff.create(employee_id=emp, first_name=first, last_name="Test")["id"]
        staff.assign(ids[emp], client, "Agent", dt.date(2024, 1, 1))
    safety = training.programs.create(name="Safety", mandatory=True)["id"]
    cert = training.programs.create(name="ITIL", type="certification", validity_months=12)["id"]
    excel = training.programs.create(name="Excel")["id"]
    globex_only = training.programs.create(name="Globex tools", client=globex)["id"]
    training.enrollments.create(staff=ids["A1"], program=safety, status="completed",
                                completed_date=_months_ago(1))
    training.enrollments.create(staff=ids["A1"], program=cert, status="completed",
                                completed_date=_months_ago(24))  # long expired
    training.enrollments.create(staff=ids["A2"], program=cert, status="completed",
                                completed_date=_months_ago(11))  # expires within a month
    training.enrollments.create(staff=ids["A2"], program=excel, status="in_progress",
                                start_date=_months_ago(1))
    training.enrollments.create(staff=ids["G1"], program=globex_only, status="enrolled")
    return ids


def _matrix(path):
    ws = load_workbook(path)["Matrix"]
    rows = [[c for c in row] for row in ws.iter_rows()]
    headers = [c.value for c in rows[0]]
    return headers, {row[0].value: dict(zip(headers, row, strict=True)) for row in rows[1:]}


def test_statuses_and_highlights(seeded, tmp_path):
    headers, rows = _matrix(export_training_matrix(tmp_path / "m.xlsx", today=TODAY))
    assert headers[:4] == ["Employee ID", "Name", "Client", "Team"]
    assert "Safety (mandatory)" in headers and "Globex tools" in headers
    ana, ben = rows["A1"], rows["A2"]
    assert ana["Safety (mandatory)"].value == f"Completed {_months_ago(1).isoformat()}"
    assert ana["Safety (mandatory)"].fill.start_color.rgb.endswith(COMPLETED_FILL.start_color.rgb)
    assert ana["ITIL"].value == "Expired"
    assert ana["ITIL"].fill.start_color.rgb.endswith(EXPIRED_FILL.start_color.rgb)
    assert ben["Safety (mandatory)"].value == "Missing"
    expires = training.certification_expiry(_months_ago(11), 12)
    assert (expires - TODAY).days <= EXPIRING_DAYS
    assert ben["ITIL"].fill.start_color.rgb.endswith(EXPIRING_FILL.start_color.rgb)
    assert ben["Excel"].value == "In progress"
    assert ana["Excel"].value is None


def test_details_sheet_has_the_dates(seeded, tmp_path):
    ws = load_workbook(export_training_matrix(tmp_path / "m.xlsx", today=TODAY))["Details"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    itil_ana = next(r for r in records if r["Employee ID"] == "A1" and r["Program"] == "ITIL")
    assert itil_ana["Completed"].date() == _months_ago(24)
    assert itil_ana["Certificate"] == "Expired"
    assert next(r for r in records if r["Program"] == "Safety")["Mandatory"] == "Yes"


def test_client_filter_keeps_that_clients_staff_and_programs(seeded, tmp_path):
    headers, rows = _matrix(export_training_matrix(tmp_path / "m.xlsx", client="acme",
                                                   today=TODAY))
    assert sorted(rows) == ["A1", "A2"]
    assert "Globex tools" not in headers
