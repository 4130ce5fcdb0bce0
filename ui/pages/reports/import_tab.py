"""The import tab: save a blank template, or check a file (a dry run listing every problem
by row) and import it once it is clean. The Excel modules are imported inside the work
functions, so openpyxl loads only when an import is first run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import Cancelled, UserError
from mentorapp.periods import template_file_name
from ui import i18n, preferences
from ui.i18n import Context
from ui.models.table import Column, RecordTableModel
from ui.pages.reports.progress import ProgressWork
from ui.resources import icon
from ui.tasks import Task, report_unexpected
from ui.theme import mark_error
from ui.widgets import file_dialogs
from ui.widgets.forms import PickError
from ui.widgets.lookups import client_picker

tr_import_tab = Context("tr_import_tab")


# -- the work (runs on the thread pool) ------------------------------------------------------
def write_template(kind, out, client):
    from mentorapp.excel.templates import write_template as write

    return write(kind, out, client=client)


def import_file(kind, path, dry_run, create_clients, client=None, progress=None):
    from mentorapp.excel.importing import import_file as run_import

    return run_import(kind, path, dry_run=dry_run, create_clients=create_clients,
                      client=client, progress=progress)


# The kinds' titles, English (marked for translation): a template's file name keeps the
# English title, as the template itself is English until the core is translated.
IMPORT_KINDS = [("staff", QT_TRANSLATE_NOOP("tr_import_tab", "Staff roster")),
                ("training", QT_TRANSLATE_NOOP("tr_import_tab", "Training records")),
                ("feedback", QT_TRANSLATE_NOOP("tr_import_tab", "Feedback forms")),
                ("kpi", QT_TRANSLATE_NOOP("tr_import_tab", "KPI values")),
                ("evaluations", QT_TRANSLATE_NOOP("tr_import_tab", "Quality evaluations")),
                ("roles", QT_TRANSLATE_NOOP("tr_import_tab", "Role ladders"))]
# What a kind's file holds, shown under the choice (the others say it in their template).
KIND_HINTS = {
    "kpi": QT_TRANSLATE_NOOP(
        "tr_import_tab",
        "Figures per person and day, week or month: long (Employee ID, Date, Metric, Value, "
        "Count) or wide (a column per metric, as the template has). Importing a period again "
        "replaces its figures: the check says how many values it would add, change, leave "
        "unchanged and remove."),
    "evaluations": QT_TRANSLATE_NOOP(
        "tr_import_tab",
        "One row per answered scorecard item: Evaluation ID, Employee ID, Evaluator, Client, "
        "Interaction ID, Channel, Interaction Date, Scorecard, Item Key, Answer, Comment, "
        "Shareable. An evaluation imported before (same interaction, evaluator and scorecard) "
        "is refused; change one through a dispute."),
    "roles": QT_TRANSLATE_NOOP(
        "tr_import_tab",
        "One row per requirement of a role: Role, Client (empty: the company ladder), Level, "
        "Next Role, Min Tenure Months, Requirement Type (competency, training, certification), "
        "Requirement, Minimum (a competency's rating, 1-5). Each role named gets exactly the "
        "file's requirements; other roles are left as they are."),
}
NO_TEMPLATE = ("evaluations",)  # made by the QA tool that exports them


IMPORTABLE_FILES = QT_TRANSLATE_NOOP("tr_import_tab", "Spreadsheets and CSV (*.xlsx *.xlsm "
                                                     "*.xls *.xlsb *.ods *.csv)")


def problem_rows(result) -> list[dict]:
    """An import's problems as table rows."""
    return [{"row": p.row, "column": p.column, "message": p.message,
             "value": p.shown_value()} for p in result.problems]


def problems_text(result) -> str:
    """"1 problem", "12 problems", "10,000 problems (and 52 more)"."""
    count = len(result.problems)
    if result.more_problems:
        return tr_import_tab.tr("%Ln problem(s) (and {more} more)", None, count).format(
            more=i18n.number(result.more_problems))
    return tr_import_tab.tr("%Ln problem(s)", None, count)


def summary_text(result) -> str:
    """What an import did, or a dry run would do (the KPI import also counts removed
    values)."""
    if result.kind == "kpi":
        counts = tr_import_tab.tr("%Ln value(s) added, {changed} changed, {unchanged} "
                                  "unchanged, {removed} removed", None, result.created).format(
            changed=i18n.number(result.updated), unchanged=i18n.number(result.unchanged),
            removed=i18n.number(result.removed))
    else:
        counts = tr_import_tab.tr("{created} created, {updated} updated, {unchanged} "
                                  "unchanged").format(
            created=i18n.number(result.created), updated=i18n.number(result.updated),
            unchanged=i18n.number(result.unchanged))
    if result.dry_run:
        return tr_import_tab.tr("Dry run, nothing written: %Ln row(s) checked; they would "
                                "give {counts}", None, result.rows).format(counts=counts)
    return tr_import_tab.tr("%Ln row(s) imported: {counts}", None, result.rows).format(
        counts=counts)


class ImportTab(QWidget):
    """Signals: `records_changed()` after an import wrote records; `import_checked(object)`
    with the dry run's `ImportResult`."""

    records_changed = Signal()
    import_checked = Signal(object)

    def __init__(self, work: ProgressWork, parent=None):
        super().__init__(parent)
        self.work = work
        self.checked_path: Path | None = None
        self.check_result = None
        self.import_kind = QComboBox()
        self.import_kind.setObjectName("import_kind")
        for key, title in IMPORT_KINDS:
            self.import_kind.addItem(tr_import_tab.tr(title), key)
        self.import_kind.currentIndexChanged.connect(lambda _i: self._import_kind_changed())
        self.template_client = client_picker()
        self.template_client.setPlaceholderText(
            tr_import_tab.tr("Optional: list a client's staff on the form"))
        self.kpi_client = client_picker()
        self.kpi_client.setObjectName("kpi_client")
        self.kpi_client.setPlaceholderText(tr_import_tab.tr(
            "The client whose metrics the file holds (empty: each person's current client)"))
        self.kpi_client.textEdited.connect(lambda _text: self._forget_check())
        self.kind_hint = QLabel(wordWrap=True)
        self.kind_hint.setObjectName("hint")
        self.template_button = QPushButton(icon("template"),
                                          tr_import_tab.tr("Save a blank template…"))
        self.template_button.clicked.connect(self.save_template)
        self.create_clients = QCheckBox(
            tr_import_tab.tr("Create clients the file names that do not exist yet"))
        self.create_clients.toggled.connect(lambda _on: self._forget_check())
        self.check_button = QPushButton(icon("search"),
                                        tr_import_tab.tr("Choose a file and check it…"))
        self.check_button.clicked.connect(self.choose_and_check)
        self.import_button = QPushButton(icon("import"), tr_import_tab.tr("Import"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.run_import)
        self.import_message = QLabel(wordWrap=True)
        self.import_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_model = RecordTableModel(
            [Column("row", tr_import_tab.tr("Row"), numeric=True, width=60),
             Column("column", tr_import_tab.tr("Column"), width=160),
             Column("message", tr_import_tab.tr("Problem"), width=380),
             Column("value", tr_import_tab.tr("Value in the file"))],
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
        chooser = QWidget()
        chooser_column = QVBoxLayout(chooser)
        chooser_column.setContentsMargins(0, 0, 0, 0)
        chooser_column.addWidget(self.import_kind)
        chooser_column.addWidget(self.kind_hint)
        form.addRow(tr_import_tab.tr("What to import"), chooser)
        form.addRow(tr_import_tab.tr("Client"), self.kpi_client)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_client, 1)
        template_row.addWidget(self.template_button)
        template_row.addStretch(0)
        self.template_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                           QSizePolicy.Policy.Fixed)
        self.template_row = QWidget()
        self.template_row.setLayout(template_row)
        template_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr_import_tab.tr("Template"), self.template_row)
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
        hint = QLabel(tr_import_tab.tr("Check a file first: nothing is written until every row "
                                       "is right, then Import writes all rows at once."),
                      wordWrap=True)  # one line in English; two in Spanish at 1024 pixels
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(line)
        layout.addWidget(hint)
        layout.addLayout(steps)
        layout.addWidget(self.problems, 1)
        self.work.busy_changed.connect(self._set_busy)
        self._import_kind_changed()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.template_button, self.check_button):
            button.setEnabled(not busy)

    def import_kind_key(self) -> str:
        return self.import_kind.currentData()

    def _import_kind_changed(self) -> None:
        kind = self.import_kind_key()
        self.template_client.setVisible(kind == "feedback")
        self.import_form.setRowVisible(self.create_clients,
                                       kind not in ("feedback", "kpi", "roles"))
        self.import_form.setRowVisible(self.kpi_client, kind == "kpi")
        self.import_form.setRowVisible(self.template_row, kind not in NO_TEMPLATE)
        self.kind_hint.setText(tr_import_tab.tr(KIND_HINTS[kind]) if kind in KIND_HINTS else "")
        self.kind_hint.setVisible(kind in KIND_HINTS)
        self._forget_check()

    def _create_clients(self, kind: str) -> bool:
        """The box's tick, for the kinds that show it (a hidden tick creates nothing)."""
        return self.create_clients.isChecked() and kind not in ("feedback", "kpi", "roles")

    def kpi_client_name(self) -> str | None:
        """The client named for a KPI file (None: each person's current client); UserError
        when the text names no client or several."""
        try:
            client_id = self.kpi_client.value()
        except PickError as exc:
            raise UserError(tr_import_tab.tr("Client: {problem}").format(problem=exc)) from None
        return self.kpi_client.describe(client_id) if client_id else None

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
                self._show_import_message(
                    tr_import_tab.tr("Client: {problem}").format(problem=exc), error=True)
                return None
            client = self.template_client.describe(client_id) if client_id else None
        elif kind == "kpi":  # its columns are that client's metrics
            try:
                client = self.kpi_client_name()
            except UserError as exc:
                self._show_import_message(str(exc), error=True)
                return None
            if client is None:
                self._show_import_message(tr_import_tab.tr(
                    "Client: choose the client whose metrics the KPI template lists"), error=True)
                return None
        name = template_file_name(dict(IMPORT_KINDS)[kind], client)
        path = file_dialogs.save_file_name(self, tr_import_tab.tr("Save template as"),
                                           str(preferences.last_folder() / name),
                                           tr_import_tab.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        preferences.remember_folder(path)
        return self.write_template_to(path, client)

    def write_template_to(self, path: str, client: str | None = None) -> Task:
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self.work.start(write_template, self.import_kind_key(), path, client,
                               label=tr_import_tab.tr("Writing the template…"), with_progress=False,
                               on_done=self._template_done, on_error=self._import_failed)

    def _template_done(self, path) -> None:
        self.work.finish()
        self._show_import_message(tr_import_tab.tr(
            "Template saved: {path}. Fill it in, then check it here.").format(path=path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_and_check(self) -> Task | None:
        path = file_dialogs.open_file_name(self, tr_import_tab.tr("Choose a file to import"),
                                           str(preferences.last_folder()),
                                           tr_import_tab.tr(IMPORTABLE_FILES))
        if not path:
            return None
        preferences.remember_folder(path)
        return self.check_file(path)

    def check_file(self, path: str) -> Task | None:
        """Dry run: list every problem; Import becomes available only when there are none."""
        self._forget_check()
        kind = self.import_kind_key()
        try:
            client = self.kpi_client_name() if kind == "kpi" else None
        except UserError as exc:
            self._show_import_message(str(exc), error=True)
            return None
        return self.work.start(import_file, kind, path, True, self._create_clients(kind),
                               client,
                               label=tr_import_tab.tr("Checking {file}…").format(
                                   file=Path(path).name),
                               on_done=lambda result: self._checked(Path(path), result),
                               on_error=self._import_failed)

    def _checked(self, path: Path, result) -> None:
        self.work.finish()
        self.check_result = result
        self.problems_model.set_rows(problem_rows(result))
        warnings = "".join(f"\n{w}" for w in result.warnings)
        if result.ok:
            self.checked_path = path
            self._show_import_message(tr_import_tab.tr(
                "{file}: no problems. {summary}. Press Import to write them.").format(
                file=path.name, summary=summary_text(result)) + warnings)
        else:
            self._show_import_message(tr_import_tab.tr(
                "{file}: {problems} in %Ln row(s); nothing can be imported until they are "
                "fixed in the file.", None, len({p.row for p in result.problems})).format(
                file=path.name, problems=problems_text(result)) + warnings, error=True)
        self.import_button.setEnabled(result.ok)
        self.import_checked.emit(result)

    def run_import(self) -> Task | None:
        if self.checked_path is None:
            return None
        path = self.checked_path
        kind = self.import_kind_key()
        try:
            client = self.kpi_client_name() if kind == "kpi" else None
        except UserError as exc:
            self._show_import_message(str(exc), error=True)
            return None
        self.import_button.setEnabled(False)
        return self.work.start(import_file, kind, str(path), False,
                               self._create_clients(kind), client,
                               label=tr_import_tab.tr("Importing {file}…").format(file=path.name),
                               on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result) -> None:
        self.work.finish()
        self.checked_path = None
        self.problems_model.set_rows(problem_rows(result))
        if result.ok:
            self._show_import_message(summary_text(result))
            self.records_changed.emit()
        else:
            self._show_import_message(tr_import_tab.tr(
                "Nothing was imported: a row was refused while writing (listed below)."),
                error=True)

    def _import_failed(self, exc: BaseException) -> None:
        self.work.finish()
        if isinstance(exc, Cancelled):
            self._show_import_message(tr_import_tab.tr("Cancelled: nothing was written."))
        elif isinstance(exc, UserError):
            self._show_import_message(str(exc), error=True)
        else:
            self._show_import_message(tr_import_tab.tr("The file could not be processed."),
                                      error=True)
            report_unexpected(exc)

    def _show_import_message(self, text: str, *, error: bool = False) -> None:
        self.import_message.setText(text)
        mark_error(self.import_message, error)
