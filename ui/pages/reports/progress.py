"""Long work behind a progress dialog that can cancel it (reports, templates, imports)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.i18n import Context
from ui.tasks import Task, run_task

tr_progress = Context("tr_progress")


class ProgressWork(QObject):
    """Runs one piece of work at a time on the thread pool behind a window-modal progress
    dialog over `parent`; the tabs of the Reports page share one.

    Signals: `busy_changed(bool)` when work starts and when it has finished.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.parent_widget = parent
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None

    def start(self, work, *args, label: str, on_done, on_error,
              with_progress: bool = True) -> Task:
        """Run `work(*args)`; without `with_progress` the dialog only says it is busy and
        cannot cancel. The callbacks call `finish()` first."""
        self.dialog = QProgressDialog(label, tr_progress.tr("Cancel"), 0,
                                      100 if with_progress else 0, self.parent_widget)
        self.dialog.setWindowTitle("MentorApp")  # untranslated: the app's name
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not with_progress:
            self.dialog.setCancelButton(None)
        self.task = run_task(work, *args, on_done=on_done, on_error=on_error,
                             owner=self.parent_widget,
                             progress=self._progress if with_progress else None)
        self.dialog.canceled.connect(self.task.cancel)
        self.dialog.setValue(0)
        self.busy_changed.emit(True)
        return self.task

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total:
            self.dialog.setValue(int(done * 100 / total))

    def finish(self) -> None:
        """The work answered: close the dialog and say so."""
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.task = None
        self.busy_changed.emit(False)

    def cancel(self) -> None:
        """What the dialog's Cancel button does."""
        if self.task is not None:
            self.task.cancel()
