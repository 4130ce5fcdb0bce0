"""The answers of a scorecard: one row per item, grouped by section, with the answer buttons
of the item's scale (N/A when the item allows it) and, optionally, a comment."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from mentorapp.services import quality
from ui.i18n import Context

tr_scorecard_answers = Context("tr_scorecard_answers")

NA = "n/a"
SCALE_ANSWERS = {
    "yes_no": ("yes", "no"),
    "yes_partial_no": ("yes", "partial", "no"),
    "one_to_five": ("1", "2", "3", "4", "5"),
}
# What a critical item's failing answer ({answer}: "No", "1") does, by `critical` code.
CRITICAL_WORDS = {
    "section": QT_TRANSLATE_NOOP("tr_scorecard_answers", "critical: {answer} zeroes its section"),
    "evaluation": QT_TRANSLATE_NOOP("tr_scorecard_answers",
                                    "critical: {answer} zeroes the whole evaluation")}
ANSWER_WORDS = {"yes": QT_TRANSLATE_NOOP("tr_scorecard_answers", "Yes"),
                "no": QT_TRANSLATE_NOOP("tr_scorecard_answers", "No"),
                "partial": QT_TRANSLATE_NOOP("tr_scorecard_answers", "Partial"),
                NA: QT_TRANSLATE_NOOP("tr_scorecard_answers", "N/A")}


def answer_text(answer: str) -> str:
    """An answer code in the window's language ("yes" -> "Yes"; "3" stays "3")."""
    return tr_scorecard_answers.tr(
        ANSWER_WORDS[answer]) if answer in ANSWER_WORDS \
        else answer.capitalize()


def weight_text(weight) -> str:
    """A weight as typed, never in scientific notation: 2 -> "2", 2.5 -> "2.5",
    0.00001 -> "0.00001" (Python's "1e-05"; "1e+11" was how a slip of 99999999999 showed)."""
    text = format(Decimal(repr(float(weight))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def failing_answer(scale: str) -> str:
    """The answer that fails a critical item on a scale, in the window's language: the one
    earning no credit, its lowest ("No"; "1" on the 1-5 scale, where 2 still earns a
    quarter)."""
    return answer_text(quality.FAILING_ANSWERS[scale][0])


def item_caption(item: dict) -> str:
    """"Verified identity (weight 2, critical: No zeroes the whole evaluation)"."""
    typed = weight_text(item["weight"])  # never "1e+11"
    notes = [tr_scorecard_answers.tr("weight {weight}").format(weight=QLocale().toString(
        float(item["weight"]), "f", len(typed.partition(".")[2])))]
    if item.get("critical"):
        notes.append(tr_scorecard_answers.tr(CRITICAL_WORDS[item["critical"]]).format(
            answer=failing_answer(item["scale"])))
    return f"{item['text']} ({', '.join(notes)})"


class AnswerButtons(QWidget):
    """The answers of one item as radio buttons (arrow keys move between them).

    Signals: `answered(str)` when an answer is chosen.
    """

    answered = Signal(str)

    def __init__(self, item: dict, parent=None):
        super().__init__(parent)
        self.key = item["key"]
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        answers = [*SCALE_ANSWERS[item["scale"]], *([NA] if item["allow_na"] else [])]
        self.buttons: dict[str, QRadioButton] = {}
        for answer in answers:
            button = QRadioButton(answer_text(answer))
            button.setObjectName(f"{self.key}:{answer}")
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, a=answer: on and self.answered.emit(a))
        row.addStretch(1)

    def value(self) -> str | None:
        return next((a for a, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, answer: str | None) -> None:
        button = self.buttons.get(str(answer).lower()) if answer else None
        if button is None:
            self.group.setExclusive(False)
            for each in self.buttons.values():
                each.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)


class ScorecardAnswers(QWidget):
    """Every item of a scorecard version (`quality.items(version)` rows), by section.
    `value()` is {key: (answer, comment)} of the answered items.

    Signals: `changed()` whenever an answer or a comment changes.
    """

    changed = Signal()

    def __init__(self, items: list[dict], comments: bool = True, parent=None):
        super().__init__(parent)
        self.items = list(items)
        self.answers: dict[str, AnswerButtons] = {}
        self.comments: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(12)
        row = 0
        section = None
        for item in self.items:
            if item["section"] != section:
                section = item["section"]
                title = QLabel(f"<b>{section}</b>")
                title.setTextFormat(Qt.TextFormat.RichText)
                grid.addWidget(title, row, 0, 1, 3)
                row += 1
            caption = QLabel(item_caption(item), wordWrap=True)
            caption.setToolTip(tr_scorecard_answers.tr(
                "Item {key}").format(key=item["key"]))
            buttons = AnswerButtons(item)
            buttons.answered.connect(lambda _a: self.changed.emit())
            grid.addWidget(caption, row, 0)
            grid.addWidget(buttons, row, 1)
            self.answers[item["key"]] = buttons
            if comments:
                comment = QLineEdit(placeholderText=tr_scorecard_answers.tr(
                    "Comment"))
                comment.setObjectName(f"{item['key']}:comment")
                comment.textChanged.connect(lambda _t: self.changed.emit())
                grid.addWidget(comment, row, 2)
                self.comments[item["key"]] = comment
            row += 1
        grid.setRowStretch(row, 1)

    def value(self) -> dict[str, tuple[str, str]]:
        return {key: (answer, self.comments[key].text() if key in self.comments else "")
                for key, buttons in self.answers.items()
                if (answer := buttons.value()) is not None}

    def plain_answers(self) -> dict[str, str]:
        """{key: answer} of the answered items (what the scoring reads)."""
        return {key: answer for key, (answer, _) in self.value().items()}

    def set_value(self, answers: dict) -> None:
        """From {key: answer}, {key: (answer, comment)} or an evaluation's
        {key: {"answer", "comment"}}."""
        for key, given in (answers or {}).items():
            if isinstance(given, dict):
                answer, comment = given.get("answer"), given.get("comment", "")
            elif isinstance(given, (tuple, list)):
                answer, comment = given
            else:
                answer, comment = given, None
            if key in self.answers:
                self.answers[key].set_value(answer)
            if key in self.comments and comment is not None:
                self.comments[key].setText(comment)

    def unanswered(self) -> list[str]:
        return [key for key, buttons in self.answers.items() if buttons.value() is None]
