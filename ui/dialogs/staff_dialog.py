"""Create or edit a staff member, and place them on a client account."""

from __future__ import annotations

from PySide6.QtWidgets import QCompleter

from mentorapp.models import STAFF_STATUS_CHOICES
from mentorapp.services import staff
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, TextLine
from ui.widgets.lookups import client_picker

tr_staff_dialog = Context("tr_staff_dialog")

ACCOUNT_FIELDS = ("client", "role", "start_date")


class StaffDialog(EntityDialog):
    service = staff

    def build(self) -> None:
        self.setWindowTitle(tr_staff_dialog.tr("Edit staff member") if self.record_id
                            else tr_staff_dialog.tr("New staff member"))
        self.add_field("employee_id", tr_staff_dialog.tr("Employee ID"), TextLine())
        self.add_field("first_name", tr_staff_dialog.tr("First name"), TextLine())
        self.add_field("last_name", tr_staff_dialog.tr("Last name"), TextLine())
        self.add_field("email", tr_staff_dialog.tr("Email"), TextLine())
        self.add_field("job_title", tr_staff_dialog.tr("Job title"), TextLine())
        team = self.add_field("team", tr_staff_dialog.tr("Team"), TextLine())
        team.setCompleter(QCompleter(staff.teams(), team))
        self.add_field("site", tr_staff_dialog.tr("Site"), TextLine())
        self.add_field("hire_date", tr_staff_dialog.tr("Hire date"), DateField(optional=True))
        self.add_field("status", tr_staff_dialog.tr("Status"), ChoiceBox(STAFF_STATUS_CHOICES))
        self.add_field("client", tr_staff_dialog.tr("Client account"), client_picker())
        self.add_field("role", tr_staff_dialog.tr("Role on the account"), TextLine())
        self.add_field("start_date", tr_staff_dialog.tr("On the account from"), DateField())

    def saved_message(self) -> str:
        return (tr_staff_dialog.tr("New staff member saved") if self.created
                else tr_staff_dialog.tr("Changes to the staff member saved"))

    def load(self, record_id: int) -> dict:
        record = staff.get(record_id)
        current = next((a for a in staff.client_history(record_id) if a["end_date"] is None),
                       None)
        if current:
            record.update(client=current["client"], role=current["role"],
                          start_date=current["start_date"])
        return record

    def save(self, values: dict) -> dict:
        account = {key: values.pop(key) for key in ACCOUNT_FIELDS}
        record = super().save(values)
        if account["client"] and (account["client"] != self.record.get("client")
                                  or account["role"].strip() != self.record.get("role")):
            staff.assign(record["id"], account["client"], account["role"],
                         account["start_date"])
        elif not account["client"] and self.record.get("client"):
            staff.end_assignment(record["id"])
        return record
