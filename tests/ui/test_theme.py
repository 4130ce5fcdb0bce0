"""Both themes meet WCAG AA: 4.5:1 for text, 3:1 for the outline of controls, computed with
WCAG's relative luminance; and a drawn radio button really shows on the dark theme."""

import pytest
from builders import offscreen_warnings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui import theme
from ui.widgets.rating import RatingGrid

pytestmark = offscreen_warnings
Role = QPalette.ColorRole
THEMES = {"light": theme.LIGHT, "dark": theme.DARK}

# (text, the backgrounds it is drawn on)
TEXT_ON = [
    (Role.WindowText, (Role.Window, Role.Base)),  # labels, also on the dashboard cards
    (Role.Text, (Role.Base, Role.AlternateBase)),  # table rows, striped
    (Role.ButtonText, (Role.Button,)),
    (Role.HighlightedText, (Role.Highlight,)),  # the selected sidebar entry and rows
    (Role.ToolTipText, (Role.ToolTipBase,)),
    (Role.PlaceholderText, (Role.Window, Role.Base, Role.AlternateBase)),  # hints, card titles
    (Role.Link, (Role.Window, Role.Base)),  # the dashboard's big numbers
]


def luminance(color: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    qcolor = QColor(color)
    return (0.2126 * linear(qcolor.red()) + 0.7152 * linear(qcolor.green())
            + 0.0722 * linear(qcolor.blue()))


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_on_known_pairs():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#123456", "#123456") == 1


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_meets_aa(name):
    colors = THEMES[name]
    failures = [(text.name, back.name, round(contrast(colors[text], colors[back]), 2))
                for text, backs in TEXT_ON for back in backs
                if contrast(colors[text], colors[back]) < 4.5]
    assert failures == []


@pytest.mark.parametrize("name", THEMES)
def test_red_warning_text_meets_aa(name):
    colors = THEMES[name]
    for back in (Role.Base, Role.AlternateBase, Role.Window):
        assert contrast(theme.DANGER[name], colors[back]) >= 4.5, back.name


@pytest.mark.parametrize("name", THEMES)
def test_control_outlines_meet_three_to_one(name):
    colors = THEMES[name]
    for back in (Role.Base, Role.AlternateBase, Role.Window):
        assert contrast(theme.CONTROL_BORDER[name], colors[back]) >= 3, back.name
    # a checked radio button's dot (Text) on its face (Base)
    assert contrast(colors[Role.Text], colors[Role.Base]) >= 3


@pytest.fixture
def themed(qapp):
    """Apply a theme for one test, then put the test palette and style sheet back."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield lambda name: theme.apply_theme(qapp, name)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _strongest_contrast(image, rect, background: str) -> float:
    """The highest contrast of any pixel in `rect` of `image` against `background`."""
    return max(contrast(image.pixelColor(x, y).name(), background)
               for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1))


@pytest.mark.parametrize("name", THEMES)
def test_unchecked_radio_buttons_in_the_competency_grid_show(qtbot, themed, name):
    themed(name)
    grid = RatingGrid([{"id": 1, "name": "Empathy"}])
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    unchecked = grid.groups[1].button(3)
    assert not unchecked.isChecked()
    image = unchecked.grab().toImage()
    window = THEMES[name][Role.Window]
    assert _strongest_contrast(image, unchecked.rect(), window) >= 3
    assert QApplication.instance().palette().color(Role.Window).name() == window


def test_over_capacity_red_follows_the_theme(themed):
    from ui.pages.mentoring_page import over_capacity

    busy = {"active_mentees": 3, "capacity": 1}
    for name in ("dark", "light"):
        themed(name)
        assert theme.danger_color().name() == theme.DANGER[name]
        assert over_capacity(busy).name() == theme.DANGER[name]
    assert over_capacity({"active_mentees": 1, "capacity": 1}) is None


@pytest.mark.parametrize("name", THEMES)
def test_the_first_paint_has_the_themes_colours_without_loading_its_style(qapp, name):
    """`apply_colours()` (before the main window's first paint) gives the theme's palette and
    style sheet and remembers the theme; `apply_theme()` adds the style."""
    from ui.preferences import qsettings

    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    try:
        theme.apply_colours(qapp, name)
        assert theme.is_dark(qapp) == (name == "dark")
        assert qapp.palette().color(Role.Window).name() == THEMES[name][Role.Window]
        assert qapp.styleSheet() == theme.style_sheet(qapp)  # style.qss at the app font
        assert qsettings().value(theme.THEME_KEY) == name
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def _text_colour(widget) -> str:
    widget.ensurePolished()
    return widget.palette().color(widget.foregroundRole()).name()


def test_a_message_marked_as_an_error_turns_to_the_new_themes_red(qtbot, themed):
    """The red comes from the application's style sheet by the label's role, so a message
    shown before the theme changed takes the new theme's red (a colour set on the label
    itself kept the old one: dark red on the dark theme)."""
    from PySide6.QtWidgets import QLabel

    themed("light")
    message = QLabel("The file could not be read")
    qtbot.addWidget(message)
    theme.mark_error(message, True)
    assert _text_colour(message) == theme.DANGER["light"]
    themed("dark")
    assert _text_colour(message) == theme.DANGER["dark"]
    theme.mark_error(message, False)  # an ordinary message again
    assert _text_colour(message) == theme.DARK[Role.WindowText]


def test_no_window_sets_a_colour_of_its_own_theme_in_a_style_sheet():
    """Colours a widget's own style sheet holds stay when the theme changes: the theme's red
    goes through `theme.mark_error` (messages) or the application's sheet (fields)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    # a sheet made with an f-string (a colour put in), a colour written out, or the red
    inline = re.compile(r"setStyleSheet\((f[\"']|.*(#[0-9a-fA-F]{3}|danger|DANGER|invalid_style))")
    found = [f"{path.relative_to(root)}:{number}"
             for path in root.rglob("*.py")
             for number, line in enumerate(path.read_text().splitlines(), start=1)
             if inline.search(line)]
    assert found == []


@pytest.mark.parametrize("name", THEMES)
def test_a_read_only_field_has_the_windows_colour_not_an_editable_boxs(qtbot, themed, name):
    """A calibration's fixed agent and interaction looked editable (typing did nothing)."""
    from PySide6.QtWidgets import QLineEdit

    themed(name)
    fixed, open_ = QLineEdit("CAL-1"), QLineEdit("CAL-1")
    for field in (fixed, open_):
        qtbot.addWidget(field)
    fixed.setReadOnly(True)
    fixed.show()
    open_.show()
    qtbot.waitExposed(fixed)

    def middle_colour(field) -> str:
        image = field.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2).name()

    assert middle_colour(fixed) == THEMES[name][Role.Window]
    assert middle_colour(open_) == THEMES[name][Role.Base]
