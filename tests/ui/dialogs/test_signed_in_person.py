"""The person signed in, in forms: a new feedback's author and a new check-in's reviewer are
them (still free text for outsiders); on a SQLite file Settings says which staff record is
"me"; on my own profile I acknowledge feedback and see who acknowledged when."""

from __future__ import annotations

from builders import a_feedback, a_staff, click_save, offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import feedback, settings, users
from ui.dialogs.checkin_dialog import CheckInDialog
from ui.dialogs.feedback_dialog import AcknowledgeDialog, FeedbackDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings


def test_new_feedback_and_check_in_name_the_signed_in_person(qtbot, ui_db):
    person = a_staff("Ana")
    me = users.current()["display_name"]
    form = FeedbackDialog(staff=person["id"], source="management")
    qtbot.addWidget(form)
    form.show()
    assert form.fields["author"].text() == me == "tester"
    form.fields["author"].clear()
    qtbot.keyClicks(form.fields["author"], "Client QA team")  # an outsider: free text
    form.fields["rating"].set_value(4)
    click_save(qtbot, form)
    assert form.message.text() == "" and not form.isVisible()
    assert feedback.get(form.record_id)["author"] == "Client QA team"
    check_in = CheckInDialog(staff=person["id"])
    qtbot.addWidget(check_in)
    assert check_in.fields["reviewer"].text() == me
    kept = FeedbackDialog(a_feedback(person, author="Someone else")["id"])
    qtbot.addWidget(kept)
    assert kept.fields["author"].text() == "Someone else"  # editing keeps the author


def test_settings_choose_my_staff_record_on_a_sqlite_file(qtbot, ui_db):
    me = a_staff("Lena", "Lead")
    dialog = SettingsDialog("test.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["me_staff_id"].value() is None
    dialog.fields["me_staff_id"].set_value(me["id"], "Lena Lead")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert settings.get("me_staff_id") == str(me["id"])
    assert users.current()["staff"] == me["id"]
    again = SettingsDialog("test.db")
    qtbot.addWidget(again)
    assert again.fields["me_staff_id"].value() == me["id"]


def test_acknowledging_on_my_own_profile(qtbot, ui_db):
    me = a_staff("Ana")
    other = a_staff("Ben")
    settings.set("me_staff_id", str(me["id"]))
    about_me = a_feedback(me, comment="Great save")
    a_feedback(other, comment="Not mine")
    theirs = StaffProfilePage(other["id"])
    qtbot.addWidget(theirs)
    assert not theirs.tab("Feedback").acknowledge.isVisibleTo(theirs)
    page = StaffProfilePage(me["id"])
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.tabs.setCurrentWidget(page.tab("Feedback"))
    tab = page.tab("Feedback")
    qtbot.waitUntil(lambda: bool(tab.table.rows()))
    assert not tab.acknowledge.isEnabled()
    tab.table.selectRow(0)
    assert "Not acknowledged yet" in tab.detail.text()
    assert tab.acknowledge.isEnabled()
    qtbot.mouseClick(tab.acknowledge, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(AcknowledgeDialog)
    qtbot.keyClicks(dialog.fields["acknowledgement"], "Thanks")
    click_save(qtbot, dialog)
    record = feedback.get(about_me["id"])
    assert record["acknowledgement"] == "Thanks"
    qtbot.waitUntil(lambda: bool(tab.table.rows())
                    and tab.table.rows()[0]["acknowledged_at"] is not None)
    tab.table.selectRow(0)
    assert "Acknowledged by tester on " in tab.detail.text()
    assert tab.detail.text().endswith(": Thanks")
    assert not tab.acknowledge.isEnabled()


def test_my_staff_record_names_me_on_a_sqlite_file(qtbot, ui_db):
    """Once Settings says which staff record is me, forms and a client's pack name that
    person, not the computer's account; without it (or once it is deleted) the account."""
    me = a_staff("Lena", "Lead")
    settings.set("me_staff_id", str(me["id"]))
    assert users.current()["display_name"] == "Lena Lead"
    assert users.current()["login"] == "tester"  # the audit still names the account
    form = FeedbackDialog(staff=a_staff("Ana")["id"], source="management")
    qtbot.addWidget(form)
    assert form.fields["author"].text() == "Lena Lead"
    settings.set("me_staff_id", str(me["id"] + 1000))
    assert users.current()["display_name"] == "tester"
