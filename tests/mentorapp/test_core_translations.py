"""The core's catalogues (mentorapp.translations): every string marked in mentorapp/ has a
Spanish and a Brazilian Portuguese translation that keeps its placeholders, the catalogues
hold nothing else, and a language the core cannot load falls back to English. The core's
messages follow the window's language (set_display_language) and stay English otherwise."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mentorapp import matching, models, translations
from mentorapp.errors import ValidationError
from mentorapp.excel import client_report
from mentorapp.services import fields
from mentorapp.translations import translator

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("es", "pt_BR")
PLACEHOLDERS = re.compile(r"\{\w+\}|&[PN]")


def _extracted():
    spec = importlib.util.spec_from_file_location("locale_update",
                                                  ROOT / "resources" / "locale" / "update.py")
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    return update.extract()


def _catalogue(language):
    with open(translations.catalogue_path(language), "rb") as stream:
        return read_po(stream, locale=language, domain=translations.DOMAIN)


@pytest.fixture(scope="module")
def extracted():
    return _extracted()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_core_message_is_translated_keeping_its_placeholders(extracted, language):
    catalogue = _catalogue(language)
    wanted = {message.id for message in extracted if message.id}
    held = {message.id for message in catalogue if message.id}
    assert wanted - held == set(), "run resources/locale/update.py and translate them"
    assert held - wanted == set(), "no longer in the code: run resources/locale/update.py"
    assert len(wanted) > 150
    for message in catalogue:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert not message.fuzzy and all(forms), f"{language}: {message.id!r} untranslated"
        expected = sorted(PLACEHOLDERS.findall(sources[-1]))
        for form in forms:
            assert sorted(PLACEHOLDERS.findall(form)) == expected, (language, message.id)


def test_the_choice_words_of_the_pack_are_in_the_catalogue(extracted):
    """The pack shows models.label() of these codes translated: each one must be marked."""
    wanted = {message.id for message in extracted}
    for choices in (models.FEEDBACK_SOURCE_CHOICES, models.FEEDBACK_KIND_CHOICES,
                    models.PROGRAM_TYPE_CHOICES, models.CHANNEL_CHOICES,
                    models.CLIENT_ACTION_STATUS_CHOICES, models.KPI_BETTER_CHOICES):
        assert {models.label(code) for code in choices} <= wanted
    assert {text for text in client_report.CHOICE_WORDS} <= wanted


def test_every_choice_word_is_in_the_catalogue(extracted):
    """The window shows models.label() of every choice translated (ui.i18n.label)."""
    wanted = {message.id for message in extracted}
    codes = {code for name in dir(models) if name.endswith("_CHOICES")
             for code in getattr(models, name) if isinstance(code, str) and code}
    assert {models.label(code) for code in codes} - wanted == set()
    assert ("{count} year", "{count} years") in wanted


def test_choice_words_in_a_language():
    spanish, portuguese = translator("es"), translator("pt_BR")
    assert [models.label(code, spanish) for code in ("active", "on_leave", "client")] == [
        "Activo", "De licencia", "Cliente"]
    assert [models.label(code, portuguese) for code in ("active", "on_leave", "client")] == [
        "Ativo", "Afastado", "Cliente"]
    assert [models.label(years, spanish) for years in (1, 5)] == ["1 año", "5 años"]
    assert [models.label(years) for years in (1, 5)] == ["1 year", "5 years"]
    assert models.label("on_leave", translator("en")) == models.label("on_leave") == "On leave"
    assert models.label(None, spanish) == ""


@pytest.fixture
def shown_in():
    """Set the window's language for one test; English again afterwards."""
    yield translations.set_display_language
    translations.set_display_language(translations.ENGLISH)


def test_field_messages_follow_the_display_language(shown_in):
    rating, email = fields.Rating(), fields.Email()
    with pytest.raises(ValidationError) as caught:
        rating.clean("rating", "x")
    assert str(caught.value) == "rating: 'x' is not a number"
    shown_in("es")
    with pytest.raises(ValidationError) as caught:
        rating.clean("rating", 7)
    assert caught.value.detail == "7 está fuera del rango (1 a 5)"
    shown_in("pt_BR")
    with pytest.raises(ValidationError) as caught:
        email.clean("email", "ana@")
    assert caught.value.detail == "'ana@' não é um endereço de e-mail válido"
    shown_in("fr")  # not a report language: English
    assert translations.display().language == translations.ENGLISH
    with pytest.raises(ValidationError, match="^email: 'ana@' is not a valid email address$"):
        email.clean("email", "ana@")


def test_suggestion_reasons_follow_the_display_language(shown_in):
    mentee = matching.Mentee(staff=1, gaps=(matching.Figure(7, 2.5, 4),
                                            matching.Figure(8, 2.8, 3)), client=3)
    mentor = matching.MentorFacts(mentor=2, name="Lena", capacity=3, taken=1, staff=9, client=3,
                                  figures={7: matching.Figure(7, 4.25, 1)}, declared=frozenset({8}))
    names = {7: "Product Knowledge"}
    english = ("Product Knowledge 4.2 from 1 rating", "competency 8: declared expertise, "
               "no ratings yet", "same client", "2 of 3 places free")
    assert matching.score(mentee, mentor, names).reasons == english
    shown_in("es")
    assert matching.score(mentee, mentor, names).reasons == (
        "Product Knowledge 4,2 según 1 calificación",
        "competencia 8: experiencia declarada, aún sin calificaciones", "mismo cliente",
        "cupos libres: 2 de 3")
    shown_in("pt_BR")
    assert matching.score(mentee, mentor, names).reasons[0] == \
        "Product Knowledge 4,2 com base em 1 nota"


def test_import_problems_and_duplicates_in_the_display_language(db, shown_in, tmp_path):
    """The window's import tab lists a problem's message: the field rules' words."""
    from mentorapp.excel.importing import import_file
    from mentorapp.services import staff

    staff.create(first_name="Ben", last_name="Diaz", employee_id="E1")
    roster = tmp_path / "roster.csv"
    roster.write_text("First name,Last name,Employee ID,Email,Hire date\n"
                      "Ana,Cruz,E2,ana@,2026-01-05\nBea,Ruiz,E2,,2026-01-05\n",
                      encoding="utf-8")
    shown_in("es")
    problems = import_file("staff", roster, dry_run=True).problems
    assert [(p.row, p.column, p.message) for p in problems] == [
        (2, "Email", "no es una dirección de correo electrónico válida"),
        (3, "Employee ID", "este ID de empleado también está en la fila 2")]
    with pytest.raises(ValidationError) as caught:
        staff.create(first_name="Ana", last_name="Cruz", employee_id="E1")
    assert caught.value.detail.startswith("'E1' ya lo usa ")
    courses = tmp_path / "training.csv"
    courses.write_text("Employee ID,Program,Status\nE1,Nothing,planned\n", encoding="utf-8")
    shown_in("pt_BR")
    problems = import_file("training", courses, dry_run=True).problems
    assert [p.message for p in problems] == ["nenhum programa de treinamento tem este nome"]


def test_the_cli_speaks_english_on_a_spanish_system(tmp_path):
    """Only the window sets the display language: the CLI's problems stay English."""
    roster = tmp_path / "roster.csv"
    roster.write_text("First name,Last name,Employee ID,Email,Hire date\n"
                      "Ana,Cruz,E1,ana@,2026-01-05\n", encoding="utf-8")
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8"}
    db = tmp_path / "app.db"
    command = [sys.executable, "main.py", "--db", str(db)]
    subprocess.run([*command, "migrate"], cwd=ROOT, env=env, check=True, capture_output=True,
                   timeout=120)
    result = subprocess.run([*command, "import", "staff", str(roster)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "row 2, column Email: is not a valid email address (ana@)" in result.stderr


def test_dates_numbers_and_plurals_follow_the_language():
    day = dt.date(2026, 5, 1)
    english, spanish, portuguese = (translator(code) for code in ("en", "es", "pt_BR"))
    assert [t.long_date(day) for t in (english, spanish, portuguese)] == [
        "1 May 2026", "1 de mayo de 2026", "1 de maio de 2026"]
    assert [t.month(2026, 2) for t in (english, spanish, portuguese)] == [
        "Feb 2026", "feb 2026", "fev. 2026"]
    assert [t.number(12345) for t in (english, spanish, portuguese)] == [
        "12,345", "12.345", "12.345"]
    singular, plural = ("Ratings are averages of the {count} rated feedback entry shared with "
                        "the client in the period.",
                        "Ratings are averages of the {count} rated feedback entries shared "
                        "with the client in the period.")
    assert spanish.ngettext(singular, plural, 1).startswith("Las calificaciones corresponden")
    assert spanish.ngettext(singular, plural, 3).startswith("Las calificaciones son")
    assert english.ngettext(singular, plural, 3) == plural
    # An empty word (no state, no reason) stays empty: gettext("") is the catalogue's header.
    assert [t.gettext("") for t in (english, spanish, portuguese)] == ["", "", ""]


def test_an_unknown_language_or_a_broken_catalogue_gives_english(tmp_path, monkeypatch, caplog):
    assert translator("fr").gettext("Cover") == "Cover"
    broken = tmp_path / "resources" / "locale" / "es" / "LC_MESSAGES"
    broken.mkdir(parents=True)
    (broken / "mentorapp.po").write_text('not a keyword\nmsgid "Cover"\nmsgstr "Portada"\n',
                                         encoding="utf-8")
    monkeypatch.setattr(translations, "locale_folder", lambda: tmp_path / "resources" / "locale")
    translator.cache_clear()
    try:
        assert translator("es").gettext("Cover") == "Cover"
        assert "could not be read" in caplog.text
    finally:
        monkeypatch.undo()
        translator.cache_clear()
    assert translator("es").gettext("Cover") == "Portada"


def test_the_bundle_finds_the_catalogues_in_the_unpacked_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert translations.catalogue_path("es") == \
        tmp_path / "resources/locale/es/LC_MESSAGES/mentorapp.po"


def test_the_babel_locales_the_bundle_ships_are_enough(tmp_path):
    """installer.spec ships only these of babel's locales (BABEL_LOCALES): the report
    languages' dates, months and numbers need no other."""
    import babel

    data = tmp_path / "locale-data"
    data.mkdir()
    for name in ("root", "pt", "en", "es", "pt_BR"):
        shutil.copy(Path(babel.__file__).parent / "locale-data" / f"{name}.dat", data)
    code = ("import babel.localedata, datetime, sys\n"
            "babel.localedata._dirname = sys.argv[1]\n"
            "from mentorapp.translations import translator\n"
            "for code in ('en', 'es', 'pt_BR'):\n"
            "    t = translator(code)\n"
            "    print(t.long_date(datetime.date(2026, 5, 1)), t.month(2026, 5),"
            " t.number(12345.5, 1), sep='|')\n")
    result = subprocess.run([sys.executable, "-c", code, str(data)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["1 May 2026|May 2026|12,345.5",
                                          "1 de mayo de 2026|may 2026|12.345,5",
                                          "1 de maio de 2026|mai. 2026|12.345,5"]
