"""Small QtCharts views for the dashboard: a line over months, bars over names, a donut.

QtCharts is imported here only, and this module only when a chart is first drawn, so it
costs nothing at startup. Charts take their colours from the application palette, so they
follow the light and dark themes. Each chart takes an `on_click(index)` called with the index
of the point, bar or slice clicked (the dashboard opens the list behind it).

Every chart is also a table, for the keyboard and for screen readers: the focus stops on a
chart, and Enter, Space or its context menu's "Show as table" lists the same figures in a
`ChartTableDialog`, where Enter on a row does what a click on the chart does.
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
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.i18n import Context
from ui.theme import text_scale, theme_kind
from ui.widgets.accessible import section_title
from ui.widgets.clickable import Clickable

tr_charts = Context("tr_charts")

# By theme: each shows 3:1 against the window and the cards (WCAG AA for graphics), so the
# light theme's are a shade darker (tests/ui/test_accessibility.py).
SERIES_COLORS = {
    "light": ["#3d7bd6", "#2d9b74", "#b77f1b", "#d0555f", "#8a63c9", "#3495a5", "#878a8f"],
    "dark": ["#3d7bd6", "#2fa37a", "#e0a030", "#d0555f", "#8a63c9", "#3aa6b8", "#8c8f94"],
}


def series_colors() -> list[str]:
    return SERIES_COLORS[theme_kind()]


def _palette_color(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # axis labels with the language's digit groups
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


class ChartTableDialog(QDialog):
    """A chart's figures as a table: a row per point, bar or slice. With `on_click`, Enter or
    a double-click on a row closes the table and does what a click on the chart does."""

    def __init__(self, title: str, headers: list[str], rows: list[list[str]],
                 on_click: Callable[[int], None] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        if rows:
            self.table.setCurrentCell(0, 0)
        if on_click:
            self.table.setToolTip(tr_charts.tr("Enter or a double-click opens the list behind "
                                               "a row"))
            self.table.activated.connect(self._open)
        self.on_click = on_click
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(max(360, self.table.horizontalHeader().length() + 40), 360)

    def _open(self, index) -> None:
        self.accept()
        self.on_click(index.row())


class ChartView(QChartView):
    """A chart the keyboard reaches: it takes the focus (shown by a frame), and Enter, Space
    or its context menu's "Show as table" opens its figures in a `ChartTableDialog`.
    Its accessible name is the title of the section it is in unless one is given."""

    def __init__(self, chart: QChart, headers: list[str], rows: list[list[str]],
                 on_click: Callable[[int], None] | None = None):
        super().__init__(chart)
        self.headers, self.rows, self.on_click = headers, rows, on_click
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the focus frame in the link colour: 3:1 on the window and the cards in both themes
        self.setStyleSheet("QChartView { background: transparent; border: 2px solid transparent;"
                           " border-radius: 4px; }"
                           " QChartView:focus { border-color: palette(link); }")
        self.setAccessibleDescription(tr_charts.tr(
            "Chart. Press Enter to see its figures as a table."))
        self.table_action = QAction(tr_charts.tr("Show as table"), self)
        self.table_action.triggered.connect(self.show_table)
        self.addAction(self.table_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.accessibleName():
            self.setAccessibleName(section_title(self) or tr_charts.tr("Chart"))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.show_table()
            return
        super().keyPressEvent(event)

    def show_table(self) -> ChartTableDialog:
        dialog = ChartTableDialog(self.accessibleName() or tr_charts.tr("Chart"), self.headers,
                                  self.rows, self.on_click, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _figure(value: float) -> str:
    """A figure for the table: whole numbers as they are, others to two decimals."""
    return i18n.number(value, 0 if float(value).is_integer() else 2)


def _figure_rows(labels: list[str], values: list[float], tips: list[str] | None
                 ) -> tuple[list[str], list[list[str]]]:
    headers = [tr_charts.tr("Item"), tr_charts.tr("Value")]
    rows = [[label, _figure(value)] for label, value in zip(labels, values, strict=True)]
    if tips:
        headers.append(tr_charts.tr("Detail"))
        rows = [row + [tip] for row, tip in zip(rows, tips, strict=True)]
    return headers, rows


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
    series.setPen(QPen(QColor(series_colors()[0]), 2.5))
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
    shown = 3 if text_scale() < 1.25 else 2  # labels under the axis; fewer in larger text
    label_every = label_every or max(1, -(-len(labels) // shown))
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
    return ChartView(chart, *_figure_rows(labels, values, tips), on_click)


def bar_chart(labels: list[str], values: list[float], *, value_format: str = "%.0f",
              color: str | None = None, on_click: Callable[[int], None] | None = None
              ) -> QChartView:
    """Horizontal bars, one per label, first label on top (names stay readable)."""
    chart = _new_chart()
    color = color or series_colors()[1]
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
    # five-digit labels would touch, and four-digit ones in larger text
    x_axis.setTickCount(5 if ceiling < (10_000 if text_scale() < 1.25 else 1_000) else 3)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(x_axis)
    for axis in (categories, x_axis):
        _style_axis(axis)
    return ChartView(chart, *_figure_rows(labels, values, None), on_click)


class LegendEntry(Clickable, QLabel):
    """A donut legend line that opens its slice's records: a swatch of the slice's colour, its
    label and its share. A screen reader hears the label and the share, not the swatch's
    character ("black square")."""

    def __init__(self, color: str, label: str, share: str,
                 on_click: Callable[[], None] | None, parent=None):
        super().__init__(f'<span style="color:{color}">&#9632;</span>&nbsp;{escape(label)} '
                         f"<b>{share}</b>", parent)
        self.setAccessibleName(f"{label} {share}")
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
    colors = series_colors()
    for number, (label, value) in enumerate(slices):
        color = colors[number % len(colors)]
        piece = series.append(label, value)
        piece.setColor(QColor(color))
        piece.setBorderColor(_palette_color(QPalette.ColorRole.Base))
        click = (lambda n=number: on_click(n)) if on_click else None
        if click:
            piece.clicked.connect(click)
        entry = LegendEntry(color, label, i18n.percent(value / total), click)
        entry.setToolTip(f"{label}: {i18n.number(value, 0)}")
        legend.addWidget(entry)
        widget.legend.append(entry)
    legend.addStretch(1)
    chart.addSeries(series)
    headers = [tr_charts.tr("Item"), tr_charts.tr("Count"), tr_charts.tr("Share")]
    rows = [[label, i18n.number(value, 0), i18n.percent(value / total)]
            for label, value in slices]
    view = ChartView(chart, headers, rows, on_click)
    widget.view = view
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
