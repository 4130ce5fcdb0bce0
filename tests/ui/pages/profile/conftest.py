"""The profile's tests see the window as it starts in English: with its catalogue installed,
which holds the English plural forms ("1 responsibility")."""

import pytest

from ui import i18n


@pytest.fixture(autouse=True)
def english(qapp):
    assert i18n.install(i18n.ENGLISH) == i18n.ENGLISH
