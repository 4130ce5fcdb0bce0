"""Shared mode, the client loop (issue 17): admin and operations keep every client's contacts,
report versions (and whom they went to), reviews and action items; an account manager their
own clients'; HR reads them all; a mentor, an agent and QA see none. Raw SQL as each person on
the private SCRAM cluster (the company of test_shared.py: Alma manages Acme, not Beta)."""

from __future__ import annotations

import datetime as dt
import zlib

import psycopg2
import pytest

from mentorapp.errors import UserError
from tests.mentorapp.test_shared import (
    PASSWORDS,
    ROLE_OF,
    company,  # noqa: F401  (the module's fixture)
    connect_as,
    visible,
)

pytestmark = pytest.mark.postgres
TABLES = ("client_contact", "client_report_version", "client_report_recipient",
          "client_review", "client_action_item")
SEES = {"boss": {"acme", "beta"}, "otto": {"acme", "beta"}, "hana": {"acme", "beta"},
        "alma": {"acme"}, "lead": set(), "ana": set()}
WRITES = {"boss": {"acme", "beta"}, "otto": {"acme", "beta"}, "alma": {"acme"}}


def _insert(cursor, client: int, tag: str) -> dict:
    """One row of each table for the client; returns their ids."""
    ids = {}
    cursor.execute("INSERT INTO client_contact (client_id, name, email, role, active, "
                   "email_key) VALUES (%s, %s, %s, '', true, %s) RETURNING id",
                   (client, f"Contact {tag}", f"{tag}@client.test", f"{tag}@client.test"))
    ids["client_contact"] = cursor.fetchone()[0]
    cursor.execute("INSERT INTO client_report_version (client_id, period_start, period_end, "
                   "version, file_name, sha256, prepared_by, prepared_at, figures, sent_via) "
                   "VALUES (%s, '2026-05-01', '2026-05-31', (SELECT COALESCE(MAX(version), 0) "
                   "+ 1 FROM client_report_version WHERE client_id = %s), %s, %s, %s, "
                   "now(), '{}', '') RETURNING id",
                   (client, client, f"{tag}.xlsx", "a" * 64, tag))
    ids["client_report_version"] = cursor.fetchone()[0]
    cursor.execute("INSERT INTO client_report_recipient (version_id, contact_id) "
                   "VALUES (%s, %s) RETURNING id",
                   (ids["client_report_version"], ids["client_contact"]))
    ids["client_report_recipient"] = cursor.fetchone()[0]
    cursor.execute("INSERT INTO client_review (client_id, period_start, period_end, summary, "
                   "highlights, risks, updated_at, updated_by) VALUES (%s, %s, %s, %s, '', '', "
                   "now(), session_user) RETURNING id",
                   (client, dt.date(2026, 1, 1) + dt.timedelta(days=zlib.crc32(tag.encode())
                                                              % 1000),
                    dt.date(2026, 5, 31), f"Review {tag}"))
    ids["client_review"] = cursor.fetchone()[0]
    cursor.execute("INSERT INTO client_action_item (client_id, period_start, period_end, text, "
                   "owner, status, note) VALUES (%s, '2026-05-01', '2026-05-31', %s, '', "
                   "'open', '') RETURNING id", (client, f"Item {tag}"))
    ids["client_action_item"] = cursor.fetchone()[0]
    return ids


@pytest.fixture(scope="module")
def loop(company):  # noqa: F811
    """Each client's rows in every table, made by the admin."""
    _, ids = company
    rows = {}
    with connect_as(company, "boss") as connection, connection.cursor() as cursor:
        for client in ("acme", "beta"):
            rows[client] = _insert(cursor, ids[client], f"made-{client}")
    connection.close()
    return company, rows


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_each_role_reads_and_writes_its_clients_loop_only(loop, login):
    setup, rows = loop
    _, ids = setup
    connection = connect_as(setup, login)
    try:
        for table in TABLES:
            seen = visible(connection, f"SELECT id FROM {table}")
            made = {client: rows[client][table] for client in ("acme", "beta")}
            assert {c for c, row in made.items() if row in seen} == SEES[login], table
        for client in ("acme", "beta"):
            cursor = connection.cursor()
            if client in WRITES.get(login, ()):
                _insert(cursor, ids[client], f"{login}-{client}")
                cursor.execute("UPDATE client_action_item SET status = 'done', "
                               "closed_on = '2026-06-01' WHERE id = %s",
                               (rows[client]["client_action_item"],))
                assert cursor.rowcount == 1
                cursor.execute("UPDATE client_report_version SET sent_at = now(), "
                               "sent_via = 'email' WHERE id = %s",
                               (rows[client]["client_report_version"],))
                assert cursor.rowcount == 1
                connection.rollback()
                continue
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _insert(cursor, ids[client], f"{login}-{client}")
            connection.rollback()
            cursor = connection.cursor()
            change = "UPDATE client_review SET summary = 'changed' WHERE client_id = %s"
            if login == "alma":  # another client's rows: not hers to see, nothing changes
                cursor.execute(change, (ids[client],))
                assert cursor.rowcount == 0
            else:
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cursor.execute(change, (ids[client],))
            connection.rollback()
    finally:
        connection.close()


def test_changes_to_the_loop_are_audited_with_the_login(loop):
    setup, rows = loop
    with connect_as(setup, "boss") as connection, connection.cursor() as cursor:
        cursor.execute("SELECT actor, action FROM audit_entry WHERE entity = %s "
                       "AND entity_id = %s", ("client report version",
                                              rows["acme"]["client_report_version"]))
        assert [actor for actor, _ in cursor.fetchall()] == ["boss"]
        cursor.execute("SELECT COUNT(*) FROM audit_entry WHERE entity IN "
                       "('client contact', 'client review', 'client action item', "
                       "'client report recipient') AND actor = 'boss'")
        assert cursor.fetchone()[0] >= 8
    connection.close()


def test_an_account_manager_registers_and_is_due_only_their_clients(loop):
    """Through the services as Alma: her registered version names her as preparer, and her
    My work lists only Acme's reports."""
    from mentorapp import db as dbmod
    from mentorapp.services import audit, client_reports, my_work

    (url, ids), _ = loop
    with connect_as(loop[0], "boss") as connection, connection.cursor() as cursor:
        cursor.execute("UPDATE client SET report_due_days = 0")  # last month due for both
    connection.close()
    alma = dbmod.connect(url.replace("postgres:cluster-superuser-pw@",
                                     f"alma:{PASSWORDS['alma']}@"))
    alma.connect()
    dbmod.database.initialize(alma)
    audit.set_recorded_by_database(True)
    try:
        version = client_reports.register_version(
            ids["acme"], dt.date(2026, 6, 1), dt.date(2026, 6, 30), file_name="a.xlsx",
            sha256="b" * 64, figures={"lines": []})
        user = alma.execute_sql("SELECT id FROM app_user WHERE login = 'alma'").fetchone()[0]
        assert version["prepared_by_user"] == user and version["prepared_by"]
        due = my_work.reports_due(today=dt.date.today())
        assert {row["client_name"] for row in due} == {"Acme"}
        assert {v["client_name"] for v in client_reports.versions()} == {"Acme"}
        with pytest.raises(UserError, match="No client with id|permission"):
            client_reports.register_version(
                ids["beta"], dt.date(2026, 6, 1), dt.date(2026, 6, 30), file_name="b.xlsx",
                sha256="c" * 64, figures={})
    finally:
        alma.rollback()
        audit.set_recorded_by_database(False)
        alma.close()


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_who_may_set_a_client_s_report_language(loop, login):
    """Schema 14's report_language is a column of client: admin and operations set any
    client's, an account manager their own clients' (another's is not theirs to see), and the
    others none; everyone reads it of the clients they see."""
    setup, _ = loop
    _, ids = setup
    connection = connect_as(setup, login)
    try:
        for client in ("acme", "beta"):
            cursor = connection.cursor()
            cursor.execute("SELECT report_language FROM client WHERE id = %s", (ids[client],))
            hidden = login == "alma" and client == "beta"
            assert cursor.fetchall() == ([] if hidden else [("en",)])
            change = "UPDATE client SET report_language = 'es' WHERE id = %s"
            if client in WRITES.get(login, ()):
                cursor.execute(change, (ids[client],))
                assert cursor.rowcount == 1
            elif login == "alma":
                cursor.execute(change, (ids[client],))
                assert cursor.rowcount == 0
            else:
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cursor.execute(change, (ids[client],))
            connection.rollback()
    finally:
        connection.close()
