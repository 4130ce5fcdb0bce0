"""The scorecard editor: items typed into the table, a wrong one shown by its number, the
draft saved, and publishing a changed scorecard as version 2 while an evaluation made on
version 1 keeps it."""

from __future__ import annotations

import pytest
from builders import click_save, offscreen_warnings, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLineEdit, QMessageBox
from records import make_evaluation, make_scorecard

from mentorapp.models import ScorecardItem
from mentorapp.services import quality
from ui import i18n
from ui.dialogs.scorecard_dialog import ScorecardDialog, published_message
from ui.widgets.scorecard_items import CRITICAL, KEY, SCALE, SECTION, SHARE, TEXT, WEIGHT

pytestmark = offscreen_warnings


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_cell(qtbot, editor, row: int, column: int, text: str) -> None:
    """Type into a cell of the items table as a user does: open its editor, type, Enter."""
    table = editor.table
    table.setCurrentCell(row, column)
    table.edit(table.currentIndex())
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=2000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_publish(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[tuple]:
    """Publish asks first: answer its question; returns the questions asked (title, text,
    buttons, default button)."""
    asked = []

    def question(_parent, title, text, buttons, default):
        asked.append((title, text, buttons, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_new_scorecard_is_typed_saved_as_a_draft_then_published(qtbot, ui_db, monkeypatch):
    asked = answer_publish(monkeypatch)
    form = opened(qtbot, ScorecardDialog())
    type_into(qtbot, form, name="Chat QA")
    editor = form.items_editor
    type_cell(qtbot, editor, 0, SECTION, "Opening")
    type_cell(qtbot, editor, 0, TEXT, "Greeted the customer")
    click(qtbot, editor.add_button)  # after row 0, in its section
    assert editor.table.item(1, SECTION).text() == "Opening"
    type_cell(qtbot, editor, 1, TEXT, "Verified identity")
    type_cell(qtbot, editor, 1, WEIGHT, "2")
    editor.table.cellWidget(1, CRITICAL).set_value("evaluation")
    editor.table.cellWidget(1, SCALE).set_value("yes_partial_no")
    click_save(qtbot, form)
    assert not form.isVisible(), form.message.text()
    assert form.saved_message() == "New scorecard saved as a draft"
    card = quality.scorecard_by_name("Chat QA")
    assert (card["draft"], card["published"]) == (1, None)
    items = quality.items(card["versions"][0]["id"])
    assert [(i["key"], i["weight"], i["scale"], i["critical"]) for i in items] == [
        ("greeted_the_customer", 1.0, "yes_no", ""),
        ("verified_identity", 2.0, "yes_partial_no", "evaluation")]

    again = opened(qtbot, ScorecardDialog(card["id"]))
    assert "not published yet" in again.status.text()
    click(qtbot, again.publish_button)
    assert [text for _title, text, _b, _d in asked] == [
        "Publish version 1 of Chat QA? New evaluations will be scored with it; evaluations "
        "already made keep their version."]
    assert not again.isVisible(), again.message.text()
    assert again.saved_message() == "Version 1 published"
    assert quality.scorecard(card["id"])["published"] == 1


def test_a_wrong_item_is_named_by_its_number_and_selected(qtbot, ui_db):
    form = opened(qtbot, ScorecardDialog())
    type_into(qtbot, form, name="Email QA")
    editor = form.items_editor
    type_cell(qtbot, editor, 0, TEXT, "Spelling")
    click(qtbot, editor.add_button)
    type_cell(qtbot, editor, 1, TEXT, "Tone")
    type_cell(qtbot, editor, 1, WEIGHT, "0")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("items") == "Item 2: weight must be above 0"
    assert editor.table.currentRow() == 1
    assert quality.scorecard_list() == []  # nothing made for refused items
    type_cell(qtbot, editor, 1, WEIGHT, "1.5")
    click_save(qtbot, form)
    assert not form.isVisible(), form.error_text("items")
    assert [i["weight"] for i in quality.items(quality.scorecard_by_name("Email QA")
                                               ["versions"][0]["id"])] == [1.0, 1.5]


def test_a_huge_weight_is_refused_with_the_rule(qtbot, ui_db):
    form = opened(qtbot, ScorecardDialog())
    type_into(qtbot, form, name="Email QA")
    editor = form.items_editor
    type_cell(qtbot, editor, 0, TEXT, "Spelling")
    type_cell(qtbot, editor, 0, WEIGHT, "99999999999")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("items") == ("Item 1: weight must be 100 at most (only the ratio "
                                        "between weights counts)")
    assert quality.scorecard_list() == []


def test_weights_show_as_typed_never_in_scientific_notation(qtbot, ui_db, make):
    """A weight stored before the cap (99999999999) showed as "1e+11" when reopened."""
    card = make_scorecard(make, publish=False)
    version = card["versions"][0]["id"]
    ScorecardItem.update(weight=99999999999).where(ScorecardItem.version == version,
                                                   ScorecardItem.key == "greet").execute()
    ScorecardItem.update(weight=0.00001).where(ScorecardItem.version == version,
                                               ScorecardItem.key == "tone").execute()
    form = opened(qtbot, ScorecardDialog(card["id"]))
    table = form.items_editor.table
    assert [table.item(row, WEIGHT).text() for row in range(4)] == [
        "99999999999", "2", "3", "0.00001"]


def test_each_item_shows_its_share_of_the_total_weight(qtbot, ui_db, make):
    card = make_scorecard(make, publish=False)  # weights 1, 2, 3, 2
    form = opened(qtbot, ScorecardDialog(card["id"]))
    editor = form.items_editor
    table = editor.table

    def shares():
        return [table.item(row, SHARE).text() for row in range(table.rowCount())]

    assert shares() == ["12.5%", "25%", "37.5%", "25%"]
    assert not table.item(0, SHARE).flags() & Qt.ItemFlag.ItemIsEditable
    type_cell(qtbot, editor, 0, WEIGHT, "93")  # one item swamping the rest shows
    assert shares() == ["93%", "2%", "3%", "2%"]
    type_cell(qtbot, editor, 1, WEIGHT, "x")  # no weight: no share, the others' still
    assert shares() == ["94.9%", "", "3.1%", "2%"]
    editor.select_row(0)
    click(qtbot, editor.remove_button)
    assert shares() == ["", "60%", "40%"]
    click(qtbot, editor.add_button)  # weight 1, after the current row (the first)
    assert shares() == ["", "16.7%", "50%", "33.3%"]
    assert [row["weight"] for row in editor.value()] == ["x", "1", "3", "2"]


def test_publishing_a_changed_scorecard_keeps_the_old_evaluations_version(qtbot, ui_db, make,
                                                                         monkeypatch):
    asked = answer_publish(monkeypatch)
    card = make_scorecard(make, name="Phone QA")
    version_1 = quality.version_id(card["id"])
    evaluation = make_evaluation(make, card)
    form = opened(qtbot, ScorecardDialog(card["id"]))
    assert form.status.text() == ("Version 1 is in use; a change here becomes the draft of "
                                  "version 2.")
    assert form.fields["name"].isReadOnly()
    editor = form.items_editor
    editor.select_row(3)
    click(qtbot, editor.add_button)
    type_cell(qtbot, editor, 4, SECTION, "Closing")
    type_cell(qtbot, editor, 4, KEY, "close")
    type_cell(qtbot, editor, 4, TEXT, "Closed the call")
    click(qtbot, form.publish_button)
    assert [text for _title, text, _b, _d in asked] == [
        "Publish version 2 of Phone QA? New evaluations will be scored with it; evaluations "
        "already made keep their version."]
    assert not form.isVisible(), form.message.text()
    assert form.saved_message() == "Version 2 published; older evaluations keep version 1"
    assert quality.evaluation(evaluation["id"])["version"] == version_1
    assert len(quality.items(version_1)) == 4
    assert [i["key"] for i in quality.items(quality.version_id(card["id"]))][-1] == "close"
    assert quality.score_history(evaluation["id"])[0]["score"] == pytest.approx(100.0)


def test_publish_without_changes_says_so(qtbot, ui_db, make, monkeypatch):
    asked = answer_publish(monkeypatch)
    card = make_scorecard(make)
    form = opened(qtbot, ScorecardDialog(card["id"]))
    click(qtbot, form.publish_button)
    assert asked == []  # nothing to publish: nothing to confirm
    assert form.isVisible()
    assert "no changes to publish" in form.message.text()
    assert quality.scorecard(card["id"])["versions"][-1]["version"] == 1  # no new draft


def test_publishing_asks_first_and_no_publishes_nothing(qtbot, ui_db, make, monkeypatch):
    """Publishing changed how a whole client is scored at one click, with no question."""
    asked = answer_publish(monkeypatch, QMessageBox.StandardButton.No)
    card = make_scorecard(make, name="Phone QA")
    form = opened(qtbot, ScorecardDialog(card["id"]))
    editor = form.items_editor
    type_cell(qtbot, editor, 3, WEIGHT, "3")
    click(qtbot, form.publish_button)
    assert asked == [(
        "Publish scorecard",
        "Publish version 2 of Phone QA? New evaluations will be scored with it; evaluations "
        "already made keep their version.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)]
    assert form.isVisible()
    after = quality.scorecard(card["id"])
    assert (after["published"], after["draft"], len(after["versions"])) == (1, None, 1)


def test_moving_an_item_keeps_its_values(qtbot, ui_db, make):
    card = make_scorecard(make, publish=False)
    form = opened(qtbot, ScorecardDialog(card["id"]))
    editor = form.items_editor
    editor.select_row(1)  # verify: weight 2, critical for the evaluation, no N/A
    click(qtbot, editor.up_button)
    assert [row["key"] for row in editor.value()] == ["verify", "greet", "solve", "tone"]
    assert editor.value()[0] == {"section": "Opening", "key": "verify",
                                 "text": "Verified identity", "weight": "2",
                                 "scale": "yes_no", "critical": "evaluation",
                                 "allow_na": False, "competency": None}
    click(qtbot, editor.remove_button)
    click_save(qtbot, form)
    assert [i["key"] for i in quality.items(quality.scorecard(card["id"])["versions"][0]["id"])
            ] == ["greet", "solve", "tone"]


def test_publishing_in_spanish(qtbot, ui_db, make, spanish, monkeypatch):
    """The status line, the buttons, a wrong item's number, the question and the published
    message."""
    asked = answer_publish(monkeypatch)
    assert published_message(1) == "Versión 1 publicada"
    card = make_scorecard(make, name="Phone QA")
    form = opened(qtbot, ScorecardDialog(card["id"]))
    assert form.windowTitle() == "Editar ficha de evaluación"
    assert form.status.text() == ("La versión 1 está en uso; un cambio aquí pasa a ser el "
                                  "borrador de la versión 2.")
    assert form.publish_button.text() == "Publicar"
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).text() == \
        "Guardar borrador"
    editor = form.items_editor
    type_cell(qtbot, editor, 3, WEIGHT, "0")
    click(qtbot, form.publish_button)
    assert form.error_text("items").startswith("Ítem 4: ")
    assert asked == []  # a wrong item is shown before any question
    type_cell(qtbot, editor, 3, WEIGHT, "3")
    click(qtbot, form.publish_button)
    assert [(title, text) for title, text, _b, _d in asked] == [(
        "Publicar ficha de evaluación",
        "¿Publicar la versión 2 de Phone QA? Las evaluaciones nuevas se calificarán con ella; "
        "las ya hechas conservan su versión.")]
    assert not form.isVisible(), form.message.text()
    assert form.saved_message() == ("Versión 2 publicada; las evaluaciones anteriores "
                                    "conservan la versión 1")


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_buttons_fit_in_both_languages(qtbot, ui_db, language):
    assert i18n.install(language) == language
    try:
        form = opened(qtbot, ScorecardDialog())
        assert [b.text() for b in form.findChildren(QAbstractButton)
                if b.isVisible() and b.width() < b.sizeHint().width()] == []
    finally:
        i18n.install(i18n.ENGLISH)


def test_the_editor_says_which_answer_fails_a_critical_item(qtbot, ui_db, make):
    """A critical 1-5 item failed only on 1 (2 kept 87.5%), and nothing said so."""
    card = make_scorecard(make, publish=False)
    form = opened(qtbot, ScorecardDialog(card["id"]))
    editor = form.items_editor
    assert editor.critical_hint.isVisible()
    assert editor.critical_hint.text() == ("A critical item fails only on its lowest answer: "
                                           "No, or 1 on the 1 – 5 scale")
    critical = editor.table.cellWidget(3, CRITICAL)  # tone, 1 - 5
    assert critical.toolTip() == (
        "Only the lowest answer (1) fails a critical item: it then zeroes its section or the "
        "whole evaluation, as chosen here")
    editor.table.cellWidget(3, SCALE).set_value("yes_partial_no")
    assert critical.toolTip().startswith("Only the lowest answer (No) fails")
    assert editor.table.horizontalHeaderItem(CRITICAL).toolTip() == editor.critical_hint.text()
