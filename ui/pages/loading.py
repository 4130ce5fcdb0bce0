"""Where pages run their database reads: on the thread pool, answers back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from ui.models.table import Runner
from ui.tasks import run_task


def run_in_pool(work: Callable[[], object], done: Callable[[object], None]) -> None:
    """A `Runner` over `run_task`: `done` gets the result, or the exception the work raised."""
    run_task(work, on_done=done, on_error=done)


def runner() -> Runner:
    return run_in_pool
