"""Names in the order of the window's language (issue 18), the same on SQLite and PostgreSQL.

Lists sort by the stored, indexed `sort_key` (mentorapp.text: accents and case folded). For
English and Portuguese that is the order ICU's collation gives at primary strength, so those
languages keep it. Spanish differs: ñ is a letter of its own between n and o (CLDR's only
Spanish tailoring, `&N<ñ<<<Ñ`). In a language of `COLLATIONS` a sort by name compares the
name columns in a collation instead: PostgreSQL's ICU collation of that name (when the server
has it; else the key), and on SQLite a collation of the same name that `register()` adds to
every connection, fed by `spanish_key()`. The SQL is the same on both. Names with no stored
`sort_key` (a raw name column, a mentor's name expression) sort in the other languages in
ICU's root collation (`ROOT`), which orders as `sort_key` at primary strength: on SQLite a
collation of that name fed by `text.sort_key`, so lowercase and accented names no longer
come after Z. Entity lists sort
through `NameOrder`; other queries of names the window shows through `by_name()`, and names
sorted in Python (here or in the window) through `name_sort_key()`, which orders them alike.

`spanish_key()` is pyuca's Unicode Collation Algorithm (DUCET; pure Python, MIT: PyICU has no
wheels here and Qt cannot be used in the core) with the Spanish tailoring added, since pyuca
has none. Like ICU's default, spaces and punctuation count (non-ignorable), and after the
letters accents decide, then case (lower first); names equal even then compare by code
point, as PostgreSQL's deterministic collations do. Checked against PostgreSQL's es-x-icu
(tests/mentorapp/test_locale_collation.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from dataclasses import dataclass

import peewee
from pyuca.collator import Collator_10_0_0

from mentorapp import translations
from mentorapp.text import sort_key

SPANISH = "es-x-icu"
ROOT = "und-x-icu"
# The window languages whose order of names is not `text.sort_key`'s, and their collation.
COLLATIONS = {"es": SPANISH}
TILDE = 0x0303  # combining tilde: ñ is n + U+0303 once decomposed (NFD)


class SpanishCollator(Collator_10_0_0):
    """DUCET with ñ and Ñ as one letter after n (primary), Ñ after ñ (tertiary)."""

    def __init__(self):
        super().__init__()
        _, [(n_primary, *_)], _ = self.table.find_prefix([ord("n")])
        # Halfway between n and the next primary; keys double every weight to stay whole.
        for letter, tertiary in (("n", 0x02), ("N", 0x08)):
            self.table.add([ord(letter), TILDE], [[n_primary + 0.5, 0x20, tertiary]])


@functools.cache
def _collator() -> SpanishCollator:
    return SpanishCollator()  # reads DUCET when Spanish first sorts: 0.1 s and 18 MB


def _levels(elements) -> str:
    """Primary, secondary and tertiary weights, one character each (doubled), by level."""
    return "\0".join("".join(chr(int(2 * element[level])) for element in elements
                             if element[level]) for level in range(3))


LATIN_END = "\u0250"  # Latin-1 and Latin Extended-A and -B: the letters of names here


@functools.cache
def _latin_weights() -> list[dict]:
    """Each Latin character's weights at each level (composed: ñ is one character), for
    `str.translate`."""
    collator = _collator()
    tables = [{}, {}, {}]
    for code in range(ord(LATIN_END)):
        elements = collator.collation_elements(unicodedata.normalize("NFD", chr(code)))
        for level, table in enumerate(tables):
            table[code] = "".join(chr(int(2 * element[level])) for element in elements
                                  if element[level])
    return tables


@functools.cache
def _latin_contractions() -> re.Pattern:
    """Two Latin characters DUCET weighs as one (l·, as Catalan writes it); the tailoring's
    n + tilde is left out: composed, ñ is one character."""
    root = _collator().table.root.children
    pairs = [re.escape(chr(first)) + "[" + "".join(re.escape(chr(code)) for code in
                                                   node.children if chr(code) < LATIN_END) + "]"
             for first, node in root.items() if node.children and chr(first) < LATIN_END
             and chr(first) not in "nN"]
    return re.compile("|".join(pairs))


@functools.lru_cache(maxsize=200_000)
def spanish_key(text: str) -> str:
    """A string that compares like `text` in Spanish collation (ICU's es). A composed Latin
    name (no combining marks, no contraction) is weighed character by character from tables
    (about 2 microseconds); any other text goes through pyuca whole (about 15)."""
    if not text or (max(text) < LATIN_END and not _latin_contractions().search(text)):
        return "\0".join(text.translate(table) for table in _latin_weights())
    return _levels(_collator().collation_elements(unicodedata.normalize("NFD", text)))


def compare_spanish(a: str, b: str) -> int:
    """SQLite's collation callback: negative, zero or positive."""
    key_a, key_b = spanish_key(a), spanish_key(b)
    if key_a == key_b:
        return (a > b) - (a < b)
    return -1 if key_a < key_b else 1


def compare_root(a: str, b: str) -> int:
    """SQLite's root collation: `text.sort_key` order, then the names themselves."""
    key_a, key_b = (sort_key(a), a), (sort_key(b), b)
    return (key_a > key_b) - (key_a < key_b)


def register(db: peewee.SqliteDatabase) -> None:
    """Add the collations to every connection of `db` (peewee opens one per thread)."""
    db.register_collation(compare_spanish, SPANISH)
    db.register_collation(compare_root, ROOT)


_found: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def collation_for(db: peewee.Database, language: str, default: str | None = None) -> str | None:
    """The collation that sorts names in `language` on `db` (`default` for a language
    without one of its own), or None when `sort_key` does (English, Portuguese, or a
    PostgreSQL server without that ICU collation)."""
    name = COLLATIONS.get(language, default)
    if name is None or isinstance(db, peewee.SqliteDatabase):
        return name
    if db not in _found:
        _found[db] = {collname for (collname,) in db.execute_sql(
            "SELECT collname FROM pg_collation WHERE collname IN %s",
            ((*COLLATIONS.values(), ROOT),)).fetchall()}
    return name if name in _found[db] else None


@dataclass(frozen=True)
class NameOrder:
    """A list's sort by name: its `key` (the indexed `sort_key` where the table has one), or
    its `names` columns in the collation of the window's language (`collation_for`). A `key`
    that is no `SortKeyField` (the name itself, a folded `name_key`, an expression) is no
    order for people: then the names sort in `ROOT` where the language has no collation."""

    key: peewee.Node
    names: tuple[peewee.Node, ...]

    def columns(self, db: peewee.Database, language: str) -> tuple[peewee.Node, ...]:
        if isinstance(db, peewee.DatabaseProxy):
            db = db.obj
        stored = getattr(type(self.key), "people_order", False)  # a models.SortKeyField
        # (the type: an expression such as fn.X(...) answers any attribute)
        collation = collation_for(db, language, None if stored else ROOT)
        if collation is None:
            return (self.key,)
        return tuple(name.collate(f'"{collation}"') for name in self.names)


def by_name(key: peewee.Field, *names: peewee.Node) -> tuple[peewee.Node, ...]:
    """ORDER BY columns of names the window shows, in its language: `key` (the indexed key),
    or `names` (default `key` itself) in the language's collation, on `key`'s database."""
    return NameOrder(key, names or (key,)).columns(key.model._meta.database,
                                                   translations.display().language)


def name_sort_key(*names: str) -> tuple[str, ...]:
    """Sorts names in memory as `by_name` sorts them in SQL, in the window's language: in
    Spanish each name's `spanish_key` then the name itself (the collation's tie); otherwise
    the names' `text.sort_key`s then the names (as the stored `sort_key` of Staff does)."""
    if COLLATIONS.get(translations.display().language) == SPANISH:
        return tuple(part for name in names for part in (spanish_key(name), name))
    return (*map(sort_key, names), *names)
