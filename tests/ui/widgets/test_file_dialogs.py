"""The app's file dialogs list the database's folder without opening its files: opening and
closing one drops this process's SQLite locks, and another process then deleted the
write-ahead log under the app (saves lost)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from builders import a_staff, offscreen_warnings
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QStyle

from mentorapp.db import database
from mentorapp.services import staff
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings


def _list_then_cancel(qtbot, folder, chosen: list) -> None:
    """Show the open-file dialog on `folder` until it has listed the database and drawn its
    icons, then cancel it."""
    def when_listed():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        qtbot.waitUntil(lambda: "test.db-wal" in _listed(dialog), timeout=5000)
        qtbot.wait(300)  # the icons and types of the shown rows are fetched meanwhile
        dialog.reject()

    QTimer.singleShot(0, when_listed)
    chosen.append(file_dialogs.open_file_name(None, "Choose a file to import", str(folder),
                                              "All files (*)"))


def _listed(dialog: QFileDialog) -> set[str]:
    from PySide6.QtWidgets import QListView

    view = next(v for v in dialog.findChildren(QListView) if v.objectName() == "listView")
    model = view.model()
    root = view.rootIndex()
    return {model.index(row, 0, root).data() for row in range(model.rowCount(root))}


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks per handle")
def test_a_file_dialog_on_the_database_folder_keeps_the_database_s_locks(qtbot, ui_db,
                                                                          tmp_path):
    a_staff("Ana", "Cruz")  # in the write-ahead log, not yet in the database file
    wal = tmp_path / "test.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    chosen = []
    _list_then_cancel(qtbot, tmp_path, chosen)
    assert chosen == [""]
    # Another process opens the database and closes it: while this one holds its locks,
    # that process is not the last one and leaves the log where it is.
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                    " c.execute('SELECT count(*) FROM staff').fetchone(); c.close()",
                    str(tmp_path / "test.db")], check=True)
    assert wal.exists()
    person = a_staff("Ben", "Diaz")
    database.close()
    database.connect()
    assert staff.get(person["id"])["first_name"] == "Ben"


def test_the_dialogs_show_names_and_return_the_choice(qtbot, tmp_path):
    """Files and folders listed by name with a plain icon; the file chosen comes back."""
    (tmp_path / "forms").mkdir()
    (tmp_path / "roster.xlsx").write_bytes(b"not read")
    picked = []

    def pick():
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: {"forms", "roster.xlsx"} <= _listed(dialog), timeout=5000)
        name = next(e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit")
        qtbot.keyClicks(name, "roster.xlsx")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    picked.append(file_dialogs.open_file_name(None, "Choose", str(tmp_path), "All files (*)"))
    assert picked == [str(tmp_path / "roster.xlsx")]
    provider = file_dialogs.NamesOnly()
    from PySide6.QtCore import QFileInfo

    assert provider.type(QFileInfo(str(tmp_path / "roster.xlsx"))) == "XLSX"
    assert provider.type(QFileInfo(str(tmp_path / "forms"))) == "Folder"
    kinds = provider.KINDS
    assert provider.icon(QFileInfo(str(tmp_path / "forms"))).cacheKey() == \
        provider.icons[next(k for k in kinds if kinds[k] == QStyle.StandardPixmap.SP_DirIcon)
                       ].cacheKey()
