"""Extract the marked strings of the core (`mentorapp/`) into its catalogues, keeping every
translation.

    .venv/bin/python resources/locale/update.py

Writes `resources/locale/<lang>/LC_MESSAGES/mentorapp.po` for Spanish and Brazilian
Portuguese with babel: a new string arrives untranslated, a changed or vanished one is
dropped (never guessed as "fuzzy"), and no source locations are written, so moving code
changes nothing. Then translate the empty `msgstr` entries (docs/TRANSLATING.md, "The core").
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

FOLDER = Path(__file__).resolve().parent
ROOT = FOLDER.parents[1]
sys.path.insert(0, str(ROOT))

from mentorapp.translations import DOMAIN, LANGUAGES, catalogue_path  # noqa: E402

SHIPPED = [language for language in LANGUAGES if language != "en"]


def extract() -> Catalog:
    """Every `gettext`, `ngettext`, `_` and `N_` of a literal in mentorapp/."""
    template = Catalog(domain=DOMAIN, project="MentorApp")
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT / "mentorapp"), method_map=[("**.py", "python")]):
        template.add(message, None, context=context)
    return template


def update(language: str, template: Catalog) -> Path:
    path = catalogue_path(language)
    if path.is_file():
        with open(path, "rb") as stream:
            catalog = read_po(stream, locale=language, domain=DOMAIN)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="MentorApp")
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True)
    catalog.creation_date = catalog.revision_date = created  # a stable header
    catalog.fuzzy = False
    catalog.header_comment = (f"# {catalog.locale.english_name} translations of MentorApp's "
                              "core (client reports).\n# See docs/TRANSLATING.md.")
    catalog.project, catalog.version, catalog.msgid_bugs_address = "MentorApp", "", ""
    catalog.last_translator = catalog.language_team = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        write_po(stream, catalog, width=100, no_location=True, omit_header=False,
                 sort_output=True, ignore_obsolete=True)
    return path


def main() -> int:
    template = extract()
    for language in SHIPPED:
        path = update(language, template)
        print(f"{path.relative_to(ROOT)}: {len(template)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
