"""Log or edit a career check-in, with the date of the next one."""

from __future__ import annotations

import datetime as dt

from mentorapp.services import careers, users
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.widgets.date_field import DateField
from ui.widgets.forms import TextBox, TextLine

NEXT_CHECK_IN_DAYS = 90


class CheckInDialog(StaffRecordDialog):
    noun = "check-in"
    service = careers.check_ins

    def build(self) -> None:
        self.add_field("date", "Date", DateField())
        self.add_field("reviewer", "Reviewer", TextLine())
        self.add_field("notes", "Notes", TextBox(5))
        self.add_field("next_date", "Next check-in", DateField(optional=True))

    def rule_defaults(self) -> dict:
        """The reviewer of a new check-in is the person signed in; the next one in 90 days."""
        return {**super().rule_defaults(), "reviewer": users.current()["display_name"],
                "next_date": dt.date.today() + dt.timedelta(days=NEXT_CHECK_IN_DAYS)}
