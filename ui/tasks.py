"""Work off the GUI thread: `run_task(func, *args, on_done=, on_error=, owner=, progress=)`,
the one way the ui runs background work.

The function runs on the global `QThreadPool`; its result or exception comes back to the GUI
thread through a queued signal, so callbacks may touch widgets. `owner` is the widget (or
model) the callbacks belong to: when it was deleted before the answer came, neither callback
runs (a page closed while its rows were loading is not touched). A worker that touches the
database does so inside `connection_context()`: Peewee keeps one connection per thread, so each
task opens its own and closes it when done (the GUI thread's connection is never shared).

Long jobs take a `progress(done, total)` keyword (the export functions do). Pass
`progress=callback` and the task hands the function a progress function that reports to the
callback on the GUI thread (at most every 50 ms) and raises `Cancelled` once `cancel()` was
called, which aborts the export.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from mentorapp.errors import Cancelled

PROGRESS_INTERVAL_S = 0.05
_active: set[Task] = set()


class Task(QObject):
    """A handle on one piece of work on the thread pool.

    Signals (all delivered on the GUI thread): `finished(object)` with the result,
    `failed(object)` with the exception, `progressed(int, int)` with (done, total).
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    # Emitted on the worker thread; received by this object, which lives on the GUI thread,
    # so Qt queues them across.
    _result_ready = Signal(object)
    _error_raised = Signal(object)
    _progress_made = Signal(int, int)

    def __init__(self, func: Callable, args: tuple, kwargs: dict, *, with_progress: bool):
        super().__init__()
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress
        self.done = False
        self._cancelled = threading.Event()
        self._last_report = 0.0
        self._result_ready.connect(self._deliver_result)
        self._error_raised.connect(self._deliver_error)
        self._progress_made.connect(self.progressed)

    def cancel(self) -> None:
        """Ask the work to stop: its next progress report raises `Cancelled`."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # -- worker thread -------------------------------------------------------------------
    def report(self, done: int, total: int) -> None:
        """The `progress` function the work calls (on the worker thread)."""
        if self._cancelled.is_set():
            raise Cancelled("cancelled by the user")
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self._progress_made.emit(done, total)

    def execute(self) -> None:
        try:
            if self._cancelled.is_set():
                raise Cancelled("cancelled before it started")
            kwargs = dict(self.kwargs)
            if self.with_progress:
                kwargs["progress"] = self.report
            from mentorapp import opening  # loaded by then; not needed to draw a window

            if opening.current_database() is not None:
                with opening.worker_connection():
                    result = self.func(*self.args, **kwargs)
            else:
                result = self.func(*self.args, **kwargs)
        except Exception as exc:  # every failure goes back to the GUI thread
            self._error_raised.emit(exc)
        else:
            self._result_ready.emit(result)

    # -- GUI thread ----------------------------------------------------------------------
    @Slot(object)
    def _deliver_result(self, result) -> None:
        self.done = True
        _active.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _deliver_error(self, exc) -> None:
        self.done = True
        _active.discard(self)
        self.failed.emit(exc)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


def report_unexpected(exc: BaseException) -> None:
    """The default error handler: a user error or a bug goes to the application's excepthook
    (which logs it and shows the error dialog); a cancelled job is not an error."""
    if isinstance(exc, Cancelled):
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_task(func: Callable, *args, on_done: Callable[[object], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             owner: QObject | None = None,
             progress: Callable[[int, int], None] | None = None, **kwargs) -> Task:
    """Run `func(*args, **kwargs)` on the thread pool; call `on_done(result)` or
    `on_error(exc)` on the GUI thread, unless `owner` was deleted by then. Without
    `on_error`, a failure goes to `report_unexpected`. With `progress`, `func` gets a
    `progress=` keyword and the returned task can be cancelled."""
    task = Task(func, args, kwargs, with_progress=progress is not None)
    if on_done is not None:
        task.finished.connect(_while_alive(owner, on_done))
    task.failed.connect(_while_alive(owner, on_error) if on_error else report_unexpected)
    if progress is not None:
        task.progressed.connect(_while_alive(owner, progress))
    _active.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def run_now(func: Callable, *args, on_done: Callable[[object], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None, **kwargs) -> None:
    """`run_task`'s twin that works here and now (a model tested without a thread pool)."""
    try:
        result = func(*args, **kwargs)
    except Exception as exc:  # handed to on_error, as run_task would
        if owner is None or isValid(owner):
            (on_error or report_unexpected)(exc)
        return
    if on_done is not None and (owner is None or isValid(owner)):
        on_done(result)


def _while_alive(owner: QObject | None, callback: Callable) -> Callable:
    """`callback`, skipped once `owner`'s C++ object is gone."""
    if owner is None:
        return callback

    def call(*values) -> None:
        if isValid(owner):
            callback(*values)

    return call


def active_tasks() -> list[Task]:
    return [task for task in _active if not task.done]


def shut_down(timeout_ms: int = 5000) -> bool:
    """Cancel every running task and wait for the pool (at application exit)."""
    for task in list(_active):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
