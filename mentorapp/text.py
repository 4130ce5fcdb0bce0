"""Text as people type it, made safe to store and to compare.

Names reach MentorApp from forms, the command line and spreadsheets: "Café" can arrive
composed (NFC) or decomposed (NFD), with a zero-width space pasted from a web page, and
SQLite's LOWER() folds ASCII only. So every text is cleaned on the way in (`clean_text`),
two names are the same when their `fold_key` is, and lists sort by `sort_key` (Ñuñez next
to Nunez). The keys are stored in columns so both database backends compare the same way.

Pure functions, no imports from the app: every layer may use them.
"""

from __future__ import annotations

import re
import unicodedata

# Control characters (tab, newline and carriage return are kept for multi-line text) and
# invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
# zero-width space, left-to-right and right-to-left marks and embeddings, word joiner and
# invisible operators, directional isolates, byte order mark, interlinear annotations; and
# what no text may hold (lone surrogates, the non-characters U+FFFE and U+FFFF).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b"
                        "\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff"
                        "\ufeff\ufff9-\ufffb\ufffe\uffff]")
# Zero-width (non-)joiners change how Persian, Indic and emoji text is drawn, so they are
# kept in stored text; they never make two names different.
_JOINERS = re.compile("[\u200c\u200d]")
# Letters that carry no separable accent, sorted with the letters people read in them.
_PLAIN_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i",
                                "þ": "th", "æ": "ae", "œ": "oe"})


def clean_text(text: str) -> str:
    """`text` in composed form (NFC) without control or invisible characters."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def _ascii_key(text: str) -> str:
    """`fold_key` and `sort_key` of ASCII text (most names and IDs), 5 times faster: there is
    nothing to compose, fold beyond lower case, or strip of accents."""
    return " ".join(_INVISIBLE.sub("", text).lower().split())


def fold_key(text: str) -> str:
    """What two names or IDs share when they are the same to a person: composed form, case
    folded (Unicode, so Ö = ö and ß = ss), no invisible characters, spaces collapsed."""
    if text.isascii():
        return _ascii_key(text)
    text = _JOINERS.sub("", clean_text(text))
    folded = unicodedata.normalize("NFD", text).casefold()
    return " ".join(unicodedata.normalize("NFC", folded).split())


def sort_key(text: str) -> str:
    """A key that sorts names in human order, byte by byte: `fold_key` without accents
    (Ñuñez sorts as nunez, right after Nunez), compatibility forms made plain (full-width
    letters, ligatures). Also what search compares, so `cafe` finds Café."""
    if text.isascii():
        return _ascii_key(text)
    text = _JOINERS.sub("", clean_text(text))
    loose = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(c for c in loose if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", bare).translate(_PLAIN_LETTERS).split())
