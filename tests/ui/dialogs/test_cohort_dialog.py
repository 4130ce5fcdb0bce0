"""Match a cohort: choosing the people, the proposal under capacity, editing a mentor (never
past a mentor's free places), creating exactly the rows shown, exporting, and the errors."""

from __future__ import annotations

import openpyxl
import pytest
from builders import offscreen_warnings, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from records import days_ago

from mentorapp.models import Mentorship
from mentorapp.services import mentoring
from ui.dialogs import cohort_dialog
from ui.dialogs.cohort_dialog import MENTOR_COLUMN, CohortDialog, pasted_ids
from ui.pages.mentoring_page import MentoringPage
from ui.widgets import file_dialogs

pytestmark = offscreen_warnings


@pytest.fixture
def company(ui_db, make):
    """Six new hires on ShopNest (the first two rated 1 on product knowledge); Strong (rated 5
    on it, 2 places), Says So (declares it, 1 place), Weak (rated 1 on it, 3 places)."""
    client = make.client("ShopNest")
    knowledge = make.competency("Product Knowledge")
    intake = [make.staff(f"New{n}", "Hire", client, hire_date=days_ago(20 + n))
              for n in range(6)]
    for person in intake[:2]:
        for _ in range(5):
            make.feedback(person, rating=1, ratings={knowledge["id"]: 1}, date=days_ago(5))
    strong = make.mentor(make.staff("Strong", "Mentor", client), capacity=2)
    for _ in range(20):
        make.feedback({"id": strong["staff"]}, rating=5, ratings={knowledge["id"]: 5},
                      date=days_ago(5))
    declared = make.mentor(make.staff("Says", "So"), capacity=1)
    mentoring.set_expertise(declared["id"], [knowledge["id"]])
    weak = make.mentor(make.staff("Weak", "There"), capacity=3)
    for _ in range(10):
        make.feedback({"id": weak["staff"]}, rating=1, ratings={knowledge["id"]: 1},
                      date=days_ago(5))
    return {"client": client, "intake": intake, "strong": strong, "declared": declared,
            "weak": weak}


@pytest.fixture
def dialog(qtbot, company):
    shown = CohortDialog()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(cohort_dialog.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    return shown


def propose_ids(qtbot, dialog, ids) -> None:
    dialog.pasted.clear()
    for employee_id in ids:  # as typed, one a line
        qtbot.keyClicks(dialog.pasted, employee_id)
        qtbot.keyClick(dialog.pasted, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def column(dialog, number: int) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def choose_mentor(qtbot, dialog, row: int, typed: str) -> None:
    """F2 on the row's mentor, type the start of a name in the list, Enter."""
    index = dialog.model.index(row, MENTOR_COLUMN)
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it on its next turn
    qtbot.waitUntil(lambda: dialog.table.indexWidget(index) is None)


def places(dialog) -> dict[str, tuple[str, str]]:
    return dict(zip(dialog.places.column_texts("Mentor"),
                    zip(dialog.places.column_texts("People"),
                        dialog.places.column_texts("Free places"), strict=True), strict=True))


def test_pasted_ids_are_split_on_lines_commas_and_spaces_each_once():
    assert pasted_ids(" E1\nE2, E3;E1\n\n  E4 ") == ["E1", "E2", "E3", "E4"]


def test_the_proposal_fills_each_mentor_within_capacity(qtbot, company, dialog):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    assert column(dialog, 1) == [f"New{n} Hire" for n in range(6)]
    assert column(dialog, 3)[:2] == ["Strong Mentor", "Strong Mentor"]  # who need it most
    assert places(dialog) == {"Says So": ("1", "1"), "Strong Mentor": ("2", "2"),
                              "Weak There": ("3", "3")}
    assert column(dialog, 2)[0] == "Product Knowledge"
    assert "same client" in column(dialog, 5)[0]
    assert dialog.status.text() == "6 of 6 people matched"
    assert dialog.create_button.text() == "Create 6 mentorships"
    assert dialog.create_button.isEnabled() and dialog.warning.isHidden()


def test_a_mentor_chosen_past_capacity_blocks_create_until_undone(qtbot, company, dialog):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    weak_row = column(dialog, 3).index("Weak There")
    choose_mentor(qtbot, dialog, weak_row, "Strong")
    assert column(dialog, 3)[weak_row] == "Strong Mentor"
    assert column(dialog, 5)[weak_row] == "chosen in review"
    assert places(dialog)["Strong Mentor"] == ("3", "2")
    assert not dialog.create_button.isEnabled()
    assert dialog.warning.text().startswith(
        "Over capacity: Strong Mentor has 3 people for 2 free places")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert Mentorship.select().count() == 0
    choose_mentor(qtbot, dialog, weak_row, "Weak")  # back: the proposal's reasons return
    assert "chosen in review" not in column(dialog, 5)[weak_row]
    assert dialog.create_button.isEnabled() and dialog.warning.isHidden()


def test_create_makes_exactly_the_rows_shown(qtbot, company, dialog):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    choose_mentor(qtbot, dialog, 5, "(no")  # one person left without a mentor
    assert column(dialog, 3)[5] == "(no mentor)"
    assert dialog.create_button.text() == "Create 5 mentorships"
    shown = {(row["staff"], row["mentor"]) for row in dialog.model.rows if row["mentor"]}
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not closed while creating
        assert dialog.isVisible()
    made = {(m.mentee_id, m.mentor_id) for m in Mentorship.select()}
    assert made == shown and len(made) == 5
    assert len(created.args[0]) == 5
    assert {m.status for m in Mentorship.select()} == {"active"}
    assert dialog.status.text() == "Started 5 mentorships."
    assert not dialog.create_button.isEnabled()  # not twice


def test_a_mentor_filled_meanwhile_refuses_all_of_it_with_a_message(qtbot, make, company,
                                                                     dialog, warnings):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    make.mentorship(company["declared"], make.staff())  # its one place, taken elsewhere
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert len(warnings) == 1 and "at capacity" in warnings[0]
    assert Mentorship.select().count() == 1
    assert dialog.create_button.isEnabled()  # the proposal stays to edit


def test_unknown_and_missing_ids_are_one_message_each(qtbot, company, dialog, warnings):
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Paste the employee IDs of the people to match"]
    propose_ids(qtbot, dialog, [company["intake"][0]["employee_id"], "X1", "X2"])
    assert warnings[1] == "2 employee IDs are not in the database: X1, X2"
    assert dialog.model.rowCount() == 0 and dialog.propose_button.isEnabled()


def test_people_by_client_and_hire_date(qtbot, make, company, dialog, warnings):
    make.staff("Other", "Client", make.client("Elsewhere"), hire_date=days_ago(1))
    dialog.source.setCurrentIndex(1)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert warnings[0].startswith("Choose a client, team, site or hire date")
    dialog.client.setCurrentIndex(dialog.client.findText("ShopNest"))
    qtbot.keyClicks(dialog.hired_since, days_ago(22).isoformat())
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    # hired 20 to 22 days ago; the mentors (also on ShopNest) were hired long before
    assert column(dialog, 1) == ["New0 Hire", "New1 Hire", "New2 Hire"]
    assert len(warnings) == 1


def test_export_writes_the_proposal_as_shown(qtbot, company, dialog, tmp_path, monkeypatch):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"][:3]])
    choose_mentor(qtbot, dialog, 2, "Weak")
    target = tmp_path / "proposal"
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda *_args: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"))
    sheet = openpyxl.load_workbook(tmp_path / "proposal.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows.index(["Employee ID", "Name", "Gaps", "Mentor", "Score", "Why"])
    body = rows[header + 1:header + 4]
    assert [r[1] for r in body] == ["New0 Hire", "New1 Hire", "New2 Hire"]
    assert [r[3] for r in body] == column(dialog, 3)
    assert body[2][3:] == ["Weak There", None, "chosen in review"]
    assert body[0][4] == dialog.model.rows[0]["score"]  # the proposal's score, a number


def test_the_export_is_in_the_window_language(qtbot, spanish, company, tmp_path, monkeypatch,
                                              wait_for_tasks):
    shown = CohortDialog()
    qtbot.addWidget(shown)
    shown.show()
    propose_ids(qtbot, shown, [p["employee_id"] for p in company["intake"][:2]])
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda *_args: str(tmp_path / "propuesta"))
    qtbot.mouseClick(shown.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    sheet = openpyxl.load_workbook(tmp_path / "propuesta.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["ID de empleado", "Nombre", "Brechas", "Mentor", "Puntaje", "Motivo"] in rows
    unplaced = {**shown.model.rows[0], "mentor_name": None}
    assert cohort_dialog.table_rows([unplaced])[0][3] == "(ninguno)"


def test_the_model_keeps_qt_rules(qtbot, qtmodeltester, company, dialog):
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    qtmodeltester.check(dialog.model)


def test_the_mentoring_page_opens_it_and_shows_what_was_created(qtbot, company):
    page = MentoringPage()
    show_page(qtbot, page, page.mentorships, page.mentors)
    messages = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.mentorships.cohort_button, Qt.MouseButton.LeftButton)
    dialog = page.mentorships.findChild(CohortDialog)
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"][:2]])
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages[-1:] == ["Started 2 mentorships"])
    qtbot.waitUntil(lambda: page.mentorships.model.rowCount() == 2)


def test_a_date_typed_wrong_is_a_message(qtbot, company, dialog, warnings):
    dialog.source.setCurrentIndex(1)
    qtbot.keyClicks(dialog.hired_since, "2026-02-")
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert warnings[0].startswith("Hired since:")
    assert not dialog.busy and dialog.model.rowCount() == 0


def test_reviewing_a_cohort_in_spanish(qtbot, company, spanish, warnings):
    dialog = CohortDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Asignar mentores a una cohorte"
    assert [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "ID de empleado", "Nombre", "Brechas", "Mentor", "Afinidad", "Motivo"]
    dialog.source.setCurrentIndex(1)  # the filters, none chosen
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert warnings[0].startswith("Elija un cliente, equipo, sede o fecha de contratación")
    dialog.source.setCurrentIndex(0)
    propose_ids(qtbot, dialog, [p["employee_id"] for p in company["intake"]])
    assert dialog.status.text() == "6 de 6 personas con mentor"
    weak_row = column(dialog, 3).index("Weak There")
    choose_mentor(qtbot, dialog, weak_row, "Strong")
    assert column(dialog, 5)[weak_row] == "elegido en la revisión"
    assert dialog.warning.text().startswith(
        "Sobre la capacidad: Strong Mentor tiene 3 personas para 2 cupos libres")
    choose_mentor(qtbot, dialog, weak_row, "(sin")
    assert column(dialog, 3)[weak_row] == "(sin mentor)"
    assert dialog.create_button.text() == "Crear 5 mentorías" and dialog.warning.isHidden()


def test_column_titles_fit_in_spanish(qtbot, company, spanish):
    """Fixed column widths grow to the (longer) Spanish titles: "ID de empleado", "Personas"."""
    dialog = CohortDialog()
    qtbot.addWidget(dialog)
    for header in (dialog.table.horizontalHeader(), dialog.places.horizontalHeader()):
        for number in range(header.count() - 1):  # the last one stretches
            title = header.model().headerData(number, Qt.Orientation.Horizontal)
            assert header.sectionSize(number) > header.fontMetrics().horizontalAdvance(title), \
                title
    places = dialog.places.horizontalHeader()
    assert dialog.places.width() > sum(places.sectionSize(n) for n in range(places.count() - 1))
