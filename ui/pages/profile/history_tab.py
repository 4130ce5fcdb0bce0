"""The history tab: the audit trail of this person's records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QVBoxLayout,
)

from mentorapp.services import (
    audit,
    staff,
)
from ui.models.table import Column, choice, show
from ui.pages.profile.tab import ProfileTab, heading
from ui.widgets.record_table import RecordTable


def local_time(moment: dt.datetime) -> str:
    """A stored UTC timestamp in the user's local time."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def changes_text(row: dict) -> str:
    """"team: Voice → Chat; ..." (a created record lists its values, a deleted one its last)."""
    parts = []
    for field, (old, new) in sorted(row["changes"].items()):
        name = field.replace("_", " ")
        if row["action"] == "create":
            parts.append(f"{name}: {show(new)}")
        elif row["action"] == "delete":
            parts.append(f"{name}: {show(old)}")
        else:
            parts.append(f"{name}: {show(old) or '—'} → {show(new) or '—'}")
    return "; ".join(parts)


class HistoryTab(ProfileTab):
    """Accounts worked on, and the audit trail of changes to this staff record."""

    title = "History"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.accounts = RecordTable([
            Column("client_name", "Client", width=180), Column("role", "Role", width=160),
            Column("start_date", "From", width=95), Column("end_date", "To", width=95)])
        self.audit = RecordTable([
            Column("at", "When", text=lambda r: local_time(r["at"]), width=130),
            Column("actor", "Who", width=100), choice("action", "Change", width=80),
            Column("changes", "What changed", text=changes_text, width=600)])
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Client accounts"))
        layout.addWidget(self.accounts, 1)
        layout.addWidget(heading("Changes to this record"))
        layout.addWidget(self.audit, 2)

    def load(self) -> None:
        self.accounts.set_rows(staff.client_history(self.staff_id))
        self.audit.set_rows(audit.history("staff", self.staff_id))
