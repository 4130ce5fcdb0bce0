"""Translations of the window: the language chosen, Qt's translators installed, and `translate`.

Every user-visible string in `ui/` is written as `tr_dashboard_page.tr("Active staff")`, with
`tr_dashboard_page = Context("tr_dashboard_page")` at the top of the module (see `Context`);
`tests/ui/test_translations.py` checks the marking and the contexts. docs/TRANSLATING.md has the
whole convention and the glossary.

The catalogues are `resources/translations/<area>_<lang>.ts`. A bundle ships them compiled as
`resources/translations/mentorapp_<lang>.qm` (installer.spec); a source run compiles a
language's `.ts` files with PySide6's `lrelease` into the user cache folder the first time they
change (a hash of their contents names the file), so nothing compiled is committed and the
README's "install and start" needs no build step. Without `lrelease`, or with a broken
catalogue, the window stays in English and the log says why.

The language: the Settings choice (`preferences.language()`), else the system's
(`QLocale.system().uiLanguages()`: es_* is Spanish, pt_* Brazilian Portuguese, else English).
It takes effect at the next start (widgets are built with their texts once)."""

from __future__ import annotations

import logging
import os
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentorapp import translations
from ui.resources import resource_path

log = logging.getLogger(__name__)

ENGLISH = "en"
SHIPPED = ("es", "pt_BR")  # complete translations; English has only its plural forms
LANGUAGES = (ENGLISH, *SHIPPED)
# Each language in its own words, as the Settings dialog lists them.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)"}
CATALOGUE = "mentorapp"  # mentorapp_<lang>.qm
_installed: list[QTranslator] = []
_current = ENGLISH


class Context:
    """A module's translations: `tr_forms = Context("tr_forms")` at the top of ui/widgets/forms.py,
    then `tr_forms.tr("Discard changes?")`. pyside6-lupdate takes the context of a `.tr()` call
    from the name before the dot, so the variable and its context are spelled the same (a test
    checks it). `tr(text, disambiguation, n)`: with `n`, `%n` in the text becomes the number
    in the plural form the language needs."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def text_in(context: str, text: str) -> str:
    """A text of another module's context, looked up at run time (the smoke test's check)."""
    return QCoreApplication.translate(context, text)


def translation_folder() -> Path:
    return resource_path("translations")


def language_of(locale: QLocale) -> str:
    """The shipped language for a locale's preferred languages (English when none is)."""
    for name in locale.uiLanguages():
        code = name.replace("-", "_").lower()
        if code.startswith("es"):
            return "es"
        if code.startswith("pt"):
            return "pt_BR"
        if code.startswith("en"):
            return ENGLISH
    return ENGLISH


def chosen_language() -> str:
    """The language of the Settings dialog, else the system's."""
    from ui import preferences

    chosen = preferences.language()
    return chosen if chosen in LANGUAGES else language_of(QLocale.system())


def current_language() -> str:
    return _current


def catalogue_sources(language: str) -> list[Path]:
    return sorted(translation_folder().glob(f"*_{language}.ts"))


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease (the binary in the package, else pyside6-lrelease next to Python)."""
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if binary.is_file():
        return [str(binary)]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    return [str(script)] if script.is_file() else None


def compile_catalogue(language: str, out: Path) -> None:
    """Every `*_<language>.ts` into one `.qm` (written whole, then moved into place). Raises
    OSError or CalledProcessError."""
    import subprocess  # only when compiling: a tenth of the import time of this module
    import tempfile

    command = lrelease_command()
    if command is None:
        raise OSError("pyside6-lrelease was not found")
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=out.parent)
    os.close(handle)
    try:
        subprocess.run([*command, "-silent", "-nounfinished",
                        *map(str, catalogue_sources(language)), "-qm", temporary],
                       check=True, capture_output=True, timeout=60)
        os.replace(temporary, out)
    finally:
        Path(temporary).unlink(missing_ok=True)


def compiled_catalogue(language: str) -> Path | None:
    """The `.qm` of a language: the bundle's, else the cache's (compiled when the `.ts` files
    changed). None when there is nothing to load or it cannot be compiled."""
    shipped = translation_folder() / f"{CATALOGUE}_{language}.qm"
    if shipped.is_file():
        return shipped
    sources = catalogue_sources(language)
    if not sources:
        return None
    digest = 0  # names the compiled file: any change to a catalogue compiles it again
    for source in sources:
        digest = zlib.crc32(source.name.encode() + b"\0" + source.read_bytes(), digest)
    from platformdirs import user_cache_path

    from mentorapp import APP_NAME

    out = user_cache_path(APP_NAME, appauthor=False) / "translations" / \
        f"{CATALOGUE}_{language}-{digest:08x}.qm"
    if not out.is_file():
        from subprocess import SubprocessError

        try:
            compile_catalogue(language, out)
        except (OSError, SubprocessError) as exc:
            log.warning("The %s translation could not be compiled: %s", language, exc)
            return None
        for stale in out.parent.glob(f"{CATALOGUE}_{language}-*.qm"):
            if stale != out:
                stale.unlink(missing_ok=True)
    return out


def qt_translations_folder() -> Path:
    """Where Qt's own catalogues are (qtbase_es.qm: the standard buttons and dialogs)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if folder.is_dir():
        return folder
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install(language: str | None = None) -> str:
    """Install the translators of `language` (default: the chosen one) on the application,
    replacing earlier ones, and make its locale the default for dates and numbers. Returns
    the language in use (English when its catalogue cannot be loaded)."""
    global _current
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = ENGLISH
    catalogue = compiled_catalogue(language)
    if catalogue is not None:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = language
        else:
            log.warning("The %s translation in %s could not be loaded", language, catalogue)
    if loaded != ENGLISH:
        qt_catalogue = QTranslator(app)
        if qt_catalogue.load(f"qtbase_{loaded}", str(qt_translations_folder())):
            app.installTranslator(qt_catalogue)
            _installed.append(qt_catalogue)
    else:
        language = ENGLISH
    # Dates and numbers: the system's own locale when it speaks this language (es_MX keeps
    # Mexico's formats), else the language's usual one; the POSIX "C" locale of a bare Linux
    # session is no one's (its dates read "31 10 2026"), so English there is en_US.
    system = QLocale.system()
    own = language_of(system) == language and system.language() != QLocale.Language.C
    QLocale.setDefault(system if own else QLocale(language))
    _current = language
    translations.set_display_language(language)
    return language


def core_word(text: str) -> str:
    """A word the core keeps in English in its data (a readiness outlook, a leaver's reason:
    reports and comparisons use it), in the window's language."""
    return translations.display().gettext(text)


def label(code) -> str:
    """A stored choice code in the window's language ("on_leave" -> "De licencia"): the core's
    catalogue, so the window and a client pack use the same words."""
    from mentorapp import models  # Peewee and the models: not needed before the first paint

    return models.label(code, translations.display())


def number(value: float | int, decimals: int = 0) -> str:
    """A number in the locale's digits and separators ("1,234.5", "1.234,5")."""
    locale = QLocale()
    return locale.toString(int(value)) if decimals == 0 and float(value).is_integer() \
        else locale.toString(float(value), "f", decimals)


def percent(fraction: float) -> str:
    """0.5 -> "50%" in the locale's digits and percent sign."""
    locale = QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()


def month_text(year: int, month: int) -> str:
    """"Mar 2026", "mar 2026" in the locale's short month name."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


def date_text(value) -> str:
    """A `datetime.date` as people read it: ISO in English (as its date fields write dates),
    else the locale's short date format ("" for None)."""
    if value is None:
        return ""
    if _current == ENGLISH:
        return value.isoformat()
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def datetime_text(moment) -> str:
    """A `datetime.datetime` as people read it: ISO date and 24-hour time in English (as
    `date_text`), else the locale's short date and time ("31/10/2026 14:05" in Spanish)."""
    if _current == ENGLISH:
        return moment.strftime("%Y-%m-%d %H:%M")
    from PySide6.QtCore import QTime

    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(moment.date())} {time}"
