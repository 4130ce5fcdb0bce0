"""First start on an empty database: load demo data, import a roster, or start empty."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from mentorapp import APP_NAME
from mentorapp.errors import UserError
from ui.i18n import Context
from ui.resources import icon
from ui.tasks import report_unexpected, run_task

tr_welcome_page = Context("tr_welcome_page")

DEMO_STAFF = 150


def generate_demo(report) -> dict[str, int]:
    """Fill the (empty) database with demo data; runs on a worker thread."""
    from mentorapp import demo, opening

    return demo.generate(opening.current_database(), staff=DEMO_STAFF, progress=report)


class WelcomePage(QWidget):
    """Signals: `demo_loaded()` once demo data is in; `import_requested()`;
    `start_empty()`."""

    demo_loaded = Signal()
    import_requested = Signal()
    start_empty = Signal()
    _demo_progressed = Signal(str)  # emitted on the worker thread, delivered here

    def __init__(self, parent=None):
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(96, 96))
        logo.setFixedSize(96, 96)
        title = QLabel(tr_welcome_page.tr("Welcome to {app}").format(app=APP_NAME))
        title.setObjectName("welcomeTitle")
        intro = QLabel(tr_welcome_page.tr(
            "This database is empty. How would you like to start?"))
        intro.setObjectName("hint")
        self.demo_button = self._choice(
            "demo", tr_welcome_page.tr("Load demo data"),
            tr_welcome_page.tr("A sample BPO company with {staff} staff, clients, feedback, "
                               "training and mentoring, to try everything out").format(
                                   staff=DEMO_STAFF))
        self.import_button = self._choice(
            "import", tr_welcome_page.tr("Import a roster"),
            tr_welcome_page.tr("Fill in the staff template in Excel, or import the roster you "
                               "already have"))
        self.empty_button = self._choice(
            "empty", tr_welcome_page.tr("Start empty"),
            tr_welcome_page.tr("Add clients and staff yourself"))
        self.demo_button.clicked.connect(self.load_demo)
        self.import_button.clicked.connect(self.import_requested)
        self.empty_button.clicked.connect(self.start_empty)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        for button in (self.demo_button, self.import_button, self.empty_button):
            column.addWidget(button)
        box = QWidget()
        box.setLayout(column)
        box.setFixedWidth(560)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.progress_dialog: QProgressDialog | None = None
        self._demo_progressed.connect(self._show_demo_progress)

    def _choice(self, icon_name: str, text: str, detail: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, detail)
        button.setObjectName("welcomeChoice")
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(28, 28))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def refresh(self) -> None:
        """Nothing to load: the page only offers choices."""

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.progress_dialog = QProgressDialog(
            tr_welcome_page.tr("Creating demo data…"), "", 0, 0, self)
        self.progress_dialog.setCancelButton(None)
        self.progress_dialog.setWindowTitle(APP_NAME)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(0)
        self.progress_dialog.show()
        run_task(generate_demo, self._demo_progressed.emit, on_done=self._demo_done,
                 on_error=self._demo_failed, owner=self)

    def _show_demo_progress(self, message: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(
                tr_welcome_page.tr("Creating demo data…") + "\n" + message)

    def _close_progress(self) -> None:
        self.demo_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _demo_done(self, _counts) -> None:
        self._close_progress()
        self.demo_loaded.emit()

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, UserError):
            QMessageBox.warning(self, APP_NAME, tr_welcome_page.tr(
                "Demo data could not be loaded: {error}").format(error=exc))
        else:
            report_unexpected(exc)
