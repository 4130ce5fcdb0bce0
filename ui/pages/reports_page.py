"""Reports and import.

Reports: pick a report, its client or staff member and period, and a file; the export runs on
the thread pool behind a progress dialog that can cancel it, then "Open" and "Show in folder".
Import: save a blank template, or check a file (a dry run listing every problem by row) and
import it once it is clean. The Excel modules are imported inside the work functions, so
openpyxl is loaded only when a report or import is first run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import Cancelled, UserError
from mentorapp.services import staff
from ui.models.table import Column, RecordTableModel
from ui.resources import icon
from ui.tasks import Task, report_unexpected, run_task
from ui.widgets.forms import DatePicker, PickError
from ui.widgets.lookups import client_picker, staff_picker


# -- the work (runs on the thread pool) ------------------------------------------------------
def export_client_report(client, start, end, out, progress=None):
    from mentorapp.excel.reports import export_client_report as export

    return export(client, start, end, out, progress=progress)


def export_staff_report(employee_id, out, include_private, progress=None):
    from mentorapp.excel.reports import export_staff_report as export

    return export(employee_id, out, include_private=include_private, progress=progress)


def export_training_matrix(out, client, progress=None):
    from mentorapp.excel.reports import export_training_matrix as export

    return export(out, client=client, progress=progress)


def export_mentoring_report(start, end, out, progress=None):
    from mentorapp.excel.reports import export_mentoring_report as export

    return export(start, end, out, progress=progress)


def write_template(kind, out, client):
    from mentorapp.excel.templates import write_template as write

    return write(kind, out, client=client)


def import_file(kind, path, dry_run, create_clients, progress=None):
    from mentorapp.excel.importing import import_file as run_import

    return run_import(kind, path, dry_run=dry_run, create_clients=create_clients,
                      progress=progress)


# -- what each report needs ------------------------------------------------------------------
@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    description: str
    needs_client: bool = False
    client_optional: bool = False
    needs_staff: bool = False
    needs_period: bool = False


REPORTS = [
    ReportKind("client", "Client report",
               "For an account manager to send a client: headcount, ratings, shareable "
               "feedback, training and certifications of the staff on that client's account "
               "over a period.", needs_client=True, needs_period=True),
    ReportKind("staff", "Staff report",
               "One person's development: placements, ratings, feedback, training, career "
               "goals and mentoring.", needs_staff=True),
    ReportKind("training", "Training matrix",
               "Staff against training programs with status and certification expiry, for "
               "every client or one.", needs_client=True, client_optional=True),
    ReportKind("mentoring", "Mentoring report",
               "Mentors, mentorships, sessions and action items over a period.",
               needs_period=True),
]
IMPORT_KINDS = [("staff", "Staff roster"), ("training", "Training records"),
                ("feedback", "Feedback forms")]
PERIODS = ["Last month", "This quarter", "Last quarter", "This year", "Last 12 months"]


def period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a named period."""
    month_start = today.replace(day=1)
    quarter_start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    if name == "Last month":
        end = month_start - dt.timedelta(days=1)
        return end.replace(day=1), end
    if name == "This quarter":
        return quarter_start, today
    if name == "Last quarter":
        end = quarter_start - dt.timedelta(days=1)
        return end.replace(month=(end.month - 1) // 3 * 3 + 1, day=1), end
    if name == "This year":
        return today.replace(month=1, day=1), today
    months_back = month_start.year * 12 + month_start.month - 1 - 11  # 12 months with this one
    return dt.date(months_back // 12, months_back % 12 + 1, 1), today


def problem_rows(result) -> list[dict]:
    """An import's problems as table rows."""
    from mentorapp.excel.importing.common import show_value

    return [{"row": p.row, "column": p.column, "message": p.message,
             "value": show_value(p.value)} for p in result.problems]


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def safe_file_part(text: str) -> str:
    return "".join(c if c.isalnum() or c in " -_." else "_" for c in text).strip() or "report"


class ReportsPage(QWidget):
    """Signals: `report_written(str)` with the path of a finished report;
    `records_changed()` after an import wrote records; `import_checked(object)` with the
    dry run's `ImportResult`; `busy_changed(bool)`."""

    report_written = Signal(str)
    records_changed = Signal()
    import_checked = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_output: Path | None = None
        self.checked_path: Path | None = None
        self.check_result = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_reports_tab(), icon("reports"), "Reports")
        self.tabs.addTab(self._build_import_tab(), icon("import"), "Import")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.tabs)
        self.report_box.setCurrentIndex(0)
        self._report_changed()
        self._import_kind_changed()

    # -- reports tab ---------------------------------------------------------------------
    def _build_reports_tab(self) -> QWidget:
        self.report_box = QComboBox()
        self.report_box.setObjectName("report")
        for kind in REPORTS:
            self.report_box.addItem(icon("reports"), kind.title, kind.key)
        self.report_box.currentIndexChanged.connect(lambda _i: self._report_changed())
        self.description = QLabel(wordWrap=True)
        self.description.setObjectName("hint")
        self.client = client_picker()
        self.client.setObjectName("client")
        self.staff = staff_picker()
        self.staff.setObjectName("staff")
        self.include_private = QCheckBox("Include private mentoring notes")
        self.period_box = QComboBox()
        self.period_box.addItems([*PERIODS, "Custom"])
        self.period_box.currentTextChanged.connect(self._period_chosen)
        self.start = DatePicker()
        self.end = DatePicker()
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period_box, QLabel("from"), self.start, QLabel("to"), self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.dates = QWidget()
        self.dates.setLayout(dates)
        self.output = QLineEdit()
        self.output.setObjectName("output")
        self.output.setPlaceholderText("Where to save the report (.xlsx)")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.setContentsMargins(0, 0, 0, 0)
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose)
        output = QWidget()
        output.setLayout(output_row)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        chooser = QWidget()
        chooser_column = QVBoxLayout(chooser)
        chooser_column.setContentsMargins(0, 0, 0, 4)
        chooser_column.addWidget(self.report_box)
        chooser_column.addWidget(self.description)
        self.form.addRow("Report", chooser)
        self.form.addRow("Client", self.client)
        self.form.addRow("Staff member", self.staff)
        self.form.addRow("", self.include_private)
        self.form.addRow("Period", self.dates)
        self.form.addRow("Save as", output)

        self.run_button = QPushButton(icon("export"), "Create report")
        self.run_button.setObjectName("run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_report)
        self.report_message = QLabel(wordWrap=True)
        self.report_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon("open"), "Open")
        self.open_button.clicked.connect(self.open_output)
        self.folder_button = QPushButton(icon("folder"), "Show in folder")
        self.folder_button.clicked.connect(self.show_output_folder)
        done_row = QHBoxLayout()
        done_row.addWidget(self.run_button)
        done_row.addSpacing(16)
        done_row.addWidget(self.report_message, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        self._show_report_message("")

        box = QGroupBox("Create an Excel report")
        inner = QVBoxLayout(box)
        inner.addLayout(self.form)
        inner.addSpacing(8)
        inner.addLayout(done_row)
        box.setMaximumWidth(900)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(box)
        layout.addStretch(1)
        self.period_box.setCurrentText("Last month")
        self._period_chosen("Last month")
        return tab

    def report_kind(self) -> ReportKind:
        return REPORTS[self.report_box.currentIndex()]

    def _report_changed(self) -> None:
        kind = self.report_kind()
        self.description.setText(kind.description)
        self.client.setPlaceholderText("All clients" if kind.client_optional
                                       else "Type to search clients")
        for widget, shown in ((self.client, kind.needs_client), (self.staff, kind.needs_staff),
                              (self.include_private, kind.needs_staff),
                              (self.dates, kind.needs_period)):
            self.form.setRowVisible(widget, shown)
        self.output.clear()
        self._show_report_message("")

    def _period_chosen(self, name: str) -> None:
        if name == "Custom":
            return
        start, end = period(name, dt.date.today())
        for picker, day in ((self.start, start), (self.end, end)):
            picker.blockSignals(True)
            picker.setDate(QDate(day))
            picker.blockSignals(False)

    def _dates_edited(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentText("Custom")
        self.period_box.blockSignals(False)

    def suggested_name(self) -> str:
        kind = self.report_kind()
        parts = [kind.title]
        if kind.needs_client and self.client.text().strip():
            parts.append(self.client.text().strip())
        if kind.needs_staff and self.staff.text().strip():
            parts.append(self.staff.text().strip().rsplit(" (", 1)[0])
        if kind.needs_period:
            parts.append(f"{self.start.value():%Y-%m-%d} to {self.end.value():%Y-%m-%d}")
        else:
            parts.append(f"{dt.date.today():%Y-%m-%d}")
        return safe_file_part(" - ".join(parts)) + ".xlsx"

    def choose_output(self) -> None:
        start = self.output.text().strip() or str(documents_folder() / self.suggested_name())
        path, _ = QFileDialog.getSaveFileName(self, "Save report as", start,
                                              "Excel workbook (*.xlsx)")
        if path:
            self.output.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def report_arguments(self) -> tuple:
        """The work function and its arguments for the chosen report; UserError when
        something the report needs is missing."""
        kind = self.report_kind()
        out = self.output.text().strip()
        if not out:
            raise UserError("Choose where to save the report")
        if not out.lower().endswith(".xlsx"):
            out += ".xlsx"
            self.output.setText(out)
        client = None
        if kind.needs_client:
            try:
                client_id = self.client.value()
            except PickError as exc:
                raise UserError(f"Client: {exc}") from None
            if client_id is None and not kind.client_optional:
                raise UserError("Choose the client the report is for")
            client = self.client.describe(client_id) if client_id is not None else None
        start, end = self.start.value(), self.end.value()
        if kind.key == "client":
            return export_client_report, (client, start, end, out)
        if kind.key == "staff":
            try:
                staff_id = self.staff.value()
            except PickError as exc:
                raise UserError(f"Staff member: {exc}") from None
            if staff_id is None:
                raise UserError("Choose the staff member the report is about")
            employee_id = staff.get(staff_id)["employee_id"]
            return export_staff_report, (employee_id, out, self.include_private.isChecked())
        if kind.key == "training":
            return export_training_matrix, (out, client)
        return export_mentoring_report, (start, end, out)

    def run_report(self) -> Task | None:
        try:
            work, args = self.report_arguments()
        except UserError as exc:
            self._show_report_message(str(exc), error=True)
            return None
        self._show_report_message("")
        return self._start(work, *args, label=f"Creating the {self.report_kind().title.lower()}…",
                           on_done=self._report_done, on_error=self._report_failed)

    def _report_done(self, path) -> None:
        self._finish()
        self.last_output = Path(path)
        self._show_report_message(f"Saved {self.last_output}", done=True)
        self.report_written.emit(str(self.last_output))

    def _report_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self._show_report_message("Cancelled: no file was written.")
        elif isinstance(exc, UserError):
            self._show_report_message(str(exc), error=True)
        else:
            self._show_report_message("The report could not be created.", error=True)
            report_unexpected(exc)

    def _show_report_message(self, text: str, *, error: bool = False, done: bool = False
                             ) -> None:
        self.report_message.setText(text)
        self.report_message.setStyleSheet("color: #c62828" if error else "")
        self.open_button.setVisible(done)
        self.folder_button.setVisible(done)

    def open_output(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def show_output_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))

    # -- import tab ----------------------------------------------------------------------
    def _build_import_tab(self) -> QWidget:
        self.import_kind = QComboBox()
        self.import_kind.setObjectName("import_kind")
        for key, title in IMPORT_KINDS:
            self.import_kind.addItem(title, key)
        self.import_kind.currentIndexChanged.connect(lambda _i: self._import_kind_changed())
        self.template_client = client_picker()
        self.template_client.setPlaceholderText("Optional: list a client's staff on the form")
        self.template_button = QPushButton(icon("template"), "Save a blank template…")
        self.template_button.clicked.connect(self.save_template)
        self.create_clients = QCheckBox("Create clients the file names that do not exist yet")
        self.create_clients.toggled.connect(lambda _on: self._forget_check())
        self.check_button = QPushButton(icon("search"), "Choose a file and check it…")
        self.check_button.clicked.connect(self.choose_and_check)
        self.import_button = QPushButton(icon("import"), "Import")
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.run_import)
        self.import_message = QLabel(wordWrap=True)
        self.import_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_model = RecordTableModel(
            [Column("row", "Row", numeric=True, width=60), Column("column", "Column", width=160),
             Column("message", "Problem", width=380), Column("value", "Value in the file")],
            self)
        self.problems = QTableView()
        self.problems.setObjectName("problems")
        self.problems.setModel(self.problems_model)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.verticalHeader().hide()
        self.problems.verticalHeader().setDefaultSectionSize(
            self.problems.fontMetrics().height() + 8)
        self.problems.setWordWrap(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(self.problems_model.columns):
            self.problems.horizontalHeader().resizeSection(number, column.width)

        form = QFormLayout()
        form.addRow("What to import", self.import_kind)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_client, 1)
        template_row.addWidget(self.template_button)
        template_row.addStretch(0)
        self.template_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                           QSizePolicy.Policy.Fixed)
        self.template_row = QWidget()
        self.template_row.setLayout(template_row)
        template_row.setContentsMargins(0, 0, 0, 0)
        form.addRow("Template", self.template_row)
        form.addRow("", self.create_clients)
        self.import_form = form
        steps = QHBoxLayout()
        steps.addWidget(self.check_button)
        steps.addWidget(self.import_button)
        steps.addSpacing(16)
        steps.addWidget(self.import_message, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        hint = QLabel("Check a file first: nothing is written until every row is right, then "
                      "Import writes all rows at once.")
        hint.setObjectName("hint")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(line)
        layout.addWidget(hint)
        layout.addLayout(steps)
        layout.addWidget(self.problems, 1)
        return tab

    def show_import(self) -> None:
        """Switch to the import tab (the welcome page's "Import a roster")."""
        self.tabs.setCurrentIndex(1)
        self.import_kind.setCurrentIndex(0)

    def import_kind_key(self) -> str:
        return self.import_kind.currentData()

    def _import_kind_changed(self) -> None:
        kind = self.import_kind_key()
        self.template_client.setVisible(kind == "feedback")
        self.import_form.setRowVisible(self.create_clients, kind != "feedback")
        self._forget_check()

    def _forget_check(self) -> None:
        """Options changed: the file must be checked again before it can be imported."""
        self.checked_path = None
        self.check_result = None
        self.import_button.setEnabled(False)
        self.problems_model.set_rows([])
        self.import_message.clear()

    def save_template(self) -> Task | None:
        kind = self.import_kind_key()
        client = None
        if kind == "feedback":
            try:
                client_id = self.template_client.value()
            except PickError as exc:
                self._show_import_message(f"Client: {exc}", error=True)
                return None
            client = self.template_client.describe(client_id) if client_id else None
        name = dict(IMPORT_KINDS)[kind] + (f" - {client}" if client else "") + " template.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, "Save template as",
                                              str(documents_folder() / safe_file_part(name)),
                                              "Excel workbook (*.xlsx)")
        if not path:
            return None
        return self.write_template_to(path, client)

    def write_template_to(self, path: str, client: str | None = None) -> Task:
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self._start(write_template, self.import_kind_key(), path, client,
                           label="Writing the template…", with_progress=False,
                           on_done=self._template_done, on_error=self._import_failed)

    def _template_done(self, path) -> None:
        self._finish()
        self.last_output = Path(path)
        self._show_import_message(f"Template saved: {path}. Fill it in, then check it here.")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_and_check(self) -> Task | None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a file to import",
                                              str(documents_folder()),
                                              "Excel or CSV (*.xlsx *.csv)")
        return self.check_file(path) if path else None

    def check_file(self, path: str) -> Task:
        """Dry run: list every problem; Import becomes available only when there are none."""
        self._forget_check()
        kind = self.import_kind_key()
        return self._start(import_file, kind, path, True, self.create_clients.isChecked(),
                           label=f"Checking {Path(path).name}…",
                           on_done=lambda result: self._checked(Path(path), result),
                           on_error=self._import_failed)

    def _checked(self, path: Path, result) -> None:
        self._finish()
        self.check_result = result
        self.problems_model.set_rows(problem_rows(result))
        warnings = "".join(f"\n{w}" for w in result.warnings)
        if result.ok:
            self.checked_path = path
            self._show_import_message(f"{path.name}: no problems. {result.summary()}. "
                                      f"Press Import to write them.{warnings}")
        else:
            more = f" (and {result.more_problems:,} more)" if result.more_problems else ""
            self._show_import_message(
                f"{path.name}: {len(result.problems):,} problems{more} in {result.rows:,} rows; "
                f"nothing can be imported until they are fixed in the file.{warnings}",
                error=True)
        self.import_button.setEnabled(result.ok)
        self.import_checked.emit(result)

    def run_import(self) -> Task | None:
        if self.checked_path is None:
            return None
        path = self.checked_path
        self.import_button.setEnabled(False)
        return self._start(import_file, self.import_kind_key(), str(path), False,
                           self.create_clients.isChecked(), label=f"Importing {path.name}…",
                           on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result) -> None:
        self._finish()
        self.checked_path = None
        self.problems_model.set_rows(problem_rows(result))
        if result.ok:
            self._show_import_message(result.summary())
            self.records_changed.emit()
        else:
            self._show_import_message("Nothing was imported: a row was refused while "
                                      "writing (listed below).", error=True)

    def _import_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self._show_import_message("Cancelled: nothing was written.")
        elif isinstance(exc, UserError):
            self._show_import_message(str(exc), error=True)
        else:
            self._show_import_message("The file could not be processed.", error=True)
            report_unexpected(exc)

    def _show_import_message(self, text: str, *, error: bool = False) -> None:
        self.import_message.setText(text)
        self.import_message.setStyleSheet("color: #c62828" if error else "")

    # -- running work behind a progress dialog -------------------------------------------
    def _start(self, work, *args, label: str, on_done, on_error,
               with_progress: bool = True) -> Task:
        self.progress_dialog = QProgressDialog(label, "Cancel", 0, 100 if with_progress else 0,
                                               self)
        self.progress_dialog.setWindowTitle("MentorApp")
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(300)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        if not with_progress:
            self.progress_dialog.setCancelButton(None)
        self.task = run_task(work, *args, on_done=on_done, on_error=on_error,
                             progress=self._progress if with_progress else None)
        self.progress_dialog.canceled.connect(self.task.cancel)
        self.progress_dialog.setValue(0)
        self._set_busy(True)
        return self.task

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total:
            self.progress_dialog.setValue(int(done * 100 / total))

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.run_button, self.template_button, self.check_button):
            button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def cancel(self) -> None:
        """Cancel the running report or import (what the progress dialog's button does)."""
        if self.task is not None:
            self.task.cancel()

    def refresh(self) -> None:
        """Nothing is listed here; the pickers search when typed into."""
