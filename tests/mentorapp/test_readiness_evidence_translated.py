"""Readiness details, evidence labels and What worked texts in the window's language
(issue 18): Spanish when the window is, English exactly as before otherwise, and a report's
own language (an explicit translator) whatever the window's."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from mentorapp import translations
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.readiness import add_months
from mentorapp.services import evidence, readiness, what_worked
from mentorapp.translations import translator
from tests.records import days_ago


@pytest.fixture
def spanish_window():
    translations.set_display_language("es")
    yield
    translations.set_display_language(translations.ENGLISH)


@pytest.fixture
def case(db, make):
    """Tier 2 (ShopNest) asks 24 months' tenure, Product Knowledge 4 and a valid PCI DSS
    certificate (12 months' validity). Ana: 16 months, rated 2 three times, her PCI DSS
    lapsed about a month ago."""
    client = make.client("ShopNest")
    knowledge = make.competency("Product Knowledge")
    pci = make.program("PCI DSS", type="certification", validity_months=12)
    tier = readiness.create_role(name="Tier 2", client=client["id"], level=2,
                                 min_tenure_months=24)
    readiness.set_requirements(tier["id"], [
        {"kind": "competency", "competency": knowledge["id"], "minimum": 4},
        {"kind": "certification", "program": pci["id"]}])
    readiness.create_role(name="Agent", client=client["id"], level=1, next_role=tier["id"])
    hired = days_ago(490)
    person = make.staff("Ana", "Reyes", client, role="Agent", hire_date=hired)
    for _ in range(3):
        make.feedback(person, source="management", date=days_ago(10), rating=2,
                      ratings={knowledge["id"]: 2})
    held = make.enrollment(person, pci, status="completed", completed_date=days_ago(400))
    return {"person": person, "client": client, "reached": add_months(hired, 24),
            "expired": held["expires_on"]}


def details(result: dict) -> list[tuple[str, str]]:
    return [(check["name"], check["detail"]) for check in result["checks"]]


def test_readiness_in_english_reads_as_before(make, case):
    result = readiness.readiness(case["person"]["id"])
    assert details(result) == [
        ("24 months' tenure", f"16 of 24 months; reached on {case['reached'].isoformat()}"),
        ("Product Knowledge", "2.00 from 3 ratings (needs 4)"),
        ("PCI DSS", f"expired on {case['expired'].isoformat()}")]
    assert [gap["closer"] for gap in result["gaps"]] == [
        "time on the job", "Mentor: none with a free place", "Training: renew PCI DSS"]


def test_readiness_in_spanish(make, case, spanish_window):
    """The details in Spanish with the language's short dates; the lapsed certificate is
    still told apart from one never held (the closer renews it), which the old code found by
    looking for the English word "expired" in the detail."""
    result = readiness.readiness(case["person"]["id"])
    reached = format_date(case["reached"], "short", locale="es")
    expired = format_date(case["expired"], "short", locale="es")
    assert details(result) == [
        ("24 meses de antigüedad", f"16 de 24 meses; se cumple el {reached}"),
        ("Product Knowledge", "2,00 de 3 calificaciones (requiere 4)"),
        ("PCI DSS", f"vencida el {expired}")]
    assert [check["reason"] for check in result["checks"]] == [
        "tenure_short", "ratings", "expired"]
    closers = {gap["name"]: gap["closer"] for gap in result["gaps"]}
    assert closers["PCI DSS"] == "Capacitación: renovar PCI DSS"
    assert closers["24 meses de antigüedad"] == "tiempo en el puesto"
    assert result["outlook"] == "not yet"  # a word kept English in the data


def test_a_report_gets_its_own_language_whatever_the_windows(make, case, spanish_window):
    """The bench report passes its translator: English gaps with the window in Spanish, and
    Spanish ones with a Spanish translator. Tier 2 asking only 20 months (reached within six
    months), Ana is ready in about six months."""
    tier = readiness.find_role("Tier 2", case["client"]["id"])
    readiness.update_role(tier["id"], min_tenure_months=20)
    readiness.set_requirements(tier["id"], [])
    reached = add_months(days_ago(490), 20)
    english = readiness.bench(case["client"]["id"], tr=translator("en"))
    soon, = english["roles"][1]["ready_soon"]  # Agent, then Tier 2
    assert soon["gaps"] == [f"20 months' tenure: 16 of 20 months; reached on {reached}"]
    spanish = readiness.bench(case["client"]["id"], tr=translator("es"))
    soon, = spanish["roles"][1]["ready_soon"]
    assert soon["gaps"] == ["20 meses de antigüedad: 16 de 20 meses; se cumple el "
                            + format_date(reached, "short", locale="es")]
    assert soon["outlook"] == "ready in about 6 months"  # kept English in the data


def test_raised_messages_in_spanish(make, case, spanish_window):
    with pytest.raises(NotFoundError, match="No hay ningún cargo llamado 'Astronaut'"):
        readiness.readiness(case["person"]["id"], "Astronaut")
    with pytest.raises(ValidationError, match="ya es un cargo de este cliente"):
        readiness.create_role(name="tier 2", client=case["client"]["id"], level=2)


def test_evidence_labels_and_figures_in_spanish_and_english(spanish_window):
    evaluation = {"interaction_date": dt.date(2026, 3, 12), "score": 64.0, "critical_fail": True}
    incident = {"date": dt.date(2026, 9, 3), "kind": "incident", "rating": None,
                "comment": "Hung up on a caller", "improvements": "", "strengths": ""}
    general = {**incident, "kind": "general", "rating": 2, "comment": "Slow"}
    assert evidence.evaluation_label(evaluation) == "Evaluación 12 mar 2026, 64 % (falla crítica)"
    assert evidence.feedback_label(incident) == "Incidente 3 sept 2026: Hung up on a caller"
    assert evidence.feedback_label(general) == "Retroalimentación 3 sept 2026, calificación 2: Slow"
    assert evidence.figure_text(1234.5, "score", 1) == "1.234,5"
    english = translator("en")
    assert evidence.evaluation_label(evaluation, english) == \
        "Evaluation 12 Mar 2026, 64% (critical fail)"
    assert evidence.feedback_label(incident, english) == "Incident 3 Sep 2026: Hung up on a caller"
    assert evidence.feedback_label(general, english) == "Feedback 3 Sep 2026, rated 2: Slow"
    assert evidence.figure_text(1234.5, "score", 1, english) == "1,234.5"


def test_a_follow_up_before_the_session_is_refused_in_spanish(db, make, spanish_window):
    ship = make.mentorship(start_date=dt.date(2026, 1, 1))
    session = evidence.log_session(ship["id"], date=dt.date(2026, 6, 10), topics="Calls")
    with pytest.raises(ValidationError, match=r"posterior a la fecha de la sesión \(10/6/26\)"):
        evidence.set_follow_up(session["id"], dt.date(2026, 6, 1))


def test_what_worked_words_in_spanish_while_the_data_stays_english(spanish_window):
    row = {"kind": "mentorship", "mentor": "Ana Reyes", "measure_key": "quality",
           "measure": what_worked.FIXED_MEASURES["quality"]["measure"]}
    assert what_worked.intervention_label(row) == "Mentoría con Ana Reyes"
    assert what_worked.intervention_label({"kind": "training", "program": "Returns"}) == \
        "Capacitación: Returns"
    assert what_worked.measure_name(row) == "Puntaje de calidad"
    assert what_worked.measure_name({"measure_key": 7, "measure": "AHT"}) == "AHT"
    assert what_worked.difference_text(2.5, "percent", 1) == "+2,5 pts"
    assert what_worked.figure_text(87.5, "percent", 1) == "87,5%"
    assert row["measure"] == "Quality score"
    english = translator("en")
    assert what_worked.intervention_label(row, english) == "Mentorship with Ana Reyes"
    assert what_worked.difference_text(-1234.5, "seconds", 1, english) == "-1,234.5 s"
