"""Data entry that flows: dates typed in every form, every problem in one pass, whole error
messages, column lengths, Escape with changes, and what a save tells its list."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import (
    a_mentor,
    a_mentorship,
    a_program,
    a_staff,
    click_save,
    offscreen_warnings,
    type_into,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QPushButton

from mentorapp.models import Feedback, Staff
from mentorapp.services import feedback, staff, training
from ui.dialogs.action_item_dialog import ActionItemDialog
from ui.dialogs.checkin_dialog import CheckInDialog
from ui.dialogs.enrollment_dialog import EnrollmentDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.mentorship_dialog import MentorshipDialog
from ui.dialogs.responsibility_dialog import ResponsibilityDialog
from ui.dialogs.self_assessment_dialog import SelfAssessmentDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.widgets.action_items import DUE, OWNER
from ui.widgets.date_field import DateField

pytestmark = offscreen_warnings
TODAY = dt.date.today()


def opened(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def type_date(qtbot, form, key: str, text: str) -> None:
    """Click into a date field, select what is there and type over it, then Tab away."""
    field = form.fields[key]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def answer(qtbot, button_text: str, asked: list) -> None:
    """Click a button of the question box that is about to open."""
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            (button,) = [b for b in box.buttons() if b.text() == button_text]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)


# -- dates ---------------------------------------------------------------------------------
def test_a_typed_hire_date_is_saved(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    type_into(qtbot, form, employee_id="E777", first_name="Ana", last_name="Cruz")
    type_date(qtbot, form, "hire_date", "2024-5-5")
    assert form.fields["hire_date"].text() == "2024-05-05"
    click_save(qtbot, form)
    assert staff.by_employee_id("E777")["hire_date"] == dt.date(2024, 5, 5)


def test_the_required_completed_on_takes_a_typed_date(qtbot, ui_db):
    person, program = a_staff("Ana", "Cruz"), a_program("Safety 101")
    form = opened(qtbot, EnrollmentDialog())
    type_into(qtbot, form, staff=person["employee_id"], program="Safety 101")
    form.fields["status"].set_value("completed")
    yesterday = TODAY - dt.timedelta(days=1)
    type_date(qtbot, form, "completed_date", yesterday.isoformat())
    click_save(qtbot, form)
    (saved,) = training.enrollments.list(staff=person["id"])
    assert (saved["program"], saved["completed_date"]) == (program["id"], yesterday)


def test_a_half_typed_date_is_refused_with_a_field_error_and_kept(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    type_into(qtbot, form, employee_id="E777", first_name="Ana", last_name="Cruz")
    type_date(qtbot, form, "hire_date", "2024-05")
    click_save(qtbot, form)
    assert form.isVisible() and Staff.select().count() == 0
    assert "not a whole date" in form.error_text("hire_date")
    assert form.fields["hire_date"].text() == "2024-05"


@pytest.fixture
def every_dated_form(ui_db):
    """One of each form with a date, opened as the app opens it."""
    person, mentee = a_staff("Ana", "Cruz"), a_staff("Ben", "Ray")
    mentorship = a_mentorship(a_mentor(person), mentee)
    return [StaffDialog(), FeedbackDialog(), EnrollmentDialog(),
            MentorshipDialog(), SessionDialog(mentorship=mentorship["id"]),
            ActionItemDialog(mentorship=mentorship["id"]), CheckInDialog(staff=person["id"]),
            GoalDialog(staff=person["id"]), SelfAssessmentDialog(staff=person["id"]),
            ResponsibilityDialog(staff=person["id"])]


def test_every_form_uses_the_one_date_field(qtbot, every_dated_form):
    for form in every_dated_form:
        qtbot.addWidget(form)
        assert form.findChildren(QDateEdit) == [], type(form).__name__
        assert form.findChildren(DateField), type(form).__name__


def test_action_item_owner_and_due_are_as_wide_as_their_editors(qtbot, ui_db):
    mentorship = a_mentorship(a_mentor(), a_staff("Ben"))
    form = opened(qtbot, SessionDialog(mentorship=mentorship["id"]))
    editor = form.fields["action_items"]
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    for column in (OWNER, DUE):
        widget = editor.table.cellWidget(0, column)
        assert widget.width() >= widget.sizeHint().width(), column
    editor.table.item(0, 0).setText("Read the guide")
    qtbot.keyClicks(editor.table.cellWidget(0, DUE), "2031-5")
    click_save(qtbot, form)
    assert form.error_text("action_items").startswith("Action item 1, due: '2031-5' is not")
    qtbot.keyClicks(editor.table.cellWidget(0, DUE), "-5")
    assert editor.value()[0]["due_date"] == dt.date(2031, 5, 5)


# -- every problem in one pass ----------------------------------------------------------------
def test_every_field_problem_shows_in_one_pass(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    type_into(qtbot, form, employee_id="E777", email="nope")
    type_date(qtbot, form, "hire_date", "2024-05")
    click_save(qtbot, form)
    shown = {key for key in form.fields if form.error_text(key)}
    assert shown == {"first_name", "last_name", "email", "hire_date"}
    assert form.focusWidget() is form.fields["first_name"]


def test_enrollment_errors_and_its_cross_field_rule_in_one_pass(qtbot, ui_db):
    form = opened(qtbot, EnrollmentDialog())
    form.fields["status"].set_value("completed")
    click_save(qtbot, form)
    assert "required" in form.error_text("staff")
    assert "required" in form.error_text("program")
    assert "required when the status is completed" in form.error_text("completed_date")


def test_an_empty_incident_is_refused_and_says_what_it_needs(qtbot, ui_db):
    person = a_staff("Ana", "Cruz")
    form = opened(qtbot, FeedbackDialog(staff=person["id"]))
    form.fields["source"].set_value("management")
    form.fields["kind"].set_value("incident")
    click_save(qtbot, form)
    assert form.isVisible() and Feedback.select().count() == 0
    assert form.error_text("root_cause").startswith("An incident needs what happened")
    assert "lesson learned or a corrective action" in form.error_text("root_cause")
    qtbot.keyClicks(form.fields["comment"], "Refund sent twice")
    qtbot.keyClicks(form.fields["corrective_action"], "Four-eyes rule on refunds")
    click_save(qtbot, form)
    (saved,) = feedback.list(staff=person["id"])
    assert (saved["comment"], saved["corrective_action"]) == \
        ("Refund sent twice", "Four-eyes rule on refunds")


# -- whole messages, lengths -------------------------------------------------------------------
def test_error_messages_show_whole_and_the_dialog_grows(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    form.resize(form.minimumWidth(), form.minimumSizeHint().height())
    type_into(qtbot, form, email="not-an-email-address-at-all-and-rather-long")
    type_date(qtbot, form, "hire_date", "2024-05")
    height = form.height()
    click_save(qtbot, form)
    qtbot.waitUntil(lambda: form.height() > height)
    labels = [form._errors[key] for key in ("first_name", "last_name", "email", "hire_date")]
    assert any(label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5
               for label in labels)  # at least one message takes two lines
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        bottom = label.mapTo(form, label.rect().bottomLeft()).y()
        assert bottom <= form.buttons.geometry().top(), label.text()


def test_text_fields_take_their_column_length(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    limit = Staff.first_name.max_length
    assert form.fields["first_name"].maxLength() == limit
    qtbot.keyClicks(form.fields["first_name"], "x" * 320)
    assert len(form.fields["first_name"].text()) == limit
    assert form.fields["employee_id"].maxLength() == Staff.employee_id.max_length


# -- leaving -----------------------------------------------------------------------------------
def test_escape_with_changes_asks_before_discarding(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    qtbot.keyClicks(form.fields["first_name"], "Ana")
    asked = []
    answer(qtbot, "Keep editing", asked)
    qtbot.keyClick(form.fields["first_name"], Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    assert form.fields["first_name"].text() == "Ana"
    answer(qtbot, "Discard changes", asked)
    qtbot.keyClick(form.fields["first_name"], Qt.Key.Key_Escape)
    assert len(asked) == 2 and not form.isVisible()
    assert form.result() == form.DialogCode.Rejected


def test_escape_without_changes_closes_without_a_question(qtbot, ui_db, monkeypatch):
    person = a_staff("Ana", "Cruz")
    form = opened(qtbot, StaffDialog(person["id"]))
    monkeypatch.setattr(form, "confirm_discard", lambda: pytest.fail("asked"))
    qtbot.keyClick(form.fields["first_name"], Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_cancel_with_changes_asks_too(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    qtbot.keyClicks(form.fields["last_name"], "Cruz")
    asked = []
    answer(qtbot, "Discard changes", asked)
    (cancel,) = [b for b in form.buttons.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked and not form.isVisible()


# -- what the list is told -----------------------------------------------------------------------
def test_a_save_gives_the_record_id_and_says_what_was_saved(qtbot, ui_db):
    form = opened(qtbot, StaffDialog())
    type_into(qtbot, form, employee_id="E777", first_name="Ana", last_name="Cruz")
    with qtbot.waitSignal(form.saved) as saved:
        click_save(qtbot, form)
    stored = staff.by_employee_id("E777")
    assert form.record_id == saved.args[0]["id"] == stored["id"]
    assert form.saved_message() == "New staff member saved"
    edit = opened(qtbot, StaffDialog(stored["id"]))
    type_into(qtbot, edit, job_title="Team lead")
    click_save(qtbot, edit)
    assert edit.saved_message() == "Changes to the staff member saved"
