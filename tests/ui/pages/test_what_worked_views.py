"""What worked in the GUI (issue 16): a profile's trainings and mentorships with their figures
against similar people, the per-program and per-mentor dialogs, and the report kind."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from builders import offscreen_warnings
from PySide6.QtCore import Qt

from mentorapp.services import evidence as session_evidence
from mentorapp.services import feedback, kpi, mentoring
from ui.pages.mentoring_page import MentorsList
from ui.pages.profile.development_tab import WhatWorkedDialog
from ui.pages.profile.page import StaffProfilePage
from ui.pages.reports.page import ReportsPage
from ui.pages.reports.reports_tab import REPORTS
from ui.pages.training_page import ProgramsList

pytestmark = offscreen_warnings


def month_ago(months: int, day: int = 1) -> dt.date:
    return kpi.months_back(dt.date.today(), months + 1)[0].replace(day=day)


DONE = month_ago(5, 15)  # before: 8 to 6 months ago, after: 4 to 2 months ago
PLACED = month_ago(24)


def rate(person, day, rating, competency):
    feedback.create(staff=person["id"], source="management", date=day,
                    ratings={competency: rating})


@pytest.fixture
def case(ui_db, make):
    """Ana trained and mentored five months ago (2 -> 4); five similar agents (3 -> 3, one
    3 -> 4): a difference of 2 - 0.2 = +1.80."""
    competency = make.competency_ids()[0]
    acme = make.client("Acme")
    ana = make.staff("Ana", "Cruz", acme, role="Agent", since=PLACED)
    make.enrollment(ana, make.program("Call control"), status="completed", completed_date=DONE)
    mentor = make.mentor(make.staff("Max", "Mentor"))
    make.mentorship(mentor, ana, start_date=DONE)
    rate(ana, month_ago(7), 2, competency)
    rate(ana, month_ago(3), 4, competency)
    for i in range(5):
        peer = make.staff(f"Peer{i}", "Agent", acme, role="Agent", since=PLACED)
        rate(peer, month_ago(7), 3, competency)
        rate(peer, month_ago(3), 4 if i == 0 else 3, competency)
    return {"ana": ana}


def open_tab(qtbot, staff_id, title):
    page = StaffProfilePage(staff_id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.tabs.setCurrentWidget(page.tab(title))
    return page.tab(title)


def test_the_development_tab_shows_each_trainings_difference(qtbot, case, wait_for_tasks):
    tab = open_tab(qtbot, case["ana"]["id"], "Development")
    wait_for_tasks()
    table = tab.what_worked.table
    rows = dict(zip(table.column_texts("Measure"), zip(
        table.column_texts("Before"), table.column_texts("After"),
        table.column_texts("Similar people's change"), table.column_texts("Similar people"),
        table.column_texts("Difference"), table.column_texts("Verdict"),
        table.column_texts("Note"), strict=True), strict=True))
    assert set(table.column_texts("Intervention")) == {"Training: Call control"}
    assert rows["Competency rating"] == ("2.00", "4.00", "+0.20", "5", "+1.80", "Better", "")
    quality = rows["Quality score"]
    assert quality[4:6] == ("–", "Too few to say") and quality[6].startswith("Too few to say:")
    assert "1 with at least 5 similar people (1 better" in tab.what_worked.status.text()


def test_the_mentoring_tab_shows_the_mentorship(qtbot, case, wait_for_tasks):
    tab = open_tab(qtbot, case["ana"]["id"], "Mentoring")
    wait_for_tasks()
    table = tab.what_worked.table
    assert set(table.column_texts("Intervention")) == {"Mentorship with Max Mentor"}
    assert "+1.80" in table.column_texts("Difference")


def test_the_mentoring_tab_shows_a_coaching_session_on_what_it_cites(qtbot, case,
                                                                     wait_for_tasks):
    """A session that cites Ana's low rating is measured on the competency rating alone
    (the mentorship on every measure); a session citing nothing is not an intervention."""
    ship, = mentoring.mentorships.list(mentee=case["ana"]["id"])
    low, = feedback.list(staff=case["ana"]["id"], date_to=month_ago(6))
    session = mentoring.log_session(ship["id"], date=DONE + dt.timedelta(days=3),
                                    topics="Call control")
    session_evidence.cite(session["id"], feedback=low["id"])
    mentoring.log_session(ship["id"], date=DONE + dt.timedelta(days=5), topics="Check-in")
    tab = open_tab(qtbot, case["ana"]["id"], "Mentoring")
    wait_for_tasks()
    table = tab.what_worked.table
    rows = list(zip(table.column_texts("Intervention"), table.column_texts("Measure"),
                    table.column_texts("Similar people"), table.column_texts("Difference"),
                    strict=True))
    coaching = [row for row in rows if row[0] == "Coaching session with Max Mentor"]
    assert coaching == [("Coaching session with Max Mentor", "Competency rating", "5", "+1.80")]
    assert {row[1] for row in rows if row[0] == "Mentorship with Max Mentor"} == {
        "Competency rating", "Quality score"}


def test_a_new_person_has_nothing_to_compare(qtbot, ui_db, make, wait_for_tasks):
    tab = open_tab(qtbot, make.staff()["id"], "Development")
    wait_for_tasks()
    assert tab.what_worked.table.column_texts("Measure") == []
    assert tab.what_worked.status.text().startswith("Nothing to compare yet")


@pytest.mark.parametrize(("page_class", "group", "name"), [
    (ProgramsList, "Training program", "Call control"), (MentorsList, "Mentor", "Max Mentor")])
def test_the_pages_average_per_program_and_mentor(qtbot, case, wait_for_tasks, page_class,
                                                   group, name):
    page = page_class()
    qtbot.addWidget(page)
    page.show()
    wait_for_tasks()
    qtbot.mouseClick(page.what_worked_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(WhatWorkedDialog)
    assert dialog.isVisible()
    wait_for_tasks()
    table = dialog.table
    rows = dict(zip(table.column_texts("Measure"), zip(
        table.column_texts(group), table.column_texts("Interventions"),
        table.column_texts("Average difference"), table.column_texts("Verdict"),
        table.column_texts("Note"), strict=True), strict=True))
    label, count, mean, verdict, note = rows["Competency rating"]
    assert (label, count, mean) == (name, "1", "+1.80")
    assert verdict == "Too few to say"  # not "Better": one person proves nothing
    assert note.startswith("Too few to say: only 1 person had it")
    dialog.period.setCurrentText("Last 3 months")  # nothing dated in it
    wait_for_tasks()
    assert table.column_texts("Measure") == []
    assert dialog.status.text() == "No interventions in this period."
    dialog.close()


def test_the_what_worked_report_from_the_reports_page(qtbot, case, tmp_path, wait_for_tasks):
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.show()
    page = widget.reports
    page.report_box.setCurrentIndex([k.key for k in REPORTS].index("what_worked"))
    assert page.dates.isVisible() and page.client.isVisible() and page.staff.isHidden()
    assert page.client.placeholderText() == "All clients"
    page.start.set_value(month_ago(6))
    page.end.set_value(month_ago(4))
    out = tmp_path / "what worked.xlsx"
    qtbot.keyClicks(page.output, str(out))
    with qtbot.waitSignal(page.report_written, timeout=30_000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    sheet = openpyxl.load_workbook(out)["Interventions"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    found = {(r[header.index("Kind")], r[header.index("Measure")]): r for r in rows[1:]}
    assert found[("Training", "Competency rating")][header.index("Difference")] == \
        pytest.approx(1.8)
    assert ("Mentorship", "Competency rating") in found


class Screen1024:
    """A 1024 x 700 screen (the offscreen platform's is 800 x 600)."""

    def availableGeometry(self):  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QRect

        return QRect(0, 0, 1024, 700)


def test_the_per_mentor_dialog_fits_the_screen_and_says_its_verdicts_first(qtbot, ui_db,
                                                                          monkeypatch,
                                                                          wait_for_tasks):
    """On a 1024 x 700 screen the dialog (1,100 wide) keeps its Close button on it; the
    verdict comes right after the measure, and sorting by it puts the verdicts that say
    something first (by its words "Worse" came after every "Too few to say")."""
    monkeypatch.setattr(WhatWorkedDialog, "screen", lambda _self: Screen1024())
    dialog = WhatWorkedDialog("mentor")
    qtbot.addWidget(dialog)
    wait_for_tasks()
    assert dialog.width() <= 1024 - 40 and dialog.height() <= 700 - 60
    headers = [column.header for column in dialog.table.model_.columns]
    assert headers[:4] == ["Mentor", "Kind", "Measure", "Verdict"]

    def row(mentor, verdict):
        return {"mentor": mentor, "kind": "mentorship", "measure_key": "competency",
                "measure": "Competency rating", "unit": "score", "decimals": 2,
                "better": "higher", "verdict": verdict, "mean": 0.4, "spread": 0.1, "n": 5,
                "comparison_n": 12, "too_few": verdict == "too few to say", "warning": None}

    dialog.show_rows([row("Ann", "too few to say"), row("Bo", "worse"),
                      row("Cy", "no difference"), row("Di", "better"),
                      row("Ed", "too few to say")])
    dialog.table.sortByColumn(headers.index("Verdict"), Qt.SortOrder.AscendingOrder)
    assert dialog.table.column_texts("Verdict") == [
        "Better", "Worse", "No difference", "Too few to say", "Too few to say"]
