"""Create or edit a mentorship: who mentors whom, its status and focus."""

from __future__ import annotations

from mentorapp.models import MENTORSHIP_STATUS_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextBox
from ui.widgets.lookups import mentor_picker, staff_picker


class MentorshipDialog(EntityDialog):
    noun = "mentorship"
    service = mentoring.mentorships

    def build(self) -> None:
        self.add_field("mentor", "Mentor", mentor_picker())
        self.add_field("mentee", "Mentee", staff_picker())
        self.add_field("status", "Status", ChoiceBox(MENTORSHIP_STATUS_CHOICES))
        self.add_field("start_date", "Start", DateField(optional=True))
        self.add_field("end_date", "End", DateField(optional=True))
        self.add_field("focus", "Focus", TextBox())
