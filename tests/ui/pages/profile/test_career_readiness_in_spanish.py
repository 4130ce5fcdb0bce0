"""The Career plan tab's readiness gaps in Spanish (issue 18): the core's details, requirement
names and closers in the window's language, with the language's short dates."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from builders import a_client, a_competency, a_feedback, a_program, a_staff, offscreen_warnings
from test_career_readiness import career_tab

from mentorapp.readiness import add_months
from mentorapp.services import readiness
from tests.records import Make

pytestmark = offscreen_warnings
ENGLISH_WORDS = ("month", "rating", "needs", "expired", "Training", "none with", "time on",
                 "tenure", "not ")


def test_the_gaps_read_in_spanish(qtbot, ui_db, spanish):
    """Agent -> Senior agent (12 months, Communication 4, PCI DSS valid): Ana was hired
    today, is rated 2 and her certificate lapsed; every gap and what closes it in Spanish."""
    talk = a_competency("Communication")
    pci = a_program("PCI DSS", type="certification", validity_months=12)
    senior = readiness.create_role(name="Senior agent", level=2, min_tenure_months=12)
    readiness.set_requirements(senior["id"], [
        {"kind": "competency", "competency": talk["id"], "minimum": 4},
        {"kind": "certification", "program": pci["id"]}])
    readiness.create_role(name="Agent", level=1, next_role=senior["id"])
    today = dt.date.today()
    person = a_staff("Ana", "Cruz", client=a_client("Acme"), hire_date=today)
    a_feedback(person, rating=2, ratings={talk["id"]: 2})
    held = Make().enrollment(person, pci, status="completed",
                             completed_date=today - dt.timedelta(days=400))

    tab = career_tab(qtbot, person["id"])
    short = lambda day: format_date(day, "short", locale="es")  # noqa: E731
    assert tab.gaps.column_texts("Requisito") == [
        "12 meses de antigüedad", "Communication", "PCI DSS"]
    assert tab.gaps.column_texts("Ahora") == [
        f"0 de 12 meses; se cumple el {short(add_months(today, 12))}",
        "2,00 de 1 calificación (requiere 4)",
        f"vencida el {short(held['expires_on'])}"]
    assert tab.gaps.column_texts("Cómo cerrarla") == [
        "tiempo en el puesto", "Mentor: ninguno con cupo libre", "Capacitación: renovar PCI DSS"]
    shown = " ".join(text for title in ("Requisito", "Ahora", "Cómo cerrarla")
                     for text in tab.gaps.column_texts(title))
    assert [word for word in ENGLISH_WORDS if word in shown] == []
