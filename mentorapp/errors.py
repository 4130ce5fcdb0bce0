"""Errors a user can act on. The CLI prints them as one line; the GUI shows them, in the
window's language (the messages are translated where they are raised)."""

from __future__ import annotations

from mentorapp.translations import N_, _

# The words a message shows for a field that has no label, by the field's key: the key's own
# words (so English reads as it always has), marked for the catalogue and shown in the window's
# language. Every key a ValidationError can name is here (tests/mentorapp/
# test_field_words_translated.py checks the services' rules, imports' columns and raises).
FIELD_WORDS = {
    "account_manager": N_("account manager"), "acknowledge_due_days": N_("acknowledge due days"),
    "acknowledgement": N_("acknowledgement"), "active": N_("active"),
    "aligned_to_role": N_("aligned to role"), "allow_na": N_("allow na"), "answer": N_("answer"),
    "answers": N_("answers"), "archived": N_("archived"),
    "assigned_date": N_("assigned date"), "author": N_("author"),
    "better": N_("better"), "bio": N_("bio"), "by": N_("by"), "cadence": N_("cadence"),
    "capacity": N_("capacity"), "channel": N_("channel"), "client": N_("client"),
    "closed_on": N_("closed on"), "comment": N_("comment"), "company_logo": N_("company logo"),
    "company_name": N_("company name"), "competency": N_("competency"),
    "completed_date": N_("completed date"), "completed_from": N_("completed from"),
    "completed_to": N_("completed to"), "contact_email": N_("contact email"),
    "contact_name": N_("contact name"), "corrective_action": N_("corrective action"),
    "count": N_("count"), "critical": N_("critical"), "current": N_("current"), "date": N_("date"),
    "date_from": N_("date from"), "date_to": N_("date to"), "decimals": N_("decimals"),
    "decision": N_("decision"), "description": N_("description"),
    "development_areas": N_("development areas"), "done_date": N_("done date"),
    "due_date": N_("due date"), "duration_minutes": N_("duration minutes"), "email": N_("email"),
    "employee_id": N_("employee id"), "end_date": N_("end date"), "evaluation": N_("evaluation"),
    "evaluator": N_("evaluator"), "evidence": N_("evidence"), "expertise": N_("expertise"),
    "external_name": N_("external name"), "external_organisation": N_("external organisation"),
    "first_name": N_("first name"), "focus": N_("focus"), "follow_up_date": N_("follow up date"),
    "footer": N_("footer"), "format": N_("format"), "funded_by": N_("funded by"),
    "goal": N_("goal"), "held_on": N_("held on"), "highlights": N_("highlights"),
    "hire_date": N_("hire date"), "horizon_years": N_("horizon years"), "hours": N_("hours"),
    "improvements": N_("improvements"), "industry": N_("industry"),
    "interaction_date": N_("interaction date"), "interaction_id": N_("interaction id"),
    "interests": N_("interests"), "item": N_("item"), "items": N_("items"),
    "job_title": N_("job title"), "key": N_("key"), "kind": N_("kind"),
    "last_name": N_("last name"), "lesson_learned": N_("lesson learned"), "level": N_("level"),
    "line_of_business": N_("line of business"), "logo": N_("logo"), "mandatory": N_("mandatory"),
    "me_staff_id": N_("me staff id"), "mentee": N_("mentee"), "mentor": N_("mentor"),
    "mentorship": N_("mentorship"), "metric": N_("metric"),
    "min_tenure_months": N_("min tenure months"), "minimum": N_("minimum"), "name": N_("name"),
    "next_date": N_("next date"), "next_role": N_("next role"), "note": N_("note"),
    "notes": N_("notes"), "open": N_("open"), "open_incidents": N_("open incidents"),
    "outcome": N_("outcome"), "over_capacity": N_("over capacity"), "owner": N_("owner"),
    "period": N_("period"), "private_notes": N_("private notes"), "program": N_("program"),
    "progress": N_("progress"), "proposed": N_("proposed"), "provider": N_("provider"),
    "rated": N_("rated"), "rating": N_("rating"), "ratings": N_("ratings"), "reason": N_("reason"),
    "reference": N_("reference"), "report_cadence": N_("report cadence"),
    "report_due_days": N_("report due days"), "report_language": N_("report language"),
    "requirement": N_("requirement"), "requirements": N_("requirements"),
    "resolved_date": N_("resolved date"), "reviewer": N_("reviewer"), "risks": N_("risks"),
    "role": N_("role"), "rollup": N_("rollup"), "root_cause": N_("root cause"),
    "scale": N_("scale"), "score": N_("score"), "scorecard": N_("scorecard"),
    "section": N_("section"), "session": N_("session"), "sha256": N_("sha256"),
    "shareable": N_("shareable"), "shared_notes": N_("shared notes"), "site": N_("site"),
    "sort": N_("sort"), "source": N_("source"), "staff": N_("staff"),
    "start_date": N_("start date"), "status": N_("status"), "strengths": N_("strengths"),
    "summary": N_("summary"), "target": N_("target"), "target_date": N_("target date"),
    "team": N_("team"), "text": N_("text"), "theme": N_("theme"), "title": N_("title"),
    "to": N_("to"), "topics": N_("topics"), "type": N_("type"), "unit": N_("unit"),
    "validity_months": N_("validity months"), "value": N_("value"), "values": N_("values"),
    "version": N_("version"), "via": N_("via"), "visibility": N_("visibility"),
    "warning": N_("warning"), "weight": N_("weight"), "weight_column": N_("weight column"),
    "workbook": N_("workbook"),
}


def field_word(field: str) -> str:
    """The words for a field's key in the window's language; a key not in FIELD_WORDS (one a
    person typed, as an unknown column or setting) is shown as typed, underscores as spaces."""
    word = FIELD_WORDS.get(field)
    return _(word) if word else field.replace("_", " ")


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class ValidationError(UserError):
    """A value is wrong. `field` is the field's key (so forms can mark it), `label` the words
    shown for it in the message (else `field_word(field)`), and `row` the row of an import."""

    def __init__(self, field: str | None, message: str, row: int | None = None,
                 label: str | None = None):
        self.field = field
        self.row = row
        self.detail = message
        # Problems with other fields found by the same check (`Problems`): forms and imports
        # show them too, so one Save or one import run reports them all.
        self.more: tuple[ValidationError, ...] = ()
        where = []
        if row is not None:
            where.append(_("row {row}").format(row=row))
        if field or label:
            where.append(label or field_word(field))
        super().__init__(_("{where}: {message}").format(where=", ".join(where), message=message)
                         if where else message)

    def every(self) -> list[ValidationError]:
        """This problem and the others found with it."""
        return [self, *self.more]


class Problems:
    """A cross-field check's problems, collected so that it reports every wrong field at
    once (the first problem of a field is kept) and raised together by `check()`."""

    def __init__(self):
        self._found: dict[str | None, ValidationError] = {}

    def add(self, field: str | None, message: str) -> None:
        self._found.setdefault(field, ValidationError(field, message))

    def check(self) -> None:
        """Raise the first problem, carrying the others, if any was found."""
        if self._found:
            first, *more = self._found.values()
            first.more = tuple(more)
            raise first


class NotFoundError(UserError):
    """A record that was asked for does not exist."""


class Cancelled(Exception):
    """Raised (for example from a progress callback) to stop a long job; nothing is kept."""


class PermissionDenied(UserError):
    """The shared database refused a change: the person's role does not allow it (row-level
    security and grants decide, not the app)."""
