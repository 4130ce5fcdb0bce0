"""Migrations are frozen history: a schema version added tomorrow must not break the upgrade of a
database saved today. A throw-away next version adds an indexed column to Feedback (the table
step 4 once indexed by asking the live model) and every saved database, and every older schema on
PostgreSQL, must still reach it with exactly the schema of a new database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from mentorapp import migrations, models, opening
from mentorapp.services import careers, clients, feedback, staff, training

SAVED = sorted((Path(__file__).resolve().parents[1] / "data").glob("mentorapp_v*.db"))

# What each step did, undone: turns a database at version N into one at N - 1. Only the tests
# use it, to build every older schema on PostgreSQL from today's.
UNDO = {
    16: [*(f'DROP FUNCTION "dashboard_tally_of_{table}"() CASCADE'
           for table in ("staff", "assignment", "check_in", "feedback")),
         'DROP TABLE "dashboard_due"', 'DROP TABLE "dashboard_headcount"',
         'DROP INDEX "feedback_open_incident_follow_up"',
         'DROP INDEX "mentorship_status_mentor_id"'],
    15: ['DROP INDEX "kpi_value_metric_id_period"',
         'CREATE INDEX "kpi_value_metric_id_period_day_staff_id_value_count" '
         'ON "kpi_value" ("metric_id", "period", "day", "staff_id", "value", "count")'],
    14: ['ALTER TABLE "client" DROP COLUMN "report_language"'],
    13: ['DROP INDEX "feedback_report_version_id"',
         'ALTER TABLE "feedback" DROP COLUMN "report_version_id"',
         *(f'DROP TABLE "{table}"' for table in (
             "client_action_item", "client_review", "client_report_recipient",
             "client_report_version", "client_contact")),
         *(f'ALTER TABLE "client" DROP COLUMN "{column}"'
           for column in ("report_cadence", "report_due_days", "acknowledge_due_days"))],
    12: [],  # SQLite only: PostgreSQL's statement triggers stayed as step 10 made them
    11: ['DROP TABLE "role_requirement"', 'DROP TABLE "career_role"'],
    10: ['DROP FUNCTION "kpi_month_of_kpi_value"() CASCADE', 'DROP TABLE "kpi_month"'],
    9: [*(f'DROP TABLE "{table}"' for table in (
        "session_evidence", "evaluation_dispute", "evaluation_revision", "evaluation_answer",
        "evaluation", "calibration", "scorecard_item", "scorecard_version", "scorecard",
        "kpi_value", "kpi_metric")),
        'ALTER TABLE "mentoring_session" DROP COLUMN "follow_up_date"'],
    8: [*(f'DROP FUNCTION "dashboard_day_of_{table}"() CASCADE'
          for table in ("feedback", "enrollment", "assignment")),
        'DROP TABLE "dashboard_day"'],
    7: [*(f'ALTER TABLE "{table}" DROP COLUMN "search_vector"' for table in models.TEXT_SEARCH),
        'DROP INDEX "client_search_key_trgm"', 'DROP INDEX "staff_search_key_trgm"',
        'DROP TEXT SEARCH CONFIGURATION "mentorapp_text"'],
    6: ['ALTER TABLE "mentoring_session" ADD COLUMN "private_notes" TEXT NOT NULL DEFAULT \'\'',
        'UPDATE "mentoring_session" SET "private_notes" = COALESCE((SELECT MAX(n."text") '
        'FROM "session_private_note" n WHERE n."session_id" = "mentoring_session"."id"), \'\')',
        'DROP TABLE "session_private_note"',
        'ALTER TABLE "staff" DROP CONSTRAINT "fk_staff_reports_to_id_refs_app_user"',
        'DROP INDEX "staff_reports_to_id"',
        'ALTER TABLE "staff" DROP COLUMN "reports_to_id"',
        *(f'ALTER TABLE "feedback" DROP COLUMN "{column}"'
          for column in ("acknowledged_at", "acknowledged_by", "acknowledgement")),
        'DROP TABLE "client_manager"', 'DROP TABLE "app_user"'],
    5: ['DROP INDEX "client_name_key"', 'DROP INDEX "client_sort_key"',
        'DROP INDEX "staff_employee_key"', 'DROP INDEX "staff_sort_key"',
        *(f'ALTER TABLE "{table}" DROP COLUMN "{column}"'
          for table, key in (("client", "name_key"), ("staff", "employee_key"))
          for column in (key, "sort_key", "search_key")),
        'CREATE UNIQUE INDEX "client_name" ON "client" ("name")',
        'CREATE UNIQUE INDEX "staff_employee_id" ON "staff" ("employee_id")'],
    4: ['DROP INDEX "feedback_client_period"',
        'CREATE INDEX "feedback_client_id_date_visibility" '
        'ON "feedback" ("client_id", "date", "visibility")'],
    3: ['DROP INDEX "check_in_is_latest_next_date"',
        'ALTER TABLE "check_in" DROP COLUMN "is_latest"',
        'CREATE INDEX "check_in_next_date" ON "check_in" ("next_date")',
        'DROP INDEX "enrollment_status_completed_date_staff_id_hours"',
        'CREATE INDEX "enrollment_completed_date" ON "enrollment" ("completed_date")',
        'DROP INDEX "feedback_date_source_rating"',
        'DROP INDEX "assignment_staff_id_end_date_client_id"'],
    2: ['DROP INDEX "enrollment_expires_on"',
        'ALTER TABLE "enrollment" DROP COLUMN "expires_on"'],
}


def _add_channel(db: peewee.Database) -> None:
    """The throw-away step, written the frozen way."""
    db.execute_sql('ALTER TABLE "feedback" ADD COLUMN "channel" VARCHAR(255)')
    db.execute_sql('CREATE INDEX "feedback_channel" ON "feedback" ("channel")')


@pytest.fixture
def next_version(monkeypatch):
    """Schema version CURRENT + 1: Feedback gains an indexed `channel` column."""
    version = migrations.CURRENT_VERSION + 1
    models.Feedback._meta.add_field("channel", peewee.CharField(null=True, index=True))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", version)
    monkeypatch.setitem(migrations.STEPS, version, _add_channel)
    yield version
    models.Feedback._meta.remove_field("channel")


def test_every_step_has_its_undo_for_these_tests():
    assert set(UNDO) == set(migrations.STEPS)


def _sqlite_schema(path: Path) -> dict:
    with sqlite3.connect(path) as con:
        tables = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {"columns": {t: {r[1] for r in con.execute(f"PRAGMA table_info({t})")}
                            for t in tables},
                "indexes": set(con.execute("SELECT name, sql FROM sqlite_master "
                                           "WHERE type='index' AND sql IS NOT NULL"))}


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_every_saved_database_upgrades_to_a_later_version(saved, tmp_path, next_version):
    old = tmp_path / "old.db"
    shutil.copy(saved, old)
    with sqlite3.connect(old) as con:
        rows_before = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                       for t in ("staff", "client", "feedback", "enrollment")}
    con.close()

    database = opening.open_database(str(old))
    assert migrations.schema_version(database) == next_version
    database.close()
    opening.open_database(str(tmp_path / "new.db")).close()

    assert _sqlite_schema(old) == _sqlite_schema(tmp_path / "new.db")
    with sqlite3.connect(old) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                for t in rows_before} == rows_before
    con.close()


def test_the_saved_kpi_values_are_added_up_by_month_on_upgrade(tmp_path):
    """Step 10 fills kpi_month from the values of the saved schema-9 database (four metrics,
    one per roll-up rule), as a rebuild would, and its triggers keep it from then on."""
    from mentorapp.models import KpiMonth, KpiValue
    from mentorapp.services import rollups

    old = tmp_path / "v9.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "mentorapp_v9.db", old)
    database = opening.open_database(str(old))
    assert KpiMonth.select().count() == 24  # 3 people x 4 metrics x January and February
    assert sum(m.n for m in KpiMonth.select()) == KpiValue.select().count() == 204
    assert rollups.drift()["total"] == 0
    KpiValue.delete().where(KpiValue.day >= dt.date(2026, 2, 1)).execute()
    assert KpiMonth.select().count() == 12 and rollups.drift()["total"] == 0
    database.close()


def _postgres_schema(db: peewee.Database) -> dict:
    tables = sorted(m._meta.table_name for m in models.ALL_MODELS)
    return {"columns": {t: {c.name for c in db.get_columns(t)} for t in tables},
            "indexes": {(i.name, tuple(i.columns)) for t in tables for i in db.get_indexes(t)}}


@pytest.mark.postgres
@pytest.mark.parametrize("start", range(1, migrations.CURRENT_VERSION + 1))
def test_every_older_postgres_schema_upgrades_to_a_later_version(start, postgres_url,
                                                                 next_version):
    from tests.conftest import reset_postgres

    reset_postgres(postgres_url)
    database = opening.open_database(postgres_url)
    expected = _postgres_schema(database)  # a new database at the later version
    client = clients.create(name="Acme")
    person = staff.create(employee_id="E1", first_name="Ana", last_name="Cruz")
    staff.assign(person["id"], client["id"], "Agent", dt.date(2024, 1, 1))
    program = training.programs.create(name="Cert", type="certification", validity_months=1)
    training.enrollments.create(staff=person["id"], program=program["id"], status="completed",
                                completed_date=dt.date(2024, 1, 31))
    first, last = (careers.check_ins.create(staff=person["id"], date=day)
                   for day in (dt.date(2024, 2, 1), dt.date(2024, 5, 1)))
    feedback.create(staff=person["id"], client=client["id"], source="client",
                    date=dt.date(2024, 3, 1), comment="Kind and quick")
    database.execute_sql('DROP INDEX "feedback_channel"')
    database.execute_sql('ALTER TABLE "feedback" DROP COLUMN "channel"')
    for version in range(next_version - 1, start, -1):
        for statement in UNDO[version]:
            database.execute_sql(statement)
    database.execute_sql('UPDATE "schema_version" SET "version" = %s', (start,))

    opening.migrate_schema(database)

    assert migrations.schema_version(database) == next_version
    assert _postgres_schema(database) == expected
    assert models.Feedback.select().count() == 1
    if start < 2:  # step 2 filled in the expiry from the program's validity
        assert models.Enrollment.get().expires_on == dt.date(2024, 2, 29)
    if start < 3:  # step 3 marked each person's newest check-in
        assert {c.id: c.is_latest for c in models.CheckIn.select()} == \
            {first["id"]: False, last["id"]: True}
    database.close()
