"""Icons: in the theme's icon colour (sidebar icons white when selected), greyed when
disabled, sharp at every screen scale; the app's logo in its own colours."""

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from ui import resources


def opaque_colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


def test_sidebar_icon_is_white_only_when_selected(qapp):
    icon = resources.sidebar_icon("staff")
    normal = icon.pixmap(QSize(20, 20), QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(QSize(20, 20), QIcon.Mode.Selected).toImage()
    assert opaque_colours(normal) == {QColor(resources.ICON_COLOR).name()}
    assert opaque_colours(selected) == {"#ffffff"}


def test_sidebar_icon_is_drawn_at_the_screen_scale(qapp):
    icon = resources.sidebar_icon("dashboard")
    for scale in (1.0, 2.0, 3.0):
        pixmap = icon.pixmap(QSize(20, 20), scale, QIcon.Mode.Selected)
        assert pixmap.size() == QSize(round(20 * scale), round(20 * scale))
        assert pixmap.devicePixelRatio() == scale


def test_selected_sidebar_icon_paints_white_on_a_high_dpi_device(qapp):
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    resources.sidebar_icon("staff").paint(painter, QRect(0, 0, 20, 20),
                                          Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Selected)
    painter.end()
    assert opaque_colours(image) == {"#ffffff"}


def test_a_missing_sidebar_icon_fails_at_once(qapp):
    with pytest.raises(FileNotFoundError):
        resources.sidebar_icon("no-such-icon")


@pytest.fixture
def dark(qapp):
    from PySide6.QtGui import QPalette

    from ui import theme

    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    theme.apply_colours(qapp, "dark")
    yield
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_icons_take_the_dark_themes_colour_at_the_next_paint(qapp, dark):
    for shown in (resources.icon("export"), resources.sidebar_icon("staff")):
        image = shown.pixmap(QSize(20, 20)).toImage()
        assert opaque_colours(image) == {resources.ICON_COLORS["dark"]}
    selected = resources.sidebar_icon("staff").pixmap(QSize(20, 20), QIcon.Mode.Selected)
    assert opaque_colours(selected.toImage()) == {"#ffffff"}


def test_a_disabled_icon_is_greyed_and_sharp(qapp):
    shown = resources.icon("export")
    disabled = shown.pixmap(QSize(20, 20), 2.0, QIcon.Mode.Disabled)
    assert disabled.devicePixelRatio() == 2.0 and disabled.size() == QSize(40, 40)
    assert QColor(resources.ICON_COLOR).name() not in opaque_colours(disabled.toImage())


def test_the_app_logo_keeps_its_colours(qapp):
    logo = resources.icon("app").pixmap(QSize(64, 64)).toImage()
    assert {"#ffffff", "#9fd0ff"} <= opaque_colours(logo)
