"""Extract the strings of one area of `ui/` into its `.ts` files, keeping every translation.

    .venv/bin/python resources/translations/update.py widgets           # one area
    .venv/bin/python resources/translations/update.py --all             # every area
    .venv/bin/python resources/translations/update.py widgets --no-obsolete
    .venv/bin/python resources/translations/update.py --which ui/pages/clients_page.py

Each area has `<area>_es.ts`, `<area>_pt_BR.ts` (every string) and `<area>_en.ts` (only the
strings with plural forms, `%n`: English needs its own "1 person" / "2 people"). pyside6-lupdate
merges: a translated string stays translated; one no longer in the code is kept as
"vanished" (so its translation can be reused) until `--no-obsolete` drops it, which the tests
ask for before a commit. See docs/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
ROOT = FOLDER.parents[1]
LANGUAGES = ("es", "pt_BR")
PLURAL_ONLY = "en"

# Area -> patterns of ui files (relative to the repository, '/' separated). A file belongs to
# the first area with a matching pattern, so a new file of a folder lands in its folder's area.
AREAS = {
    "app": ["ui/*.py", "ui/models/*.py"],
    "widgets": ["ui/widgets/*.py"],
    "dashboard": ["ui/pages/dashboard_page.py", "ui/pages/welcome_page.py",
                  "ui/pages/loading.py", "ui/pages/__init__.py"],
    "pages_a": ["ui/pages/list_page.py", "ui/pages/staff_page.py",
                "ui/pages/feedback_page.py", "ui/pages/mentoring_page.py"],
    "pages_b": ["ui/pages/*.py"],
    "profile": ["ui/pages/profile/*.py"],
    "reports_ui": ["ui/pages/reports/*.py"],
    "dialogs_core": ["ui/dialogs/settings_dialog.py", "ui/dialogs/about_dialog.py",
                     "ui/dialogs/error_dialog.py", "ui/dialogs/login_dialog.py",
                     "ui/dialogs/__init__.py"],
    # The dialogs action_item ... feedback as the areas were split; a new dialog goes to
    # dialogs_b whatever its name (client_reports_dialog.py is there).
    "dialogs_a": [f"ui/dialogs/{name}_dialog.py" for name in (
        "action_item", "bench", "calibration", "checkin", "client", "cohort", "competency",
        "enrollment", "entity", "evaluation", "feedback")],
    # Split from dialogs_b so two people can convert dialogs at once.
    "dialogs_c": [f"ui/dialogs/{name}_dialog.py" for name in (
        "roles", "scorecard", "self_assessment", "session", "staff", "suggest_mentor")],
    "dialogs_b": ["ui/dialogs/*.py"],
}


def ui_files() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))


def matches(path: str, pattern: str) -> bool:
    """`*` within one folder level: "ui/*.py" is ui/app.py, not ui/widgets/forms.py."""
    parts, wanted = path.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(map(fnmatch.fnmatchcase, parts, wanted))


def area_of(path: str) -> str | None:
    for area, patterns in AREAS.items():
        if any(matches(path, pattern) for pattern in patterns):
            return area
    return None


def files_of(area: str) -> list[str]:
    return [path for path in ui_files() if area_of(path) == area]


def lupdate_command() -> list[str]:
    import PySide6

    binary = Path(PySide6.__file__).parent / "lupdate"
    if binary.is_file():
        return [str(binary)]
    return [str(Path(sys.executable).parent / "pyside6-lupdate")]


def ts_file(area: str, language: str) -> Path:
    return FOLDER / f"{area}_{language}.ts"


def update(area: str, no_obsolete: bool = False) -> None:
    files = [str(ROOT / path) for path in files_of(area)]
    common = ["-locations", "none", "-no-ui-lines", "-silent"] + \
        (["-no-obsolete"] if no_obsolete else [])
    for language in (*LANGUAGES, PLURAL_ONLY):
        ts = ts_file(area, language)
        extra = ["-pluralonly"] if language == PLURAL_ONLY else []
        subprocess.run([*lupdate_command(), *common, *extra, "-target-language", language,
                        *files, "-ts", str(ts)], check=True)
        print(f"{ts.relative_to(ROOT)}: {len(files)} files")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("areas", nargs="*", help=f"one or more of: {', '.join(AREAS)}")
    parser.add_argument("--all", action="store_true", help="every area")
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop strings that are no longer in the code")
    parser.add_argument("--which", metavar="FILE", help="print the area of a ui file")
    args = parser.parse_args(argv)
    if args.which:
        area = area_of(Path(args.which).as_posix())
        print(area or "no area: add a pattern to AREAS")
        return 0 if area else 1
    unknown = [a for a in args.areas if a not in AREAS]
    if unknown or not (args.areas or args.all):
        print(f"update.py: name an area ({', '.join(AREAS)}) or --all", file=sys.stderr)
        return 1
    for area in (AREAS if args.all else args.areas):
        update(area, args.no_obsolete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
