"""Lists sorted by a name with no stored `sort_key` (mentors, training programs, competencies)
put lowercase and accented names among the others in every window language, on SQLite and
PostgreSQL (issue 18): ICU's root collation in English and Portuguese, es-x-icu in Spanish."""

from __future__ import annotations

import random

import pytest

from mentorapp import translations
from mentorapp.services import competencies, mentoring, training

NAMES = ["Álvaro Ruiz", "beatriz Lee", "Émile Roy", "Nunez Coaching", "Ñandú Coaching",
         "Oscar Paz", "zoe Kim", "Zubin Das"]
ORDERS = {
    "en": ["Álvaro Ruiz", "beatriz Lee", "Émile Roy", "Ñandú Coaching", "Nunez Coaching",
           "Oscar Paz", "zoe Kim", "Zubin Das"],
    "es": ["Álvaro Ruiz", "beatriz Lee", "Émile Roy", "Nunez Coaching", "Ñandú Coaching",
           "Oscar Paz", "zoe Kim", "Zubin Das"],
}
ORDERS["pt_BR"] = ORDERS["en"]


@pytest.fixture(params=["es", "pt_BR", "en"])
def language(request):
    """The window's language for one test; English again afterwards."""
    translations.set_display_language(request.param)
    yield request.param
    translations.set_display_language(translations.ENGLISH)


def shuffled() -> list[str]:
    names = list(NAMES)
    random.Random(18).shuffle(names)
    return names


def test_mentors_list_by_name(db, make, language):
    for name in shuffled():
        make.mentor(external_name=name)
    listed = [row["name"] for row in mentoring.mentors.list(sort="name", limit=None)]
    assert listed == ORDERS[language]
    descending = mentoring.mentors.list(sort="name", descending=True, limit=None)
    assert [row["name"] for row in descending] == ORDERS[language][::-1]


def test_programs_list_by_name(db, make, language):
    for name in shuffled():
        make.program(name)
    assert [row["name"] for row in training.programs.list(sort="name", limit=None)] == \
        ORDERS[language]


def test_competencies_list_by_name(db, language):
    for name in shuffled():
        competencies.create(name=name)
    listed = [row["name"] for row in competencies.list(sort="name", limit=None)
              if row["name"] in NAMES]
    assert listed == ORDERS[language]
