"""The clients list (a few hundred rows at most: searched and sorted in memory), and for the
selected client its KPI metrics ("KPIs…"), bench strength and report loop ("Client
reports…", a window of its own beside the list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from mentorapp.services import clients
from ui.dialogs.bench_dialog import BenchDialog
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.client_reports_dialog import ClientReportsDialog
from ui.dialogs.kpi_metric_dialog import KpiMetricsDialog
from ui.i18n import Context
from ui.models.table import Column
from ui.pages.list_page import ListPage, ListWords

tr_clients_page = Context("tr_clients_page")


class ClientsPage(ListPage):
    """Signals: `staff_opened(int)` (never: client rows are not staff)."""

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_clients_page.tr("Clients"),
            new=tr_clients_page.tr("New client"),
            search=tr_clients_page.tr("Search clients…"),
            empty=tr_clients_page.tr("No clients yet. Add the companies your staff work for: "
                                     "staff, feedback and reports are kept by client."),
            nothing_to_export=tr_clients_page.tr("No clients to export yet"),
            count=lambda n: tr_clients_page.tr("%Ln clients", None, n),
            archive=lambda n: tr_clients_page.tr("Archive %n clients?", None, n),
            restore=lambda n: tr_clients_page.tr("Restore %n clients?", None, n))

    def columns(self) -> list[Column]:
        # The account's figures first: a 1024-pixel window shows name to contact.
        return [Column("name", tr_clients_page.tr("Name"), width=180),
                Column("industry", tr_clients_page.tr("Industry"), width=140),
                Column("account_manager", tr_clients_page.tr("Account manager"), width=150),
                Column("headcount", tr_clients_page.tr("Staff placed"), numeric=True,
                       width=100),
                Column("active", tr_clients_page.tr("Active"), width=70),
                Column("contact", tr_clients_page.tr("Contact"), width=140),
                Column("contact_address", tr_clients_page.tr("Contact email"), width=200)]

    def build_filters(self) -> None:
        self.add_filter("active", tr_clients_page.tr("Active and inactive"),
                        lambda: [(tr_clients_page.tr("Active accounts"), True),
                                 (tr_clients_page.tr("Inactive accounts"), False)])

    def list_rows(self, **query) -> list[dict]:
        return clients.list(**query)

    def count_rows(self, **query) -> int:
        return clients.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        clients.entity.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> ClientDialog:
        return ClientDialog(record_id)

    def build_actions(self) -> None:
        self.kpis_button = QPushButton(tr_clients_page.tr("KPIs…"))
        self.kpis_button.setToolTip(tr_clients_page.tr("The KPI metrics this client judges its "
                                                       "agents by"))
        self.kpis_button.clicked.connect(self.open_kpis)
        self.actions_bar.addWidget(self.kpis_button)
        self.bench_button = QPushButton(tr_clients_page.tr("Bench strength…"))
        self.bench_button.setToolTip(tr_clients_page.tr("Who on this account is ready for each "
                                                        "role, and who could backfill people "
                                                        "who left"))
        self.bench_button.clicked.connect(self.open_bench)
        self.actions_bar.addWidget(self.bench_button)
        self.reports_button = QPushButton(tr_clients_page.tr("Client reports…"))
        self.reports_button.setToolTip(tr_clients_page.tr("The reports sent to this client and "
                                                          "their replies, the open action items "
                                                          "and the client's contacts"))
        self.reports_button.clicked.connect(self.open_reports)
        self.actions_bar.addWidget(self.reports_button)

    def update_actions(self) -> None:
        super().update_actions()
        one = len(self.selected_records()) == 1
        for button in (self.kpis_button, self.bench_button, self.reports_button):
            button.setEnabled(one)

    def extra_menu_actions(self, menu: QMenu, rows: list[dict]) -> None:
        for button, method in ((self.kpis_button, self.open_kpis),
                               (self.bench_button, self.open_bench),
                               (self.reports_button, self.open_reports)):
            menu.addAction(button.text(), method).setEnabled(len(rows) == 1)

    def open_kpis(self) -> KpiMetricsDialog | None:
        """The selected client's KPI metrics, window-modal over the page."""
        record = self.current_record()
        if record is None:
            return None
        dialog = KpiMetricsDialog(record["id"], record["name"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.metrics_changed.connect(
            lambda: self.status_message.emit(tr_clients_page.tr(
                "KPI metrics of {client} saved").format(client=record["name"])))
        dialog.metrics_changed.connect(self.records_changed)  # the dashboard's lists change
        dialog.open()
        return dialog

    def open_bench(self) -> BenchDialog | None:
        """The selected client's bench strength, window-modal over the page."""
        record = self.current_record()
        if record is None:
            return None
        dialog = BenchDialog(record["id"], record["name"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_reports(self) -> ClientReportsDialog | None:
        """The selected client's report loop in a window of its own (not modal: the list stays
        usable); a client's window already open comes to the front."""
        record = self.current_record()
        if record is None:
            return None
        for dialog in self.findChildren(ClientReportsDialog):
            if dialog.client_id == record["id"] and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = ClientReportsDialog(record["id"], record["name"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.records_changed)  # My work's reports due change
        dialog.show()
        return dialog
