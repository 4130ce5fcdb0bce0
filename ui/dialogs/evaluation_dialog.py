"""Quality evaluations: score an interaction on a published scorecard (its score computed as
the answers change), and an evaluation's detail with the agent's acknowledgement or dispute
and the QA lead's decision."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError, ValidationError
from mentorapp.models import CHANNEL_CHOICES, DISPUTE_DECISION_CHOICES
from mentorapp.services import quality, staff, users
from ui import i18n
from ui.i18n import Context, label
from ui.models.table import Column, choice
from ui.pages.profile.history_tab import local_time
from ui.theme import mark_error
from ui.widgets.date_field import DateField
from ui.widgets.forms import Check, ChoiceBox, FormDialog, TextBox, TextLine, field_message
from ui.widgets.lookups import client_picker, staff_picker
from ui.widgets.record_table import RecordTable
from ui.widgets.scorecard_answers import ScorecardAnswers, answer_text

tr_evaluation_dialog = Context("tr_evaluation_dialog")


def decimal(value: float) -> str:
    """A figure with one decimal at most, in the locale's digits ("87.5", "100")."""
    rounded = round(value, 1)
    return i18n.number(rounded, 0 if float(rounded).is_integer() else 1)


def percent(value) -> str:
    """A score as "87.5%" in the locale's digits ("" for none)."""
    return "" if value is None else decimal(value) + QLocale().percent()


def version_text(name: str, number: int) -> str:
    """"Phone QA (version 2)": a scorecard and its version."""
    return tr_evaluation_dialog.tr("{scorecard} (version {number})").format(
        scorecard=name, number=number)


def score_text(score, items: list[dict], answered: int | None = None) -> str:
    """The live score line: the total (so far, while fewer than every item is `answered`),
    the sections, the critical fails."""
    if score is None:
        return tr_evaluation_dialog.tr("Score: answer the items to see it")
    total = percent(score.total) if score.total is not None else \
        tr_evaluation_dialog.tr("none (every answered item is N/A)")
    if answered is not None and answered < len(items):
        text = tr_evaluation_dialog.tr("Score so far ({answered} of %n items answered): {total}",
                                       None, len(items)).format(answered=answered, total=total)
    else:
        text = tr_evaluation_dialog.tr("Score: {total}").format(total=total)
    not_applicable = tr_evaluation_dialog.tr("N/A")
    sections = "   ".join(f"{title} {percent(value) or not_applicable}"
                           for title, value in score.sections.items())
    text += f"    ({sections})"
    if score.critical_fails:
        names = {item["key"]: item["text"] for item in items}
        text += "\n" + tr_evaluation_dialog.tr("Critical fail: {items}").format(
            items=", ".join(names[k] for k in score.critical_fails))
    return text


class AnswersPanel(QScrollArea):
    """The answers of the chosen scorecard version, rebuilt when the version changes; a field
    of the form (`value()` is {key: (answer, comment)}).

    Signals: `changed()` on every answer or comment.
    """

    changed = Signal()

    def __init__(self, comments: bool = True, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.comments = comments
        self.answers: ScorecardAnswers | None = None
        self.items: list[dict] = []

    def show_items(self, items: list[dict]) -> None:
        self.items = items
        self.answers = ScorecardAnswers(items, self.comments)
        self.answers.changed.connect(self.changed)
        self.setWidget(self.answers)
        self.changed.emit()

    def value(self) -> dict:
        return self.answers.value() if self.answers else {}

    def set_value(self, answers) -> None:
        if self.answers:
            self.answers.set_value(answers or {})


def add_wide_field(dialog: FormDialog, key: str, caption: str, widget: QWidget,
                   error_above: bool = True) -> QLabel:
    """A field below the form at the dialog's whole width (the answers of a scorecard need
    it), with its caption above and its error message under the caption; with
    `error_above` False the message label is only returned, for the caller to place."""
    if caption:
        dialog.body.addWidget(QLabel(caption))
    error = QLabel(wordWrap=True)
    error.setProperty("role", "error")
    error.hide()
    if error_above:
        dialog.body.addWidget(error)
    dialog.body.addWidget(widget, 1)
    widget.setObjectName(key)
    dialog.fields[key] = widget
    dialog._errors[key] = error
    return error


STATUS_LINES = 4  # the score (two lines at most), a critical fail, a message (one each)


def status_area(*labels: QLabel) -> QWidget:
    """The labels one under the other in a block of fixed height (room for STATUS_LINES
    lines): a score or a message that comes, goes or wraps never moves what is above it,
    so a click meant for one answer never lands on the next row."""
    area = QWidget(objectName="status_area")
    column = QVBoxLayout(area)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for line in labels:
        column.addWidget(line)
    column.addStretch(1)
    bold = QFont(area.font())
    bold.setBold(True)
    line = max(area.fontMetrics().lineSpacing(), QFontMetrics(bold).lineSpacing())
    area.setFixedHeight(line * STATUS_LINES + column.spacing() * (len(labels) - 1))
    return area


class EvaluationDialog(FormDialog):
    """A new evaluation; with `calibration` (a `quality.calibration_list()` row) one
    evaluator's blind evaluation of that calibration's interaction: its scorecard version,
    interaction and client are fixed, and nobody else's answers are shown."""

    def __init__(self, calibration: dict | None = None, parent=None):
        super().__init__(tr_evaluation_dialog.tr("Calibration evaluation") if calibration
                         else tr_evaluation_dialog.tr("New evaluation"), parent)
        self.calibration = calibration
        self.created = False
        self.me = users.current()
        self.rules = dict(quality.EVALUATION_RULES)
        self.sections = []
        self.build()
        self.finish_layout()
        self.limit_lengths(None)  # the rules' lengths
        self.setMinimumWidth(900)
        self.resize(1000, 680)

    def build(self) -> None:
        versions = (quality.published_versions() if not self.calibration else
                    [{"version": self.calibration["version"],
                      "number": self.calibration["number"],
                      "name": self.calibration["scorecard"]}])
        card = self.add_field("version", tr_evaluation_dialog.tr("Scorecard"), ChoiceBox([]))
        for row in versions:
            card.addItem(version_text(row["name"], row["number"]), row["version"])
        # {version: the scorecard's client (None: for all clients)}
        self.card_clients = {row["version"]: row.get("client") for row in versions}
        self.add_field("staff", tr_evaluation_dialog.tr("Agent"), staff_picker()
                       ).picked.connect(self.default_client)
        self.add_field("client", tr_evaluation_dialog.tr("Client"), client_picker()
                       ).picked.connect(self.match_scorecard)
        self.add_field("interaction_id", tr_evaluation_dialog.tr("Interaction ID"), TextLine())
        right = self.add_column()
        self.add_field("channel", tr_evaluation_dialog.tr("Channel"),
                       ChoiceBox(CHANNEL_CHOICES), right)
        self.add_field("interaction_date", tr_evaluation_dialog.tr("Interaction date"),
                       DateField(), right)
        self.add_field("shareable", "",
                       Check(tr_evaluation_dialog.tr("Shareable with the client")), right)
        if self.calibration:
            self.build_calibration(right)
        self.score_label = QLabel(objectName="score", wordWrap=True)
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.score_label.font()
        font.setBold(True)
        self.score_label.setFont(font)
        self.answers = AnswersPanel()
        answers_error = add_wide_field(self, "answers", "", self.answers, error_above=False)
        # Below the items, at a fixed height: the score and the message about unanswered
        # items change while the user clicks answers, and must not move the rows.
        self.body.addWidget(status_area(self.score_label, answers_error))
        self.answers.changed.connect(self.show_score)
        self.answers.changed.connect(self.update_unanswered)
        card.currentIndexChanged.connect(lambda _i: self.show_version())
        if not versions:
            self.message.setText(tr_evaluation_dialog.tr(
                "No published scorecard yet: publish one on the Scorecards tab first."))
            self.message.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.show_version()

    def build_calibration(self, form: QFormLayout) -> None:
        """The evaluator (the signed-in person; a SQLite file's one user names who scored)
        and whether this is the reference (expert) evaluation."""
        members = quality.calibration_members(self.calibration["id"])
        self.scored_by = {m["evaluator"] for m in members}
        # Every evaluator scores the one interaction: its ID, date and (once the first has
        # scored) agent are the calibration's, shown read-only; the service refuses others.
        fixed = quality.calibration_interaction(self.calibration["id"])
        same = tr_evaluation_dialog.tr("The calibration's: every evaluator scores the same "
                                       "interaction")
        self.fields["interaction_id"].set_value(fixed["interaction_id"])
        self.fields["version"].setEnabled(False)
        if self.calibration.get("client"):
            self.fields["client"].set_value(self.calibration["client"])
        self.fields["client"].setReadOnly(True)
        self.fields["interaction_date"].set_value(fixed["interaction_date"])
        fixed_fields = ["interaction_id", "interaction_date"]
        if fixed["staff"] is not None:
            self.fields["staff"].set_value(fixed["staff"])
            fixed_fields.append("staff")
        for key in fixed_fields:
            self.fields[key].setReadOnly(True)
            self.fields[key].setToolTip(same)
        evaluator = self.add_field("evaluator", tr_evaluation_dialog.tr("Evaluator"),
                                   TextLine(), form)
        evaluator.set_value(self.me["login"])
        evaluator.setEnabled(not self.me["shared"])
        reference = self.add_field(
            "reference", "", Check(tr_evaluation_dialog.tr("Reference (expert) evaluation")),
            form)
        taken = any(m["is_reference"] for m in members)
        reference.setEnabled(not taken)
        reference.setToolTip(
            tr_evaluation_dialog.tr("This calibration has its reference evaluation") if taken
            else tr_evaluation_dialog.tr("The expert's answers the others are measured against"))

    def default_client(self, staff_id: int) -> None:
        """The client is the agent's current account unless one was chosen."""
        picker = self.fields["client"]
        if picker.text().strip() or picker.isReadOnly():
            return
        current = next((a for a in staff.client_history(staff_id) if a["end_date"] is None),
                       None)
        if current:
            picker.set_value(current["client"], current["client_name"])
            self.match_scorecard(current["client"])

    def match_scorecard(self, client_id: int) -> None:
        """A scorecard of another client gives way to the client's own (else to one for all
        clients): a client's scorecard scores only its interactions."""
        box = self.fields["version"]
        if not box.isEnabled() or self.card_clients.get(box.value()) in (None, client_id):
            return
        ranked = sorted((self.card_clients[v] != client_id, box.findData(v))
                        for v, owner in self.card_clients.items() if owner in (None, client_id))
        if ranked:
            box.setCurrentIndex(ranked[0][1])

    def show_version(self) -> None:
        version = self.fields["version"].value()
        self.items = quality.items(version) if version else []
        self.sections = quality.sections(version) if version else []
        self.answers.show_items(self.items)

    def show_score(self) -> None:
        score = quality.preview_score(self.sections, self.answers.answers.plain_answers()
                                      if self.answers.answers else {})
        text = score_text(score, self.items, len(self.answers.value()))
        self.score_label.setText(text)
        self.score_label.setToolTip(text)  # whole, should the fixed status area cut it
        failed = score is not None and bool(score.critical_fails)
        mark_error(self.score_label, failed)

    def field_errors(self) -> list[ValidationError]:
        errors = super().field_errors()
        if self.calibration:
            who = (self.fields["evaluator"].value().strip() if not self.me["shared"]
                   else self.me["login"])
            if who in self.scored_by:
                errors.append(ValidationError("evaluator", tr_evaluation_dialog.tr(
                    "this calibration has {evaluator}'s evaluation already").format(
                        evaluator=who)))
        unanswered = self.unanswered_error()
        if unanswered:
            errors.append(unanswered)
        return errors

    def unanswered_error(self) -> ValidationError | None:
        """"answer every item…" naming the items still unanswered, or None."""
        missing = self.answers.answers.unanswered() if self.answers.answers else []
        if not missing:
            return None
        names = {item["key"]: item["text"] for item in self.items}
        return ValidationError("answers", tr_evaluation_dialog.tr(
            "answer every item (N/A where it does not apply): {items}").format(
                items=", ".join(names[key] for key in missing)))

    def show_errors(self, errors) -> None:
        super().show_errors(errors)
        shown = self._errors["answers"]
        shown.setToolTip(shown.text())  # whole, should the fixed status area cut it

    def update_unanswered(self) -> None:
        """After a refused save, the message about unanswered items names only the ones
        still unanswered, and goes (with the red border) once every item is answered."""
        shown = self._errors["answers"]
        if shown.isHidden():
            return
        error = self.unanswered_error()
        if error is None:
            self.clear_error("answers")
            return
        text = field_message(error, "")
        shown.setText(text)
        shown.setToolTip(text)
        self.answers.setAccessibleDescription(text)

    def save(self, values: dict) -> dict:
        if values["version"] is None:
            raise UserError(tr_evaluation_dialog.tr("Pick a published scorecard"))
        extra = {}
        if self.calibration:
            extra = {"calibration": self.calibration["id"],
                     "reference": bool(values.get("reference"))}
            if not self.me["shared"]:
                extra["evaluator"] = values.get("evaluator") or None
        record = quality.evaluate(
            values["version"], values["answers"], staff=values["staff"],
            client=values["client"], interaction_id=values["interaction_id"],
            channel=values["channel"], interaction_date=values["interaction_date"],
            shareable=values["shareable"], **extra)
        self.created = True
        return record

    def saved_message(self) -> str:
        return (tr_evaluation_dialog.tr("Calibration evaluation saved") if self.calibration
                else tr_evaluation_dialog.tr("New evaluation saved"))


# -- the detail, acknowledge, dispute and decide ---------------------------------------------
class AcknowledgeDialog(FormDialog):
    def __init__(self, evaluation: dict, parent=None):
        super().__init__(tr_evaluation_dialog.tr("Acknowledge evaluation"), parent)
        self.evaluation = evaluation
        self.add_field("comment", tr_evaluation_dialog.tr("Comment (optional)"), TextBox())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr_evaluation_dialog.tr("Acknowledge"))
        self.finish_layout()

    def save(self, values: dict) -> dict:
        return quality.acknowledge(self.evaluation["id"], values["comment"])


class DisputeDialog(FormDialog):
    """The agent's dispute: why, and the answers they propose (the ones they change)."""

    def __init__(self, evaluation: dict, parent=None):
        super().__init__(tr_evaluation_dialog.tr("Dispute evaluation"), parent)
        self.evaluation = evaluation
        self.current = {k: a["answer"] for k, a in evaluation["answers"].items()}
        self.add_field("reason", tr_evaluation_dialog.tr("Reason"), TextBox())
        hint = QLabel(tr_evaluation_dialog.tr(
            "Change the answers you disagree with; the others stay as they are."),
            wordWrap=True, objectName="hint")
        self.form.addRow(hint)
        items = quality.items(evaluation["version"])
        self.sections = quality.sections(evaluation["version"])
        self.score_label = QLabel(objectName="score")
        self.form.addRow(self.score_label)
        proposed = AnswersPanel(comments=False)
        proposed.show_items(items)
        proposed.set_value(self.current)
        add_wide_field(self, "proposed", tr_evaluation_dialog.tr("Proposed answers:"), proposed)
        proposed.changed.connect(self.show_score)
        self.show_score()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr_evaluation_dialog.tr("Dispute", "verb: dispute the evaluation"))
        self.finish_layout()
        self.setMinimumWidth(760)
        self.resize(860, 620)

    def show_score(self) -> None:
        """The score the proposed answers would give, next to the one given."""
        answers = {key: a for key, (a, _) in self.fields["proposed"].value().items()}
        score = quality.preview_score(self.sections, answers)
        none = tr_evaluation_dialog.tr("none", "no score")
        total = percent(score.total) if score and score.total is not None else none
        self.score_label.setText(tr_evaluation_dialog.tr(
            "Score with these answers: {total} (given: {given})").format(
                total=total, given=percent(self.evaluation["score"]) or none))

    def save(self, values: dict) -> dict:
        proposed = {key: answer for key, (answer, _) in values["proposed"].items()
                    if answer != self.current.get(key)}
        return quality.dispute(self.evaluation["id"], values["reason"], proposed)


class DecideDialog(FormDialog):
    """A QA lead's decision on the open dispute: accept the proposed answers, accept part
    of them (the answers chosen here), or reject it, with a note."""

    def __init__(self, evaluation: dict, dispute: dict, parent=None):
        super().__init__(tr_evaluation_dialog.tr("Decide dispute"), parent)
        self.evaluation = evaluation
        self.current = {k: a["answer"] for k, a in evaluation["answers"].items()}
        texts = {k: a["text"] for k, a in evaluation["answers"].items()}
        proposed = ", ".join(f"{texts.get(k, k)}: {answer_text(self.current.get(k, ''))} → "
                             f"{answer_text(a)}" for k, a in dispute["proposed"].items())
        about = QLabel(tr_evaluation_dialog.tr("Reason: {reason}\nProposed: {answers}").format(
            reason=dispute["reason"], answers=proposed), wordWrap=True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(about)
        decision = self.add_field("decision", tr_evaluation_dialog.tr("Decision"),
                                  ChoiceBox(DISPUTE_DECISION_CHOICES))
        self.add_field("note", tr_evaluation_dialog.tr("Note"), TextBox(2))
        answers = AnswersPanel(comments=False)
        answers.show_items(quality.items(evaluation["version"]))
        answers.set_value({**self.current, **dispute["proposed"]})
        add_wide_field(self, "answers", tr_evaluation_dialog.tr(
            "The answers kept when the dispute is partly accepted:"), answers)
        decision.currentIndexChanged.connect(self.enable_answers)
        self.enable_answers()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr_evaluation_dialog.tr("Decide"))
        self.finish_layout()
        self.setMinimumWidth(760)
        self.resize(860, 620)

    def enable_answers(self) -> None:
        self.fields["answers"].setEnabled(self.fields["decision"].value() == "partly_accepted")

    def save(self, values: dict) -> dict:
        answers = None
        if values["decision"] == "partly_accepted":
            answers = {key: answer for key, (answer, _) in values["answers"].items()
                       if answer != self.current.get(key)}
            if not answers:
                raise ValidationError("answers", tr_evaluation_dialog.tr(
                    "change at least one answer, or accept or reject the dispute"))
        return quality.decide(self.evaluation["id"], values["decision"], values["note"],
                              answers=answers)


def answer_columns() -> list[Column]:
    return [Column("section", tr_evaluation_dialog.tr("Section"), width=110),
            Column("text", tr_evaluation_dialog.tr("Item"), width=360),
            Column("answer", tr_evaluation_dialog.tr("Answer"),
                   text=lambda r: answer_text(r["answer"]), width=80),
            Column("comment", tr_evaluation_dialog.tr("Comment"), width=260)]


def history_columns() -> list[Column]:
    return [Column("revision", tr_evaluation_dialog.tr("Version"), numeric=True, width=70),
            Column("score", tr_evaluation_dialog.tr("Score"),
                   text=lambda r: percent(r["score"]), width=80),
            Column("changed_by", tr_evaluation_dialog.tr("Changed by"), width=120),
            Column("changed_at", tr_evaluation_dialog.tr("When"),
                   text=lambda r: local_time(r["changed_at"]), width=130),
            Column("reason", tr_evaluation_dialog.tr("Why"), width=260)]


def dispute_columns() -> list[Column]:
    return [Column("raised_by", tr_evaluation_dialog.tr("Raised by"), width=100),
            Column("raised_at", tr_evaluation_dialog.tr("When"),
                   text=lambda r: local_time(r["raised_at"]), width=130),
            Column("reason", tr_evaluation_dialog.tr("Reason"), width=220),
            Column("proposed", tr_evaluation_dialog.tr("Proposed"), width=160,
                   text=lambda r: ", ".join(f"{k}: {answer_text(a)}"
                                            for k, a in r["proposed"].items())),
            choice("decision", tr_evaluation_dialog.tr("Decision"),
                   codes=DISPUTE_DECISION_CHOICES, width=110),
            Column("decided_by", tr_evaluation_dialog.tr("Decided by"), width=100),
            Column("decision_note", tr_evaluation_dialog.tr("Note"), width=200)]


class EvaluationDetailDialog(QDialog):
    """An evaluation: who, what, its answers, every version of its score and its disputes;
    Acknowledge and Dispute for the evaluated agent while it is open, Decide for a QA lead
    (or an admin or operations) while it is disputed. The database enforces the same.

    Signals: `evaluation_changed(dict)` after an acknowledgement, a dispute or a decision.
    """

    evaluation_changed = Signal(dict)

    def __init__(self, evaluation_id: int, parent=None):
        super().__init__(parent)
        self.evaluation_id = evaluation_id
        self.me = users.current()
        self.setWindowTitle(tr_evaluation_dialog.tr("Evaluation"))
        self.setMinimumWidth(820)
        self.header = QGridLayout()
        self.header.setHorizontalSpacing(12)
        self.header.setColumnStretch(1, 1)
        self.header.setColumnStretch(3, 1)
        self.score_label = QLabel(objectName="score")
        bold = self.score_label.font()
        bold.setBold(True)
        self.score_label.setFont(bold)
        self.tabs = QTabWidget()
        self.answers_table = RecordTable(answer_columns())
        self.history_table = RecordTable(history_columns())
        self.disputes_table = RecordTable(dispute_columns())
        self.tabs.addTab(self.answers_table, tr_evaluation_dialog.tr("Answers"))
        self.tabs.addTab(self.history_table, tr_evaluation_dialog.tr("Score history"))
        self.tabs.addTab(self.disputes_table, tr_evaluation_dialog.tr("Disputes"))
        self.acknowledge_button = QPushButton(tr_evaluation_dialog.tr("Acknowledge…"))
        self.dispute_button = QPushButton(tr_evaluation_dialog.tr("Dispute…"))
        self.decide_button = QPushButton(tr_evaluation_dialog.tr("Decide…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.acknowledge_button, self.dispute_button, self.decide_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.dispute_button.clicked.connect(self.dispute)
        self.decide_button.clicked.connect(self.decide)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.score_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.load()
        self.resize(900, 600)

    def load(self) -> None:
        self.evaluation = record = quality.evaluation(self.evaluation_id)
        about = quality.evaluation_summary(self.evaluation_id)
        self.history = quality.score_history(self.evaluation_id)
        self.disputes = quality.disputes(self.evaluation_id)
        facts = [("agent", tr_evaluation_dialog.tr("Agent"),
                  f"{about['first_name']} {about['last_name']} ({about['employee_id']})"),
                 ("evaluator", tr_evaluation_dialog.tr("Evaluator"), record["evaluator"]),
                 ("client", tr_evaluation_dialog.tr("Client"), about["client"] or "—"),
                 ("scorecard", tr_evaluation_dialog.tr("Scorecard"),
                  version_text(about["scorecard"], about["version"])),
                 ("interaction", tr_evaluation_dialog.tr("Interaction"),
                  f"{record['interaction_id'] or '—'}, {label(record['channel'])}, "
                  f"{i18n.date_text(record['interaction_date'])}"),
                 ("status", tr_evaluation_dialog.tr("Status"), label(record["status"])),
                 ("visibility", tr_evaluation_dialog.tr("Visibility"),
                  tr_evaluation_dialog.tr("Shareable with the client")
                  if record["visibility"] == "shareable" else tr_evaluation_dialog.tr("Internal"))]
        while self.header.count():
            self.header.takeAt(0).widget().deleteLater()
        for number, (key, name, value) in enumerate(facts):
            row, column = divmod(number, 2)
            caption = QLabel(tr_evaluation_dialog.tr("{fact}:").format(fact=name),
                             objectName="hint")
            shown = QLabel(value, objectName=f"fact_{key}")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            self.header.addWidget(caption, row, column * 2)
            self.header.addWidget(shown, row, column * 2 + 1)
        text = tr_evaluation_dialog.tr("Score: {total}").format(
            total=percent(record["score"]) or tr_evaluation_dialog.tr("none (all N/A)"))
        if record["critical_fail"]:
            text += "  " + tr_evaluation_dialog.tr("(critical fail)")
        if record["revision"] > 1:
            text += "  " + tr_evaluation_dialog.tr("(version {revision} of the score)").format(
                revision=record["revision"])
        self.score_label.setText(text)
        self.answers_table.set_rows([{"key": k, **a} for k, a in record["answers"].items()])
        self.history_table.set_rows(self.history)
        self.disputes_table.set_rows(self.disputes)
        self.tabs.setTabText(2, tr_evaluation_dialog.tr("Disputes ({count})").format(
            count=i18n.number(len(self.disputes))))
        self.tabs.setTabText(1, tr_evaluation_dialog.tr("Score history ({count})").format(
            count=i18n.number(len(self.history))))
        mine = not self.me["shared"] or self.me["staff"] == record["staff"]
        for button in (self.acknowledge_button, self.dispute_button):
            button.setVisible(mine)
            button.setEnabled(record["status"] == "open")
        self.decide_button.setVisible(self.me["role"] in quality.DECIDERS)
        self.decide_button.setEnabled(record["status"] == "disputed")

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.open_over(self, self._changed)
        return dialog

    def _changed(self, record: dict) -> None:
        self.load()
        self.evaluation_changed.emit(record)

    def acknowledge(self) -> FormDialog:
        return self._open(AcknowledgeDialog(self.evaluation))

    def dispute(self) -> FormDialog:
        return self._open(DisputeDialog(self.evaluation))

    def decide(self) -> FormDialog | None:
        open_dispute = next((d for d in reversed(self.disputes) if not d["decision"]), None)
        if open_dispute is None:
            QMessageBox.information(self, tr_evaluation_dialog.tr("Decide dispute"),
                                    tr_evaluation_dialog.tr(
                                        "This evaluation has no open dispute."))
            return None
        return self._open(DecideDialog(self.evaluation, open_dispute))


def open_detail(parent: QWidget, evaluation_id: int, on_changed) -> EvaluationDetailDialog:
    """Show an evaluation's detail window-modal over `parent` (deleted once closed)."""
    dialog = EvaluationDetailDialog(evaluation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.evaluation_changed.connect(on_changed)
    dialog.open()
    return dialog
