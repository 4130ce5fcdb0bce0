"""Small QtCharts views for the dashboard: a line over months, bars over names, a donut.

QtCharts is imported here only, and this module only when a chart is first drawn, so it
costs nothing at startup. Charts take their colours from the application palette, so they
follow the light and dark themes. Each chart takes an `on_click(index)` called with the index
of the point, bar or slice clicked (the dashboard opens the list behind it).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.widgets.clickable import Clickable

SERIES_COLORS = ["#3d7bd6", "#2fa37a", "#e0a030", "#d0555f", "#8a63c9", "#3aa6b8", "#8c8f94"]


def _palette_color(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _style_axis(axis) -> None:
    text = _palette_color(QPalette.ColorRole.WindowText)
    grid = _palette_color(QPalette.ColorRole.Midlight)
    axis.setLabelsColor(text)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(_palette_color(QPalette.ColorRole.Mid))
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
    axis.setLabelsFont(font)


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setStyleSheet("background: transparent")
    return view


def line_chart(labels: list[str], values: list[float], *, minimum: float, maximum: float,
               value_format: str = "%.0f", tick_interval: float = 1,
               label_every: int | None = None,
               tips: list[str] | None = None, on_click: Callable[[int], None] | None = None
               ) -> QChartView:
    """A line with a point per label (for example the average rating per month); every
    `label_every`-th label (by default a third of them, counted back from the last one) is
    written under the axis, so they never crowd and Qt never cuts them short. The value axis
    has a tick every `tick_interval` from `minimum`; a `maximum` a little above the last tick
    leaves room for points at the top. `tips[i]` is shown when the mouse is on point i."""
    chart = _new_chart()
    series = QLineSeries()
    for number, value in enumerate(values):
        series.append(QPointF(number, value))
    series.setPen(QPen(QColor(SERIES_COLORS[0]), 2.5))
    series.setPointsVisible(True)
    chart.addSeries(series)
    if tips:
        series.hovered.connect(lambda point, state: QToolTip.showText(
            QCursor.pos(), tips[round(point.x())]) if state else QToolTip.hideText())
    if on_click:
        series.clicked.connect(lambda point: on_click(round(point.x())))
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x_axis.setRange(-0.4, len(values) - 0.6)
    last = len(labels) - 1
    label_every = label_every or max(1, -(-len(labels) // 3))
    for number in range(last % label_every, len(labels), label_every):
        x_axis.append(labels[number], number)
    x_axis.setGridLineVisible(False)
    chart.setMargins(QMargins(4, 4, 24, 4))  # room for half the last month's label
    y_axis = QValueAxis()
    y_axis.setRange(minimum, maximum)
    y_axis.setLabelFormat(value_format)
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(minimum)
    y_axis.setTickInterval(tick_interval)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    for axis in (x_axis, y_axis):
        _style_axis(axis)
    return _view(chart)


def bar_chart(labels: list[str], values: list[float], *, value_format: str = "%.0f",
              color: str = SERIES_COLORS[1], on_click: Callable[[int], None] | None = None
              ) -> QChartView:
    """Horizontal bars, one per label, first label on top (names stay readable)."""
    chart = _new_chart()
    bars = QBarSet("")
    bars.append([float(v) for v in reversed(values)])
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    if on_click:
        bars.clicked.connect(lambda index: on_click(len(values) - 1 - index))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.65)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(reversed(labels)))
    categories.setGridLineVisible(False)
    x_axis = QValueAxis()
    ceiling = _nice_ceiling(max(values, default=0))
    x_axis.setRange(0, ceiling)
    x_axis.setLabelFormat(value_format)
    x_axis.setTickCount(5 if ceiling < 10_000 else 3)  # five-digit labels would touch
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(x_axis)
    for axis in (categories, x_axis):
        _style_axis(axis)
    return _view(chart)


class LegendEntry(Clickable, QLabel):
    """A donut legend line that opens its slice's records."""

    def __init__(self, text: str, on_click: Callable[[], None] | None, parent=None):
        super().__init__(text, parent)
        # Never cut short: the donut beside it shrinks instead.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.make_clickable(on_click)


def donut_chart(slices: list[tuple[str, float]],
                on_click: Callable[[int], None] | None = None) -> QWidget:
    """A donut with its legend beside it (label, share and count; QtCharts' own legend cuts
    labels short in a narrow chart)."""
    chart = _new_chart()
    series = QPieSeries()
    series.setHoleSize(0.55)
    series.setPieSize(0.9)
    total = sum(value for _, value in slices) or 1
    legend = QVBoxLayout()
    legend.addStretch(1)
    widget = QWidget()
    widget.legend = []
    for number, (label, value) in enumerate(slices):
        color = SERIES_COLORS[number % len(SERIES_COLORS)]
        piece = series.append(label, value)
        piece.setColor(QColor(color))
        piece.setBorderColor(_palette_color(QPalette.ColorRole.Base))
        click = (lambda n=number: on_click(n)) if on_click else None
        if click:
            piece.clicked.connect(click)
        entry = LegendEntry(f'<span style="color:{color}">&#9632;</span>&nbsp;{escape(label)} '
                            f"<b>{i18n.percent(value / total)}</b>", click)
        entry.setToolTip(f"{label}: {i18n.number(value, 0)}")
        legend.addWidget(entry)
        widget.legend.append(entry)
    legend.addStretch(1)
    chart.addSeries(series)
    view = _view(chart)
    view.setMinimumWidth(110)
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(view, 1)
    row.addLayout(legend)
    return widget


def _nice_ceiling(value: float) -> float:
    """A round axis maximum just above `value` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude
