"""Progress reporting for long exports: `progress(done, total)` now and then.

The callback may raise `mentorapp.errors.Cancelled` to stop the export; exports only save
after the last row, so a cancelled export writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable


class ProgressCounter:
    def __init__(self, callback: Callable[[int, int], None] | None, total: int):
        self.callback = callback
        self.total = total
        self.done = 0

    def advance(self, rows: int = 1) -> None:
        self.done += rows
        if self.callback is not None:
            self.callback(self.done, max(self.total, self.done))

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(self.done, self.done)
