"""The other lists of names the window shows follow its language too (issue 18), on SQLite
and PostgreSQL: in Spanish Ñ comes after N (COLLATE "es-x-icu", or `collation.name_sort_key`
in memory); in English and Portuguese the stored `sort_key`'s order, or ICU's root collation
for names without one (the same order)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from records import make_kpi_metric, make_kpi_values

from mentorapp import collation, translations
from mentorapp.models import AppUser
from mentorapp.services import (
    client_reports,
    clients,
    dashboard,
    evidence,
    kpi,
    my_work,
    profile,
    quality,
    readiness,
    suggestions,
    users,
)

SPANISH = ["Álvaro", "Nunez", "Nuñez", "Nuzman", "Ñandú Seguros", "Oscar"]
ENGLISH = ["Álvaro", "Ñandú Seguros", "Nunez", "Nuñez", "Nuzman", "Oscar"]
ORDERS = {"es": SPANISH, "pt_BR": ENGLISH, "en": ENGLISH}
# Names with no stored sort_key (metrics, scorecards, competencies, programs, mentors) sort
# COLLATE "und-x-icu" outside Spanish: the same order, not accented capitals after Z.
STORED_ORDERS = ORDERS
TODAY = dt.date(2026, 6, 15)


@pytest.fixture(params=["es", "pt_BR", "en"])
def language(request):
    """The window's language for one test; English again afterwards."""
    translations.set_display_language(request.param)
    yield request.param
    translations.set_display_language(translations.ENGLISH)


def shuffled(names: list[str]) -> list[str]:
    names = list(names)
    random.Random(18).shuffle(names)
    return names


def test_the_in_memory_key_sorts_as_the_database(db, make, language):
    for name in shuffled(SPANISH):
        make.client(name)
    listed = [row["name"] for row in clients.list(sort="name", limit=None)]
    assert sorted(SPANISH, key=collation.name_sort_key) == listed == ORDERS[language]


def test_the_dashboard_lists_clients_in_the_window_language(db, make, language):
    program = make.program(hours=2)
    for name in shuffled(SPANISH):
        person = make.staff(client=make.client(name))
        make.enrollment(person, program, status="completed", completed_date=TODAY)
    assert [name for name, _id in dashboard.filter_options()["client"]] == ORDERS[language]
    assert [row["name"] for row in dashboard.headcount_by_client()] == ORDERS[language]
    for rolled_up in (True, False):
        assert [row["client"] for row in dashboard.training_hours_by_client(
            TODAY, TODAY, rolled_up=rolled_up)] == ORDERS[language]


def test_reports_due_are_listed_by_client_in_the_window_language(db, make, language):
    for name in shuffled(SPANISH):
        make.client(name)
    due = client_reports.due(None, dt.date(2027, 6, 15))
    assert [row["client_name"] for row in due] == ORDERS[language]


def test_the_clients_a_user_manages_in_the_window_language(db, make, language):
    AppUser.create(login="lead", role="mentor")
    for name in shuffled(SPANISH):
        make.client(name)
        users.set_client_managers(name, ["lead"])
    assert users.clients_of("lead") == ORDERS[language]


def test_kpi_metrics_and_people_below_target_in_the_window_language(db, make, language):
    """Metrics by client then name; people below target by name; the dashboard's list by
    client."""
    by_client = {}
    for name in shuffled(SPANISH):
        by_client[name] = make.client(name)
        make_kpi_metric(make, by_client[name], name=f"{name} score")
    own = make.client("Zeta")
    for name in shuffled(SPANISH):
        make_kpi_metric(make, own, name=name)
    assert [row["client_name"] for row in kpi.list() if row["client_name"] != "Zeta"] == \
        ORDERS[language]
    assert [row["name"] for row in kpi.list(own["id"])] == STORED_ORDERS[language]
    metric = kpi.list(own["id"])[0]
    for name in shuffled(SPANISH):
        person = make.staff("Ana", name, own)
        make_kpi_values(metric, person, [(dt.date(2026, 4, 1), 50), (dt.date(2026, 5, 1), 50)],
                        period="month")
    found = kpi.below_target_running(own["id"], today=TODAY)
    assert [row["name"] for row in found] == [f"Ana {name}" for name in ORDERS[language]]
    for name in shuffled(SPANISH):
        person = make.staff("Bea", "Same", by_client[name])
        metric = kpi.list(by_client[name]["id"])[0]
        make_kpi_values(metric, person, [(dt.date(2026, 4, 1), 50), (dt.date(2026, 5, 1), 50)],
                        period="month")
    rows = [row["client_name"] for row in dashboard.kpi_below_target(TODAY)]
    assert list(dict.fromkeys(rows)) == [*ORDERS[language], "Zeta"]


def test_metrics_offered_as_evidence_in_the_window_language(db, make, language):
    client = make.client("Acme")
    person = make.staff(client=client)
    ids = {make_kpi_metric(make, client, name=name)["id"]: name for name in shuffled(SPANISH)}
    metrics = [ids[row["record_id"]] for row in evidence.candidates(person["id"], until=TODAY)
               if row["kind"] == "metric"]
    assert metrics == STORED_ORDERS[language]


def test_mentor_choices_in_the_window_language(db, make, language):
    for name in shuffled(SPANISH):
        make.mentor(external_name=name, capacity=2)
    assert [row["name"] for row in suggestions.mentor_choices()] == ORDERS[language]


def test_my_people_in_the_window_language(db, make, language):
    me = make.staff("Lena", "Mentor")
    mentor = make.mentor(me, capacity=len(SPANISH))
    for name in shuffled(SPANISH):
        make.mentorship(mentor, make.staff("Ana", name))
    rows = my_work.people({"staff": me["id"], "shared": False, "login": "lena"})
    assert [row["last_name"] for row in rows] == ORDERS[language]


def test_client_contacts_in_the_window_language(db, make, language):
    client = make.client("Acme")
    for number, name in enumerate(shuffled(SPANISH)):
        clients.add_contact(client["id"], name=name, email=f"c{number}@acme.test")
    assert [row["name"] for row in clients.contacts(client["id"])] == ORDERS[language]


def test_career_roles_by_client_then_name_in_the_window_language(db, make, language):
    for name in shuffled(SPANISH):
        client = make.client(f"{name} S.A.")
        readiness.save_role(None, {"name": "Agent", "client": client["id"], "level": 1}, [])
    one = make.client("Uno")
    for name in shuffled(SPANISH):
        readiness.save_role(None, {"name": name, "client": one["id"], "level": 1}, [])
    rows = readiness.list_roles(everything=True)
    assert [row["client_name"] for row in rows if row["name"] == "Agent"] == \
        [f"{name} S.A." for name in ORDERS[language]]
    assert [row["name"] for row in rows if row["client"] == one["id"]] == ORDERS[language]


def test_scorecards_in_the_window_language(db, language):
    for name in shuffled(SPANISH):
        quality.create_scorecard(name)
    assert [row["name"] for row in quality.scorecard_list()] == STORED_ORDERS[language]


def test_competency_averages_on_the_profile_in_the_window_language(db, make, language):
    person = make.staff()
    ratings = {make.competency(name)["id"]: 4 for name in shuffled(SPANISH)}
    make.feedback(person, date=dt.date.today() - dt.timedelta(days=3), rating=4,
                  ratings=ratings)
    averages = profile.summary(person["id"])["competency_averages"]
    assert [name for name in averages if name in SPANISH] == STORED_ORDERS[language]
