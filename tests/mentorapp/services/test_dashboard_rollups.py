"""The dashboard's roll-ups (schema 8): kept by triggers after every kind of write, equal to the
figures added up from the base tables, and checked by `maintenance verify-rollups`."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from service_helpers import Make, days_ago

from mentorapp import demo, migrations, opening
from mentorapp.db import database
from mentorapp.excel.importing import import_file
from mentorapp.models import Assignment, DashboardDay
from mentorapp.services import dashboard, feedback, rollups, staff, training
from tests.conftest import PLAIN_BACKENDS

ROOT = Path(__file__).resolve().parents[3]
SAVED_V7 = ROOT / "tests" / "data" / "mentorapp_v7.db"
SOURCES = ("client", "management", "mentor", "peer", "self")


def rollup(figure: str, client: int = 0) -> dict:
    """{(day, source): (entries, rating sum, rated, hour tenths)} of one figure and client,
    rows that are all zero left out."""
    rows = DashboardDay.select().where(DashboardDay.figure == figure,
                                       DashboardDay.client_id == client)
    return {(dashboard._as_date(r.day), r.source): (r.entries, r.rating_sum, r.rated,
                                                    r.hour_tenths)
            for r in rows if (r.entries, r.rating_sum, r.rated, r.hour_tenths) != (0, 0, 0, 0)}


def assert_no_drift() -> None:
    found = rollups.drift()
    assert found["total"] == 0, found["rows"]


def test_feedback_create_edit_archive_and_delete_move_the_rollups(db, make):
    acme, beta = make.client(), make.client()
    person = make.staff(client=acme)
    day, later = days_ago(10), days_ago(3)
    entry = make.feedback(person, date=day, source="client", client=acme["id"], rating=4)
    make.feedback(person, date=day, source="client", client=acme["id"], rating=None)
    assert rollup("feedback") == {(day, "client"): (2, 4, 1, 0)}
    assert rollup("feedback", acme["id"]) == {(day, "client"): (2, 4, 1, 0)}
    assert_no_drift()

    steps = [({"date": later}, {(day, "client"): (1, 0, 0, 0), (later, "client"): (1, 4, 1, 0)}),
             ({"source": "peer"}, {(day, "client"): (1, 0, 0, 0), (later, "peer"): (1, 4, 1, 0)}),
             ({"rating": 2}, {(day, "client"): (1, 0, 0, 0), (later, "peer"): (1, 2, 1, 0)}),
             ({"rating": None}, {(day, "client"): (1, 0, 0, 0), (later, "peer"): (1, 0, 0, 0)})]
    for change, everyone in steps:
        feedback.update(entry["id"], **change)
        assert rollup("feedback") == everyone, change
        assert_no_drift()

    feedback.update(entry["id"], client=beta["id"], rating=5)
    assert rollup("feedback", acme["id"]) == {(day, "client"): (1, 0, 0, 0)}
    assert rollup("feedback", beta["id"]) == {(later, "peer"): (1, 5, 1, 0)}
    feedback.update(entry["id"], client=None)
    assert rollup("feedback", beta["id"]) == {}
    assert rollup("feedback")[(later, "peer")] == (1, 5, 1, 0)  # about no client: everyone's
    assert_no_drift()

    feedback.archive(entry["id"])
    assert rollup("feedback") == {(day, "client"): (1, 0, 0, 0)}
    assert_no_drift()
    feedback.restore(entry["id"])
    assert rollup("feedback")[(later, "peer")] == (1, 5, 1, 0)
    assert_no_drift()
    feedback.delete(entry["id"])
    assert rollup("feedback") == {(day, "client"): (1, 0, 0, 0)}
    assert_no_drift()


def test_training_rollups_follow_enrollments_and_the_client_a_person_is_on(db, make):
    acme, beta = make.client(), make.client()
    person = make.staff(client=acme)
    program = make.program(hours=None)
    day = days_ago(20)
    done = make.enrollment(person, program, status="completed", completed_date=day, hours=7.5)
    make.enrollment(person, program, status="in_progress")  # not completed: not counted
    assert rollup("training") == rollup("training", acme["id"]) == {(day, ""): (1, 0, 0, 75)}
    assert_no_drift()

    training.enrollments.update(done["id"], hours=2)
    assert rollup("training") == {(day, ""): (1, 0, 0, 20)}
    training.enrollments.update(done["id"], completed_date=days_ago(5))
    assert rollup("training", acme["id"]) == {(days_ago(5), ""): (1, 0, 0, 20)}
    assert_no_drift()
    training.enrollments.update(done["id"], status="in_progress", completed_date=None)
    assert rollup("training") == {}
    training.enrollments.update(done["id"], status="completed", completed_date=day)
    training.enrollments.archive(done["id"])
    assert rollup("training") == {}
    training.enrollments.restore(done["id"])
    assert rollup("training", acme["id"]) == {(day, ""): (1, 0, 0, 20)}
    assert_no_drift()

    staff.assign(person["id"], beta["id"], start_date=days_ago(2))  # moved: Beta's hours now
    assert rollup("training", acme["id"]) == {}
    assert rollup("training", beta["id"]) == {(day, ""): (1, 0, 0, 20)}
    assert_no_drift()
    # Two open assignments at once (the services refuse them; psql or an old import need not)
    second = Assignment.insert(staff=person["id"], client=beta["id"], role="",
                               start_date=days_ago(1)).execute()
    assert rollup("training", beta["id"]) == {(day, ""): (1, 0, 0, 20)}  # counted once
    Assignment.update(client=acme["id"]).where(Assignment.id == second).execute()
    assert rollup("training", acme["id"]) == rollup("training", beta["id"])
    Assignment.delete().where(Assignment.id == second).execute()
    assert rollup("training", acme["id"]) == {}
    assert_no_drift()
    staff.end_assignment(person["id"], days_ago(0))
    assert rollup("training", beta["id"]) == {}
    assert rollup("training") == {(day, ""): (1, 0, 0, 20)}  # everyone's all the same
    assert_no_drift()
    training.enrollments.delete(done["id"])
    assert rollup("training") == {}
    assert_no_drift()


def test_feedback_and_training_imports_move_the_rollups(db, make, tmp_path):
    acme = make.client(name="Acme")
    make.staff(client=acme, employee_id="IMP1")
    make.program(name="Refunds 101")
    day = days_ago(7).isoformat()
    rows = "".join(f"IMP1,{day},{source},Acme,{rating},Noted\n"
                   for source, rating in (("client", 5), ("peer", 3), ("peer", "")))
    path = tmp_path / "feedback.csv"
    path.write_text("Employee ID,Date,Source,Client,Overall Rating,Comment\n" + rows,
                    encoding="utf-8")
    result = import_file("feedback", path)
    assert result.ok and result.created == 3, result.problems_text()
    assert rollup("feedback", acme["id"]) == {(days_ago(7), "client"): (1, 5, 1, 0),
                                              (days_ago(7), "peer"): (2, 3, 1, 0)}
    path = tmp_path / "training.csv"
    path.write_text("Employee ID,Program,Status,Completed On,Hours\n"
                    f"IMP1,Refunds 101,completed,{day},3.5\n", encoding="utf-8")
    result = import_file("training", path)
    assert result.ok and result.created == 1, result.problems_text()
    assert rollup("training", acme["id"]) == {(days_ago(7), ""): (1, 0, 0, 35)}
    assert_no_drift()


def test_demo_data_leaves_no_drift(db):
    demo.generate(database.obj, staff=12, seed=5)
    assert DashboardDay.select().count() > 0
    assert_no_drift()


def test_an_older_backup_restored_gets_its_rollups(sqlite_db, tmp_path):
    target = tmp_path / "restored.db"
    restored = opening.restore_database(str(target), SAVED_V7)
    assert migrations.schema_version(restored) == migrations.CURRENT_VERSION
    assert rollup("feedback") and rollup("training")
    assert_no_drift()
    restored.close()


def test_an_upgraded_database_has_the_triggers_of_a_new_one(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(SAVED_V7, old)
    opening.open_database(str(old)).close()
    opening.open_database(str(tmp_path / "new.db")).close()

    def triggers(path):
        import sqlite3

        with sqlite3.connect(path) as con:
            return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))

    assert triggers(old) == triggers(tmp_path / "new.db")
    assert any(name == "feedback_dashboard_insert" for name, _ in triggers(old))


def _random_company(make, rng: random.Random) -> list[dict]:
    """Clients, people moved between them, feedback and training with edits and archives."""
    clients = [make.client() for _ in range(3)]
    people = [make.staff(client=rng.choice(clients)) for _ in range(8)]
    people.append(make.staff())  # on no client
    for person in rng.sample(people[:8], 3):
        staff.assign(person["id"], rng.choice(clients)["id"], start_date=days_ago(30))
    staff.end_assignment(people[0]["id"], days_ago(1))
    programs = [make.program(hours=None) for _ in range(2)]
    entries = []
    for _ in range(60):
        source = rng.choice(SOURCES)
        about = [c["id"] for c in clients] + ([None] if source != "client" else [])
        entries.append(make.feedback(
            rng.choice(people), date=days_ago(rng.randrange(0, 400)), source=source,
            client=rng.choice(about), rating=rng.choice([None, 1, 2, 3, 4, 5])))
    for entry in rng.sample(entries, 10):
        feedback.update(entry["id"], date=days_ago(rng.randrange(0, 400)),
                        client=rng.choice(clients)["id"], rating=rng.choice([None, 3, 5]))
    for entry in rng.sample(entries, 6):
        feedback.archive(entry["id"])
    for _ in range(25):
        status = rng.choice(["completed", "completed", "in_progress"])
        done = make.enrollment(rng.choice(people), rng.choice(programs), status=status,
                               completed_date=days_ago(rng.randrange(0, 400))
                               if status == "completed" else None,
                               hours=rng.choice([None, 1.5, 4, 12.5]))
        if rng.random() < 0.2:
            training.enrollments.archive(done["id"])
    return clients


def _days(rows) -> list[tuple]:
    return sorted((dashboard._as_date(day), source, n, total or 0, rated)
                  for day, source, n, total, rated in rows)


@pytest.mark.parametrize("seed", [1, 2])
def test_figures_from_rollups_equal_the_figures_from_the_records(db, make, seed):
    clients = _random_company(make, random.Random(seed))
    assert_no_drift()
    today = dt.date.today()
    for client in (None, *[c["id"] for c in clients]):
        for months in (3, 12):
            start = dashboard.months_back(today, months - 1)
            assert _days(dashboard.feedback_days(start, today, client, rolled_up=True)) == \
                _days(dashboard.feedback_days(start, today, client, rolled_up=False))
            quarter = dashboard.quarter_start(today)
            from_rollups = dashboard.trainings_completed(quarter, today, client, rolled_up=True)
            from_records = dashboard.trainings_completed(quarter, today, client, rolled_up=False)
            assert from_rollups["count"] == from_records["count"]
            assert from_rollups["hours"] == pytest.approx(from_records["hours"])
            by_client = [dashboard.training_hours_by_client(start, today, client,
                                                            rolled_up=rolled_up)
                         for rolled_up in (True, False)]
            assert [(r["client_id"], r["client"], round(r["hours"], 1)) for r in by_client[0]] \
                == [(r["client_id"], r["client"], round(r["hours"], 1)) for r in by_client[1]]
    figures = dashboard.figures(today, client=clients[0]["id"])
    assert figures["feedback_by_source"] == dashboard.feedback_by_source(
        figures["period_start"], today,
        dashboard.feedback_days(figures["period_start"], today, clients[0]["id"],
                                rolled_up=False))
    assert sum(figures["feedback_by_source"].values()) > 0


def _corrupt() -> None:
    database.obj.execute_sql("UPDATE dashboard_day SET entries = entries + 5 "
                             "WHERE figure = 'feedback' AND client_id = 0")
    database.obj.execute_sql("DELETE FROM dashboard_day WHERE figure = 'training' "
                             "AND client_id = 0")
    database.obj.execute_sql("INSERT INTO dashboard_day VALUES "
                             "('training', 999, '2001-02-03', '', 1, 0, 0, 15)")


# Corrupting and rebuilding the roll-ups takes the owner's rights in shared mode.
@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_drift_is_found_listed_and_fixed(db, make):
    acme = make.client()
    person = make.staff(client=acme)
    make.feedback(person, date=days_ago(2), source="peer", client=acme["id"], rating=3)
    make.enrollment(person, status="completed", completed_date=days_ago(4), hours=1)
    _corrupt()
    found = rollups.drift()
    assert found["total"] == 3
    rows = {row["key"][:2] + (dashboard._as_date(row["key"][2]), row["key"][3]): row
            for row in found["rows"]}
    assert rows[("feedback", 0, days_ago(2), "peer")]["found"]["entries"] == 6
    assert rows[("feedback", 0, days_ago(2), "peer")]["expected"]["entries"] == 1
    assert rows[("training", 0, days_ago(4), "")]["found"] is None
    assert rows[("training", 999, dt.date(2001, 2, 3), "")]["expected"] is None
    assert rollups.drift(limit=1)["rows"] == found["rows"][:1]
    rollups.rebuild()
    assert_no_drift()
    assert rollup("training") == {(days_ago(4), ""): (1, 0, 0, 10)}


def run_cli(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_verify_rollups_command_exits_1_on_drift_and_0_once_fixed(sqlite_db, tmp_path):
    make = Make()  # on SQLite only (the `make` fixture brings both backends)
    acme = make.client()
    make.feedback(make.staff(), date=days_ago(2), source="peer", rating=3, client=acme["id"])
    target = sqlite_db.database
    result = run_cli("--db", target, "maintenance", "verify-rollups")
    # two feedback days (everyone's and Acme's) and the one active person (schema 16)
    assert (result.returncode, result.stdout.strip()) == (0, "roll-ups match (3 rows)")
    _corrupt()
    sqlite_db.close()
    result = run_cli("--db", target, "maintenance", "verify-rollups", "--limit", "1")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"feedback, everyone, {days_ago(2).isoformat()}, peer: entries 6 " \
        "(expected 1)"
    assert lines[1].startswith("2 roll-up rows differ from the records")
    result = run_cli("--db", target, "maintenance", "verify-rollups", "--fix")
    assert result.returncode == 0 and "rebuilt them: 3 rows" in result.stdout
    assert run_cli("--db", target, "maintenance", "verify-rollups").returncode == 0
    missing = run_cli("--db", tmp_path / "nowhere.db", "maintenance", "verify-rollups")
    assert missing.returncode == 1 and missing.stderr.startswith("error: ")
    assert "Traceback" not in missing.stderr


@pytest.mark.postgres
def test_a_mentor_reads_no_rollup_row_and_an_account_manager_only_their_clients(
        shared_postgres):
    shared_postgres.reset()
    opened = opening.open_database(shared_postgres.admin_url)
    try:
        make = Make()
        acme, beta = make.client(), make.client()
        person = make.staff(client=acme)
        for client in (acme, beta):
            make.feedback(person, date=days_ago(3), client=client["id"], rating=4)
        assert rollups.readable()  # the admin's dashboard reads them
    finally:
        opened.close()
    cursor = shared_postgres.connection.cursor()
    names = shared_postgres.names
    mentor, manager = f"{names.prefix}_lead", f"{names.prefix}_alma"
    for login, role in ((mentor, "mentor"), (manager, "account_manager")):
        cursor.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{names.group(role)}"')
        cursor.execute('INSERT INTO app_user (login, display_name, role, staff_id, active, '
                       'created_at) VALUES (%s, %s, %s, %s, TRUE, now())',
                       (login, login, role, person["id"] if role == "mentor" else None))
    cursor.execute("INSERT INTO client_manager (client_id, user_id) SELECT %s, id "
                   "FROM app_user WHERE login = %s", (acme["id"], manager))

    def seen_by(login: str) -> set:
        cursor.execute("BEGIN")
        try:
            cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{login}"')
            cursor.execute("SELECT client_id FROM dashboard_day")
            return {client for (client,) in cursor.fetchall()}
        finally:
            cursor.execute("ROLLBACK")

    as_mentor = opening.open_database(shared_postgres.admin_url.replace(
        f"//{shared_postgres.admin}@", f"//{mentor}@"))
    try:  # their dashboard adds up what row-level security shows them: their own feedback
        assert not rollups.readable()
        assert dashboard.figures()["feedback_by_source"] == {"management": 2}
    finally:
        as_mentor.close()
    assert seen_by(mentor) == set()
    assert seen_by(manager) == {acme["id"]}
    superuser = opening.open_database(shared_postgres.admin_url.replace(
        f"//{shared_postgres.admin}@", f"//{shared_postgres.connection.info.user}@"))
    try:  # no app role, but row-level security narrows nothing: the roll-ups, not 1.7 s
        assert rollups.readable()
    finally:
        superuser.close()
    assert seen_by(shared_postgres.admin) == {0, acme["id"], beta["id"]}
