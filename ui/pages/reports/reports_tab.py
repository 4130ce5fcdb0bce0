"""The reports tab: pick a report, its client or staff member and period, and a file; the
export runs behind the progress dialog, then "Open" and "Show in folder". The Excel modules
are imported inside the work functions, so openpyxl loads only when a report is first run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTranslator, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import Cancelled, UserError
from mentorapp.periods import period, report_file_name
from mentorapp.services import clients, staff
from ui import i18n, preferences
from ui.i18n import Context
from ui.pages.reports.progress import ProgressWork
from ui.resources import icon
from ui.tasks import Task, report_unexpected
from ui.theme import mark_error
from ui.widgets import file_dialogs
from ui.widgets.date_field import DateField, DateTextError
from ui.widgets.forms import PickError
from ui.widgets.lookups import client_picker, staff_picker

tr_reports_tab = Context("tr_reports_tab")


# -- the work (runs on the thread pool) ------------------------------------------------------
def export_client_report(client, start, end, out, pdf=False, progress=None):
    """The pack as the period's next version, with its PDF beside it when `pdf`."""
    from mentorapp.excel.client_report import write_pack_pdf
    from mentorapp.excel.reports import export_client_report as export

    path = export(client, start, end, out, progress=progress)
    if pdf:
        try:
            write_pack_pdf(path, client, start, end)
        except UserError as exc:
            raise UserError(tr_reports_tab.tr("Saved {path}, but not its PDF: {problem}")
                            .format(path=path, problem=exc)) from exc
    return path


# The internal reports below are written in the window's language.
def export_staff_report(employee_id, out, include_private, progress=None):
    from mentorapp.excel.reports import export_staff_report as export

    return export(employee_id, out, include_private=include_private, progress=progress,
                  language=i18n.current_language())


def export_training_matrix(out, client, progress=None):
    from mentorapp.excel.reports import export_training_matrix as export

    return export(out, client=client, progress=progress, language=i18n.current_language())


def export_mentoring_report(start, end, out, progress=None):
    from mentorapp.excel.reports import export_mentoring_report as export

    return export(start, end, out, progress=progress, language=i18n.current_language())


def export_quality_report(client, start, end, out, progress=None):
    from mentorapp.excel.quality_report import export_quality_report as export

    return export(client, start, end, out, progress=progress,
                  language=i18n.current_language())


def export_what_worked_report(start, end, out, client, progress=None):
    from mentorapp.excel.what_worked_report import export_what_worked_report as export

    return export(start, end, out, client=client, progress=progress,
                  language=i18n.current_language())


# -- what each report needs ------------------------------------------------------------------
@dataclass(frozen=True)
class ReportKind:
    """The texts are English, marked for translation; the suggested file name uses the title
    in the workbook's language (`ReportsTab.workbook_language()`); `busy` is the progress
    dialog's whole phrase, so the article agrees with the title in every language."""

    key: str
    title: str
    description: str
    busy: str
    needs_client: bool = False
    client_optional: bool = False
    needs_staff: bool = False
    needs_period: bool = False


REPORTS = [
    ReportKind("client", QT_TRANSLATE_NOOP("tr_reports_tab", "Client report"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "For an account manager to send a client: headcount, ratings, shareable "
                   "feedback, training and certifications of the staff on that client's account "
                   "over a period."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the client report…"),
               needs_client=True, needs_period=True),
    ReportKind("staff", QT_TRANSLATE_NOOP("tr_reports_tab", "Staff report"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "One person's development: placements, ratings, feedback, training, career "
                   "goals and mentoring."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the staff report…"),
               needs_staff=True),
    ReportKind("training", QT_TRANSLATE_NOOP("tr_reports_tab", "Training matrix"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "Staff against training programs with status and certification expiry, for "
                   "every client or one."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the training matrix…"),
               needs_client=True, client_optional=True),
    ReportKind("mentoring", QT_TRANSLATE_NOOP("tr_reports_tab", "Mentoring report"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "Over a period: each mentor's mentees, sessions, hours and action items, "
                   "and each mentorship with the mentee's rating before and since it began."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the mentoring report…"),
               needs_period=True),
    ReportKind("quality", QT_TRANSLATE_NOOP("tr_reports_tab", "Quality report"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "Internal: a client's quality evaluations over a period, with scores, critical "
                   "fails, the items failed most and the calibrations' spread."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the quality report…"),
               needs_client=True, needs_period=True),
    ReportKind("what_worked", QT_TRANSLATE_NOOP("tr_reports_tab", "What worked"),
               QT_TRANSLATE_NOOP("tr_reports_tab",
                   "Internal: each training, mentorship and coaching session of the period, the "
                   "person's ratings, quality and KPI figures before and after against similar "
                   "people who did not have it, and the average per program, mentor and client "
                   "(with a warning where the numbers are too small to say anything)."),
               QT_TRANSLATE_NOOP("tr_reports_tab", "Creating the what worked…"),
               needs_client=True, client_optional=True, needs_period=True),
]


# mentorapp.periods.PERIODS marked for translation (a test checks they are the same): the
# period choice's keys, shown translated.
PERIOD_WORDS = [QT_TRANSLATE_NOOP("tr_reports_tab", "Last month"),
                QT_TRANSLATE_NOOP("tr_reports_tab", "This quarter"),
                QT_TRANSLATE_NOOP("tr_reports_tab", "Last quarter"),
                QT_TRANSLATE_NOOP("tr_reports_tab", "This year"),
                QT_TRANSLATE_NOOP("tr_reports_tab", "Last 12 months")]
CUSTOM = "custom"  # the period choice's key for typed dates

PDF_KEY = "reports/client_pdf"  # "Also as PDF", remembered for the next client report


def _title_in(language: str, title: str) -> str:
    """A report's title in `language`: the window's through its installed translators, a
    client's other language through that language's catalogue loaded for the moment."""
    if language == i18n.current_language():
        return tr_reports_tab.tr(title)
    catalogue = i18n.compiled_catalogue(language)
    other = QTranslator()
    if catalogue is None or not other.load(str(catalogue)):
        return title
    return other.translate(tr_reports_tab.name, title) or title


class ReportsTab(QWidget):
    """Signals: `report_written(str)` with the path of a finished report."""

    report_written = Signal(str)

    def __init__(self, work: ProgressWork, parent=None):
        super().__init__(parent)
        self.work = work
        self.last_output: Path | None = None
        self.pdf_asked = False
        self.report_box = QComboBox()
        self.report_box.setObjectName("report")
        for kind in REPORTS:
            self.report_box.addItem(icon("reports"), tr_reports_tab.tr(kind.title), kind.key)
        self.report_box.currentIndexChanged.connect(lambda _i: self._report_changed())
        self.description = QLabel(wordWrap=True)
        self.description.setObjectName("hint")
        self.client = client_picker()
        self.client.setObjectName("client")
        self.staff = staff_picker()
        self.staff.setObjectName("staff")
        self.include_private = QCheckBox(tr_reports_tab.tr("Include private mentoring notes"))
        self.pdf = QCheckBox(tr_reports_tab.tr("Also as PDF"))
        self.pdf.setObjectName("pdf")
        self.pdf.setToolTip(tr_reports_tab.tr("A PDF of the pack beside the workbook, for "
                                              "clients who do not open Excel"))
        self.pdf.setChecked(preferences.qsettings().value(PDF_KEY, False, type=bool))
        self.pdf.toggled.connect(self._pdf_toggled)
        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        for name in PERIOD_WORDS:
            self.period_box.addItem(tr_reports_tab.tr(name), name)
        self.period_box.addItem(tr_reports_tab.tr("Custom", "period"), CUSTOM)
        self.period_box.currentIndexChanged.connect(
            lambda _i: self._period_chosen(self.period_box.currentData()))
        self.start = DateField()
        self.end = DateField()
        self.start.date_changed.connect(self._dates_edited)
        self.end.date_changed.connect(self._dates_edited)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period_box, QLabel(tr_reports_tab.tr("from", "period")), self.start,
                       QLabel(tr_reports_tab.tr("to", "period")), self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.dates = QWidget()
        self.dates.setLayout(dates)
        self.output = QLineEdit()
        self.output.setObjectName("output")
        self.output.setPlaceholderText(tr_reports_tab.tr("Where to save the report (.xlsx)"))
        self.browse_button = choose = QPushButton(tr_reports_tab.tr("Choose…"))
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
        self.form.addRow(tr_reports_tab.tr("Report"), chooser)
        self.form.addRow(tr_reports_tab.tr("Client"), self.client)
        self.form.addRow(tr_reports_tab.tr("Staff member"), self.staff)
        self.form.addRow("", self.include_private)
        self.form.addRow("", self.pdf)
        self.form.addRow(tr_reports_tab.tr("Period"), self.dates)
        self.form.addRow(tr_reports_tab.tr("Save as"), output)

        self.run_button = QPushButton(icon("export"), tr_reports_tab.tr("Create report"))
        self.run_button.setObjectName("run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_report)
        self.report_message = QLabel(wordWrap=True)
        self.report_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon("open"),
                                       tr_reports_tab.tr("Open", "verb: open the file"))
        self.open_button.clicked.connect(self.open_output)
        self.folder_button = QPushButton(icon("folder"), tr_reports_tab.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_output_folder)
        done_row = QHBoxLayout()
        done_row.addWidget(self.run_button)
        done_row.addSpacing(16)
        done_row.addWidget(self.report_message, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        self._show_report_message("")
        # What was wrong ("Choose the client…") goes once the user changes what it names.
        for picker in (self.client, self.staff):
            picker.textEdited.connect(self._clear_report_error)

        box = QGroupBox(tr_reports_tab.tr("Create an Excel report"))
        inner = QVBoxLayout(box)
        inner.addLayout(self.form)
        inner.addSpacing(8)
        inner.addLayout(done_row)
        box.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.period_box.setCurrentIndex(self.period_box.findData("Last month"))
        self._period_chosen("Last month")
        self.work.busy_changed.connect(lambda busy: self.run_button.setEnabled(not busy))
        self.report_box.setCurrentIndex(0)
        self._report_changed()

    def report_kind(self) -> ReportKind:
        return REPORTS[self.report_box.currentIndex()]

    def _report_changed(self) -> None:
        kind = self.report_kind()
        self.description.setText(tr_reports_tab.tr(kind.description))
        self.client.setPlaceholderText(tr_reports_tab.tr("All clients") if kind.client_optional
                                       else tr_reports_tab.tr("Type to search clients"))
        for widget, shown in ((self.client, kind.needs_client), (self.staff, kind.needs_staff),
                              (self.include_private, kind.needs_staff),
                              (self.pdf, kind.key == "client"),
                              (self.dates, kind.needs_period)):
            self.form.setRowVisible(widget, shown)
        self.include_private.setChecked(False)  # private notes: asked for each time
        self.output.clear()
        self._show_report_message("")

    @staticmethod
    def _pdf_toggled(checked: bool) -> None:
        settings = preferences.qsettings()
        settings.setValue(PDF_KEY, checked)
        settings.sync()

    def _period_chosen(self, name: str) -> None:
        """`name`: one of PERIODS, or CUSTOM."""
        if name == CUSTOM:
            return
        start, end = period(name, dt.date.today())
        for picker, day in ((self.start, start), (self.end, end)):
            picker.blockSignals(True)
            picker.set_value(day)
            picker.blockSignals(False)

    def _dates_edited(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(self.period_box.findData(CUSTOM))
        self.period_box.blockSignals(False)

    def suggested_name(self) -> str:
        kind = self.report_kind()
        about = []
        if kind.needs_client:
            about.append(self.client.text())
        if kind.needs_staff:
            about.append(self.staff.text().strip().rsplit(" (", 1)[0])
        try:
            dates = ({"start": self.start.value(), "end": self.end.value()}
                     if kind.needs_period else {})
        except DateTextError:  # half typed: name the file without the period for now
            dates = {}
        title = _title_in(self.workbook_language(), kind.title)
        return report_file_name(title, *about, **dates, today=dt.date.today())

    def workbook_language(self) -> str:
        """The language the chosen report is written in: a client pack in its client's report
        language, the internal reports in the window's."""
        if self.report_kind().key == "client":
            try:
                client_id = self.client.value()
            except PickError:
                client_id = None
            if client_id is not None:
                return clients.get(client_id)["report_language"]
        return i18n.current_language()

    def choose_output(self) -> None:
        # This report's name (its period) in the folder used last, so no older report
        # is replaced by accident.
        typed = self.output.text().strip()
        folder = Path(typed).parent if typed and Path(typed).parent.is_dir() \
            else preferences.last_folder()
        path = file_dialogs.save_file_name(self, tr_reports_tab.tr("Save report as"),
                                           str(folder / self.suggested_name()),
                                           tr_reports_tab.tr("Excel workbook (*.xlsx)"))
        if path:
            preferences.remember_folder(path)
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.output.setText(path)

    def period_dates(self) -> tuple[dt.date, dt.date]:
        """The typed period; UserError naming the field that is not a whole date."""
        days = []
        for field, wrong, missing in (
                (self.start, tr_reports_tab.tr("From: {problem}"),
                 tr_reports_tab.tr("From: type the date the period starts")),
                (self.end, tr_reports_tab.tr("To: {problem}"),
                 tr_reports_tab.tr("To: type the date the period ends"))):
            try:
                day = field.value()
            except DateTextError as exc:
                raise UserError(wrong.format(problem=exc)) from None
            if day is None:
                raise UserError(missing)
            days.append(day)
        return days[0], days[1]

    def report_arguments(self) -> tuple:
        """The work function and its arguments for the chosen report; UserError when
        something the report needs is missing."""
        kind = self.report_kind()
        out = self.output.text().strip()
        if not out:
            raise UserError(tr_reports_tab.tr("Choose where to save the report"))
        if not out.lower().endswith(".xlsx"):
            out += ".xlsx"
            self.output.setText(out)
        client = None
        if kind.needs_client:
            try:
                client_id = self.client.value()
            except PickError as exc:
                raise UserError(tr_reports_tab.tr("Client: {problem}").format(problem=exc)
                                ) from None
            if client_id is None and not kind.client_optional:
                raise UserError(tr_reports_tab.tr("Choose the client the report is for"))
            client = self.client.describe(client_id) if client_id is not None else None
        start, end = self.period_dates() if kind.needs_period else (None, None)
        if kind.key == "client":
            return export_client_report, (client, start, end, out, self.pdf.isChecked())
        if kind.key == "staff":
            try:
                staff_id = self.staff.value()
            except PickError as exc:
                raise UserError(tr_reports_tab.tr("Staff member: {problem}").format(
                    problem=exc)) from None
            if staff_id is None:
                raise UserError(tr_reports_tab.tr("Choose the staff member the report is about"))
            employee_id = staff.get(staff_id)["employee_id"]
            return export_staff_report, (employee_id, out, self.include_private.isChecked())
        if kind.key == "training":
            return export_training_matrix, (out, client)
        if kind.key == "quality":
            return export_quality_report, (client, start, end, out)
        if kind.key == "what_worked":
            return export_what_worked_report, (start, end, out, client)
        return export_mentoring_report, (start, end, out)

    def run_report(self) -> Task | None:
        try:
            work, args = self.report_arguments()
        except UserError as exc:
            self._show_report_message(str(exc), error=True)
            return None
        self._show_report_message("")
        self.pdf_asked = work is export_client_report and self.pdf.isChecked()
        return self.work.start(work, *args,
                               label=tr_reports_tab.tr(self.report_kind().busy),
                               on_done=self._report_done, on_error=self._report_failed)

    def _report_done(self, path) -> None:
        self.work.finish()
        self.last_output = Path(path)
        saved = tr_reports_tab.tr("Saved {path} and its PDF") if self.pdf_asked \
            else tr_reports_tab.tr("Saved {path}")
        self._show_report_message(saved.format(path=self.last_output), done=True)
        self.report_written.emit(str(self.last_output))

    def _report_failed(self, exc: BaseException) -> None:
        self.work.finish()
        if isinstance(exc, Cancelled):
            self._show_report_message(tr_reports_tab.tr("Cancelled: no file was written."))
        elif isinstance(exc, UserError):
            self._show_report_message(str(exc), error=True)
        else:
            self._show_report_message(tr_reports_tab.tr("The report could not be created."),
                                      error=True)
            report_unexpected(exc)

    def _clear_report_error(self) -> None:
        if self.report_message_is_error:
            self._show_report_message("")

    def _show_report_message(self, text: str, *, error: bool = False, done: bool = False
                             ) -> None:
        self.report_message_is_error = error
        self.report_message.setText(text)
        mark_error(self.report_message, error)
        self.open_button.setVisible(done)
        self.folder_button.setVisible(done)

    def open_output(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def show_output_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))
