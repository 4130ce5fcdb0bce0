"""The overview tab: the figures, rating trend, latest feedback, competencies and open
action items, from `profile.summary()`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import ACTION_OWNER_CHOICES, FEEDBACK_KIND_CHOICES, FEEDBACK_SOURCE_CHOICES
from mentorapp.services import mentoring, profile
from ui import theme
from ui.i18n import Context, date_text, month_text, number
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import (
    FillColumn,
    ProfileTab,
    heading,
    keep_rows,
    one_line,
    overdue_colour,
    record_table,
    scrolling_layout,
)

tr_overview_tab = Context("tr_overview_tab")



def figure(title: str) -> tuple[QLabel, QWidget]:
    """A figure card: a big value over a small caption."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    value = QLabel("–")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    caption = QLabel(title)
    caption.setWordWrap(True)
    layout = QVBoxLayout(card)
    layout.addWidget(value)
    layout.addWidget(caption)
    return value, card


class OverviewTab(ProfileTab):
    """Latest ratings, the rating trend, competency averages and open action items."""

    title = QT_TRANSLATE_NOOP("tr_overview_tab", "Overview")
    translations = tr_overview_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.summary: dict = {}
        cards = QGridLayout()
        self.figures = {}
        for column, (key, caption) in enumerate((
                ("rating", tr_overview_tab.tr("average rating, last 12 months")),
                ("trainings", tr_overview_tab.tr("trainings completed")),
                ("certifications", tr_overview_tab.tr("valid certifications")),
                ("actions", tr_overview_tab.tr("open action items")),
                ("check_in", tr_overview_tab.tr("next check-in")))):
            self.figures[key], card = figure(caption)
            cards.addWidget(card, 0, column)
        self.chart_box = QVBoxLayout()
        self.recent = record_table([
            # as wide as a date in the window's language: Spanish titles need the room
            Column("date", tr_overview_tab.tr("Date"), width=0,
                   words=lambda: [date_text(dt.date(2026, 12, 28))]),
            choice("source", tr_overview_tab.tr("Source"), codes=FEEDBACK_SOURCE_CHOICES, width=90),
            choice("kind", tr_overview_tab.tr("Kind"), codes=FEEDBACK_KIND_CHOICES, width=95),
            Column("rating", tr_overview_tab.tr("Rating"), numeric=True, width=60),
            Column("comment", tr_overview_tab.tr("Comment"), text=one_line("comment"),
                   width=320)])
        self.competencies = record_table([
            Column("competency", tr_overview_tab.tr("Competency"), width=170),
            Column("average", tr_overview_tab.tr("Average"), numeric=True,
                   width=70, text=lambda row: number(row["average"], 2),  # as the card: 3.50
                   order=lambda row: row["average"])])
        self.actions = record_table([
            Column("text", tr_overview_tab.tr("Open action item"), text=one_line("text"),
                   width=320),
            choice("owner", tr_overview_tab.tr("Owner"), codes=ACTION_OWNER_CHOICES, width=80),
            Column("due_date", tr_overview_tab.tr("Due"), width=95, color=overdue_colour)])
        left = QVBoxLayout()
        left.addWidget(heading(tr_overview_tab.tr("Rating trend (average per month)")))
        left.addLayout(self.chart_box)
        left.addWidget(heading(tr_overview_tab.tr("Latest feedback")))
        left.addWidget(self.recent, 1)
        right = QVBoxLayout()
        # The period in the heading: the average's column stays narrow, the names whole.
        right.addWidget(heading(tr_overview_tab.tr("Competencies, last 12 months")))
        right.addWidget(self.competencies, 1)
        right.addWidget(heading(tr_overview_tab.tr("Open action items")))
        right.addWidget(self.actions, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        for table, rows in ((self.recent, 5), (self.competencies, 4), (self.actions, 3)):
            keep_rows(table, rows)
        FillColumn(self.recent, 4)  # the comment
        for table in (self.competencies, self.actions):
            FillColumn(table, 0)
        layout = scrolling_layout(self)
        layout.addLayout(cards)
        layout.addLayout(columns, 1)

    def load(self) -> None:
        summary = self.summary
        average = summary["average_rating_12_months"]
        rated = summary["rated_feedback_12_months"]
        self.figures["rating"].setText(
            tr_overview_tab.tr("{average} (%n rated)", None, rated).format(
                average=number(average, 2)) if average is not None
            else tr_overview_tab.tr("No ratings"))
        self.figures["trainings"].setText(tr_overview_tab.tr("{count} ({hours} h)").format(
            count=number(summary["trainings_completed"]),
            hours=show(summary["training_hours"])))
        self.figures["certifications"].setText(number(summary["valid_certifications"]))
        self.figures["actions"].setText(number(summary["open_action_items"]))
        due = summary["next_check_in"]
        self.figures["check_in"].setText(show(due) if due
                                         else tr_overview_tab.tr("None planned"))
        theme.mark_error(self.figures["check_in"], summary["check_in_overdue"])
        self.recent.set_rows(summary["recent_feedback"])
        self.competencies.set_rows([{"competency": name, "average": value}
                                    for name, value in summary["competency_averages"].items()])
        self.actions.set_rows(mentoring.actions.list(mentee=self.staff_id, open=True,
                                                     sort="due_date", limit=None))
        self._show_trend()

    def _show_trend(self) -> None:
        while self.chart_box.count():
            self.chart_box.takeAt(0).widget().deleteLater()
        trend = profile.rating_trend(self.staff_id)
        if not trend:
            self.chart_box.addWidget(QLabel(
                tr_overview_tab.tr("No rated feedback in the last 12 months.")))
            return
        from ui.widgets.charts import line_chart  # QtCharts loads on the first chart only

        months = [month_text(int(row["month"][:4]), int(row["month"][5:7])) for row in trend]
        chart = line_chart(months, [row["average"] for row in trend], minimum=1, maximum=5)
        chart.setMinimumHeight(200)
        self.chart_box.addWidget(chart)
