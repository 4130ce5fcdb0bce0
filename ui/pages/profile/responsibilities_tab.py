"""The responsibilities tab: duties assigned to this person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from mentorapp.models import RESPONSIBILITY_STATUS_CHOICES
from mentorapp.services import (
    responsibilities,
)
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
from ui.i18n import Context, number
from ui.models.table import Column, choice
from ui.pages.profile.tab import ProfileTab, button_row, one_line, record_table, yes_no

tr_responsibilities_tab = Context("tr_responsibilities_tab")


class ResponsibilitiesTab(ProfileTab):
    """Responsibilities given, and whether each fits the role and serves a career goal."""

    title = QT_TRANSLATE_NOOP("tr_responsibilities_tab", "Responsibilities")
    translations = tr_responsibilities_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton(tr_responsibilities_tab.tr("Add responsibility…"))
        self.add.clicked.connect(
            lambda: self.open_dialog(ResponsibilityDialog(staff=staff_id)))
        self.alignment = QLabel()
        self.table = record_table([
            Column("title", tr_responsibilities_tab.tr("Responsibility"), width=220),
            Column("assigned_date", tr_responsibilities_tab.tr("Assigned"), width=95),
            choice("status", tr_responsibilities_tab.tr("Status"),
                   codes=RESPONSIBILITY_STATUS_CHOICES, width=90),
            Column("aligned_to_role", tr_responsibilities_tab.tr("Fits the role"),
                   text=yes_no("aligned_to_role"), width=95),
            Column("goal_title", tr_responsibilities_tab.tr("Career goal served"), width=200),
            Column("outcome", tr_responsibilities_tab.tr("Outcome"), text=one_line("outcome"),
                   width=260)])
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
        self.alignment.setText(tr_responsibilities_tab.tr(
            "%n responsibilities: {fits} fit the current role, {serves} serve a career goal",
            None, len(rows)).format(fits=number(fits), serves=number(serves)) if rows
            else tr_responsibilities_tab.tr("No responsibilities recorded."))
