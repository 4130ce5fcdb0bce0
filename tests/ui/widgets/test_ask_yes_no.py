"""`ask_yes_no`, the question before deleting, archiving or removing: No is the default, so an
Enter pressed too soon keeps the record (Qt's default would have been Yes)."""

from __future__ import annotations

from builders import offscreen_warnings
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.widgets.forms import ask_yes_no

pytestmark = offscreen_warnings


def answer_when_shown(qtbot, act, seen: list) -> None:
    """Once the question is up: note its default button, then `act` on the box."""
    def look():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, look)
            return
        seen.append(boxes[0].defaultButton().text().replace("&", ""))
        act(boxes[0])

    QTimer.singleShot(0, look)


def test_enter_on_the_question_answers_no(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    assert ask_yes_no(parent, "Roles", "Delete the role 'Senior agent'?") is False
    assert seen == ["No"]
    answer_when_shown(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
                      seen)
    assert ask_yes_no(parent, "Roles", "Delete the role 'Senior agent'?") is True
