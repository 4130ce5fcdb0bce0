"""The overview tab: the figures, rating trend, latest feedback, competencies and open
action items, from `profile.summary()`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorapp.services import mentoring, profile
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import ProfileTab, heading, one_line
from ui.widgets.record_table import RecordTable

OVERDUE = "#c62828"


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

    title = "Overview"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.summary: dict = {}
        cards = QGridLayout()
        self.figures = {}
        for number, (key, caption) in enumerate((
                ("rating", "average rating, last 12 months"),
                ("trainings", "trainings completed"),
                ("certifications", "valid certifications"),
                ("actions", "open action items"),
                ("check_in", "next check-in"))):
            self.figures[key], card = figure(caption)
            cards.addWidget(card, 0, number)
        self.chart_box = QVBoxLayout()
        self.recent = RecordTable([
            Column("date", "Date", width=95), choice("source", "Source", width=90),
            choice("kind", "Kind", width=95), Column("rating", "Rating", numeric=True, width=60),
            Column("comment", "Comment", text=one_line("comment"), width=320)])
        self.competencies = RecordTable([
            Column("competency", "Competency", width=170),
            Column("average", "Average (12 months)", numeric=True, width=130)])
        self.actions = RecordTable([
            Column("text", "Open action item", text=one_line("text"), width=320),
            choice("owner", "Owner", width=80), Column("due_date", "Due", width=95)])
        left = QVBoxLayout()
        left.addWidget(heading("Rating trend (average per month)"))
        left.addLayout(self.chart_box)
        left.addWidget(heading("Latest feedback"))
        left.addWidget(self.recent, 1)
        right = QVBoxLayout()
        right.addWidget(heading("Competencies"))
        right.addWidget(self.competencies, 1)
        right.addWidget(heading("Open action items"))
        right.addWidget(self.actions, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(columns, 1)

    def load(self) -> None:
        summary = self.summary
        average = summary["average_rating_12_months"]
        self.figures["rating"].setText(
            f"{average:.2f} ({summary['rated_feedback_12_months']} rated)"
            if average is not None else "No ratings")
        self.figures["trainings"].setText(
            f"{summary['trainings_completed']} ({show(summary['training_hours'])} h)")
        self.figures["certifications"].setText(str(summary["valid_certifications"]))
        self.figures["actions"].setText(str(summary["open_action_items"]))
        due = summary["next_check_in"]
        self.figures["check_in"].setText(due.isoformat() if due else "None planned")
        self.figures["check_in"].setStyleSheet(
            f"color: {OVERDUE}" if summary["check_in_overdue"] else "")
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
            self.chart_box.addWidget(QLabel("No rated feedback in the last 12 months."))
            return
        from ui.widgets.charts import line_chart  # QtCharts loads on the first chart only

        chart = line_chart([row["month"] for row in trend], [row["average"] for row in trend],
                           minimum=1, maximum=5)
        chart.setMinimumHeight(200)
        self.chart_box.addWidget(chart)
