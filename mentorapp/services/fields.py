"""Field rules: each turns a raw value (from a form, the CLI or an import) into a clean one or
raises `ValidationError` naming the field and what is wrong."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from mentorapp.errors import ValidationError
from mentorapp.models import label
from mentorapp.text import clean_text
from mentorapp.translations import _

# Dot-separated parts on both sides of one @, none empty (no "dr..linda", ".ana" or "ana."),
# and a domain of at least two labels.
_EMAIL = re.compile(r"^[^@\s.]+(\.[^@\s.]+)*@[^@\s.]+(\.[^@\s.]+)+$")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%b-%Y", "%d %b %Y", "%b %d, %Y",
                "%d %B %Y", "%B %d, %Y", "%Y/%m/%d")


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class Rule:
    required = False

    def __init__(self, required: bool = False, label: str | None = None):
        """`label` names the field in messages (marked N_() where given, shown translated)."""
        self.required = required
        self.label = label

    def clean(self, name: str, value):
        try:
            if _blank(value):
                if self.required:
                    raise ValidationError(name, _("is required"))
                return self.empty()
            return self.convert(name, value)
        except ValidationError as exc:
            if exc.field == name and self.label:
                raise ValidationError(name, exc.detail, label=_(self.label)) from None
            raise

    def empty(self):
        return None

    def convert(self, name: str, value):
        return value


class Text(Rule):
    def __init__(self, required=False, max_length: int | None = None, multiline=True, **kw):
        super().__init__(required, **kw)
        self.max_length = max_length
        self.multiline = multiline

    def empty(self):
        return ""

    def convert(self, name, value):
        """Composed (NFC) text without control or invisible characters, so the same name
        typed on two keyboards, or pasted with a zero-width space, is stored the same."""
        text = clean_text(str(value)).strip()
        if not self.multiline:
            text = " ".join(text.split())
        if self.required and not text:
            raise ValidationError(name, _("is required"))
        if self.max_length and len(text) > self.max_length:
            raise ValidationError(name, _("is {length} characters long; the most allowed is "
                                          "{most}").format(length=len(text), most=self.max_length))
        return text


class Email(Text):
    def __init__(self, required=False, **kw):
        super().__init__(required, max_length=254, multiline=False, **kw)

    def convert(self, name, value):
        text = super().convert(name, value)
        if text and not _EMAIL.match(text):
            raise ValidationError(name, _("{value} is not a valid email address").format(
                value=repr(text)))
        return text.lower()


class Date(Rule):
    def convert(self, name, value):
        return parse_date(name, value)


def parse_date(name: str, value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(name, _("{value} is not a date (use YYYY-MM-DD)").format(
        value=repr(text)))


class Choice(Rule):
    def __init__(self, choices, required=False, default=None, **kw):
        super().__init__(required, **kw)
        self.choices = tuple(choices)
        self.default = default

    def empty(self):
        return self.default

    def convert(self, name, value):
        if isinstance(value, str):
            key = value.strip().lower().replace(" ", "_").replace("-", "_")
            for choice in self.choices:
                if key in (str(choice), label(choice).lower().replace(" ", "_")):
                    return choice
        elif value in self.choices:
            return value
        allowed = ", ".join(str(c) for c in self.choices)
        raise ValidationError(name, _("{value} is not one of: {allowed}").format(
            value=repr(value), allowed=allowed))


class Number(Rule):
    def __init__(self, required=False, minimum=None, maximum=None, whole=False, default=None,
                 places: int | None = None, **kw):
        super().__init__(required, **kw)
        self.minimum, self.maximum, self.whole, self.default = minimum, maximum, whole, default
        self.places = places  # round to the decimal places the column keeps

    def empty(self):
        return self.default

    def convert(self, name, value):
        try:
            number = None if isinstance(value, bool) else Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValidationError(name, _("{value} is not a number").format(value=repr(value)))
        if self.whole and number != number.to_integral_value():
            raise ValidationError(name, _("{value} is not a whole number").format(
                value=repr(value)))
        if self.places is not None:
            number = number.quantize(Decimal(1).scaleb(-self.places), ROUND_HALF_UP)
        if self.minimum is not None and number < self.minimum or \
                self.maximum is not None and number > self.maximum:
            message = _("{value} is out of range ({minimum} to {maximum})") \
                if self.maximum is not None else _("{value} must be at least {minimum}")
            raise ValidationError(name, message.format(value=repr(value), minimum=self.minimum,
                                                       maximum=self.maximum))
        return int(number) if self.whole else float(number)


def Rating(required=False, **kw) -> Number:
    """A whole-number rating from 1 to 5."""
    return Number(required, minimum=1, maximum=5, whole=True, **kw)


class Flag(Rule):
    TRUE = {"1", "true", "yes", "y", "on"}
    FALSE = {"0", "false", "no", "n", "off"}

    def __init__(self, default=False, **kw):
        super().__init__(False, **kw)
        self.default = default

    def empty(self):
        return self.default

    def convert(self, name, value):
        if isinstance(value, bool):
            return value
        key = str(value).strip().lower()
        if key in self.TRUE:
            return True
        if key in self.FALSE:
            return False
        raise ValidationError(name, _("{value} is not yes or no").format(value=repr(value)))


class Ref(Rule):
    """A reference to another record by id (or a model instance)."""

    def __init__(self, model, required=False, what: str | None = None, **kw):
        """`what` names the record in messages (marked N_(), shown translated)."""
        super().__init__(required, **kw)
        self.model = model
        self.what = what or model.__name__.lower()

    def convert(self, name, value):
        record_id = getattr(value, "id", value)
        try:
            record_id = int(record_id)
        except (TypeError, ValueError):
            raise ValidationError(name, _("{value} is not a {what} id").format(
                value=repr(value), what=_(self.what))) from None
        if not self.model.select().where(self.model.id == record_id).exists():
            raise ValidationError(name, _("no {what} with id {record_id}").format(
                what=_(self.what), record_id=record_id))
        return record_id
