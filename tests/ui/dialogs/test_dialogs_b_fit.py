"""The dialogs of the dialogs_b area in Spanish and Portuguese: no button, check box, choice,
placeholder or column title cut, every table's columns without scrolling sideways, and each
dialog within a 1024 x 700 screen."""

from __future__ import annotations

import pytest
from builders import offscreen_warnings
from fit_checks import cut_choices, cut_placeholders, cut_titles, short_buttons, wide_tables
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QTableView,
)
from records import make_kpi_metric

pytestmark = offscreen_warnings


class Screen1024:
    """A 1024 x 700 screen (the offscreen platform's is 800 x 600)."""

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
        return QRect(0, 0, 1024, 700)


def cut_texts(dialog) -> list[str]:
    """Texts shown narrower than they need: buttons and check boxes below their size hint,
    a choice's entries or a placeholder wider than their field, column titles wider than their
    column, a table wider than its view."""
    cut = [text for text in short_buttons(dialog) if text]
    for box in dialog.findChildren(QComboBox):
        if box.isVisible():
            cut += cut_choices(box)
    cut += cut_placeholders(dialog)
    for view in dialog.findChildren(QTableView):
        cut += cut_titles(view)
    return cut + wide_tables(dialog)


def every_dialog(make) -> list:
    from ui.dialogs.global_search_dialog import GlobalSearchDialog
    from ui.dialogs.goal_dialog import GoalDialog
    from ui.dialogs.kpi_metric_dialog import KpiMetricDialog, KpiMetricsDialog
    from ui.dialogs.mentor_dialog import MentorDialog
    from ui.dialogs.mentorship_dialog import MentorshipDialog
    from ui.dialogs.program_dialog import ProgramDialog
    from ui.dialogs.responsibility_dialog import ResponsibilityDialog

    ana = make.staff("Ana", "Cruz")
    make.goal(ana, title="Team lead")
    acme = make.client("Acme")
    make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300)
    return [GlobalSearchDialog(), GoalDialog(staff=ana["id"]),
            KpiMetricsDialog(acme["id"], "Acme"), KpiMetricDialog(acme["id"]), MentorDialog(),
            MentorshipDialog(), ProgramDialog(), ResponsibilityDialog(staff=ana["id"])]


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_longer_words_fit(qtbot, ui_db, make, in_language, language, monkeypatch):
    from ui.dialogs.kpi_metric_dialog import KpiMetricsDialog
    from ui.theme import apply_theme

    monkeypatch.setattr(KpiMetricsDialog, "screen", lambda _self: Screen1024())
    in_language(language)
    apply_theme(QApplication.instance(), "light")
    for dialog in every_dialog(make):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_texts(dialog) == [], (language, dialog.windowTitle())
        assert dialog.width() <= 1024 and dialog.height() <= 700, dialog.windowTitle()
