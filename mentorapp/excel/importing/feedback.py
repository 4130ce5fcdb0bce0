"""Feedback import: client feedback forms and other feedback, one row per piece of feedback,
with a 1-5 rating column per competency (headed by the competency's name).

Feedback rows are events, so each becomes new feedback, except a row identical to feedback
already stored (same person, date, source, author, client, ratings and text): that one is
counted unchanged, so importing the same form twice does not double it. Rows are checked in
Python against look-ups loaded once and written with bulk inserts (about 100,000 rows in a
few seconds), with one audit entry per feedback; on SQLite the roll-ups and the text index take
the new rows set-based, their row triggers paused meanwhile (`rollups.feedback_adding`).
"""

from __future__ import annotations

import functools
import itertools
import operator

from peewee import Tuple

from mentorapp import bulk
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import (
    AuditLog,
    ChoiceWords,
    Column,
    Importer,
    JsonText,
    Progress,
    insert_records,
    report_check,
)
from mentorapp.excel.importing.staff import staff_id_lookup
from mentorapp.models import VISIBILITY_CHOICES, Client, Competency, Feedback, FeedbackRating
from mentorapp.queries import not_archived
from mentorapp.services import feedback, rollups
from mentorapp.services.fields import Rating, Rule, Text
from mentorapp.text import fold_key
from mentorapp.translations import _

SOURCE_WORDS = ("client", "management", "mentor", "peer", "self")
KIND_WORDS = ("general", "recognition", "incident")
VISIBILITY_WORDS = {"internal": "internal", "client": "shareable", "shareable": "shareable"}
FIELDS = ("staff", "client", "source", "author", "date", "kind", "rating", "strengths",
          "improvements", "comment", "visibility", "root_cause", "lesson_learned",
          "corrective_action")
TEXT_FIELDS = ("strengths", "improvements", "comment")
AUDITED = (*FIELDS, "ratings")  # a created feedback's audit text: its fields and ratings
RATING_PREFIX = "competency:"
# (person, day) pairs or ids per look-up query (SQLite takes 32,766 parameters at most).
LOOKUP_BATCH = 500


def active_competencies() -> list[tuple[int, str]]:
    return list(Competency.select(Competency.id, Competency.name)
                .where(not_archived(Competency))
                .order_by(Competency.name).tuples())


def feedback_columns(competencies: list[tuple[int, str]]) -> list[Column]:
    rules = feedback.entity.rules
    ratings = [Column(name, f"{RATING_PREFIX}{cid}", Rating(), choices=("1", "2", "3", "4", "5"),
                      kind="rating", hint="Rating of this competency, 1 (low) to 5 (high)")
               for cid, name in competencies]
    return [
        Column("Employee ID", "employee_id", Text(required=True, max_length=50, multiline=False)),
        Column("Name", "name", Rule(), hint="For reference only (the employee ID says who "
               "it is)"),
        Column("Date", "date", rules["date"], kind="date"),
        Column("Source", "source", rules["source"], choices=SOURCE_WORDS,
               hint="Who gives the feedback"),
        Column("Author", "author", rules["author"], hint="The name of the person giving it"),
        Column("Client", "client", Text(max_length=200, multiline=False),
               hint="Required when the source is client or the visibility is client"),
        Column("Kind", "kind", rules["kind"], choices=KIND_WORDS,
               hint="general (the default), recognition or incident"),
        Column("Overall Rating", "rating", rules["rating"], choices=("1", "2", "3", "4", "5"),
               kind="rating", hint="1 (low) to 5 (high)"),
        *ratings,
        Column("Strengths", "strengths", rules["strengths"]),
        Column("Improvements", "improvements", rules["improvements"]),
        Column("Comment", "comment", rules["comment"]),
        Column("Visibility", "visibility",
               ChoiceWords(VISIBILITY_CHOICES, VISIBILITY_WORDS, default="internal"),
               choices=("internal", "client"),
               hint="client = may be shared with the client; internal (the default) = not"),
        Column("Root Cause", "root_cause", rules["root_cause"],
               hint="Incidents only: what happened (this or the comment is required)"),
        Column("Lesson Learned", "lesson_learned", rules["lesson_learned"],
               hint="Incidents only: this or a corrective action is required"),
        Column("Corrective Action", "corrective_action", rules["corrective_action"],
               hint="Incidents only: this or the lesson learned is required"),
    ]


class FeedbackImport(Importer):
    kind = "feedback"
    prelisted = frozenset({"employee_id", "name", "client", "source"})

    def __init__(self, result, *, create_clients=False):
        super().__init__(result, create_clients=create_clients)
        self.competencies = active_competencies()
        self._columns = feedback_columns(self.competencies)
        # In the order of the audit text's keys (the ids as text), so a row's ratings are
        # written there as they are.
        self.rating_keys = sorted(((f"{RATING_PREFIX}{cid}", cid) for cid, _ in
                                   self.competencies), key=lambda key: str(key[1]))
        self.staff = staff_id_lookup()
        self.clients = {fold_key(name): (cid, archived) for cid, name, archived in
                        Client.select(Client.id, Client.name, Client.archived).tuples()}
        # (FIELDS values, (competency, rating, competency, rating, ...)): flat, for memory.
        self.rows: list[tuple[tuple, tuple]] = []
        self.check_record = feedback.entity.check
        self.values_of = operator.itemgetter(*FIELDS)
        # The same few thousand IDs and names fill a big file's rows: each is folded once.
        self.fold = functools.lru_cache(maxsize=65_536)(fold_key)

    def columns(self):
        return self._columns

    def check(self, number, clean, filled):
        staff_id = self.staff.get(self.fold(clean["employee_id"]))
        if staff_id is None:
            self.problem(number, "employee_id", _("no staff member with this employee ID"),
                         clean["employee_id"])
            return
        client_id = None
        if clean["client"]:
            client = self.clients.get(self.fold(clean["client"]))
            if client is None or client[1]:
                self.problem(number, "client", _("no client with this name") if client is None
                             else _("this client is archived"), clean["client"])
                return
            client_id = client[0]
        clean["staff"], clean["client"] = staff_id, client_id
        try:
            self.check_record(clean, None)
        except ValidationError as exc:
            report_check(self.result, number, exc, self._columns, clean)
            return
        ratings = []
        for key, cid in self.rating_keys:
            rating = clean[key]
            if rating is not None:
                ratings += (cid, rating)
        if not feedback.says_something(clean, ratings):
            report_check(self.result, number, feedback.nothing_said(), self._columns, clean)
            return
        self.rows.append((self.values_of(clean), tuple(ratings)))

    def write(self, progress: Progress | None):
        known = self._stored_fingerprints()
        # Written (and numbered) by day, then person, the file's order within those: the
        # indexes that start with the date take the rows as appends (100,000 rows: 1.7 s of
        # CPU against 2.7 s in the file's order).
        fresh = sorted((row for row in self.rows if row not in known) if known else self.rows,
                       key=_day_and_person)
        ids = bulk.next_ids(Feedback, len(fresh))
        with rollups.feedback_adding(ids):
            insert_records(Feedback, ("id", *FIELDS),
                           ((fid, *values) for fid, (values, _) in zip(ids, fresh, strict=True)))
        if progress:
            progress(1, 3)
        # (feedback, competency, rating) rows made by zip, not a Python step per rating.
        insert_records(FeedbackRating, ("feedback", "competency", "rating"),
                       itertools.chain.from_iterable(
                           zip(itertools.repeat(fid), ratings[::2], ratings[1::2])
                           for fid, (_, ratings) in zip(ids, fresh, strict=True)))
        if progress:
            progress(2, 3)
        log = AuditLog()
        log.write(log.created_entries("feedback", AUDITED, (
            (fid, (*values, _ratings_json(ratings)))
            for fid, (values, ratings) in zip(ids, fresh, strict=True))))
        if progress:
            progress(3, 3)
        self.result.created = len(fresh)
        self.result.unchanged = len(self.rows) - len(fresh)

    def _stored_fingerprints(self) -> set[tuple]:
        """Stored feedback of the file's people on the file's days, shaped like the file's
        rows. Looked up by (person, day) in batches: only feedback that could be the same is
        read, however big the table (a whole year of a company's feedback would not fit)."""
        if not self.rows:
            return set()
        dates = [values[4] for values, _ in self.rows]
        if not Feedback.select().where(Feedback.date.between(min(dates), max(dates))).exists():
            return set()
        # Dates as ISO text, which both backends compare with a date column.
        pairs = sorted({(values[0], values[4].isoformat()) for values, _ in self.rows})
        columns = [getattr(Feedback, f) for f in FIELDS]
        stored: dict[int, tuple[tuple, list]] = {}
        for first in range(0, len(pairs), LOOKUP_BATCH):
            batch = pairs[first:first + LOOKUP_BATCH]
            for fid, *values in (Feedback.select(Feedback.id, *columns)
                                 .where(Tuple(Feedback.staff, Feedback.date).in_(batch))
                                 .tuples()):
                stored[fid] = (tuple(values), [])
        ids = list(stored)
        for first in range(0, len(ids), LOOKUP_BATCH):
            for fid, cid, rating in (FeedbackRating.select(FeedbackRating.feedback,
                                                           FeedbackRating.competency,
                                                           FeedbackRating.rating)
                                     .where(FeedbackRating.feedback.in_(
                                         ids[first:first + LOOKUP_BATCH])).tuples()):
                stored[fid][1].append((cid, rating))
        order = {cid: i for i, (_, cid) in enumerate(self.rating_keys)}
        return {(values, tuple(itertools.chain.from_iterable(
                    sorted(ratings, key=lambda r: order.get(r[0], -1)))))
                for values, ratings in stored.values()}


def _day_and_person(row: tuple) -> tuple:
    values = row[0]
    return values[4], values[0]


def _ratings_json(ratings: tuple) -> JsonText | None:
    """The audit text's {competency id: rating} of a row's ratings (in the order of the ids
    as text, as `FeedbackImport.rating_keys` gives them)."""
    if not ratings:
        return None
    return JsonText("{" + ", ".join(f'"{cid}": {rating}' for cid, rating in _pairs(ratings))
                    + "}")


def _pairs(ratings: tuple) -> zip:
    """(competency, rating) pairs of a flat ratings tuple."""
    return zip(ratings[::2], ratings[1::2], strict=True)
