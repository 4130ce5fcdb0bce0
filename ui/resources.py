"""Files under `resources/`, found the same way from the source tree and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_path(*parts: str) -> Path:
    """The path of a file in `resources/`: next to the `ui` package when run from source,
    in the unpacked bundle (`sys._MEIPASS`) when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


@cache
def icon(name: str) -> QIcon:
    """An icon from `resources/icons/<name>.svg` (scales cleanly on high-DPI screens)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"No icon named {name!r} ({path})")
    return QIcon(str(path))


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
