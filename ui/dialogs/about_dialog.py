"""Help > About: name, version, what the application is for, where its files are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from mentorapp import APP_NAME, __version__, logs
from ui.i18n import Context
from ui.resources import icon

tr_about_dialog = Context("tr_about_dialog")


class AboutDialog(QDialog):
    def __init__(self, database: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(
            tr_about_dialog.tr("About {app}").format(app=APP_NAME))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("pageTitle")
        self.version_label = title
        text = QLabel(
            tr_about_dialog.tr("Career and professional development for BPO staff: feedback, "
                               "training, mentoring and career plans, with Excel reports for "
                               "clients."))
        text.setWordWrap(True)
        files = QLabel(tr_about_dialog.tr(
            "Database: {database}<br>Log file: {log}").format(
                database=database, log=logs.log_file()))
        files.setObjectName("hint")
        files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files.setWordWrap(True)
        column = QVBoxLayout()
        for widget in (title, text, files):
            column.addWidget(widget)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
