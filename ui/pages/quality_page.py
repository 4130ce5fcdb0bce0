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
from ui.models.table import Column, choice, last_first, visibility_text
from ui.pages.list_page import ListPage, ListTabs, choice_options, client_options
from ui.theme import danger_color

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

    def context_menu(self) -> QMenu:
        menu = super().context_menu()
        for action in menu.actions():
            if action.text() in ("Archive", "Restore") or (
                    action.text().startswith("New ") and not self.new_button.isVisible()):
                menu.removeAction(action)
        return menu


def critical_text(row: dict) -> str:
    return "Critical fail" if row["critical_fail"] else ""


class EvaluationsList(QualityList):
    """Signals: `staff_opened(int)` (the agent's profile, from the context menu)."""

    title = "Evaluations"
    noun = "evaluation"
    plural = "evaluations"
    paged = True  # tens of thousands a year: searched, filtered and sorted in the database
    default_sort = "interaction_date"
    default_descending = True
    empty_text = ("No evaluations yet. Score an interaction on a published scorecard "
                  "(publish one on the Scorecards tab first).")
    staff_key = "staff"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit_button.setText("Open")

    def columns(self) -> list[Column]:
        return [Column("agent", "Agent", "agent", text=last_first(), width=170),
                Column("employee_id", "Employee ID", width=95),
                Column("client", "Client", "client", width=130),
                Column("interaction_date", "Date", "interaction_date", width=95),
                Column("score", "Score", "score", numeric=True,
                       text=lambda r: percent(r["score"]), width=70),
                Column("critical_fail", "Critical", text=critical_text, width=90,
                       color=lambda r: danger_color() if r["critical_fail"] else None),
                choice("status", "Status", "status", width=100),
                Column("visibility", "Visibility", text=visibility_text, width=90),
                Column("scorecard", "Scorecard", width=150,
                       text=lambda r: f"{r['scorecard']} v{r['version']}"),
                Column("interaction_id", "Interaction", width=110),
                Column("evaluator", "Evaluator", width=110)]

    def build_filters(self) -> None:
        self.add_filter("client", "Any client", client_options)
        self.add_filter("status", "Any status", choice_options(EVALUATION_STATUS_CHOICES))

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
            record, "Evaluation updated"))

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(self._source_row(index))["id"])


class ScorecardsList(QualityList):
    title = "Scorecards"
    noun = "scorecard"
    plural = "scorecards"
    empty_text = ("No scorecards yet. Make one with its sections and items, then publish it "
                  "to evaluate with it.")

    def columns(self) -> list[Column]:
        return [Column("name", "Name", width=200),
                Column("client_name", "Client", width=150,
                       text=lambda r: r["client_name"] or "Every client"),
                Column("published", "In use", width=110,
                       text=lambda r: f"Version {r['published']}" if r["published"]
                       else "Not published"),
                Column("draft", "Draft", width=110,
                       text=lambda r: f"Version {r['draft']}" if r["draft"] else ""),
                Column("items", "Items", numeric=True, width=70)]

    def rows(self, **filters) -> list[dict]:
        return quality.scorecard_list()

    def make_dialog(self, record_id: int | None):
        return ScorecardDialog(record_id)

    def activate(self, index) -> None:
        self.open_dialog(self.model.record(self._source_row(index))["id"])


class CalibrationsList(QualityList):
    title = "Calibrations"
    noun = "calibration"
    plural = "calibrations"
    empty_text = ("No calibrations yet. Pick an interaction that several evaluators score "
                  "blind, the expert's evaluation being the reference.")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit_button.hide()
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first

    def columns(self) -> list[Column]:
        return [Column("held_on", "Held on", width=95),
                Column("interaction_id", "Interaction", width=130),
                Column("scorecard", "Scorecard", width=170,
                       text=lambda r: f"{r['scorecard']} v{r['number']}"),
                Column("client_name", "Client", width=130),
                Column("evaluations", "Evaluations", numeric=True, width=90),
                Column("has_reference", "Reference", width=90,
                       text=lambda r: "Yes" if r["has_reference"] else "Not yet")]

    def build_actions(self) -> None:
        self.score_button = QPushButton("Score it…")
        self.score_button.setToolTip("Score this interaction yourself (blind: nobody "
                                     "else's answers are shown)")
        self.result_button = QPushButton("Result…")
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
            QMessageBox.information(self, "Calibration", "Score this interaction first: the "
                                    "result shows the others' scores.")
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
