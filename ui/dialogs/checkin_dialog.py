"""Log or edit a career check-in, with the date of the next one."""

from __future__ import annotations

import datetime as dt

from mentorapp.services import careers, users
from ui.dialogs.entity_dialog import StaffRecordDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import TextBox, TextLine

tr_checkin_dialog = Context("tr_checkin_dialog")

NEXT_CHECK_IN_DAYS = 90


class CheckInDialog(StaffRecordDialog):
    service = careers.check_ins

    def build(self) -> None:
        self.setWindowTitle(tr_checkin_dialog.tr("Edit check-in") if self.record_id
                            else tr_checkin_dialog.tr("New check-in"))
        self.add_field("date", tr_checkin_dialog.tr("Date"), DateField())
        self.add_field("reviewer", tr_checkin_dialog.tr("Reviewer"), TextLine())
        self.add_field("notes", tr_checkin_dialog.tr("Notes"), TextBox(5))
        self.add_field("next_date", tr_checkin_dialog.tr("Next check-in"),
                       DateField(optional=True))

    def saved_message(self) -> str:
        return (tr_checkin_dialog.tr("New check-in saved") if self.created
                else tr_checkin_dialog.tr("Changes to the check-in saved"))

    def rule_defaults(self) -> dict:
        """The reviewer of a new check-in is the person signed in; the next one in 90 days."""
        return {**super().rule_defaults(), "reviewer": users.current()["display_name"],
                "next_date": dt.date.today() + dt.timedelta(days=NEXT_CHECK_IN_DAYS)}
