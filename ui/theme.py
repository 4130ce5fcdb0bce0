"""Look: the Fusion style with a light or dark palette (or the system's), plus our style sheet.

Fusion draws the same on every platform and follows the palette completely, so one style sheet
(which names palette roles, not colours) serves both themes. Every text colour meets WCAG AA
on the backgrounds it is drawn on (4.5:1), and controls' outlines 3:1 (tests/ui/test_theme.py
computes the ratios): Fusion outlines radio buttons and check boxes in a shade of the window
colour, nearly invisible on a dark one, so `ThemeStyle` draws them in `CONTROL_BORDER`.

The style sheet's font sizes follow the application font, which is the system's
(`style_sheet()`): a user who asks the desktop for larger text gets larger titles too.

The first paint of the main window uses plain Fusion (chosen when the application is made)
in the theme's colours, `apply_colours()`; `apply_theme()` installs `ThemeStyle` once the
window is on screen. Loading `QStyle` into Python and drawing every frame of that first paint
through a Python style cost a tenth of the start, and its outlines show only on radio buttons
and check boxes, which the first paint has none of.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.resources import read_text

THEMES = ("system", "light", "dark")
SHEET_FONT_PT = 9.0  # the application font size style.qss's font sizes are written for
THEME_KEY = "window/theme"
_system_palette: QPalette | None = None

LIGHT = {
    QPalette.ColorRole.Window: "#f3f5f8",
    QPalette.ColorRole.WindowText: "#1d2430",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f7fa",
    QPalette.ColorRole.Text: "#1d2430",
    QPalette.ColorRole.Button: "#e9edf2",
    QPalette.ColorRole.ButtonText: "#1d2430",
    QPalette.ColorRole.Highlight: "#2f6fc9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d2430",
    QPalette.ColorRole.PlaceholderText: "#5d6775",
    QPalette.ColorRole.Link: "#2360b5",
    QPalette.ColorRole.Mid: "#c5ccd6",
    QPalette.ColorRole.Midlight: "#dfe4ea",
}
DARK = {
    QPalette.ColorRole.Window: "#1f2329",
    QPalette.ColorRole.WindowText: "#e6e9ee",
    QPalette.ColorRole.Base: "#272c33",
    QPalette.ColorRole.AlternateBase: "#2d333b",
    QPalette.ColorRole.Text: "#e6e9ee",
    QPalette.ColorRole.Button: "#2d333b",
    QPalette.ColorRole.ButtonText: "#e6e9ee",
    QPalette.ColorRole.Highlight: "#3674cf",  # 3:1 on Base and 4.5:1 under white text
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2d333b",
    QPalette.ColorRole.ToolTipText: "#e6e9ee",
    QPalette.ColorRole.PlaceholderText: "#9aa3af",
    QPalette.ColorRole.Link: "#7fb0f5",
    QPalette.ColorRole.Mid: "#454c56",
    QPalette.ColorRole.Midlight: "#3a414a",
}


# Colours the palette has no role for, by theme: status words in red ("over capacity",
# overdue, below target), amber, green and blue, each 4.5:1 on the window, a table row and a
# striped row; and the outline of radio buttons and check boxes.
DANGER = {"light": "#b3261e", "dark": "#ff8a80"}
WARNING = {"light": "#9e5e00", "dark": "#ffb74d"}
SUCCESS = {"light": "#2e7d32", "dark": "#66bb6a"}
INFO = {"light": "#1565c0", "dark": "#5da1ed"}
CONTROL_BORDER = {"light": "#6b7583", "dark": "#9aa3af"}


def theme_kind() -> str:
    app = QApplication.instance()
    return "dark" if app is not None and is_dark(app) else "light"


def danger_color() -> QColor:
    """Red text that stays readable on the current theme's backgrounds."""
    return QColor(DANGER[theme_kind()])


def status_color(colors: dict[str, str]) -> QColor:
    """`DANGER`, `WARNING`, `SUCCESS` or `INFO` in the current theme."""
    return QColor(colors[theme_kind()])


def _palette(colors: dict) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QColor(colors[QPalette.ColorRole.PlaceholderText])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to a theme ("system", "light" or "dark")."""
    from ui.theme_style import ThemeStyle

    app.setStyle(ThemeStyle("Fusion"))
    apply_colours(app, theme)


def apply_colours(app: QApplication, theme: str) -> None:
    """The theme's palette and style sheet without `ThemeStyle` (see the module doc)."""
    global _system_palette
    if _system_palette is None:
        _system_palette = app.palette()  # a copy (QPalette(...) would build the Qt enums)
    if theme == "dark":
        app.setPalette(_palette(DARK))
    elif theme == "light":
        app.setPalette(_palette(LIGHT))
    else:  # our palette of the system's kind: same colours, light or dark as the desktop
        dark = _system_palette.color(QPalette.ColorRole.Window).lightness() < 128
        app.setPalette(_palette(DARK if dark else LIGHT))
    app.setStyleSheet(style_sheet(app))
    if not app.property("sheet_follows_font"):  # also when the system's font changes later
        app.setProperty("sheet_follows_font", True)
        app.fontChanged.connect(lambda _font: _fit_sheet_to_font(app))
    from ui.preferences import qsettings

    settings = qsettings()
    if settings.value(THEME_KEY) != theme:  # unchanged at every start: no file to rewrite
        settings.setValue(THEME_KEY, theme)


def style_sheet(app: QApplication) -> str:
    """style.qss with its font sizes in proportion to the application font, which is the
    system's: the sheet's sizes are written for `SHEET_FONT_PT` (titles stay bigger than text
    by the same ratio when a user asks for larger text); then the rules in the theme's red,
    so that a message or a field marked as an error turns to the new red when the theme
    changes (see `mark_error`)."""
    size = app.font().pointSizeF()
    scale = size / SHEET_FONT_PT if size > 0 else 1
    sheet = re.sub(r"font-size:\s*([\d.]+)pt",
                   lambda match: f"font-size: {float(match.group(1)) * scale:.3g}pt",
                   read_text("style.qss"))
    red = DANGER["dark" if is_dark(app) else "light"]
    return (f'{sheet}\nQLabel[role="error"] {{ color: {red}; }}\n'
            f'*[invalid="true"] {{ border: 1px solid {red}; }}\n')


def mark_error(label: QLabel, error: bool) -> None:
    """Show a label's text in the theme's red, or not: by its `role` property, which the
    application's style sheet colours, so the red follows a change of theme (a colour set on
    the label itself would keep the old theme's)."""
    role = "error" if error else ""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


def _fit_sheet_to_font(app: QApplication) -> None:
    sheet = style_sheet(app)
    if app.styleSheet() and app.styleSheet() != sheet:  # (a theme is applied)
        app.setStyleSheet(sheet)


def text_scale() -> float:
    """How much larger the application (system) font is than the one our fixed widths were
    chosen at (`SHEET_FONT_PT`); 1 when it is not larger."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else 0
    return max(1.0, size / SHEET_FONT_PT)


def remembered_theme() -> str:
    """The theme applied last time (a database setting, cached here so the window can be
    drawn in it before the database is open)."""
    from ui.preferences import qsettings

    value = qsettings().value(THEME_KEY)
    return value if value in THEMES else "system"


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
