"""Record or edit feedback: overall and per-competency ratings, and incident details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel

from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    VISIBILITY_CHOICES,
)
from mentorapp.services import competencies, feedback, staff, users
from mentorapp.services.feedback import INCIDENT_FIELDS
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context, date_text, label
from ui.widgets.date_field import DateField
from ui.widgets.forms import ChoiceBox, FormDialog, TextBox, TextLine
from ui.widgets.lookups import client_picker, staff_picker
from ui.widgets.rating import RatingBox, RatingGrid

tr_feedback_dialog = Context("tr_feedback_dialog")


class FeedbackDialog(EntityDialog):
    service = feedback

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        super().__init__(record_id, parent, **defaults)
        if not record_id and defaults.get("staff") and not defaults.get("client"):
            self.default_client(defaults["staff"])
        self.setMinimumWidth(900)

    def build(self) -> None:
        self.setWindowTitle(tr_feedback_dialog.tr("Edit feedback") if self.record_id
                            else tr_feedback_dialog.tr("New feedback"))
        person = self.add_field("staff", tr_feedback_dialog.tr("Staff member"), staff_picker())
        person.picked.connect(self.default_client)
        self.add_field("date", tr_feedback_dialog.tr("Date"), DateField())
        self.add_field("source", tr_feedback_dialog.tr("Source"),
                       ChoiceBox(FEEDBACK_SOURCE_CHOICES))
        self.add_field("client", tr_feedback_dialog.tr("Client"), client_picker())
        self.add_field("author", tr_feedback_dialog.tr("Author"), TextLine())
        kind = self.add_field("kind", tr_feedback_dialog.tr("Kind"),
                              ChoiceBox(FEEDBACK_KIND_CHOICES))
        self.add_field("visibility", tr_feedback_dialog.tr("Visibility"),
                       ChoiceBox(VISIBILITY_CHOICES))
        self.add_field("rating", tr_feedback_dialog.tr("Overall rating"), RatingBox())
        self.add_field("strengths", tr_feedback_dialog.tr("Strengths"), TextBox())
        self.add_field("improvements", tr_feedback_dialog.tr("To improve"), TextBox())
        self.add_field("comment", tr_feedback_dialog.tr("Comment"), TextBox())

        right = self.add_column()
        grid_box = QGroupBox(tr_feedback_dialog.tr(
            "Competency ratings (1 poor – 5 outstanding)"))
        self.add_field("ratings", "", RatingGrid(competencies.active()), QFormLayout(grid_box))
        right.addRow(grid_box)
        self.incident = QGroupBox(tr_feedback_dialog.tr(
            "Incident: what happened and what was learned"))
        incident_form = QFormLayout(self.incident)
        hint = QLabel(tr_feedback_dialog.tr(
            "An incident needs what happened (the root cause or the comment) and the lesson "
            "learned or a corrective action."), wordWrap=True)
        hint.setObjectName("hint")
        incident_form.addRow(hint)
        self.add_field("root_cause", tr_feedback_dialog.tr("Root cause"), TextBox(2),
                       incident_form).setPlaceholderText(tr_feedback_dialog.tr(
                           "What happened and why (or say it in the comment)"))
        self.add_field("lesson_learned", tr_feedback_dialog.tr("Lesson learned"), TextBox(2),
                       incident_form).setPlaceholderText(tr_feedback_dialog.tr(
                           "Required unless there is a corrective action"))
        self.add_field("corrective_action", tr_feedback_dialog.tr("Corrective action"),
                       TextBox(2), incident_form).setPlaceholderText(tr_feedback_dialog.tr(
                           "Required unless there is a lesson learned"))
        self.add_field("follow_up_date", tr_feedback_dialog.tr("Follow up on"),
                       DateField(optional=True), incident_form)
        self.add_field("resolved_date", tr_feedback_dialog.tr("Resolved on"),
                       DateField(optional=True), incident_form)
        right.addRow(self.incident)
        kind.currentIndexChanged.connect(self.show_incident_fields)
        self.show_incident_fields()

    def saved_message(self) -> str:
        return (tr_feedback_dialog.tr("New feedback saved") if self.created
                else tr_feedback_dialog.tr("Changes to the feedback saved"))

    def show_incident_fields(self) -> None:
        self.incident.setVisible(self.fields["kind"].value() == "incident")

    def default_client(self, staff_id: int) -> None:
        """A new feedback's client is the staff member's current account."""
        picker = self.fields["client"]
        if picker.text().strip():
            return
        current = next((a for a in staff.client_history(staff_id) if a["end_date"] is None),
                       None)
        if current:
            picker.set_value(current["client"], current["client_name"])

    def rule_defaults(self) -> dict:
        """A new feedback's author is the person signed in (type over it for an outsider)."""
        return {**super().rule_defaults(), "author": users.current()["display_name"]}

    def load(self, record_id: int) -> dict:
        return {**feedback.get(record_id), "ratings": feedback.ratings_of(record_id)}

    def checked_fields(self) -> tuple[dict, list]:
        """Incident details of feedback that is no incident are dropped, not checked."""
        clean, errors = super().checked_fields()
        if clean.get("kind") != "incident":
            clean.update({key: None for key in INCIDENT_FIELDS})
            errors = [e for e in errors if e.field not in INCIDENT_FIELDS]
        return clean, errors

    def save(self, values: dict) -> dict:
        if values["kind"] != "incident":
            values.update({key: None for key in INCIDENT_FIELDS})
        return super().save(values)


def acknowledgement_text(record: dict) -> str:
    """"Acknowledged by ana on 2026-12-01 14:05: Thanks" (local time, the date as the window's
    language writes it), or ""."""
    moment = record.get("acknowledged_at")
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    local = f"{date_text(local.date())} {local:%H:%M}"
    if record.get("acknowledgement"):
        return tr_feedback_dialog.tr("Acknowledged by {login} on {moment}: {comment}").format(
            login=record["acknowledged_by"], moment=local, comment=record["acknowledgement"])
    return tr_feedback_dialog.tr("Acknowledged by {login} on {moment}").format(
        login=record["acknowledged_by"], moment=local)


class AcknowledgeDialog(FormDialog):
    """The person the feedback is about reads it and acknowledges it, with an optional comment.

    Signals: `saved(dict)` (from FormDialog) with the acknowledged feedback."""

    def __init__(self, feedback_id: int, parent=None):
        super().__init__(tr_feedback_dialog.tr("Acknowledge feedback"), parent)
        self.feedback_id = feedback_id
        record = feedback.get(feedback_id)
        parts = [f"<b>{date_text(record['date'])} · {label(record['source'])} · "
                 f"{label(record['kind'])}</b>"
                 + (" · " + tr_feedback_dialog.tr("from {author}").format(
                     author=escape(record["author"])) if record["author"] else "")]
        for key, title in (("strengths", tr_feedback_dialog.tr("Strengths")),
                           ("improvements", tr_feedback_dialog.tr("To improve")),
                           ("comment", tr_feedback_dialog.tr("Comment"))):
            if record[key]:
                parts.append(f"<b>{title}:</b> {escape(record[key])}")
        self.feedback_text = QLabel("<br>".join(parts), wordWrap=True,  # untranslated: a line break
                                    textFormat=Qt.TextFormat.RichText)
        self.form.addRow(self.feedback_text)
        self.add_field("acknowledgement", tr_feedback_dialog.tr("Your comment"), TextBox(3)
                       ).setPlaceholderText(tr_feedback_dialog.tr(
                           "Optional: what you take from it, or what you see differently"))
        self.rules = {"acknowledgement": feedback.ACKNOWLEDGEMENT}
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr_feedback_dialog.tr("Acknowledge"))
        self.setMinimumWidth(560)

    def save(self, values: dict) -> dict:
        return feedback.acknowledge(self.feedback_id, values["acknowledgement"])


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
