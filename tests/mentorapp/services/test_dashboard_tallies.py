"""The dashboard's kept counts (schema 16): active staff and headcount by client
(`DashboardHeadcount`), check-ins and incidents by the day they fall due (`DashboardDue`). Kept
by triggers after every kind of write (create, edit, archive, restore, delete, import, restore
of a backup), equal to what the records give, and what the dashboard shows for everyone."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from service_helpers import days_ago

from mentorapp import migrations, opening
from mentorapp.db import database
from mentorapp.excel.importing import import_file
from mentorapp.models import DashboardDue, DashboardHeadcount
from mentorapp.services import careers, dashboard, feedback, rollups, staff
from tests.conftest import PLAIN_BACKENDS
from tests.records import Make

DATA = Path(__file__).resolve().parents[2] / "data"
SAVED_V15 = DATA / "mentorapp_v15.db"


def headcounts() -> dict:
    return {r.client_id: r.n for r in DashboardHeadcount.select() if r.n}


def due(figure: str) -> dict:
    return {dashboard._as_date(r.day): r.n for r in DashboardDue.select()
            .where(DashboardDue.figure == figure) if r.n}


def assert_no_drift() -> None:
    found = rollups.drift()
    assert found["total"] == 0, found["rows"]


def from_records(monkeypatch, **scope) -> dict:
    """The dashboard's figures counted from the records (as for a team or a restricted role)."""
    with monkeypatch.context() as patched:
        patched.setattr(dashboard, "_rolled_up", lambda team, site: False)
        return dashboard.figures(**scope)


def assert_dashboard_as_records(monkeypatch) -> dict:
    kept = dashboard.figures()
    counted = from_records(monkeypatch)
    for key in ("active_staff", "headcount_by_client", "attention_totals",
                "overdue_check_ins", "incidents_past_follow_up"):
        assert kept[key] == counted[key], key
    return kept


def test_staff_and_assignments_move_active_staff_and_headcount(db, make):
    acme, beta = make.client(), make.client()
    ana = make.staff(client=acme)
    ben = make.staff(client=acme)
    make.staff()  # on no client: counted among the active staff only
    assert headcounts() == {0: 3, acme["id"]: 2}
    staff.entity.update(ana["id"], status="on_leave")  # still active
    assert headcounts() == {0: 3, acme["id"]: 2}
    staff.entity.update(ana["id"], status="resigned")
    assert headcounts() == {0: 2, acme["id"]: 1}
    staff.entity.update(ana["id"], status="active")
    staff.entity.archive(ben["id"])
    assert headcounts() == {0: 2, acme["id"]: 1}
    assert_no_drift()
    staff.entity.restore(ben["id"])
    staff.end_assignment(ben["id"], days_ago(1))
    staff.assign(ben["id"], beta["id"], start_date=days_ago(0))
    assert headcounts() == {0: 3, acme["id"]: 1, beta["id"]: 1}
    staff.assign(ana["id"], beta["id"], start_date=days_ago(0))  # moves from Acme
    assert headcounts() == {0: 3, beta["id"]: 2}
    assert_no_drift()


def test_check_ins_move_the_overdue_count_by_next_date(db, make, monkeypatch):
    ana, ben = make.staff(), make.staff()
    first = careers.check_ins.create(staff=ana["id"], date=days_ago(60), next_date=days_ago(30))
    assert due("check_in") == {days_ago(30): 1}
    newer = careers.check_ins.create(staff=ana["id"], date=days_ago(20), next_date=days_ago(5))
    assert due("check_in") == {days_ago(5): 1}  # only the latest check-in counts
    careers.check_ins.create(staff=ben["id"], date=days_ago(10),
                             next_date=dt.date.today() + dt.timedelta(days=9))
    kept = assert_dashboard_as_records(monkeypatch)
    assert kept["attention_totals"]["overdue_check_ins"] == 1
    careers.check_ins.update(newer["id"], next_date=days_ago(2))
    assert due("check_in")[days_ago(2)] == 1
    careers.check_ins.archive(newer["id"])  # the first is the latest again
    assert due("check_in").get(days_ago(30)) == 1
    assert_no_drift()
    staff.entity.update(ana["id"], status="resigned")
    assert days_ago(30) not in due("check_in")
    staff.entity.update(ana["id"], status="active")
    careers.check_ins.restore(newer["id"])
    careers.check_ins.delete(first["id"])
    assert_dashboard_as_records(monkeypatch)
    assert_no_drift()


def test_incidents_move_the_past_follow_up_count(db, make, monkeypatch):
    acme = make.client()
    ana = make.staff(client=acme)
    incident = make.feedback(ana, kind="incident", date=days_ago(20),
                             follow_up_date=days_ago(3), client=acme["id"])
    make.feedback(ana, kind="incident", date=days_ago(20), follow_up_date=days_ago(8),
                  resolved_date=days_ago(4))
    make.feedback(ana, kind="recognition", rating=5)
    assert due("incident") == {days_ago(3): 1}
    assert assert_dashboard_as_records(monkeypatch)["attention_totals"][
        "incidents_past_follow_up"] == 1
    feedback.update(incident["id"], follow_up_date=days_ago(1))
    assert due("incident") == {days_ago(1): 1}
    feedback.resolve_incident(incident["id"], days_ago(0))
    assert due("incident") == {}
    feedback.update(incident["id"], resolved_date=None)
    feedback.archive(incident["id"])
    assert due("incident") == {}
    assert_no_drift()
    feedback.restore(incident["id"])
    assert due("incident") == {days_ago(1): 1}
    staff.entity.archive(ana["id"])
    assert due("incident") == {}
    staff.entity.restore(ana["id"])
    feedback.update(incident["id"], kind="general", lesson_learned="", follow_up_date=None)
    assert due("incident") == {}
    feedback.update(incident["id"], kind="incident", lesson_learned="Ask first",
                    follow_up_date=days_ago(1))
    assert due("incident") == {days_ago(1): 1}
    feedback.delete(incident["id"])
    assert due("incident") == {}
    assert_dashboard_as_records(monkeypatch)
    assert_no_drift()


def test_a_roster_import_moves_the_headcounts(db, make, tmp_path):
    acme, beta = make.client(name="Acme"), make.client(name="Beta")
    make.staff(client=acme, employee_id="R1")
    path = tmp_path / "roster.csv"
    path.write_text("Employee ID,First Name,Last Name,Status,Client\n"
                    "R1,Ana,Reyes,resigned,Acme\nR2,Ben,Cruz,active,Beta\n"
                    "R3,Cy,Tan,on leave,Beta\n", encoding="utf-8")
    result = import_file("staff", path)
    assert result.ok, result.problems_text()
    assert headcounts() == {0: 2, beta["id"]: 2}
    assert_no_drift()


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_one_statement_changing_many_people_moves_each_once(db):
    """PostgreSQL adds up a whole statement's rows: people resigned and back in one UPDATE,
    a statement that touches rows without changing whether they are active moves nothing."""
    make = Make()
    acme = make.client()
    people = [make.staff(client=acme) for _ in range(4)]
    for person in people:
        careers.check_ins.create(staff=person["id"], date=days_ago(9), next_date=days_ago(2))
    db = database.obj
    ids = tuple(p["id"] for p in people[:3])
    db.execute_sql('UPDATE "staff" SET "status" = %s WHERE "id" IN %s', ("resigned", ids))
    assert headcounts() == {0: 1, acme["id"]: 1}
    assert due("check_in") == {days_ago(2): 1}
    db.execute_sql('UPDATE "staff" SET "team" = %s', ("Night",))
    assert headcounts() == {0: 1, acme["id"]: 1}
    db.execute_sql('UPDATE "staff" SET "status" = %s', ("active",))
    assert headcounts() == {0: 4, acme["id"]: 4}
    assert due("check_in") == {days_ago(2): 4}
    assert_no_drift()


def _corrupt() -> None:
    database.obj.execute_sql('UPDATE "dashboard_headcount" SET "n" = "n" + 2 '
                             'WHERE "client_id" = 0')
    database.obj.execute_sql('DELETE FROM "dashboard_due"')


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_drift_in_the_counts_is_found_and_fixed(db, make):
    ana = make.staff()
    careers.check_ins.create(staff=ana["id"], date=days_ago(9), next_date=days_ago(2))
    _corrupt()
    found = {row["table"]: row for row in rollups.drift()["rows"]}
    assert found["dashboard_headcount"]["key"] == (0,)
    assert (found["dashboard_headcount"]["found"], found["dashboard_headcount"]["expected"]) \
        == ({"n": 3}, {"n": 1})
    assert found["dashboard_due"]["found"] is None
    assert found["dashboard_due"]["expected"] == {"n": 1}
    rollups.rebuild()
    assert_no_drift()
    assert due("check_in") == {days_ago(2): 1}


def test_the_command_line_names_a_drifting_count(sqlite_db):
    from tests.mentorapp.services.test_dashboard_rollups import run_cli

    Make().staff()
    _corrupt()
    target = sqlite_db.database
    sqlite_db.close()
    result = run_cli("--db", target, "maintenance", "verify-rollups")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == "active staff, everyone: n 3 (expected 1)"


def test_a_saved_schema_15_database_gets_its_counts(tmp_path, monkeypatch):
    path = tmp_path / "v15.db"
    shutil.copy(SAVED_V15, path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT MAX(version) FROM schema_version").fetchone() == (15,)
    con.close()
    opened = opening.open_database(str(path))
    try:
        assert migrations.schema_version(opened) == migrations.CURRENT_VERSION
        assert headcounts()[0] > 0 and due("check_in") and due("incident")
        assert_no_drift()
        assert_dashboard_as_records(monkeypatch)
        person = staff.entity.list(limit=1)[0]
        staff.entity.update(person["id"], status="resigned")  # the triggers are in force
        assert_no_drift()
    finally:
        opened.close()


@pytest.mark.postgres
def test_only_the_roles_that_read_everything_read_the_counts(shared_postgres):
    shared_postgres.reset()
    opened = opening.open_database(shared_postgres.admin_url)
    try:
        make = Make()
        person = make.staff(client=make.client())
        careers.check_ins.create(staff=person["id"], date=days_ago(9), next_date=days_ago(2))
        make.feedback(person, kind="incident", date=days_ago(5), follow_up_date=days_ago(1))
    finally:
        opened.close()
    cursor = shared_postgres.connection.cursor()
    names = shared_postgres.names
    logins = {}
    for role in ("hr", "mentor", "agent", "account_manager", "qa"):
        login = logins[role] = f"{names.prefix}_tally_{role}"
        cursor.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{names.group(role)}"')
        cursor.execute('INSERT INTO app_user (login, display_name, role, staff_id, active, '
                       'created_at) VALUES (%s, %s, %s, %s, TRUE, now())',
                       (login, login, role, person["id"] if role == "mentor" else None))

    def seen_by(login: str) -> tuple[int, int]:
        cursor.execute("BEGIN")
        try:
            cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{login}"')
            cursor.execute('SELECT (SELECT COUNT(*) FROM "dashboard_headcount"), '
                           '(SELECT COUNT(*) FROM "dashboard_due")')
            return cursor.fetchone()
        finally:
            cursor.execute("ROLLBACK")

    assert seen_by(logins["hr"]) == (2, 2)
    for role in ("mentor", "agent", "account_manager", "qa"):
        assert seen_by(logins[role]) == (0, 0), role
    cursor.execute("BEGIN")
    try:  # HR's check-in moves the counts, which no app role may write itself
        cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{logins["hr"]}"')
        cursor.execute('UPDATE "check_in" SET "is_latest" = FALSE')
        cursor.execute('INSERT INTO "check_in" ("staff_id", "date", "reviewer", "notes", '
                       '"next_date", "archived", "is_latest") VALUES '
                       "(%s, %s, '', '', %s, FALSE, TRUE)",
                       (person["id"], days_ago(1), days_ago(0)))
        cursor.execute("""SELECT "day", "n" FROM "dashboard_due" WHERE "figure" = 'check_in'
                          AND "n" <> 0""")
        assert cursor.fetchall() == [(days_ago(0), 1)]
        with pytest.raises(Exception, match="permission denied"):
            cursor.execute('UPDATE "dashboard_headcount" SET "n" = 0')
    finally:
        cursor.execute("ROLLBACK")
