"""Dashboard figures: what operations, HR and account managers watch every day.

Each function is one or two aggregate queries (no per-row look-ups) so the whole dashboard
stays fast on 50,000 staff and a million feedback entries. Every figure can be narrowed, in
SQL, to a client, a team and a site (`client=`, `team=`, `site=`; None is any): people by the
client they are on now, feedback by the client it is about (as the feedback list filters it).
Archived feedback and enrollments count nowhere (as in the lists behind the figures).

The feedback and training figures come from the per-day roll-ups (`models.DashboardDay`, kept
by triggers) when they can: for everyone or one client, and in shared mode for the roles that
read every record (`rollups.readable()`). By team or site, or for a role that sees only some
records, they are added up from the base tables, which row-level security narrows (an
account manager's feedback days through `app_visible_feedback_days`, the same rows).
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, SQL, Case, fn

from mentorapp.collation import by_name
from mentorapp.db import database, is_sqlite
from mentorapp.models import (
    Assignment,
    CheckIn,
    Client,
    DashboardDay,
    DashboardDue,
    DashboardHeadcount,
    Enrollment,
    Feedback,
    KpiMetric,
    Mentor,
    Mentorship,
    Staff,
    TrainingProgram,
)
from mentorapp.queries import not_archived
from mentorapp.services import kpi, rollups
from mentorapp.services.mentoring import MentorStaff, mentor_name_expression

ATTENTION_LIMIT = 50
PERIOD_MONTHS = (3, 6, 12, 24)  # the periods the charts can cover, in months
_ACTIVE_STAFF = not_archived(Staff) & (Staff.status != "resigned")


def staff_scope(model=Staff, client: int | None = None, team: str | None = None,
                site: str | None = None) -> list:
    """Conditions keeping the rows of `model` (Staff or an alias of it) of people on `client`
    now, in `team` and at `site`."""
    conditions = []
    if client is not None:
        conditions.append(model.id.in_(Assignment.select(Assignment.staff).where(
            Assignment.client == int(client), Assignment.end_date.is_null())))
    if team is not None:
        conditions.append(model.team == team)
    if site is not None:
        conditions.append(model.site == site)
    return conditions


def _people(team: str | None, site: str | None) -> list:
    """Conditions on a `staff` foreign key column's model keeping people in `team` at `site`,
    as a sub-query (no join needed)."""
    conditions = staff_scope(team=team, site=site)
    return [Staff.select(Staff.id).where(*conditions)] if conditions else []


def _feedback_scope(client: int | None, team: str | None, site: str | None) -> list:
    conditions = [not_archived(Feedback)]
    if client is not None:
        conditions.append(Feedback.client == int(client))
    return conditions + [Feedback.staff.in_(people) for people in _people(team, site)]


def _where(query, conditions: list):
    return query.where(*conditions) if conditions else query


def _rows_and_total(query, limit: int | None, *, grouped: bool) -> tuple[list[dict], int]:
    """The first `limit` rows of `query` (all with None) and how many there are in all.

    Counted only when the rows stop at the limit. A grouped query (averages per person) is
    counted in the same pass by a window count, as running it twice costs twice; the others
    by a second COUNT, which leaves their ORDER BY ... LIMIT on an index fast."""
    if grouped:
        query = query.select_extend(fn.COUNT(SQL("*")).over().alias("attention_total"))
    rows = list((query.limit(limit) if limit is not None else query).dicts())
    totals = [row.pop("attention_total") for row in rows] if grouped else []
    if limit is None or len(rows) < limit:
        return rows, len(rows)
    return rows, totals[0] if grouped else query.order_by().count()


def _name():
    return Staff.first_name.concat(" ").concat(Staff.last_name)


def month_key(date_field):
    """SQL for the 'YYYY-MM' month of a date column (SQLite and PostgreSQL)."""
    return fn.SUBSTR(date_field.cast("text"), 1, 7)


def months_back(day: dt.date, months: int) -> dt.date:
    """The first day of the calendar month `months` months before the month of `day`."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: str) -> dt.date:
    """The last day of a 'YYYY-MM' month."""
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    return months_back(first, -1) - dt.timedelta(days=1)


def quarter_start(day: dt.date) -> dt.date:
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def headcount_by_client(client: int | None = None, team: str | None = None,
                        site: str | None = None, *, rolled_up: bool | None = None
                        ) -> list[dict]:
    """Active staff currently assigned to each active client (clients with none included):
    from the kept counts (`models.DashboardHeadcount`) unless narrowed to a team or site or
    read by a role that sees only some staff (`_rolled_up`)."""
    if rolled_up is None:
        rolled_up = _rolled_up(team, site)
    if rolled_up:
        counts = DashboardHeadcount.select(DashboardHeadcount.client_id,
                                           DashboardHeadcount.n).alias("counts")
    else:
        counts = (Assignment.select(Assignment.client, fn.COUNT(Assignment.id).alias("n"))
                  .join(Staff, on=(Assignment.staff == Staff.id))
                  .where(Assignment.end_date.is_null(), _ACTIVE_STAFF,
                         *staff_scope(Staff, None, team, site))
                  .group_by(Assignment.client).alias("counts"))
    rows = (Client.select(Client.id, Client.name, fn.COALESCE(counts.c.n, 0).alias("headcount"))
            .join(counts, JOIN.LEFT_OUTER, on=(counts.c.client_id == Client.id))
            .where(not_archived(Client), Client.active == True)  # noqa: E712
            .order_by(*by_name(Client.sort_key, Client.name)))
    if client is not None:
        rows = rows.where(Client.id == int(client))
    return list(rows.dicts())


def _rolled_up(team: str | None, site: str | None) -> bool:
    """Whether figures narrowed to `team` and `site` come from the roll-ups (see above)."""
    return team is None and site is None and rollups.readable()


def _rollup_rows(figure: str, start: dt.date, end: dt.date, client: int | None):
    """The roll-up rows of `figure` in [start, end] for everyone (client None) or one client:
    one range of the table's key."""
    return (DashboardDay.select()
            .where(DashboardDay.figure == figure, DashboardDay.client_id == int(client or 0),
                   DashboardDay.day.between(start, end), DashboardDay.entries > 0))


def _manager_in_shared_mode() -> bool:
    """Shared mode, signed in as an account manager, on a database whose policies include
    `app_visible_feedback_days` (the same rows as their feedback read policy, planned as a
    hashed scope that runs in parallel: see `shared._feedback_days_function`)."""
    db = database.obj
    if is_sqlite(db) or not db.execute_sql(
            "SELECT to_regprocedure('app_visible_feedback_days(date, date, integer)') "
            "IS NOT NULL").fetchone()[0]:
        return False
    return db.execute_sql("SELECT app_role()").fetchone()[0] == "account_manager"


def average_rating(start: dt.date, end: dt.date, client_id: int | None = None) -> dict:
    """Average overall rating and the number of rated feedback entries in [start, end]."""
    total = rated = 0
    for _day, _source, _n, day_total, day_rated in feedback_days(start, end, client_id):
        total, rated = total + (day_total or 0), rated + day_rated
    return {"average": round(total / rated, 2) if rated else None, "count": rated}


def feedback_days(start: dt.date, end: dt.date, client: int | None = None,
                  team: str | None = None, site: str | None = None, *,
                  rolled_up: bool | None = None) -> list[tuple]:
    """Feedback in [start, end] per day and source: (date, source, entries, rating sum, rated).

    From the roll-ups when `rolled_up` (None: when they serve this scope), otherwise one pass
    over the (date, source, rating) index; the monthly, per-source and period figures are
    added up from these few hundred rows in Python.
    """
    if rolled_up if rolled_up is not None else _rolled_up(team, site):
        return list(_rollup_rows("feedback", start, end, client)
                    .select(DashboardDay.day, DashboardDay.source, DashboardDay.entries,
                            DashboardDay.rating_sum, DashboardDay.rated).tuples())
    if team is None and site is None and _manager_in_shared_mode():
        return list(database.obj.execute_sql(
            "SELECT * FROM app_visible_feedback_days(%s, %s, %s)",
            (start, end, None if client is None else int(client))).fetchall())
    return list(Feedback.select(Feedback.date, Feedback.source, fn.COUNT(Feedback.id),
                                fn.SUM(Feedback.rating), fn.COUNT(Feedback.rating))
                .where(Feedback.date.between(start, end), *_feedback_scope(client, team, site))
                .group_by(Feedback.date, Feedback.source).tuples())


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def rating_by_month(start: dt.date, end: dt.date, days: list[tuple] | None = None
                    ) -> list[dict]:
    """Average rating per calendar month in [start, end], oldest first."""
    months: dict[str, list[int]] = {}
    for day, _source, _n, total, rated in days if days is not None else feedback_days(start, end):
        if rated and start <= _as_date(day) <= end:
            sums = months.setdefault(_as_date(day).isoformat()[:7], [0, 0])
            sums[0] += total
            sums[1] += rated
    return [{"month": month, "average": round(total / rated, 2), "count": rated}
            for month, (total, rated) in sorted(months.items())]


def feedback_by_source(start: dt.date, end: dt.date, days: list[tuple] | None = None
                       ) -> dict[str, int]:
    counts: dict[str, int] = {}
    for day, source, n, _total, _rated in days if days is not None else feedback_days(start,
                                                                                       end):
        if start <= _as_date(day) <= end:
            counts[source] = counts.get(source, 0) + n
    return counts


def _completed(start: dt.date, end: dt.date) -> list:
    return [Enrollment.status == "completed", Enrollment.completed_date.between(start, end),
            not_archived(Enrollment)]


def trainings_completed(start: dt.date, end: dt.date, client: int | None = None,
                        team: str | None = None, site: str | None = None, *,
                        rolled_up: bool | None = None) -> dict:
    """Completed trainings in [start, end] and their hours, of people on `client` now."""
    if rolled_up if rolled_up is not None else _rolled_up(team, site):
        count, tenths = (_rollup_rows("training", start, end, client)
                         .select(fn.SUM(DashboardDay.entries), fn.SUM(DashboardDay.hour_tenths))
                         .tuples().get())
        return {"count": int(count or 0), "hours": (tenths or 0) / 10}
    query = Enrollment.select(fn.COUNT(Enrollment.id), fn.SUM(Enrollment.hours)).where(
        *_completed(start, end))
    people = staff_scope(Staff, client, team, site)
    if people:
        query = query.where(Enrollment.staff.in_(Staff.select(Staff.id).where(*people)))
    count, hours = query.tuples().get()
    return {"count": count, "hours": float(hours or 0)}


def training_hours_by_client(start: dt.date, end: dt.date, client: int | None = None,
                             team: str | None = None, site: str | None = None, *,
                             rolled_up: bool | None = None) -> list[dict]:
    """Completed training hours in [start, end] by the client the person is on now (a client
    they have two open assignments with counts them once)."""
    if rolled_up if rolled_up is not None else _rolled_up(team, site):
        per_client = (DashboardDay.select(DashboardDay.client_id,
                                          fn.SUM(DashboardDay.hour_tenths).alias("tenths"))
                      .where(DashboardDay.figure == "training", DashboardDay.client_id > 0,
                             DashboardDay.day.between(start, end), DashboardDay.entries > 0)
                      .group_by(DashboardDay.client_id).alias("per_client"))
        rows = (Client.select(Client.id.alias("client_id"), Client.name.alias("client"),
                              per_client.c.tenths)
                .join(per_client, on=(per_client.c.client_id == Client.id))
                .order_by(*by_name(Client.sort_key, Client.name)))
        if client is not None:
            rows = rows.where(Client.id == int(client))
        return [{"client_id": r["client_id"], "client": r["client"],
                 "hours": (r["tenths"] or 0) / 10} for r in rows.dicts()]
    on_client = (Assignment.select(Assignment.staff, Assignment.client).distinct()
                 .where(Assignment.end_date.is_null()).alias("on_client"))
    rows = (Enrollment.select(Client.id.alias("client_id"), Client.name.alias("client"),
                              fn.SUM(Enrollment.hours).alias("hours"))
            .join(on_client, on=(on_client.c.staff_id == Enrollment.staff))
            .join(Client, on=(on_client.c.client_id == Client.id))
            .where(*_completed(start, end),
                   *[Enrollment.staff.in_(people) for people in _people(team, site)])
            .group_by(Client.id).order_by(*by_name(Client.sort_key, Client.name)))
    if client is not None:
        rows = rows.where(Client.id == int(client))
    return [{**r, "hours": float(r["hours"] or 0)} for r in rows.dicts()]


def _overdue_check_ins(today: dt.date, client, team, site):
    return (CheckIn.select(Staff.id.alias("staff_id"), _name().alias("name"),
                           Staff.employee_id, CheckIn.date.alias("last_check_in"),
                           CheckIn.next_date.alias("due"))
            .join(Staff, on=(CheckIn.staff == Staff.id))
            .where(CheckIn.is_latest == True, CheckIn.next_date < today,  # noqa: E712
                   _ACTIVE_STAFF, *staff_scope(Staff, client, team, site))
            .order_by(CheckIn.next_date))


def overdue_check_ins(today: dt.date | None = None, limit: int | None = ATTENTION_LIMIT,
                      client: int | None = None, team: str | None = None,
                      site: str | None = None) -> list[dict]:
    """Active staff whose latest check-in set a next date that has passed."""
    query = _overdue_check_ins(today or dt.date.today(), client, team, site)
    return list((query.limit(limit) if limit is not None else query).dicts())


def _certifications_expiring(today: dt.date, days: int, client, team, site):
    Renewal = Enrollment.alias("renewal")
    renewal = Renewal.select(Renewal.id).where(
        Renewal.staff == Enrollment.staff, Renewal.program == Enrollment.program,
        Renewal.status == "completed", Renewal.expires_on > Enrollment.expires_on,
        not_archived(Renewal))
    return (Enrollment.select(Staff.id.alias("staff_id"), _name().alias("name"),
                              Staff.employee_id, TrainingProgram.name.alias("program"),
                              Enrollment.expires_on)
            .join(Staff, on=(Enrollment.staff == Staff.id))
            .switch(Enrollment).join(TrainingProgram)
            .where(Enrollment.expires_on.between(today, today + dt.timedelta(days=days)),
                   # (only completed enrollments have an expiry; testing the status
                   # too made SQLite pick the status index over the expiry range)
                   _ACTIVE_STAFF, not_archived(Enrollment), ~fn.EXISTS(renewal),
                   *staff_scope(Staff, client, team, site))
            .order_by(Enrollment.expires_on))


def certifications_expiring(days: int = 30, today: dt.date | None = None,
                            limit: int | None = ATTENTION_LIMIT, client: int | None = None,
                            team: str | None = None, site: str | None = None) -> list[dict]:
    """Completed certifications of active staff expiring within `days` (expired ones excluded),
    unless archived or renewed (the same program completed again with a later expiry)."""
    query = _certifications_expiring(today or dt.date.today(), days, client, team, site)
    return list((query.limit(limit) if limit is not None else query).dicts())


def _incidents_past_follow_up(today: dt.date, client, team, site):
    return (Feedback.select(Feedback.id.alias("feedback_id"), Staff.id.alias("staff_id"),
                            _name().alias("name"), Staff.employee_id, Feedback.date,
                            Feedback.follow_up_date, Feedback.comment)
            .join(Staff, on=(Feedback.staff == Staff.id))
            .where(Feedback.kind == "incident", Feedback.resolved_date.is_null(),
                   Feedback.follow_up_date < today, _ACTIVE_STAFF, not_archived(Feedback),
                   *staff_scope(Staff, None, team, site),
                   *([] if client is None else [Feedback.client == int(client)]))
            .order_by(Feedback.follow_up_date))


def incidents_past_follow_up(today: dt.date | None = None, limit: int | None = ATTENTION_LIMIT,
                             client: int | None = None, team: str | None = None,
                             site: str | None = None) -> list[dict]:
    query = _incidents_past_follow_up(today or dt.date.today(), client, team, site)
    return list((query.limit(limit) if limit is not None else query).dicts())


def _mentors_over_capacity(client, team, site):
    # Active mentees counted per mentor first (index `mentorship_status_mentor_id` alone),
    # names joined to the mentors over capacity only: grouping every mentor with their name
    # took 165 ms at 300,000 staff on PostgreSQL.
    active = (Mentorship.select(Mentorship.mentor, fn.COUNT(SQL("*")).alias("n"))
              .where(Mentorship.status == "active").group_by(Mentorship.mentor)
              .alias("active"))
    return (Mentor.select(Mentor.id.alias("mentor_id"), MentorStaff.id.alias("staff_id"),
                          mentor_name_expression().alias("name"), Mentor.capacity,
                          active.c.n.alias("active_mentees"))
            .join(active, on=(active.c.mentor_id == Mentor.id))
            .switch(Mentor).join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id))
            .where(not_archived(Mentor), active.c.n > Mentor.capacity,
                   *staff_scope(MentorStaff, client, team, site))
            .order_by(Mentor.id))


def mentors_over_capacity(limit: int | None = None, client: int | None = None,
                          team: str | None = None, site: str | None = None) -> list[dict]:
    """Mentors with more active mentees than their capacity; narrowed to a client, team or
    site, only mentors who are staff there (external mentors have none)."""
    query = _mentors_over_capacity(client, team, site)
    return list((query.limit(limit) if limit is not None else query).dicts())


def _falling_ratings(today: dt.date, days: int, drop: float, client, team, site):
    recent_start = today - dt.timedelta(days=days - 1)
    before_start = recent_start - dt.timedelta(days=days)
    in_recent = Feedback.date >= recent_start
    recent = fn.AVG(Case(None, [(in_recent, Feedback.rating)]))
    before = fn.AVG(Case(None, [(~in_recent, Feedback.rating)]))
    recent_n = fn.COUNT(Case(None, [(in_recent, Feedback.rating)]))
    before_n = fn.COUNT(Case(None, [(~in_recent, Feedback.rating)]))
    per_staff = (Feedback.select(Feedback.staff, recent.alias("recent"), before.alias("before"))
                 .where(Feedback.date.between(before_start, today),
                        Feedback.rating.is_null(False))
                 .group_by(Feedback.staff)
                 .having(recent_n >= 2, before_n >= 2, before - recent >= drop)
                 .alias("per_staff"))
    return (Staff.select(Staff.id.alias("staff_id"), _name().alias("name"), Staff.employee_id,
                         per_staff.c.before, per_staff.c.recent)
            .join(per_staff, on=(per_staff.c.staff_id == Staff.id))
            .where(_ACTIVE_STAFF, *staff_scope(Staff, client, team, site))
            .order_by((per_staff.c.recent - per_staff.c.before).asc()))


def _rounded_ratings(rows: list[dict]) -> list[dict]:
    return [{**r, "before": round(float(r["before"]), 2), "recent": round(float(r["recent"]), 2)}
            for r in rows]


def falling_ratings(today: dt.date | None = None, days: int = 90, drop: float = 0.5,
                    limit: int | None = ATTENTION_LIMIT, client: int | None = None,
                    team: str | None = None, site: str | None = None) -> list[dict]:
    """Staff whose average rating in the last `days` fell by at least `drop` against the
    `days` before, with at least two ratings in each period."""
    query = _falling_ratings(today or dt.date.today(), days, drop, client, team, site)
    return _rounded_ratings(list((query.limit(limit) if limit is not None else query).dicts()))


ATTENTION_KEYS = ("overdue_check_ins", "certifications_expiring", "incidents_past_follow_up",
                  "mentors_over_capacity", "falling_ratings")


def _attention_query(key: str, today: dt.date, client, team, site):
    if key not in ATTENTION_KEYS:
        raise ValueError(f"no attention list {key!r}")  # untranslated: a programming error
    return {"overdue_check_ins": lambda: _overdue_check_ins(today, client, team, site),
            "certifications_expiring": lambda: _certifications_expiring(today, 30, client,
                                                                        team, site),
            "incidents_past_follow_up": lambda: _incidents_past_follow_up(today, client, team,
                                                                          site),
            "mentors_over_capacity": lambda: _mentors_over_capacity(client, team, site),
            "falling_ratings": lambda: _falling_ratings(today, 90, 0.5, client, team, site),
            }[key]()


# The attention lists whose totals for everyone are kept as counts per due day.
_DUE_FIGURES = {"overdue_check_ins": "check_in", "incidents_past_follow_up": "incident"}


def attention(key: str, today: dt.date | None = None, limit: int | None = ATTENTION_LIMIT,
              client: int | None = None, team: str | None = None, site: str | None = None,
              *, rolled_up: bool | None = None) -> dict:
    """One "needs attention" list as the dashboard shows it: {"rows": the first `limit`
    (None: all), "total": how many there are in all}. For everyone (`_rolled_up`, no client)
    the overdue check-ins and incidents are counted from the days they fell due
    (`models.DashboardDue`), not from the records."""
    today = today or dt.date.today()
    query = _attention_query(key, today, client, team, site)
    if rolled_up is None:
        rolled_up = _rolled_up(team, site)
    if key in _DUE_FIGURES and client is None and rolled_up:
        rows = list((query.limit(limit) if limit is not None else query).dicts())
        total = (DashboardDue.select(fn.COALESCE(fn.SUM(DashboardDue.n), 0))
                 .where(DashboardDue.figure == _DUE_FIGURES[key], DashboardDue.day < today)
                 .scalar())
        return {"rows": rows, "total": int(total)}
    rows, total = _rows_and_total(query, limit,
                                  grouped=key in ("mentors_over_capacity", "falling_ratings"))
    return {"rows": _rounded_ratings(rows) if key == "falling_ratings" else rows,
            "total": total}


def figures(today: dt.date | None = None, *, client: int | None = None,
            team: str | None = None, site: str | None = None, months: int = 12) -> dict:
    """The dashboard's figures, charts and attention lists, in one call, for people on
    `client`, in `team` and at `site` (None: everyone); the charts cover `months` months up to
    this one. Falling ratings are a separate call (`attention("falling_ratings")`): it averages
    half a year of ratings per person, as long as all of this together, so the page shows the
    rest first. `attention_totals` counts each list in full (the lists stop at 50)."""
    today = today or dt.date.today()
    scope = {"client": client, "team": team, "site": site}
    period_start = months_back(today, months - 1)  # this month and the ones before it
    quarter = quarter_start(today)
    ninety_days_ago = today - dt.timedelta(days=89)
    rolled_up = _rolled_up(team, site)
    days = feedback_days(min(period_start, ninety_days_ago), today, **scope,
                         rolled_up=rolled_up)
    recent = [row for row in days if _as_date(row[0]) >= ninety_days_ago]
    recent_sum, recent_rated = sum(r[3] or 0 for r in recent), sum(r[4] for r in recent)
    people = staff_scope(Staff, client, team, site)
    mentorships = Mentorship.select().where(Mentorship.status == "active")
    if people:
        mentorships = mentorships.where(Mentorship.mentee.in_(
            Staff.select(Staff.id).where(*people)))
    if rolled_up and client is None:
        active_staff = (DashboardHeadcount.select(DashboardHeadcount.n)
                        .where(DashboardHeadcount.client_id == 0).scalar() or 0)
    else:
        active_staff = _where(Staff.select().where(_ACTIVE_STAFF), people).count()
    result = {
        "period_start": period_start,
        "active_staff": active_staff,
        "active_mentorships": mentorships.count(),
        "average_rating_90_days": {
            "average": round(recent_sum / recent_rated, 2) if recent_rated else None,
            "count": recent_rated},
        "trainings_this_quarter": trainings_completed(quarter, today, **scope,
                                                      rolled_up=rolled_up),
        "headcount_by_client": headcount_by_client(**scope, rolled_up=rolled_up),
        "rating_by_month": rating_by_month(period_start, today, days),
        "training_hours_by_client": training_hours_by_client(period_start, today, **scope,
                                                             rolled_up=rolled_up),
        "feedback_by_source": feedback_by_source(period_start, today, days),
        "attention_totals": {},
    }
    for key in ATTENTION_KEYS[:-1]:
        shown = attention(key, today, **scope, rolled_up=rolled_up)
        result[key] = shown["rows"]
        result["attention_totals"][key] = shown["total"]
    return result


def kpi_below_target(today: dt.date | None = None, *, client: int | None = None,
                     team: str | None = None, site: str | None = None, periods: int = 2
                     ) -> list[dict]:
    """People below a KPI target `periods` months running (`kpi.below_target_running`), by
    client: for `client`, or every client the user sees that has metrics; narrowed to the
    people in `team` at `site`. Each row also carries `staff_id` (the dashboard opens it)."""
    clients = (Client.select(Client.id)
               .where(not_archived(Client), Client.id.in_(
                   KpiMetric.select(KpiMetric.client).where(not_archived(KpiMetric))))
               .order_by(*by_name(Client.sort_key, Client.name)))
    if client is not None:
        clients = clients.where(Client.id == int(client))
    rows = [row for (client_id,) in clients.tuples()
            for row in kpi.below_target_running(client_id, periods=periods, today=today)]
    people = staff_scope(team=team, site=site)
    if people and rows:
        kept = {staff_id for (staff_id,) in Staff.select(Staff.id).where(
            Staff.id.in_({row["staff"] for row in rows}), *people).tuples()}
        rows = [row for row in rows if row["staff"] in kept]
    return [{**row, "staff_id": row["staff"]} for row in rows]


def is_empty() -> bool:
    """No client and no staff yet: the dashboard shows the first steps instead of zeros."""
    return not Client.select().exists() and not Staff.select().exists()


def filter_options() -> dict[str, list[tuple[str, object]]]:
    """The dashboard's filter entries: clients (not archived), and the teams and sites of the
    staff, each (text, value)."""
    def distinct(field):
        return [(v, v) for (v,) in Staff.select(field).distinct()
                .where(not_archived(Staff), field != "").order_by(field).tuples()]

    return {"client": [(c.name, c.id) for c in Client.select(Client.id, Client.name)
                       .where(not_archived(Client))
                       .order_by(*by_name(Client.sort_key, Client.name))],
            "team": distinct(Staff.team), "site": distinct(Staff.site)}


def drill_down(figure: str, item=None, *, today: dt.date | None = None, months: int = 12,
               client: int | None = None, team: str | None = None, site: str | None = None
               ) -> tuple[str, dict]:
    """The list behind a dashboard figure, as (list, filters) for the list's service: "staff",
    "feedback", "mentorships" or "enrollments", with the dashboard's client, team and site.
    `item` is the month ('YYYY-MM'), source or client id of the chart entry clicked."""
    today = today or dt.date.today()
    scope = {key: value for key, value in (("client", client), ("team", team), ("site", site))
             if value is not None}
    period = {"date_from": months_back(today, months - 1), "date_to": today}
    if figure == "active_staff":
        return "staff", {**scope, "current": True}
    if figure == "active_mentorships":
        return "mentorships", {**scope, "status": "active"}
    if figure == "average_rating":
        return "feedback", {**scope, "rated": True, "date_from": today - dt.timedelta(days=89),
                            "date_to": today}
    if figure == "trainings":
        return "enrollments", {**scope, "status": "completed",
                               "completed_from": quarter_start(today), "completed_to": today}
    if figure == "rating_by_month":
        return "feedback", {**scope, "rated": True,
                            "date_from": max(dt.date.fromisoformat(f"{item}-01"),
                                             period["date_from"]),
                            "date_to": min(month_end(item), today)}
    if figure == "feedback_by_source":
        return "feedback", {**scope, **period, "source": item}
    if figure == "training_hours_by_client":
        return "enrollments", {**scope, "client": item, "status": "completed",
                               "completed_from": period["date_from"], "completed_to": today}
    raise ValueError(f"no list behind {figure!r}")  # untranslated: a programming error
