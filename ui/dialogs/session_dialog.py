"""Log a mentoring session with the action items agreed in it (one transaction), or edit a
logged session."""

from __future__ import annotations

from mentorapp.models import SESSION_FORMAT_CHOICES
from mentorapp.services import mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.action_items import ActionItemsEditor
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, NumberLine, TextBox
from ui.widgets.lookups import mentor_label, staff_label


class SessionDialog(EntityDialog):
    """New: `SessionDialog(mentorship=<id>)`; edit: `SessionDialog(session_id)`."""

    noun = "mentoring session"
    service = mentoring.sessions

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        self.mentorship_id = defaults.pop("mentorship", None)
        super().__init__(record_id, parent, **defaults)
        if record_id:
            self.mentorship_id = self.record["mentorship"]
            self.fields["action_items"].parentWidget().hide()
            self.form.labelForField(self.fields["action_items"].parentWidget()).hide()
        self.setWindowTitle(("Edit session" if record_id else "Log a session") + " – "
                            + self.mentorship_text())
        self.setMinimumWidth(640)

    def build(self) -> None:
        self.add_field("date", "Date", DateField())
        self.add_field("duration_minutes", "Duration (minutes)", NumberLine())
        self.add_field("format", "Format", ChoiceBox(SESSION_FORMAT_CHOICES))
        self.add_field("topics", "Topics", TextBox(2))
        self.add_field("shared_notes", "Shared notes", TextBox())
        private = self.add_field("private_notes", "Private notes", TextBox())
        private.setPlaceholderText("Only for the mentor; never in reports or the audit trail")
        self.add_field("action_items", "Action items", ActionItemsEditor())
        self.aliases = {"text": "action_items", "owner": "action_items",
                        "due_date": "action_items"}

    def fixed_values(self) -> dict:
        return {"mentorship": self.mentorship_id}

    def mentorship_text(self) -> str:
        mentorship = mentoring.mentorships.get(self.mentorship_id)
        mentee = staff_label(mentorship["mentee"]).rsplit(" (", 1)[0]
        return f"{mentor_label(mentorship['mentor'])} mentoring {mentee}"

    def save(self, values: dict) -> dict:
        items = values.pop("action_items")
        if self.record_id:
            return mentoring.sessions.update(self.record_id, **values)
        record = mentoring.log_session(self.mentorship_id, action_items=items, **values)
        self.created = True
        self.record_id = record["id"]
        return record
