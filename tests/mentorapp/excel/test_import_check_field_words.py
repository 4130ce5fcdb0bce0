"""A cross-field check's error under a field the sheet has no column for is placed under the
field's words in the window's language (the CLI's stay English); a column's own header is
kept as the file has it."""

from __future__ import annotations

import pytest

from mentorapp import translations
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import Column, ImportResult, report_check
from mentorapp.services.fields import Text

COLUMNS = [Column("Hire date", "hire_date", Text())]


@pytest.fixture
def spanish():
    translations.set_display_language("es")
    yield
    translations.set_display_language(translations.ENGLISH)


def placed_under(field: str) -> str:
    result = ImportResult("staff")
    report_check(result, 2, ValidationError(field, "is wrong"), COLUMNS, {})
    return result.problems[0].column


def test_a_field_without_a_column_is_named_in_the_windows_language(spanish):
    assert placed_under("end_date") == "fecha de fin"
    assert placed_under("hire_date") == "Hire date"  # the file's header


def test_english_keeps_the_fields_key_as_words():
    assert placed_under("end_date") == "end date"
