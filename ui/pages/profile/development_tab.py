"""The development tab: training enrollments and certifications with their expiry, and what
each completed training changed (What worked, issue 16).

`WhatWorkedTable` (one person's interventions) and `WhatWorkedDialog` (the average per
training program or per mentor) are also used by the mentoring tab and the training and
mentoring pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorapp.models import ENROLLMENT_STATUS_CHOICES, FUNDED_BY_CHOICES, PROGRAM_TYPE_CHOICES
from mentorapp.services import (
    training,
    what_worked,
)
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.i18n import Context, label, number
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import ProfileTab, button_row, heading, keep_rows, record_table
from ui.tasks import run_task
from ui.widgets.sizing import fit_to_screen

tr_development_tab = Context("tr_development_tab")

EXPIRING_DAYS = 30
PLANNED_OR_UNDER_WAY = ("planned", "enrolled", "in_progress")  # not completed, failed, cancelled
KIND_WORDS = {"training": QT_TRANSLATE_NOOP("tr_development_tab", "Training"),
              "mentorship": QT_TRANSLATE_NOOP("tr_development_tab", "Mentorship"),
              "coaching": QT_TRANSLATE_NOOP("tr_development_tab", "Coaching session")}


def expiry_text(row: dict) -> str:
    expires = row.get("expires_on")
    if not expires:
        return ""
    if expires < dt.date.today():
        return tr_development_tab.tr("{date} (expired)").format(date=show(expires))
    if expires <= dt.date.today() + dt.timedelta(days=EXPIRING_DAYS):
        return tr_development_tab.tr("{date} (expires soon)").format(date=show(expires))
    return show(expires)


# -- What worked -----------------------------------------------------------------------------
def how_it_reads() -> str:
    return tr_development_tab.tr(
        "Before and after: the %n months either side of the intervention's month. Similar "
        "people: same client and role, without it. Difference: this person's change minus "
        "theirs.", None, what_worked.WINDOW_MONTHS)


def _figure(key: str):
    return lambda row: what_worked.figure_text(row.get(key), row["unit"], row["decimals"])


def _difference(key: str):
    return lambda row: what_worked.difference_text(row.get(key), row["unit"], row["decimals"])


def _verdict(row: dict) -> str:
    """The service's verdict in the core's words, the same the What worked report shows."""
    return label(row["verdict"])


# Sorted by verdict, the ones that say something come first (not in the words' order, which
# put the one "Worse" below every "Too few to say").
VERDICT_ORDER = {"better": 0, "worse": 1, "no difference": 2, what_worked.TOO_FEW: 3}


def verdict_column() -> Column:
    return Column("verdict", tr_development_tab.tr("Verdict"), text=_verdict, width=150,
                  order=lambda row: VERDICT_ORDER.get(row["verdict"], len(VERDICT_ORDER)))


def _kind(row: dict) -> str:
    return tr_development_tab.tr(KIND_WORDS[row["kind"]])


def measure_words() -> list[str]:
    """The fixed measures' names in the window's language, which the measure column starts
    wide enough for (a KPI metric's name is data)."""
    return [what_worked.measure_name({"measure_key": key, **measure})
            for key, measure in what_worked.FIXED_MEASURES.items()]


def intervention_columns() -> list[Column]:
    return [Column("date", tr_development_tab.tr("Date"), width=90),
            Column("label", tr_development_tab.tr("Intervention"), width=220,
                   text=what_worked.intervention_label),
            Column("measure", tr_development_tab.tr("Measure"), width=130,
                   text=what_worked.measure_name, words=measure_words),
            Column("before", tr_development_tab.tr("Before"), text=_figure("before"), width=80),
            Column("after", tr_development_tab.tr("After"), text=_figure("after"), width=80),
            Column("change", tr_development_tab.tr("Change"), text=_difference("change"),
                   width=80),
            Column("comparison_change", tr_development_tab.tr("Similar people's change"),
                   text=_difference("comparison_change"), width=150),
            Column("comparison_n", tr_development_tab.tr("Similar people"), numeric=True,
                   width=100),
            Column("did", tr_development_tab.tr("Difference"), text=_difference("did"), width=90),
            verdict_column(),
            Column("warning", tr_development_tab.tr("Note"), width=400)]


def summary_columns(group: str) -> list[Column]:
    name = tr_development_tab.tr("Training program") if group == "program" \
        else tr_development_tab.tr("Mentor")
    kind = [] if group == "program" else [
        Column("kind", tr_development_tab.tr("Kind"), text=_kind, width=130)]
    # the verdict next to what it is about, before the figures behind it
    return [Column(group, name, width=200), *kind,
            Column("measure", tr_development_tab.tr("Measure"), width=130,
                   text=what_worked.measure_name, words=measure_words),
            verdict_column(),
            Column("mean", tr_development_tab.tr("Average difference"), text=_difference("mean"),
                   width=130),
            Column("spread", tr_development_tab.tr("Spread (SD)"),  # of differences: in points
                   text=lambda row: _difference("spread")(row).lstrip("+"), width=90),
            Column("n", tr_development_tab.tr("Interventions"), numeric=True, width=95),
            Column("comparison_n", tr_development_tab.tr("Similar people"), numeric=True,
                   width=100),
            Column("warning", tr_development_tab.tr("Note"), width=400)]


class WhatWorkedTable(QWidget):
    """One person's interventions of some kinds with their figures, loaded off the GUI thread
    (the comparison groups take a moment on a large account)."""

    def __init__(self, staff_id: int, kinds: tuple[str, ...], title: str, parent=None):
        super().__init__(parent)
        self.staff_id, self.kinds = staff_id, kinds
        self.status = QLabel(wordWrap=True)
        self.table = record_table(intervention_columns())
        keep_rows(self.table, 3)
        hint = QLabel(how_it_reads(), wordWrap=True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title))
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        self.status.setText(tr_development_tab.tr("Working out what changed…"))
        run_task(what_worked.for_staff, self.staff_id, kinds=self.kinds,
                 on_done=self.show_rows, owner=self)

    def show_rows(self, rows: list[dict]) -> None:
        self.table.set_rows(rows)
        if not rows:
            self.status.setText(tr_development_tab.tr(
                "Nothing to compare yet: no intervention of this kind in the last two years."))
            return
        sure = [r for r in rows if not r["too_few"] and r["verdict"]]
        better = sum(r["verdict"] == "better" for r in sure)
        self.status.setText(tr_development_tab.tr(
            "%n figures compared; {sure} with at least {minimum} similar people ({better} "
            "better, {other} worse or no different). The others are too few to say.", None,
            len(rows)).format(sure=number(len(sure)), minimum=number(what_worked.MIN_PEOPLE),
                              better=number(better), other=number(len(sure) - better)))


class WhatWorkedDialog(QDialog):
    """The average difference per training program (`group="program"`) or per mentor over a
    period, with its spread and the too-few warning."""

    PERIODS = ((3, 91), (6, 182), (12, 365))  # (months, days): the choice's data are days

    def __init__(self, group: str, parent=None):
        super().__init__(parent)
        self.group = group
        self.setWindowTitle(tr_development_tab.tr("What worked: training programs")
                            if group == "program"
                            else tr_development_tab.tr("What worked: mentors"))
        self.period = QComboBox()
        for months, days in self.PERIODS:
            self.period.addItem(tr_development_tab.tr("Last %n months", None, months), days)
        self.period.setCurrentIndex(len(self.PERIODS) - 1)
        self.period.currentIndexChanged.connect(lambda _index: self.load())
        self.status = QLabel(wordWrap=True)
        self.table = record_table(summary_columns(group))
        hint = QLabel(how_it_reads() + " " + tr_development_tab.tr(
            "Average: over the interventions dated in the period; fewer than {minimum} on "
            "either side is too few to say.").format(minimum=number(what_worked.MIN_PEOPLE)),
            wordWrap=True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr_development_tab.tr("Interventions dated")))
        row.addWidget(self.period)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 600)
        self.load()

    def load(self) -> None:
        today = dt.date.today()
        start = today - dt.timedelta(days=self.period.currentData())
        kinds = ("training",) if self.group == "program" else ("mentorship", "coaching")
        self.status.setText(tr_development_tab.tr("Working out what changed…"))
        run_task(lambda: what_worked.compute(start, today, kinds=kinds)[f"by_{self.group}"],
                 on_done=self.show_rows, owner=self)

    def show_rows(self, rows: list[dict]) -> None:
        self.table.set_rows(rows)
        sure = sum(not r["too_few"] for r in rows)
        self.status.setText(tr_development_tab.tr(
            "%n rows; {sure} with enough people to say something.", None, len(rows)).format(
            sure=number(sure)) if rows
            else tr_development_tab.tr("No interventions in this period."))


class DevelopmentTab(ProfileTab):
    """Training and professional development; certifications with their expiry."""

    title = QT_TRANSLATE_NOOP("tr_development_tab", "Development")
    translations = tr_development_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.enroll = QPushButton(tr_development_tab.tr("Enroll in training…"))
        self.enroll.clicked.connect(lambda: self.open_dialog(EnrollmentDialog(staff=staff_id)))
        self.totals = QLabel()
        self.table = record_table([
            Column("program_name", tr_development_tab.tr("Program"), width=320),
            choice("program_type", tr_development_tab.tr("Type"),
                   codes=PROGRAM_TYPE_CHOICES, width=120),
            choice("status", tr_development_tab.tr("Status"),
                   codes=ENROLLMENT_STATUS_CHOICES, width=95),
            Column("start_date", tr_development_tab.tr("Start"), width=95),
            Column("completed_date", tr_development_tab.tr("Completed"), width=95),
            Column("hours", tr_development_tab.tr("Hours"), numeric=True, width=60),
            Column("score", tr_development_tab.tr("Score"), numeric=True, width=60),
            Column("expires_on", tr_development_tab.tr("Certificate expires"), text=expiry_text,
                   width=170),
            choice("funded_by", tr_development_tab.tr("Funded by"),
                   codes=FUNDED_BY_CHOICES, width=90)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(EnrollmentDialog(row["id"])))
        self.what_worked = WhatWorkedTable(
            staff_id, ("training",), tr_development_tab.tr("What worked: completed trainings"))
        enrollments = QWidget()
        top = QVBoxLayout(enrollments)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(button_row(self.enroll))
        top.addWidget(self.totals)
        top.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(enrollments)
        split.addWidget(self.what_worked)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def load(self) -> None:
        rows = training.enrollments.list(staff=self.staff_id, sort="start_date",
                                         descending=True, limit=None)
        self.table.set_rows(rows)
        done = [r for r in rows if r["status"] == "completed"]
        hours = sum(r["hours"] or 0 for r in done)
        valid = [r for r in done if r["expires_on"] and r["expires_on"] >= dt.date.today()]
        planned_or_under_way = [r for r in rows if r["status"] in PLANNED_OR_UNDER_WAY]
        self.totals.setText(" · ".join((
            tr_development_tab.tr("{count} completed ({hours} hours)").format(
                count=number(len(done)), hours=show(float(hours))),
            tr_development_tab.tr("%n valid certifications", None, len(valid)),
            tr_development_tab.tr("{count} planned or in progress").format(
                count=number(len(planned_or_under_way))))))
        self.what_worked.load()
