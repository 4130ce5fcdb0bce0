"""Work-arounds for bugs in the Qt binding, applied once at startup (and by the GUI tests).

PySide6 6.12.0 under CPython 3.11 drops one reference to `True` on every `Signal.emit()`
made from Python (and, on some queued paths, to `None`). Once those counts reach zero CPython
aborts with "Fatal Python error: bool_dealloc" (or "none_dealloc"): a few hundred emits
after start. From CPython 3.12 these objects are immortal and the bug is harmless; before
that, we make them effectively immortal by adding a very large reference count.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # far more emits than a process can make
_applied = False


def protect_singletons() -> None:
    """Make True, False and None impossible to free (no-op on CPython 3.12+)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every object in a CPython release build
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
