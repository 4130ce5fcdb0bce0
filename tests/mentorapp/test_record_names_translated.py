"""A message that names another record ("already used by client 'X'") names it in the window's
language (issue 18); English stays as it was."""

from __future__ import annotations

import pytest

from mentorapp import translations
from mentorapp.errors import ValidationError
from mentorapp.services import clients, competencies, training


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

