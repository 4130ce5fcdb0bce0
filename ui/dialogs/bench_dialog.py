"""Bench strength of a client account (the Clients page's "Bench strength…"): for each role,
who holds it, who is ready now and who in about six months; and the backfill candidates of
people who resigned or left the account lately. Read in the background (`run_task`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
)

from mentorapp.errors import UserError
from mentorapp.services import readiness
from ui.models.table import Column
from ui.tasks import report_unexpected, run_task
from ui.widgets.record_table import RecordTable


def _names(people: list[dict], limit: int = 6) -> str:
    """"Ana Reyes (100%), Ben Cruz (80%) and 3 more"."""
    shown = [f"{p['name']} ({p['percent']}%)" if "percent" in p else p["name"]
             for p in people[:limit]]
    more = f" and {len(people) - limit} more" if len(people) > limit else ""
    return ", ".join(shown) + more if people else "No one"


class BenchDialog(QDialog):
    """Signals: none; `loaded` is True once the figures are shown."""

    def __init__(self, client_id: int, client_name: str, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.loaded = False
        self.setWindowTitle(f"Bench strength of {client_name}")
        self.resize(1200, 560)
        self.summary = QLabel("Reading the account's people and roles…")
        self.summary.setWordWrap(True)
        self.roles = RecordTable([
            Column("role", "Role", width=260, text=lambda r: r["role"]["name"]),
            Column("ladder", "Ladder", width=130,
                   text=lambda r: r["role"]["client_name"] or "Company"),
            Column("holders", "Holders", numeric=True, width=70,
                   text=lambda r: len(r["holders"])),
            Column("now", "Ready now", width=430, text=lambda r: _names(r["ready_now"])),
            Column("soon", "In about 6 months", width=260,
                   text=lambda r: _names(r["ready_soon"]))])
        self.roles.setObjectName("bench_roles")
        self.backfills = RecordTable([
            Column("name", "Left", width=170),
            Column("reason", "Why", width=120),
            Column("left_on", "On", width=95,
                   text=lambda r: r["left_on"].isoformat() if r["left_on"] else ""),
            Column("role", "Role to fill", width=200,
                   text=lambda r: r["role"]["name"] if r["role"]
                   else f"{r['role_text'] or 'no role'} (on no ladder)"),
            Column("candidates", "Candidates", width=360,
                   text=lambda r: "; ".join(f"{c['name']}: {c['outlook']} ({c['percent']}%)"
                                            for c in r["candidates"]) or "None ready")])
        self.backfills.setObjectName("bench_backfills")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roles, "Roles")
        self.tabs.addTab(self.backfills, "Backfill")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        run_task(readiness.bench, client_id, on_done=self.show_bench, on_error=self.show_error,
                 owner=self)

    def show_bench(self, found: dict) -> None:
        self.roles.set_rows(found["roles"])
        self.backfills.set_rows(found["backfills"])
        left = len(found["backfills"])
        self.summary.setText(
            f"{found['people']} people on {found['client_name']} now; "
            f"{len(found['roles'])} roles (the account's and the company ladder's). "
            f"{left} {'person' if left == 1 else 'people'} resigned or left in the last "
            f"{readiness.LEFT_DAYS} days. Candidates come from a lower rung; an expiring "
            "certification keeps a person out of “in about 6 months”.")
        self.tabs.setTabText(1, f"Backfill ({left})")
        self.loaded = True

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            report_unexpected(exc)
        self.summary.setText(f"Could not read the bench strength: {exc}")
