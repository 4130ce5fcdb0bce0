"""A field without a label is named in the window's language too (issue 18): every key a
ValidationError can name has its words in `errors.FIELD_WORDS` (a scan of mentorapp/: the
literal keys raised, the keys rules are cleaned under, the imports' columns, and every key of
every service's rules and filters), and a real service call names the field in Spanish and
Portuguese while English reads as before ("weight", "hire date")."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
from pathlib import Path

import pytest

import mentorapp
from mentorapp import translations
from mentorapp.errors import FIELD_WORDS, ValidationError
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Rule

CORE = Path(mentorapp.__file__).resolve().parent


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _problems_add(call: ast.Call) -> bool:
    """`problems.add("key", ...)`: a cross-field check's `errors.Problems`."""
    func = call.func
    return isinstance(func, ast.Attribute) and func.attr == "add" and \
        isinstance(func.value, ast.Name) and func.value.id == "problems"


def keys_in_source(source: str, importing: bool = False) -> set[str]:
    """Literal field keys: `ValidationError("key", ...)`, `problems.add("key", ...)`,
    `rule.clean("key", ...)` and, in an import's module, `Column(header, "key", ...)`."""
    keys = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if (name in ("ValidationError", "clean") or _problems_add(node)) and node.args:
            keys.add(_literal(node.args[0]))
        elif name == "Column" and importing and len(node.args) > 1:
            keys.add(_literal(node.args[1]))
    return keys - {None}


def keys_in_code() -> dict[str, str]:
    """{key: the file that names it} over every module of mentorapp/."""
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        for key in keys_in_source(path.read_text(encoding="utf-8"), "importing" in path.parts):
            found.setdefault(key, str(path.relative_to(CORE.parent)))
    return found


def keys_of_rules() -> dict[str, str]:
    """{key: where}: every key of a module-level dict of rules and of each Entity's rules and
    filters (a rule raises under the key it cleans; a filter's value is checked under its)."""
    found = {}
    for module_info in pkgutil.walk_packages(mentorapp.__path__, "mentorapp."):
        module = importlib.import_module(module_info.name)
        for attribute, value in vars(module).items():
            where = f"{module_info.name}.{attribute}"
            if isinstance(value, Entity):
                for key in [*value.rules, *value.filters]:
                    found.setdefault(key, where)
            elif isinstance(value, dict) and value and \
                    all(isinstance(rule, Rule) for rule in value.values()):
                for key in value:
                    found.setdefault(key, where)
    return found


def test_every_field_key_has_its_words():
    keys = {**keys_of_rules(), **keys_in_code()}
    missing = sorted(f"{key} ({where})" for key, where in keys.items() if key not in FIELD_WORDS)
    assert not missing, "add to errors.FIELD_WORDS: " + ", ".join(missing)


def test_the_scan_sees_keys_raised_cleaned_and_imported():
    source = ('raise ValidationError("new_field", _("is wrong"))\n'
              'problems.add("found_field", _("is wrong"))\n'
              'seen.add("not_a_field")\n'
              'Date().clean("held_on", value)\n'
              'Column("New Column", "new_column", Text())\n'
              'raise ValidationError(name, _("is wrong"))\n')
    assert keys_in_source(source) == {"new_field", "found_field", "held_on"}
    assert keys_in_source(source, importing=True) == {"new_field", "found_field", "held_on",
                                                      "new_column"}
    assert {"weight", "hire_date", "staff", "active"} <= set(keys_of_rules())


def test_english_words_are_the_keys_as_before():
    assert {key: word for key, word in FIELD_WORDS.items() if word != key.replace("_", " ")} \
        == {}


@pytest.fixture(params=["es", "pt_BR"])
def language(request):
    """The window in Spanish, then Portuguese; English again afterwards."""
    translations.set_display_language(request.param)
    yield request.param
    translations.set_display_language(translations.ENGLISH)


def _error(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def _zero_weight():
    from mentorapp.services import quality

    return _error(quality.check_items,
                  [{"section": "Opening", "key": "greet", "text": "Greets", "weight": 0}])


def _hire_date_ahead():
    from mentorapp.services import staff

    return _error(staff.create, employee_id="E1", first_name="Ana", last_name="Ruiz",
                  hire_date=dt.date.today() + dt.timedelta(days=800))


def _unknown_field():
    from mentorapp.services import staff

    return _error(staff.create, employee_id="E1", first_name="Ana", last_name="Ruiz",
                  favourite_colour="blue")


SHOWN = {  # the field's words at the start of each message
    "en": ("row 1, weight: ", "hire date: ", "favourite colour: "),
    "es": ("fila 1, peso: ", "fecha de ingreso: ", "favourite colour: "),
    "pt_BR": ("linha 1, peso: ", "data de admissão: ", "favourite colour: "),
}


def _starts(language: str) -> list[str]:
    """Each message cut to the length of the words expected at its start."""
    errors = (_zero_weight(), _hire_date_ahead(), _unknown_field())
    assert [exc.field for exc in errors] == ["weight", "hire_date", "favourite_colour"]
    return [str(exc)[:len(start)] for exc, start in zip(errors, SHOWN[language], strict=True)]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_field_without_a_label_reads_in_the_window_language(db, language):
    # exc.field (the key a form marks the field by) stays the key, whatever the language;
    # a key someone typed is shown as typed.
    assert _starts(language) == list(SHOWN[language])


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_english_messages_name_the_field_as_before(db):
    assert _starts("en") == list(SHOWN["en"])
    assert str(_zero_weight()) == "row 1, weight: must be above 0"
