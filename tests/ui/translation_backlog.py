"""ui files whose strings are not marked for translation yet (docs/TRANSLATING.md).

One file per line. Whoever converts a file removes its line (test_translations.py fails while a
listed file is already clean, and for an unlisted file with an unmarked string), so the list only
shrinks.
"""

NOT_YET_TRANSLATED = [
]
