"""Create or edit a competency (a skill feedback rates and mentors offer)."""

from __future__ import annotations

from mentorapp.services import competencies
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.forms import TextBox, TextLine


class CompetencyDialog(EntityDialog):
    noun = "competency"
    service = competencies

    def build(self) -> None:
        self.add_field("name", "Name", TextLine())
        self.add_field("description", "What it means", TextBox())
