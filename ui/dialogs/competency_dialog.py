"""Create or edit a competency (a skill feedback rates and mentors offer)."""

from __future__ import annotations

from mentorapp.services import competencies
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.forms import TextBox, TextLine

tr_competency_dialog = Context("tr_competency_dialog")


class CompetencyDialog(EntityDialog):
    service = competencies

    def build(self) -> None:
        self.setWindowTitle(tr_competency_dialog.tr("Edit competency") if self.record_id
                            else tr_competency_dialog.tr("New competency"))
        self.add_field("name", tr_competency_dialog.tr("Name"), TextLine())
        self.add_field("description", tr_competency_dialog.tr("What it means"), TextBox())

    def saved_message(self) -> str:
        return (tr_competency_dialog.tr("New competency saved") if self.created
                else tr_competency_dialog.tr("Changes to the competency saved"))
