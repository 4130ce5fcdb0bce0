"""Suggest a mentor from the evidence (issue 16): a person's weakest competencies by what
clients, managers, mentors and QA said about them, and the mentors who fit best, each with its
reasons. "Propose mentorship" records the chosen one as a proposed mentorship focused on the
gaps (someone still has to agree to it and start it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError, ValidationError
from mentorapp.services import mentoring, suggestions
from ui import i18n
from ui.i18n import Context
from ui.models.table import Column
from ui.pages.profile.tab import heading, record_table
from ui.tasks import report_unexpected, run_task
from ui.widgets.forms import PickError, field_message
from ui.widgets.lookups import staff_label, staff_picker

tr_suggest_mentor_dialog = Context("tr_suggest_mentor_dialog")

# Constants (the cohort dialog shows EVIDENCE_COUNTS too): translated where shown.
TITLE = QT_TRANSLATE_NOOP("tr_suggest_mentor_dialog", "Suggest a mentor")
EVIDENCE_COUNTS = QT_TRANSLATE_NOOP(
    "tr_suggest_mentor_dialog",
    "Evidence is the competency ratings in feedback from clients, management and mentors, "
    "and the QA items mapped to a competency, from the last two years (recent ones weigh "
    "more); self and peer ratings do not count.")
EVIDENCE_COLUMN, EVIDENCE_WIDTH = 2, 200  # the gaps' "from 3 ratings, little evidence"
# The sources of the evidence, by code (feedback sources and "qa").
SOURCE_WORDS = {"client": QT_TRANSLATE_NOOP("tr_suggest_mentor_dialog", "client"),
                "management": QT_TRANSLATE_NOOP("tr_suggest_mentor_dialog", "management"),
                "mentor": QT_TRANSLATE_NOOP("tr_suggest_mentor_dialog", "mentor"),
                "qa": QT_TRANSLATE_NOOP("tr_suggest_mentor_dialog", "QA")}


def ratings_text(gap: dict) -> str:
    """"from 3 ratings, little evidence": three ratings are not a verdict."""
    if gap["thin"]:
        return tr_suggest_mentor_dialog.tr("from %n rating(s), little evidence", None,
                                           gap["count"])
    return tr_suggest_mentor_dialog.tr("from %n rating(s)", None, gap["count"])


def sources_text(gap: dict) -> str:
    """"client 3, QA 6"."""
    return ", ".join(f"{source_word(source)} {i18n.number(count)}"
                     for source, count in sorted(gap["sources"].items()))


def source_word(code: str) -> str:
    return tr_suggest_mentor_dialog.tr(SOURCE_WORDS[code]) if code in SOURCE_WORDS else code


def places_text(mentor: dict) -> str:
    return tr_suggest_mentor_dialog.tr("{free} of {capacity}").format(
        free=i18n.number(mentor["free"]), capacity=i18n.number(mentor["capacity"]))


def error_message(exc: BaseException) -> str:
    return field_message(exc) if isinstance(exc, ValidationError) else str(exc)


class SuggestMentorDialog(QDialog):
    """For one person (given, or picked in the dialog), the gaps and the ranked mentors.

    Signals: `proposed(dict)` with the mentorship created; the dialog closes then.
    """

    proposed = Signal(dict)

    def __init__(self, staff_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr_suggest_mentor_dialog.tr(TITLE))
        self.resize(880, 560)
        self.staff_id: int | None = None
        self.result: dict | None = None
        self.loading = False
        self._asked = 0  # the answer of an earlier person that comes late is dropped
        self.person = staff_picker()
        self.person.setObjectName("person")
        self.person.picked.connect(self.show_person)
        self.person.installEventFilter(self)
        self.person.setVisible(staff_id is None)
        self.person_name = QLabel()
        self.person_name.setVisible(staff_id is not None)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("hint")
        self.gaps = record_table([
            Column("name", tr_suggest_mentor_dialog.tr("Competency"), width=220),
            Column("average", tr_suggest_mentor_dialog.tr("Average"), numeric=True, width=75,
                   text=lambda gap: i18n.number(gap["average"], 1)),
            Column("count", tr_suggest_mentor_dialog.tr("Evidence"), text=ratings_text,
                   width=EVIDENCE_WIDTH),
            Column("sources", tr_suggest_mentor_dialog.tr("Sources"), text=sources_text,
                   width=200)])
        self.gaps_empty = QLabel(wordWrap=True)
        self.mentors = record_table([
            Column("name", tr_suggest_mentor_dialog.tr("Mentor"), width=180),
            Column("score", tr_suggest_mentor_dialog.tr("Fit"), numeric=True, width=60,
                   text=lambda mentor: i18n.number(mentor["score"], 2)),
            Column("places", tr_suggest_mentor_dialog.tr("Places free"), text=places_text,
                   width=90),
            Column("reasons", tr_suggest_mentor_dialog.tr("Why"),
                   text=lambda mentor: "; ".join(mentor["reasons"]), width=420)])
        self.mentors.setSortingEnabled(False)  # the ranking is the order
        self.mentors.setWordWrap(True)  # the reasons are the point: shown whole
        self.mentors.horizontalHeader().sectionResized.connect(
            lambda *_: self.mentors.resizeRowsToContents())
        self.mentors_empty = QLabel(tr_suggest_mentor_dialog.tr(
            "No mentor with a free place can take them (their team lead, their current "
            "mentors and full mentors are left out). Raise a mentor's capacity or add a "
            "mentor on the Mentors tab."), wordWrap=True)
        self.mentors.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_buttons())
        self.mentors.record_activated.connect(lambda _mentor: self.propose())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.propose_button = QPushButton(tr_suggest_mentor_dialog.tr("Propose mentorship"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        self.buttons.addButton(self.propose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr_suggest_mentor_dialog.tr("Person"),
                    self.person if staff_id is None else self.person_name)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(heading(tr_suggest_mentor_dialog.tr(
            "Weakest competencies by the evidence")))
        layout.addWidget(self.gaps, 1)
        layout.addWidget(self.gaps_empty)
        layout.addWidget(heading(tr_suggest_mentor_dialog.tr("Mentors who fit best")))
        layout.addWidget(self.mentors, 2)
        layout.addWidget(self.mentors_empty)
        layout.addWidget(self.buttons)
        # Qt makes a button box's default button its focus proxy: Tab into the box lands on
        # Propose and goes on along the chain from there, so Close, before it, was never
        # reached. (Set once the box is in the dialog: adding it rebuilds the chain.)
        QWidget.setTabOrder(self.propose_button,
                            self.buttons.button(QDialogButtonBox.StandardButton.Close))
        self.show_result(None)
        if staff_id is not None:
            self.show_person(staff_id)
        else:
            self.status.setText(tr_suggest_mentor_dialog.tr(
                "Type a name or employee ID and pick the person. {evidence}").format(
                    evidence=tr_suggest_mentor_dialog.tr(EVIDENCE_COUNTS)))

    def open_over(self, parent: QWidget, on_proposed: Callable[[dict], None]
                  ) -> SuggestMentorDialog:
        """Show window-modal over `parent` (deleted once closed)."""
        self.setParent(parent, self.windowFlags())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.proposed.connect(on_proposed)
        self.open()
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the person field picks the person there (not the dialog's buttons)."""
        if (watched is self.person and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self.person.completer().popup().isVisible()):
            self.pick_typed()
            return True
        return super().eventFilter(watched, event)

    def pick_typed(self) -> None:
        """Enter in the person field: the one person the text names, or why not."""
        try:
            staff_id = self.person.value()
        except PickError as exc:
            self.status.setText(str(exc)[:1].upper() + str(exc)[1:])
            return
        if staff_id is not None:
            self.show_person(staff_id)

    def show_person(self, staff_id: int) -> None:
        """Look at this person's evidence on the thread pool (hundreds of mentors' ratings
        take a moment)."""
        self.staff_id = staff_id
        self.person_name.setText(staff_label(staff_id))
        self.show_result(None)
        self.status.setText(tr_suggest_mentor_dialog.tr("Reading the evidence…"))
        self.loading = True
        self._asked += 1
        asked = self._asked

        def done(result: dict) -> None:
            if asked == self._asked:
                self.loading = False
                self.show_result(result)

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                self.loading = False
                self.status.setText("")
                self.show_error(exc)

        run_task(suggestions.suggest, staff_id, on_done=done, on_error=failed, owner=self)

    def show_result(self, result: dict | None) -> None:
        self.result = result
        self.gaps.set_rows(result["gaps"] if result else [])
        # The evidence whole: "de 3 calificaciones, poca evidencia" is longer than the English.
        self.gaps.horizontalHeader().resizeSection(
            EVIDENCE_COLUMN, max(EVIDENCE_WIDTH, self.gaps.sizeHintForColumn(EVIDENCE_COLUMN)))
        self.mentors.set_rows(result["mentors"] if result else [])
        self.mentors.resizeRowsToContents()
        known = result is not None
        self.gaps.setVisible(known and bool(result["gaps"]))
        self.gaps_empty.setVisible(known and not result["gaps"])
        self.gaps_empty.setText(tr_suggest_mentor_dialog.tr(
            "The evidence shows no gap: no competency rated under 4. {evidence} The mentors "
            "below are ranked on client, site and free places only.").format(
                evidence=tr_suggest_mentor_dialog.tr(EVIDENCE_COUNTS)))
        self.mentors.setVisible(not known or bool(result["mentors"]))
        self.mentors_empty.setVisible(known and not result["mentors"])
        if known:
            self.status.setText(self.summary(result))
            if result["mentors"]:
                self.mentors.selectRow(0)
                self.mentors.setFocus()
        self.update_buttons()

    @staticmethod
    def summary(result: dict) -> str:
        """"2 gaps, 1 on little evidence; 3 mentors suggested, best first." """
        gaps, mentors = result["gaps"], result["mentors"]
        thin = sum(gap["thin"] for gap in gaps)
        text = tr_suggest_mentor_dialog.tr("%n gap(s)", None, len(gaps))
        if thin:
            text = tr_suggest_mentor_dialog.tr("{gaps}, %n on little evidence", None,
                                               thin).format(gaps=text)
        if mentors:
            text = tr_suggest_mentor_dialog.tr(
                "{gaps}; %n mentor(s) suggested, best first: double-click one or press Propose "
                "mentorship.", None, len(mentors)).format(gaps=text)
        return text

    def update_buttons(self) -> None:
        self.propose_button.setEnabled(not self.loading and self.result is not None
                                       and self.mentors.current_record() is not None)

    def focus_text(self) -> str:
        """The mentorship's focus: the gaps, weakest first."""
        return ", ".join(gap["name"] for gap in (self.result or {}).get("gaps", ()))

    def propose(self) -> dict | None:
        mentor = self.mentors.current_record()
        if mentor is None or self.result is None:
            return None
        try:
            created = mentoring.mentorships.create(
                mentor=mentor["mentor"], mentee=self.result["staff"], status="proposed",
                focus=self.focus_text())
        except UserError as exc:
            self.show_error(exc)
            return None
        self.proposed.emit(created)
        self.accept()
        return created

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            report_unexpected(exc)
            return
        QMessageBox.warning(self, tr_suggest_mentor_dialog.tr(TITLE), error_message(exc))
