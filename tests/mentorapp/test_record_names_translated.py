"""A message that names other records ("already used by client 'X'", "it has 2 feedback
records") names them in the window's language (issue 18)."""

from __future__ import annotations

import peewee
import pytest

from mentorapp import models, translations
from mentorapp.errors import ValidationError
from mentorapp.services import clients, competencies, training
from mentorapp.services.entity import RECORD_WORDS


@pytest.fixture
def language():
    def set_language(code: str) -> None:
        translations.set_display_language(code)
    yield set_language
    translations.set_display_language(translations.ENGLISH)


@pytest.mark.parametrize("code, words", [
    ("en", ["client 'Ñandú'", "training program 'Onboarding'", "competency 'Empathy'"]),
    ("es", ["cliente 'Ñandú'", "programa de capacitación 'Onboarding'",
            "competencia 'Empathy'"]),
    ("pt_BR", ["cliente 'Ñandú'", "programa de treinamento 'Onboarding'",
               "competência 'Empathy'"]),
])
def test_a_duplicate_name_names_the_record_in_the_window_language(db, language, code, words):
    clients.create(name="Ñandú")
    training.programs.create(name="Onboarding")
    competencies.create(name="Empathy")
    language(code)
    for create, name, word in zip((clients.create, training.programs.create,
                                   competencies.create), ("Ñandú", "Onboarding", "Empathy"),
                                  words, strict=True):
        with pytest.raises(ValidationError) as raised:
            create(name=name)
        assert word in str(raised.value)



def test_every_record_that_can_block_a_delete_has_a_word():
    referring = {model.__name__ for model in peewee_models() for field in
                 model._meta.fields.values()
                 if isinstance(field, peewee.ForeignKeyField) and field.on_delete != "CASCADE"}
    assert {"Assignment", "Feedback"} <= referring
    assert referring - set(RECORD_WORDS) == set()


@pytest.mark.parametrize("code, words", [
    ("en", "1 client assignment record, 1 feedback record"),
    ("es", "1 registro de asignación a cliente, 1 registro de retroalimentación"),
    ("pt_BR", "1 registro de alocação em cliente, 1 registro de feedback"),
])
def test_a_refused_delete_names_what_refers_to_the_record(db, make, language, code, words):
    client = make.client("Ñandú")
    make.feedback(make.staff(client=client), client=client["id"])
    language(code)
    with pytest.raises(ValidationError) as raised:
        clients.delete(client["id"])
    assert words in str(raised.value)


def peewee_models() -> list[type[peewee.Model]]:
    return [value for value in vars(models).values()
            if isinstance(value, type) and issubclass(value, models.BaseModel)
            and value is not models.BaseModel]
