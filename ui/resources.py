"""Files under `resources/`, found the same way from the source tree and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QIconEngine, QPixmap

ICON_COLOR = "#3d6fb6"  # the stroke colour of the icons in resources/icons


@cache
def _source_tree() -> Path:
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """The path of a file in `resources/`: next to the `ui` package when run from source,
    in the unpacked bundle (`sys._MEIPASS`) when frozen."""
    base = getattr(sys, "_MEIPASS", None)
    return (Path(base) if base else _source_tree()).joinpath("resources", *parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


@cache
def icon(name: str) -> QIcon:
    """An icon from `resources/icons/<name>.svg` (scales cleanly on high-DPI screens)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"No icon named {name!r} ({path})")
    return QIcon(str(path))


class WhiteWhenSelected(QIconEngine):
    """`icon(name)`, drawn in white when its item is selected (on the highlight colour).

    The white pixmaps are drawn when first painted, at the size and pixel ratio asked: drawn
    up front for every sidebar entry and screen scale they cost a tenth of the window's
    start, and nothing is selected in the window's first paint."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self._white: dict[tuple[int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return WhiteWhenSelected(self.name)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if mode != QIcon.Mode.Selected:
            return icon(self.name).pixmap(size, mode, state)
        key = (size.width(), size.height())
        if key not in self._white:
            from PySide6.QtCore import QBuffer, QByteArray
            from PySide6.QtGui import QImageReader

            white = read_text("icons", f"{self.name}.svg").replace(ICON_COLOR, "#ffffff")
            buffer = QBuffer()
            buffer.setData(QByteArray(white.encode()))
            reader = QImageReader(buffer, b"svg")
            reader.setScaledSize(size)
            self._white[key] = QPixmap.fromImage(reader.read())
        return self._white[key]

    def paint(self, painter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode != QIcon.Mode.Selected:
            icon(self.name).paint(painter, rect, mode=mode, state=state)
            return
        ratio = painter.device().devicePixelRatioF()
        pixmap = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)),
                             mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)


@cache
def sidebar_icon(name: str) -> QIcon:
    """An icon that turns white when its item is selected (drawn on the highlight colour)."""
    icon(name)  # a missing icon fails here, not when first painted
    return QIcon(WhiteWhenSelected(name))
