"""Suggest a mentor: the gaps and ranked mentors from hand-made evidence, proposing one, the
empty states and errors; opened from the profile's Mentoring tab and the Mentoring page."""

from __future__ import annotations

import pytest
from builders import offscreen_warnings, show_page
from PySide6.QtCore import Qt
from records import days_ago

from mentorapp.models import Mentorship
from mentorapp.services import mentoring
from ui import i18n
from ui.dialogs import suggest_mentor_dialog
from ui.dialogs.suggest_mentor_dialog import SuggestMentorDialog
from ui.pages.mentoring_page import MentoringPage
from ui.pages.profile.mentoring_tab import MentoringTab

pytestmark = offscreen_warnings


def rate(make, person, competency, rating, times, client=None):
    """`times` ratings of one competency, from the client when one is given."""
    for _ in range(times):
        make.feedback(person, source="client" if client else "management",
                      client=client and client["id"], date=days_ago(10), rating=rating,
                      ratings={competency["id"]: rating})


@pytest.fixture
def company(ui_db, make):
    """Ana is weak in product knowledge (2, three times, from the client); Strong is rated 5
    on it 20 times, Weak 1 ten times (and has the most free places)."""
    client = make.client("ShopNest")
    knowledge = make.competency("Product Knowledge")
    ana = make.staff("Ana", "Reyes", client)
    rate(make, ana, knowledge, 2, 3, client=client)
    weak = make.mentor(make.staff("Weak", "There"), capacity=4)
    rate(make, {"id": weak["staff"]}, knowledge, 1, 10)
    strong = make.mentor(make.staff("Strong", "Mentor", client), capacity=2)
    rate(make, {"id": strong["staff"]}, knowledge, 5, 20)
    return {"ana": ana, "strong": strong, "weak": weak, "knowledge": knowledge}


@pytest.fixture
def open_dialog(qtbot):
    def open_(staff_id=None):
        dialog = SuggestMentorDialog(staff_id)
        qtbot.addWidget(dialog)
        dialog.show()
        if staff_id is not None:
            qtbot.waitUntil(lambda: not dialog.loading)
        return dialog
    return open_


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(suggest_mentor_dialog.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    return shown


def test_the_gap_and_the_right_mentor_first_then_propose_with_enter(qtbot, company,
                                                                      open_dialog):
    dialog = open_dialog(company["ana"]["id"])
    assert dialog.gaps.column_texts("Competency") == ["Product Knowledge"]
    assert dialog.gaps.column_texts("Average") == ["2.0"]
    assert dialog.gaps.column_texts("Evidence") == ["from 3 ratings, little evidence"]
    assert dialog.gaps.column_texts("Sources") == ["client 3"]
    assert dialog.mentors.column_texts("Mentor") == ["Strong Mentor", "Weak There"]
    assert dialog.mentors.column_texts("Why")[0] == \
        "Product Knowledge 5.0 from 20 ratings; same client; 2 of 2 places free"
    assert dialog.mentors.column_texts("Places free") == ["2 of 2", "4 of 4"]
    assert "1 on little evidence" in dialog.status.text()
    with qtbot.waitSignal(dialog.proposed) as proposed:
        qtbot.keyClick(dialog.mentors, Qt.Key.Key_Return)  # the best one is selected
    assert not dialog.isVisible()
    made = Mentorship.get()
    assert (made.mentor_id, made.mentee_id, made.status, made.focus) == \
        (company["strong"]["id"], company["ana"]["id"], "proposed", "Product Knowledge")
    assert proposed.args[0]["id"] == made.id


def test_another_mentor_chosen_with_the_keys_and_the_button(qtbot, company, open_dialog):
    dialog = open_dialog(company["ana"]["id"])
    qtbot.keyClick(dialog.mentors, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert Mentorship.get().mentor_id == company["weak"]["id"]


def test_no_evidence_says_what_counts(qtbot, make, company, open_dialog):
    dialog = open_dialog(make.staff("New", "Hire")["id"])
    assert dialog.gaps.isHidden() and not dialog.gaps_empty.isHidden()
    assert "no gap" in dialog.gaps_empty.text()
    assert "ratings in feedback from clients, management and mentors" in \
        dialog.gaps_empty.text()
    assert len(dialog.mentors.rows()) == 2  # still ranked on client, site and places


def test_no_mentor_with_a_free_place(qtbot, make, company, open_dialog):
    for mentor, capacity in ((company["strong"], 2), (company["weak"], 4)):
        for _ in range(capacity):
            make.mentorship(mentor, make.staff())
    dialog = open_dialog(company["ana"]["id"])
    assert dialog.mentors.isHidden() and not dialog.mentors_empty.isHidden()
    assert dialog.mentors_empty.text().startswith("No mentor with a free place")
    assert not dialog.propose_button.isEnabled()
    assert dialog.gaps.column_texts("Competency") == ["Product Knowledge"]


def test_a_person_picked_by_typing(qtbot, company, open_dialog, warnings):
    dialog = open_dialog()
    assert not dialog.propose_button.isEnabled()
    qtbot.keyClicks(dialog.person, "Nobody")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.status.text() == "No staff member matches 'Nobody'"
    assert dialog.isVisible()
    dialog.person.clear()
    qtbot.keyClicks(dialog.person, company["ana"]["employee_id"])
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.mentors.column_texts("Mentor")[0] == "Strong Mentor"
    assert dialog.propose_button.isEnabled()
    assert warnings == []


def test_a_refused_proposal_is_a_message_and_the_dialog_stays(qtbot, company, open_dialog,
                                                              warnings):
    dialog = open_dialog(company["ana"]["id"])
    mentoring.mentors.delete(company["strong"]["id"])  # gone while the dialog was open
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "mentor" in warnings[0].lower()
    assert dialog.isVisible()
    assert Mentorship.select().count() == 0


def test_the_profile_mentoring_tab_opens_it_and_shows_the_proposal(qtbot, company):
    tab = MentoringTab(company["ana"]["id"])
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    tab.changed.connect(tab.load)  # as the profile does
    qtbot.mouseClick(tab.suggest, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(SuggestMentorDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert tab.mentorships.column_texts("Mentor") == ["Strong Mentor"]
    assert tab.mentorships.column_texts("Status") == ["Proposed"]


def test_the_mentoring_page_opens_it_for_a_person_picked(qtbot, company):
    page = MentoringPage()
    show_page(qtbot, page, page.mentorships, page.mentors)
    messages = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.mentorships.suggest_button, Qt.MouseButton.LeftButton)
    dialog = page.mentorships.findChild(SuggestMentorDialog)
    assert dialog.person.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.person, "Ana Reyes")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.loading)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert messages[-1] == "Mentorship proposed"
    qtbot.waitUntil(lambda: page.mentorships.model.rowCount() == 1)


def test_unexpected_failures_go_to_the_error_dialog(qtbot, company, open_dialog, monkeypatch):
    reported = []
    monkeypatch.setattr(suggest_mentor_dialog, "report_unexpected", reported.append)
    monkeypatch.setattr(suggest_mentor_dialog.suggestions, "suggest",
                        lambda *_a, **_k: 1 / 0)
    dialog = open_dialog(company["ana"]["id"])
    assert isinstance(reported[0], ZeroDivisionError)
    assert not dialog.propose_button.isEnabled()


def test_the_suggestion_in_spanish(qtbot, company, open_dialog, in_language):
    """Column titles, plurals, evidence sources by code and figures in the locale's digits."""
    in_language("es")
    dialog = open_dialog(company["ana"]["id"])
    assert dialog.windowTitle() == "Sugerir un mentor"
    assert dialog.gaps.column_texts("Promedio") == [i18n.number(2.0, 1)]
    assert dialog.gaps.column_texts("Evidencia") == ["de 3 calificaciones, poca evidencia"]
    assert dialog.gaps.column_texts("Fuentes") == ["cliente 3"]
    assert dialog.mentors.column_texts("Cupos libres") == ["2 de 2", "4 de 4"]
    assert dialog.status.text() == (
        "1 brecha, 1 con poca evidencia; 2 mentores sugeridos, el mejor primero: haga doble "
        "clic en uno o pulse Proponer mentoría.")
    assert dialog.propose_button.text() == "Proponer mentoría"
    empty = open_dialog()
    assert empty.status.text().startswith("Escriba un nombre o ID de empleado y elija a la "
                                          "persona. La evidencia son las calificaciones")


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_column_titles_fit(qtbot, company, open_dialog, in_language, language):
    """Every column but the last (it stretches) at least as wide as its translated title, and
    the evidence column as its text ("de 3 calificaciones, poca evidencia")."""
    in_language(language)
    dialog = open_dialog(company["ana"]["id"])
    for table in (dialog.gaps, dialog.mentors):
        header = table.horizontalHeader()
        assert [header.model().headerData(n, Qt.Orientation.Horizontal)
                for n in range(header.count() - 1)
                if header.sectionSize(n) < header.sectionSizeHint(n)] == []
    evidence = dialog.gaps.horizontalHeader().sectionSize(2)  # its cells whole too
    assert evidence >= dialog.gaps.sizeHintForColumn(2) > 0
    assert dialog.propose_button.width() >= dialog.propose_button.sizeHint().width()
