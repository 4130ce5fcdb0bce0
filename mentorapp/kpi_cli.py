"""`kpi define`, `kpi list` and `kpi archive`: a client's KPI metric definitions."""

from __future__ import annotations

import json

from mentorapp import kpis

# Options of `kpi define` and the service field each fills (None: not given, keep as is).
DEFINE_OPTIONS = ("unit", "better", "target", "warning", "rollup", "weight_column",
                  "decimals", "shareable")


def register(sub) -> None:
    kpi = sub.add_parser("kpi", help="the KPI metrics clients judge their agents by")
    actions = kpi.add_subparsers(dest="kpi_command", metavar="ACTION", required=True)

    define = actions.add_parser(
        "define", help="add a client's metric, or change the options given of an existing one",
        description="A new metric needs --unit, --better and --target; for an existing metric "
        "(same client, line of business and name) only the options given change.")
    _metric_options(define)
    define.add_argument("--unit", choices=kpis.UNITS)
    define.add_argument("--better", choices=kpis.BETTER, help="which way is better")
    define.add_argument("--target", metavar="X", help="the target, in the metric's unit")
    define.add_argument("--warning", metavar="X",
                        help="the warning threshold, on the worse side of the target")
    define.add_argument("--rollup", choices=kpis.ROLLUPS,
                        help="how values add up over days and people (average)")
    define.add_argument("--weight-column", metavar="NAME",
                        help="the import column weighing each value (weighted roll-up)")
    define.add_argument("--decimals", metavar="N", help="decimals shown (0)")
    define.add_argument("--shareable", action="store_true", default=None,
                        help="the client may see this metric")
    define.set_defaults(handler=_define)

    listing = actions.add_parser("list", help="list the metrics, of one client or all")
    listing.add_argument("--client", metavar="NAME")
    listing.add_argument("--archived", action="store_true", help="include archived metrics")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    archive = actions.add_parser("archive", help="archive a metric (its values are kept)")
    _metric_options(archive)
    archive.set_defaults(handler=_archive)


def _metric_options(parser) -> None:
    parser.add_argument("--client", required=True, metavar="NAME")
    parser.add_argument("--metric", required=True, metavar="NAME")
    parser.add_argument("--line-of-business", default="", metavar="NAME",
                        help="the line of business on the account (default: the whole account)")


def _open(args) -> None:
    from mentorapp import opening

    opening.open_database(args.db)


def _existing(client_id: int, args) -> dict | None:
    from mentorapp.services import kpi
    from mentorapp.text import fold_key

    for metric in kpi.list(client_id, include_archived=True):
        if fold_key(metric["name"]) == fold_key(args.metric) and \
                fold_key(metric["line_of_business"]) == fold_key(args.line_of_business):
            return metric
    return None


def _define(args) -> int:
    from mentorapp.services import clients, kpi

    _open(args)
    client = clients.by_name(args.client)
    given = {name: getattr(args, name) for name in DEFINE_OPTIONS
             if getattr(args, name) is not None}
    current = _existing(client["id"], args)
    if current is None:
        metric = kpi.define(client=client["id"], name=args.metric,
                            line_of_business=args.line_of_business, **given)
        print(f"Defined {_describe(metric, client['name'])}")
    else:
        metric = kpi.update(current["id"], **given)
        print(f"Updated {_describe(metric, client['name'])}")
    return 0


def _archive(args) -> int:
    from mentorapp.errors import NotFoundError
    from mentorapp.services import clients, kpi

    _open(args)
    client = clients.by_name(args.client)
    current = _existing(client["id"], args)
    if current is None:
        raise NotFoundError(f"{client['name']} has no metric named {args.metric!r}")
    kpi.set_archived(current["id"])
    print(f"Archived {_describe(current, client['name'])}")
    return 0


def _list(args) -> int:
    from mentorapp.services import clients, kpi

    _open(args)
    client_id = clients.by_name(args.client)["id"] if args.client else None
    rows = [{"client": m["client_name"], "line_of_business": m["line_of_business"],
             "metric": m["name"], "unit": m["unit"], "better": m["better"],
             "target": m["target"], "warning": m["warning"], "rollup": m["rollup"],
             "weight_column": m["weight_column"], "decimals": m["decimals"],
             "shareable": m["shareable"], "archived": m["archived"]}
            for m in kpi.list(client_id, include_archived=args.archived)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        print(_describe(row, row["client"], name=row["metric"]))
    return 0


def _describe(metric: dict, client_name: str, name: str | None = None) -> str:
    """One line: "Acme / AHT: seconds, lower is better, target 300 (warning 330), weighted
    by Handled"."""
    where = " / ".join(part for part in (client_name, metric["line_of_business"]) if part)
    warning = f" (warning {metric['warning']:g})" if metric["warning"] is not None else ""
    weight = f" by {metric['weight_column']}" if metric["weight_column"] else ""
    flags = "".join(text for flag, text in ((metric["shareable"], ", shareable"),
                                            (metric["archived"], ", archived")) if flag)
    return (f"{where} / {name or metric['name']}: {metric['unit']}, {metric['better']} is "
            f"better, target {metric['target']:g}{warning}, {metric['rollup']}{weight}{flags}")
