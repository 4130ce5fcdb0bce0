"""Look: the Fusion style with a light or dark palette (or the system's), plus our style sheet.

Fusion draws the same on every platform and follows the palette completely, so one style sheet
(which names palette roles, not colours) serves both themes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import read_text

THEMES = ("system", "light", "dark")
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
    QPalette.ColorRole.PlaceholderText: "#7b8594",
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
    QPalette.ColorRole.Highlight: "#3d7bd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2d333b",
    QPalette.ColorRole.ToolTipText: "#e6e9ee",
    QPalette.ColorRole.PlaceholderText: "#8b94a1",
    QPalette.ColorRole.Link: "#7fb0f5",
    QPalette.ColorRole.Mid: "#454c56",
    QPalette.ColorRole.Midlight: "#3a414a",
}


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
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(_palette(DARK))
    elif theme == "light":
        app.setPalette(_palette(LIGHT))
    else:  # our palette of the system's kind: same colours, light or dark as the desktop
        dark = _system_palette.color(QPalette.ColorRole.Window).lightness() < 128
        app.setPalette(_palette(DARK if dark else LIGHT))
    app.setStyleSheet(read_text("style.qss"))
    from ui.preferences import qsettings

    qsettings().setValue(THEME_KEY, theme)


def remembered_theme() -> str:
    """The theme applied last time (a database setting, cached here so the window can be
    drawn in it before the database is open)."""
    from ui.preferences import qsettings

    value = qsettings().value(THEME_KEY)
    return value if value in THEMES else "system"


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
