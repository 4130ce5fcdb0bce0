"""Shared mode: the database decides who sees and changes what. Every check here is raw SQL
through psycopg2 as the person (not through the app), on a private cluster that really checks
passwords (tests/private_cluster.py)."""

from __future__ import annotations

import datetime as dt
import uuid

import peewee
import psycopg2
import pytest

from mentorapp import db as dbmod
from mentorapp import shared
from mentorapp.errors import UserError
from mentorapp.services import audit, clients, feedback, mentoring, staff
from mentorapp.services.careers import goals
from mentorapp.services.seed import seed_defaults

pytestmark = pytest.mark.postgres
PASSWORDS = {"boss": "boss-pw", "hana": "hana-pw", "otto": "otto-pw", "alma": "alma-pw",
             "lead": "lead-pw", "ana": "ana-pw"}
ROLE_OF = {"boss": "admin", "hana": "hr", "otto": "operations", "alma": "account_manager",
           "lead": "mentor", "ana": "agent"}
DAY = dt.date.today() - dt.timedelta(days=3)


def _url(cluster_url: str, database: str, user: str = "postgres", password: str | None = None):
    base = cluster_url.rsplit("/", 1)[0]
    if user != "postgres":
        base = base.replace("postgres:cluster-superuser-pw@", f"{user}:{password}@")
    return f"{base}/{database}"


@pytest.fixture(scope="module")
def company(scram_cluster):
    """A shared database with two clients, four staff, six users (one per role) and records
    about each person; yields (superuser URL, ids)."""
    name = f"shared_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(scram_cluster)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    url = _url(scram_cluster, name)
    database = dbmod.connect(url)
    database.connect()
    dbmod.database.initialize(database)
    found = shared.setup(database, "boss", PASSWORDS["boss"], seed=seed_defaults)
    assert found == []
    audit.set_actor("postgres")
    acme, beta = clients.create(name="Acme")["id"], clients.create(name="Beta")["id"]
    people = {}
    for key, first, client in (("ana", "Ana", acme), ("ben", "Ben", beta), ("lena", "Lena", acme),
                               ("cara", "Cara", beta)):
        people[key] = staff.create(employee_id=key.upper(), first_name=first,
                                   last_name="Test")["id"]
        staff.assign(people[key], client, "Agent", DAY - dt.timedelta(days=100))
    for login, role in ROLE_OF.items():
        if login != "boss":
            shared.add_user(database, login, role, PASSWORDS[login],
                            staff_id={"lead": people["lena"], "ana": people["ana"]}.get(login))
    ids = dict(people, acme=acme, beta=beta)
    database.execute_sql("INSERT INTO client_manager (client_id, user_id) SELECT %s, id "
                         "FROM app_user WHERE login = 'alma'", (acme,))
    database.execute_sql("UPDATE staff SET reports_to_id = (SELECT id FROM app_user "
                         "WHERE login = 'lead') WHERE id = %s", (people["cara"],))
    mentor = mentoring.mentors.create(staff=people["lena"])["id"]
    pair = mentoring.mentorships.create(mentor=mentor, mentee=people["ana"], status="active",
                                        start_date=DAY - dt.timedelta(days=30))
    audit.set_actor("lead")
    session = mentoring.sessions.create(mentorship=pair["id"], date=DAY,
                                        shared_notes="Worked on refunds",
                                        private_notes="lead's own worry")
    audit.set_actor("boss")
    mentoring.sessions.update(session["id"], private_notes="boss's aside")
    audit.set_actor("postgres")
    mentoring.actions.create(mentorship=pair["id"], session=session["id"], text="Read the FAQ")
    for person in people.values():
        feedback.create(staff=person, source="management", date=DAY, rating=4,
                        comment=f"About {person}")
        goals.create(staff=person, title=f"Goal of {person}")
    ids.update(mentorship=pair["id"], session=session["id"])
    yield url, ids
    database.close()
    admin.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    for login in ROLE_OF:
        admin.cursor().execute(f'DROP ROLE IF EXISTS "{login}"')
    for role in shared.Roles(shared.default_prefix(name)).every_role:
        admin.cursor().execute(f'DROP OWNED BY "{role}"')
        admin.cursor().execute(f'DROP ROLE IF EXISTS "{role}"')
    admin.close()


def connect_as(company, login: str, password: str | None = None):
    url, _ = company
    name = url.rsplit("/", 1)[1]
    base = url.rsplit("/", 1)[0].split("@", 1)[1]
    host, port = base.split(":")
    return psycopg2.connect(host=host, port=port, dbname=name, user=login,
                            password=password or PASSWORDS[login])


def visible(connection, sql: str, *args) -> set:
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        return {row[0] for row in cursor.fetchall()}


def staff_names(ids: dict, keys) -> set:
    return {ids[k] for k in keys}


EVERYONE = ("ana", "ben", "lena", "cara")
# The lead is Lena: her mentee Ana, her direct report Cara, and herself.
STAFF_SEEN = {"boss": EVERYONE, "hana": EVERYONE, "otto": EVERYONE, "alma": ("ana", "lena"),
              "lead": ("ana", "cara", "lena"), "ana": ("ana",)}
GOALS_SEEN = {"boss": EVERYONE, "hana": EVERYONE, "otto": (), "alma": (),
              "lead": ("ana", "cara", "lena"), "ana": ("ana",)}


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_each_role_sees_exactly_its_people_and_their_records(company, login):
    _, ids = company
    with connect_as(company, login) as connection:
        assert visible(connection, "SELECT id FROM staff") == staff_names(ids, STAFF_SEEN[login])
        assert visible(connection, "SELECT staff_id FROM feedback") == \
            staff_names(ids, STAFF_SEEN[login])
        assert visible(connection, "SELECT staff_id FROM career_goal") == \
            staff_names(ids, GOALS_SEEN[login])
        expected_clients = {"alma": {"Acme"}}.get(login, {"Acme", "Beta"})
        assert visible(connection, "SELECT name FROM client") == expected_clients
        mentorships = visible(connection, "SELECT id FROM mentorship")
        assert mentorships == ({ids["mentorship"]} if login != "alma" else set())
    connection.close()


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_a_private_note_is_seen_by_its_author_only(company, login):
    with connect_as(company, login) as connection:
        notes = visible(connection, "SELECT text FROM session_private_note")
    connection.close()
    assert notes == {"lead": {"lead's own worry"}, "boss": {"boss's aside"}}.get(login, set())


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_the_audit_trail_is_read_by_admin_hr_operations_and_changed_by_nobody(company, login):
    with connect_as(company, login) as connection:
        rows = visible(connection, "SELECT id FROM audit_entry")
        assert bool(rows) == (login in ("boss", "hana", "otto"))
        for statement in ("UPDATE audit_entry SET actor = 'nobody'", "DELETE FROM audit_entry",
                          "INSERT INTO audit_entry (at, actor, action, entity, changes) "
                          "VALUES (now(), 'x', 'create', 'x', '{}')"):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                connection.cursor().execute(statement)
            connection.rollback()
    connection.close()


def test_an_agent_writes_only_feedback_about_themselves_as_self(company):
    _, ids = company
    with connect_as(company, "ana") as connection:
        cursor = connection.cursor()
        insert = ("INSERT INTO feedback (staff_id, source, author, date, kind, strengths, "
                  "improvements, comment, visibility, root_cause, lesson_learned, "
                  "corrective_action, archived) VALUES (%s, %s, '', %s, 'general', '', '', %s, "
                  "'internal', '', '', '', false)")
        for staff_id, source in ((ids["ana"], "client"), (ids["ben"], "self")):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cursor.execute(insert, (staff_id, source, DAY, "forged"))
            connection.rollback()
        cursor.execute(insert, (ids["ana"], "self", DAY, "My own view"))
        connection.commit()
        cursor.execute("UPDATE feedback SET comment = 'changed' WHERE staff_id = %s",
                       (ids["ben"],))
        assert cursor.rowcount == 0  # another person's feedback is not there for her
        connection.rollback()
    connection.close()
    with connect_as(company, "boss") as connection:
        rows = connection.cursor()
        rows.execute("SELECT actor, action FROM audit_entry WHERE entity = 'feedback' "
                     "AND changes LIKE %s", ("%My own view%",))
        assert rows.fetchall() == [("ana", "create")]
    connection.close()


def test_a_mentor_changes_only_their_people(company):
    _, ids = company
    with connect_as(company, "lead") as connection:
        cursor = connection.cursor()
        cursor.execute("UPDATE career_goal SET progress = 50 WHERE staff_id IN (%s, %s)",
                       (ids["ana"], ids["ben"]))
        assert cursor.rowcount == 1  # Ana's, not Ben's
        connection.commit()
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):  # reads, never removes
            cursor.execute("DELETE FROM staff WHERE id = %s", (ids["ana"],))
        connection.rollback()
    connection.close()


def test_an_agent_marks_their_action_item_done_and_nothing_else(company):
    with connect_as(company, "ana") as connection:
        cursor = connection.cursor()
        cursor.execute("UPDATE action_item SET done_date = CURRENT_DATE")
        assert cursor.rowcount == 1
        connection.commit()
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cursor.execute("UPDATE action_item SET text = 'nothing to do'")
        connection.rollback()
    connection.close()


def test_wrong_password_and_disabled_user_cannot_connect(company):
    url, _ = company
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        connect_as(company, "ana", "wrong")
    database = dbmod.connect(url)
    database.connect()
    shared.set_active(database, "otto", False)
    try:
        with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
            connect_as(company, "otto")
    finally:
        shared.set_active(database, "otto", True)
        database.close()
    connect_as(company, "otto").close()


def test_a_change_of_role_changes_what_the_person_sees(company):
    url, ids = company
    database = dbmod.connect(url)
    database.connect()
    shared.set_role(database, "otto", "agent")
    try:
        with connect_as(company, "otto") as connection:
            assert visible(connection, "SELECT id FROM staff") == set()  # no staff record
        connection.close()
    finally:
        shared.set_role(database, "otto", "operations")
        database.close()


def test_setup_again_says_what_exists_and_keeps_the_data(company, scram_cluster):
    url, ids = company
    database = dbmod.connect(url)
    database.connect()
    found = shared.setup(database, "boss", "other-pw", seed=seed_defaults)
    database.close()
    assert "the schema" in found and "user boss" in found
    assert any(item.endswith("_owner") for item in found)
    with connect_as(company, "boss") as connection:  # the password was not changed
        assert len(visible(connection, "SELECT id FROM staff")) == 4
    connection.close()


def test_users_cannot_be_made_outside_shared_mode(sqlite_db):
    with pytest.raises(UserError, match="shared mode"):
        shared.add_user(sqlite_db, "someone", "hr", "pw")


@pytest.mark.parametrize("login", ["Bad Name", "", "1abc", "x" * 64, 'a";drop'])
def test_a_login_that_is_not_a_plain_name_is_refused(login):
    with pytest.raises(UserError, match="not a valid login"):
        shared.check_login(login)


def test_the_password_never_reaches_the_server_in_clear(company):
    url, _ = company
    database = dbmod.connect(url)
    database.connect()
    shared.set_password(database, "hana", "new-secret-pw")
    stored = database.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = 'hana'"
                                  ).fetchone()[0]
    database.close()
    assert stored.startswith("SCRAM-SHA-256$") and "new-secret-pw" not in stored
    connect_as(company, "hana", "new-secret-pw").close()
    PASSWORDS["hana"] = "new-secret-pw"


def test_superuser_connection_is_needed_for_setup(company):
    with connect_as(company, "hana") as connection:
        connection.rollback()
    connection.close()
    url, _ = company
    as_hana = dbmod.connect(url.replace("postgres:cluster-superuser-pw@",
                                        f"hana:{PASSWORDS['hana']}@"))
    as_hana.connect()
    with pytest.raises(UserError, match="superuser"):
        shared.setup(as_hana, "boss", "x")
    as_hana.close()


def test_unknown_peewee_error_is_not_swallowed(company):
    url, _ = company
    database = dbmod.connect(url)
    database.connect()
    with pytest.raises(peewee.ProgrammingError):
        database.execute_sql("SELECT * FROM no_such_table")
    database.close()


def test_a_refused_change_through_the_services_is_one_permission_error(company):
    """The same rules through the app: the services get the database's refusal as one line."""
    from mentorapp import opening
    from mentorapp.errors import PermissionDenied

    url, ids = company
    as_ana = url.replace("postgres:cluster-superuser-pw@", f"ana:{PASSWORDS['ana']}@")
    opening.open_database(as_ana)
    try:
        assert [row["id"] for row in staff.list()] == [ids["ana"]]
        with pytest.raises(PermissionDenied, match="you do not have permission"):
            clients.create(name="Gamma")
        with pytest.raises(PermissionDenied, match="you do not have permission"):
            feedback.create(staff=ids["ana"], source="management", date=DAY, comment="forged")
        made = feedback.create(staff=ids["ana"], source="self", date=DAY, comment="Mine")
        assert made["comment"] == "Mine"
        assert audit.actor() == "ana"
    finally:
        dbmod.database.obj.close()
        audit.set_recorded_by_database(False)
        audit.set_actor("tester")


# -- an account manager's scope follows the assignments and the client links at once ------
ALMA_SEES = "SELECT id FROM staff"


def as_user(cursor, login: str, sql: str, *args) -> set:
    """Rows `login` sees, asked inside the superuser's open transaction (so before any commit):
    SET LOCAL SESSION AUTHORIZATION makes `session_user` that person, as on their own login."""
    cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{login}"')
    cursor.execute(sql, args)
    rows = {row[0] for row in cursor.fetchall()}
    cursor.execute("RESET SESSION AUTHORIZATION")
    return rows


@pytest.fixture
def in_transaction(company):
    """A superuser cursor in a transaction that is rolled back at the end."""
    url, _ = company
    connection = psycopg2.connect(url)
    yield connection.cursor()
    connection.rollback()
    connection.close()


def _alma_id(cursor) -> int:
    cursor.execute("SELECT id FROM app_user WHERE login = 'alma'")
    return cursor.fetchone()[0]


def test_a_manager_added_to_a_client_sees_its_staff_and_loses_them_when_removed(
        company, in_transaction):
    _, ids = company
    cursor = in_transaction
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena"))
    cursor.execute("INSERT INTO client_manager (client_id, user_id) VALUES (%s, %s)",
                   (ids["beta"], _alma_id(cursor)))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, EVERYONE)
    assert as_user(cursor, "alma", "SELECT staff_id FROM feedback") == \
        staff_names(ids, EVERYONE)
    cursor.execute("DELETE FROM client_manager WHERE client_id = %s", (ids["acme"],))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ben", "cara"))
    cursor.execute("UPDATE client_manager SET client_id = %s WHERE client_id = %s",
                   (ids["acme"], ids["beta"]))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena"))


def test_an_assignment_added_moved_ended_and_removed_moves_the_manager_scope(
        company, in_transaction):
    _, ids = company
    cursor = in_transaction
    cursor.execute("INSERT INTO assignment (staff_id, client_id, role, start_date, archived) "
                   "VALUES (%s, %s, 'Agent', %s, false) RETURNING id",
                   (ids["cara"], ids["acme"], DAY))
    (assignment,) = cursor.fetchone()
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena", "cara"))
    assert ids["cara"] in as_user(cursor, "alma", "SELECT staff_id FROM feedback")
    cursor.execute("UPDATE assignment SET end_date = %s WHERE id = %s", (DAY, assignment))
    assert ids["cara"] in as_user(cursor, "alma", ALMA_SEES)  # ever on her client: still hers
    cursor.execute("UPDATE assignment SET client_id = %s WHERE id = %s",
                   (ids["beta"], assignment))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena"))
    cursor.execute("UPDATE assignment SET client_id = %s, staff_id = %s WHERE id = %s",
                   (ids["acme"], ids["ben"], assignment))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena", "ben"))
    cursor.execute("DELETE FROM assignment WHERE id = %s", (assignment,))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena"))


def test_a_person_on_two_of_a_managers_clients_stays_seen_while_one_remains(
        company, in_transaction):
    _, ids = company
    cursor = in_transaction
    cursor.execute("INSERT INTO client_manager (client_id, user_id) VALUES (%s, %s)",
                   (ids["beta"], _alma_id(cursor)))
    cursor.execute("INSERT INTO assignment (staff_id, client_id, role, start_date, end_date, "
                   "archived) VALUES (%s, %s, 'Agent', %s, %s, false) RETURNING id",
                   (ids["ben"], ids["acme"], DAY - dt.timedelta(days=300),
                    DAY - dt.timedelta(days=200)))
    (old_assignment,) = cursor.fetchone()
    cursor.execute("DELETE FROM client_manager WHERE client_id = %s", (ids["beta"],))
    assert as_user(cursor, "alma", ALMA_SEES) == staff_names(ids, ("ana", "lena", "ben"))
    cursor.execute("INSERT INTO client_manager (client_id, user_id) VALUES (%s, %s)",
                   (ids["beta"], _alma_id(cursor)))
    cursor.execute("DELETE FROM assignment WHERE id = %s", (old_assignment,))
    assert ids["ben"] in as_user(cursor, "alma", ALMA_SEES)  # still on Beta, hers again


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_the_manager_scope_is_read_by_its_manager_only_and_written_by_nobody(company, login):
    _, ids = company
    with connect_as(company, login) as connection:
        cursor = connection.cursor()
        if login == "alma":
            assert visible(connection, "SELECT managed_staff_id FROM app_manager_scope") == \
                staff_names(ids, ("ana", "lena"))
        else:
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cursor.execute("SELECT * FROM app_manager_scope")
            connection.rollback()
        for statement in ("DELETE FROM app_manager_scope",
                          "INSERT INTO app_manager_scope VALUES (1, 1)",
                          "SELECT app_rebuild_manager_scope(1)"):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cursor.execute(statement)
            connection.rollback()
    connection.close()


# -- an admin login (not a superuser) manages the users; nobody else can -------------------
def _signed_in(company, login: str):
    url, _ = company
    database = dbmod.connect(url.replace("postgres:cluster-superuser-pw@",
                                         f"{login}:{PASSWORDS[login]}@"))
    database.connect()
    return database


def _login_state(company, login: str) -> tuple:
    url, _ = company
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT r.rolcanlogin, r.rolcreaterole, array(SELECT g.rolname "
                       "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "WHERE m.member = r.oid ORDER BY 1) FROM pg_roles r WHERE rolname = %s",
                       (login,))
        found = cursor.fetchone()
    connection.close()
    return found


def test_an_admin_login_adds_changes_disables_and_resets_a_user(company):
    url, _ = company
    prefix = shared.default_prefix(url.rsplit("/", 1)[1])
    boss = _signed_in(company, "boss")
    assert _login_state(company, "boss")[1] is False  # no CREATEROLE of their own
    try:
        shared.add_user(boss, "nina", "agent", "nina-pw-1", display_name="Nina")
        assert _login_state(company, "nina") == (True, False, [f"{prefix}_agent"])
        PASSWORDS["nina"] = "nina-pw-1"
        with connect_as(company, "nina") as connection:
            assert visible(connection, "SELECT app_role()") == {"agent"}
        connection.close()
        shared.set_role(boss, "nina", "mentor")
        assert _login_state(company, "nina")[2] == [f"{prefix}_mentor"]
        shared.set_active(boss, "nina", False)
        with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
            connect_as(company, "nina")
        shared.set_active(boss, "nina", True)
        shared.set_password(boss, "nina", "nina-pw-2")
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            connect_as(company, "nina")
        PASSWORDS["nina"] = "nina-pw-2"
        with connect_as(company, "nina") as connection:
            assert visible(connection, "SELECT app_role()") == {"mentor"}
        connection.close()
        shared.set_role(boss, "hana", "admin")  # a user made by another admin (the set-up)
        assert _login_state(company, "hana")[2] == [f"{prefix}_admin"]
        shared.set_role(boss, "hana", "hr")
        assert _login_state(company, "hana")[2] == [f"{prefix}_hr"]
    finally:
        boss.close()
        superuser = psycopg2.connect(url)
        superuser.autocommit = True
        superuser.cursor().execute("DELETE FROM app_user WHERE login = 'nina'")
        superuser.cursor().execute('DROP ROLE IF EXISTS "nina"')
        superuser.close()
        PASSWORDS.pop("nina", None)


@pytest.mark.parametrize("login", [login for login in ROLE_OF if login != "boss"])
def test_no_one_but_an_admin_manages_users(company, login):
    database = _signed_in(company, login)
    try:
        for change in (lambda: shared.add_user(database, "mallory", "admin", "pw"),
                       lambda: shared.set_role(database, login, "admin"),
                       lambda: shared.set_active(database, "boss", False),
                       lambda: shared.set_password(database, "boss", "taken")):
            with pytest.raises((peewee.DatabaseError, UserError)) as refused:
                change()
            assert "permission denied" in str(refused.value) or "no user" in str(refused.value)
            database.rollback()
        for function in ("app_create_login('mallory', 'admin', 'pw')",
                         f"app_set_login_role('{login}', 'admin')",
                         "app_set_login_password('boss', 'taken')"):
            with pytest.raises(peewee.ProgrammingError, match="permission denied"):
                database.execute_sql(f"SELECT {function}")
            database.rollback()
    finally:
        database.close()
    assert _login_state(company, "mallory") is None
    assert _login_state(company, login)[2][0].endswith(ROLE_OF[login])


def test_the_user_functions_change_only_this_installations_logins(company):
    url, _ = company
    boss = _signed_in(company, "boss")
    prefix = shared.default_prefix(url.rsplit("/", 1)[1])
    try:
        for call in (f"app_set_login_password('{prefix}_owner', 'x')",
                     f"app_set_login_role('{prefix}_logins', 'admin')",
                     "app_set_login_active('postgres', false)"):
            with pytest.raises(peewee.ProgrammingError, match="not a user of this database"):
                boss.execute_sql(f"SELECT {call}")
            boss.rollback()
        with pytest.raises(peewee.DataError, match="is not a role"):
            boss.execute_sql("SELECT app_create_login('eve', 'owner', 'pw')")
        boss.rollback()
    finally:
        boss.close()


# -- the staff search accelerator: never an id the caller may not see ------------------------
MATCHING = "SELECT app_visible_staff_matching(%s::text[])"


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_the_search_accelerator_returns_only_staff_the_caller_sees(company, login):
    """Every staff member's key holds "test" (their last name): each role gets exactly its
    own people; a name outside their scope gives nothing, not even its id."""
    _, ids = company
    with connect_as(company, login) as connection:
        assert visible(connection, MATCHING, ["test"]) == staff_names(ids, STAFF_SEEN[login])
        for key in EVERYONE:
            expected = {ids[key]} if key in STAFF_SEEN[login] else set()
            assert visible(connection, MATCHING, [key, "test"]) == expected
    connection.close()


def test_the_search_accelerator_takes_percent_and_underscore_literally(company):
    _, ids = company
    with connect_as(company, "boss") as connection:
        assert visible(connection, MATCHING, ["%"]) == set()
        assert visible(connection, MATCHING, ["t_st"]) == set()
        assert visible(connection, MATCHING, ["lena", "tes"]) == {ids["lena"]}
    connection.close()


def test_the_search_accelerator_gives_nothing_to_a_disabled_user_or_a_stranger(
        company, in_transaction):
    cursor = in_transaction
    cursor.execute("UPDATE app_user SET active = false WHERE login = 'alma'")
    assert as_user(cursor, "alma", MATCHING, ["test"]) == set()
    cursor.execute(MATCHING, (["test"],))  # the superuser is no user of the app
    assert cursor.fetchall() == []


def test_the_staff_search_of_a_restricted_role_goes_through_the_accelerator(company):
    """Same rows as the plain search; only the roles that see some staff use the function."""
    from mentorapp import opening

    url, ids = company
    for login, narrowed in (("alma", True), ("lead", True), ("ana", True), ("boss", False)):
        opening.open_database(url.replace("postgres:cluster-superuser-pw@",
                                          f"{login}:{PASSWORDS[login]}@"))
        try:
            query_sql = staff.entity._query("TEST", False, {}).sql()[0]
            assert ("app_visible_staff_matching" in query_sql) == narrowed
            assert {row["id"] for row in staff.list(search="TEST")} == \
                staff_names(ids, STAFF_SEEN[login])
            assert staff.count(search="lena test") == (1 if "lena" in STAFF_SEEN[login] else 0)
        finally:
            dbmod.database.obj.close()
            audit.set_recorded_by_database(False)
            audit.set_actor("tester")


# -- the staff search count: the number of staff the caller reads, nothing more ---------------
COUNTING = "SELECT app_visible_staff_count(%s::text[], %s)"
# The same number under row-level security: what the caller's own rows give.
COUNTED_ROWS = ("SELECT count(*) FROM staff WHERE search_key ILIKE ALL (%s::text[]) "
                "AND (%s OR NOT archived)")


def _count(cursor, words: list[str], archived: bool = False) -> tuple[int, int]:
    """(the function's count, the count of the rows under row-level security)."""
    cursor.execute(COUNTING, (words, archived))
    counted = cursor.fetchone()[0]
    cursor.execute(COUNTED_ROWS, ([f"%{word}%" for word in words], archived))
    return counted, cursor.fetchone()[0]


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_the_search_count_counts_exactly_the_staff_the_caller_reads(company, login):
    """Raw SQL as each role: the function's count is the count of the rows the staff table's
    policies show them, for a word everyone's key holds and for each person's name."""
    with connect_as(company, login) as connection, connection.cursor() as cursor:
        assert _count(cursor, ["test"]) == (len(STAFF_SEEN[login]),) * 2
        for key in EVERYONE:
            seen = 1 if key in STAFF_SEEN[login] else 0
            assert _count(cursor, [key, "test"]) == (seen, seen)
        cursor.execute(COUNTING, (["%"], True))  # % and _ taken literally
        assert cursor.fetchone()[0] == 0
        cursor.execute(COUNTING, (["t_st"], True))
        assert cursor.fetchone()[0] == 0
    connection.close()


def test_the_search_count_leaves_archived_staff_out_unless_asked(company, in_transaction):
    _, ids = company
    cursor = in_transaction
    cursor.execute("UPDATE staff SET archived = true WHERE id IN (%s, %s)",
                   (ids["ana"], ids["ben"]))
    for login in ROLE_OF:
        seen = STAFF_SEEN[login]
        for archived, expected in ((False, [k for k in seen if k not in ("ana", "ben")]),
                                   (True, seen)):
            cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{login}"')
            assert _count(cursor, ["test"], archived) == (len(expected),) * 2, (login, archived)
            cursor.execute("RESET SESSION AUTHORIZATION")


def test_the_search_count_gives_nothing_to_a_disabled_user_or_a_stranger(
        company, in_transaction):
    cursor = in_transaction
    cursor.execute("UPDATE app_user SET active = false WHERE login = 'lead'")
    cursor.execute('SET LOCAL SESSION AUTHORIZATION "lead"')
    cursor.execute(COUNTING, (["test"], True))
    assert cursor.fetchone()[0] == 0
    cursor.execute("RESET SESSION AUTHORIZATION")
    cursor.execute(COUNTING, (["test"], True))  # the superuser is no user of the app
    assert cursor.fetchone()[0] == 0


def test_the_staff_search_count_of_a_restricted_role_is_the_lists_count(company):
    """Through the services: a restricted role's search count comes from the function, with or
    without archived staff, and equals the count of the list's rows; with a filter it counts
    the rows as before; other roles never use it."""
    from mentorapp import opening, queries

    url, ids = company
    for login, narrowed in (("alma", True), ("lead", True), ("ana", True), ("boss", False)):
        opening.open_database(url.replace("postgres:cluster-superuser-pw@",
                                          f"{login}:{PASSWORDS[login]}@"))
        try:
            assert (queries.visible_staff_count(["test"], False) is not None) == narrowed
            seen = STAFF_SEEN[login]
            for search, expected in (("TEST", len(seen)), ("lena test", int("lena" in seen)),
                                     ("nobody", 0)):
                for archived in (False, True):
                    assert staff.count(search=search, include_archived=archived) == \
                        staff.entity.count(search, include_archived=archived) == \
                        len(staff.list(search=search, include_archived=archived,
                                       limit=None)) == expected
            client = ids["acme"] if "ana" in seen else ids["beta"]
            assert staff.count(search="test", client=client) == \
                staff.entity.count("test", client=client) == \
                len(staff.list(search="test", client=client))
        finally:
            dbmod.database.obj.close()
            audit.set_recorded_by_database(False)
            audit.set_actor("tester")


# -- a mentor's read scope asked once per query: their people and themselves -------------------
def _mentor_scope(cursor, login: str) -> tuple:
    """As `login`: (app_my_people_and_me(), app_my_people() and app_staff_id(), the staff ids
    of the feedback they read)."""
    cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{login}"')
    cursor.execute("SELECT app_my_people_and_me()")
    together = cursor.fetchone()[0]
    cursor.execute("SELECT array(SELECT app_my_people()), app_staff_id()")
    people, me = cursor.fetchone()
    cursor.execute("SELECT DISTINCT staff_id FROM feedback")
    about = {row[0] for row in cursor.fetchall()}
    cursor.execute("RESET SESSION AUTHORIZATION")
    return (None if together is None else set(together),
            set(people) | ({me} if me is not None else set()), about)


def test_a_mentors_people_and_self_are_what_they_read_in_every_case(company, in_transaction):
    """The mentor's read policies ask app_my_people_and_me(): the same people as their write
    policies (app_my_people()) and themselves; no staff record: their direct reports only; an
    archived mentorship: not that mentee; a disabled user: nothing."""
    _, ids = company
    cursor = in_transaction
    lead = {ids["ana"], ids["cara"], ids["lena"]}
    assert _mentor_scope(cursor, "lead") == (lead, lead, lead)
    cursor.execute("UPDATE mentorship SET archived = true WHERE mentee_id = %s", (ids["ana"],))
    lead -= {ids["ana"]}
    assert _mentor_scope(cursor, "lead") == (lead, lead, lead)
    cursor.execute("UPDATE app_user SET staff_id = NULL WHERE login = 'lead'")
    assert _mentor_scope(cursor, "lead") == ({ids["cara"]},) * 3
    cursor.execute("UPDATE app_user SET active = false WHERE login = 'lead'")
    assert _mentor_scope(cursor, "lead") == (None, set(), set())
    cursor.execute("SELECT app_my_people_and_me()")  # the superuser is no user of the app
    assert cursor.fetchone()[0] is None
