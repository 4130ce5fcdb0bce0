"""The dashboard's charts: clicking a point, a bar or a legend entry names what was clicked;
the rating axis leaves room above 5; legends are never cut short."""

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import QPoint, QPointF, Qt

from ui.widgets import charts

pytestmark = offscreen_warnings


def shown(qtbot, widget, width=420, height=260):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_at(qtbot, view, value: QPointF) -> None:
    """Click where a value is drawn in a chart view."""
    position = view.chart().mapToPosition(value)
    point = view.mapFromScene(position)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(),
                                                                             point.y()))


def test_line_chart_click_names_the_point_and_the_axis_tops_above_5(qtbot):
    clicked = []
    view = shown(qtbot, charts.line_chart(["Jan 2026", "Feb 2026", "Mar 2026"], [3.5, 5.0, 4.25],
                                          minimum=1, maximum=5.4, on_click=clicked.append))
    values = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert (values.min(), values.max()) == (1, 5.4)
    assert values.tickInterval() == 1 and values.tickAnchor() == 1  # ticks 1, 2, 3, 4, 5
    click_at(qtbot, view, QPointF(1, 5.0))  # the point at the top
    assert clicked == [1]
    months = view.chart().axes(Qt.Orientation.Horizontal)[0].categoriesLabels()
    assert months == ["Jan 2026", "Feb 2026", "Mar 2026"]


def test_a_year_of_months_is_labelled_every_fourth_month_up_to_the_last(qtbot):
    labels = [f"{month} 2026" for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                            "Aug", "Sep", "Oct", "Nov", "Dec")]
    view = shown(qtbot, charts.line_chart(labels, [4.0] * 12, minimum=1, maximum=5.4),
                 width=300)
    axis = view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categoriesLabels() == ["Apr 2026", "Aug 2026", "Dec 2026"]


def test_bar_chart_click_names_the_bar_in_the_order_given(qtbot):
    clicked = []
    view = shown(qtbot, charts.bar_chart(["Acme", "Beta", "Cora"], [30, 10, 20],
                                         on_click=clicked.append))
    # first label on top: the bars are drawn bottom-up, so "Acme" is category 2
    click_at(qtbot, view, QPointF(15, 2))
    click_at(qtbot, view, QPointF(5, 1))
    assert clicked == [0, 1]


@pytest.mark.parametrize("width", [260, 420])
def test_donut_legend_is_readable_and_opens_by_mouse_and_keyboard(qtbot, width):
    clicked = []
    slices = [("Management", 50), ("Client", 30), ("Peer", 15), ("Self", 5)]
    donut = shown(qtbot, charts.donut_chart(slices, on_click=clicked.append), width=width)
    assert len(donut.legend) == 4
    for entry, (label, _count) in zip(donut.legend, slices, strict=True):
        assert label in entry.text()
        assert entry.width() >= entry.sizeHint().width()  # never cut short
        assert entry.geometry().right() <= donut.width()
    assert "50%" in donut.legend[0].text()
    qtbot.mouseClick(donut.legend[2], Qt.MouseButton.LeftButton)
    donut.legend[1].setFocus()
    qtbot.keyClick(donut.legend[1], Qt.Key.Key_Return)
    assert clicked == [2, 1]


def test_charts_without_a_click_handler_are_not_clickable(qtbot):
    donut = shown(qtbot, charts.donut_chart([("Peer", 1)]))
    assert donut.legend[0].focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(donut.legend[0], Qt.MouseButton.LeftButton)  # nothing to call: no error


def test_five_digit_bar_axes_have_fewer_labels(qtbot):
    small = shown(qtbot, charts.bar_chart(["Acme"], [4_200]))
    big = shown(qtbot, charts.bar_chart(["Acme"], [14_200]))
    assert small.chart().axes(Qt.Orientation.Horizontal)[0].tickCount() == 5
    axis = big.chart().axes(Qt.Orientation.Horizontal)[0]
    assert (axis.max(), axis.tickCount()) == (20_000, 3)


@pytest.mark.parametrize("language, shown", [("en", "500,000"), ("es", "500.000")])
def test_value_axes_write_numbers_in_the_window_language(qtbot, in_language, language, shown):
    """A company's training hours run to a million: "500,000" on the axis, not "500000"."""
    in_language(language)
    view = charts.bar_chart(["Acme", "Globex"], [620_000.0, 410_000.0])
    qtbot.addWidget(view)
    chart = view.chart()
    assert chart.localizeNumbers()
    assert chart.locale().toString(500_000.0, "f", 0) == shown
