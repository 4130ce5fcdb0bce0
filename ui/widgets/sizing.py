"""Window sizes that stay within the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Room left around a window for its frame and title bar, and the desktop's panels.
SIDE_MARGIN, TOP_MARGIN = 40, 60


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width` x `height`, or to its screen's free area (less the margins)
    where that is smaller: on a 1024 x 700 screen its buttons stay in reach."""
    screen = window.screen().availableGeometry()
    window.resize(min(width, screen.width() - SIDE_MARGIN),
                  min(height, screen.height() - TOP_MARGIN))
