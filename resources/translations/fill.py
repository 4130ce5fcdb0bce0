"""Write translations into the `.ts` files: for helpers who translate without Qt Linguist.

    .venv/bin/python resources/translations/fill.py my_translations.json

The JSON maps context -> source text -> language -> translation; a plural message (one with
`%n`) takes a list of forms (Spanish and Brazilian Portuguese: singular, plural; English:
the same). Every `.ts` file of the folder holding that message gets it, marked finished:

    {"tr_dashboard_page": {
        "Needs attention": {"es": "Requiere atención", "pt_BR": "Requer atenção"},
        "Last %n months": {"es": ["Último mes", "Últimos %n meses"],
                           "pt_BR": ["Último mês", "Últimos %n meses"],
                           "en": ["Last month", "Last %n months"]}}}

Messages not in the JSON are left as they are. Prints how many it filled and what it could not
find (a typo in a context or a source). Run update.py first so the messages exist.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def fill_file(path: Path, table: dict, used: set) -> int:
    language = path.stem.rsplit("_", 2)[-1] if not path.stem.endswith("_pt_BR") else "pt_BR"
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = table.get(name, {}).get(source, {}).get(language)
            if wanted is None:
                continue
            used.add((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, list) else [wanted]
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted if isinstance(wanted, str) else wanted[-1]
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        text = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                        encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: fill.py TRANSLATIONS.json", file=sys.stderr)
        return 1
    try:
        table = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"fill.py: cannot read {args[0]}: {exc}", file=sys.stderr)
        return 1
    used: set = set()
    total = sum(fill_file(path, table, used) for path in sorted(FOLDER.glob("*.ts")))
    print(f"fill.py: {total} translations written")
    missing = [(c, s) for c, sources in table.items() for s in sources if (c, s) not in used]
    for context, source in missing:
        print(f"fill.py: no message {source!r} in context {context}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
