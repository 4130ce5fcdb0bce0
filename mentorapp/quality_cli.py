"""`quality ...` commands: a person's evaluations, a calibration's result and an
evaluator's accuracy, as text or JSON. (Evaluations are imported with `import evaluations`
and the internal workbook is written by `export quality`, beside the other kinds.)"""

from __future__ import annotations

import json


def register(sub) -> None:
    quality = sub.add_parser("quality", help="quality evaluations and calibrations")
    actions = quality.add_subparsers(dest="quality_command", metavar="ACTION", required=True)

    evaluations = actions.add_parser("evaluations", help="a person's evaluations, newest first")
    evaluations.add_argument("--staff", required=True, metavar="EMPLOYEE_ID")
    evaluations.add_argument("--json", action="store_true", help="print JSON")
    evaluations.set_defaults(handler=_evaluations)

    calibration = actions.add_parser(
        "calibration", help="a calibration's spread per item and each evaluator's distance")
    calibration.add_argument("id", type=int, metavar="ID", help="the calibration's id")
    calibration.add_argument("--json", action="store_true", help="print JSON")
    calibration.set_defaults(handler=_calibration)

    accuracy = actions.add_parser(
        "accuracy", help="an evaluator's accuracy over their calibrations (100 - distance)")
    accuracy.add_argument("evaluator", metavar="LOGIN")
    accuracy.add_argument("--json", action="store_true", help="print JSON")
    accuracy.set_defaults(handler=_accuracy)


def _open(args) -> None:
    from mentorapp import opening  # late: the parser is built before the GUI, without a driver

    opening.open_database(args.db)


def _print_json(data) -> None:
    print(json.dumps(data, indent=2, default=str, ensure_ascii=False))


def _percent(score) -> str:
    return "-" if score is None else f"{score:.1f}%"


def _evaluations(args) -> int:
    from mentorapp.services import quality, staff

    _open(args)
    rows = quality.evaluations_of(staff.by_employee_id(args.staff)["id"])
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        critical = "  CRITICAL FAIL" if row["critical_fail"] else ""
        print(f"{row['interaction_date']}  {row['scorecard']} v{row['version']}  "
              f"{_percent(row['score'])}  {row['status']}  by {row['evaluator']}{critical}")
    print(f"{len(rows)} evaluation{'' if len(rows) == 1 else 's'}")
    return 0


def _calibration(args) -> int:
    from mentorapp.services import quality

    _open(args)
    result = quality.calibration_result(args.id)
    if args.json:
        _print_json(result)
        return 0
    print(f"Calibration {args.id}: interaction {result['interaction_id']} on "
          f"{result['held_on']}, reference {result['reference_evaluator']} "
          f"{_percent(result['reference_total'])}")
    for key, spread in result["item_spread"].items():
        print(f"  item {key}: spread {spread:.0%}")
    for who, distance in result["distance"].items():
        print(f"  {who}: {distance:.1f} points from the reference, "
              f"{result['disagreement'][who]:.0%} of items answered differently")
    return 0


def _accuracy(args) -> int:
    from mentorapp.services import quality

    _open(args)
    trend = quality.accuracy_trend(args.evaluator)
    if args.json:
        _print_json(trend)
        return 0
    for point in trend["points"]:
        print(f"{point['held_on']}  calibration {point['calibration']}  "
              f"{point['accuracy']:.1f}")
    print(f"Trend: {trend['direction'] or 'not enough calibrations'}")
    return 0
