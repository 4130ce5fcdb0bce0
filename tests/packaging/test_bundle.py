"""The pieces of the desktop bundle that can be checked without building it: the app icon the
spec renders and the resource folder of a frozen app. `.ci/bundle` builds and runs the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui import resources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def icon_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(ROOT / ".ci" / "app_icon.py"), str(out)], check=True,
                   timeout=60)
    return out


def icns_image(path: Path) -> QImage:
    """The 256-pixel PNG macOS reads from the `ic08` block (Qt's own ICNS reader warns about
    the table of contents its writer puts first, so the blocks are checked here)."""
    data = path.read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    blocks, pos = {}, 8
    while pos < len(data):
        length = int.from_bytes(data[pos + 4:pos + 8], "big")
        assert length >= 8, f"bad block length at byte {pos}"
        blocks[data[pos:pos + 4]] = data[pos + 8:pos + length]
        pos += length
    assert pos == len(data)
    return QImage.fromData(blocks[b"ic08"], "PNG")


@pytest.mark.parametrize("suffix", ["ico", "icns"])
def test_app_icon_is_the_svg_drawn_at_256_pixels(icon_dir, suffix):
    path = icon_dir / f"mentorapp.{suffix}"
    image = icns_image(path) if suffix == "icns" else QImage(str(path))
    svg = QImage(str(ROOT / "resources" / "icons" / "app.svg"))
    assert not image.isNull() and not svg.isNull()
    assert (image.width(), image.height()) == (svg.width(), svg.height()) == (256, 256)
    # The rounded square leaves the corners transparent; inside it the icon is opaque.
    assert image.pixelColor(2, 2).alpha() == svg.pixelColor(2, 2).alpha() == 0
    for x, y in [(128, 128), (128, 20), (76, 98), (60, 180)]:
        assert image.pixelColor(x, y) == svg.pixelColor(x, y), (x, y)
        assert image.pixelColor(x, y).alpha() == 255


def test_frozen_app_finds_resources_in_the_unpacked_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "app.svg") == tmp_path / "resources/icons/app.svg"


def test_source_tree_finds_resources_next_to_the_ui_package():
    assert resources.resource_path("icons", "app.svg") == ROOT / "resources/icons/app.svg"
    assert resources.resource_path("style.qss").is_file()
