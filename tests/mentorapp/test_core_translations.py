"""The core's catalogues (mentorapp.translations): every string marked in mentorapp/ has a
Spanish and a Brazilian Portuguese translation that keeps its placeholders, the catalogues
hold nothing else, and a language the core cannot load falls back to English."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mentorapp import models, translations
from mentorapp.excel import client_report
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
