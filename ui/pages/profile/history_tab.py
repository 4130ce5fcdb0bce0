"""The history tab: the audit trail of this person's records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QVBoxLayout,
)

from mentorapp.errors import field_word
from mentorapp.models import AUDIT_ACTION_CHOICES
from mentorapp.services import (
    audit,
    staff,
)
from ui.i18n import Context, datetime_text, label
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import FillColumn, ProfileTab, heading, record_table

tr_history_tab = Context("tr_history_tab")


def local_time(moment: dt.datetime) -> str:
    """A stored UTC timestamp in the user's local time, written as the window's language
    writes dates and times."""
    return datetime_text(moment.replace(tzinfo=dt.UTC).astimezone())


def value_text(field: str, value) -> str:
    """A recorded value as shown: the status code as its words ("on_leave" -> "De licencia"),
    anything else as a table cell shows it."""
    return label(value) if field == "status" else show(value)


def changes_text(row: dict) -> str:
    """"team: Voice → Chat; ..." (a created record lists its values, a deleted one its last);
    the fields and the status in the window's language."""
    parts = []
    for field, (old, new) in sorted(row["changes"].items()):
        name = field_word(field)
        old, new = value_text(field, old), value_text(field, new)
        if row["action"] == "create":
            parts.append(f"{name}: {new}")
        elif row["action"] == "delete":
            parts.append(f"{name}: {old}")
        else:
            parts.append(f"{name}: {old or '—'} → {new or '—'}")
    return "; ".join(parts)


class HistoryTab(ProfileTab):
    """Accounts worked on, and the audit trail of changes to this staff record."""

    title = QT_TRANSLATE_NOOP("tr_history_tab", "History")
    translations = tr_history_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.accounts = record_table([
            Column("client_name", tr_history_tab.tr("Client"), width=180),
            Column("role", tr_history_tab.tr("Role"), width=160),
            Column("start_date", tr_history_tab.tr("From", "date"), width=95),
            Column("end_date", tr_history_tab.tr("To", "date"), width=95)])
        self.audit = record_table([
            Column("at", tr_history_tab.tr("When"), text=lambda r: local_time(r["at"]),
                   width=130),
            Column("actor", tr_history_tab.tr("Who"), width=100),
            choice("action", tr_history_tab.tr("Change"), codes=AUDIT_ACTION_CHOICES, width=80),
            Column("changes", tr_history_tab.tr("What changed"), text=changes_text, width=600)])
        FillColumn(self.audit, 3)  # what changed takes the room left (full text as a tooltip)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr_history_tab.tr("Client accounts")))
        layout.addWidget(self.accounts, 1)
        layout.addWidget(heading(tr_history_tab.tr("Changes to this record")))
        layout.addWidget(self.audit, 2)

    def load(self) -> None:
        self.accounts.set_rows(staff.client_history(self.staff_id))
        self.audit.set_rows(audit.history("staff", self.staff_id))
