"""Create or edit a mentorship: who mentors whom, its status and focus."""

from __future__ import annotations

from mentorapp.models import MENTORSHIP_STATUS_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox
from ui.widgets.lookups import mentor_picker, staff_picker

tr_mentorship_dialog = Context("tr_mentorship_dialog")


class MentorshipDialog(EntityDialog):
    service = mentoring.mentorships

    def build(self) -> None:
        self.setWindowTitle(tr_mentorship_dialog.tr("Edit mentorship") if self.record_id
                            else tr_mentorship_dialog.tr("New mentorship"))
        self.add_field("mentor", tr_mentorship_dialog.tr("Mentor"), mentor_picker())
        self.add_field("mentee", tr_mentorship_dialog.tr("Mentee"), staff_picker())
        self.add_field("status", tr_mentorship_dialog.tr("Status"),
                       ChoiceBox(MENTORSHIP_STATUS_CHOICES))
        self.add_field("start_date", tr_mentorship_dialog.tr("Start"), DateField(optional=True))
        self.add_field("end_date", tr_mentorship_dialog.tr("End"), DateField(optional=True))
        self.add_field("focus", tr_mentorship_dialog.tr("Focus"), TextBox())

    def saved_message(self) -> str:
        return (tr_mentorship_dialog.tr("New mentorship saved") if self.created
                else tr_mentorship_dialog.tr("Changes to the mentorship saved"))
