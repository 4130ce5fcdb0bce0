"""The profile's History tab at 1024x700 (and 1008 wide) in Spanish, Portuguese and English:
its tables never scroll sideways, with or without changes, and "What changed" takes the room
the other columns leave, its whole text in the tooltip."""

from __future__ import annotations

import pytest
from builders import a_staff, offscreen_warnings
from fit_checks import cut_titles, profile_at

from mentorapp.services import staff
from ui.models.table import TOOLTIP

pytestmark = offscreen_warnings


@pytest.mark.parametrize("language", ["es", "pt_BR", "en"])
@pytest.mark.parametrize("width", [1024, 1008])
@pytest.mark.parametrize("changed", [False, True])
def test_history_tables_fit_without_a_sideways_scroll(
        qtbot, in_language, tmp_path, wait_for_tasks, ui_db, language, width, changed):
    in_language(language)
    ana = a_staff("Ana", "Cruz")
    if changed:
        staff.entity.update(ana["id"], team="Escalations and retention, night shift",
                            job_title="Senior customer care specialist, refunds desk")
    profile = profile_at(qtbot, str(tmp_path / "test.db"), wait_for_tasks, ana["id"], width)
    history = next(profile.tabs.widget(i) for i in range(profile.tabs.count())
                   if type(profile.tabs.widget(i)).__name__ == "HistoryTab")
    profile.tabs.setCurrentWidget(history)
    wait_for_tasks()
    qtbot.wait(20)
    for table in (history.accounts, history.audit):
        assert cut_titles(table) == []
        assert not table.horizontalScrollBar().isVisible()
    header = history.audit.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) \
        == history.audit.viewport().width()  # the last column fills the width, no more
    if changed:
        model = history.audit.model()
        tip = model.data(model.index(0, 3), TOOLTIP)
        assert "Escalations and retention, night shift" in tip
