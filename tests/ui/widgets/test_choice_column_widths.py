"""A column of fixed words (a choice, a KPI status) starts wide enough for each of its words in
the window's language, in the profile's tables and in the list pages (issue 18: "Autoevalua…"
in Spanish)."""

from __future__ import annotations

import math

import pytest
from builders import a_feedback, a_staff, offscreen_warnings, show_page
from fit_checks import cut_cells
from PySide6.QtGui import QFontMetricsF

from mentorapp.models import FEEDBACK_KIND_CHOICES, FEEDBACK_SOURCE_CHOICES
from ui.i18n import label
from ui.models.table import Column, choice
from ui.widgets.record_table import RecordTable

pytestmark = offscreen_warnings


def shown_table(qtbot, columns: list[Column], rows: list[dict]) -> RecordTable:
    table = RecordTable(columns)
    table.set_rows(rows)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_each_word_of_a_choice_fits_its_column_in_spanish_and_portuguese(qtbot, ui_db,
                                                                         in_language):
    rows = [{"source": code} for code in FEEDBACK_SOURCE_CHOICES]
    for language in ("es", "pt_BR"):
        in_language(language)
        table = shown_table(qtbot, [
            choice("source", "Source", codes=FEEDBACK_SOURCE_CHOICES, width=60),
            Column("comment", "Comment")], rows)
        assert cut_cells(table) == {}, language
        assert table.columnWidth(0) > 60  # "Autoevaluación", "Autoavaliação"


def test_without_its_codes_the_english_width_cuts_the_spanish_word(qtbot, ui_db, spanish):
    """The check above can fail: the same column at the width chosen for "Self"."""
    table = shown_table(qtbot, [
        Column("source", "Source", text=lambda row: label(row["source"]), width=60),
        Column("comment", "Comment")], [{"source": "self"}])
    assert cut_cells(table) == {(0, 0): "Autoevaluación"}


def test_a_list_page_sizes_its_choice_columns_by_their_words(qtbot, ui_db, spanish):
    a_feedback(a_staff("Ana", "Cruz"), source="self", kind="recognition")
    from ui.pages.feedback_page import FeedbackPage

    page = show_page(qtbot, FeedbackPage())
    columns = [column.key for column in page.model.columns]
    header = page.view.horizontalHeader()
    for key, codes in (("source", FEEDBACK_SOURCE_CHOICES), ("kind", FEEDBACK_KIND_CHOICES)):
        widest = max(page.view.fontMetrics().horizontalAdvance(label(code)) for code in codes)
        assert header.sectionSize(columns.index(key)) > widest, key
    assert {text for (_row, column), text in cut_cells(page.view).items()
            if page.model.columns[column].key in ("source", "kind")} == set()


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_columns_of_other_fixed_words_fit_them(qtbot, ui_db, in_language, language):
    """Not choices of a field: such columns list their words ("Abaixo da meta" in a KPI
    status column chosen for "Below target", "Nota de competência" in What worked's
    measures)."""
    in_language(language)
    from ui.pages.profile import development_tab, kpi_tab

    for columns, worded_keys in ((kpi_tab.columns(), ["status", "trend"]),
                                 (development_tab.intervention_columns(), ["measure"]),
                                 (development_tab.summary_columns("program"), ["measure"])):
        table = shown_table(qtbot, columns, [])
        advance = QFontMetricsF(table.font()).horizontalAdvance
        worded = [(number, column) for number, column in enumerate(table.model_.columns)
                  if column.words]
        assert [column.key for _number, column in worded] == worded_keys
        for number, column in worded:
            for word in column.words():
                assert table.columnWidth(number) >= math.ceil(advance(word)) + 2 * 3 + 1, word
