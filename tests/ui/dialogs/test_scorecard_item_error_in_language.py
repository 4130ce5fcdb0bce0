"""A wrong scorecard item's error names its field in the window's language ("peso", not
"weight"), as the rest of the message is."""

from __future__ import annotations

import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from records import make_scorecard

from ui.dialogs.scorecard_dialog import ScorecardDialog
from ui.widgets.scorecard_items import WEIGHT

pytestmark = offscreen_warnings


def type_weight(qtbot, editor, row: int, text: str) -> None:
    table = editor.table
    table.setCurrentCell(row, WEIGHT)
    table.edit(table.currentIndex())
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, WEIGHT).text() == text, timeout=2000)


@pytest.mark.parametrize(("language", "error"), [
    ("es", "Ítem 4: peso debe ser mayor que 0"),
    ("pt_BR", "Item 4: peso deve ser maior que 0"),
    ("en", "Item 4: weight must be above 0"),
])
def test_a_wrong_items_field_is_named_in_the_windows_language(qtbot, ui_db, make, in_language,
                                                             language, error):
    card = make_scorecard(make, name="Phone QA")
    in_language(language)
    form = ScorecardDialog(card["id"])
    qtbot.addWidget(form)
    form.show()
    type_weight(qtbot, form.items_editor, 3, "0")
    qtbot.mouseClick(form.publish_button, Qt.MouseButton.LeftButton)
    assert form.error_text("items") == error
