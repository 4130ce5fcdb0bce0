"""Shared mode, quality (issue 15): the QA lead's role and everyone's access to scorecards,
evaluations, their answers, revisions and disputes. Raw SQL as each person on the private
SCRAM cluster (the company of test_shared.py, plus a QA lead, `quinn`), then the same flow
through the services."""

from __future__ import annotations

import json
import uuid

import psycopg2
import pytest

from mentorapp import db as dbmod
from mentorapp import shared
from mentorapp.errors import PermissionDenied, UserError
from mentorapp.services import audit, kpi, quality
from tests.mentorapp.test_shared import (
    DAY,
    EVERYONE,
    PASSWORDS,
    STAFF_SEEN,
    company,  # noqa: F401  (the module's fixture)
    connect_as,
    staff_names,
    visible,
)
from tests.records import QUALITY_ITEMS, make_kpi_values

pytestmark = pytest.mark.postgres
REFUSED = psycopg2.errors.InsufficientPrivilege  # a missing privilege or a policy's check
ALL_YES = {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5"}
# Who reads whose evaluations: the QA lead, HR and operations all, the account manager her
# client Acme's staff (Ana and Lena), the team lead her people, the agent her own.
EVALUATIONS_SEEN = {**STAFF_SEEN, "quinn": EVERYONE}


def _superuser(url: str):
    database = dbmod.connect(url)
    database.connect()
    dbmod.database.initialize(database)
    audit.set_actor("postgres")
    return database


@pytest.fixture(scope="module")
def quality_company(company):  # noqa: F811
    """The company with a QA lead, a published scorecard and one evaluation per person by the
    QA lead; yields (superuser URL, ids, scorecard version id)."""
    url, ids = company
    database = _superuser(url)
    shared.add_user(database, "quinn", "qa", "quinn-pw", display_name="Quinn QA")
    PASSWORDS["quinn"] = "quinn-pw"
    card = quality.create_scorecard("Phone QA")
    quality.set_items(card["id"], QUALITY_ITEMS)
    quality.publish(card["id"])
    version = quality.version_id(card["id"])
    evaluations = {key: quality.evaluate(version, ALL_YES, evaluator="quinn", staff=ids[key],
                                         interaction_date=DAY)["id"] for key in EVERYONE}
    quality.create_calibration(version, "CAL-1", client=ids["beta"])
    for client in ("acme", "beta"):
        metric = kpi.define(client=ids[client], name="CSAT", unit="percent", better="higher",
                            target=90)
        make_kpi_values(metric, {"id": ids["ana" if client == "acme" else "ben"]},
                        [(DAY, 91.0)])
    database.close()
    yield url, {**ids, "evaluations": evaluations}, version
    PASSWORDS.pop("quinn")
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("DELETE FROM app_user WHERE login = 'quinn'")
        cursor.execute('DROP ROLE "quinn"')
    connection.close()


def _new_evaluation(quality_company, staff_key: str = "ana") -> int:
    """A fresh open evaluation by the QA lead (made by the superuser)."""
    url, ids, version = quality_company
    database = _superuser(url)
    try:
        return quality.evaluate(version, ALL_YES, evaluator="quinn", staff=ids[staff_key],
                                interaction_date=DAY)["id"]
    finally:
        database.close()


def _as(quality_company, login: str):
    url, _, _ = quality_company
    return connect_as((url, None), login)


def _refused(connection, sql: str, *args) -> None:
    with pytest.raises(REFUSED):
        connection.cursor().execute(sql, args)
    connection.rollback()


def _rows(connection, sql: str, *args) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        return cursor.rowcount


@pytest.mark.parametrize("login", list(EVALUATIONS_SEEN))
def test_each_role_reads_the_evaluations_of_its_people(quality_company, login):
    _, ids, _ = quality_company
    with _as(quality_company, login) as connection:
        seen = visible(connection, "SELECT staff_id FROM evaluation")
        answered = visible(connection, "SELECT e.staff_id FROM evaluation_answer a "
                           "JOIN evaluation e ON e.id = a.evaluation_id")
        cards = visible(connection, "SELECT name FROM scorecard")
    connection.close()
    expected = staff_names(ids, EVALUATIONS_SEEN[login])
    assert seen == expected and answered == expected
    assert cards == {"Phone QA"}


def test_the_qa_lead_reads_staff_and_quality_but_no_feedback_career_notes_or_audit(
        quality_company):
    _, ids, _ = quality_company
    with _as(quality_company, "quinn") as connection:
        assert visible(connection, "SELECT id FROM staff") == staff_names(ids, EVERYONE)
        assert visible(connection, "SELECT staff_id FROM assignment") == \
            staff_names(ids, EVERYONE)
        assert visible(connection, "SELECT name FROM client") == {"Acme", "Beta"}
        assert visible(connection, "SELECT interaction_id FROM calibration") == {"CAL-1"}
        for table in ("kpi_value", "kpi_month"):
            assert visible(connection, f"SELECT staff_id FROM {table}") == \
                staff_names(ids, ("ana", "ben")), table
        assert visible(connection, "SELECT name FROM kpi_metric") == {"CSAT"}
        assert len(visible(connection, "SELECT id FROM competency")) > 0
        assert visible(connection, "SELECT app_role()") == {"qa"}
        for table in ("feedback", "career_goal", "mentorship", "mentoring_session",
                      "action_item", "session_private_note", "audit_entry", "client_manager",
                      "dashboard_day"):
            assert visible(connection, f"SELECT 1 FROM {table}") == set(), table
        _refused(connection, "UPDATE staff SET first_name = 'X'")
        _refused(connection, "INSERT INTO competency (name) VALUES ('Q')")
    connection.close()


def test_the_qa_lead_writes_a_scorecard_and_an_evaluation_as_themselves(quality_company):
    _, ids, _ = quality_company
    with _as(quality_company, "quinn") as connection:
        cursor = connection.cursor()
        cursor.execute("INSERT INTO scorecard (name, name_key, archived) "
                       "VALUES ('Chat QA', 'chat qa', false) RETURNING id")
        (card,) = cursor.fetchone()
        cursor.execute("INSERT INTO scorecard_version (scorecard_id, version, published_at) "
                       "VALUES (%s, 1, now()) RETURNING id", (card,))
        (version,) = cursor.fetchone()
        cursor.execute("INSERT INTO scorecard_item (version_id, position, section, key, text, "
                       "weight, scale, critical, allow_na) VALUES (%s, 0, 'S', 'greet', "
                       "'Greeted', 1, 'yes_no', '', true) RETURNING id", (version,))
        (item,) = cursor.fetchone()
        insert = ("INSERT INTO evaluation (version_id, staff_id, evaluator, interaction_id, "
                  "channel, interaction_date, evaluated_at, score, critical_fail, visibility, "
                  "status, revision, acknowledgement, is_reference, archived) VALUES "
                  "(%s, %s, %s, '', 'chat', %s, now(), 100, false, 'internal', 'open', 1, '', "
                  "false, false) RETURNING id")
        cursor.execute(insert, (version, ids["ben"], "quinn", DAY))
        (evaluation,) = cursor.fetchone()
        cursor.execute("INSERT INTO evaluation_answer (evaluation_id, item_id, answer, comment) "
                       "VALUES (%s, %s, 'yes', '')", (evaluation, item))
        cursor.execute("INSERT INTO evaluation_revision (evaluation_id, revision, score, "
                       "answers, changed_at, changed_by, reason) VALUES (%s, 1, 100, '{}', "
                       "now(), 'quinn', '')", (evaluation,))
        connection.commit()
        # Signed with someone else's login: refused, on the evaluation and on its revision.
        _refused(connection, insert, version, ids["ben"], "lead", DAY)
        _refused(connection, "INSERT INTO evaluation_revision (evaluation_id, revision, score, "
                 "answers, changed_at, changed_by, reason) VALUES (%s, 2, 0, '{}', now(), "
                 "'boss', '')", evaluation)
        _refused(connection, "UPDATE evaluation SET evaluator = 'lead' WHERE id = %s",
                 evaluation)
        _refused(connection, "UPDATE evaluation_revision SET score = 0")  # history stays
    connection.close()
    with _as(quality_company, "boss") as connection:
        rows = visible(connection, "SELECT actor FROM audit_entry WHERE entity = 'evaluation' "
                       "AND entity_id = %s", evaluation)
    connection.close()
    assert rows == {"quinn"}


@pytest.mark.parametrize("login", ["hana", "lead", "alma", "ana"])
def test_only_quality_writers_score(quality_company, login):
    _, ids, version = quality_company
    with _as(quality_company, login) as connection:
        _refused(connection, "INSERT INTO evaluation (version_id, staff_id, evaluator, "
                 "interaction_date, evaluated_at, critical_fail, visibility, status, revision, "
                 "acknowledgement, is_reference, archived, interaction_id, channel) VALUES "
                 "(%s, %s, %s, %s, now(), false, 'internal', 'open', 1, '', false, false, '', "
                 "'phone')", version, ids["ana"], login, DAY)
        _refused(connection, "UPDATE evaluation_answer SET answer = 'no'")
        _refused(connection, "INSERT INTO scorecard (name, name_key, archived) "
                 "VALUES ('Mine', 'mine', false)")
    connection.close()


def test_an_agent_acknowledges_their_evaluation_but_never_changes_its_score(quality_company):
    _, ids, _ = quality_company
    evaluation = _new_evaluation(quality_company)
    with _as(quality_company, "ana") as connection:
        for statement in ("UPDATE evaluation SET score = 100 WHERE id = %s",
                          "UPDATE evaluation SET evaluator = 'ana' WHERE id = %s",
                          "UPDATE evaluation_answer SET answer = 'no' WHERE evaluation_id = %s",
                          "DELETE FROM evaluation_revision WHERE evaluation_id = %s"):
            _refused(connection, statement, evaluation)
        # Not to a decided state, nor disputed without a dispute row of hers.
        for status in ("resolved", "disputed"):
            _refused(connection, "UPDATE evaluation SET status = %s WHERE id = %s",
                     status, evaluation)
        assert _rows(connection, "UPDATE evaluation SET status = 'acknowledged', "
                     "acknowledged_at = now(), acknowledgement = 'Fair' WHERE staff_id = %s",
                     ids["ben"]) == 0  # Ben's is not there for her
        assert _rows(connection, "UPDATE evaluation SET status = 'acknowledged', "
                     "acknowledged_at = now(), acknowledgement = 'Fair' WHERE id = %s",
                     evaluation) == 1
        connection.commit()
        assert _rows(connection, "UPDATE evaluation SET status = 'open' WHERE id = %s",
                     evaluation) == 0  # acknowledged: no longer hers to change
    connection.close()


def _dispute(connection, evaluation: int, raised_by: str = "ana", decision: str = "") -> None:
    connection.cursor().execute(
        "INSERT INTO evaluation_dispute (evaluation_id, raised_by, raised_at, reason, proposed, "
        "decision, decided_by, decision_note) VALUES (%s, %s, now(), 'I did verify', "
        "'{\"verify\": \"yes\"}', %s, '', '')", (evaluation, raised_by, decision))


def test_an_agent_disputes_their_open_evaluation_only(quality_company):
    _, ids, _ = quality_company
    evaluation = _new_evaluation(quality_company)
    with _as(quality_company, "ana") as connection:
        for forged in ((ids["evaluations"]["ben"], "ana", ""), (evaluation, "lead", ""),
                       (evaluation, "ana", "accepted")):
            with pytest.raises(REFUSED):
                _dispute(connection, *forged)
            connection.rollback()
        _dispute(connection, evaluation)
        assert _rows(connection, "UPDATE evaluation SET status = 'disputed' WHERE id = %s",
                     evaluation) == 1
        connection.commit()
        _refused(connection, "UPDATE evaluation_dispute SET decision = 'accepted'")
        _refused(connection, "DELETE FROM evaluation_dispute")
        with pytest.raises(REFUSED):  # a second dispute: the evaluation is not open now
            _dispute(connection, evaluation)
        connection.rollback()
    connection.close()
    decide = ("UPDATE evaluation_dispute SET decision = 'rejected', decided_by = %s, "
              "decided_at = now() WHERE evaluation_id = %s")
    for login in ("lead", "hana", "alma"):  # her team lead, HR, her account manager
        with _as(quality_company, login) as connection:
            assert visible(connection, "SELECT evaluation_id FROM evaluation_dispute "
                           "WHERE evaluation_id = %s", evaluation) == {evaluation}
            _refused(connection, decide, login, evaluation)
        connection.close()
    with _as(quality_company, "quinn") as connection:
        _refused(connection, decide, "boss", evaluation)  # signed as someone else
        _refused(connection, "UPDATE evaluation_dispute SET reason = 'other'")
        assert _rows(connection, decide, "quinn", evaluation) == 1
        connection.commit()
        assert _rows(connection, decide, "quinn", evaluation) == 0  # decided once
    connection.close()


def test_the_dispute_flow_through_the_services_signs_each_step(quality_company):
    """The agent disputes, the team lead may not decide, the QA lead decides: the database
    takes each step from the person signed in, and the evaluator is the QA lead by default."""
    from mentorapp import opening

    url, ids, version = quality_company

    def sign_in(login):
        return opening.open_database(url.replace("postgres:cluster-superuser-pw@",
                                                 f"{login}:{PASSWORDS[login]}@"))
    try:
        sign_in("quinn")
        made = quality.evaluate(version, {**ALL_YES, "solve": "no"}, staff=ids["ana"],
                                interaction_date=DAY)
        assert made["evaluator"] == "quinn"
        with pytest.raises(PermissionDenied, match="you do not have permission"):
            quality.evaluate(version, ALL_YES, evaluator="lead", staff=ids["ana"],
                             interaction_date=DAY)
        other = quality.evaluate(version, ALL_YES, staff=ids["ana"], interaction_date=DAY)
        dbmod.database.obj.close()
        sign_in("ana")
        assert quality.acknowledge(other["id"], "Thanks")["status"] == "acknowledged"
        quality.dispute(made["id"], "I solved it", {"solve": "yes"})
        dbmod.database.obj.close()
        sign_in("lead")
        with pytest.raises(UserError, match="Only a QA lead"):
            quality.decide(made["id"], "accepted")
        dbmod.database.obj.close()
        sign_in("quinn")
        decided = quality.decide(made["id"], "accepted", "Heard the call again")
        assert (decided["status"], decided["revision"], decided["score"]) == \
            ("resolved", 2, 100.0)
        history = quality.score_history(made["id"])
        assert [row["changed_by"] for row in history] == ["quinn", "quinn"]
        assert quality.disputes(made["id"])[0]["decided_by"] == "quinn"
    finally:
        dbmod.database.obj.close()
        audit.set_recorded_by_database(False)
        audit.set_actor("tester")


def test_a_group_role_this_version_added_is_asked_of_a_superuser(quality_company):
    url, _, _ = quality_company
    database = dbmod.connect(url)
    database.connect()
    try:
        with pytest.raises(UserError, match="setup-shared"):
            shared.add_user(database, "newer", "qa", "pw", names=shared.Roles("no_such_set_up"))
        with pytest.raises(UserError, match="not a role"):
            shared.add_user(database, "newer", "auditor", "pw")
    finally:
        database.close()


def test_users_add_and_set_role_take_qa_on_the_command_line(quality_company):
    from tests.mentorapp.test_shared_cli import ok, run

    url, _, _ = quality_company
    boss = url.replace("postgres:cluster-superuser-pw@", f"boss:{PASSWORDS['boss']}@")
    try:
        assert ok(run(boss, "users", "add", "quinn.two", "--role", "qa", "--name", "Q Two",
                      "--password-stdin", password="q2-pw")) == "Added quinn.two (qa)\n"
        PASSWORDS["quinn.two"] = "q2-pw"
        with _as(quality_company, "quinn.two") as connection:
            assert visible(connection, "SELECT app_role()") == {"qa"}
        connection.close()
        ok(run(boss, "users", "set-role", "quinn.two", "agent"))
        listed = {row["login"]: row["role"] for row in json.loads(ok(run(boss, "users", "list",
                                                                         "--json")))}
        assert (listed["quinn.two"], listed["quinn"]) == ("agent", "qa")
    finally:
        PASSWORDS.pop("quinn.two", None)
        with psycopg2.connect(url) as connection, connection.cursor() as cursor:
            cursor.execute("DELETE FROM app_user WHERE login = 'quinn.two'")
            cursor.execute('DROP ROLE IF EXISTS "quinn.two"')
        connection.close()


def test_an_upgrade_of_a_set_up_without_the_qa_role_asks_a_superuser(scram_cluster,
                                                                      monkeypatch):
    """A shared database set up before the qa role: an admin's `migrate` says that a superuser
    runs setup-shared again (nothing changed); after that the upgrade is done and qa exists."""
    from mentorapp import migrations, opening
    from mentorapp.services.seed import seed_defaults
    from tests.mentorapp.test_shared_cli import new_database

    admin = f"older_{uuid.uuid4().hex[:8]}"
    with new_database(scram_cluster, "older", [admin, f"{admin}_qa"]) as (name, base, host):
        database = _superuser(f"{base}/{name}")
        shared.setup(database, admin, "older-pw", seed=seed_defaults)
        qa_group = shared.roles(database).group("qa")
        database.execute_sql(f'DROP OWNED BY "{qa_group}"; DROP ROLE "{qa_group}"')
        database.close()
        version = migrations.CURRENT_VERSION + 1
        monkeypatch.setattr(migrations, "CURRENT_VERSION", version)
        monkeypatch.setitem(migrations.STEPS, version, lambda db: None)
        as_admin = f"postgresql://{admin}:older-pw@{host}/{name}"
        try:
            with pytest.raises(UserError, match=f"no role {qa_group} yet.*setup-shared"):
                opening.open_database(as_admin)
            assert migrations.schema_version(dbmod.database.obj) == version - 1
            dbmod.database.obj.close()
            database = _superuser(f"{base}/{name}")
            assert f"user {admin}" in shared.setup(database, admin, "x", seed=seed_defaults)
            database.close()
            opened = opening.open_database(as_admin)
            assert migrations.schema_version(opened) == version
            shared.add_user(opened, f"{admin}_qa", "qa", "qa-pw")
            assert opened.execute_sql("SELECT role FROM app_user WHERE login = %s",
                                      (f"{admin}_qa",)).fetchone() == ("qa",)
        finally:
            dbmod.database.obj.close()
            audit.set_recorded_by_database(False)
            audit.set_actor("tester")
