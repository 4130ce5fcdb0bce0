"""The client loop (issue 17): client reports as managed deliverables.

Every exported client report is a registered version of its client and period (v1, v2, ...),
with its file's name and SHA-256, who prepared it and when, and the figures it showed (what
the next version's "Changes since" compares). A version is then marked sent (to which of the
client's contacts, when, how) and acknowledged (by which contact, when); a client's reply is
logged as client feedback linked to it. The account manager writes a narrative for the period
and action items, which carry forward from one period's report to the next until closed.

API (plain values in, dicts out; `client` is a client id or name; dates are `datetime.date`,
timestamps naive UTC `datetime`):

- `register_version(client, start, end, *, file_name, sha256, figures, version=None)` ->
  version dict. Registers `version` (default: the next one); a unique violation (someone
  registered it meanwhile) raises `VersionTaken`, and the exporter writes the next one.
- `next_version(client, start, end)` -> int; `latest_version(client, start, end)` -> version
  dict or None (figures decoded).
- `versions(client=None)` -> version dicts, newest first, each with `client_name`,
  `recipients` (emails), `replies` (how many), `acknowledged_by_email`, `status`
  ("prepared", "sent", "acknowledged"). `get_version(id)` -> one of them.
- `mark_sent(version_id, emails, via="email", when=None)` -> version dict (emails must be
  the client's contacts). `mark_acknowledged(version_id, by_email, on=None)` -> version dict.
- `log_reply(version_id, *, staff, text, rating=None, date=None, author="",
  visibility="shareable")` -> the feedback dict (client feedback through the feedback
  service's validation, linked to the version). `replies(version_id)` -> feedback dicts.
- `review(client, start, end)` -> {summary, highlights, risks, updated_at, updated_by} (empty
  texts when none); `save_review(client, start, end, summary=, highlights=, risks=)`.
- `add_action_item(client, start, end, *, text, owner="", due_date=None)` -> item dict;
  `update_action_item(id, **values)` (text, owner, due_date, status, closed_on, note; closing
  without a date closes it today); `action_plan(client, start, end)` -> the items a report
  of that period shows: raised in it, or raised before and still open at its start or closed
  during it, each with `status_at_end` (its status on the period's last day) and `carried`
  (raised before the period).
- `set_report_settings(client, cadence=, report_due_days=, acknowledge_due_days=)`.
- `last_period(cadence, today)` -> (start, end) of the latest period of that cadence that
  has ended; `named_period(name, today)` for "last-month" and "last-quarter".
- `due(client_ids, today)` -> reports due: per client, its latest ended period when more
  than `report_due_days` days have passed and no version of it was sent.
  `unacknowledged(client_ids, now)` -> sent versions not acknowledged after
  `acknowledge_due_days` days (and no later version of the period sent).
  (`services.my_work.reports_due(me)` / `reports_unacknowledged(me)` narrow them to the
  clients an account manager manages.)
"""

from __future__ import annotations

import datetime as dt
import json

import peewee

from mentorapp.collation import by_name
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import (
    CLIENT_ACTION_STATUS_CHOICES,
    REPORT_CADENCE_CHOICES,
    SENT_VIA_CHOICES,
    AppUser,
    Client,
    ClientActionItem,
    ClientContact,
    ClientReportRecipient,
    ClientReportVersion,
    ClientReview,
    Feedback,
    utcnow,
)
from mentorapp.services import audit, clients, users
from mentorapp.services.entity import to_dict
from mentorapp.services.fields import Choice, Date, Text
from mentorapp.translations import N_, _

NAMED_PERIODS = ("last-month", "last-quarter")
REVIEW_RULES = {"summary": Text(max_length=20_000), "highlights": Text(max_length=20_000),
                "risks": Text(max_length=20_000)}
ACTION_RULES = {"text": Text(required=True, max_length=2000),
                "owner": Text(max_length=200, multiline=False),
                "due_date": Date(label=N_("due date")),
                "status": Choice(CLIENT_ACTION_STATUS_CHOICES, default="open"),
                "closed_on": Date(label=N_("closed on")),
                "note": Text(max_length=2000)}


class VersionTaken(Exception):
    """Another export registered this version of the period first."""


def _period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("to", _("the period ends on {end}, before it starts on {start}")
                              .format(end=end.isoformat(), start=start.isoformat()))


# -- periods -----------------------------------------------------------------------------------
def _month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def last_period(cadence: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The latest whole period of the cadence that ended before `today`."""
    if cadence == "weekly":  # Monday to Sunday
        end = today - dt.timedelta(days=today.weekday() + 1)
        return end - dt.timedelta(days=6), end
    if cadence == "quarterly":
        quarter = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
        return _month_start(quarter, 3), quarter - dt.timedelta(days=1)
    if cadence == "monthly":
        first = today.replace(day=1)
        return _month_start(first, 1), first - dt.timedelta(days=1)
    raise ValidationError("cadence", _("{value} is not one of: {allowed}").format(
        value=repr(cadence), allowed=", ".join(REPORT_CADENCE_CHOICES)))


def named_period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """"last-month" or "last-quarter" as seen on `today`."""
    if name not in NAMED_PERIODS:
        raise ValidationError("period", _("{value} is not one of: {allowed}").format(
            value=repr(name), allowed=", ".join(NAMED_PERIODS)))
    return last_period("monthly" if name == "last-month" else "quarterly", today)


# -- versions ----------------------------------------------------------------------------------
def next_version(client: int | str, start: dt.date, end: dt.date) -> int:
    client_id = clients.client_id_of(client)
    latest = (ClientReportVersion.select(peewee.fn.MAX(ClientReportVersion.version))
              .where(ClientReportVersion.client == client_id,
                     ClientReportVersion.period_start == start,
                     ClientReportVersion.period_end == end).scalar())
    return (latest or 0) + 1


def _decoded(row: dict) -> dict:
    return {**row, "figures": json.loads(row["figures"] or "{}")}


def latest_version(client: int | str, start: dt.date, end: dt.date,
                   before: int | None = None) -> dict | None:
    """The newest registered version of the period (below `before` when given), or None."""
    query = ClientReportVersion.select().where(
        ClientReportVersion.client == clients.client_id_of(client),
        ClientReportVersion.period_start == start, ClientReportVersion.period_end == end)
    if before is not None:
        query = query.where(ClientReportVersion.version < before)
    record = query.order_by(ClientReportVersion.version.desc()).first()
    return _decoded(to_dict(record)) if record else None


def _preparer() -> tuple[str, int | None]:
    me = users.current()
    user = AppUser.get_or_none(AppUser.login == me["login"]) if me["shared"] else None
    return me["display_name"] or me["login"], user.id if user else None


def register_version(client: int | str, start: dt.date, end: dt.date, *, file_name: str,
                     sha256: str, figures: dict, version: int | None = None) -> dict:
    """Register an exported file as `version` of the period (default: the next one). Runs in
    the caller's transaction when there is one (the exporter moves the file into place in
    it). Raises VersionTaken when that version exists already."""
    _period(start, end)
    client_id = clients.client_id_of(client)
    if len(sha256) != 64:
        raise ValidationError("sha256", _("is not a SHA-256 in hexadecimal"))
    by, user_id = _preparer()
    try:
        with transaction():
            number = version or next_version(client_id, start, end)
            record = ClientReportVersion.create(
                client=client_id, period_start=start, period_end=end, version=number,
                file_name=file_name[:255], sha256=sha256.lower(), prepared_by=by[:200],
                prepared_by_user=user_id, prepared_at=utcnow(),
                figures=json.dumps(figures, ensure_ascii=False, sort_keys=True, default=str))
    except peewee.IntegrityError as exc:
        if "unique" not in str(exc).lower():
            raise
        raise VersionTaken(f"version {version} of this period exists already") from None
    audit.record("create", "client report version", record.id,
                 {"client": (None, client_id), "period_start": (None, start),
                  "period_end": (None, end), "version": (None, number),
                  "file_name": (None, file_name), "sha256": (None, sha256)})
    return get_version(record.id)


def _version_select():
    return (ClientReportVersion.select(ClientReportVersion, Client.name.alias("client_name"),
                                       ClientContact.email.alias("acknowledged_by_email"),
                                       ClientContact.name.alias("acknowledged_by_name"))
            .join(Client, on=(ClientReportVersion.client == Client.id))
            .switch(ClientReportVersion)
            .join(ClientContact, peewee.JOIN.LEFT_OUTER,
                  on=(ClientReportVersion.acknowledged_by == ClientContact.id)))


def _with_recipients(rows: list[dict]) -> list[dict]:
    ids = [row["id"] for row in rows]
    sent_to: dict[int, list[str]] = {}
    replied: dict[int, int] = {}
    if ids:
        replied = dict(Feedback.select(Feedback.report_version,
                                       peewee.fn.COUNT(Feedback.id))
                       .where(Feedback.report_version.in_(ids))
                       .group_by(Feedback.report_version).tuples())
        for version_id, email in (ClientReportRecipient
                                  .select(ClientReportRecipient.version, ClientContact.email)
                                  .join(ClientContact, on=(ClientReportRecipient.contact
                                                           == ClientContact.id))
                                  .where(ClientReportRecipient.version.in_(ids))
                                  .order_by(ClientContact.email).tuples()):
            sent_to.setdefault(version_id, []).append(email)
    result = []
    for row in rows:
        row = _decoded(dict(row))
        row["recipients"] = sent_to.get(row["id"], [])
        row["replies"] = replied.get(row["id"], 0)
        row["status"] = ("acknowledged" if row["acknowledged_at"] else
                         "sent" if row["sent_at"] else "prepared")
        result.append(row)
    return result


def versions(client: int | str | None = None) -> list[dict]:
    """Registered versions (of one client, or all the caller may see), newest first."""
    query = _version_select()
    if client is not None:
        query = query.where(ClientReportVersion.client == clients.client_id_of(client))
    query = query.order_by(ClientReportVersion.prepared_at.desc(),
                           ClientReportVersion.id.desc())
    return _with_recipients(list(query.dicts()))


def get_version(version_id: int) -> dict:
    rows = _with_recipients(list(_version_select()
                                 .where(ClientReportVersion.id == version_id).dicts()))
    if not rows:
        raise NotFoundError(_("No client report version with id {version_id}").format(
            version_id=version_id))
    return rows[0]


def _now_or(when) -> dt.datetime:
    if when is None:
        return utcnow()
    if isinstance(when, dt.datetime):
        return when
    day = Date().clean("date", when)
    return dt.datetime.combine(day, dt.time(12))


def mark_sent(version_id: int, emails: list[str], via: str = "email",
              when: dt.datetime | dt.date | None = None) -> dict:
    """The version was sent to these contacts of its client (`via` email, portal or meeting)."""
    version = get_version(version_id)
    via = Choice(SENT_VIA_CHOICES, required=True).clean("via", via)
    if not emails:
        raise ValidationError("to", _("name at least one contact the report was sent to"))
    found = [clients.contact_by_email(version["client"], email) for email in emails]
    stamp = _now_or(when)
    with transaction():
        ClientReportVersion.update(sent_at=stamp, sent_via=via).where(
            ClientReportVersion.id == version_id).execute()
        for contact in found:
            ClientReportRecipient.insert(version=version_id, contact=contact["id"]) \
                .on_conflict_ignore().execute()
        audit.record("update", "client report version", version_id,
                     {"sent_at": (version["sent_at"], stamp),
                      "sent_via": (version["sent_via"], via),
                      "recipients": (version["recipients"],
                                     sorted({*version["recipients"],
                                             *(c["email"] for c in found)}))})
    return get_version(version_id)


def mark_acknowledged(version_id: int, by_email: str,
                      on: dt.datetime | dt.date | None = None) -> dict:
    """A contact of the client acknowledged the version (on `on`, default now)."""
    version = get_version(version_id)
    contact = clients.contact_by_email(version["client"], by_email)
    if version["sent_at"] is None:
        raise ValidationError("by", _("version {version} was not marked sent; mark it sent "
                                     "first").format(version=version["version"]))
    stamp = _now_or(on)
    with transaction():
        ClientReportVersion.update(acknowledged_at=stamp, acknowledged_by=contact["id"]).where(
            ClientReportVersion.id == version_id).execute()
        audit.record("update", "client report version", version_id,
                     {"acknowledged_at": (version["acknowledged_at"], stamp),
                      "acknowledged_by": (version["acknowledged_by"], contact["id"])})
    return get_version(version_id)


def log_reply(version_id: int, *, staff: int, text: str, rating: int | None = None,
              date: dt.date | None = None, author: str = "",
              visibility: str = "shareable") -> dict:
    """A client's reply to a report version, as client feedback about `staff` (through the
    feedback service's rules) linked to the version."""
    from mentorapp.services import feedback

    version = get_version(version_id)
    with transaction():
        record = feedback.create(staff=staff, client=version["client"], source="client",
                                 author=author, date=date or dt.date.today(), rating=rating,
                                 comment=text, visibility=visibility)
        Feedback.update(report_version=version_id).where(Feedback.id == record["id"]).execute()
        audit.record("update", "feedback", record["id"], {"report_version": (None, version_id)})
    return {**record, "report_version": version_id}


def replies(version_id: int) -> list[dict]:
    return [to_dict(f) for f in Feedback.select().where(Feedback.report_version == version_id)
            .order_by(Feedback.date, Feedback.id)]


# -- the narrative ------------------------------------------------------------------------
def review(client: int | str, start: dt.date, end: dt.date) -> dict:
    record = ClientReview.get_or_none(ClientReview.client == clients.client_id_of(client),
                                      ClientReview.period_start == start,
                                      ClientReview.period_end == end)
    if record is None:
        return {"id": None, "summary": "", "highlights": "", "risks": "", "updated_at": None,
                "updated_by": ""}
    return to_dict(record)


def save_review(client: int | str, start: dt.date, end: dt.date, **texts) -> dict:
    """The narrative of the client's period (summary, highlights, risks); texts not given
    stay as they were."""
    _period(start, end)
    client_id = clients.client_id_of(client)
    unknown = set(texts) - set(REVIEW_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a part of the review"))
    clean = {k: REVIEW_RULES[k].clean(k, v) for k, v in texts.items()}
    with transaction():
        old = review(client_id, start, end)
        changes = {k: (old[k], v) for k, v in clean.items() if old[k] != v}
        stamp = {"updated_at": utcnow(), "updated_by": users.current()["login"][:100]}
        if old["id"] is None:
            record = ClientReview.create(client=client_id, period_start=start, period_end=end,
                                         **{**dict.fromkeys(REVIEW_RULES, ""), **clean}, **stamp)
            audit.record("create", "client review", record.id, changes)
        elif changes:
            ClientReview.update(**{k: v for k, (_, v) in changes.items()}, **stamp).where(
                ClientReview.id == old["id"]).execute()
            audit.record("update", "client review", old["id"], changes)
    return review(client_id, start, end)


# -- action items -------------------------------------------------------------------------
def _check_item(values: dict) -> None:
    if values["status"] == "open":
        values["closed_on"] = None
    elif values.get("closed_on") is None:
        values["closed_on"] = dt.date.today()
    if values["closed_on"] and values["closed_on"] < values["period_start"]:
        raise ValidationError("closed_on", _("{date} is before the item was raised").format(
            date=values["closed_on"].isoformat()))


def add_action_item(client: int | str, start: dt.date, end: dt.date, **values) -> dict:
    """An action item raised in the client's review of `start`..`end`."""
    _period(start, end)
    client_id = clients.client_id_of(client)
    unknown = set(values) - set(ACTION_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of an action item"))
    clean = {k: rule.clean(k, values.get(k)) for k, rule in ACTION_RULES.items()}
    clean.update(period_start=start, period_end=end)
    _check_item(clean)
    with transaction():
        record = ClientActionItem.create(client=client_id, **clean)
        audit.record("create", "client action item", record.id,
                     {k: (None, v) for k, v in {"client": client_id, **clean}.items()
                      if v not in (None, "")})
    return to_dict(record)


def update_action_item(item_id: int, **values) -> dict:
    unknown = set(values) - set(ACTION_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of an action item"))
    with transaction():
        record = ClientActionItem.get_or_none(ClientActionItem.id == item_id)
        if record is None:
            raise NotFoundError(_("No client action item with id {item_id}").format(
                item_id=item_id))
        current = to_dict(record)
        merged = {**current, **{k: ACTION_RULES[k].clean(k, v) for k, v in values.items()}}
        _check_item(merged)
        changes = {k: (current[k], merged[k]) for k in ACTION_RULES if current[k] != merged[k]}
        if changes:
            ClientActionItem.update(**{k: v for k, (_, v) in changes.items()}).where(
                ClientActionItem.id == item_id).execute()
            audit.record("update", "client action item", item_id, changes)
    return to_dict(ClientActionItem.get_by_id(item_id))


def action_plan(client: int | str, start: dt.date, end: dt.date) -> list[dict]:
    """The action items a report of `start`..`end` shows: raised in the period, or raised
    earlier and open at its start or closed during it (an item closed before the period is
    not repeated). Oldest raised first, then by due date. `status_at_end`: the item's status
    on `end` (an item closed later was still open then); `carried`: raised before `start`."""
    client_id = clients.client_id_of(client)
    query = (ClientActionItem.select()
             .where(ClientActionItem.client == client_id, ClientActionItem.period_start <= end,
                    (ClientActionItem.period_start >= start)
                    | ClientActionItem.closed_on.is_null()
                    | (ClientActionItem.closed_on >= start)))
    rows = []
    for record in query:
        row = to_dict(record)
        closed_later = row["closed_on"] is not None and row["closed_on"] > end
        row["status_at_end"] = "open" if closed_later else row["status"]
        row["carried"] = row["period_start"] < start
        rows.append(row)
    return sorted(rows, key=lambda r: (r["period_start"], r["due_date"] is None,
                                       r["due_date"] or dt.date.max, r["id"]))


# -- report settings and what is due ----------------------------------------------------------
def set_report_settings(client: int | str, **values) -> dict:
    """report_cadence, report_due_days, acknowledge_due_days of a client."""
    allowed = {"report_cadence", "report_due_days", "acknowledge_due_days"}
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a report setting"))
    return clients.update(clients.client_id_of(client), **values)


def _scope(client_ids) -> list[Client]:
    query = Client.select().where(Client.active == True, Client.archived == False)  # noqa: E712
    if client_ids is not None:
        ids = [int(i) for i in client_ids]
        if not ids:
            return []
        query = query.where(Client.id.in_(ids))
    return list(query.order_by(*by_name(Client.sort_key, Client.name)))


def due(client_ids=None, today: dt.date | None = None) -> list[dict]:
    """Reports due: for each active client (of `client_ids`, None: all), its latest ended
    period of its cadence when more than `report_due_days` days have passed since it ended
    and no version of it was sent. `version`: the latest prepared version's id, if any."""
    today = today or dt.date.today()
    result = []
    for client in _scope(client_ids):
        start, end = last_period(client.report_cadence, today)
        overdue = (today - end).days - client.report_due_days
        if overdue <= 0:
            continue
        sent = ClientReportVersion.select().where(
            ClientReportVersion.client == client.id, ClientReportVersion.period_start == start,
            ClientReportVersion.period_end == end, ClientReportVersion.sent_at.is_null(False))
        if sent.exists():
            continue
        latest = latest_version(client.id, start, end)
        result.append({"client": client.id, "client_name": client.name,
                       "cadence": client.report_cadence, "period_start": start,
                       "period_end": end, "days_overdue": overdue,
                       "version": latest["id"] if latest else None})
    return result


def unacknowledged(client_ids=None, now: dt.datetime | None = None) -> list[dict]:
    """Sent versions not acknowledged more than `acknowledge_due_days` days after they were
    sent, where no later version of the same period was sent since; oldest sent first."""
    now = now or utcnow()
    scope = {c.id: c for c in _scope(client_ids)}
    if not scope:
        return []
    rows = [r for r in versions() if r["client"] in scope and r["sent_at"] is not None]
    newest_sent: dict[tuple, int] = {}
    for row in rows:
        key = (row["client"], row["period_start"], row["period_end"])
        newest_sent[key] = max(newest_sent.get(key, 0), row["version"])
    result = []
    for row in rows:
        key = (row["client"], row["period_start"], row["period_end"])
        if row["acknowledged_at"] is not None or row["version"] != newest_sent[key]:
            continue
        days = (now - row["sent_at"]).days
        if days > scope[row["client"]].acknowledge_due_days:
            result.append({**row, "days_waiting": days})
    return sorted(result, key=lambda r: (r["sent_at"], r["id"]))
