"""The profile's History tab in the window's language: each change's action ("Create" is
"Creación"), the fields it names ("team" is "equipo") and the status's words; English keeps
the fields' keys as words ("first name")."""

from __future__ import annotations

import re

import pytest
from builders import a_staff, offscreen_warnings

from mentorapp.services import staff
from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings


@pytest.fixture
def changed(ui_db):
    """A staff record created, moved to another team, archived and restored."""
    ana = a_staff("Ana", "Cruz", team="Voice")
    staff.update(ana["id"], team="Chat")
    staff.archive(ana["id"])
    staff.restore(ana["id"])
    return ana


def history_of(qtbot, staff_id: int):
    page = StaffProfilePage(staff_id)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    history = page.tab("History")
    page.tabs.setCurrentWidget(history)
    return history.audit


@pytest.mark.parametrize(("language", "actions", "team_change"), [
    ("es", ["Restauración", "Archivado", "Modificación", "Creación"], "equipo: Voice → Chat"),
    ("pt_BR", ["Restauração", "Arquivamento", "Alteração", "Criação"], "equipe: Voice → Chat"),
    ("en", ["Restore", "Archive", "Update", "Create"], "team: Voice → Chat"),
])
def test_history_actions_and_fields_in_the_windows_language(qtbot, in_language, changed,
                                                            language, actions, team_change):
    in_language(language)
    audit = history_of(qtbot, changed["id"])
    titles = [audit.model().headerData(c, audit.horizontalHeader().orientation())
              for c in range(audit.model().columnCount())]
    assert audit.column_texts(titles[2]) == actions
    changes = audit.column_texts(titles[3])
    assert changes[2] == team_change
    created = {"es": ["nombre: Ana", "estado: Activo"],
               "pt_BR": ["nome: Ana", "status: Ativo"],
               "en": ["first name: Ana", "status: Active"]}[language]
    assert set(created) <= set(changes[3].split("; "))
    archived = {"es": "archivado: No → Sí", "pt_BR": "arquivado: Não → Sim",
                "en": "archived: No → Yes"}[language]
    assert changes[1] == archived


@pytest.mark.parametrize(("language", "shape"), [
    ("en", r"\d{4}-\d\d-\d\d \d\d:\d\d"),  # English dates are ISO, as its date fields write
    ("pt_BR", r"\d\d/\d\d/\d{4} \d\d:\d\d"),
])
def test_history_times_are_written_as_the_language_writes_them(qtbot, in_language, changed,
                                                               language, shape):
    in_language(language)
    audit = history_of(qtbot, changed["id"])
    when = audit.model().headerData(0, audit.horizontalHeader().orientation())
    times = audit.column_texts(when)
    assert len(times) == 4 and all(re.fullmatch(shape, text) for text in times), times
