"""Errors a user can act on. The CLI prints them as one line; the GUI shows them, in the
window's language (the messages are translated where they are raised)."""

from mentorapp.translations import _


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class ValidationError(UserError):
    """A value is wrong. `field` is the field's key (so forms can mark it), `label` the words
    shown for it in the message, and `row` the row of an import."""

    def __init__(self, field: str | None, message: str, row: int | None = None,
                 label: str | None = None):
        self.field = field
        self.row = row
        self.detail = message
        where = []
        if row is not None:
            where.append(_("row {row}").format(row=row))
        if field or label:
            where.append(label or field.replace("_", " "))
        super().__init__(_("{where}: {message}").format(where=", ".join(where), message=message)
                         if where else message)


class NotFoundError(UserError):
    """A record that was asked for does not exist."""


class Cancelled(Exception):
    """Raised (for example from a progress callback) to stop a long job; nothing is kept."""


class PermissionDenied(UserError):
    """The shared database refused a change: the person's role does not allow it (row-level
    security and grants decide, not the app)."""
