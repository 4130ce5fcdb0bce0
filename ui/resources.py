"""Files under `resources/`, found the same way from the source tree and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QIcon, QIconEngine, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

ICON_COLOR = "#3d6fb6"  # the stroke colour of the icons in resources/icons
# The colour they are drawn in, by theme: 3:1 on the window, rows and buttons of each
# (the files' blue was 2.5:1 on the dark theme's buttons; tests/ui/test_accessibility.py).
ICON_COLORS = {"light": ICON_COLOR, "dark": "#6f9fe6"}


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
    """An icon from `resources/icons/<name>.svg` (scales cleanly on high-DPI screens), drawn
    in the current theme's icon colour when it is one of our one-colour icons."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"No icon named {name!r} ({path})")
    if ICON_COLOR not in path.read_text(encoding="utf-8"):  # the app's logo: its own colours
        return QIcon(str(path))
    return QIcon(ThemedIcon(name))


class ThemedIcon(QIconEngine):
    """One of our icons in the current theme's colour (`ICON_COLORS`), and in white on the
    highlight colour when `white_when_selected` and its item is selected; the style greys it
    when disabled, as Qt's own SVG icons.

    Pixmaps are drawn when first painted, at the size, pixel ratio and theme asked: drawn up
    front for every sidebar entry and screen scale they cost a tenth of the window's start,
    and a theme changed in Settings shows at the next paint."""

    def __init__(self, name: str, white_when_selected: bool = False):
        super().__init__()
        self.name = name
        self.white_when_selected = white_when_selected
        self._drawn: dict[tuple, QPixmap] = {}

    def clone(self) -> QIconEngine:
        return ThemedIcon(self.name, self.white_when_selected)

    def colour(self, mode: QIcon.Mode) -> str:
        if self.white_when_selected and mode == QIcon.Mode.Selected:
            return "#ffffff"
        from ui.theme import theme_kind  # (ui.theme reads its style sheet through this module)

        return ICON_COLORS[theme_kind()]

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        colour = self.colour(mode)
        key = (colour, size.width(), size.height(), scale, mode)
        if key not in self._drawn:
            svg = read_text("icons", f"{self.name}.svg").replace(ICON_COLOR, colour)
            buffer = QBuffer()
            buffer.setData(QByteArray(svg.encode()))
            reader = QImageReader(buffer, b"svg")
            reader.setScaledSize(size * scale)
            pixmap = QPixmap.fromImage(reader.read())
            if mode != QIcon.Mode.Normal and colour != "#ffffff" and QApplication.instance():
                pixmap = QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return self._drawn[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))


@cache
def sidebar_icon(name: str) -> QIcon:
    """An icon that turns white when its item is selected (drawn on the highlight colour)."""
    icon(name)  # a missing icon fails here, not when first painted
    return QIcon(ThemedIcon(name, white_when_selected=True))
