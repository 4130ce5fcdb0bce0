"""Log a mentoring session with the action items agreed in it and the evidence that prompted
it (one transaction), or edit a logged session; the evidence column shows the cited figures
before the session and by its follow-up date."""

from __future__ import annotations

from mentorapp.models import SESSION_FORMAT_CHOICES
from mentorapp.services import evidence, mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.action_items import ActionItemsEditor
from ui.widgets.date_field import DateField, DateTextError
from ui.widgets.evidence_list import EvidenceEditor
from ui.widgets.forms import ChoiceBox, NumberLine, TextBox
from ui.widgets.lookups import mentor_label, staff_label

tr_session_dialog = Context("tr_session_dialog")


class SessionDialog(EntityDialog):
    """New: `SessionDialog(mentorship=<id>)`; edit: `SessionDialog(session_id)`."""

    service = mentoring.sessions

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        self.mentorship_id = mentoring.sessions.get(record_id)["mentorship"] if record_id \
            else defaults.pop("mentorship", None)
        super().__init__(record_id, parent, **defaults)
        self.setMinimumWidth(960)

    def build(self) -> None:
        title = (tr_session_dialog.tr("Edit session – {mentorship}") if self.record_id
                 else tr_session_dialog.tr("Log a session – {mentorship}"))
        self.setWindowTitle(title.format(mentorship=self.mentorship_text()))
        self.add_field("date", tr_session_dialog.tr("Date"), DateField())
        self.add_field("duration_minutes", tr_session_dialog.tr("Duration (minutes)"),
                       NumberLine())
        self.add_field("format", tr_session_dialog.tr("Format"),
                       ChoiceBox(SESSION_FORMAT_CHOICES))
        self.add_field("topics", tr_session_dialog.tr("Topics"), TextBox(2))
        self.add_field("shared_notes", tr_session_dialog.tr("Shared notes"), TextBox())
        private = self.add_field("private_notes", tr_session_dialog.tr("Private notes"),
                                 TextBox())
        private.setPlaceholderText(tr_session_dialog.tr(
            "Only for the mentor: never in the audit trail or a client's report; in a staff "
            "report only when asked for"))
        self.add_field("action_items", tr_session_dialog.tr("Action items"),
                       ActionItemsEditor())
        self.aliases = {"text": "action_items", "owner": "action_items",
                        "due_date": "action_items"}
        evidence_column = self.add_column()
        follow_up = self.add_field("follow_up_date", tr_session_dialog.tr("Follow-up"),
                                   DateField(optional=True), evidence_column)
        follow_up.setToolTip(tr_session_dialog.tr(
            "When to look again at the evidence: the figures after the session are counted "
            "up to this date"))
        self.add_field("evidence", tr_session_dialog.tr("Evidence"),
                       EvidenceEditor(self.candidates), evidence_column)

    def candidates(self) -> list[dict]:
        """What the mentee's session may cite: the 90 days before its date (today while the
        date is not a whole one)."""
        try:
            day = self.fields["date"].value()
        except DateTextError:
            day = None
        mentee = mentoring.mentorships.get(self.mentorship_id)["mentee"]
        return evidence.candidates(mentee, day)

    def load(self, record_id: int) -> dict:
        self.fields["evidence"].figures = {
            (row["kind"], row["record_id"]): row
            for row in evidence.before_after(record_id)["items"]}
        return {**super().load(record_id), "evidence": evidence.evidence_of(record_id),
                "action_items": mentoring.session_actions(record_id)}

    def fixed_values(self) -> dict:
        return {"mentorship": self.mentorship_id}

    def mentorship_text(self) -> str:
        mentorship = mentoring.mentorships.get(self.mentorship_id)
        mentee = staff_label(mentorship["mentee"]).rsplit(" (", 1)[0]
        return tr_session_dialog.tr("{mentor} mentoring {mentee}").format(
            mentor=mentor_label(mentorship["mentor"]), mentee=mentee)

    def saved_message(self) -> str:
        return (tr_session_dialog.tr("New mentoring session saved") if self.created
                else tr_session_dialog.tr("Changes to the mentoring session saved"))

    def save(self, values: dict) -> dict:
        items = values.pop("action_items")
        if self.record_id:
            return evidence.update_session(self.record_id, action_items=items, **values)
        record = evidence.log_session(self.mentorship_id, action_items=items, **values)
        self.created = True
        self.record_id = record["id"]
        return record
