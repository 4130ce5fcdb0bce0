"""The create / update / get / list / archive / delete use cases, once for every entity.

An `Entity` describes one model: its field rules, a cross-field check, what search and sort
look at, and how a list row is selected. Each service module builds one and exposes its
bound methods (`clients.create`, `clients.list`, ...). Every write is one transaction with
its audit entry; lists are one query (joins, no per-row look-ups) returning plain dicts.

A model with key columns (`key_values()`, see models.Client) gets them written with its
fields; its list searches its `search_key` and its unique fields are compared by their
folded keys (mentorapp.text), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import reduce

import peewee

from mentorapp import translations
from mentorapp.collation import NameOrder
from mentorapp.db import is_sqlite, transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.services import audit
from mentorapp.services.fields import Choice, Rule
from mentorapp.text import fold_key, sort_key
from mentorapp.translations import N_, _, ngettext

Check = Callable[[dict, "peewee.Model | None"], None]
Filter = Callable[[peewee.Query, object], peewee.Query]


def plain(value):
    """A stored value as plain Python data (Decimal becomes float)."""
    return float(value) if isinstance(value, Decimal) else value



# What a "Cannot delete" message calls the records that still refer to one (by model class).
RECORD_WORDS = {
    "ActionItem": N_("action item"), "AppUser": N_("user"),
    "Assignment": N_("client assignment"), "Calibration": N_("calibration"),
    "CareerGoal": N_("career goal"), "CareerRole": N_("career role"),
    "CheckIn": N_("check-in"), "ClientActionItem": N_("client action item"),
    "ClientReportVersion": N_("client report version"), "ClientReview": N_("client review"),
    "Enrollment": N_("enrollment"), "Evaluation": N_("evaluation"),
    "EvaluationAnswer": N_("evaluation answer"), "Feedback": N_("feedback"),
    "FeedbackRating": N_("competency rating"), "KpiMetric": N_("KPI metric"),
    "KpiValue": N_("KPI value"), "Mentor": N_("mentor"),
    "MentorExpertise": N_("mentor expertise"), "MentoringSession": N_("mentoring session"),
    "Mentorship": N_("mentorship"), "Responsibility": N_("responsibility"),
    "RoleRequirement": N_("role requirement"), "Scorecard": N_("scorecard"),
    "ScorecardItem": N_("scorecard item"), "SelfAssessment": N_("self-assessment"),
    "Staff": N_("staff member"), "TrainingProgram": N_("training program"),
}


def unindexed(column, db: peewee.Database) -> peewee.Node:
    """`column` as the database sorts by it without walking its index: `+column` in SQLite
    (which keeps the column's collation), `COALESCE(column, column)` in PostgreSQL. With a
    search, both walked the sort index and read every row until a page was full (a rare name
    over 50,000 staff: SQLite 40-50 ms CPU, PostgreSQL 88-93 ms), where finding the matches
    (SQLite reads every key, PostgreSQL the trigram index) and sorting them takes 10-18 ms
    whatever the word."""
    if is_sqlite(db):
        return peewee.NodeList((peewee.SQL("+"), column), glue="")
    return peewee.fn.COALESCE(column, column)


def record_or_not_found(model, record_id: int, name: str) -> peewee.Model:
    """The `model` row with this id, or a NotFoundError naming it ("No scorecard with id 7");
    `name` is marked N_() where it is given, and shown translated."""
    record = model.get_or_none(model.id == record_id)
    if record is None:
        raise NotFoundError(_("No {name} with id {record_id}").format(name=_(name),
                                                                      record_id=record_id))
    return record


def used_filters(filters: dict) -> set[str]:
    """The names of `filters` (a list's named filters) that narrow anything: None and "" do
    not."""
    return {key for key, value in filters.items() if value is not None and value != ""}


def any_filter(filters: dict) -> bool:
    return bool(used_filters(filters))


def _contains(field, word: str) -> peewee.Expression:
    """`field` holds `word`. A folded key column (`search_key`, lower case already) is
    matched with PostgreSQL's case-sensitive LIKE, which its trigram index serves too: ILIKE
    folds every candidate row again (the search's row check took 2-3 times as long at 300,000
    staff). SQLite keeps peewee's LIKE, case-blind already (its case-sensitive one is GLOB)."""
    found = field.contains(word)
    if field.name == "search_key" and not is_sqlite():
        return peewee.Expression(found.lhs, peewee.OP.LIKE, found.rhs)
    return found


class Entity:
    def __init__(self, model, name: str, rules: dict[str, Rule], *,
                 check: Check | None = None,
                 search: Iterable[peewee.Field] = (),
                 sorts: dict[str, peewee.Node | tuple | NameOrder] | None = None,
                 default_sort: str | None = None,
                 filters: dict[str, Filter] | None = None,
                 select: Callable[[], peewee.Query] | None = None,
                 describe: Callable[[peewee.Model], str] | None = None,
                 archive_field: str = "archived",
                 unique_keys: dict[str, peewee.Field] | None = None,
                 narrow_search: Callable[[list[str]], peewee.Node | None] | None = None,
                 count_select: Callable[[], peewee.Query] | None = None,
                 own_filters: Iterable[str] = ()):
        self.model = model
        self.name = name
        self.rules = rules
        self.check = check
        self.search_fields = tuple(search)
        # (folded words) -> an extra condition that finds the same rows faster, or None.
        self.narrow_search = narrow_search
        self.sorts = sorts or {"id": model.id}
        self.default_sort = default_sort or next(iter(self.sorts))
        self.filters = filters or {}
        self.select = select or (lambda: model.select())
        # What `count` counts when the search and filters read this table's own columns only:
        # `select` without the joins that only add columns to the list (none adds a row), or
        # the list's own select. `own_filters` name the filters that read no joined table.
        self.count_select = count_select or self.select
        self.own_filters = frozenset(own_filters)
        self.describe = describe or (lambda row: f"{_(name)} {row.id}")
        self.archive_field = archive_field
        # {field: its fold_key column}: the field is unique by its key, not its exact text.
        self.unique_keys = unique_keys or {}
        self.key_values = getattr(model, "key_values", lambda values: {})

    # -- reading -------------------------------------------------------------------------
    def get_record(self, record_id: int) -> peewee.Model:
        return record_or_not_found(self.model, record_id, self.name)

    def get(self, record_id: int) -> dict:
        return to_dict(self.get_record(record_id))

    def _query(self, search: str | None, include_archived: bool, filters: dict,
               select: Callable[[], peewee.Query] | None = None):
        query = (select or self.select)()
        if not include_archived:
            query = query.where(getattr(self.model, self.archive_field) == False)  # noqa: E712
        words = (search or "").split()
        if hasattr(self.model, "search_key"):  # folded like the key: CAFÉ finds Café
            words = [sort_key(word) for word in words]
        words = [word for word in words if word]
        for word in words:  # contains(): % and _ taken literally
            query = query.where(reduce(operator.or_, [_contains(field, word)
                                                      for field in self.search_fields]))
        narrower = self.narrow_search(words) if words and self.narrow_search else None
        if narrower is not None:
            query = query.where(narrower)
        for key, value in filters.items():
            if value is None or value == "":
                continue
            if key not in self.filters:
                raise ValidationError(key, _("is not a filter of {name} lists (filters: {filters})")
                                      .format(name=_(self.name),
                                              filters=", ".join(sorted(self.filters))
                                              or _("none")))
            if isinstance(self.rules.get(key), Choice):  # "On leave" finds on_leave
                value = self.rules[key].clean(key, value)
            try:
                query = self.filters[key](query, value)
            except (TypeError, ValueError):  # e.g. a name where an id is expected
                raise ValidationError(key, _("{value} is not a valid value for this filter")
                                      .format(value=repr(value))) from None
        return query

    def list(self, search: str | None = None, *, sort: str | None = None,
             descending: bool = False, limit: int | None = 100, offset: int = 0,
             include_archived: bool = False, **filters) -> list[dict]:
        """One page of rows as dicts; `filters` are the entity's named filters."""
        key = sort or self.default_sort
        if key not in self.sorts:
            raise ValidationError("sort", _("cannot sort {name} by {key} (choose from {sorts})")
                                  .format(name=_(self.name), key=repr(key),
                                          sorts=", ".join(self.sorts)))
        keys = self.sorts[key]
        if isinstance(keys, NameOrder):
            keys = keys.columns(self.model._meta.database, translations.display().language)
        keys = (*(keys if isinstance(keys, tuple) else (keys,)), self.model.id)
        # Blanks last going up and going down, on both backends (SQLite puts NULL first
        # going up, PostgreSQL going down): sorting by rating shows the lowest or highest
        # ratings first, not the unrated.
        nulls = ["LAST" if isinstance(k, peewee.Field) and k.null else None for k in keys]
        if (search or "").strip() and isinstance(keys[0], peewee.Field):
            keys = (unindexed(keys[0], self.model._meta.database), *keys[1:])
        order = [k.desc(nulls=last) if descending else k.asc(nulls=last)
                 for k, last in zip(keys, nulls, strict=True)]
        if limit is not None and self._page_first(search, key, filters):
            # The page's ids first, sorted with nothing but the sort keys, then its rows:
            # sorting every match's whole row with its joins took twice as long (5,000 of
            # 300,000 staff on PostgreSQL).
            page = (self._query(search, include_archived, filters, self.count_select)
                    .order_by(*order).limit(limit).offset(offset))
            query = self.select().where(self.model.id.in_(page)).order_by(*order)
        else:
            query = self._query(search, include_archived, filters).order_by(*order)
            if limit is not None:
                query = query.limit(limit).offset(offset)
        hidden = getattr(self.model, "KEY_FIELDS", ())
        return [{k: plain(v) for k, v in row.items() if k not in hidden}
                for row in query.dicts()]

    def _by_own_columns(self, search: str | None, filters: dict) -> bool:
        """Whether this search and these filters read this table's own columns only, so that
        `count_select` (without the list's joins) finds the same rows as the list."""
        return used_filters(filters) <= self.own_filters and (not (search or "").strip() or all(
            getattr(field, "model", None) is self.model for field in self.search_fields))

    def _page_first(self, search: str | None, key: str, filters: dict) -> bool:
        """Whether a page is found by its ids first: a search or filters narrowing the list
        by this table's own columns, sorted by them, of an entity with a plainer
        `count_select`."""
        if (self.count_select is self.select or not ((search or "").strip() or any_filter(filters))
                or not self._by_own_columns(search, filters)):
            return False
        keys = self.sorts[key]
        nodes = (keys.key, *keys.names) if isinstance(keys, NameOrder) else (
            keys if isinstance(keys, tuple) else (keys,))
        return all(getattr(node, "model", None) is self.model for node in nodes)

    def count(self, search: str | None = None, *, include_archived: bool = False,
              **filters) -> int:
        return self._query(search, include_archived, filters,
                           self.count_select if self._by_own_columns(search, filters)
                           else None).count()

    # -- writing -------------------------------------------------------------------------
    def clean(self, values: dict, partial: bool) -> dict:
        unknown = set(values) - set(self.rules)
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("is not a field of {name}").format(
                name=_(self.name)))
        names = values if partial else self.rules
        return {name: self.rules[name].clean(name, values.get(name)) for name in names}

    def _unique_check(self, values: dict, current) -> None:
        for name in values:
            field = getattr(self.model, name)
            key = self.unique_keys.get(name)
            if not (field.unique or key) or values[name] in (None, ""):
                continue
            value = values[name]
            if key is not None:
                # Names and IDs are looked up by their folded key (by_name, by_employee_id),
                # so a value differing only in case, form or invisible characters would be
                # a second, ambiguous record.
                same = key == fold_key(value)
            elif isinstance(value, str):
                # No key column (short lists: programs, competencies): every name is folded
                # here, so the same rule holds without one.
                wanted = fold_key(value)
                same = self.model.id.in_([
                    record_id for record_id, text in
                    self.model.select(self.model.id, field).tuples()
                    if fold_key(text) == wanted])
            else:
                same = field == value
            query = self.model.select().where(same)
            if current is not None:
                query = query.where(self.model.id != current.id)
            other = query.first()
            if other is not None:
                raise ValidationError(name, _("{value} is already used by {record}").format(
                    value=repr(values[name]), record=self.describe(other)),
                    label=self.rules[name].label and _(self.rules[name].label))

    def _write_unique(self, write: Callable[[], object], values: dict, current):
        """`write()` in a savepoint. When a unique index refuses it (another user saved the
        same value after `_unique_check` looked; on PostgreSQL nothing locks between the two)
        the check runs again and raises its ValidationError for the field."""
        try:
            with transaction():
                return write()
        except peewee.IntegrityError as exc:
            if "unique" not in str(exc).lower():
                raise
            self._unique_check(values, current)
            raise  # a unique index the check does not know of: a bug, kept visible

    def create(self, **values) -> dict:
        with transaction():
            clean = self.clean(values, partial=False)
            if self.check:
                self.check(clean, None)
            self._unique_check(clean, None)
            record = self._write_unique(
                lambda: self.model.create(**clean, **self.key_values(clean)), clean, None)
            audit.record("create", self.name, record.id,
                         {k: (None, v) for k, v in clean.items() if v not in (None, "")})
            return to_dict(record)

    def update(self, record_id: int, **values) -> dict:
        with transaction():
            record = self.get_record(record_id)
            current = to_dict(record)
            merged = {**current, **self.clean(values, partial=True)}
            merged.pop("id")
            if self.check:
                self.check(merged, record)
            changes = {k: (current.get(k), v) for k, v in merged.items() if current.get(k) != v}
            self._unique_check({k: new for k, (_, new) in changes.items()}, record)
            if changes:
                new_values = {k: new for k, (_, new) in changes.items()}
                self._write_unique(lambda: self.model.update(
                    **new_values, **self.key_values(merged)).where(
                    self.model.id == record.id).execute(), new_values, record)
                audit.record("update", self.name, record.id, changes)
            return self.get(record.id)

    def set_archived(self, record_id: int, archived: bool = True) -> dict:
        with transaction():
            record = self.get_record(record_id)
            old = getattr(record, self.archive_field)
            if old != archived:
                self.model.update({self.archive_field: archived}).where(
                    self.model.id == record_id).execute()
                audit.record("archive" if archived else "restore", self.name, record_id,
                             {self.archive_field: (old, archived)})
            return self.get(record_id)

    def archive(self, record_id: int) -> dict:
        return self.set_archived(record_id, True)

    def restore(self, record_id: int) -> dict:
        return self.set_archived(record_id, False)

    def delete(self, record_id: int) -> None:
        """Delete a record that nothing else refers to; otherwise refuse (archive it instead)."""
        with transaction():
            record = self.get_record(record_id)
            kept = []
            for fk, child in self.model._meta.backrefs.items():
                if fk.on_delete == "CASCADE":
                    continue
                count = child.select().where(fk == record_id).count()
                if count:
                    kept.append(ngettext("{count} {model} record", "{count} {model} records",
                                         count).format(count=count, model=_(
                                             RECORD_WORDS.get(child.__name__, child.__name__))))
            if kept:
                raise ValidationError(None, _("Cannot delete {record}: it has {kept}. Archive it "
                                              "instead.").format(record=self.describe(record),
                                                                 kept=", ".join(kept)))
            before = {k: (plain(v), None) for k, v in to_dict(record).items()
                      if k != "id" and v not in (None, "")}
            record.delete_instance()
            audit.record("delete", self.name, record_id, before)


def to_dict(record: peewee.Model) -> dict:
    """A model instance as a dict of plain values (foreign keys as ids; no key columns)."""
    hidden = getattr(record, "KEY_FIELDS", ())
    return {name: plain(record.__data__.get(name)) for name in record._meta.fields
            if name not in hidden}
