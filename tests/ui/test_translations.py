"""Translations (docs/TRANSLATING.md): every marked string of ui/ translated in every shipped
language, nothing unmarked outside the backlog, placeholders kept, the language chosen and
installed, and widgets shown in Spanish and Portuguese."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections import Counter

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton
from translation_backlog import NOT_YET_TRANSLATED
from translation_checks import (
    ROOT,
    context_name,
    placeholders,
    read_ts,
    unmarked_literals,
    wrong_contexts,
)

from ui import i18n, preferences

sys.path.insert(0, str(ROOT / "resources" / "translations"))
import update  # noqa: E402  (resources/translations/update.py)

TRANSLATIONS = ROOT / "resources" / "translations"
COUNT = re.compile(r"%L?n")  # a plural's number: %Ln in the locale's digits ("50,000")
UI_FILES = sorted((ROOT / "ui").rglob("*.py"))


def relative(path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Every message pyside6-lupdate finds in ui/ today, read from a temporary .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "all.ts"
    subprocess.run([*update.lupdate_command(), "-locations", "none", "-silent",
                    *map(str, UI_FILES), "-ts", str(ts)], check=True)
    return read_ts(ts)


def shipped(language: str):
    return [m for path in sorted(TRANSLATIONS.glob(f"*_{language}.ts")) for m in read_ts(path)]


# -- the catalogues --------------------------------------------------------------------------
def test_every_ui_file_belongs_to_an_area():
    assert [relative(p) for p in UI_FILES if update.area_of(relative(p)) is None] == []
    for area in update.AREAS:
        for language in (*update.LANGUAGES, update.PLURAL_ONLY):
            assert update.ts_file(area, language).is_file(), f"run update.py {area}"


def test_lupdate_reads_the_convention(extracted):
    """Every context lupdate finds is a module's own (a stray `.tr()` or a context leaking from
    a dotted call before it would show here), and plural messages are found as plural."""
    contexts = {context_name(p) for p in UI_FILES}
    assert {m.context for m in extracted} <= contexts
    plural = {m.source for m in extracted if m.numerus}
    assert "Last %n months" in plural
    assert all(COUNT.search(source) for source in plural)
    assert [m.source for m in extracted if COUNT.search(m.source) and not m.numerus] == []


@pytest.mark.parametrize("language", i18n.SHIPPED)
def test_every_string_is_translated(extracted, language):
    catalogue = {m.key: m for m in shipped(language)}
    missing = [f"{m.context}: {m.source!r}" for m in extracted
               if m.key not in catalogue or not catalogue[m.key].finished]
    assert missing == [], f"untranslated in {language} (update.py, then fill.py or edit the .ts)"


def test_english_has_every_plural_form(extracted):
    catalogue = {m.key: m for m in shipped(i18n.ENGLISH)}
    missing = [m.source for m in extracted if m.numerus
               and not (m.key in catalogue and catalogue[m.key].finished)]
    assert missing == []


@pytest.mark.parametrize("language", [*i18n.SHIPPED, i18n.ENGLISH])
def test_no_obsolete_or_duplicate_messages(extracted, language):
    """The catalogues hold what the code has, once: run update.py --no-obsolete after a
    string changed (its old translation is then gone)."""
    keys = Counter(m.key for m in shipped(language))
    wanted = {m.key for m in extracted if language != i18n.ENGLISH or m.numerus}
    assert [k for k, n in keys.items() if n > 1] == []
    assert sorted(set(keys) - wanted) == []
    assert [m.source for m in shipped(language) if m.kind in ("vanished", "obsolete")] == []


@pytest.mark.parametrize("language", [*i18n.SHIPPED, i18n.ENGLISH])
def test_translations_keep_the_placeholders(language):
    """{name}, %1 and %n survive translation: a lost one would show the raw text or raise in
    str.format(). A singular plural form may leave %n out ("Último mes")."""
    wrong = []
    for message in shipped(language):
        expected = placeholders(message.source)
        for index, text in enumerate(message.translations):
            found = placeholders(text)
            if message.numerus and index < len(message.translations) - 1:
                expected_here = [p for p in expected if not COUNT.fullmatch(p)]
                found = [p for p in found if not COUNT.fullmatch(p)]
            else:
                expected_here = expected
            if found != expected_here:
                wrong.append(f"{message.context}: {message.source!r} -> {text!r}")
    assert wrong == []


def test_placeholder_check_catches_a_lost_name():
    assert placeholders("Show all {total}") != placeholders("Mostrar todos")
    assert placeholders("{a} of %n") == placeholders("%n de {a}")
    assert placeholders("%Ln staff") == placeholders("%Ln colaboradores") != placeholders(
        "colaboradores")


# -- marking in the code ---------------------------------------------------------------------
def test_backlog_only_names_files_still_to_convert():
    for name in NOT_YET_TRANSLATED:
        path = ROOT / name
        assert path.is_file(), f"{name} is gone: remove it from translation_backlog.py"
        assert unmarked_literals(path), \
            f"{name} has no unmarked string left: remove it from translation_backlog.py"


def test_no_unmarked_strings_outside_the_backlog():
    found = [str(u) for path in UI_FILES if relative(path) not in NOT_YET_TRANSLATED
             for u in unmarked_literals(path)]
    assert found == [], ("mark these with tr_<module>.tr(...) (docs/TRANSLATING.md), or list "
                         "a file not converted yet in tests/ui/translation_backlog.py")


def test_the_check_finds_unmarked_strings(tmp_path, monkeypatch):
    import translation_checks

    monkeypatch.setattr(translation_checks, "ROOT", tmp_path)
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        'tr_sample = Context("tr_sample")\n'
        'label = QLabel("Plain words")\n'
        'label.setToolTip(f"Hello {name}")\n'
        'button = QPushButton(tr_sample.tr("Marked"))\n'
        'box.addItem("Choice", "code")\n'
        'box.addItem(tr_sample.tr("Marked choice"), "code")\n'
        'view.setObjectName("not shown")\n'
        'label.setText("…")\n'
        'label.setText("shown but data")  # untranslated: a user\'s own text\n'
        'columns = [Column("key", "Title")]\n', encoding="utf-8")
    assert [u.text for u in unmarked_literals(sample)] == [
        "Plain words", "Hello ", "Choice", "Title"]


def test_the_convention_in_every_module():
    assert [p for path in UI_FILES for p in wrong_contexts(path)] == []


def test_the_convention_check_catches_mistakes(tmp_path, monkeypatch):
    import translation_checks

    monkeypatch.setattr(translation_checks, "ROOT", tmp_path)
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        'tr_sample = Context("tr_other")\n'
        'self.tr("Subclass loses it")\n'
        'tr_sample.tr(f"Built {x}")\n'
        'QT_TRANSLATE_NOOP("tr_elsewhere", "Constant")\n'
        'QCoreApplication.translate("tr_sample", "Plural", None, count)\n'
        'tr_sample.tr("Fine %n", None, count)\n', encoding="utf-8")
    lines = {int(p.split(": ", 1)[0].rsplit(":", 1)[1]) for p in wrong_contexts(sample)}
    assert lines == {1, 2, 3, 4, 5}


# -- choosing and installing a language ------------------------------------------------------
@pytest.mark.parametrize(("locale", "language"), [
    ("es_MX", "es"), ("es_ES", "es"), ("es_CO", "es"), ("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"),
    ("en_PH", "en"), ("pl_PL", "en"), ("hi_IN", "en"), ("C", "en")])
def test_system_locale_chooses_the_language(locale, language):
    assert i18n.language_of(QLocale(locale)) == language


def test_settings_choice_wins_over_the_system(qapp, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_CO")))
    assert i18n.chosen_language() == "es"
    preferences.set_language("pt_BR")
    assert i18n.chosen_language() == "pt_BR"
    preferences.set_language("en")
    assert i18n.chosen_language() == "en"
    preferences.set_language(None)
    assert preferences.language() is None
    assert i18n.chosen_language() == "es"


def test_install_sets_the_default_locale(qapp, in_language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    in_language("es")
    assert QLocale().name() == "es_MX"  # the system's own Spanish keeps its formats
    assert i18n.number(1234.5, 1) == "1,234.5"
    in_language("pt_BR")
    assert QLocale().name() == "pt_BR"
    assert i18n.number(1234.5, 1) == "1.234,5"
    assert i18n.current_language() == "pt_BR"


def test_a_c_locale_system_gets_us_english_formats(qapp, in_language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale.c()))
    in_language(i18n.ENGLISH)
    assert QLocale().name() == "en_US"
    assert i18n.number(1234.5, 1) == "1,234.5"  # the C locale has no thousands separator
    assert i18n.date_text(dt.date(2026, 10, 31)) == "2026-10-31"  # English dates are ISO
    assert i18n.datetime_text(dt.datetime(2026, 10, 31, 14, 5)) == "2026-10-31 14:05"


def test_date_and_time_in_the_locales_formats(qapp, in_language):
    moment = dt.datetime(2026, 10, 31, 14, 5)
    in_language("pt_BR")
    assert i18n.datetime_text(moment) == "31/10/2026 14:05"
    in_language("es")
    assert i18n.datetime_text(moment).startswith(i18n.date_text(moment.date()) + " ")


def test_catalogue_is_compiled_once_into_the_cache(qapp, in_language, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = i18n.compiled_catalogue("es")
    assert first is not None and first.is_file() and tmp_path in first.parents
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled_catalogue("es") == first and first.stat().st_mtime_ns == stamp
    # a changed catalogue is compiled again, and the old file goes
    monkeypatch.setattr(i18n, "catalogue_sources",
                        lambda language: [*sorted(TRANSLATIONS.glob(f"*_{language}.ts"))[1:]])
    second = i18n.compiled_catalogue("es")
    assert second != first and second.is_file() and not first.exists()


def test_without_lrelease_the_window_stays_in_english(qapp, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    try:
        assert i18n.install("es") == "en"
    finally:
        i18n.install("en")
    assert "could not be compiled" in caplog.text


def test_a_bundle_uses_its_compiled_catalogue(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    compiled = i18n.compiled_catalogue("es")
    (folder / "mentorapp_es.qm").write_bytes(compiled.read_bytes())
    monkeypatch.setattr(i18n, "translation_folder", lambda: folder)
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)  # nothing compiled here
    assert i18n.compiled_catalogue("es") == folder / "mentorapp_es.qm"


# -- widgets in Spanish and Portuguese -------------------------------------------------------
def test_dashboard_in_spanish(qtbot, ui_db, in_language, wait_for_tasks):
    from mentorapp.services import clients

    clients.create(name="Acme")
    in_language("es")
    from ui.pages.dashboard_page import DashboardPage

    page = DashboardPage()
    qtbot.addWidget(page)
    wait_for_tasks()
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert {"Requiere atención", "Colaboradores activos", "Calificación media por mes"} <= texts
    assert page.filters["period"].currentText() == "Últimos 12 meses"
    assert page.filters["client"].itemText(0) == "Todos los clientes"
    assert page.attention.tabText(0).startswith("Revisiones vencidas")


def test_settings_dialog_in_portuguese(qtbot, ui_db, in_language):
    in_language("pt_BR")
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog("test.db")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Configurações"
    buttons = {b.text() for b in dialog.buttons.buttons()}
    assert buttons == {"Salvar", "Cancelar"}  # Qt's own catalogue: the standard buttons
    language = dialog.fields["language"]
    assert [language.itemText(i) for i in range(language.count())] == [
        "Padrão do sistema", "English", "Español", "Português (Brasil)"]
    theme = dialog.fields["theme"]
    assert [theme.itemText(i) for i in range(theme.count())] == ["Seguir o sistema", "Claro",
                                                                 "Escuro"]


def test_settings_dialog_stores_the_language(qtbot, ui_db):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog("test.db")
    qtbot.addWidget(dialog)
    box = dialog.fields["language"]
    assert box.value() is None and not dialog.language_note.isVisibleTo(dialog)
    box.setCurrentIndex(box.findData("es"))
    assert dialog.language_note.isVisibleTo(dialog)  # "used the next time MentorApp starts"
    dialog.accept()
    assert preferences.language() == "es" and dialog.language_changed
    again = SettingsDialog("test.db")
    qtbot.addWidget(again)
    assert again.fields["language"].value() == "es"


def test_forms_and_pickers_in_spanish(qtbot, ui_db, in_language):
    in_language("es")
    from ui.widgets.forms import PickError
    from ui.widgets.lookups import client_picker
    from ui.widgets.rating import RatingBox

    picker = client_picker()
    qtbot.addWidget(picker)
    assert picker.placeholderText() == "Escriba para buscar clientes"
    picker.setText("Nadie")
    with pytest.raises(PickError, match="ningún cliente coincide con 'Nadie'"):
        picker.value()
    box = RatingBox()
    qtbot.addWidget(box)
    assert box.itemText(3) == "3 – Cumple las expectativas"


def test_smoke_test_checks_the_language(qtbot, ui_db, in_language, wait_for_tasks):
    from PySide6.QtWidgets import QWidget

    from ui.app import smoke_test_language
    from ui.pages.dashboard_page import DashboardPage

    window = QWidget()
    qtbot.addWidget(window)
    assert smoke_test_language(window) == []  # no dashboard (a QA lead's window)
    page = DashboardPage(window)
    wait_for_tasks()
    assert smoke_test_language(window) == []  # English, shown
    in_language("es")
    assert smoke_test_language(window) == ["'Requiere atención' is not shown on the dashboard"]
    spanish = DashboardPage(window)
    wait_for_tasks()
    page.deleteLater()
    qtbot.waitUntil(lambda: len(window.findChildren(DashboardPage)) == 1)
    assert window.findChildren(DashboardPage) == [spanish]
    assert smoke_test_language(window) == []


def test_error_dialog_in_spanish(qtbot, in_language):
    in_language("es")
    from ui.dialogs.error_dialog import ErrorDialog

    dialog = ErrorDialog(RuntimeError("boom"), ROOT / "x.log")
    qtbot.addWidget(dialog)
    assert dialog.text() == "Algo salió mal. Lo que guardó antes está a salvo."
    assert dialog.open_folder_button.text() == "Abrir la carpeta de registros"
    assert "Cerrar" in {b.text() for b in dialog.findChildren(QPushButton)}
