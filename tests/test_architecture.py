"""The layering rules, checked over every import (inside functions too):

- the core (mentorapp/) never imports PySide6 or the ui package;
- core modules import only their own layer or the layers below it:
  errors/paths < db < models < queries < migrations < services < opening < excel < cli;
- the ui never reaches past the services to the database driver, the ORM or openpyxl.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_CORE = ("PySide6", "ui", "shiboken6")
FORBIDDEN_IN_UI = ("peewee", "playhouse", "openpyxl", "psycopg2", "sqlite3", "mentorapp.db",
                   "mentorapp.migrations")

# Lowest first. A module may import its own layer and any layer below it, never one above.
LAYERS = (
    ("mentorapp", "mentorapp.errors", "mentorapp.paths", "mentorapp.dates", "mentorapp.text",
     "mentorapp.urls", "mentorapp.periods", "mentorapp.logs", "mentorapp.credentials",
     "mentorapp.roles", "mentorapp.kpis", "mentorapp.scorecards", "mentorapp.matching",
     "mentorapp.readiness", "mentorapp.effects", "mentorapp.translations"),
    ("mentorapp.db",),
    ("mentorapp.models",),
    ("mentorapp.queries",),
    ("mentorapp.migrations",),
    ("mentorapp.services", "mentorapp.bulk"),
    ("mentorapp.opening", "mentorapp.shared"),
    ("mentorapp.excel", "mentorapp.demo"),
    ("mentorapp.cli", "mentorapp.shared_cli", "mentorapp.kpi_cli", "mentorapp.quality_cli",
     "mentorapp.matching_cli", "mentorapp.readiness_cli", "mentorapp.client_reports_cli",
     "mentorapp.excel.export_cli",
     "mentorapp.excel.import_cli"),
)


def layer_of(module: str) -> int | None:
    """The layer of a core module: the one of its longest listed prefix."""
    best = None
    for index, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and \
                    (best is None or len(name) > len(best[1])):
                best = (index, name)
    return best[0] if best else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path):
    """(line, imported module) for every import in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" \
        else module_name(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] == "mentorapp" or node.level:
                # `from mentorapp import db, demo` imports submodules; a plain name is the module
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    exists = (ROOT / Path(*candidate.split("."))).with_suffix(".py").exists() \
                        or (ROOT / Path(*candidate.split("."))).is_dir()
                    yield node.lineno, candidate if exists else base
            else:
                yield node.lineno, base


def core_files():
    return sorted((ROOT / "mentorapp").rglob("*.py"))


def test_core_sources_never_import_qt_or_ui():
    offenders = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for path in core_files()
                 for line, name in imports(path)
                 if name.split(".")[0] in FORBIDDEN_IN_CORE]
    assert offenders == []


def test_every_core_module_has_a_layer():
    assert [module_name(p) for p in core_files() if layer_of(module_name(p)) is None] == []


def test_core_modules_import_only_their_layer_or_below():
    offenders = []
    for path in core_files():
        own = layer_of(module_name(path))
        for line, name in imports(path):
            other = layer_of(name)
            if other is not None and own is not None and other > own:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name} "
                                 f"(layer {other} above {own})")
    assert offenders == []


def test_ui_never_imports_the_database_layer_or_openpyxl():
    offenders = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for path in sorted((ROOT / "ui").rglob("*.py"))
                 for line, name in imports(path)
                 if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IN_UI)]
    assert offenders == []


@pytest.mark.parametrize("source, expected", [
    ("from mentorapp import db, demo", ["mentorapp.db", "mentorapp.demo"]),
    ("from mentorapp import APP_NAME", ["mentorapp"]),
    ("def f():\n    from mentorapp.services import staff", ["mentorapp.services.staff"]),
    ("import peewee", ["peewee"]),
])
def test_the_import_scan_sees_every_form(tmp_path, monkeypatch, source, expected):
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "mentorapp" / "services").mkdir(parents=True)
    for name in ("db.py", "demo.py", "services/staff.py", "__init__.py"):
        (tmp_path / "mentorapp" / name).write_text("")
    path = tmp_path / "mentorapp" / "probe.py"
    path.write_text(source)
    assert [name for _, name in imports(path)] == expected


def test_a_step_up_the_layers_is_caught():
    assert layer_of("mentorapp.services.staff") > layer_of("mentorapp.migrations")
    assert layer_of("mentorapp.excel.export_cli") > layer_of("mentorapp.excel.client_report")
    assert layer_of("mentorapp.db") < layer_of("mentorapp.models")


def test_importing_every_core_module_loads_no_qt():
    code = ("import pkgutil, importlib, sys, mentorapp\n"
            "for m in pkgutil.walk_packages(mentorapp.__path__, 'mentorapp.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'ui'))\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
