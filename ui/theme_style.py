"""`ThemeStyle`: Fusion with radio buttons and check boxes outlined in the theme's
`CONTROL_BORDER` (see `ui.theme`). Its own module so that `QStyle` is loaded only when the
style is installed, after the main window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

from ui.theme import CONTROL_BORDER, theme_kind


class ThemeStyle(QProxyStyle):
    """Fusion with radio buttons and check boxes outlined in `CONTROL_BORDER`."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            super().drawPrimitive(element, option, painter, widget)
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        border = (QColor(CONTROL_BORDER[theme_kind()]) if enabled
                  else option.palette.color(QPalette.ColorRole.Mid))
        if option.state & QStyle.StateFlag.State_HasFocus:
            border = option.palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        if radio:  # drawn whole: Fusion's own circle would show under ours
            side = min(option.rect.width(), option.rect.height()) - 2
            centre = QPointF(option.rect.center()) + QPointF(0.5, 0.5)
            painter.setPen(QPen(border, 1.3))
            painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(centre, side / 2, side / 2)
            if option.state & QStyle.StateFlag.State_On:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(option.palette.color(QPalette.ColorRole.Text))
                painter.drawEllipse(centre, side / 4.6, side / 4.6)
        else:  # Fusion's box and tick, then our outline over Fusion's
            super().drawPrimitive(element, option, painter, widget)
            painter.setPen(QPen(border, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5))
        painter.restore()
