"""The shared-mode commands, run as a person would (main.py in a subprocess, passwords on
standard input) against a private cluster that checks passwords."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg2
import pytest

from mentorapp import shared

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = {"boss": "Boss#pw/1?", "hana": "hana pw", "alma": "alma-pw", "ana": "ana-pw",
            "lead": "lead-pw"}


def run(url: str, *args, password: str | None = None):
    return subprocess.run([sys.executable, "main.py", "--db", url, *map(str, args)], cwd=ROOT,
                          input=None if password is None else password + "\n",
                          capture_output=True, text=True, timeout=180)


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result, text):
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], lines
    return lines[0]


@contextlib.contextmanager
def new_database(cluster: str, kind: str, logins):
    """A new database on the private cluster: (its name, the superuser's URL without the
    database, host:port). Dropped at the end with `logins` and the installation's roles."""
    name = f"{kind}_{uuid.uuid4().hex[:8]}"
    superuser = psycopg2.connect(cluster)
    superuser.autocommit = True
    superuser.cursor().execute(f'CREATE DATABASE "{name}"')
    base = cluster.rsplit("/", 1)[0]
    try:
        yield name, base, base.split("@", 1)[1]
    finally:
        superuser.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        for login in logins:
            superuser.cursor().execute(f'DROP ROLE IF EXISTS "{login}"')
        for role in shared.Roles(shared.default_prefix(name)).every_role:
            superuser.cursor().execute(f'DROP OWNED BY "{role}"')
            superuser.cursor().execute(f'DROP ROLE IF EXISTS "{role}"')
        superuser.close()


@pytest.fixture(scope="module")
def server(scram_cluster):
    """A new database on the private cluster; yields a function making a user's URL."""
    with new_database(scram_cluster, "cli", PASSWORD) as (name, base, host):

        def url(login: str | None = None) -> str:
            if login is None:
                return f"{base}/{name}"
            return f"postgresql://{login}:{PASSWORD[login]}@{host}/{name}"

        yield url


def test_shared_mode_from_setup_to_every_role(server):
    setup = ok(run(server(), "setup-shared", "--admin", "boss", "--password-stdin",
                   password=PASSWORD["boss"]))
    assert "Shared mode is set up" in setup
    again = ok(run(server(), "setup-shared", "--admin", "boss", "--password-stdin",
                   password="ignored"))
    assert "already there: the schema" in again and "already there: user boss" in again

    boss = server("boss")
    ok(run(boss, "demo", "--staff", "30"))
    with psycopg2.connect(server()) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT s.employee_id, c.name FROM staff s JOIN assignment a "
                       "ON a.staff_id = s.id AND a.end_date IS NULL JOIN client c "
                       "ON c.id = a.client_id ORDER BY s.id")
        current = cursor.fetchall()
        cursor.execute("SELECT count(*) FROM staff")
        (everyone,) = cursor.fetchone()
    connection.close()
    agent_id, client = current[0]
    lead_id = current[1][0]
    ok(run(boss, "users", "add", "hana", "--role", "hr", "--name", "Hana HR",
           "--password-stdin", password=PASSWORD["hana"]))
    ok(run(boss, "users", "add", "alma", "--role", "account_manager", "--password-stdin",
           password=PASSWORD["alma"]))
    ok(run(boss, "users", "add", "ana", "--role", "agent", "--staff", agent_id,
           "--password-stdin", password=PASSWORD["ana"]))
    ok(run(boss, "users", "add", "lead", "--role", "mentor", "--staff", lead_id,
           "--password-stdin", password=PASSWORD["lead"]))
    assert client in ok(run(boss, "clients", "set-managers", client, "alma"))
    ok(run(boss, "staff", "set-manager", agent_id, "lead"))

    listed = json.loads(ok(run(server("hana"), "users", "list", "--json")))
    assert [u["login"] for u in listed] == ["alma", "ana", "boss", "hana", "lead"]
    assert [u["login"] for u in json.loads(ok(run(server("ana"), "users", "list",
                                                   "--json")))] == ["ana"]

    counts = {login: json.loads(ok(run(server(login), "stats", "--json")))["Staff"]
              for login in ("hana", "alma", "ana", "lead")}
    assert counts["hana"] == everyone
    assert counts["ana"] == 1
    assert counts["lead"] >= 1  # at least Ana, who reports to the lead
    assert 1 <= counts["alma"] < everyone

    message = refused(run(server("ana"), "users", "add", "eve", "--role", "hr",
                          "--password-stdin", password="x"), "you do not have permission")
    assert "users add" in message
    refused(run(server("hana"), "users", "set-role", "ana", "admin"),
            "you do not have permission")
    refused(run(server("alma"), "clients", "set-managers", client, "alma"),
            "you do not have permission")

    for login in ("boss", "hana"):  # no password in any output
        result = run(server(login), "users", "list")
        assert PASSWORD[login] not in result.stdout + result.stderr


def test_a_wrong_password_and_a_disabled_user_get_one_line(server):
    if run(server("boss"), "users", "list").returncode != 0:
        pytest.skip("needs the set-up of the previous test")
    wrong = server("hana").replace(PASSWORD["hana"].replace(" ", "%20"), "nope")
    result = run(wrong.replace(PASSWORD["hana"], "nope"), "stats")
    line = refused(result, "password authentication failed")
    assert PASSWORD["hana"] not in line
    ok(run(server("boss"), "users", "disable", "hana"))
    refused(run(server("hana"), "stats"), "not permitted to log in")
    ok(run(server("boss"), "users", "enable", "hana"))
    ok(run(server("hana"), "stats"))


def test_only_an_admin_migrates_a_shared_database(server, monkeypatch):
    """A later schema version (a throw-away one here): a non-admin is told to ask an admin;
    the admin's upgrade runs as the owner role and renews the policies."""
    if run(server("boss"), "users", "list").returncode != 0:
        pytest.skip("needs the set-up of the previous test")
    from mentorapp import migrations, opening
    from mentorapp.errors import UserError

    def add_column(db):
        db.execute_sql('ALTER TABLE "feedback" ADD COLUMN "channel" VARCHAR(255)')

    version = migrations.CURRENT_VERSION + 1
    monkeypatch.setattr(migrations, "CURRENT_VERSION", version)
    monkeypatch.setitem(migrations.STEPS, version, add_column)
    with pytest.raises(UserError, match="ask an administrator to run `migrate`"):
        opening.open_database(server("hana"))
    opening.open_database(server("boss")).close()
    database = opening.open_database(server("hana"))
    assert migrations.schema_version(database) == version
    owner = database.execute_sql("SELECT tableowner FROM pg_tables WHERE tablename = 'feedback'"
                                 ).fetchone()[0]
    assert owner.endswith("_owner")
    database.close()


def test_a_database_migrated_before_setup_keeps_its_rollups_as_the_owner(scram_cluster):
    """A plain `migrate` by the superuser, then `setup-shared`: the roll-up triggers' functions
    pass to the owner role (a superuser-owned SECURITY DEFINER function would bypass every
    policy), an admin's writes still move the roll-ups, and the roll-ups are not audited."""
    admin = f"early_{uuid.uuid4().hex[:8]}"  # logins are the cluster's: not the other tests'
    with new_database(scram_cluster, "pre", [admin]) as (name, base, host):
        ok(run(f"{base}/{name}", "migrate"))
        ok(run(f"{base}/{name}", "setup-shared", "--admin", admin, "--password-stdin",
               password="early-pw"))
        ok(run(f"postgresql://{admin}:early-pw@{host}/{name}", "demo", "--staff", "5"))
        with psycopg2.connect(f"{base}/{name}") as con, con.cursor() as cur:
            cur.execute("SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc "
                        "WHERE starts_with(proname, 'dashboard_day_of_')")
            assert cur.fetchall() == [(shared.Roles(shared.default_prefix(name)).owner,)]
            cur.execute("SELECT COUNT(*) FROM audit_entry WHERE entity = 'dashboard day'")
            assert cur.fetchone() == (0,)
            cur.execute("SELECT SUM(entries) FROM dashboard_day WHERE figure = 'feedback' "
                        "AND client_id = 0")
            rolled_up = cur.fetchone()[0]
            cur.execute("SELECT COUNT(*) FROM feedback WHERE NOT archived")
            assert rolled_up == cur.fetchone()[0] > 0
        con.close()
