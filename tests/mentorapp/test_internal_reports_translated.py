"""The six internal reports written in Spanish and Portuguese (issue 18), from one demo
database: each export is compared cell by cell with the English export of the same data. A
text the English workbook shows must come out translated unless it is data (what people
typed, names, IDs), and every number and date stays the same real cell value."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook

from mentorapp import demo, models, translations
from mentorapp.excel.bench_report import export_bench
from mentorapp.excel.mentoring_report import export_mentoring_report
from mentorapp.excel.quality_report import export_quality_report
from mentorapp.excel.sheets import Column, SheetSpec, header_word_width, write_sheets
from mentorapp.excel.staff_report import export_staff_report
from mentorapp.excel.training_matrix import export_training_matrix
from mentorapp.excel.what_worked_report import export_what_worked_report
from mentorapp.models import Client, Evaluation, Mentorship, Staff
from mentorapp.translations import translator

TODAY = dt.date(2026, 3, 15)
START, END = dt.date(2025, 1, 1), dt.date(2026, 3, 14)
LANGUAGES = ("es", "pt_BR")


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    """Every report in English, Spanish and Portuguese from one small demo database:
    {report: {language: (workbook, path)}}, and the database's typed texts."""
    from mentorapp import opening

    folder = tmp_path_factory.mktemp("reports")
    database = opening.open_database(str(folder / "demo.db"))
    try:
        demo.generate(database, staff=24, seed=7, today=TODAY)
        typed = _typed_texts()
        person = (Staff.select(Staff.employee_id)
                  .join(Mentorship, on=(Mentorship.mentee == Staff.id))
                  .order_by(Staff.id).first()).employee_id
        evaluated = (Client.select(Client.name).join(Evaluation).order_by(Client.id)
                     .first()).name
        benched = Client.select(Client.name).order_by(Client.id).first().name
        exports = {
            "staff": lambda out, lang: export_staff_report(person, out, include_private=True,
                                                           language=lang),
            "training": lambda out, lang: export_training_matrix(out, today=TODAY,
                                                                 language=lang),
            "quality": lambda out, lang: export_quality_report(evaluated, START, END, out,
                                                               language=lang),
            "mentoring": lambda out, lang: export_mentoring_report(START, END, out,
                                                                   language=lang),
            "what_worked": lambda out, lang: export_what_worked_report(START, END, out,
                                                                       language=lang),
            "bench": lambda out, lang: export_bench(benched, out, today=TODAY, language=lang),
        }
        books = {}
        for report, export in exports.items():
            books[report] = {}
            for language in ("en", *LANGUAGES):
                # As from the window: the services' words (an intervention's label, a
                # readiness gap) come in the window's language, the report's.
                translations.set_display_language(language)
                path = export(folder / f"{report}-{language}.xlsx", language)
                books[report][language] = (load_workbook(path), path)
    finally:
        translations.set_display_language("en")
        database.close()
    return books, typed


def _typed_texts() -> set[str]:
    """Every text stored in the database: what people typed, names, codes."""
    texts = set()
    for model in models.ALL_MODELS:
        fields = [f for f in model._meta.sorted_fields
                  if isinstance(f, models.CharField | models.TextField)]
        if fields:
            for row in model.select(*fields).tuples():
                texts.update(v for v in row if isinstance(v, str) and v)
    return texts


def _same_word(text: str, language: str) -> bool:
    """A text the catalogue translates as itself (Portuguese keeps "Feedback")."""
    return translator(language)._translations._catalog.get(text) == text


def _is_data(text: str, typed: set[str], language: str) -> bool:
    """A text a report may write the same in every language."""
    if text in typed or _same_word(text, language):
        return True
    if not re.search(r"[^\W\d_]{2,}", text):  # no word: IDs, dates, "–", "%"
        return True
    # Built from typed texts: "Ana Ruiz", "Calls (EU)", a gap "Role name: detail".
    rest = text
    for part in sorted((t for t in typed if len(t) > 2 and t in text), key=len, reverse=True):
        rest = rest.replace(part, " ")
    return not re.search(r"[^\W\d_]{3,}", rest)


REPORTS = ["staff", "training", "quality", "mentoring", "what_worked", "bench"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("report", REPORTS)
def test_every_fixed_text_is_translated_and_the_data_is_kept(workbooks, report, language):
    books, typed = workbooks
    english, _ = books[report]["en"]
    translated, _ = books[report][language]
    assert len(translated.sheetnames) == len(english.sheetnames)
    for en_name, name in zip(english.sheetnames, translated.sheetnames, strict=True):
        assert name != en_name or _same_word(name, language), name
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name
        en_ws, ws = english[en_name], translated[name]
        assert ws.oddFooter.left.text != en_ws.oddFooter.left.text
        assert ws.oddFooter.right.text == "Página &P de &N"
        assert ws.max_row == en_ws.max_row and ws.max_column == en_ws.max_column, name
        header_checked = False
        for en_row, row in zip(en_ws.iter_rows(), ws.iter_rows(), strict=True):
            for en_cell, cell in zip(en_row, row, strict=True):
                en_value, value = en_cell.value, cell.value
                where = f"{report} {language} {name}!{cell.coordinate}"
                if isinstance(en_value, str):
                    assert isinstance(value, str), where
                    untranslated = translator(language).gettext(en_value) == en_value
                    if en_value in typed and untranslated:  # typed data: never translated
                        assert value == en_value, where
                    elif value == en_value:
                        assert _is_data(value, typed, language), f"{where}: {value!r}"
                    header_checked |= cell.row == 1 and value != en_value
                else:  # numbers and dates: the same real cell values and formats
                    assert value == en_value and type(value) is type(en_value), where
                    assert cell.number_format == en_cell.number_format, where
        assert header_checked, f"{name}: no header translated"
    assert translated.properties.title != english.properties.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_headers_fit_their_columns(workbooks, language):
    """A fixed-width column's header wraps by words: no word of a translated header is wider
    than its column (the header row is as tall as its longest header needs)."""
    books, _ = workbooks
    for report in REPORTS:
        wb, _path = books[report][language]
        for ws in wb.worksheets:
            for cell in ws[1]:
                if not isinstance(cell.value, str):
                    continue
                width = ws.column_dimensions[cell.column_letter].width
                assert header_word_width(cell.value) <= width + 1e-9, \
                    f"{report} {ws.title} {cell.value!r}"


def test_a_fixed_width_grows_only_for_a_longer_word(tmp_path):
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    (sheet,) = write_sheets(wb, [SheetSpec("S", "tblS", [
        Column("Revision", "0", 8), Column("Distancia (puntos)", "0.0", 8)], [(1, 2.0)])],
        footer="")
    widths = sheet.ws.column_dimensions
    assert widths["A"].width == 8  # the English header fits: as chosen
    assert widths["B"].width == header_word_width("Distancia") > 8
    wb.save(tmp_path / "widths.xlsx")  # a write-only workbook left open breaks a later one


def test_english_stays_as_it_was(workbooks):
    books, _ = workbooks
    wb, _path = books["training"]["en"]
    assert wb.sheetnames == ["Matrix", "Details"]
    assert wb["Matrix"].oddFooter.left.text.startswith("Internal - training matrix - ")
    wb, _path = books["bench"]["en"]
    assert wb.sheetnames == ["Roles", "Ready now", "In about 6 months", "Backfill"]


def test_the_spanish_words_are_the_client_pack_s(workbooks):
    """Shared words come from one catalogue: the pack's "Employee ID" is the matrix's."""
    books, _ = workbooks
    wb, _path = books["training"]["es"]
    assert wb.sheetnames == ["Matriz", "Detalle"]
    headers = [c.value for c in wb["Matriz"][1]][:4]
    assert headers == [translator("es").gettext(h) for h in
                       ("Employee ID", "Name", "Client", "Team")]
    assert headers[0] == "ID de empleado"
