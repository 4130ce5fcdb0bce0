"""Rating inputs: one 1-5 rating, and a grid of them, one row per competency."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QLabel, QRadioButton, QWidget

from ui.i18n import Context

tr_rating = Context("tr_rating")

# In English; `rating_word()` gives them in the window's language.
RATING_WORDS = {1: QT_TRANSLATE_NOOP("tr_rating", "Poor"),
                2: QT_TRANSLATE_NOOP("tr_rating", "Below expectations"),
                3: QT_TRANSLATE_NOOP("tr_rating", "Meets expectations"),
                4: QT_TRANSLATE_NOOP("tr_rating", "Exceeds expectations"),
                5: QT_TRANSLATE_NOOP("tr_rating", "Outstanding")}


def rating_word(value: int | None) -> str:
    """"Meets expectations" for 3; "Not rated" for anything else."""
    return tr_rating.tr(RATING_WORDS[value]) if value in RATING_WORDS \
        else tr_rating.tr("Not rated")


class RatingBox(QComboBox):
    """An optional overall rating, 1 to 5."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # no item data: currentData() is None
        self.addItem(tr_rating.tr("No rating"))
        for value in RATING_WORDS:
            self.addItem(f"{value} – {rating_word(value)}", value)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(0 if value is None else max(self.findData(value), 0))


class RatingGrid(QWidget):
    """One row per competency with "–" and 1 to 5; `value()` is {competency_id: rating}
    for the rated ones."""

    def __init__(self, competencies: list[dict], parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.groups: dict[int, QButtonGroup] = {}
        for column, text in enumerate(["–", "1", "2", "3", "4", "5"], start=1):
            heading = QLabel(text)
            heading.setToolTip(rating_word(column - 1))
            grid.addWidget(heading, 0, column)
        for row, competency in enumerate(competencies, start=1):
            grid.addWidget(QLabel(competency["name"]), row, 0)
            group = QButtonGroup(self)
            for value in range(0, 6):
                button = QRadioButton()
                button.setObjectName(f"rating_{competency['id']}_{value}")
                button.setToolTip(f"{competency['name']}: {rating_word(value)}")
                group.addButton(button, value)
                grid.addWidget(button, row, value + 1)
            group.button(0).setChecked(True)
            self.groups[competency["id"]] = group
        if not competencies:
            grid.addWidget(QLabel(tr_rating.tr("No competencies defined yet.")),
                           1, 0, 1, 7)
        grid.setColumnStretch(0, 1)

    def value(self) -> dict[int, int]:
        return {competency: group.checkedId() for competency, group in self.groups.items()
                if group.checkedId() > 0}

    def set_value(self, ratings: dict[int, int] | None) -> None:
        for competency, group in self.groups.items():
            group.button((ratings or {}).get(competency, 0)).setChecked(True)

    def rate(self, competency_id: int, value: int) -> None:
        self.groups[competency_id].button(value).click()
