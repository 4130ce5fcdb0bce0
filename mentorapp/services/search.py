"""Text search across the company: feedback (incidents included), the shared notes of mentoring
sessions and career goals, ranked; and the Feedback list's `text` filter.

The indexes are schema version 7's (models.TEXT_SEARCH): FTS5 tables on SQLite, GIN indexes on
a stored tsvector column on PostgreSQL, both folding case and accents. Every query reads the base
tables joined to the index, so in shared mode row-level security decides which rows come back.
Private session notes are not indexed and never searched.

A search text is words, all of which must occur (in any searched field); a word ending in `*`
is a prefix (`refun*` finds refund and refunded). Punctuation separates words.
"""

from __future__ import annotations

import datetime as dt
import re

import peewee

from mentorapp.db import database, is_sqlite
from mentorapp.models import TEXT_CONFIG, TEXT_SEARCH, Feedback

_WORD = re.compile(r"(\w+)(\*?)")
# SQLite: above this many matches the list's order leads (see feedback_matches); below, a
# list page and its count each take at most about 100 ms at a million feedback.
MANY_MATCHES = 20_000
MARK = ("[", "]")  # around the matched words of a snippet
# What each source reads: its table alias, the staff member and date of a row, its kind.
_SOURCES = {
    "feedback": ('JOIN "staff" s ON s."id" = r."staff_id"', 'r."date"',
                 "CASE WHEN r.\"kind\" = 'incident' THEN 'incident' ELSE 'feedback' END"),
    "mentoring_session": ('JOIN "mentorship" m ON m."id" = r."mentorship_id" '
                          'JOIN "staff" s ON s."id" = m."mentee_id"', 'r."date"', "'session'"),
    "career_goal": ('JOIN "staff" s ON s."id" = r."staff_id"', 'r."target_date"', "'goal'"),
}


def _words(text: str) -> list[tuple[str, bool]]:
    """(word, is a prefix) for each word of `text`."""
    return [(word, bool(star)) for word, star in _WORD.findall(text or "")]


def _sqlite_query(words) -> str:
    return " ".join(f'"{word}"' + ("*" if prefix else "") for word, prefix in words)


def _postgres_query(words) -> str:
    return " & ".join(f"'{word}'" + (":*" if prefix else "") for word, prefix in words)


def search(text: str, limit: int = 50, *, include_archived: bool = False) -> list[dict]:
    """The `limit` best matches of `text`, best first: dicts with kind (feedback, incident,
    session or goal), id, staff_id, staff_name, date, snippet (matched words in MARK) and
    score (higher is better; comparable within one database only)."""
    words = _words(text)
    if not words:
        return []
    run = _search_sqlite if is_sqlite() else _search_postgres
    results = []
    for table in TEXT_SEARCH:
        join, day, kind = _SOURCES[table]
        live = "" if include_archived else 'AND NOT r."archived"'
        for row in run(table, join, day, kind, live, words, limit):
            record_id, kind_name, staff_id, first, last, date, score, snippet = row
            if isinstance(date, str):
                date = dt.date.fromisoformat(date[:10])
            results.append({"kind": kind_name, "id": record_id, "staff_id": staff_id,
                            "staff_name": f"{first} {last}", "date": date,
                            "snippet": " ".join(snippet.split()), "score": score})
    results.sort(key=lambda r: (-r["score"], r["kind"], r["id"]))
    return results[:limit]


def _search_sqlite(table, join, day, kind, live, words, limit):
    fts = f'"{table}_text"'
    return database.execute_sql(
        f'SELECT r."id", {kind}, s."id", s."first_name", s."last_name", {day}, '
        f"-bm25({fts}), snippet({fts}, -1, ?, ?, '…', 16) "
        f'FROM {fts} JOIN "{table}" r ON r."id" = {fts}.rowid {join} '
        f"WHERE {fts} MATCH ? {live} ORDER BY 7 DESC, r.\"id\" LIMIT ?",
        (*MARK, _sqlite_query(words), limit)).fetchall()


def _search_postgres(table, join, day, kind, live, words, limit):
    texts = " || ' ' || ".join(f'r."{column}"' for column in TEXT_SEARCH[table])
    options = (f"StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=16, MinWords=6, "
               "MaxFragments=2, FragmentDelimiter=\" … \"")
    # The headline is made for the rows kept only (it reads and parses the whole text).
    return database.execute_sql(
        f"SELECT id, kind, staff_id, first_name, last_name, day, score, "
        f"ts_headline('{TEXT_CONFIG}'::regconfig, texts, q, %s) FROM ("
        f'SELECT r."id", {kind} AS kind, s."id" AS staff_id, s."first_name", s."last_name", '
        f'{day} AS day, ts_rank(r."search_vector", q) AS score, {texts} AS texts, q '
        f"FROM \"{table}\" r {join}, to_tsquery('{TEXT_CONFIG}'::regconfig, %s) q "
        f'WHERE r."search_vector" @@ q {live} ORDER BY score DESC, r."id" LIMIT %s) best '
        "ORDER BY score DESC, id",
        (options, _postgres_query(words), limit)).fetchall()


def feedback_matches(text: str) -> peewee.Expression:
    """A condition on Feedback: its texts hold every word of `text` (the archived flag and
    everything else are the caller's)."""
    words = _words(text)
    if not words:
        return peewee.SQL("1 = 1")
    if is_sqlite():
        match = _sqlite_query(words)
        found = peewee.SQL('(SELECT rowid FROM "feedback_text" WHERE "feedback_text" MATCH ?)',
                           [match])
        # SQLite reads an IN list first and sorts what it found: right for a rare word. For a
        # common one, reading the list in its order (an index) and checking each row against
        # the matches finds a page sooner (40 ms instead of 190 ms for 68,000 of a million;
        # its count, though, then reads every row: 0.5 s): `id + 0` makes it do so.
        count = database.execute_sql('SELECT COUNT(*) FROM "feedback_text" '
                                     'WHERE "feedback_text" MATCH ?', (match,)).fetchone()[0]
        return (Feedback.id + 0 if count > MANY_MATCHES else Feedback.id).in_(found)
    # On the listed rows themselves (no self-join): PostgreSQL then either reads the index or
    # checks the stored vectors of rows taken in the list's order, whichever is cheaper.
    return peewee.Expression(peewee.Column(Feedback, "search_vector"), "@@", peewee.fn.to_tsquery(
        peewee.SQL(f"'{TEXT_CONFIG}'::regconfig"), _postgres_query(words)))


def feedback_filter(query: peewee.Query, text: str) -> peewee.Query:
    """The Feedback list's `text` filter (services.entity Filter)."""
    return query.where(feedback_matches(text))


def feedback_ids(text: str, *, include_archived: bool = False) -> list[int]:
    """The ids of the feedback whose texts hold every word of `text`, newest first."""
    query = Feedback.select(Feedback.id).where(feedback_matches(text))
    if not include_archived:
        query = query.where(Feedback.archived == False)  # noqa: E712
    return [row[0] for row in query.order_by(Feedback.date.desc(), Feedback.id.desc()).tuples()]
