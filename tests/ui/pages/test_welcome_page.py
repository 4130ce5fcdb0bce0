"""The welcome page: demo data is loaded off the GUI thread; the other choices are signals."""

from builders import a_client, offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp import opening
from mentorapp.services import staff
from ui.pages import welcome_page
from ui.pages.welcome_page import WelcomePage

pytestmark = offscreen_warnings


def test_load_demo_data_fills_the_database(qtbot, ui_db, monkeypatch):
    monkeypatch.setattr(welcome_page, "DEMO_STAFF", 12)
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    assert opening.is_empty(ui_db)
    with qtbot.waitSignal(page.demo_loaded, timeout=30_000):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        assert not page.demo_button.isEnabled()
    assert staff.count() == 12
    assert page.progress_dialog is None and page.demo_button.isEnabled()


def test_demo_refused_on_a_database_with_data(qtbot, ui_db, monkeypatch):
    a_client("Existing")
    warnings = []
    monkeypatch.setattr(welcome_page.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    page = WelcomePage()
    qtbot.addWidget(page)
    page.load_demo()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "already holds data" in warnings[0]
    assert staff.count() == 0


def test_other_choices_are_signals(qtbot, ui_db):
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.import_requested):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.start_empty):
        qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
