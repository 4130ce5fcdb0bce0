"""The development tab: training enrollments and certifications with their expiry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from mentorapp.services import (
    training,
)
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import ProfileTab, button_row
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
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.enroll))
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)

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
