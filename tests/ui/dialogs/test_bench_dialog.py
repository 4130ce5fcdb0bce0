"""The Clients page's "Bench strength…": the selected account's roles with who is ready, and
the backfill candidates once someone resigned."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import a_client, a_program, a_staff, offscreen_warnings, select_rows, show_page
from PySide6.QtCore import Qt
from records import Make

from mentorapp.services import readiness, staff, training
from ui.dialogs.bench_dialog import BenchDialog
from ui.pages.clients_page import ClientsPage

pytestmark = offscreen_warnings
TODAY = dt.date.today()


@pytest.fixture
def account(ui_db):
    """Acme's Tier 2 asks for the Returns course; Ana holds it; agents Ben (course done) and
    Carla (taking it)."""
    acme = a_client("Acme")
    course = a_program("Returns")
    readiness.create_role(name="Agent", level=1)
    tier = readiness.create_role(name="Tier 2", client=acme["id"], level=2)
    readiness.set_requirements(tier["id"], [{"kind": "training", "program": course["id"]}])
    ana = Make().staff("Ana", "Holder", acme, role="Tier 2", employee_id="HOLDER-1")
    ben, carla = a_staff("Ben", "Ready", client=acme), a_staff("Carla", "Soon", client=acme)
    training.enrollments.create(staff=ben["id"], program=course["id"], status="completed",
                                completed_date=TODAY)
    training.enrollments.create(staff=carla["id"], program=course["id"], status="in_progress")
    return {"acme": acme, "ana": ana}


def open_bench(qtbot) -> BenchDialog:
    page = show_page(qtbot, ClientsPage())
    assert not page.bench_button.isEnabled()
    select_rows(page, [0])
    qtbot.mouseClick(page.bench_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(BenchDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_bench_strength_of_the_selected_client(qtbot, account):
    dialog = open_bench(qtbot)
    assert dialog.windowTitle() == "Bench strength of Acme"
    assert dialog.roles.column_texts("Role") == ["Tier 2", "Agent"]
    assert dialog.roles.column_texts("Ready now") == ["Ben Ready (100%)", "No one"]
    assert dialog.roles.column_texts("In about 6 months") == ["Carla Soon (0%)", "No one"]
    assert dialog.roles.column_texts("Holders") == ["1", "2"]
    assert "3 people on Acme now" in dialog.summary.text()
    assert dialog.tabs.tabText(1) == "Backfill (0)"


def test_backfill_candidates_after_a_resignation(qtbot, account):
    staff.update(account["ana"]["id"], status="resigned")
    dialog = open_bench(qtbot)
    assert dialog.tabs.tabText(1) == "Backfill (1)"
    assert dialog.backfills.column_texts("Left") == ["Ana Holder"]
    assert dialog.backfills.column_texts("Why") == ["resigned"]
    assert dialog.backfills.column_texts("Role to fill") == ["Tier 2"]
    assert dialog.backfills.column_texts("Candidates") == [
        "Ben Ready: ready now (100%); Carla Soon: ready in about 6 months (0%)"]
    assert "2 people on Acme now" in dialog.summary.text()


def test_bench_strength_in_spanish(qtbot, account, spanish):
    staff.update(account["ana"]["id"], status="resigned")
    dialog = open_bench(qtbot)
    assert dialog.windowTitle() == "Banco de talento de Acme"
    assert dialog.tabs.tabText(1) == "Reemplazos (1)"
    assert dialog.roles.column_texts("Listos ya") == ["Ben Ready (100%)", "Nadie"]
    assert dialog.summary.text().startswith(
        "2 personas en Acme hoy; 2 cargos (de la cuenta y del escalafón de la empresa). "
        "1 persona renunció o salió en los últimos 90 días.")


def test_the_dialog_stays_within_a_1024_by_700_screen(qtbot, account, monkeypatch):
    """At 1,200 wide it ran off a 1024-wide screen, its Close button with it."""
    from PySide6.QtCore import QRect

    class Screen1024:
        def availableGeometry(self):  # noqa: N802 (Qt's name)
            return QRect(0, 0, 1024, 700)

    monkeypatch.setattr(BenchDialog, "screen", lambda _self: Screen1024())
    dialog = BenchDialog(account["acme"]["id"], "Acme")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1024 - 40 and dialog.height() <= 700 - 60
    qtbot.waitUntil(lambda: dialog.loaded)
