"""Files under `resources/`, found the same way from the source tree and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

ICON_COLOR = "#3d6fb6"  # the stroke colour of the icons in resources/icons


def resource_path(*parts: str) -> Path:
    """The path of a file in `resources/`: next to the `ui` package when run from source,
    in the unpacked bundle (`sys._MEIPASS`) when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


@cache
def icon(name: str) -> QIcon:
    """An icon from `resources/icons/<name>.svg` (scales cleanly on high-DPI screens)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"No icon named {name!r} ({path})")
    return QIcon(str(path))


@cache
def sidebar_icon(name: str) -> QIcon:
    """An icon that turns white when its item is selected (drawn on the highlight colour)."""
    result = QIcon(icon(name))
    white = read_text("icons", f"{name}.svg").replace(ICON_COLOR, "#ffffff").encode()
    for size in (20, 40, 60):  # 1x, 2x and 3x screens
        buffer = QBuffer()
        buffer.setData(QByteArray(white))
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(QSize(size, size))
        result.addPixmap(QPixmap.fromImage(reader.read()), QIcon.Mode.Selected)
    return result
