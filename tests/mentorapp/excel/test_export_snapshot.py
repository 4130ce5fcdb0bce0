"""Every export reads one moment of the database: a commit landing from another connection
while the export runs shows in no sheet, and the sheets agree with each other."""

from __future__ import annotations

import datetime as dt
import threading

from openpyxl import load_workbook

from mentorapp.db import database
from mentorapp.excel.reports import export_client_report, export_staff_report
from mentorapp.models import Feedback
from mentorapp.services import clients, feedback, staff

START, END = dt.date(2025, 1, 1), dt.date(2025, 3, 31)
LATE = "ZZCOMMITTEDMIDEXPORT42"


def _seed() -> dict:
    acme = clients.create(name="Acme")["id"]
    ana = staff.create(employee_id="A1", first_name="Ana", last_name="Cruz")["id"]
    staff.assign(ana, acme, "Agent", dt.date(2024, 1, 1))
    for day in range(1, 4):
        feedback.create(staff=ana, client=acme, source="client", date=dt.date(2025, 2, day),
                        rating=4, comment=f"shared {day}", visibility="shareable")
    return {"acme": acme, "ana": ana}


def _commit_from_another_connection(ids: dict) -> None:
    """A new shareable feedback, committed by a second connection on another thread."""
    def write():
        with database.connection_context():
            feedback.create(staff=ids["ana"], client=ids["acme"], source="client",
                            date=dt.date(2025, 2, 20), rating=1, comment=LATE,
                            visibility="shareable")

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(30)
    assert not worker.is_alive()


class CommitOnFirstProgress:
    """A progress callback that commits a write the first time the export reports."""

    def __init__(self, ids: dict):
        self.ids, self.fired = ids, False

    def __call__(self, done: int, total: int) -> None:
        if not self.fired:
            self.fired = True
            _commit_from_another_connection(self.ids)


def _texts(path) -> list[str]:
    wb = load_workbook(path)
    return [str(cell.value) for ws in wb.worksheets for row in ws.iter_rows() for cell in row
            if cell.value is not None]


def test_client_report_is_one_snapshot(db, tmp_path):
    ids = _seed()
    progress = CommitOnFirstProgress(ids)
    out = export_client_report("Acme", START, END, tmp_path / "acme.xlsx", progress=progress)
    assert progress.fired
    assert Feedback.select().count() == 4  # the write did commit
    assert not any(LATE in text for text in _texts(out))
    wb = load_workbook(out)
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(values_only=True) if row}
    feedback_rows = wb["Feedback"].max_row - 1
    assert summary["Feedback received"] == feedback_rows == 3
    staff_row = next(wb["Staff"].iter_rows(min_row=2, values_only=True))
    assert staff_row[7] == 3  # the Staff sheet's feedback count agrees too


def test_staff_report_is_one_snapshot(db, tmp_path):
    ids = _seed()
    progress = CommitOnFirstProgress(ids)
    out = export_staff_report("A1", tmp_path / "ana.xlsx", progress=progress)
    assert progress.fired
    assert not any(LATE in text for text in _texts(out))
    assert load_workbook(out)["Feedback"].max_row - 1 == 3


def _in_another_thread(work) -> None:
    def run():
        with database.connection_context():
            work()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    assert not worker.is_alive()


def _commit_before(module, name: str, work, monkeypatch) -> list:
    """Make `module.name` commit `work` from another connection before it queries: a commit
    landing between two of an export's queries. Returns a list that records the call."""
    original, calls = getattr(module, name), []

    def committing_first(*args, **kwargs):
        calls.append(name)
        _in_another_thread(work)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, committing_first)
    return calls


def test_mentoring_report_is_one_snapshot(db, tmp_path, monkeypatch):
    from mentorapp.excel import mentoring_data
    from mentorapp.excel.reports import export_mentoring_report
    from mentorapp.services import mentoring

    mia = staff.create(employee_id="M1", first_name="Mia", last_name="Lopez")["id"]
    mentor = mentoring.mentors.create(staff=mia, capacity=3)["id"]
    ana = staff.create(employee_id="A1", first_name="Ana", last_name="Cruz")["id"]
    mentoring.mentorships.create(mentor=mentor, mentee=ana, status="active",
                                 start_date=dt.date(2025, 2, 1))
    ben = staff.create(employee_id="B1", first_name="Ben", last_name=LATE)["id"]
    calls = _commit_before(mentoring_data, "mentee_rows", lambda: mentoring.mentorships.create(
        mentor=mentor, mentee=ben, status="active", start_date=dt.date(2025, 3, 1)),
        monkeypatch)
    out = export_mentoring_report(START, END, tmp_path / "mentoring.xlsx")
    assert calls == ["mentee_rows"]
    assert not any(LATE in text for text in _texts(out))
    wb = load_workbook(out)
    active = next(wb["Mentors"].iter_rows(min_row=2, values_only=True))[3]
    assert active == wb["Mentees"].max_row - 1 == 1  # the two sheets agree


def test_training_matrix_is_one_snapshot(db, tmp_path, monkeypatch):
    from mentorapp.excel import training_matrix_data
    from mentorapp.excel.reports import export_training_matrix
    from mentorapp.services import training

    ana = staff.create(employee_id="A1", first_name="Ana", last_name="Cruz")["id"]
    training.programs.create(name="Safety", mandatory=True)
    late = training.programs.create(name=LATE)["id"]
    calls = _commit_before(training_matrix_data, "latest_enrollments",
                           lambda: training.enrollments.create(
                               staff=ana, program=late, status="completed",
                               start_date=dt.date(2025, 1, 1),
                               completed_date=dt.date(2025, 1, 2)),
                           monkeypatch)
    out = export_training_matrix(tmp_path / "matrix.xlsx")
    assert calls == ["latest_enrollments"]
    assert not any(LATE in text for text in _texts(out))
    wb = load_workbook(out)
    assert [c.value for c in wb["Matrix"][1]][4:] == ["Safety (mandatory)"]
    assert wb["Details"]["A2"].value == "No training recorded"


def test_client_feedback_template_is_one_snapshot(db, tmp_path, monkeypatch):
    from mentorapp.excel import template_data
    from mentorapp.excel.templates import write_template

    ids = _seed()

    def hire():  # between reading the columns and the client's staff
        late = staff.create(employee_id="L1", first_name="Lee", last_name=LATE)["id"]
        staff.assign(late, ids["acme"], "Agent", dt.date(2024, 6, 1))

    calls = _commit_before(template_data, "client_form", hire, monkeypatch)
    out = write_template("feedback", tmp_path / "form.xlsx", client="Acme")
    assert calls == ["client_form"]
    assert not any(LATE in text for text in _texts(out))
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=2, max_col=1,
                                                           values_only=True))
    assert [r[0] for r in rows if r[0]] == ["A1"]
