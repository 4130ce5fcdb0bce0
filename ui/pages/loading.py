"""Where pages run their database reads: one place to choose the runner."""

from __future__ import annotations

from ui.models.table import Runner, run_now


def runner() -> Runner:
    """A `runner(work, done)`; `done` gets the result, or the exception the work raised."""
    return run_now
