"""GUI tests: offscreen Qt, a SQLite database per test (the GUI code is database-agnostic)."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def ui_db(sqlite_db):
    """An open empty SQLite database bound to the models, for pages and dialogs."""
    return sqlite_db
