"""The KPI tab: each metric the person has figures for, its latest month against the target
(with a status word, not colour alone), and the 12 months of the selected metric as a chart.

`value_text` and `status_text` are how every KPI figure reads in the app (the dashboard and My
work show the same words)."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout

from mentorapp.services import kpi
from ui import i18n, theme
from ui.i18n import Context
from ui.models.table import Column
from ui.pages.profile.tab import ProfileTab, record_table

tr_kpi_tab = Context("tr_kpi_tab")

STATUS_WORDS = {"met": QT_TRANSLATE_NOOP("tr_kpi_tab", "On target"),
                "warning": QT_TRANSLATE_NOOP("tr_kpi_tab", "Warning"),
                "below": QT_TRANSLATE_NOOP("tr_kpi_tab", "Below target")}
TREND_WORDS = {"improving": QT_TRANSLATE_NOOP("tr_kpi_tab", "Improving"),
               "worsening": QT_TRANSLATE_NOOP("tr_kpi_tab", "Worsening"),
               "steady": QT_TRANSLATE_NOOP("tr_kpi_tab", "Steady")}
STATUS_COLORS = {"met": theme.SUCCESS, "warning": theme.WARNING, "below": theme.DANGER}
SPARK = "▁▂▃▄▅▆▇█"


def value_text(value: float | None, unit: str, decimals: int = 0) -> str:
    """A figure in its unit: seconds as m:ss (h:mm:ss from an hour), percent with %."""
    if value is None:
        return ""
    if unit == "seconds":
        total = round(value)
        sign, total = ("-" if total < 0 else ""), abs(total)
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        return (f"{sign}{hours}:{minutes:02d}:{seconds:02d}" if hours
                else f"{sign}{minutes}:{seconds:02d}")
    text = f"{value:,.{decimals}f}" if i18n.current_language() == i18n.ENGLISH \
        else i18n.number(value, decimals)  # English as before, whatever the system locale
    return f"{text}%" if unit == "percent" else text


def status_text(status: str | None) -> str:
    return tr_kpi_tab.tr(STATUS_WORDS[status]) if status in STATUS_WORDS else ""


def status_color(status: str | None) -> QColor | None:
    """The status word's colour in the theme (readable on its table rows)."""
    return theme.status_color(STATUS_COLORS[status]) if status in STATUS_COLORS else None


def attainment_text(value: float | None) -> str:
    return i18n.percent(value) if value is not None and math.isfinite(value) else ""


def month_text(month) -> str:
    return i18n.month_text(month.year, month.month) if month else ""


def trend_text(trend: str | None) -> str:
    return tr_kpi_tab.tr(TREND_WORDS[trend]) if trend in TREND_WORDS else ""


def sparkline(values: list[float | None]) -> str:
    """The months as block characters from lowest to highest (a gap where none came in)."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    steps = len(SPARK) - 1
    return "".join(" " if v is None else
                   SPARK[round((v - low) / (high - low) * steps) if high > low else steps // 2]
                   for v in values)


def _latest(row: dict, key: str):
    return row["latest"][key] if row["latest"] else None


def _figure(row: dict, value) -> str:
    return value_text(value, row["unit"], row["decimals"])


def axis_range(values: list[float]) -> tuple[float, float, float]:
    """(minimum, maximum, tick interval) of a value axis around `values`: about four round
    steps, with room above and below the points."""
    low, high = min(values), max(values)
    span = (high - low) or abs(high) or 1.0
    raw = span / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    minimum = math.floor(low / step) * step
    if low - minimum < step * 0.1:
        minimum -= step
    maximum = math.ceil(high / step) * step
    if maximum - high < step * 0.1:
        maximum += step * 0.5
    return minimum, maximum, step


def axis_format(unit: str, step: float) -> str:
    """The value axis's label format: as many decimals as the step has (87.5 is not "88"),
    with the unit's sign. The charts write numbers in the window's language, for which
    QtCharts replaces the number's part of the format and keeps the rest as it is: a
    printf "%%" would show as "%%"."""
    decimals = 0 if step == int(step) else 1
    return f"%.{decimals}f" + {"seconds": " s", "percent": "%"}.get(unit, "")


def columns() -> list[Column]:
    """What a reader needs first comes first: at 1024 pixels the last ones scroll."""
    return [
        Column("metric", tr_kpi_tab.tr("Metric"), width=150,
               text=lambda r: r["metric"] + (f" · {r['line_of_business']}"
                                             if r["line_of_business"] else "")),
        Column("value", tr_kpi_tab.tr("Figure"), width=70,
               text=lambda r: _figure(r, _latest(r, "value"))),
        Column("target", tr_kpi_tab.tr("Target"), width=70, text=lambda r: _figure(r, r["target"])),
        Column("status", tr_kpi_tab.tr("Status"), width=100,
               text=lambda r: status_text(_latest(r, "status")),
               color=lambda r: status_color(_latest(r, "status")),
               words=lambda: [status_text(status) for status in STATUS_WORDS]),
        Column("attainment", tr_kpi_tab.tr("Attainment"), width=80,
               text=lambda r: attainment_text(_latest(r, "attainment"))),
        Column("months", tr_kpi_tab.tr("12 months"), width=135,
               text=lambda r: sparkline([m["value"] for m in r["months"]])),
        Column("trend", tr_kpi_tab.tr("Trend"), width=85, text=lambda r: trend_text(r["trend"]),
               words=lambda: [trend_text(trend) for trend in TREND_WORDS]),
        Column("month", tr_kpi_tab.tr("Latest month"), width=95,
               text=lambda r: month_text(_latest(r, "month"))),
        Column("client_name", tr_kpi_tab.tr("Client"), width=130),
    ]


class KpiTab(ProfileTab):
    """One row per metric; the chart below follows the selected row (keyboard or mouse)."""

    title = QT_TRANSLATE_NOOP("tr_kpi_tab", "KPIs")
    translations = tr_kpi_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.rows: list[dict] = []
        self.hint = QLabel(tr_kpi_tab.tr("Each metric's latest month against its target. "
                                         "Select a metric to see its last 12 months."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.table = record_table(columns())
        self.table.setObjectName("kpis")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_chart())
        self.chart_box = QGroupBox(tr_kpi_tab.tr("Last 12 months"))
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_note = QLabel(wordWrap=True)
        self.chart_layout.addWidget(self.chart_note)
        self.chart = None
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([300, 260])
        self.empty = QLabel(tr_kpi_tab.tr(
            "No KPI figures for this person in the last 12 months.\n\nFigures come in by "
            "importing the client's KPI workbook or CSV (Employee ID, date, metric, value), for "
            "the metrics defined on the client (Clients page, KPIs…). On the command line: "
            "template kpi --client NAME, then import kpi FILE."), wordWrap=True)
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.empty, 1)

    def load(self) -> None:
        self.rows = kpi.person_kpis(self.staff_id)
        self.table.set_rows(self.rows)
        has_rows = bool(self.rows)
        self.empty.setVisible(not has_rows)
        self.split.setVisible(has_rows)
        self.hint.setVisible(has_rows)
        if has_rows:
            self.table.selectRow(0)
        self.show_chart()

    def show_chart(self) -> None:
        """The selected metric's months with a figure, as a line."""
        from ui.widgets import charts

        if self.chart is not None:
            self.chart_layout.removeWidget(self.chart)
            self.chart.hide()  # (deleted when control returns to the event loop)
            self.chart.deleteLater()
            self.chart = None
        row = self.table.current_record()
        if row is None:
            self.chart_box.setTitle(tr_kpi_tab.tr("Last 12 months"))
            self.chart_note.setText(tr_kpi_tab.tr("Select a metric to see its last 12 months."))
            return
        months = [m for m in row["months"] if m["value"] is not None]
        target = _figure(row, row["target"])
        self.chart_box.setTitle((
            tr_kpi_tab.tr("{metric}: last 12 months (target {target}, higher is better)")
            if row["better"] == "higher" else
            tr_kpi_tab.tr("{metric}: last 12 months (target {target}, lower is better)")).format(
            metric=row["metric"], target=target))
        if len(months) < 2:
            self.chart_note.setText(
                tr_kpi_tab.tr("Only one month with a figure so far: the chart needs two.") if months
                else tr_kpi_tab.tr("No figures in the last 12 months."))
            self.chart_note.show()
            return
        self.chart_note.hide()
        values = [m["value"] for m in months]
        minimum, maximum, step = axis_range(
            values + [row["target"]] + ([row["warning"]] if row["warning"] is not None else []))
        value_format = axis_format(row["unit"], step)
        self.chart = charts.line_chart(
            [month_text(m["month"]) for m in months], values, minimum=minimum,
            maximum=maximum, tick_interval=step, value_format=value_format,
            tips=[f"{month_text(m['month'])}: {_figure(row, m['value'])} "
                  f"({status_text(m['status']).lower()})" for m in months])
        self.chart.setMinimumHeight(160)  # the table keeps its rows at 1024 x 700
        self.chart_layout.addWidget(self.chart, 1)
