"""Shared mode, role ladders (issue 16): everyone reads the roles and their requirements;
admin, HR and operations write them, no one else. Raw SQL as each person on the private
SCRAM cluster (the company of test_shared.py)."""

from __future__ import annotations

import psycopg2
import pytest

from tests.mentorapp.test_shared import (
    ROLE_OF,
    company,  # noqa: F401  (the module's fixture)
    connect_as,
    visible,
)

pytestmark = pytest.mark.postgres
WRITERS = ("boss", "hana", "otto")  # admin, HR, operations


@pytest.fixture(scope="module")
def ladder(company):  # noqa: F811
    """A company role with one competency requirement, made by the admin."""
    with connect_as(company, "boss") as connection, connection.cursor() as cursor:
        cursor.execute("INSERT INTO career_role (name, level, min_tenure_months, archived, "
                       "name_key) VALUES ('Agent', 1, 0, false, '0:agent') RETURNING id")
        role = cursor.fetchone()[0]
        cursor.execute("INSERT INTO role_requirement (role_id, kind, competency_id, minimum) "
                       "VALUES (%s, 'competency', (SELECT min(id) FROM competency), 4)", (role,))
    connection.close()
    return company, role


@pytest.mark.parametrize("login", list(ROLE_OF))
def test_everyone_reads_the_ladder_and_only_its_keepers_write_it(ladder, login):
    setup, role = ladder
    connection = connect_as(setup, login)
    try:
        assert visible(connection, "SELECT name FROM career_role") >= {"Agent"}
        assert visible(connection, "SELECT role_id FROM role_requirement") == {role}
        insert = ("INSERT INTO career_role (name, level, min_tenure_months, archived, name_key)"
                  " VALUES (%s, 2, 12, false, %s) RETURNING id")
        with connection.cursor() as cursor:
            if login in WRITERS:
                cursor.execute(insert, (f"Senior of {login}", f"0:senior of {login}"))
                new = cursor.fetchone()[0]
                cursor.execute("UPDATE career_role SET next_role_id = %s WHERE id = %s",
                               (new, role))
                cursor.execute("INSERT INTO role_requirement (role_id, kind, program_id) "
                               "VALUES (%s, 'training', NULL)", (new,))
                # The Role ladders dialog's delete: the requirements, then the role.
                cursor.execute("DELETE FROM role_requirement WHERE role_id = %s", (new,))
                cursor.execute("UPDATE career_role SET next_role_id = NULL WHERE id = %s",
                               (role,))
                cursor.execute("DELETE FROM career_role WHERE id = %s", (new,))
                assert cursor.rowcount == 1
                connection.rollback()
            else:
                for sql, args in ((insert, ("Mine", "0:mine")),
                                  ("UPDATE career_role SET level = 9", ()),
                                  ("UPDATE career_role SET archived = true", ()),
                                  ("DELETE FROM career_role", ()),
                                  ("UPDATE role_requirement SET minimum = 1", ()),
                                  ("DELETE FROM role_requirement", ())):
                    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                        cursor.execute(sql, args)
                    connection.rollback()
                    cursor = connection.cursor()
    finally:
        connection.close()
