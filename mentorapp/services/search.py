"""Text search across the company: feedback (incidents included), the shared notes of mentoring
sessions and career goals, ranked, and for Search everything the people found by name; and the
Feedback list's `text` filter (its texts, or the name of the person it is about) and its capped
count.

The indexes are schema version 7's (models.TEXT_SEARCH): FTS5 tables on SQLite, GIN indexes on
a stored tsvector column on PostgreSQL, both folding case and accents. Every query reads the base
tables joined to the index, so in shared mode row-level security decides which rows come back.
Private session notes are not indexed and never searched.

A search text is words, all of which must occur (in any searched field); a word ending in `*`
is a prefix (`refun*` finds refund and refunded). Punctuation separates words.

Speed at a million feedback: a common word matches tens of thousands of rows, and ranking or
counting all of them takes seconds. So ranking looks at the RANK_CANDIDATES most recently added
matches of each table (every match, for a rarer word), and the Feedback list's count stops at
COUNT_LIMIT ("more than 1,000"). Snippets are made here, the same on both backends, for the
rows returned only.
"""

from __future__ import annotations

import datetime as dt
import re

import peewee

from mentorapp.db import database, is_sqlite
from mentorapp.models import TEXT_CONFIG, TEXT_SEARCH, Feedback, Staff
from mentorapp.queries import visible_staff_matching
from mentorapp.services import staff
from mentorapp.text import sort_key

_WORD = re.compile(r"(\w+)(\*?)")
_TOKEN = re.compile(r"[^\W_]+")  # a word as the indexes cut it (FTS5 unicode61, PG simple)
# SQLite: above this many matches the list's order leads (see feedback_matches); below, a
# list page and its count each take at most about 100 ms at a million feedback.
MANY_MATCHES = 20_000
RANK_CANDIDATES = 1_000  # matches of each table ranked: the most recently added
# PostgreSQL: the newest rows walked for a common word's candidates (a word with fewer than
# RANK_CANDIDATES matches among them, 0.5%, has every match read from the index instead).
WALK_ROWS = 200_000
NO_WORD = "qxzqjvkw"  # in no text: PostgreSQL's guess for a word it has no statistics for
COUNT_LIMIT = 1_000  # count_feedback stops above this
PEOPLE_LIMIT = 1_000  # staff found by name listed by id (more: a subquery)
SNIPPET_WORDS = 16
MARK = ("[", "]")  # around the matched words of a snippet
# What each table's search reads: the staff member and date of a row (`r` is the table, `s`
# the staff member), and the kind of result it is.
KINDS = ("feedback", "incident", "session", "goal")
PERSON = "person"  # search_by_kind's people found by name, employee ID or e-mail
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


def snippet(texts, words) -> str:
    """About SNIPPET_WORDS words of the one of `texts` holding the most searched words, from
    just before its first match, every matched word in MARK; "…" where text was left out."""
    wanted = [(sort_key(word), prefix) for word, prefix in words]

    def matches(token: str) -> bool:
        key = sort_key(token)
        return any(key.startswith(word) if prefix else key == word for word, prefix in wanted)

    best = (0, "", [], [])  # (different words matched, text, its tokens, matched tokens)
    # The text's own brackets become parentheses: only a match is marked with MARK.
    plain = str.maketrans({MARK[0]: "(", MARK[1]: ")"})
    for text in (" ".join(text.translate(plain).split()) for text in texts
                 if text and text.strip()):
        tokens = list(_TOKEN.finditer(text))
        hits = [number for number, token in enumerate(tokens) if matches(token.group())]
        found = len({sort_key(tokens[number].group()) for number in hits})
        if found > best[0] or not best[1]:
            best = (found, text, tokens, hits)
    _, text, tokens, hits = best
    if not hits:
        return text[:120]
    first = max(0, min(hits[0] - 3, len(tokens) - SNIPPET_WORDS))
    shown = tokens[first:first + SNIPPET_WORDS]
    start = shown[0].start() if first else 0
    end = len(text) if first + SNIPPET_WORDS >= len(tokens) else shown[-1].end()
    parts, position = [], start
    for token in shown:
        if matches(token.group()):
            parts += [text[position:token.start()], MARK[0], token.group(), MARK[1]]
            position = token.end()
    parts.append(text[position:end])
    return ("…" if start else "") + "".join(parts) + ("…" if end < len(text) else "")


def search(text: str, limit: int = 50, *, include_archived: bool = False) -> list[dict]:
    """The `limit` best matches of `text`, best first: dicts with kind (feedback, incident,
    session or goal), id, staff_id, staff_name, date, snippet (matched words in MARK) and
    score (higher is better; comparable within one database only). A table with more than
    RANK_CANDIDATES matches has its most recently added ones ranked."""
    results = _best_of_each_kind(text, limit, include_archived)
    results.sort(key=lambda r: (-r["score"], r["kind"], r["id"]))
    return results[:limit]


def search_by_kind(text: str, per_kind: int = 10, *,
                   include_archived: bool = False) -> dict[str, list[dict]]:
    """The people whose name, employee ID or e-mail holds every word (PERSON, by name, as the
    staff list finds them), then the `per_kind` best matches of each kind (KINDS; each best
    first, as `search`): a score ranks within a kind, and a kind with many short texts would
    crowd out the others."""
    results = _best_of_each_kind(text, per_kind, include_archived)
    return {PERSON: people(text, per_kind, include_archived=include_archived),
            **{kind: [r for r in results if r["kind"] == kind] for kind in KINDS}}


def people(text: str, limit: int = 10, *, include_archived: bool = False) -> list[dict]:
    """The first `limit` staff by name whose name, employee ID or e-mail holds every word of
    `text` (a trailing * is dropped: a name is found by any part of it), as results of kind
    PERSON: id and staff_id the person's, snippet their employee ID, job title and client."""
    words = " ".join(word for word, _prefix in _words(text))
    if not words:
        return []
    rows = staff.list(words, sort="name", limit=limit, include_archived=include_archived)
    return [{"kind": PERSON, "id": row["id"], "staff_id": row["id"],
             "staff_name": f"{row['first_name']} {row['last_name']}", "date": None,
             "snippet": " · ".join(str(part) for part in (
                 row["employee_id"], row["job_title"], row["client"]) if part),
             "score": None} for row in rows]


def _best_of_each_kind(text: str, limit: int, include_archived: bool) -> list[dict]:
    words = _words(text)
    if not words:
        return []
    run = _search_sqlite if is_sqlite() else _search_postgres
    live = "" if include_archived else 'AND NOT r."archived"'
    results = []
    for table, columns in TEXT_SEARCH.items():
        join, day, kind = _SOURCES[table]
        texts = ", ".join(f'r."{column}"' for column in columns)
        # The best `limit` of each kind among the candidates, by a window over the kinds.
        outer = (f'SELECT r."id", {kind} AS kind, s."id", s."first_name", s."last_name", '
                 f"{day}, best.score, {texts}, ROW_NUMBER() OVER ("
                 f'PARTITION BY {kind} ORDER BY best.score DESC, r."id") AS place '
                 f'FROM ({{candidates}}) best JOIN "{table}" r ON r."id" = best."id" {join}')
        for row in run(table, outer, live, words, limit):
            record_id, kind_name, staff_id, first, last, date, score, *found_in, _place = row
            if isinstance(date, str):
                date = dt.date.fromisoformat(date[:10])
            results.append({"kind": kind_name, "id": record_id, "staff_id": staff_id,
                            "staff_name": f"{first} {last}", "date": date,
                            "snippet": snippet(found_in, words), "score": score})
    return results


def _search_sqlite(table, outer, live, words, limit):
    fts = f'"{table}_text"'
    candidates = (f'SELECT {fts}.rowid AS "id", -bm25({fts}) AS score '
                  f'FROM {fts} JOIN "{table}" r ON r."id" = {fts}.rowid '
                  f"WHERE {fts} MATCH ? {live} ORDER BY {fts}.rowid DESC LIMIT ?")
    return database.execute_sql(
        f"SELECT * FROM ({outer.format(candidates=candidates)}) WHERE place <= ?",
        (_sqlite_query(words), RANK_CANDIDATES, limit)).fetchall()


def _search_postgres(table, outer, live, words, limit):
    query = _postgres_query(words)
    matching = (f'FROM "{table}" r, to_tsquery(\'{TEXT_CONFIG}\'::regconfig, %s) q '
                f'WHERE r."search_vector" @@ q {live}')
    # Like SQLite's list (MANY_MATCHES): for a common word, reading the table newest first and
    # checking each row finds the newest candidates soonest; for a rarer one, reading every
    # match from the index and keeping the newest is faster (PostgreSQL's own choice is often
    # the other one: it takes checking a row's stored vector for cheaper than it is). Its
    # guess of a word's matches is high also for a word in no text at all (a misspelling),
    # and walking every row of 6,000,000 feedback for one took 1.4 s: so only the newest
    # WALK_ROWS rows are walked, and fewer than RANK_CANDIDATES found there means a rarer
    # word, read from the index. The rank is computed for the candidates kept only.
    newest = []
    if _estimated_matches(table, query) > MANY_MATCHES // 2:
        newest = [row[0] for row in database.execute_sql(
            f'SELECT r."id" {matching} AND r."id" > (SELECT max("id") FROM "{table}") - %s '
            f'ORDER BY r."id" DESC LIMIT %s', (query, WALK_ROWS, RANK_CANDIDATES)).fetchall()]
    if len(newest) == RANK_CANDIDATES:
        candidates = (f'SELECT t."id", ts_rank(t."search_vector", '
                      f"to_tsquery('{TEXT_CONFIG}'::regconfig, %s)) AS score "
                      f'FROM "{table}" t WHERE t."id" = ANY(%s)')
        params = (query, newest, limit)
    else:
        candidates = (f'SELECT c."id", ts_rank(t."search_vector", c.q) AS score FROM ('
                      f'SELECT r."id", q {matching} ORDER BY r."id" + 0 DESC LIMIT %s) c '
                      f'JOIN "{table}" t ON t."id" = c."id"')
        params = (query, RANK_CANDIDATES, limit)
    return database.execute_sql(
        f"SELECT * FROM ({outer.format(candidates=candidates)}) ranked WHERE place <= %s",
        params).fetchall()


def feedback_matches(text: str, *, list_order_may_lead: bool = True) -> peewee.Expression:
    """A condition on Feedback: its texts hold every word of `text` (the archived flag and
    everything else are the caller's). `list_order_may_lead=False` where rows are counted,
    not listed."""
    words = _words(text)
    if not words:
        return peewee.SQL("1 = 1")
    if is_sqlite():
        match = _sqlite_query(words)
        found = peewee.SQL('(SELECT rowid FROM "feedback_text" WHERE "feedback_text" MATCH ?)',
                           [match])
        if not list_order_may_lead:
            return Feedback.id.in_(found)
        # SQLite reads an IN list first and sorts what it found: right for a rare word. For a
        # common one, reading the list in its order (an index) and checking each row against
        # the matches finds a page sooner (40 ms instead of 190 ms for 68,000 of a million;
        # its count, though, then reads every row: 0.5 s): `id + 0` makes it do so.
        count = database.execute_sql('SELECT COUNT(*) FROM "feedback_text" '
                                     'WHERE "feedback_text" MATCH ?', (match,)).fetchone()[0]
        return (Feedback.id + 0 if count > MANY_MATCHES else Feedback.id).in_(found)
    query = _postgres_query(words)
    if _unknown_words(words):
        # PostgreSQL takes a word missing from its statistics (a rare one, a misspelling) for a
        # common one, and reads the list in its order checking every row for it: 5 s for a
        # word in none of 6,000,000 feedback. Its matches, from the index, are few: their ids.
        return peewee.NodeList((Feedback.id, peewee.SQL(
            '= ANY(ARRAY(SELECT "id" FROM "feedback" WHERE "search_vector" @@ '
            f"to_tsquery('{TEXT_CONFIG}'::regconfig, %s)))", [query])))
    # On the listed rows themselves (no self-join): PostgreSQL then either reads the index or
    # checks the stored vectors of rows taken in the list's order, whichever is cheaper.
    return peewee.Expression(peewee.Column(Feedback, "search_vector"), "@@", peewee.fn.to_tsquery(
        peewee.SQL(f"'{TEXT_CONFIG}'::regconfig"), query))


def _estimated_matches(table: str, query: str) -> float:
    """PostgreSQL's guess of how many rows of `table` match `query`."""
    plan = database.execute_sql(
        f'EXPLAIN (FORMAT JSON) SELECT 1 FROM "{table}" '
        f"WHERE \"search_vector\" @@ to_tsquery('{TEXT_CONFIG}'::regconfig, %s)",
        (query,)).fetchone()[0]
    return plan[0]["Plan"]["Plan Rows"]


def _unknown_words(words) -> bool:
    """Whether PostgreSQL's statistics hold none of `words`: each is guessed no more common
    than a word in no text (the guess it makes for every word it has no figures for)."""
    floor = _estimated_matches("feedback", f"'{NO_WORD}'")
    return all(_estimated_matches("feedback", _postgres_query([word])) <= floor
               for word in words)


def about_staff(text: str) -> peewee.Expression | None:
    """A condition on Feedback: it is about a staff member whose name, employee ID or e-mail
    holds every word of `text` (as the staff list finds people); None when nobody's does."""
    words = [sort_key(word) for word, _prefix in _words(text)]
    if not words:
        return None
    people = Staff.select(Staff.id)
    for word in words:
        people = people.where(Staff.search_key.contains(word))
    narrower = visible_staff_matching(Staff.id, words)  # shared mode: a role seeing a few
    if narrower is not None:
        people = people.where(narrower)
    # A short list of ids (the usual case: a name) lets both databases use the staff index,
    # alone or next to the text index; nobody found leaves the text index alone. Many people
    # (two letters typed: "ma") have so much feedback that reading it in the list's order and
    # checking each row finds a page sooner than collecting and sorting it all: `+ 0`.
    ids = [row[0] for row in people.limit(PEOPLE_LIMIT + 1).tuples()]
    if not ids:
        return None
    if len(ids) > PEOPLE_LIMIT:
        return (Feedback.staff + 0).in_(people)
    return Feedback.staff.in_(ids)


def _texts_or_staff(text: str, list_order_may_lead: bool) -> peewee.Expression:
    matches = feedback_matches(text, list_order_may_lead=list_order_may_lead)
    people = about_staff(text)
    return matches if people is None else (matches | people)


def feedback_filter(query: peewee.Query, text: str) -> peewee.Query:
    """The Feedback list's `text` filter (services.entity Filter): the feedback whose texts
    hold every word of `text`, or about a staff member whose name or ID holds them."""
    return query.where(_texts_or_staff(text, True))


def feedback_ids(text: str, *, include_archived: bool = False) -> list[int]:
    """The ids of the feedback whose texts hold every word of `text`, newest first."""
    query = Feedback.select(Feedback.id).where(feedback_matches(text))
    if not include_archived:
        query = query.where(Feedback.archived == False)  # noqa: E712
    return [row[0] for row in query.order_by(Feedback.date.desc(), Feedback.id.desc()).tuples()]


def count_feedback(text: str, *, include_archived: bool = False, **filters) -> int:
    """The Feedback list's count with its `text` and other `filters` (services.feedback),
    stopping at COUNT_LIMIT + 1: a larger result is shown as "more than COUNT_LIMIT" (an
    exact count of a common word reads every one of its matches). Reading the matches first
    (in index order) stops soonest: 30-130 ms at a million feedback."""
    from mentorapp.services import feedback  # it imports this module for its text filter

    entity = feedback.entity
    query = entity._query(None, include_archived, filters, entity.count_select
                          if entity._by_own_columns(None, filters) else None)
    query = query.where(_texts_or_staff(text, False))
    return query.limit(COUNT_LIMIT + 1).count()
