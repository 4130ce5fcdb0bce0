"""`ReportsPage`: the reports tab and the import tab, one piece of work at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.i18n import Context
from ui.pages.reports.import_tab import ImportTab
from ui.pages.reports.progress import ProgressWork
from ui.pages.reports.reports_tab import ReportsTab
from ui.resources import icon

tr_reports_page = Context("tr_reports_page")


class ReportsPage(QWidget):
    """Signals: `report_written(str)` with the path of a finished report;
    `records_changed()` after an import wrote records; `import_checked(object)` with the
    dry run's `ImportResult`; `busy_changed(bool)`."""

    report_written = Signal(str)
    records_changed = Signal()
    import_checked = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.work = ProgressWork(self)
        self.reports = ReportsTab(self.work)
        self.importing = ImportTab(self.work)
        self.reports.report_written.connect(self.report_written)
        self.importing.records_changed.connect(self.records_changed)
        self.importing.import_checked.connect(self.import_checked)
        self.work.busy_changed.connect(self.busy_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reports, icon("reports"), tr_reports_page.tr("Reports"))
        self.tabs.addTab(self.importing, icon("import"), tr_reports_page.tr("Import"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.tabs)

    def show_import(self) -> None:
        """Switch to the import tab (the welcome page's "Import a roster")."""
        self.tabs.setCurrentWidget(self.importing)
        self.importing.import_kind.setCurrentIndex(0)

    def cancel(self) -> None:
        """Cancel the running report or import (what the progress dialog's button does)."""
        self.work.cancel()

    def refresh(self) -> None:
        """Nothing is listed here; the pickers search when typed into."""
