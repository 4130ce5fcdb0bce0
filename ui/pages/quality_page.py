"""Quality (issue 15): evaluations with their disputes, scorecards in versions, and
calibrations of the evaluators, in three tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from mentorapp.models import EVALUATION_STATUS_CHOICES
from mentorapp.services import quality, users
from ui.dialogs.calibration_dialog import CalibrationDialog, CalibrationResultDialog
from ui.dialogs.evaluation_dialog import EvaluationDialog, open_detail, percent
from ui.dialogs.scorecard_dialog import ScorecardDialog
from ui.i18n import Context
from ui.models.table import Column, choice, last_first, visibility_text
from ui.pages.list_page import ListPage, ListTabs, ListWords, choice_options, client_options
from ui.theme import danger_color

tr_quality_page = Context("tr_quality_page")

# Who writes scorecards, evaluations and calibrations (the database decides in shared mode;
# the others are not offered the New buttons).
WRITERS = quality.DECIDERS


class QualityList(ListPage):
    """A list of the Quality page: no archiving here (nothing to archive through)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.archive_button.hide()
        self.show_archived.hide()
        writes = users.current()["role"] in WRITERS
        self.new_button.setVisible(writes)
        self.empty_new_button.setVisible(writes)

    def list_rows(self, **query) -> list[dict]:
        query.pop("include_archived", None)
        query.pop("limit", None)
        return self.rows(**query)

    def rows(self, **filters) -> list[dict]:
        raise NotImplementedError


def critical_text(row: dict) -> str:
    return tr_quality_page.tr("Critical fail") if row["critical_fail"] else ""


def version_text(number: int | None) -> str:
    """A scorecard's version in the In use and Draft columns ("Version 2")."""
    return tr_quality_page.tr("Version {number}").format(number=number) if number else ""


class EvaluationsList(QualityList):
    """Signals: `staff_opened(int)` (the agent's profile, from the context menu)."""

    paged = True  # tens of thousands a year: searched, filtered and sorted in the database
    default_sort = "interaction_date"
    default_descending = True
    staff_key = "staff"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit_button.setText(tr_quality_page.tr("Open", "verb: open the evaluation"))

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_quality_page.tr("Evaluations"),
            new=tr_quality_page.tr("New evaluation"),
            search=tr_quality_page.tr("Search evaluations…"),
            empty=tr_quality_page.tr("No evaluations yet. Score an interaction on a published "
                                     "scorecard (publish one on the Scorecards tab first)."),
            nothing_to_export=tr_quality_page.tr("No evaluations to export yet"),
            count=lambda n: tr_quality_page.tr("%Ln evaluations", None, n),
            archive=lambda n: tr_quality_page.tr("Archive %n evaluations?", None, n),
            restore=lambda n: tr_quality_page.tr("Restore %n evaluations?", None, n))

    def columns(self) -> list[Column]:
        return [Column("agent", tr_quality_page.tr("Agent"), "agent", text=last_first(),
                       width=170),
                Column("employee_id", tr_quality_page.tr("Employee ID"), width=95),
                Column("client", tr_quality_page.tr("Client"), "client", width=130),
                Column("interaction_date", tr_quality_page.tr("Date"), "interaction_date",
                       width=95),
                Column("score", tr_quality_page.tr("Score"), "score", numeric=True,
                       text=lambda r: percent(r["score"]), width=70),
                Column("critical_fail", tr_quality_page.tr("Critical"), text=critical_text,
                       width=90,
                       color=lambda r: danger_color() if r["critical_fail"] else None),
                choice("status", tr_quality_page.tr("Status"), "status",
                       codes=EVALUATION_STATUS_CHOICES, width=100),
                Column("visibility", tr_quality_page.tr("Visibility"), text=visibility_text,
                       width=90),
                Column("scorecard", tr_quality_page.tr("Scorecard"), width=150,
                       text=lambda r: f"{r['scorecard']} v{r['version']}"),
                Column("interaction_id", tr_quality_page.tr("Interaction"), width=110),
                Column("evaluator", tr_quality_page.tr("Evaluator"), width=110)]

    def build_filters(self) -> None:
        self.add_filter("client", tr_quality_page.tr("Any client"), client_options)
        self.add_filter("status", tr_quality_page.tr("Any status"),
                        choice_options(EVALUATION_STATUS_CHOICES))

    def list_rows(self, **query) -> list[dict]:
        return quality.evaluation_list(**query)

    def count_rows(self, **query) -> int:
        return quality.evaluation_count(**query)

    def make_dialog(self, record_id: int | None):
        return EvaluationDialog()

    def open_dialog(self, record_id: int | None):
        """New: the evaluation form; an existing one: its detail (answers, history,
        acknowledge, dispute, decide)."""
        if record_id is None:
            return super().open_dialog(None)
        return open_detail(self, record_id, lambda record: self.record_saved(
            record, tr_quality_page.tr("Evaluation updated")))

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(self._source_row(index))["id"])


class ScorecardsList(QualityList):
    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_quality_page.tr("Scorecards"),
            new=tr_quality_page.tr("New scorecard"),
            search=tr_quality_page.tr("Search scorecards…"),
            empty=tr_quality_page.tr("No scorecards yet. Make one with its sections and items, "
                                     "then publish it to evaluate with it."),
            nothing_to_export=tr_quality_page.tr("No scorecards to export yet"),
            count=lambda n: tr_quality_page.tr("%Ln scorecards", None, n),
            archive=lambda n: tr_quality_page.tr("Archive %n scorecards?", None, n),
            restore=lambda n: tr_quality_page.tr("Restore %n scorecards?", None, n))

    def columns(self) -> list[Column]:
        return [Column("name", tr_quality_page.tr("Name"), width=200),
                Column("client_name", tr_quality_page.tr("Client"), width=150,
                       text=lambda r: r["client_name"] or tr_quality_page.tr("Every client")),
                Column("published", tr_quality_page.tr("In use"), width=110,
                       text=lambda r: version_text(r["published"])
                       or tr_quality_page.tr("Not published")),
                Column("draft", tr_quality_page.tr("Draft"), width=110,
                       text=lambda r: version_text(r["draft"])),
                Column("items", tr_quality_page.tr("Items"), numeric=True, width=70)]

    def rows(self, **filters) -> list[dict]:
        return quality.scorecard_list()

    def make_dialog(self, record_id: int | None):
        return ScorecardDialog(record_id)

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(self._source_row(index))["id"])


class CalibrationsList(QualityList):

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit_button.hide()
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_quality_page.tr("Calibrations"),
            new=tr_quality_page.tr("New calibration"),
            search=tr_quality_page.tr("Search calibrations…"),
            empty=tr_quality_page.tr("No calibrations yet. Pick an interaction that several "
                                     "evaluators score blind, the expert's evaluation being the "
                                     "reference."),
            nothing_to_export=tr_quality_page.tr("No calibrations to export yet"),
            count=lambda n: tr_quality_page.tr("%Ln calibrations", None, n),
            archive=lambda n: tr_quality_page.tr("Archive %n calibrations?", None, n),
            restore=lambda n: tr_quality_page.tr("Restore %n calibrations?", None, n))

    def columns(self) -> list[Column]:
        return [Column("held_on", tr_quality_page.tr("Held on"), width=95),
                Column("interaction_id", tr_quality_page.tr("Interaction"), width=130),
                Column("scorecard", tr_quality_page.tr("Scorecard"), width=170,
                       text=lambda r: f"{r['scorecard']} v{r['number']}"),
                Column("client_name", tr_quality_page.tr("Client"), width=130),
                Column("evaluations", tr_quality_page.tr("Evaluations"), numeric=True,
                       width=90),
                Column("has_reference", tr_quality_page.tr("Reference"), width=90,
                       text=lambda r: tr_quality_page.tr("Yes") if r["has_reference"]
                       else tr_quality_page.tr("Not yet"))]

    def build_actions(self) -> None:
        self.score_button = QPushButton(tr_quality_page.tr("Score it…"))
        self.score_button.setToolTip(tr_quality_page.tr("Score this interaction yourself "
                                                        "(blind: nobody else's answers are "
                                                        "shown)"))
        self.result_button = QPushButton(tr_quality_page.tr("Result…"))
        self.score_button.clicked.connect(self.score_selected)
        self.result_button.clicked.connect(self.show_result)
        self.actions_bar.addWidget(self.score_button)
        self.actions_bar.addWidget(self.result_button)

    def update_actions(self) -> None:
        super().update_actions()
        one = len(self.selected_records()) == 1
        self.score_button.setEnabled(one)
        self.result_button.setEnabled(one)

    def extra_menu_actions(self, menu: QMenu, rows: list[dict]) -> None:
        for button, method in ((self.score_button, self.score_selected),
                               (self.result_button, self.show_result)):
            menu.addAction(button.text(), method).setEnabled(button.isEnabled())

    def rows(self, **filters) -> list[dict]:
        return quality.calibration_list()

    def make_dialog(self, record_id: int | None):
        return CalibrationDialog()

    def score_selected(self) -> EvaluationDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = EvaluationDialog(calibration=record)
        return dialog.open_over(self, lambda _r: self.record_saved(record,
                                                                   dialog.saved_message()))

    def show_result(self) -> CalibrationResultDialog | None:
        """The result, once the signed-in evaluator has scored (so they score blind; a
        SQLite file's one user types each evaluator's name and sees it at once)."""
        record = self.current_record()
        if record is None:
            return None
        me = users.current()
        if me["shared"] and me["login"] not in {
                m["evaluator"] for m in quality.calibration_members(record["id"])}:
            QMessageBox.information(self, tr_quality_page.tr("Calibration"), tr_quality_page.tr(
                "Score this interaction first: the result shows the others' scores."))
            return None
        dialog = CalibrationResultDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def activate(self, index) -> None:
        self.show_result()


class QualityPage(ListTabs):
    """Evaluations, scorecards and calibrations in three tabs.

    Signals: `staff_opened(int)`, `status_message(str)`.
    """

    def __init__(self, parent=None):
        self.evaluations = EvaluationsList()
        self.scorecards = ScorecardsList()
        self.calibrations = CalibrationsList()
        super().__init__([self.evaluations, self.scorecards, self.calibrations], parent)
        if users.current()["role"] not in WRITERS:  # QA's own work: others have no use for it
            self.tabs.setTabVisible(2, False)
