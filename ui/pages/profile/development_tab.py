"""The development tab: training enrollments and certifications with their expiry, and what
each completed training changed (What worked, issue 16).

`WhatWorkedTable` (one person's interventions) and `WhatWorkedDialog` (the average per
training program or per mentor) are also used by the mentoring tab and the training and
mentoring pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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

from mentorapp.services import (
    training,
    what_worked,
)
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import ProfileTab, button_row, heading
from ui.tasks import run_task
from ui.widgets.record_table import RecordTable

EXPIRING_DAYS = 30


def expiry_text(row: dict) -> str:
    expires = row.get("expires_on")
    if not expires:
        return ""
    if expires < dt.date.today():
        return f"{expires.isoformat()} (expired)"
    if expires <= dt.date.today() + dt.timedelta(days=EXPIRING_DAYS):
        return f"{expires.isoformat()} (expires soon)"
    return expires.isoformat()


# -- What worked -----------------------------------------------------------------------------
HOW_IT_READS = (f"Before and after: the {what_worked.WINDOW_MONTHS} months either side of the "
                "intervention's month. Similar people: same client and role, without it. "
                "Difference: this person's change minus theirs.")


def _figure(key: str):
    return lambda row: what_worked.figure_text(row.get(key), row["unit"], row["decimals"])


def _difference(key: str):
    return lambda row: what_worked.difference_text(row.get(key), row["unit"], row["decimals"])


def _verdict(row: dict) -> str:
    word = (row.get("verdict") or "").capitalize()
    return f"{word} (too few to say)" if word and row.get("too_few") else word


def intervention_columns() -> list[Column]:
    return [Column("date", "Date", width=90),
            Column("label", "Intervention", width=220),
            Column("measure", "Measure", width=130),
            Column("before", "Before", text=_figure("before"), width=80),
            Column("after", "After", text=_figure("after"), width=80),
            Column("change", "Change", text=_difference("change"), width=80),
            Column("comparison_change", "Similar people's change",
                   text=_difference("comparison_change"), width=150),
            Column("comparison_n", "Similar people", numeric=True, width=100),
            Column("did", "Difference", text=_difference("did"), width=90),
            Column("verdict", "Verdict", text=_verdict, width=150),
            Column("warning", "Note", width=400)]


def summary_columns(group: str) -> list[Column]:
    name = {"program": "Training program", "mentor": "Mentor"}[group]
    kind = [] if group == "program" else [
        Column("kind", "Kind", text=lambda row: what_worked.KIND_NAMES[row["kind"]], width=130)]
    return [Column(group, name, width=220), *kind,
            Column("measure", "Measure", width=130),
            Column("n", "Interventions", numeric=True, width=95),
            Column("comparison_n", "Similar people", numeric=True, width=100),
            Column("mean", "Average difference", text=_difference("mean"), width=130),
            Column("spread", "Spread (SD)",  # of differences: percent in points
                   text=lambda row: _difference("spread")(row).lstrip("+"), width=90),
            Column("verdict", "Verdict", text=_verdict, width=150),
            Column("warning", "Note", width=400)]


class WhatWorkedTable(QWidget):
    """One person's interventions of some kinds with their figures, loaded off the GUI thread
    (the comparison groups take a moment on a large account)."""

    def __init__(self, staff_id: int, kinds: tuple[str, ...], title: str, parent=None):
        super().__init__(parent)
        self.staff_id, self.kinds = staff_id, kinds
        self.status = QLabel(wordWrap=True)
        self.table = RecordTable(intervention_columns())
        hint = QLabel(HOW_IT_READS, wordWrap=True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title))
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        self.status.setText("Working out what changed…")
        run_task(what_worked.for_staff, self.staff_id, kinds=self.kinds,
                 on_done=self.show_rows, owner=self)

    def show_rows(self, rows: list[dict]) -> None:
        self.table.set_rows(rows)
        if not rows:
            self.status.setText("Nothing to compare yet: no intervention of this kind in the "
                                "last two years.")
            return
        sure = [r for r in rows if not r["too_few"] and r["verdict"]]
        better = sum(r["verdict"] == "better" for r in sure)
        self.status.setText(
            f"{len(rows)} figure{'s' if len(rows) != 1 else ''} compared; {len(sure)} with "
            f"at least {what_worked.MIN_PEOPLE} similar people ({better} better, "
            f"{len(sure) - better} worse or no different). The others are too few to say.")


class WhatWorkedDialog(QDialog):
    """The average difference per training program (`group="program"`) or per mentor over a
    period, with its spread and the too-few warning."""

    PERIODS = {"Last 3 months": 91, "Last 6 months": 182, "Last 12 months": 365}

    def __init__(self, group: str, parent=None):
        super().__init__(parent)
        self.group = group
        self.setWindowTitle("What worked: " + ("training programs" if group == "program"
                                               else "mentors"))
        self.period = QComboBox()
        self.period.addItems(list(self.PERIODS))
        self.period.setCurrentText("Last 12 months")
        self.period.currentTextChanged.connect(lambda _text: self.load())
        self.status = QLabel(wordWrap=True)
        self.table = RecordTable(summary_columns(group))
        hint = QLabel(HOW_IT_READS + " Average: over the interventions dated in the period; "
                      f"fewer than {what_worked.MIN_PEOPLE} on either side is too few to say.",
                      wordWrap=True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel("Interventions dated"))
        row.addWidget(self.period)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)
        self.load()

    def load(self) -> None:
        today = dt.date.today()
        start = today - dt.timedelta(days=self.PERIODS[self.period.currentText()])
        kinds = ("training",) if self.group == "program" else ("mentorship", "coaching")
        self.status.setText("Working out what changed…")
        run_task(lambda: what_worked.compute(start, today, kinds=kinds)[f"by_{self.group}"],
                 on_done=self.show_rows, owner=self)

    def show_rows(self, rows: list[dict]) -> None:
        self.table.set_rows(rows)
        sure = sum(not r["too_few"] for r in rows)
        self.status.setText(f"{len(rows)} rows; {sure} with enough people to say something."
                            if rows else "No interventions in this period.")


class DevelopmentTab(ProfileTab):
    """Training and professional development; certifications with their expiry."""

    title = "Development"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.enroll = QPushButton("Enroll in training…")
        self.enroll.clicked.connect(lambda: self.open_dialog(EnrollmentDialog(staff=staff_id)))
        self.totals = QLabel()
        self.table = RecordTable([
            Column("program_name", "Program", width=320), choice("program_type", "Type",
                                                                 width=120),
            choice("status", "Status", width=95), Column("start_date", "Start", width=95),
            Column("completed_date", "Completed", width=95),
            Column("hours", "Hours", numeric=True, width=60),
            Column("score", "Score", numeric=True, width=60),
            Column("expires_on", "Certificate expires", text=expiry_text, width=170),
            choice("funded_by", "Funded by", width=90)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(EnrollmentDialog(row["id"])))
        self.what_worked = WhatWorkedTable(staff_id, ("training",),
                                           "What worked: completed trainings")
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
        self.totals.setText(f"{len(done)} completed ({show(float(hours))} hours) · "
                            f"{len(valid)} valid certification{'s' if len(valid) != 1 else ''}"
                            f" · {len(rows) - len(done)} planned or in progress")
        self.what_worked.load()
