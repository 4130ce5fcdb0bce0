"""GUI tests: offscreen Qt, a SQLite database per test (the GUI code is database-agnostic)."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """English installed as the app does at start: its catalogue holds the plural forms
    ("1 staff member", "1 feedback"); without it Qt shows the source text ("1 staff")."""
    from ui import i18n

    i18n.install(i18n.ENGLISH)


@pytest.fixture
def ui_db(sqlite_db):
    """An open empty SQLite database bound to the models, for pages and dialogs."""
    return sqlite_db


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """QSettings (window layout, database location) go to a folder of this test's own.
    (QSettings resolves its folder once per process, so the XDG variables are not enough.)"""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _widgets_kept_until_teardown(request):
    """pytest-qt holds the widgets given to `qtbot.addWidget` weakly, so a dialog a test made
    and showed could be garbage-collected while Qt paints it after the test returns: Python
    runs during a paint (the themed icons' engine), the collector deletes the dialog under
    its own painter, a segfault. Kept strongly until the test is torn down."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    kept = []
    add = qtbot.addWidget

    def add_and_keep(widget, **kwargs):
        kept.append(widget)
        return add(widget, **kwargs)

    qtbot.addWidget = add_and_keep
    yield
    kept.clear()


@pytest.fixture
def wait_for_tasks(qtbot):
    """Wait until every task on the thread pool has reported back to the GUI thread."""
    from ui import tasks

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: not tasks.active_tasks(), timeout=timeout)

    return wait


@pytest.fixture
def in_language(qapp, monkeypatch):
    """`in_language("es")` installs a language for one test, with that language's usual
    formats whatever this machine's locale is; English again afterwards."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))

    def install(language: str) -> None:
        assert i18n.install(language) == language
    yield install
    i18n.install(i18n.ENGLISH)


@pytest.fixture
def spanish(in_language):
    """The window in Spanish for one test."""
    in_language("es")
