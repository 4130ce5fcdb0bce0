"""The core's error messages reach the window in its language (issue 18): every message an
error is raised with goes through `_()` / `ngettext()` (an AST scan of mentorapp/), and real
service calls raise it in Spanish when the window is Spanish and in the same English as
before otherwise (the CLI and scripts read that English)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mentorapp import translations
from mentorapp.errors import NotFoundError, ValidationError

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "mentorapp"

# Command-line only (English by design) and the translation machinery itself.
SKIPPED_NAMES = ("cli.py", "translations.py")
# Files whose messages other people are converting: each owner removes theirs when done.
NOT_YET = (
    "mentorapp/excel/__init__.py",
    "mentorapp/excel/client_data.py",
    "mentorapp/excel/reports.py",
)
TRANSLATING = ("_", "ngettext", "N_", "gettext")
# A literal a check mistakes for a message (a programming error nobody sees) carries this on
# one of its lines, with the reason.
EXEMPT = "# untranslated:"


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else None


def _message(call: ast.Call, name: str) -> ast.expr | None:
    """The argument that is the message: ValidationError(field, message, ...), else the first."""
    index = 1 if name == "ValidationError" else 0
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def _is_literal_text(node: ast.expr) -> bool:
    """A str literal, an f-string, or one built of them with + or a conditional."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_literal_text(node.body) or _is_literal_text(node.orelse)
    return False


def offences(source: str, filename: str = "<source>") -> list[str]:
    """Error messages written as bare text, and `_()` given an f-string or a sum."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name is None:
            continue
        span = lines[node.lineno - 1:node.end_lineno]
        if any(EXEMPT in line for line in span):
            continue
        if name in TRANSLATING:
            # One literal per call (a marked constant passed by name is fine): the catalogue
            # never holds an f-string's or a sum's text.
            if any(_is_literal_text(a) and not isinstance(a, ast.Constant)
                   for a in node.args[:2 if name == "ngettext" else 1]):
                found.append(f"{filename}:{node.lineno}: {name}() of text built at run time")
        elif name.endswith("Error") or name == "PermissionDenied":
            message = _message(node, name)
            if message is not None and _is_literal_text(message):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(message)[:60]}"
                             "...) is not translated")
    return found


def _scanned_files():
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if path.name.endswith("_cli.py") or path.name in SKIPPED_NAMES or relative in NOT_YET:
            continue
        yield path, relative


def test_every_core_error_message_is_translated():
    found = [offence for path, relative in _scanned_files()
             for offence in offences(path.read_text(encoding="utf-8"), relative)]
    assert found == []


def test_not_yet_lists_only_files_that_exist():
    missing = [name for name in NOT_YET if not (ROOT / name).is_file()]
    assert missing == []


@pytest.mark.parametrize("source", [
    'raise NotFoundError(f"No scorecard named {name!r}")',
    'raise UserError("The backup file cannot be the database itself")',
    'raise ValidationError("weight", "must be above 0", row=number)',
    'raise ValidationError("name", f"{name!r} is taken" + (" here" if here else ""))',
    'raise PermissionDenied("you do not have permission")',
    'raise ValueError(f"unknown period {period!r}")',
    'error = ValidationError(None, message="is wrong")',
    'raise UserError(_(f"No user {login!r}"))',
    'raise UserError(ngettext("{count} row", f"{count} rows", n))',
])
def test_the_scan_finds_a_planted_message(source):
    assert len(offences(source)) == 1


@pytest.mark.parametrize("source", [
    'raise NotFoundError(_("No scorecard named {name}").format(name=repr(name)))',
    'raise ValidationError("weight", _("must be above 0"), row=number)',
    'raise ValidationError(exc.field, exc.detail, row=number)',
    'raise ValidationError("items", str(exc)) from None',
    'raise UserError(message)',
    'raise NotFoundError(_("No {name} with id {record_id}").format(name=_(name), record_id=7))',
    'raise UserError(translations._("Demo data needs at least one staff member"))',
    'raise UserError(ngettext("{count} row", "{count} rows", n).format(count=n))',
    'raise ValueError(f"no list {key!r}")  # untranslated: a programming error',
    'raise ValueError(f"no list "\n                 f"{key!r}")  # untranslated: a bug',
])
def test_the_scan_lets_translated_and_exempt_messages_pass(source):
    assert offences(source) == []


@pytest.fixture
def spanish():
    """The window in Spanish for one test; English again afterwards."""
    translations.set_display_language("es")
    yield
    translations.set_display_language(translations.ENGLISH)


def _raised(call, *args):
    with pytest.raises((NotFoundError, ValidationError)) as caught:
        call(*args)
    return str(caught.value)


def _calls(client_id: int):
    """(service call, its arguments) that raise, with the English and the Spanish text."""
    from mentorapp.services import kpi, quality, staff

    def metric_warned_on_the_better_side():
        kpi.define(client=client_id, name="CSAT", unit="percent", better="higher", target=90,
                   warning=95)

    return [
        ((metric_warned_on_the_better_side,),
         "warning: must be at or below the target (90) when higher is better",
         "alerta: debe ser igual o menor que la meta (90) cuando más alto es mejor"),
        ((quality.scorecard_by_name, "Nope"),
         "No scorecard named 'Nope'", "No existe una ficha de evaluación llamada 'Nope'"),
        ((quality.create_scorecard, "Voice"),
         "name: 'Voice' is already the name of a scorecard",
         "nombre: 'Voice' ya es el nombre de una ficha de evaluación"),
        ((quality.check_items, [{"section": "Opening", "key": "greet", "text": "Greets",
                                 "weight": 0}]),
         "row 1, weight: must be above 0", "fila 1, peso: debe ser mayor que 0"),
        ((quality.check_items, [{"section": "Opening", "text": "Greets"}]),
         "row 1, item key: is required", "fila 1, clave del ítem: es obligatorio"),
        ((staff.entity.get, 999), "No staff with id 999", "No existe personal con el id 999"),
        ((staff.by_employee_id, "X9"), "No staff member with employee ID 'X9'",
         "No existe un colaborador con el ID de empleado 'X9'"),
    ]


def _raising_calls(make):
    from mentorapp.services import quality

    quality.create_scorecard("Voice")
    return _calls(make.client("Acme")["id"])


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_service_errors_read_as_before_in_english(db, make):
    calls = _raising_calls(make)
    assert [_raised(*call) for call, _english, _spanish in calls] == \
        [english for _call, english, _spanish in calls]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_service_errors_follow_the_window_into_spanish(db, make, spanish):
    calls = _raising_calls(make)
    assert [_raised(*call) for call, _english, _spanish in calls] == \
        [spanish for _call, _english, spanish in calls]
