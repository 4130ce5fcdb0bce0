"""Where pages run their database reads: on the thread pool, answers back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from shiboken6 import isValid

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
