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
from ui import i18n
from ui.i18n import Context
from ui.models.table import Column
from ui.tasks import report_unexpected, run_task
from ui.widgets.record_table import RecordTable
from ui.widgets.sizing import fit_to_screen

tr_bench_dialog = Context("tr_bench_dialog")


def _names(people: list[dict], limit: int = 6) -> str:
    """"Ana Reyes (100%), Ben Cruz (80%) and 3 more"."""
    if not people:
        return tr_bench_dialog.tr("No one")
    shown = ", ".join(tr_bench_dialog.tr("{name} ({percent})").format(
        name=p["name"], percent=i18n.percent(p["percent"] / 100)) if "percent" in p
        else p["name"] for p in people[:limit])
    if len(people) <= limit:
        return shown
    return tr_bench_dialog.tr("{names} and %n more", None, len(people) - limit).format(
        names=shown)


def _candidates(row: dict) -> str:
    """"Ben Cruz: ready now (100%); Carla Soon: ready in about 6 months (0%)"."""
    return "; ".join(tr_bench_dialog.tr("{name}: {outlook} ({percent})").format(
        name=c["name"], outlook=i18n.core_word(c["outlook"]),
        percent=i18n.percent(c["percent"] / 100))
        for c in row["candidates"]) or tr_bench_dialog.tr("None ready")


class BenchDialog(QDialog):
    """Signals: none; `loaded` is True once the figures are shown."""

    def __init__(self, client_id: int, client_name: str, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.loaded = False
        self.setWindowTitle(tr_bench_dialog.tr("Bench strength of {client}").format(
            client=client_name))
        fit_to_screen(self, 1200, 560)
        self.summary = QLabel(tr_bench_dialog.tr("Reading the account's people and roles…"))
        self.summary.setWordWrap(True)
        self.roles = RecordTable([
            Column("role", tr_bench_dialog.tr("Role"), width=260,
                   text=lambda r: r["role"]["name"]),
            Column("ladder", tr_bench_dialog.tr("Ladder"), width=130,
                   text=lambda r: r["role"]["client_name"] or tr_bench_dialog.tr("Company")),
            Column("holders", tr_bench_dialog.tr("Holders"), numeric=True, width=70,
                   text=lambda r: len(r["holders"])),
            Column("now", tr_bench_dialog.tr("Ready now"), width=430,
                   text=lambda r: _names(r["ready_now"])),
            Column("soon", tr_bench_dialog.tr("In about 6 months"), width=260,
                   text=lambda r: _names(r["ready_soon"]))])
        self.roles.setObjectName("bench_roles")
        self.backfills = RecordTable([
            Column("name", tr_bench_dialog.tr("Left"), width=170),
            Column("reason", tr_bench_dialog.tr("Why"), width=120,
                   text=lambda r: i18n.core_word(r["reason"])),
            Column("left_on", tr_bench_dialog.tr("On"), width=95),
            Column("role", tr_bench_dialog.tr("Role to fill"), width=200,
                   text=lambda r: r["role"]["name"] if r["role"]
                   else tr_bench_dialog.tr("{role} (on no ladder)").format(
                       role=r["role_text"] or tr_bench_dialog.tr("no role"))),
            Column("candidates", tr_bench_dialog.tr("Candidates"), width=360,
                   text=_candidates)])
        self.backfills.setObjectName("bench_backfills")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roles, tr_bench_dialog.tr("Roles"))
        self.tabs.addTab(self.backfills, tr_bench_dialog.tr("Backfill"))
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
        self.summary.setText(" ".join((
            tr_bench_dialog.tr("{people} on {client} now; %n roles (the account's and the "
                               "company ladder's).", None, len(found["roles"])).format(
                people=tr_bench_dialog.tr("%n people", None, found["people"]),
                client=found["client_name"]),
            tr_bench_dialog.tr("%n people resigned or left in the last {days} days.", None,
                               left).format(days=readiness.LEFT_DAYS),
            tr_bench_dialog.tr("Candidates come from a lower rung; an expiring certification "
                               "keeps a person out of “in about 6 months”."))))
        self.tabs.setTabText(1, tr_bench_dialog.tr("Backfill ({count})").format(
            count=i18n.number(left)))
        self.loaded = True

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            report_unexpected(exc)
        self.summary.setText(tr_bench_dialog.tr("Could not read the bench strength: {error}")
                             .format(error=exc))
