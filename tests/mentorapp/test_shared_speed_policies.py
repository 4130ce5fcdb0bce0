"""Shared mode: `app_visible_feedback_days`, the account manager's dashboard trend planned for
speed, adds up exactly the feedback each caller's read policy shows them. Raw SQL as each login
on the private SCRAM cluster, compared with the same aggregate over `feedback` under row-level
security."""

from __future__ import annotations

import datetime as dt

import psycopg2
import pytest

from mentorapp import db as dbmod
from mentorapp.services import audit, clients, dashboard, feedback, staff
from tests.mentorapp.services.shared_company import ROLES, TODAY, build_company

pytestmark = pytest.mark.postgres
START, END = TODAY - dt.timedelta(days=400), TODAY
FUNCTION = "SELECT * FROM app_visible_feedback_days(%s, %s, %s)"
POLICY = ("SELECT date, source, count(*), sum(rating), count(rating) FROM feedback "
          "WHERE date BETWEEN %s AND %s AND NOT archived AND (%s::integer IS NULL OR "
          "client_id = %s) GROUP BY date, source")


@pytest.fixture(scope="module")
def company(scram_cluster):
    """The shared test company; Alma manages Acme. Ana (on Acme) also has feedback tagged Beta,
    and Dora, only ever on Beta, has feedback Alma must not count."""
    for built in build_company(scram_cluster):
        database = dbmod.connect(built.url)
        database.connect()
        dbmod.database.initialize(database)
        audit.set_actor("postgres")
        beta = clients.create(name="Beta")["id"]
        dora = staff.create(employee_id=f"DORA-{built.tag}", first_name="Dora",
                            last_name="Test")["id"]
        staff.assign(dora, beta, "Agent", TODAY - dt.timedelta(days=90))
        for person, client, source, rating in ((built.ids["ana"], beta, "client", 2),
                                               (dora, beta, "client", 3),
                                               (dora, None, "management", None)):
            feedback.create(staff=person, client=client, source=source, rating=rating,
                            date=TODAY - dt.timedelta(days=5), comment="Noted")
        database.execute_sql("INSERT INTO client_manager (client_id, user_id) SELECT %s, id "
                             "FROM app_user WHERE login = %s",
                             (built.ids["acme"], built.login("alma")))
        database.close()
        built.ids.update(beta=beta, dora=dora)
        yield built


def _as(company, name: str):
    login = company.login(name)
    host = company.url.split("@", 1)[1].rsplit("/", 1)[0]
    return psycopg2.connect(host=host.split(":")[0], port=host.split(":")[1],
                            dbname=company.url.rsplit("/", 1)[1], user=login,
                            password=company.password(name))


def _rows(cursor, sql: str, *args) -> set:
    cursor.execute(sql, args)
    return {tuple(row) for row in cursor.fetchall()}


@pytest.mark.parametrize("name", list(ROLES))
def test_each_role_gets_the_days_of_exactly_the_feedback_it_reads(company, name):
    with _as(company, name) as connection, connection.cursor() as cursor:
        for client in (None, company.ids["acme"], company.ids["beta"]):
            assert _rows(cursor, FUNCTION, START, END, client) == \
                _rows(cursor, POLICY, START, END, client, client)
    connection.close()


def test_the_manager_counts_their_peoples_feedback_of_any_client_and_no_one_elses(company):
    """Ana's Beta feedback counts (she is on Alma's client); Dora's never does."""
    with _as(company, "alma") as connection, connection.cursor() as cursor:
        days = _rows(cursor, FUNCTION, START, END, None)
        # Acme's four people: the company's three entries and Ana's of Beta.
        assert sum(entries for _d, _s, entries, _sum, _n in days) == 4
        assert _rows(cursor, FUNCTION, START, END, company.ids["beta"]) == \
            {(TODAY - dt.timedelta(days=5), "client", 1, 2, 1)}
    connection.close()
    with psycopg2.connect(company.url) as connection, connection.cursor() as cursor:
        assert sum(row[2] for row in _rows(cursor, POLICY, START, END, None, None)) == 6


def test_a_disabled_user_and_the_superuser_get_nothing(company):
    with psycopg2.connect(company.url) as connection, connection.cursor() as cursor:
        assert _rows(cursor, FUNCTION, START, END, None) == set()  # no user of the app
        cursor.execute("UPDATE app_user SET active = false WHERE login = %s",
                       (company.login("alma"),))
        cursor.execute(f'SET LOCAL SESSION AUTHORIZATION "{company.login("alma")}"')
        assert _rows(cursor, FUNCTION, START, END, None) == set()
        connection.rollback()
    connection.close()


def test_the_managers_dashboard_trend_goes_through_the_function_with_the_same_rows(company):
    for name, through_function in (("alma", True), ("boss", False), ("lead", False)):
        company.open_as(name)
        try:
            assert dashboard._manager_in_shared_mode() == through_function
            days = dashboard.feedback_days(START, END, rolled_up=False)
            with _as(company, name) as connection, connection.cursor() as cursor:
                assert {tuple(row) for row in days} == \
                    _rows(cursor, POLICY, START, END, None, None)
            connection.close()
        finally:
            dbmod.database.obj.close()
            audit.set_recorded_by_database(False)
            audit.set_actor("tester")
