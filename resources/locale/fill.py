"""Bring the core's catalogues up to date and write translations into them: for translators
who work without a .po editor (the core's twin of resources/translations/fill.py).

    .venv/bin/python resources/locale/fill.py my_translations.json [more.json ...]

Runs update.py first (every marked string of mentorapp/ in both catalogues, translations
kept), then fills each message of the JSON, which maps source text -> language ->
translation; a plural message is keyed by its singular and takes `"plural"` and a list of
forms (Spanish and Brazilian Portuguese: one, many, many):

    {"Cover": {"es": "Portada", "pt_BR": "Capa"},
     "{count} entry": {"plural": "{count} entries",
                       "es": ["{count} registro", "{count} registros", "{count} registros"],
                       "pt_BR": ["{count} registro", "{count} registros", "{count} registros"]}}

A lock file beside the catalogues lets two people (or two sessions) run it at once without
losing each other's work. Prints what it filled and what it could not find (a typo, or a
string not marked yet).
"""

from __future__ import annotations

import fcntl
import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

FOLDER = Path(__file__).resolve().parent
sys.path.insert(0, str(FOLDER))

import update  # noqa: E402  (the extraction, run first)

from mentorapp.translations import DOMAIN, catalogue_path  # noqa: E402


def fill(language: str, table: dict, used: set) -> int:
    path = catalogue_path(language)
    with open(path, "rb") as stream:
        catalog = read_po(stream, locale=language, domain=DOMAIN)
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        wanted = table.get(key, {}).get(language)
        if wanted is None:
            continue
        used.add(key)
        if isinstance(message.id, tuple):
            forms = list(wanted) if isinstance(wanted, list) else [wanted]
            forms += [forms[-1]] * (len(message.string) - len(forms))
            message.string = tuple(forms[:len(message.string)])
        else:
            message.string = wanted
        filled += 1
    with open(path, "wb") as stream:
        write_po(stream, catalog, width=100, no_location=True, omit_header=False,
                 sort_output=True, ignore_obsolete=True)
    return filled


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    table: dict = {}
    for name in argv:
        with open(name, encoding="utf-8") as stream:
            table.update(json.load(stream))
    with open(FOLDER / ".fill.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update.main()
        used: set = set()
        for language in update.SHIPPED:
            print(f"{language}: {fill(language, table, used)} filled")
    missing = sorted(set(table) - used)
    for key in missing:
        print(f"not in the catalogue: {key!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
