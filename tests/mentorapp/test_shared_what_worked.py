"""Shared mode, What worked (issue 16): the service run as the admin, a mentor and an account
manager on PostgreSQL with row-level security counts only the people each one's policies show,
and never fails for lack of a grant. On the private SCRAM cluster (the shared test company:
Lena, login `lead`, mentors Ana and has Cara as direct report; everyone is an Acme agent).

Planted here, all in the month of Ana's mentorship start:
- Ana completes a training (seen by all three) and rates 3 before, 4 after (+1);
- Cara and Lena rate 3 and 3 (no change): the only comparison people the mentor sees;
- P1-P3, Acme agents outside the mentor's scope, rate 3 and 5 (+2);
- Ben, on Acme but not the mentor's, completes a training too (3 and 3): the mentor must not
  see it nor count him; the account manager of Acme must;
- Dora, on Beta (not the account manager's client), completes one: only the admin sees it.
"""

from __future__ import annotations

import datetime as dt

import psycopg2
import pytest
from openpyxl import load_workbook

from mentorapp import db as dbmod
from mentorapp.services import (
    audit,
    clients,
    competencies,
    feedback,
    mentoring,
    staff,
    training,
    what_worked,
)
from tests.mentorapp.services.shared_company import TODAY, build_company

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def company(scram_cluster):
    for built in build_company(scram_cluster):
        database = dbmod.connect(built.url)
        database.connect()
        dbmod.database.initialize(database)
        audit.set_actor("postgres")
        ids = built.ids
        started = mentoring.mentorships.get(ids["mentorship"])["start_date"]
        (before, _), (after, _) = what_worked.windows(started)
        placed = TODAY - dt.timedelta(days=200)
        beta = clients.create(name="Beta")["id"]
        for key in ("p1", "p2", "p3"):
            ids[key] = staff.create(employee_id=f"{key.upper()}-{built.tag}",
                                    first_name=key.upper(), last_name="Peer")["id"]
            staff.assign(ids[key], ids["acme"], "Agent", placed)
        ids["dora"] = staff.create(employee_id=f"DORA-{built.tag}", first_name="Dora",
                                   last_name="Beta")["id"]
        staff.assign(ids["dora"], beta, "Agent", placed)
        competency = competencies.active()[0]["id"]
        for key, first, second in (("ana", 3, 4), ("cara", 3, 3), ("lena", 3, 3), ("ben", 3, 3),
                                   ("p1", 3, 5), ("p2", 3, 5), ("p3", 3, 5), ("dora", 3, 4)):
            for day, rating in ((before + dt.timedelta(days=4), first), (after, second)):
                feedback.create(staff=ids[key], source="management", date=day,
                                ratings={competency: rating})
        program = training.programs.create(name=f"Refunds {built.tag}", type="workshop")["id"]
        for key in ("ana", "ben", "dora"):
            training.enrollments.create(staff=ids[key], program=program, status="completed",
                                        start_date=started - dt.timedelta(days=3),
                                        completed_date=started)
        database.execute_sql("INSERT INTO client_manager (client_id, user_id) SELECT %s, id "
                             "FROM app_user WHERE login = %s", (ids["acme"], built.login("alma")))
        database.close()
        ids.update(beta=beta, program=program, started=started)
        yield built


@pytest.fixture
def signed_in(company):
    """Open the database as a login, as the app does; closed again afterwards."""
    def open_as(name: str):
        company.open_as(name)
        return company.ids
    yield open_as
    if not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()
    audit.set_recorded_by_database(False)
    audit.set_actor("tester")


def _result(ids):
    return what_worked.compute(ids["started"], ids["started"])


def _rating_rows(result, kind):
    return {row["staff_id"]: row for row in result["rows"]
            if row["kind"] == kind and row["measure_key"] == what_worked.COMPETENCY}


# login: (whose trainings it sees, Ana's training's comparison people and change, the
# mentorship's comparison people and change (None: no mentorship seen))
SEES = {"boss": ({"ana", "ben", "dora"}, 5, 1.2, 6, 1.0),
        "alma": ({"ana", "ben"}, 5, 1.2, None, None),
        "lead": ({"ana"}, 2, 0.0, 2, 0.0)}


@pytest.mark.parametrize("login", list(SEES))
def test_each_role_counts_only_the_people_it_may_see(signed_in, login):
    ids = signed_in(login)
    trained, comparison_n, comparison_change, mentored_n, mentored_change = SEES[login]
    result = _result(ids)
    training_rows = _rating_rows(result, "training")
    assert set(training_rows) == {ids[key] for key in trained}
    ana = training_rows[ids["ana"]]
    assert (ana["before"], ana["after"], ana["change"]) == (3.0, 4.0, 1.0)
    assert ana["comparison_n"] == comparison_n
    assert ana["comparison_change"] == pytest.approx(comparison_change)
    assert ana["did"] == pytest.approx(1.0 - comparison_change)
    assert ana["too_few"] == (comparison_n < what_worked.MIN_PEOPLE)
    mentored = _rating_rows(result, "mentorship")
    if mentored_n is None:
        assert mentored == {}
        assert result["by_mentor"] == []
    else:
        assert set(mentored) == {ids["ana"]}
        row = mentored[ids["ana"]]
        # no mentorship in the windows: Cara, Lena, Ben, P1-P3 (the mentor: Cara and Lena)
        assert (row["comparison_n"], row["comparison_change"]) == (
            mentored_n, pytest.approx(mentored_change))
        assert {s["mentor"] for s in result["by_mentor"]} == {"Lena Test"}
    program = {s["measure"]: s for s in result["by_program"]}["Competency rating"]
    # Dora has nobody to compare with (no other Beta agent): her difference is None
    assert program["n"] == len(trained - {"dora"})
    by_client = {(s["client"], s["kind"]) for s in result["by_client"]}
    assert ("Beta", "training") in by_client if "dora" in trained else \
        all(client != "Beta" for client, _ in by_client)


@pytest.mark.parametrize("login", list(SEES))
def test_a_profile_list_and_the_report_work_as_each_role(signed_in, login, tmp_path):
    from mentorapp.excel.what_worked_report import export_what_worked_report

    ids = signed_in(login)
    rows = what_worked.for_staff(ids["ana"], today=TODAY)
    kinds = {row["kind"] for row in rows}
    assert kinds == ({"training"} if login == "alma" else {"training", "mentorship"})
    assert {row["staff_id"] for row in rows} == {ids["ana"]}
    training_row = next(r for r in rows if r["kind"] == "training"
                        and r["measure_key"] == what_worked.COMPETENCY)
    assert training_row["comparison_n"] == SEES[login][1]
    out = export_what_worked_report(ids["started"], ids["started"], tmp_path / "ww.xlsx")
    workbook = load_workbook(out, read_only=True)
    try:
        names = {row[4] for row in workbook["Interventions"].iter_rows(min_row=2,
                                                                       values_only=True)
                 if len(row) > 4}
    finally:
        workbook.close()
    assert names == {{"ana": "Ana Test", "ben": "Ben Test", "dora": "Dora Beta"}[key]
                     for key in SEES[login][0]}


def test_the_mentor_reads_none_of_the_planted_records_outside_their_scope(company):
    """The reason the figures differ: raw SQL as the mentor."""
    ids = company.ids
    host = company.url.split("@", 1)[1].rsplit("/", 1)[0]
    connection = psycopg2.connect(host=host.split(":")[0], port=host.split(":")[1],
                                  dbname=company.url.rsplit("/", 1)[1],
                                  user=company.login("lead"), password=company.password("lead"))
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT staff_id FROM enrollment WHERE program_id = %s",
                           (ids["program"],))
            assert {row[0] for row in cursor.fetchall()} == {ids["ana"]}
            cursor.execute("SELECT DISTINCT f.staff_id FROM feedback_rating r "
                           "JOIN feedback f ON f.id = r.feedback_id")
            assert {row[0] for row in cursor.fetchall()} == {ids["ana"], ids["cara"],
                                                              ids["lena"]}
    finally:
        connection.close()
