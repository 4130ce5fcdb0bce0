"""Static checks of the translation convention (docs/TRANSLATING.md), used by
test_translations.py: user-visible literals that are not marked, `.tr()` calls and
QT_TRANSLATE_NOOP marks whose context is not their module's, and the `.ts` catalogues read as
plain data."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNTRANSLATED_MARK = "# untranslated:"  # on a line whose literal is not for people to read

# Method name -> positions of the arguments that are text (None: every positional argument).
TEXT_METHODS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setStatusTip": (0,), "setWhatsThis": (0,), "setTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setSpecialValueText": (0,), "setPrefix": (0,),
    "setSuffix": (0,), "showMessage": (0,), "addButton": (0,), "setButtonText": (1,),
    "setCancelButtonText": (0,), "setTabText": (1,), "setTabToolTip": (1,),
    "setItemText": (1,), "insertItem": (1,), "addSection": (0,), "addMenu": None,
    "addAction": None, "addTab": None, "insertTab": None, "addItem": None,
    "addItems": (0,), "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "addRow": None, "insertRow": None,
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2),
    "getDouble": (1, 2), "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
    "open_file_name": (1, 3), "save_file_name": (1, 3), "existing_folder": (1,),
    "add_field": (1,), "set_empty_text": (0,), "set_message": (0,),
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QAction", "QGroupBox", "QCheckBox", "QRadioButton", "QToolButton",
    "QMessageBox", "QMenu", "QCommandLinkButton", "QProgressDialog", "QListWidgetItem",
    "QTableWidgetItem", "QTreeWidgetItem", "QWidgetAction",
}
PROJECT_CLASSES = {"Column": (1,)}  # ui.models.table.Column(key, title, ...)
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "statusTip",
                 "whatsThis", "empty_text", "tooltip", "caption", "filter", "label"}
LOGGERS = {"log", "logger", "logging", "warnings"}
ICON_MAKERS = {"icon", "sidebar_icon", "QIcon"}
NOOP_NAMES = {"QT_TRANSLATE_NOOP"}
# Modules whose file names are not unique in ui/: their context adds the folder.
CONTEXT_CLASHES = {"ui/pages/profile/page.py": "profile_page",
                   "ui/pages/reports/page.py": "reports_page"}


def context_name(path: Path) -> str:
    """The name of a module's `Context` (and of the variable holding it): tr_<file name>."""
    relative = path.relative_to(ROOT).as_posix()
    stem = path.parent.name if path.stem == "__init__" else path.stem
    return "tr_" + CONTEXT_CLASHES.get(relative, stem)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_translation(node: ast.expr) -> bool:
    if isinstance(node, ast.Call) and (_name(node.func) in NOOP_NAMES or _is_tr(node.func)):
        return True
    # translate(...).format(...), translate(...) % args, and the same wrapped in a call
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _is_translation(node.func.value)
    return False


def _texts(node: ast.expr):
    """The literal strings a user could read in an argument that is not a translation."""
    if node is None or _is_translation(node):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if literal:
            yield literal
    elif isinstance(node, ast.BinOp):
        yield from _texts(node.left)
        yield from _texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _texts(value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _texts(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            isinstance(node.func.value, (ast.Constant, ast.JoinedStr)):
        yield from _texts(node.func.value)  # "...".format(...), "...".join(...)


def readable(text: str) -> bool:
    """Text with a word in it (not "", "…", " · ", "%p%", "*.xlsx")."""
    return bool(re.search(r"[^\W\d_]{2,}", re.sub(r"\*\.\w+|%\w%?", "", text)))


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def unmarked_literals(path: Path) -> list[Unmarked]:
    """User-visible literals of a ui module not passed through `translate`."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        arguments: list[ast.expr] = []
        if name in TEXT_METHODS and isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id in LOGGERS) or \
                name == "add_field":
            positions = TEXT_METHODS[name]
            if name == "addItem":  # addItem(text, data) or addItem(icon, text, data)
                iconic = node.args and isinstance(node.args[0], ast.Call) and \
                    _name(node.args[0].func) in ICON_MAKERS
                positions = (1,) if iconic else (0,)
            arguments = list(node.args) if positions is None else \
                [node.args[i] for i in positions if i < len(node.args)]
        elif name in TEXT_CLASSES:
            arguments = list(node.args)
        elif name in PROJECT_CLASSES:
            arguments = [node.args[i] for i in PROJECT_CLASSES[name] if i < len(node.args)]
        if not _is_translation(node):
            arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            for text in _texts(argument):
                line = lines[argument.lineno - 1]
                if readable(text) and UNTRANSLATED_MARK not in line:
                    found.append(Unmarked(path.relative_to(ROOT).as_posix(),
                                          argument.lineno, text))
    return sorted(set(found), key=lambda u: (u.line, u.text))


def _is_tr(func: ast.expr) -> bool:
    """`tr_x.tr` (a module's context object)."""
    return isinstance(func, ast.Attribute) and func.attr == "tr" and \
        isinstance(func.value, ast.Name) and func.value.id.startswith("tr_")


def wrong_contexts(path: Path) -> list[str]:
    """Departures from the convention that pyside6-lupdate would silently get wrong:
    `.tr()` on anything but this module's context object (`self.tr()` takes its context from
    the runtime class, so a subclass loses its base's strings), a context object not spelled
    like its variable, QT_TRANSLATE_NOOP with another context, `translate()` calls (lupdate
    drops a plural count that is not a literal), and a text lupdate cannot read."""
    expected = context_name(path)
    where = path.relative_to(ROOT).as_posix()
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                _name(node.value.func) == "Context":
            target = node.targets[0]
            name = target.id if isinstance(target, ast.Name) else None
            value = node.value.args[0] if node.value.args else None
            if name != expected or not (isinstance(value, ast.Constant)
                                        and value.value == expected):
                problems.append(f"{where}:{node.lineno}: write "
                                f"{expected} = Context({expected!r})")
            continue
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        line = f"{where}:{node.lineno}"
        if name == "tr":
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == expected):
                problems.append(f"{line}: call {expected}.tr(...) (lupdate takes the context "
                                "from the name before .tr)")
        elif name in NOOP_NAMES:
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and context.value == expected) or \
                    isinstance(node.func, ast.Attribute):
                problems.append(f"{line}: write QT_TRANSLATE_NOOP({expected!r}, ...)")
        elif name == "translate" and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            problems.append(f"{line}: use {expected}.tr(...), not translate()")
        else:
            continue
        text_index = 1 if name in NOOP_NAMES else 0
        text = node.args[text_index] if len(node.args) > text_index else None
        if text is None or isinstance(text, (ast.JoinedStr, ast.BinOp)):
            problems.append(f"{line}: the text must be one literal (lupdate cannot read an "
                            "f-string or a concatenation)")
    return problems


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    kind: str  # "", "unfinished", "vanished", "obsolete"
    file: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translations) and all(self.translations)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if message.get("numerus") == "yes" \
                else ((translation.text or "",) if translation is not None else ())
            messages.append(Message(
                name, message.findtext("source") or "", message.findtext("comment") or "",
                message.get("numerus") == "yes", texts,
                translation.get("type", "") if translation is not None else "unfinished",
                path.name))
    return messages


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%L?n|%L?\d")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))
