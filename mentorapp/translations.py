"""Translations of the Qt-free core: the words of a client's reports in the client's language.

The core cannot use Qt's translators (ui/i18n.py), so it uses gettext through babel: a
maintained library with the CLDR data for month names, long dates, number separators and
plural rules, and the tools that extract the marked strings and read the catalogues. The
language is passed in explicitly (`translator(client["report_language"])`), never taken from
the machine: a report in Spanish reads the same on any computer.

Marking a string: `tr.gettext("Cover")`, `tr.ngettext("{n} entry", "{n} entries", n)`, with
`str.format` placeholders filled after translating; a module-level constant is marked with
`N_("...")` (it returns its text) and translated where it is written. The catalogues are
`resources/locale/<lang>/LC_MESSAGES/mentorapp.po` (docs/TRANSLATING.md says how to extract
and fill them). They are read and compiled in memory the first time a language is used (35 ms
measured, then cached), so nothing compiled is committed and the bundle ships the .po files.

The window shows the core's words too (choice words, validation messages, the reasons of a
suggestion): ui/i18n.install() sets the display language once with `set_display_language()`,
and `_()` / `ngettext()` translate into it. It stays English unless the window sets it, so the
CLI reads English; every report passes its language explicitly (a client pack its client's,
an internal report the window's when exported from the window).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGES = (ENGLISH, "es", "pt_BR")  # the report languages a client can have
# Each language in its own words, as the client form and the CLI list them.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)"}
DOMAIN = "mentorapp"
_display = ENGLISH  # the window's language (set_display_language); the CLI keeps English


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "mark only", which babel extracts
    """Marks a constant for the catalogue; translate it where it is written."""
    return text


def set_display_language(language: str) -> None:
    """The language of the window, for the core's messages it shows (English when not a
    report language)."""
    global _display
    _display = language if language in LANGUAGES else ENGLISH


def display() -> Translator:
    """The translator of the window's language."""
    return translator(_display)


def _(text: str) -> str:
    """A message shown to the user, in the window's language (English in the CLI)."""
    return display().gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """A plural message in the window's language; fill `{count}` after translating."""
    return display().ngettext(singular, plural, n)


def locale_folder() -> Path:
    """`resources/locale`: next to the `mentorapp` package from source, in the unpacked bundle
    (`sys._MEIPASS`) when frozen."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[1]
    return root / "resources" / "locale"


def catalogue_path(language: str) -> Path:
    return locale_folder() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


class Translator:
    """The words, dates and numbers of one language. English returns the source texts and
    keeps the report's English date style ("1 May 2026", "May 2026")."""

    def __init__(self, language: str, translations=None):
        from babel.support import NullTranslations

        self.language = language
        self._translations = translations or NullTranslations()

    def gettext(self, text: str) -> str:
        """`text` translated; "" stays "" (gettext would give the catalogue's header)."""
        return self._translations.gettext(text) if text else text

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, n)

    def long_date(self, day: dt.date) -> str:
        """"1 May 2026", "1 de mayo de 2026"."""
        from babel.dates import format_date

        return format_date(day, "d MMMM y" if self.language == ENGLISH else "long",
                           locale=self.language)

    def month(self, year: int, month: int) -> str:
        """"May 2026", "may 2026", "mai. 2026": a month as a table or chart labels it."""
        from babel.dates import format_date

        return format_date(dt.date(year, month, 1), "MMM y", locale=self.language)

    def number_symbols(self) -> tuple[str, str]:
        """The grouping and decimal signs: (",", ".") in English, (".", ",") in Spanish."""
        from babel.numbers import get_decimal_symbol, get_group_symbol

        return get_group_symbol(self.language), get_decimal_symbol(self.language)

    def number(self, value: float | int, decimals: int = 0) -> str:
        """A number written as text: "1,234", "1.234", "12,5"."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, pattern, locale=self.language)


@functools.cache
def translator(language: str) -> Translator:
    """The translator of a language of `LANGUAGES`; English (with a log line) when its
    catalogue is missing or cannot be read, and for any other code."""
    if language not in LANGUAGES:
        log.warning("No report language %r; using English", language)
        return Translator(ENGLISH)
    if language == ENGLISH:
        return Translator(ENGLISH)
    try:
        return Translator(language, compiled(catalogue_path(language), language))
    except (OSError, ValueError) as exc:
        log.warning("The %s catalogue could not be read: %s", language, exc)
        return Translator(ENGLISH)


def compiled(po: Path, language: str):
    """A .po file read and compiled to gettext's binary form in memory (fuzzy and empty
    translations are left out, so their English shows). Raises OSError or ValueError."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import PoFileError, read_po
    from babel.support import Translations

    with open(po, "rb") as stream:
        try:
            catalog = read_po(stream, locale=language, domain=DOMAIN, abort_invalid=True)
        except PoFileError as exc:
            raise ValueError(f"{po}: {exc}") from exc
    binary = io.BytesIO()
    write_mo(binary, catalog)
    binary.seek(0)
    return Translations(binary, domain=DOMAIN)
