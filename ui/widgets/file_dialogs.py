"""File dialogs that never open the files they list.

A file dialog that guesses a file's type from its first bytes opens it and closes it again.
On Linux and macOS, closing any descriptor of a file drops every POSIX lock this process holds
on that file, SQLite's among them: with the app's database (or its -wal and -shm files) in the
listed folder, another process (the command line, a second window) then took itself for the
last user, checkpointed and deleted the write-ahead log under the app, and the app's next
saves went to a deleted file and were lost. So every dialog is Qt's own, whose icons and types
come from names only (`NamesOnly`); Windows locks per handle, so there the native dialog stays.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from ui.i18n import Context

tr_file_dialogs = Context("tr_file_dialogs")
NATIVE = sys.platform == "win32"


class NamesOnly(QAbstractFileIconProvider):
    """A folder or a file icon and type, told from the directory entry alone. Qt asks from
    its file-listing thread, so the icons and words are made beforehand."""

    KINDS = {QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon,
             QAbstractFileIconProvider.IconType.Desktop: QStyle.StandardPixmap.SP_DesktopIcon,
             QAbstractFileIconProvider.IconType.Trashcan: QStyle.StandardPixmap.SP_TrashIcon,
             QAbstractFileIconProvider.IconType.Network: QStyle.StandardPixmap.SP_DriveNetIcon,
             QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
             QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
             QAbstractFileIconProvider.IconType.File: QStyle.StandardPixmap.SP_FileIcon}

    def __init__(self):
        super().__init__()
        style = QApplication.style()
        self.icons = {kind: style.standardIcon(pixmap) for kind, pixmap in self.KINDS.items()}
        self.words = (tr_file_dialogs.tr("File"), tr_file_dialogs.tr("Folder"))

    def icon(self, what) -> QIcon:
        if not isinstance(what, QAbstractFileIconProvider.IconType):
            what = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
        return self.icons[what]

    def type(self, info: QFileInfo) -> str:
        return self.words[1] if info.isDir() else info.suffix().upper() or self.words[0]


_NAMES_ONLY: NamesOnly | None = None


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str = "") -> QFileDialog:
    global _NAMES_ONLY
    dialog = QFileDialog(parent, caption, start, filters)
    if not NATIVE:
        _NAMES_ONLY = _NAMES_ONLY or NamesOnly()  # kept: the dialog does not own it
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_NAMES_ONLY)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    try:
        return dialog.selectedFiles()[0] if dialog.exec() == QFileDialog.DialogCode.Accepted \
            and dialog.selectedFiles() else ""
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
    """An existing file the user chose, or ""."""
    dialog = _dialog(parent, caption, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, caption: str, path: str, filters: str, *,
                   confirm_overwrite: bool = True) -> str:
    """A file name to write, or "" (an existing file is replaced only once the user says so,
    unless `confirm_overwrite` is off)."""
    dialog = _dialog(parent, caption, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _chosen(dialog)


def existing_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    """A folder the user chose, or ""."""
    dialog = _dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)
