"""Entity forms title themselves and say what they saved in whole phrases of their own:
`EntityDialog` splices no English noun into a title ("New {noun}" read "New colaborador")."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest
from builders import offscreen_warnings

from mentorapp.services import competencies
from ui.dialogs.entity_dialog import EntityDialog, StaffRecordDialog
from ui.widgets.forms import TextLine

pytestmark = offscreen_warnings
DIALOGS = Path(__file__).resolve().parents[3] / "ui" / "dialogs"


def entity_forms() -> list[type]:
    for path in sorted(DIALOGS.glob("*.py")):
        importlib.import_module(f"ui.dialogs.{path.stem}")
    found, waiting = [], [EntityDialog]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            waiting.append(subclass)
            if subclass is not StaffRecordDialog and subclass.__module__.startswith("ui."):
                found.append(subclass)
    return found


def test_every_entity_form_has_its_own_title_and_saved_message():
    forms = entity_forms()
    assert len(forms) >= 10
    for form in forms:
        assert "setWindowTitle" in inspect.getsource(form), form.__name__
        assert form.saved_message is not EntityDialog.saved_message, form.__name__


class Untitled(EntityDialog):
    service = competencies

    def build(self) -> None:
        self.add_field("name", "Name", TextLine())  # untranslated: a test form


def test_a_form_without_a_title_is_refused(qtbot, ui_db):
    with pytest.raises(NotImplementedError, match="Untitled.build"):
        Untitled()


def test_new_and_edit_titles_are_whole_translated_phrases(qtbot, ui_db, spanish):
    from ui.dialogs.competency_dialog import CompetencyDialog
    from ui.dialogs.staff_dialog import StaffDialog

    record = competencies.create(name="Empatía")
    titles = []
    for form in (StaffDialog(), CompetencyDialog(), CompetencyDialog(record["id"])):
        qtbot.addWidget(form)
        titles.append(form.windowTitle())
    assert titles == ["Nuevo colaborador", "Nueva competencia", "Editar competencia"]
