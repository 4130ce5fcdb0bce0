"""Render the app icon (resources/icons/app.svg) as the files PyInstaller puts on the program:
`mentorapp.ico` (Windows) and `mentorapp.icns` (macOS).

Usage: python .ci/app_icon.py OUT_DIR   (installer.spec runs it; Qt's image plugins write
both formats, so no Pillow is needed)
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"
SIZE = 256  # the largest size Windows icons hold; a valid macOS icon size too


def render(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main(out_dir: str) -> None:
    image = render()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for suffix in ("ico", "icns"):
        path = Path(out_dir) / f"mentorapp.{suffix}"
        if not image.save(str(path), suffix.upper()):
            raise SystemExit(f"Qt could not write {path}")


if __name__ == "__main__":
    main(sys.argv[1])
