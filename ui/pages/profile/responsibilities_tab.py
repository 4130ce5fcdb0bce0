"""The responsibilities tab: duties assigned to this person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from mentorapp.services import (
    responsibilities,
)
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
from ui.models.table import Column, choice
from ui.pages.profile.tab import ProfileTab, button_row, one_line, yes_no
from ui.widgets.record_table import RecordTable


class ResponsibilitiesTab(ProfileTab):
    """Responsibilities given, and whether each fits the role and serves a career goal."""

    title = "Responsibilities"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton("Add responsibility…")
        self.add.clicked.connect(
            lambda: self.open_dialog(ResponsibilityDialog(staff=staff_id)))
        self.alignment = QLabel()
        self.table = RecordTable([
            Column("title", "Responsibility", width=240),
            Column("assigned_date", "Assigned", width=95), choice("status", "Status", width=90),
            Column("aligned_to_role", "Fits the role", text=yes_no("aligned_to_role"),
                   width=95),
            Column("goal_title", "Career goal served", width=220),
            Column("outcome", "Outcome", text=one_line("outcome"), width=260)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(ResponsibilityDialog(row["id"])))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.add))
        layout.addWidget(self.alignment)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        rows = responsibilities.list(staff=self.staff_id, sort="assigned_date",
                                     descending=True, limit=None)
        self.table.set_rows(rows)
        fits = sum(1 for r in rows if r["aligned_to_role"])
        serves = sum(1 for r in rows if r["goal"])
        self.alignment.setText(
            f"{len(rows)} responsibilit{'y' if len(rows) == 1 else 'ies'}: {fits} fit the "
            f"current role, {serves} serve a career goal" if rows
            else "No responsibilities recorded.")
