"""Lists sorted by name in the window's language (issue 18), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import random
import threading
import unicodedata

import peewee
import pytest

from mentorapp import collation, translations
from mentorapp import db as dbmod
from mentorapp.models import Staff
from mentorapp.services import clients, competencies, mentoring, staff, training

SPANISH_ORDER = ["alvarez", "Álvaro", "Nunez", "Nuñez", "Nuzman", "Ñandú", "Oscar", "Zoe"]
ENGLISH_ORDER = ["alvarez", "Álvaro", "Ñandú", "Nunez", "Nuñez", "Nuzman", "Oscar", "Zoe"]
ORDERS = {"es": SPANISH_ORDER, "pt_BR": ENGLISH_ORDER, "en": ENGLISH_ORDER}
# Names where Spanish ICU and a naive order part: ñ inside a word, accents and case as ties,
# spaces, hyphens and apostrophes, letters with no separable accent, NFD text.
HARD_NAMES = ["Peña", "Pena", "Penalosa", "Peñalosa", "Pérez", "perez", "PEREZ", "Perez",
              "De la Cruz", "Delacroix", "del Río", "Del Rio", "O'Brien", "Obama", "Øster",
              "Oster", "Æbel", "Aebel", "Łukasz", "Lukasz", "anne-marie", "Anne Marie",
              "annemarie", "Strauß", "Strauss", "ß", "ss", "İlker", "Ilker", "Zoë", "zoe",
              "Mañana", "Manana", "Maña", "Mano", "NÑ", "Nñ", "nñ", "ña", "n\u0303a", "Ña",
              "ÑA", "ñá", "Ñu", "Nz", "Oa", "Müller", "Mueller", "Muller", "João", "Joao",
              "Jo Ann", "Jo-Ann", "Jo", "d'Ávila", "Dávila", "Davila", "Ìñigo", "Iñigo"]


@pytest.fixture(params=["es", "pt_BR", "en"])
def language(request):
    """The window's language for one test; English again afterwards."""
    translations.set_display_language(request.param)
    yield request.param
    translations.set_display_language(translations.ENGLISH)


@pytest.fixture
def spanish():
    translations.set_display_language("es")
    yield
    translations.set_display_language(translations.ENGLISH)


def shuffled(names: list[str]) -> list[str]:
    names = list(names)
    random.Random(18).shuffle(names)
    return names


def test_staff_sorted_by_name_in_the_window_language(db, make, language):
    for last in shuffled(SPANISH_ORDER):
        make.staff("Ana", last)
    rows = staff.list(sort="name", limit=None)
    assert [row["last_name"] for row in rows] == ORDERS[language]
    rows = staff.list(sort="name", descending=True, limit=None)
    assert [row["last_name"] for row in rows] == ORDERS[language][::-1]
    # a page of the order, as the window asks for it
    assert [row["last_name"] for row in staff.list(sort="name", limit=3, offset=3)] == \
        ORDERS[language][3:6]


def test_first_names_order_people_of_one_last_name(db, make, spanish):
    for first in ("Óscar", "Ñico", "Nora", "ana"):
        make.staff(first, "Nuñez")
    make.staff("Zoe", "Nunez")
    assert [(row["last_name"], row["first_name"]) for row in staff.list(sort="name")] == [
        ("Nunez", "Zoe"), ("Nuñez", "ana"), ("Nuñez", "Nora"), ("Nuñez", "Ñico"),
        ("Nuñez", "Óscar")]


def test_english_keeps_the_stored_key_order(db, make):
    """English sorts by the indexed key as before: ties (case, accents) by the text."""
    names = sorted({unicodedata.normalize("NFC", name) for name in SPANISH_ORDER + HARD_NAMES})
    for last in shuffled(names):
        make.staff("Ana", last)
    by_key = sorted(names, key=lambda last: Staff.key_values(
        {"first_name": "Ana", "last_name": last})["sort_key"])
    assert [row["last_name"] for row in staff.list(sort="name", limit=None)] == by_key


def test_spanish_search_still_finds_names_without_accents(db, make, spanish):
    make.staff("Ana", "Núñez")
    make.staff("Ana", "Nuzman")
    assert [row["last_name"] for row in staff.list(search="nunez")] == ["Núñez"]


def test_other_lists_by_name_follow_the_language(db, make, spanish):
    for name in shuffled(SPANISH_ORDER):
        make.client(name)
        competencies.create(name=f"{name} skill")
        training.programs.create(name=name)
        mentoring.mentors.create(external_name=name)
    assert [row["name"] for row in clients.list(sort="name", limit=None)] == SPANISH_ORDER
    assert [row["name"] for row in competencies.list(sort="name", limit=None)
            if row["name"].endswith(" skill")] == [f"{name} skill" for name in SPANISH_ORDER]
    assert [row["name"] for row in training.programs.list(sort="name", limit=None)] == \
        SPANISH_ORDER
    assert [row["name"] for row in mentoring.mentors.list(sort="name", limit=None)] == \
        SPANISH_ORDER
    people = {}
    for name in shuffled(SPANISH_ORDER):
        people[name] = make.staff("Ana", "Same", make.client(f"{name} S.A."))
    rows = staff.list(sort="client", search="same", limit=None)
    assert [row["client"] for row in rows] == [f"{name} S.A." for name in SPANISH_ORDER]


def test_the_sqlite_collation_sorts_as_postgresql_icu(db):
    """The same SQL on both backends gives the same order; on PostgreSQL it is ICU's."""
    values = ", ".join("(%s)" if not isinstance(db, peewee.SqliteDatabase) else "(?)"
                       for _ in HARD_NAMES)
    sql = f'SELECT column1 FROM (VALUES {values}) AS t ORDER BY column1 COLLATE "es-x-icu"'
    ordered = [name for (name,) in db.execute_sql(sql, shuffled(HARD_NAMES)).fetchall()]
    expected = ["Aebel", "Æbel", "Anne Marie", "anne-marie", "annemarie", "d'Ávila", "Davila",
                "Dávila", "De la Cruz", "Del Rio", "del Río", "Delacroix", "Ilker", "İlker",
                "Iñigo", "Ìñigo", "Jo", "Jo Ann", "Jo-Ann", "Joao", "João", "Lukasz", "Łukasz",
                "Manana", "Mano", "Maña", "Mañana", "Mueller", "Muller", "Müller", "nñ", "Nñ",
                "NÑ", "Nz", "n\u0303a", "ña", "Ña", "ÑA", "ñá", "Ñu", "O'Brien", "Oa", "Obama",
                "Oster", "Øster", "Pena", "Penalosa", "Peña", "Peñalosa", "perez", "Perez",
                "PEREZ", "Pérez", "ss", "ß", "Strauss", "Strauß", "zoe", "Zoë"]
    assert ordered == expected


@pytest.mark.parametrize("db", [pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_without_the_icu_collation_postgresql_keeps_the_key(db, make, spanish, monkeypatch):
    """A server without ICU (or without es) sorts Spanish lists by the stored key."""
    monkeypatch.setattr(collation, "COLLATIONS", {"es": "xx-x-icu"})
    monkeypatch.setattr(collation, "_found", type(collation._found)())
    for last in shuffled(SPANISH_ORDER):
        make.staff("Ana", last)
    assert [row["last_name"] for row in staff.list(sort="name", limit=None)] == ENGLISH_ORDER


def test_every_sqlite_connection_has_the_collation(tmp_path):
    """Workers open their own connections (one per thread): each can sort in Spanish."""
    database = dbmod.connect(str(tmp_path / "threads.db"))
    found = []

    def sort_in_a_thread():
        with database.connection_context():
            found.extend(name for (name,) in database.execute_sql(
                "SELECT column1 FROM (VALUES ('Ñu'), ('Nz'), ('Oa')) "
                'ORDER BY column1 COLLATE "es-x-icu"').fetchall())

    worker = threading.Thread(target=sort_in_a_thread)
    worker.start()
    worker.join()
    assert found == ["Nz", "Ñu", "Oa"]


@pytest.mark.parametrize("language, expected", [("es", collation.SPANISH), ("pt_BR", None),
                                                ("en", None)])
def test_only_spanish_needs_a_collation(tmp_path, language, expected):
    assert collation.collation_for(dbmod.connect(str(tmp_path / "x.db")), language) == expected
