"""`Clickable`: a widget that opens something (a dashboard card, a chart's legend line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt


class Clickable:
    """For a widget that opens something: a left click, or Enter or Space while it has the
    focus, calls `on_click` (call `make_clickable` from `__init__`)."""

    on_click: Callable[[], None] | None = None

    def make_clickable(self, on_click: Callable[[], None] | None) -> None:
        self.on_click = on_click
        if on_click:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self.on_click and event.button() == Qt.MouseButton.LeftButton:
            self.on_click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.on_click and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                             Qt.Key.Key_Space):
            self.on_click()
            return
        super().keyPressEvent(event)
