"""What worked on the profile in Spanish (issue 18): the intervention, its measures and the
figures in the window's language, while the service's data stays English for the reports."""

from __future__ import annotations

from builders import offscreen_warnings
from test_what_worked_views import case, open_tab  # noqa: F401 - the fixture and the helper

pytestmark = offscreen_warnings


def test_the_development_tab_in_spanish(qtbot, case, wait_for_tasks, spanish):  # noqa: F811
    tab = open_tab(qtbot, case["ana"]["id"], "Development")
    wait_for_tasks()
    table = tab.what_worked.table
    assert set(table.column_texts("Intervención")) == {"Capacitación: Call control"}
    rows = dict(zip(table.column_texts("Medida"), table.column_texts("Diferencia"),
                    strict=True))
    assert set(rows) == {"Calificación de competencias", "Puntaje de calidad"}
    assert rows["Calificación de competencias"] == "+1,80"
    verdicts = dict(zip(table.column_texts("Medida"), table.column_texts("Resultado"),
                        strict=True))
    assert verdicts == {"Calificación de competencias": "Mejor",
                        "Puntaje de calidad": "Muy pocos para concluir"}
