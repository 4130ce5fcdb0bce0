"""Match a cohort (issue 16): a whole intake (a new hire class in nesting) matched with
mentors at once, by an optimal assignment under every mentor's capacity. The proposal is
reviewed and edited here (another mentor for anyone, never more people than a mentor has free
places), then created in one transaction, or exported like `match cohort --out`."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.collation import name_sort_key
from mentorapp.errors import UserError
from mentorapp.services import staff, suggestions
from ui import i18n, preferences
from ui.dialogs.suggest_mentor_dialog import EVIDENCE_COUNTS, error_message
from ui.i18n import Context
from ui.models.table import ROOT, Column
from ui.pages.list_page import client_options
from ui.pages.profile.tab import heading
from ui.tasks import report_unexpected, run_task
from ui.theme import danger_color, mark_error
from ui.widgets import file_dialogs
from ui.widgets.date_field import DateField, DateTextError
from ui.widgets.record_table import RecordTable
from ui.widgets.sizing import fit_to_screen

tr_cohort_dialog = Context("tr_cohort_dialog")

TITLE = QT_TRANSLATE_NOOP("tr_cohort_dialog", "Match a cohort")
MOST_PEOPLE = 5000  # a whole site is not an intake: narrow the filters
NO_MENTOR = QT_TRANSLATE_NOOP("tr_cohort_dialog", "(no mentor)")
# The exported proposal's columns and empty mentor, in English as `match cohort --out` writes them.
EXPORT_HEADERS = (QT_TRANSLATE_NOOP("tr_cohort_dialog", "Employee ID"),
                  QT_TRANSLATE_NOOP("tr_cohort_dialog", "Name"),
                  QT_TRANSLATE_NOOP("tr_cohort_dialog", "Gaps"),
                  QT_TRANSLATE_NOOP("tr_cohort_dialog", "Mentor"),
                  QT_TRANSLATE_NOOP("tr_cohort_dialog", "Score"),
                  QT_TRANSLATE_NOOP("tr_cohort_dialog", "Why"))
EXPORT_NO_MENTOR = QT_TRANSLATE_NOOP("tr_cohort_dialog", "(none)")
MENTOR_COLUMN = 3
_SEPARATORS = re.compile(r"[\s,;]+")


def pasted_ids(text: str) -> list[str]:
    """Employee IDs pasted one a line, or separated by commas or spaces; each once."""
    return list(dict.fromkeys(part for part in _SEPARATORS.split(text) if part))


def people_with_ids(ids: list[str]) -> list[dict]:
    """The staff members the IDs name, in order; one error that lists the unknown ones."""
    people, unknown = suggestions.people_with_employee_ids(ids)
    if unknown:
        raise UserError(tr_cohort_dialog.tr(
            "%n employee IDs are not in the database: {ids}", None, len(unknown)).format(
                ids=", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")))
    return people


def people_matching(filters: dict, hired_since: dt.date | None) -> list[dict]:
    """The active staff the staff list's filters find, hired on or after `hired_since`."""
    people = [person for person in staff.list(limit=None, sort="name", status="active",
                                              **filters)
              if hired_since is None or (person["hire_date"]
                                         and person["hire_date"] >= hired_since)]
    if not people:
        raise UserError(tr_cohort_dialog.tr("No active staff member matches these filters"))
    return people


def propose(people: list[dict]) -> dict:
    """The proposal for these people and the mentors a reviewer may choose instead (the
    work of the Propose button, on the thread pool)."""
    if len(people) > MOST_PEOPLE:
        raise UserError(tr_cohort_dialog.tr(
            "{people} people: a cohort is at most {most}; narrow the filters").format(
                people=i18n.number(len(people)), most=i18n.number(MOST_PEOPLE)))
    rows = suggestions.propose_cohort([person["id"] for person in people])
    by_id = {person["id"]: person for person in people}
    for row in rows:
        person = by_id[row["staff"]]
        row["employee_id"] = person["employee_id"]
        row["name"] = f"{person['first_name']} {person['last_name']}"
        row["proposed"] = (row["mentor"], row["mentor_name"], row["score"], row["reasons"])
    return {"rows": rows, "choices": suggestions.mentor_choices()}


def fit_titles(header: QHeaderView, widths: tuple[int, ...]) -> int:
    """Size the first sections to `widths`, each widened to show its title whole (Spanish
    and Portuguese titles are longer); their total width."""
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    total = 0
    for number, width in enumerate(widths):
        title = header.model().headerData(number, Qt.Orientation.Horizontal)
        width = max(width, header.fontMetrics().horizontalAdvance(title) + margin)
        header.resizeSection(number, width)
        total += width
    return total


def gaps_text(row: dict) -> str:
    return ", ".join(gap["name"] for gap in row["gaps"])


def table_rows(rows: list[dict]) -> list[list]:
    """The proposal as `match cohort --out` writes it, in the window's language."""
    return [[row["employee_id"], row["name"], gaps_text(row),
             row["mentor_name"] or tr_cohort_dialog.tr(EXPORT_NO_MENTOR),
             row["score"], "; ".join(row["reasons"])] for row in rows]


class CohortTableModel(QAbstractTableModel):
    """The proposal, one row a person; the mentor column is editable (an id in EditRole).

    Signals: `mentor_changed()` after a row got another mentor.
    """

    mentor_changed = Signal()
    HEADERS = (QT_TRANSLATE_NOOP("tr_cohort_dialog", "Employee ID"),
               QT_TRANSLATE_NOOP("tr_cohort_dialog", "Name"),
               QT_TRANSLATE_NOOP("tr_cohort_dialog", "Gaps"),
               QT_TRANSLATE_NOOP("tr_cohort_dialog", "Mentor"),
               QT_TRANSLATE_NOOP("tr_cohort_dialog", "Fit"),
               QT_TRANSLATE_NOOP("tr_cohort_dialog", "Why"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.names: dict[int, str] = {}
        self.over: set[int] = set()  # mentors with more people than free places

    def set_proposal(self, rows: list[dict], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.names, self.over = rows, names, set()
        self.endResetModel()

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return tr_cohort_dialog.tr(self.HEADERS[section])
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == MENTOR_COLUMN else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row["employee_id"], row["name"], gaps_text(row),
                    row["mentor_name"] or tr_cohort_dialog.tr(NO_MENTOR),
                    "" if row["score"] is None else i18n.number(row["score"], 2),
                    "; ".join(row["reasons"]))[column]
        if role == Qt.ItemDataRole.EditRole and column == MENTOR_COLUMN:
            return row["mentor"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (role == Qt.ItemDataRole.ForegroundRole and column == MENTOR_COLUMN
                and row["mentor"] in self.over):
            return QBrush(danger_color())
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if (role != Qt.ItemDataRole.EditRole or index.column() != MENTOR_COLUMN
                or not 0 <= index.row() < len(self.rows)):
            return False
        row = self.rows[index.row()]
        if value == row["mentor"]:
            return False
        if value == row["proposed"][0]:  # back to what the matching proposed, and why
            row["mentor"], row["mentor_name"], row["score"], row["reasons"] = row["proposed"]
        else:
            row.update(mentor=value, mentor_name=self.names.get(value, ""), score=None,
                       reasons=[tr_cohort_dialog.tr("chosen in review") if value is not None
                                else tr_cohort_dialog.tr("no mentor chosen")])
        self.dataChanged.emit(self.index(index.row(), MENTOR_COLUMN),
                              self.index(index.row(), len(self.HEADERS) - 1))
        self.mentor_changed.emit()
        return True

    def set_over(self, over: set[int]) -> None:
        if over != self.over:
            self.over = over
            if self.rows:
                self.dataChanged.emit(self.index(0, MENTOR_COLUMN),
                                      self.index(len(self.rows) - 1, MENTOR_COLUMN))


class MentorDelegate(QStyledItemDelegate):
    """The mentor column's editor: a list of the mentors with free places (and none)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choices: list[dict] = []

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.addItem(tr_cohort_dialog.tr(NO_MENTOR), None)
        for choice in self.choices:
            editor.addItem(tr_cohort_dialog.tr("{name} ({free} of {capacity} free)").format(
                name=choice["name"], free=choice["free"], capacity=choice["capacity"]),
                choice["mentor"])
        return editor

    def setEditorData(self, editor, index):
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CohortDialog(QDialog):
    """Choose the people, propose, review, create.

    Signals: `created(list)` with the mentorships started.
    """

    created = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr_cohort_dialog.tr(TITLE))
        fit_to_screen(self, 1180, 720)
        self.busy = False
        self.creating = False
        self.choices: dict[int, dict] = {}
        self.pasted = QPlainTextEdit()
        self.pasted.setObjectName("employee_ids")
        self.pasted.setPlaceholderText(tr_cohort_dialog.tr(
            "Paste employee IDs, one a line (or separated by commas or spaces)"))
        self.client, self.team = QComboBox(), QComboBox()
        for box, everything, options in (
                (self.client, tr_cohort_dialog.tr("All clients"), client_options()),
                (self.team, tr_cohort_dialog.tr("All teams"), [(t, t) for t in staff.teams()])):
            box.addItem(everything, None)
            for text, value in options:
                box.addItem(text, value)
        self.site = QLineEdit(placeholderText=tr_cohort_dialog.tr("Any site"))
        self.hired_since = DateField(optional=True)
        filters = QWidget()
        row = QHBoxLayout(filters)
        for pairs in (((tr_cohort_dialog.tr("Client"), self.client),
                       (tr_cohort_dialog.tr("Team"), self.team)),
                      ((tr_cohort_dialog.tr("Site"), self.site),
                       (tr_cohort_dialog.tr("Hired since"), self.hired_since))):
            form = QFormLayout()
            for text, widget in pairs:
                form.addRow(text, widget)
            row.addLayout(form, 1)
        self.source = QTabWidget()
        self.source.addTab(self.pasted, tr_cohort_dialog.tr("Employee IDs"))
        self.source.addTab(filters, tr_cohort_dialog.tr("Filters"))
        self.source.setMaximumHeight(115)
        self.propose_button = QPushButton(tr_cohort_dialog.tr("Propose"))
        self.propose_button.setToolTip(tr_cohort_dialog.tr(
            "Match every person with a mentor with free places: {evidence}").format(
                evidence=i18n.text_in("tr_suggest_mentor_dialog", EVIDENCE_COUNTS)))
        self.propose_button.clicked.connect(self.propose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, no end known
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("hint")
        self.model = CohortTableModel(self)
        self.model.mentor_changed.connect(self.update_places)
        self.delegate = MentorDelegate(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MENTOR_COLUMN, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        fit_titles(header, (85, 140, 170, 160, 45))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.places = RecordTable([
            Column("name", tr_cohort_dialog.tr("Mentor"), width=150),
            Column("count", tr_cohort_dialog.tr("People"), numeric=True, width=55,
                   color=lambda row: danger_color() if row["over"] else None),
            Column("free", tr_cohort_dialog.tr("Free places"), numeric=True, width=80)])
        self.places.setFixedWidth(fit_titles(self.places.horizontalHeader(), (150, 55, 80))
                                  + self.places.verticalScrollBar().sizeHint().width() + 4)
        self.warning = QLabel(wordWrap=True)
        mark_error(self.warning, True)
        self.warning.hide()
        self.create_button = QPushButton(tr_cohort_dialog.tr("Create mentorships"))
        self.create_button.clicked.connect(self.create)
        self.export_button = QPushButton(tr_cohort_dialog.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.propose_button)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        review = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(heading(tr_cohort_dialog.tr(
            "Proposal (double-click a mentor, or press F2, to choose another)")))
        left.addWidget(self.table)
        right = QVBoxLayout()
        right.addWidget(heading(tr_cohort_dialog.tr("Places per mentor")))
        right.addWidget(self.places)
        review.addLayout(left, 1)
        review.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr_cohort_dialog.tr("People")))
        layout.addWidget(self.source)
        layout.addLayout(top)
        layout.addLayout(review, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.status.setText(tr_cohort_dialog.tr(
            "Paste the intake's employee IDs, or pick them by filters, then press Propose."))
        self.update_places()

    def reject(self) -> None:
        """Not closed while the mentorships are being created: the page must hear of them."""
        if not self.creating:
            super().reject()

    def open_over(self, parent: QWidget, on_created: Callable[[list], None]) -> CohortDialog:
        """Show window-modal over `parent` (deleted once closed)."""
        self.setParent(parent, self.windowFlags())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.created.connect(on_created)
        self.open()
        return self

    # -- proposing -------------------------------------------------------------------------
    def chosen_people(self) -> Callable[[], list[dict]]:
        """The work that finds the people chosen (run on the thread pool), or a UserError
        about what was typed, raised here."""
        if self.source.currentIndex() == 0:
            ids = pasted_ids(self.pasted.toPlainText())
            if not ids:
                raise UserError(tr_cohort_dialog.tr(
                    "Paste the employee IDs of the people to match"))
            return lambda: people_with_ids(ids)
        try:
            since = self.hired_since.value()
        except DateTextError as exc:
            raise UserError(tr_cohort_dialog.tr("Hired since: {problem}").format(
                problem=exc)) from None
        filters = {key: value for key, value in (("client", self.client.currentData()),
                                                  ("team", self.team.currentData()),
                                                  ("site", self.site.text().strip()))
                   if value}
        if not filters and since is None:
            raise UserError(tr_cohort_dialog.tr(
                "Choose a client, team, site or hire date: a cohort is an intake, not "
                "everyone"))
        return lambda: people_matching(filters, since)

    def propose(self) -> None:
        try:
            find = self.chosen_people()
        except UserError as exc:
            self.show_error(exc)
            return
        self.set_busy(True, tr_cohort_dialog.tr(
            "Matching the people with the mentors… ({people} people take a few seconds)")
            .format(people=i18n.number(2000)))
        run_task(lambda: propose(find()), on_done=self.show_proposal,
                 on_error=self.failed, owner=self)

    def show_proposal(self, proposal: dict) -> None:
        self.set_busy(False, "")
        self.choices = {choice["mentor"]: choice for choice in proposal["choices"]}
        self.delegate.choices = [choice for choice in proposal["choices"] if choice["free"]]
        self.model.set_proposal(proposal["rows"],
                                {mentor: c["name"] for mentor, c in self.choices.items()})
        rows = proposal["rows"]
        placed = sum(row["mentor"] is not None for row in rows)
        text = tr_cohort_dialog.tr("{placed} of %n people matched", None, len(rows)).format(
            placed=placed)
        if placed < len(rows):
            text = tr_cohort_dialog.tr("{matched}; %n without a mentor: no free place fits them",
                                       None, len(rows) - placed).format(matched=text)
        self.status.setText(text)
        self.update_places()
        if rows:
            self.table.setCurrentIndex(self.model.index(0, MENTOR_COLUMN))
            self.table.setFocus()

    def set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if text or not busy:
            self.status.setText(text)
        for widget in (self.propose_button, self.source, self.table):
            widget.setEnabled(not busy)
        self.update_places()

    def failed(self, exc: BaseException) -> None:
        self.creating = False
        self.set_busy(False, "")
        self.show_error(exc)

    # -- reviewing -------------------------------------------------------------------------
    def counts(self) -> Counter:
        return Counter(row["mentor"] for row in self.model.rows if row["mentor"] is not None)

    def update_places(self) -> None:
        """Each mentor's people against their free places; Create only within every one."""
        counts = self.counts()
        places = []
        for mentor, count in counts.items():
            choice = self.choices.get(mentor, {"name": self.model.names.get(mentor, ""),
                                               "free": 0})
            places.append({"mentor": mentor, "name": choice["name"], "count": count,
                           "free": choice["free"], "over": count > choice["free"]})
        places.sort(key=lambda place: (not place["over"], name_sort_key(place["name"])))
        self.places.set_rows(places)
        over = [place for place in places if place["over"]]
        self.model.set_over({place["mentor"] for place in over})
        if over:
            mentors = "; ".join(tr_cohort_dialog.tr(
                "{mentor} has {people} people for %n free places", None, place["free"]).format(
                    mentor=place["name"], people=place["count"]) for place in over[:3])
            self.warning.setText(tr_cohort_dialog.tr(
                "Over capacity: {mentors}. Choose other mentors to create the mentorships.")
                .format(mentors=mentors + (" …" if len(over) > 3 else "")))
        self.warning.setVisible(bool(over))
        total = sum(counts.values())
        self.create_button.setText(tr_cohort_dialog.tr("Create %n mentorships", None, total)
                                   if total else tr_cohort_dialog.tr("Create mentorships"))
        self.create_button.setEnabled(not self.busy and total > 0 and not over)
        self.export_button.setEnabled(not self.busy and bool(self.model.rows))

    # -- creating and exporting ------------------------------------------------------------
    def create(self) -> None:
        if not self.create_button.isEnabled():
            return
        rows = [{"staff": row["staff"], "mentor": row["mentor"], "gaps": row["gaps"]}
                for row in self.model.rows if row["mentor"] is not None]
        self.creating = True
        self.set_busy(True, tr_cohort_dialog.tr("Creating %n mentorships…", None, len(rows)))
        run_task(suggestions.create_cohort, rows, on_done=self.show_created,
                 on_error=self.failed, owner=self)

    def show_created(self, created: list) -> None:
        self.creating = False
        self.model.set_proposal([], {})
        self.set_busy(False, tr_cohort_dialog.tr("Started %n mentorships.", None, len(created)))
        self.created.emit(created)

    def export(self) -> None:
        title = tr_cohort_dialog.tr("Cohort proposal")
        path = file_dialogs.save_file_name(
            self, tr_cohort_dialog.tr("Export the proposal"),
            str(preferences.last_folder() / f"{title} {dt.date.today():%Y-%m-%d}.xlsx"),
            tr_cohort_dialog.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        preferences.remember_folder(path)
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        table = table_rows(self.model.rows)
        headers = [tr_cohort_dialog.tr(title) for title in EXPORT_HEADERS]

        def work():
            from mentorapp.excel.table_export import export_table

            return export_table(path, headers, table, title=title)

        self.status.setText(tr_cohort_dialog.tr("Exporting to {path}…").format(path=path))
        done = tr_cohort_dialog.tr("Exported to {path}").format(path=path)
        run_task(work, on_done=lambda _path: self.status.setText(done),
                 on_error=self.failed, owner=self)

    def show_error(self, exc: BaseException) -> None:
        """A problem the user can act on as a message (a file that cannot be written is
        one); anything else is a bug for the error dialog."""
        if not isinstance(exc, (UserError, OSError)):
            report_unexpected(exc)
            return
        QMessageBox.warning(self, tr_cohort_dialog.tr(TITLE), error_message(exc)
                            if isinstance(exc, UserError) else tr_cohort_dialog.tr(
                                "Could not save the file: {problem}").format(
                                    problem=exc.strerror or exc))
