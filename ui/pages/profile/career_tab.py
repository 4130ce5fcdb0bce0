"""The career plan tab: readiness for the next role (or a chosen one), goals by horizon,
self-assessments and check-ins."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import (
    GOAL_HORIZON_CHOICES,
)
from mentorapp.services import (
    careers,
    readiness,
)
from ui import i18n, theme
from ui.dialogs.checkin_dialog import CheckInDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.self_assessment_dialog import SelfAssessmentDialog
from ui.i18n import Context, core_word, label, number
from ui.models.table import Column, show
from ui.pages.profile.tab import (
    ProfileTab,
    button_row,
    escape,
    heading,
    keep_rows,
    one_line,
    record_table,
    scrolling_layout,
)

tr_career_tab = Context("tr_career_tab")

STATUS_WORDS = {"met": QT_TRANSLATE_NOOP("tr_career_tab", "Met"),
                "expiring": QT_TRANSLATE_NOOP("tr_career_tab", "Met, expires soon"),
                "soon": QT_TRANSLATE_NOOP("tr_career_tab", "Within 6 months"),
                "gap": QT_TRANSLATE_NOOP("tr_career_tab", "Gap")}
STATUS_COLORS = {"gap": theme.DANGER, "expiring": theme.WARNING, "soon": theme.INFO,
                 "met": theme.SUCCESS}


class CareerTab(ProfileTab):
    """Readiness for a role, goals with progress bars by horizon, self-assessments,
    check-ins and the next one due."""

    title = QT_TRANSLATE_NOOP("tr_career_tab", "Career plan")
    translations = tr_career_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add_goal = QPushButton(tr_career_tab.tr("Add goal…"))
        self.add_assessment = QPushButton(tr_career_tab.tr("Add self-assessment…"))
        self.add_check_in = QPushButton(tr_career_tab.tr("Log check-in…"))
        self.add_goal.clicked.connect(lambda: self.open_dialog(GoalDialog(staff=staff_id)))
        self.add_assessment.clicked.connect(
            lambda: self.open_dialog(SelfAssessmentDialog(staff=staff_id)))
        self.add_check_in.clicked.connect(
            lambda: self.open_dialog(CheckInDialog(staff=staff_id)))
        self.role_choice = QComboBox()
        self.role_choice.setObjectName("readiness_role")
        self.role_choice.setToolTip(tr_career_tab.tr("The role to assess readiness for"))
        self.role_choice.activated.connect(lambda _i: self.show_readiness())
        self.readiness_summary = QLabel()
        self.readiness_summary.setWordWrap(True)
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setRange(0, 100)
        # The percentage beside the bar, not on it: a digit half under the fill read as
        # another ("33%" as "83%").
        self.readiness_bar.setTextVisible(False)
        self.readiness_bar.setFixedWidth(120)
        self.readiness_percent = QLabel()
        self.readiness_percent.setObjectName("readiness_percent")
        self.gaps = record_table([
            Column("name", tr_career_tab.tr("Requirement"), width=190),
            Column("status", tr_career_tab.tr("Standing"), width=110,
                   text=lambda r: tr_career_tab.tr(STATUS_WORDS[r["status"]]),
                   color=lambda r: theme.status_color(STATUS_COLORS[r["status"]])
                   if r["status"] in STATUS_COLORS else None),
            # the last column stretches: what closes a gap is in view at 1024 pixels too
            Column("detail", tr_career_tab.tr("Now"), width=230, tip=tr_career_tab.tr(
                "A competency's figure weighs recent ratings more than older ones, so it can "
                "differ from the Overview's plain average of the last 12 months")),
            Column("closer", tr_career_tab.tr("What closes it"), width=160)])
        self.gaps.setObjectName("readiness_gaps")
        rows = self.gaps.verticalHeader().defaultSectionSize()
        self.gaps.setMaximumHeight(rows * 7 + 6)  # six gaps without scrolling
        readiness_box = QGroupBox(tr_career_tab.tr("Readiness"))
        box = QVBoxLayout(readiness_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr_career_tab.tr("Role:")))
        top.addWidget(self.role_choice)
        top.addWidget(self.readiness_bar)
        top.addWidget(self.readiness_percent)
        top.addWidget(self.readiness_summary, 1)
        box.addLayout(top)
        box.addWidget(self.gaps)
        self.goals_box = QWidget()
        self.goals_row = QHBoxLayout(self.goals_box)
        self.goals_row.setContentsMargins(0, 0, 0, 0)
        self.goal_bars: dict[int, QProgressBar] = {}
        self.next_due = QLabel()
        self.assessments = record_table([
            Column("date", tr_career_tab.tr("Date"), width=95),
            Column("strengths", tr_career_tab.tr("Strengths"), text=one_line("strengths"),
                   width=220),
            Column("values", tr_career_tab.tr("Values"), text=one_line("values"), width=180),
            Column("interests", tr_career_tab.tr("Interests"), text=one_line("interests"),
                   width=180),
            Column("development_areas", tr_career_tab.tr("Development areas"),
                   text=one_line("development_areas"), width=220)])
        self.check_ins = record_table([
            Column("date", tr_career_tab.tr("Date"), width=95),
            Column("reviewer", tr_career_tab.tr("Reviewer"), width=150),
            Column("next_date", tr_career_tab.tr("Next check-in"), width=110),
            Column("notes", tr_career_tab.tr("Notes"), text=one_line("notes"), width=400)])
        self.assessments.record_activated.connect(
            lambda row: self.open_dialog(SelfAssessmentDialog(row["id"])))
        self.check_ins.record_activated.connect(
            lambda row: self.open_dialog(CheckInDialog(row["id"])))
        for table, rows in ((self.gaps, 3), (self.check_ins, 2), (self.assessments, 2)):
            keep_rows(table, rows)
        layout = scrolling_layout(self)
        layout.addLayout(button_row(self.add_goal, self.add_assessment, self.add_check_in))
        layout.addWidget(readiness_box)
        layout.addWidget(heading(tr_career_tab.tr("Goals by horizon")))
        layout.addWidget(self.goals_box)
        layout.addWidget(heading(tr_career_tab.tr("Check-ins")))
        layout.addWidget(self.next_due)
        layout.addWidget(self.check_ins, 1)
        layout.addWidget(heading(tr_career_tab.tr("Self-assessments")))
        layout.addWidget(self.assessments, 1)

    def load(self) -> None:
        self._fill_roles()
        self.show_readiness()
        goals = careers.goals.list(staff=self.staff_id, sort="horizon", limit=None)
        self._show_goals(goals)
        checks = careers.check_ins.list(staff=self.staff_id, sort="date", descending=True,
                                        limit=None)
        self.check_ins.set_rows(checks)
        self.assessments.set_rows(careers.self_assessments.list(
            staff=self.staff_id, sort="date", descending=True, limit=None))
        due = checks[0]["next_date"] if checks else None
        theme.mark_error(self.next_due, due is not None and due < dt.date.today())
        if due is None:
            self.next_due.setText(tr_career_tab.tr("No next check-in planned."))
        elif due < dt.date.today():
            late = tr_career_tab.tr("Next check-in was due on {date} (overdue)").format(
                date=show(due))
            self.next_due.setText(f"<b>{late}</b>")  # untranslated: markup
        else:
            self.next_due.setText(tr_career_tab.tr("Next check-in due on <b>{date}</b>").format(
                date=show(due)))

    def _fill_roles(self) -> None:
        """"Next role" first, then the company's roles and those of the person's account."""
        chosen = self.role_choice.currentData()
        self.role_choice.clear()
        self.role_choice.addItem(tr_career_tab.tr("Next role"), None)
        for role in readiness.role_choices(self.staff_id):
            where = f" ({role['client_name']})" if role["client_name"] else ""
            self.role_choice.addItem(f"{role['name']}{where}", role["id"])
        self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(chosen)))

    def show_readiness(self) -> None:
        """The chosen role's percentage and outlook, and each of its requirements: first
        those not met now (a certification that lapses within six months too) with what
        closes them, then those met."""
        result = readiness.readiness(self.staff_id, self.role_choice.currentData())
        self.readiness_result = result
        gaps = {(row["kind"], row["name"]) for row in result["gaps"]}
        rows = result["gaps"] + [row for row in result["checks"]
                                 if (row["kind"], row["name"]) not in gaps]
        self.gaps.set_rows(rows)
        self.gaps.setVisible(bool(rows))
        if result["role"] is None:
            self.readiness_bar.hide()
            self.readiness_percent.hide()
            self.readiness_summary.setText(escape(result["message"]) + ".")
            return
        self.readiness_bar.show()
        self.readiness_bar.setValue(result["percent"])
        self.readiness_percent.show()
        self.readiness_percent.setText(tr_career_tab.tr("{percent} ready").format(
            percent=i18n.percent(result["percent"] / 100)))
        role = result["role"]
        where = f" ({escape(role['client_name'])})" if role["client_name"] else ""
        now = result["current_role"]["name"] if result["current_role"] else \
            result["current_role_text"] or tr_career_tab.tr("no role")
        self.readiness_summary.setText(tr_career_tab.tr(
            "{role}: {met} of %n requirements met, <b>{outlook}</b>. Now: {now}.", None,
            result["total"]).format(role=f"<b>{escape(role['name'])}</b>{where}",
                                    met=number(result["met"]), outlook=core_word(result["outlook"]),
                                    now=escape(now)))

    def _show_goals(self, goals: list[dict]) -> None:
        """One column per horizon (1, 5, 10, 20 years), a progress bar per goal."""
        while self.goals_row.count():
            self.goals_row.takeAt(0).widget().deleteLater()
        self.goal_bars = {}
        for horizon in GOAL_HORIZON_CHOICES:
            group = QGroupBox(label(horizon))
            column = QGridLayout(group)
            mine = [g for g in goals if g["horizon_years"] == horizon]
            for row, goal in enumerate(mine):
                title = QLabel(f"<b>{escape(goal['title'])}</b>", wordWrap=True)
                title.setToolTip(goal["description"])
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setValue(goal["progress"])
                bar.setTextVisible(False)  # the percentage below, whole (see readiness_bar)
                self.goal_bars[goal["id"]] = bar
                target = " · " + tr_career_tab.tr("by {date}").format(
                    date=show(goal["target_date"])) if goal["target_date"] else ""
                status = QLabel(f"{i18n.percent(goal['progress'] / 100)} · "
                                f"{label(goal['status'])} · {label(goal['kind'])}{target}",
                                wordWrap=True)  # four columns fit at 1024 pixels
                edit = QToolButton(text=tr_career_tab.tr("Edit…"))
                edit.clicked.connect(lambda _=False, i=goal["id"]:
                                     self.open_dialog(GoalDialog(i)))
                column.addWidget(title, row * 3, 0)
                column.addWidget(edit, row * 3, 1)
                column.addWidget(bar, row * 3 + 1, 0, 1, 2)
                column.addWidget(status, row * 3 + 2, 0, 1, 2)
            if not mine:
                column.addWidget(QLabel(tr_career_tab.tr("No goals at this horizon."),
                                        wordWrap=True), 0, 0)
            column.setRowStretch(len(mine) * 3 + 1, 1)
            self.goals_row.addWidget(group, 1)
