"""Where pages run their database reads: on the thread pool, answers back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from shiboken6 import isValid

from mentorapp.db import database
from ui.models.table import Runner
from ui.tasks import run_task


def runner(owner: QObject | None = None) -> Runner:
    """A `Runner` over `run_task`: `done` gets the result, or the exception the work raised;
    it is skipped when `owner` (the widget that asked) was closed in the meantime."""

    def run(work: Callable[[], object], done: Callable[[object], None]) -> None:
        def deliver(result) -> None:
            if owner is None or isValid(owner):
                done(result)

        run_task(work, on_done=deliver, on_error=deliver)

    return run


class Reads:
    """The database reads a page has running on the pool, so a newer search can stop the
    ones it makes pointless (a text search over a million feedback rows runs for seconds and
    would hold a pool thread the new one needs).

    `wrap(work)` runs `work` noting the worker's connection; `interrupt()` stops every read
    still running (SQLite `interrupt()`, PostgreSQL `cancel()`): each then fails, and its
    answer, already stale, is dropped by the page.
    """

    def __init__(self):
        self._running: dict[int, object] = {}
        self._lock = threading.Lock()

    def wrap(self, work: Callable[..., object]) -> Callable[..., object]:
        def read(*args, **kwargs):
            key = threading.get_ident()
            with self._lock:
                self._running[key] = database.connection()
            try:
                return work(*args, **kwargs)
            finally:
                with self._lock:
                    self._running.pop(key, None)

        return read

    def interrupt(self) -> None:
        with self._lock:
            connections = list(self._running.values())
        for connection in connections:
            stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)
            if stop is not None:
                stop()
