"""Prepare a client's report (issue 17): the account manager's narrative of a period (summary,
highlights, risks) and its action plan, then the pack exported as the period's next version.

The action plan lists the items carried from earlier periods first (marked "carried") and
those raised in this one; a new item is added with its text, owner and due date, and any
item's status changed. Nothing is stored until Save (or "Save and export…"); closing or
choosing another period with changes asks whether to save them. The export runs on the thread
pool behind the progress dialog, as on the Reports page, and writes into a chosen folder under
the versioned name (with the PDF beside it when asked)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import Cancelled, UserError, ValidationError
from mentorapp.models import CLIENT_ACTION_STATUS_CHOICES
from mentorapp.services import client_reports, clients
from ui import i18n, preferences
from ui.i18n import Context
from ui.pages.profile.tab import heading
from ui.pages.reports.progress import ProgressWork
from ui.tasks import report_unexpected
from ui.theme import mark_error
from ui.widgets import file_dialogs
from ui.widgets.date_field import DateField, DateTextError
from ui.widgets.forms import ChoiceBox, TextBox, TextLine, field_message
from ui.widgets.sizing import fit_to_screen

tr_prepare_report_dialog = Context("tr_prepare_report_dialog")

STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Open"),
                "done": QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Done"),
                "dropped": QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Dropped")}
NARRATIVE = (("summary", QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Summary")),
             ("highlights", QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Highlights")),
             ("risks", QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Risks")))
CADENCE_WORDS = {"weekly": QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Weekly reports"),
                 "monthly": QT_TRANSLATE_NOOP("tr_prepare_report_dialog", "Monthly reports"),
                 "quarterly": QT_TRANSLATE_NOOP("tr_prepare_report_dialog",
                                                "Quarterly reports")}
PERIODS_OFFERED = 12
QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum"
TEXT, OWNER, DUE, RAISED, STATUS = range(5)


def recent_periods(cadence: str, today: dt.date, count: int = PERIODS_OFFERED
                   ) -> list[tuple[dt.date, dt.date]]:
    """The latest `count` ended periods of the cadence, newest first."""
    periods = []
    for _ in range(count):
        periods.append(client_reports.last_period(cadence, today))
        today = periods[-1][0]
    return periods


def period_text(start: dt.date, end: dt.date) -> str:
    """"Nov 2026" for a whole month, else "11/2/26 to 11/8/26" in the locale's dates."""
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) \
            and (end + dt.timedelta(days=1)).day == 1:
        return i18n.month_text(start.year, start.month)
    return tr_prepare_report_dialog.tr("{start} to {end}").format(
        start=i18n.date_text(start), end=i18n.date_text(end))


def export_pack(client: str, start: dt.date, end: dt.date, folder: str, pdf: bool,
                progress=None) -> dict:
    """The work (on the thread pool): the pack as the period's next version, and its PDF.
    A PDF that cannot be made is `pdf_error`: the workbook is written and registered."""
    from mentorapp.excel.client_report import export_client_report, write_pack_pdf

    path = export_client_report(client, start, end, folder, progress=progress)
    written = {"path": path, "pdf": None, "pdf_error": None,
               "version": client_reports.latest_version(client, start, end)["version"]}
    if pdf:
        try:
            written["pdf"] = write_pack_pdf(path, client, start, end)
        except UserError as exc:
            written["pdf_error"] = str(exc)
    return written


class PrepareReportDialog(QDialog):
    """The narrative and action plan of one client's period.

    Signals: `saved()` after the narrative and items were stored; `exported(str)` with the
    workbook's path after an export.
    """

    saved = Signal()
    exported = Signal(str)

    def __init__(self, client_id: int, parent=None, start: dt.date | None = None,
                 end: dt.date | None = None):
        super().__init__(parent)
        self.client = clients.get(client_id)
        self.client_id = client_id
        self.setWindowTitle(tr_prepare_report_dialog.tr("Prepare report: {client}").format(
            client=self.client["name"]))
        fit_to_screen(self, 1000, 700)
        self.rows: list[dict] = []
        self._initial: dict | None = None
        self.last_written: dict | None = None
        self.work = ProgressWork(self)

        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        self.periods = recent_periods(self.client["report_cadence"], dt.date.today())
        if start is not None and end is not None and (start, end) not in self.periods:
            self.periods.insert(0, (start, end))
        for period in self.periods:
            self.period_box.addItem(period_text(*period))
        self.period_box.setCurrentIndex(self.periods.index((start, end)) if start and end
                                        else 0)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.shown_index = self.period_box.currentIndex()
        cadence = QLabel(tr_prepare_report_dialog.tr(CADENCE_WORDS[self.client["report_cadence"]]))
        cadence.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr_prepare_report_dialog.tr("Period")))
        top.addWidget(self.period_box)
        top.addWidget(cadence, 1)

        self.narrative: dict[str, TextBox] = {}
        texts = QGridLayout()
        for column, (key, title) in enumerate(NARRATIVE):
            box = TextBox(5)  # at least five lines, more as the dialog grows
            box.setMaximumHeight(QWIDGETSIZE_MAX)
            box.setObjectName(key)
            texts.addWidget(QLabel(tr_prepare_report_dialog.tr(title)), 0, column)
            texts.addWidget(box, 1, column)
            self.narrative[key] = box
        texts.setRowStretch(1, 1)
        self.narrative["summary"].setPlaceholderText(tr_prepare_report_dialog.tr(
            "How the period went, in a few sentences the client reads first"))

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("action_plan")
        self.table.setHorizontalHeaderLabels([
            tr_prepare_report_dialog.tr("Action"), tr_prepare_report_dialog.tr("Owner"),
            tr_prepare_report_dialog.tr("Due"), tr_prepare_report_dialog.tr("Raised"),
            tr_prepare_report_dialog.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        status_box = self._status_box()
        for column, width in ((OWNER, 150), (DUE, 100), (RAISED, 150),
                              (STATUS, status_box.sizeHint().width() + 8)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(status_box.sizeHint().height() + 2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty_plan = QLabel(tr_prepare_report_dialog.tr(
            "No action items in this period and none open from earlier ones."))
        self.empty_plan.setObjectName("hint")

        self.new_text = TextLine()
        self.new_text.setObjectName("new_text")
        self.new_text.setPlaceholderText(tr_prepare_report_dialog.tr("What was agreed"))
        self.new_owner = TextLine()
        self.new_owner.setObjectName("new_owner")
        self.new_owner.setPlaceholderText(tr_prepare_report_dialog.tr("Owner"))
        self.new_owner.setMaxLength(200)
        self.new_due = DateField(optional=True)
        self.new_due.setObjectName("new_due")
        self.new_due.setMinimumWidth(  # its placeholder shows whole
            self.new_due.fontMetrics().horizontalAdvance(self.new_due.placeholderText()) + 40)
        self.new_due.setToolTip(tr_prepare_report_dialog.tr("Due date (optional)"))
        self.add_button = QPushButton(tr_prepare_report_dialog.tr("Add item"))
        self.add_button.clicked.connect(self.add_item)
        for field in (self.new_text, self.new_owner, self.new_due):
            field.returnPressed.connect(self.add_item)
        self.remove_button = QPushButton(tr_prepare_report_dialog.tr("Remove"))
        self.remove_button.setToolTip(tr_prepare_report_dialog.tr(
            "Remove an item added since the last save"))
        self.remove_button.clicked.connect(self.remove_item)
        adding = QHBoxLayout()
        adding.addWidget(self.new_text, 3)
        adding.addWidget(self.new_owner, 1)
        adding.addWidget(self.new_due)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)

        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf = QCheckBox(tr_prepare_report_dialog.tr("Also as PDF"))
        self.pdf.setToolTip(tr_prepare_report_dialog.tr(
            "A PDF of the pack beside the workbook, for clients who do not open Excel"))
        self.export_button = QPushButton(tr_prepare_report_dialog.tr("Save and export…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.save_and_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.work.busy_changed.connect(self._busy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.pdf)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading(tr_prepare_report_dialog.tr("Review of the period")))
        layout.addLayout(texts, 2)
        layout.addWidget(heading(tr_prepare_report_dialog.tr(
            "Action plan (items carried from earlier periods first)")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty_plan)
        layout.addLayout(adding)
        layout.addLayout(bottom)
        self.load()

    # -- the period ----------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return self.periods[self.shown_index]

    def _period_chosen(self, index: int) -> None:
        if index == self.shown_index:
            return
        if self.changed() and not self.settle_changes():
            self.period_box.blockSignals(True)
            self.period_box.setCurrentIndex(self.shown_index)
            self.period_box.blockSignals(False)
            return
        self.shown_index = index
        self.load()

    def load(self) -> None:
        """The stored narrative and action plan of the period shown."""
        start, end = self.period()
        review = client_reports.review(self.client_id, start, end)
        for key, box in self.narrative.items():
            box.set_value(review[key])
        self.rows = [{**item, "saved_status": item["status"]}
                     for item in client_reports.action_plan(self.client_id, start, end)]
        self.show_rows()
        self._initial = self.snapshot()
        self.show_message("")

    # -- the action plan -----------------------------------------------------------------
    def show_rows(self) -> None:
        self.table.setRowCount(0)
        for row in self.rows:
            self._add_table_row(row)
        self.table.setVisible(bool(self.rows))
        self.empty_plan.setVisible(not self.rows)
        self._selection_changed()

    def _add_table_row(self, row: dict) -> None:
        number = self.table.rowCount()
        self.table.insertRow(number)
        if row["id"] is None:
            raised = tr_prepare_report_dialog.tr("new, not saved yet")
        elif row["carried"]:
            raised = tr_prepare_report_dialog.tr("carried from {period}").format(
                period=period_text(row["period_start"], row["period_end"]))
        else:
            raised = tr_prepare_report_dialog.tr("this period")
        for column, text in ((TEXT, " ".join(row["text"].split())), (OWNER, row["owner"]),
                             (DUE, i18n.date_text(row["due_date"])), (RAISED, raised)):
            item = QTableWidgetItem(text)
            if column == TEXT:
                item.setToolTip(row["text"])
            self.table.setItem(number, column, item)
        status = self._status_box()
        status.set_value(row["status"])
        status.currentIndexChanged.connect(
            lambda _i, row=row, box=status: row.update(status=box.value()))
        self.table.setCellWidget(number, STATUS, status)

    @staticmethod
    def _status_box() -> ChoiceBox:
        box = ChoiceBox(CLIENT_ACTION_STATUS_CHOICES)
        for index in range(box.count()):
            box.setItemText(index, tr_prepare_report_dialog.tr(STATUS_WORDS[box.itemData(index)]))
        return box

    def status_box(self, row: int) -> ChoiceBox:
        return self.table.cellWidget(row, STATUS)

    def add_item(self) -> None:
        """The typed item at the end of the plan, stored at the next Save."""
        try:
            due = self.new_due.value()
            values = {key: client_reports.ACTION_RULES[key].clean(key, value) for key, value in
                      (("text", self.new_text.value()), ("owner", self.new_owner.value()))}
        except DateTextError as exc:
            self.show_message(tr_prepare_report_dialog.tr("Due: {error}").format(error=exc),
                              error=True)
            return
        except ValidationError as exc:
            self.show_message(field_message(exc), error=True)
            return
        start, end = self.period()
        row = {"id": None, **values, "due_date": due, "status": "open", "saved_status": None,
               "carried": False, "period_start": start, "period_end": end}
        self.rows.append(row)
        self._add_table_row(row)
        self.table.show()
        self.empty_plan.hide()
        for field in (self.new_text, self.new_owner, self.new_due):
            field.set_value(None)
        self.new_text.setFocus()
        self.show_message("")

    def keyPressEvent(self, event) -> None:
        """Enter in the new item's fields adds it (their returnPressed), and no more: the
        default button (Save) is not pressed too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
                self.new_text, self.new_owner, self.new_due):
            return
        super().keyPressEvent(event)

    def remove_item(self) -> None:
        number = self.table.currentRow()
        if number >= 0 and self.rows[number]["id"] is None:
            del self.rows[number]
            self.show_rows()

    def _selection_changed(self) -> None:
        number = self.table.currentRow()
        self.remove_button.setEnabled(0 <= number < len(self.rows)
                                      and self.rows[number]["id"] is None)

    # -- saving ----------------------------------------------------------------------------
    def snapshot(self) -> dict:
        return {"texts": {key: box.value() for key, box in self.narrative.items()},
                "items": [(row["id"], row["status"]) for row in self.rows]}

    def changed(self) -> bool:
        return self._initial is not None and self.snapshot() != self._initial

    def save(self) -> bool:
        """Store the narrative, the new items and the changed statuses; a problem is shown
        and nothing already stored is stored twice."""
        start, end = self.period()
        try:
            client_reports.save_review(self.client_id, start, end,
                                       **{key: box.value() for key, box in self.narrative.items()})
            for row in self.rows:
                if row["id"] is None:
                    record = client_reports.add_action_item(
                        self.client_id, start, end, text=row["text"], owner=row["owner"],
                        due_date=row["due_date"], status=row["status"])
                    row.update(id=record["id"], saved_status=record["status"])
                elif row["status"] != row["saved_status"]:
                    client_reports.update_action_item(row["id"], status=row["status"])
                    row["saved_status"] = row["status"]
        except UserError as exc:
            self.show_message(field_message(exc) if isinstance(exc, ValidationError)
                              else str(exc), error=True)
            return False
        self.load()
        self.show_message(tr_prepare_report_dialog.tr("Saved."))
        self.saved.emit()
        return True

    def settle_changes(self) -> bool:
        """Ask what to do with unsaved changes: True to go on (saved or discarded)."""
        answer = QMessageBox.question(
            self, tr_prepare_report_dialog.tr("Save changes?"),
            tr_prepare_report_dialog.tr("The review of {period} has changes that are not "
                                        "saved.").format(period=period_text(*self.period())),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Close (Escape, Close, the window's button), asking first about unsaved changes;
        never while an export runs."""
        if self.work.task is not None:
            return
        if self.changed() and not self.settle_changes():
            return
        super().reject()

    def open_over(self, parent: QWidget, on_saved: Callable[[], None]) -> PrepareReportDialog:
        """Show window-modal over `parent` (deleted once closed)."""
        self.setParent(parent, self.windowFlags())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved.connect(on_saved)
        self.open()
        return self

    # -- exporting -------------------------------------------------------------------------
    def save_and_export(self) -> None:
        if not self.save():
            return
        folder = file_dialogs.existing_folder(
            self, tr_prepare_report_dialog.tr("Folder for the report"),
            str(preferences.last_folder()))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str) -> None:
        """Export the period's pack into `folder` on the thread pool."""
        preferences.remember_folder(Path(folder) / "report.xlsx")
        start, end = self.period()
        self.show_message("")
        self.work.start(export_pack, self.client["name"], start, end, folder,
                        self.pdf.isChecked(),
                        label=tr_prepare_report_dialog.tr("Exporting the report…"),
                        on_done=self._exported, on_error=self._export_failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.period_box,
                       self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(not busy)

    def _exported(self, written: dict) -> None:
        self.work.finish()
        self.last_written = written
        text = tr_prepare_report_dialog.tr("Version {version} written: {path}").format(
            version=written["version"], path=written["path"])
        if written["pdf"] is not None:
            text += "\n" + tr_prepare_report_dialog.tr("PDF: {path}").format(path=written["pdf"])
        if written["pdf_error"]:
            text += "\n" + tr_prepare_report_dialog.tr("The PDF could not be made: {error}").format(
                error=written["pdf_error"])
        self.show_message(text, error=bool(written["pdf_error"]))
        self.exported.emit(str(written["path"]))
        self.offer_to_open(text)

    def offer_to_open(self, text: str) -> QMessageBox:
        """Say what was written and offer to open it (window-modal, not blocking)."""
        box = QMessageBox(QMessageBox.Icon.Information,
                          tr_prepare_report_dialog.tr("Report exported"), text, parent=self)
        box.setObjectName("written")
        box.addButton(tr_prepare_report_dialog.tr("Open the workbook"),
                      QMessageBox.ButtonRole.AcceptRole).setObjectName("open_workbook")
        if self.last_written["pdf"] is not None:
            box.addButton(tr_prepare_report_dialog.tr("Open the PDF"),
                          QMessageBox.ButtonRole.AcceptRole).setObjectName("open_pdf")
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(self._open_written)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _open_written(self, button) -> None:
        key = {"open_workbook": "path", "open_pdf": "pdf"}.get(button.objectName())
        if key is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written[key])))

    def _export_failed(self, exc: BaseException) -> None:
        self.work.finish()
        if isinstance(exc, Cancelled):
            self.show_message(tr_prepare_report_dialog.tr("Cancelled: no file was written."))
        elif isinstance(exc, UserError | OSError):
            self.show_message(str(exc) if isinstance(exc, UserError) else
                              tr_prepare_report_dialog.tr("Could not save the file: {error}")
                              .format(error=exc.strerror or exc), error=True)
        else:
            self.show_message(tr_prepare_report_dialog.tr("The report could not be exported."),
                              error=True)
            report_unexpected(exc)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        mark_error(self.message, error)

