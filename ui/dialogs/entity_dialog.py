"""`EntityDialog`: a `FormDialog` that creates or edits one record through a service."""

from __future__ import annotations

from mentorapp.errors import ValidationError
from ui.widgets.forms import FormDialog


class EntityDialog(FormDialog):
    """New record when `record_id` is None (fields start at `defaults`), otherwise edit it.

    A subclass sets `service` (an object with get / create / update), sets the window title
    and adds its fields in `build()`. The service's field rules check every field before
    saving, and its model's column lengths limit the text fields. Once saved, `record_id` is
    the record's id (also for a new one) and `saved_message()` says what was saved, for the
    status bar. The title and the message are the subclass's whole phrases ("Nuevo
    colaborador", "Nueva meta"): a language agrees "new" and "the" with its noun, so no
    default is spliced together here.
    """

    service = None

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        super().__init__("", parent)
        self.record_id = record_id
        self.created = False
        entity = self.entity()
        self.rules = dict(getattr(entity, "rules", {}))
        self.build()
        if not self.windowTitle():
            raise NotImplementedError(  # untranslated: a programming error
                f"{type(self).__name__}.build() sets no window title")
        self.finish_layout()
        if hasattr(entity, "model"):
            self.limit_lengths(entity.model)
        if record_id:
            self.record = self.load(record_id)
            self.set_values(self.record)
        else:
            self.record = {}
            self.set_values({**self.rule_defaults(), **defaults})

    def build(self) -> None:
        raise NotImplementedError

    def entity(self):
        """The service's `Entity` (its field rules and model)."""
        return getattr(self.service, "entity", self.service)

    def rule_defaults(self) -> dict:
        """The service's defaults for a new record (status "active", visibility "internal")."""
        return {key: rule.default for key, rule in self.rules.items()
                if getattr(rule, "default", None) is not None}

    def saved_message(self) -> str:
        """"New staff member saved", "Changes to the goal saved" (after a save), in the
        subclass's words."""
        raise NotImplementedError

    def load(self, record_id: int) -> dict:
        return self.service.get(record_id)

    def fixed_values(self) -> dict:
        """Values a new record gets from where the dialog was opened, not from a field."""
        return {}

    def field_errors(self) -> list[ValidationError]:
        """The fields' problems and, in the same pass, the service's cross-field check
        (a completed course without its date) on the values that passed their rules."""
        clean, errors = self.checked_fields()
        check = getattr(self.entity(), "check", None)
        if check is None:
            return errors
        failed = {self.aliases.get(e.field, e.field) for e in errors}
        values = {key: None for key in self.rules}
        values.update({k: v for k, v in self.record.items() if k != "id"})
        if not self.record_id:
            values.update(self.fixed_values())
        values.update(clean)
        try:
            check(values, self.entity().get_record(self.record_id) if self.record_id else None)
        except ValidationError as exc:
            for problem in exc.every():
                key = self.aliases.get(problem.field, problem.field)
                if key in self.fields and key not in failed:
                    errors.append(problem)
        except Exception:  # noqa: BLE001
            # A value that failed its rule is None here and can trip the check in other ways;
            # the save, which runs once every field passes, reports the check itself.
            pass
        return errors

    def save(self, values: dict) -> dict:
        if self.record_id:
            return self.service.update(self.record_id, **values)
        record = self.service.create(**values)
        self.created = True
        self.record_id = record["id"]  # a retry after a later failure edits, not duplicates
        return record


class StaffRecordDialog(EntityDialog):
    """A record that belongs to one staff member (a goal, a check-in, ...): the staff member
    is given, not chosen. New: `Dialog(staff=<id>)`; edit: `Dialog(record_id)`."""

    def __init__(self, record_id: int | None = None, parent=None, **defaults):
        self.staff_id = defaults.pop("staff", None)
        super().__init__(record_id, parent, **defaults)
        if record_id:
            self.staff_id = self.record["staff"]

    def fixed_values(self) -> dict:
        return {"staff": self.staff_id}

    def save(self, values: dict) -> dict:
        if not self.record_id:
            values.update(self.fixed_values())
        return super().save(values)
