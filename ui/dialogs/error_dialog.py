"""The dialog an unexpected error shows: a short message and where the full log is."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorapp import APP_NAME
from mentorapp.errors import UserError
from ui.i18n import Context

tr_error_dialog = Context("tr_error_dialog")


def short_message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text if isinstance(exc, UserError) else f"{type(exc).__name__}: {text}".rstrip(": ")


class ErrorDialog(QMessageBox):
    """A user error as a plain warning; anything else as "something went wrong" with the log
    file's location, an "Open log folder" button and the traceback under "Show Details"."""

    def __init__(self, exc: BaseException, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        if isinstance(exc, UserError):
            self.setIcon(QMessageBox.Icon.Warning)
            self.setText(short_message(exc))
            self.setStandardButtons(QMessageBox.StandardButton.Ok)
            return
        self.setIcon(QMessageBox.Icon.Critical)
        self.setText(tr_error_dialog.tr("Something went wrong. What you saved before is safe."))
        where = "<br>" + tr_error_dialog.tr(
            "The details are in the log file:<br><code>{log}</code>").format(log=log_file) \
            if log_file else ""
        self.setInformativeText(f"{short_message(exc)}{where}")
        self.setDetailedText("".join(traceback.format_exception(exc)))
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        if log_file is not None:
            self.open_folder_button = self.addButton(
                tr_error_dialog.tr("Open log folder"),
                QMessageBox.ButtonRole.ActionRole)
            self.open_folder_button.clicked.disconnect()
            self.open_folder_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
