"""The database reads a page runs on the thread pool (with `ui.tasks.run_task`)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from mentorapp import opening


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
                self._running[key] = opening.current_database().connection()
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
