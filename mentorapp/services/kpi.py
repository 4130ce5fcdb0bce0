"""KPI metrics a client judges its agents by, and the roll-ups of their values.

Definitions are checked by one layer of field rules (errors name the field). The roll-ups
are SQL aggregates, with the arithmetic of `mentorapp.kpis`, over the person-months the
database keeps (`models.KpiMonth`, schema 10): a weighted metric is SUM(value * count) /
SUM(count) over every person-day of the group (never an average of averages), a "latest"
metric averages each person's latest figure of the month. A month's figure takes every value
whose `day` (a day, or the first day of a week or month) falls in it; the import keeps each
metric to one period, so nothing is counted twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections import defaultdict

from peewee import SQL, Case, Tuple, fn

from mentorapp import kpis
from mentorapp.collation import by_name, name_sort_key
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import Client, KpiMetric, KpiMonth, Staff, label
from mentorapp.queries import not_archived
from mentorapp.services import audit
from mentorapp.services.entity import record_or_not_found, to_dict
from mentorapp.services.fields import Choice, Flag, Number, Ref, Text
from mentorapp.text import fold_key
from mentorapp.translations import N_, _, display

RULES = {
    "client": Ref(Client, required=True),
    "line_of_business": Text(max_length=100, multiline=False, label=N_("line of business")),
    "name": Text(required=True, max_length=100, multiline=False),
    "unit": Choice(kpis.UNITS, required=True),
    "better": Choice(kpis.BETTER, required=True),
    "target": Number(required=True),
    "warning": Number(),
    "rollup": Choice(kpis.ROLLUPS, default="average", label=N_("roll-up")),
    "weight_column": Text(max_length=100, multiline=False, label=N_("weight column")),
    "decimals": Number(minimum=0, maximum=4, whole=True, default=0),
    "shareable": Flag(),
}
MONTHS_SHOWN = 12  # the profile's KPI tab
RUNNING_MONTHS_LOOKED_AT = 3  # "below target two periods running": this month and two before


def presets() -> list[dict]:
    """Suggested definitions a user starts from and changes (targets are common contract
    figures, not rules): AHT, CSAT, FCR, QA score, adherence, attendance."""
    return [
        {"name": "AHT", "unit": "seconds", "better": "lower", "target": 300.0,
         "warning": 330.0, "rollup": "weighted", "weight_column": "Handled", "decimals": 0},
        {"name": "CSAT", "unit": "percent", "better": "higher", "target": 85.0,
         "warning": 80.0, "rollup": "weighted", "weight_column": "Surveys", "decimals": 1},
        {"name": "FCR", "unit": "percent", "better": "higher", "target": 75.0,
         "warning": 70.0, "rollup": "weighted", "weight_column": "Handled", "decimals": 1},
        {"name": "QA score", "unit": "score", "better": "higher", "target": 90.0,
         "warning": 85.0, "rollup": "average", "weight_column": "", "decimals": 1},
        {"name": "Adherence", "unit": "percent", "better": "higher", "target": 92.0,
         "warning": 88.0, "rollup": "average", "weight_column": "", "decimals": 1},
        {"name": "Attendance", "unit": "percent", "better": "higher", "target": 95.0,
         "warning": 90.0, "rollup": "average", "weight_column": "", "decimals": 1},
    ]


# -- definitions ---------------------------------------------------------------------------
def _clean(values: dict, partial: bool) -> dict:
    unknown = set(values) - set(RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of a KPI metric"))
    names = values if partial else RULES
    return {name: RULES[name].clean(name, values.get(name)) for name in names}


def _check(values: dict, current_id: int | None) -> None:
    """The rules between fields, and one metric per name on a client's line of business."""
    if values["unit"] == "percent":
        for field in ("target", "warning"):
            if values[field] is not None and not 0 <= values[field] <= 100:
                raise ValidationError(field, _("{value} is not a percentage (0 to 100)").format(
                    value=f"{values[field]:g}"))
    warning = values["warning"]
    if warning is not None:
        worse_side = warning <= values["target"] if values["better"] == "higher" \
            else warning >= values["target"]
        if not worse_side:
            message = _("must be at or below the target ({target}) when {better} is better") \
                if values["better"] == "higher" else \
                _("must be at or above the target ({target}) when {better} is better")
            raise ValidationError("warning", message.format(
                target=f"{values['target']:g}", better=label(values["better"], display()).lower()))
    if values["rollup"] == "weighted" and not values["weight_column"]:
        raise ValidationError("weight_column", _("is required for a weighted metric: name the "
                                                "import column that weighs each value (handled "
                                                "contacts, say)"),
                              label=_("weight column"))
    if values["rollup"] != "weighted" and values["weight_column"]:
        raise ValidationError("weight_column", _("is only for weighted metrics"),
                              label=_("weight column"))
    if values["weight_column"] and fold_key(values["weight_column"]) == fold_key(values["name"]):
        raise ValidationError("weight_column", _("must differ from the metric's name"),
                              label=_("weight column"))
    same = KpiMetric.select().where(KpiMetric.client == values["client"],
                                    KpiMetric.line_of_business == values["line_of_business"],
                                    KpiMetric.name_key == fold_key(values["name"]))
    if current_id is not None:
        same = same.where(KpiMetric.id != current_id)
    if same.exists():
        message = _("{name} is already a metric of this client on {line}") \
            if values["line_of_business"] else _("{name} is already a metric of this client")
        raise ValidationError("name", message.format(name=repr(values["name"]),
                                                     line=repr(values["line_of_business"])))


def _record(metric_id: int) -> KpiMetric:
    return record_or_not_found(KpiMetric, metric_id, N_("KPI metric"))


def _public(record: KpiMetric) -> dict:
    values = to_dict(record)
    values.pop("name_key")
    return values


def define(**values) -> dict:
    """A new metric for a client (`client` is its id); see RULES and `_check`."""
    with transaction():
        clean = _clean(values, partial=False)
        _check(clean, None)
        record = KpiMetric.create(**clean, name_key=fold_key(clean["name"]))
        audit.record("create", "kpi_metric", record.id,
                     {k: (None, v) for k, v in clean.items() if v not in (None, "")})
        return _public(record)


def update(metric_id: int, **values) -> dict:
    with transaction():
        record = _record(metric_id)
        current = _public(record)
        merged = {**{k: current[k] for k in RULES}, **_clean(values, partial=True)}
        _check(merged, record.id)
        changes = {k: (current[k], v) for k, v in merged.items() if current[k] != v}
        if changes:
            KpiMetric.update(**{k: new for k, (_, new) in changes.items()},
                             name_key=fold_key(merged["name"])).where(
                KpiMetric.id == record.id).execute()
            audit.record("update", "kpi_metric", record.id, changes)
        return get(record.id)


def set_archived(metric_id: int, archived: bool = True) -> dict:
    """Archived metrics keep their values but take no imports and leave the roll-ups."""
    with transaction():
        record = _record(metric_id)
        if record.archived != archived:
            KpiMetric.update(archived=archived).where(KpiMetric.id == metric_id).execute()
            audit.record("archive" if archived else "restore", "kpi_metric", metric_id,
                         {"archived": (record.archived, archived)})
        return get(metric_id)


def get(metric_id: int) -> dict:
    return _public(_record(metric_id))


def list(client: int | None = None, *, include_archived: bool = False) -> list[dict]:  # noqa: A001
    """Metrics with their client's name, by client, line of business and name."""
    query = (KpiMetric.select(KpiMetric, Client.name.alias("client_name"))
             .join(Client, on=(KpiMetric.client == Client.id))
             .order_by(*by_name(Client.sort_key, Client.name), KpiMetric.line_of_business,
                       *by_name(KpiMetric.name_key, KpiMetric.name)))
    if client is not None:
        query = query.where(KpiMetric.client == client)
    if not include_archived:
        query = query.where(not_archived(KpiMetric))
    return [{k: v for k, v in row.items() if k != "name_key"} for row in query.dicts()]


def as_metric(row: dict) -> kpis.Metric:
    """The arithmetic's view of a stored definition."""
    return kpis.Metric(row["name"], row["unit"], row["better"], row["target"],
                       rollup=row["rollup"], warning=row["warning"], decimals=row["decimals"])


# -- roll-ups ------------------------------------------------------------------------------
def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_back(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the `count` months ending with today's, oldest first."""
    year, month = today.year, today.month
    firsts = []
    for _month in range(count):
        firsts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _as_date(value) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def _monthly(metrics: dict[int, dict], start: dt.date, end: dt.date, *,
             staff_condition=None, per_person: bool = False,
             condition=None) -> dict[tuple, float | None]:
    """{(metric id, month[, staff id]): figure} for the months start..end of these metrics, of
    the staff meeting `staff_condition` (on Staff) when given and of the person-months meeting
    `condition` (on KpiMonth), from the person-months (`KpiMonth`): sums of sums, and a
    "latest" metric's mean of each person's last value."""
    if not metrics:
        return {}
    if per_person:  # a person-month is one row: nothing to add up
        query = KpiMonth.select(KpiMonth.metric_id, KpiMonth.month, KpiMonth.staff_id,
                                KpiMonth.weighted_sum, KpiMonth.weight_sum, KpiMonth.value_sum,
                                KpiMonth.n, KpiMonth.last_value, SQL("1"))
    else:
        query = (KpiMonth.select(KpiMonth.metric_id, KpiMonth.month,
                                 fn.SUM(KpiMonth.weighted_sum), fn.SUM(KpiMonth.weight_sum),
                                 fn.SUM(KpiMonth.value_sum), fn.SUM(KpiMonth.n),
                                 fn.SUM(KpiMonth.last_value), fn.COUNT(SQL("*")))
                 .group_by(KpiMonth.metric_id, KpiMonth.month))
    query = query.where(KpiMonth.metric_id.in_([*metrics]),
                        KpiMonth.month.between(month_start(start), end))
    if condition is not None:
        query = query.where(condition)
    if staff_condition is not None:
        query = query.join(Staff, on=(KpiMonth.staff_id == Staff.id)).where(staff_condition)
    rollups = {metric_id: metric["rollup"] for metric_id, metric in metrics.items()}
    months: dict = {}
    figures: dict[tuple, float | None] = {}
    # The cursor's own rows: peewee converting each value took most of the time at 30,000 rows.
    for metric_id, month, *rest in KpiMonth._meta.database.execute(query):
        person = (rest.pop(0),) if per_person else ()
        weighted, weight, total, count, last_total, people_count = rest
        rollup = rollups[metric_id]
        if rollup == "weighted":
            figure = weighted / weight if weight else None
        elif rollup == "average":
            figure = total / count
        elif rollup == "sum":
            figure = total
        else:  # latest: each person's last value of the month, averaged over people
            figure = last_total / people_count
        when = months.get(month)
        if when is None:
            when = months[month] = _as_date(month)
        figures[(metric_id, when, *person)] = figure
    return figures


def _metrics(condition) -> dict[int, dict]:
    rows = (KpiMetric.select(KpiMetric, Client.name.alias("client_name"))
            .join(Client, on=(KpiMetric.client == Client.id))
            .where(not_archived(KpiMetric), condition)
            .order_by(*by_name(Client.sort_key, Client.name), KpiMetric.line_of_business,
                       *by_name(KpiMetric.name_key, KpiMetric.name)).dicts())
    return {row["id"]: {k: v for k, v in row.items() if k != "name_key"} for row in rows}


def _series(metric: dict, months: list[dt.date], figure_of) -> dict:
    """A metric's months with figure, attainment and status, its latest figure and trend."""
    arithmetic = as_metric(metric)
    figures = [figure_of(month) for month in months]
    shown = [{"month": month, "value": value,
              "attainment": kpis.attainment(value, arithmetic),
              "status": kpis.status(value, arithmetic)}
             for month, value in zip(months, figures, strict=True)]
    latest = next((item for item in reversed(shown) if item["value"] is not None), None)
    return {"metric_id": metric["id"], "metric": metric["name"], "client": metric["client"],
            "client_name": metric["client_name"],
            "line_of_business": metric["line_of_business"], "unit": metric["unit"],
            "better": metric["better"], "target": metric["target"],
            "warning": metric["warning"], "decimals": metric["decimals"],
            "rollup": metric["rollup"], "shareable": metric["shareable"], "months": shown,
            "latest": latest, "trend": kpis.trend(figures, arithmetic)}


def person_kpis(staff_id: int, today: dt.date | None = None) -> list[dict]:
    """The profile's KPI tab: every metric the person has values for in the last 12 months,
    each month's figure against target, and the trend."""
    months = months_back(today or dt.date.today(), MONTHS_SHOWN)
    start, end = months[0], _month_end(months[-1])
    metric_ids = (KpiMonth.select(KpiMonth.metric_id).distinct()
                  .where(KpiMonth.staff_id == staff_id, KpiMonth.month.between(start, end)))
    metrics = _metrics(KpiMetric.id.in_(metric_ids))
    figures = _monthly(metrics, start, end, staff_condition=(Staff.id == staff_id))
    return [_series(metric, months, lambda month, mid=mid: figures.get((mid, month)))
            for mid, metric in metrics.items()]


def client_rollup(client_id: int, *, team: str | None = None, site: str | None = None,
                  months: int = MONTHS_SHOWN, today: dt.date | None = None) -> list[dict]:
    """A client's (or one team's or site's on it) monthly figure for each of its metrics,
    over every person's values: the account total, weighted as the metric says."""
    if not Client.select().where(Client.id == client_id).exists():
        raise NotFoundError(_("No client with id {client_id}").format(client_id=client_id))
    shown = months_back(today or dt.date.today(), months)
    start, end = shown[0], _month_end(shown[-1])
    conditions = [c for c in ((Staff.team == team) if team else None,
                              (Staff.site == site) if site else None) if c is not None]
    metrics = _metrics(KpiMetric.client == client_id)
    figures = _monthly(metrics, start, end,
                       staff_condition=functools.reduce(operator.and_, conditions)
                       if conditions else None)
    return [_series(metric, shown, lambda month, mid=mid: figures.get((mid, month)))
            for mid, metric in metrics.items()]


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _near_target(metrics: dict[int, dict], start: dt.date, end: dt.date):
    """The person-metrics with a month start..end whose figure misses its target or comes
    within one shown unit of it: only they can be below target, which `kpis.status` then
    decides on the rounded figure (a dashboard's client has 30,000 person-months over three
    months, and reading each into Python took most of the list's time)."""
    if not metrics:
        return None
    figure = {"weighted": KpiMonth.weighted_sum / fn.NULLIF(KpiMonth.weight_sum, 0),
              "average": KpiMonth.value_sum / KpiMonth.n, "sum": KpiMonth.value_sum,
              "latest": KpiMonth.last_value}
    near = []
    for metric_id, metric in metrics.items():
        unit = 10.0 ** -metric["decimals"]  # rounding moves a figure by half of it at most
        value = figure[metric["rollup"]]
        near.append((metric_id, value < metric["target"] + unit if metric["better"] == "higher"
                     else value > metric["target"] - unit))
    return Tuple(KpiMonth.metric_id, KpiMonth.staff_id).in_(
        KpiMonth.select(KpiMonth.metric_id, KpiMonth.staff_id)
        .where(KpiMonth.metric_id.in_([*metrics]), KpiMonth.month.between(start, end),
               Case(KpiMonth.metric_id, near)))


def below_target_running(client_id: int | None = None, *, reports_to: int | None = None,
                         periods: int = 2, today: dt.date | None = None) -> list[dict]:
    """People whose monthly figure missed a metric's target on `periods` months running, up
    to their latest month with values in the last three (the current month counts as far as
    it goes): for a client (the dashboard) or for a team lead's people (My work, `reports_to`
    a user id). One row per person and metric, by client, metric and name."""
    months = months_back(today or dt.date.today(), max(RUNNING_MONTHS_LOOKED_AT, periods))
    start, end = months[0], _month_end(months[-1])
    if reports_to is not None:
        staff_condition = Staff.reports_to == reports_to
        metric_ids = (KpiMonth.select(KpiMonth.metric_id).distinct()
                      .join(Staff, on=(KpiMonth.staff_id == Staff.id))
                      .where(staff_condition, KpiMonth.month.between(start, end)))
        metrics = _metrics(KpiMetric.id.in_(metric_ids) if client_id is None else
                           KpiMetric.id.in_(metric_ids) & (KpiMetric.client == client_id))
    elif client_id is not None:
        staff_condition = None
        metrics = _metrics(KpiMetric.client == client_id)
    else:
        raise ValidationError("client", _("name a client or a team lead"))
    figures = _monthly(metrics, start, end, staff_condition=staff_condition, per_person=True,
                       condition=_near_target(metrics, start, end) if periods > 0 else None)
    by_person = defaultdict(dict)
    for (metric_id, month, staff_id), value in figures.items():
        by_person[(metric_id, staff_id)][month] = value
    found = []
    arithmetic = {metric_id: as_metric(metric) for metric_id, metric in metrics.items()}
    for (metric_id, staff_id), values in by_person.items():
        series = [values.get(month) for month in months]
        while series and series[-1] is None:  # the latest month not imported yet
            series.pop()
        metric = metrics[metric_id]
        run = kpis.periods_below_running(series, arithmetic[metric_id])
        if run >= periods:
            found.append({"staff": staff_id, "metric_id": metric_id, "metric": metric["name"],
                          "client": metric["client"], "client_name": metric["client_name"],
                          "unit": metric["unit"], "target": metric["target"],
                          "decimals": metric["decimals"], "periods_below": run,
                          "figures": series[-run:]})
    names = {sid: (f"{first} {last}", eid, name_sort_key(last, first))
             for sid, first, last, eid in
             Staff.select(Staff.id, Staff.first_name, Staff.last_name, Staff.employee_id)
             .where(Staff.id.in_({row["staff"] for row in found})).tuples()} if found else {}
    for row in found:
        row["name"], row["employee_id"], _sort_key = names[row["staff"]]
    order = [*metrics]
    found.sort(key=lambda row: (order.index(row["metric_id"]), names[row["staff"]][2]))
    return found

