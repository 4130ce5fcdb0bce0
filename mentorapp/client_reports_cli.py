"""`clients contacts add|list`, `clients set-language` and `reports list|mark-sent|
mark-acknowledged`: the client loop (issues 17 and 18) on the command line.
`export client-report` and `export client-reports` (the scheduled run) live with the other
exports in `mentorapp.excel.export_cli`."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from mentorapp.models import SENT_VIA_CHOICES
from mentorapp.translations import LANGUAGE_NAMES, LANGUAGES


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _version_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a report version id (see "
                                         "'reports list')")
    return value


def _subparsers_of(parser: argparse.ArgumentParser):
    """The sub-command action of a parser another module made (`clients`)."""
    return next(action for action in parser._actions
                if isinstance(action, argparse._SubParsersAction))


def register(sub) -> None:
    """Add `clients contacts ...` (to the `clients` command of mentorapp.shared_cli, which
    must be registered first) and `reports ...`."""
    clients = _subparsers_of(sub.choices["clients"])
    contacts = clients.add_parser("contacts", help="the people at a client who receive and "
                                  "acknowledge reports")
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a contact to a client")
    add.add_argument("client", metavar="CLIENT")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--role", default="", help="their role at the client")
    add.set_defaults(handler=_contacts_add)
    listing = actions.add_parser("list", help="a client's contacts")
    listing.add_argument("client", metavar="CLIENT")
    listing.add_argument("--all", action="store_true", help="inactive contacts too")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_contacts_list)
    language = clients.add_parser("set-language", help="the language of a client's reports: "
                                  + ", ".join(LANGUAGES))
    language.add_argument("client", metavar="CLIENT")
    language.add_argument("language", metavar="LANG")
    language.set_defaults(handler=_set_language)

    reports = sub.add_parser("reports", help="client report versions: sent, acknowledged")
    actions = reports.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the registered client report versions, "
                                 "newest first")
    listing.add_argument("--client", metavar="NAME")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_reports_list)
    sent = actions.add_parser("mark-sent", help="a version was sent to contacts of its client")
    sent.add_argument("id", type=_version_id, metavar="ID")
    sent.add_argument("--to", required=True, nargs="+", metavar="EMAIL",
                      help="the contacts it went to (see 'clients contacts list')")
    sent.add_argument("--via", choices=SENT_VIA_CHOICES, default="email")
    sent.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="when (default: now)")
    sent.set_defaults(handler=_mark_sent)
    acknowledged = actions.add_parser("mark-acknowledged",
                                      help="a contact of the client acknowledged a version")
    acknowledged.add_argument("id", type=_version_id, metavar="ID")
    acknowledged.add_argument("--by", required=True, metavar="EMAIL")
    acknowledged.add_argument("--on", type=_date, metavar="YYYY-MM-DD",
                              help="when (default: now)")
    acknowledged.set_defaults(handler=_mark_acknowledged)


def _open(args) -> None:
    from mentorapp import opening

    opening.open_database(args.db)


def _contacts_add(args) -> int:
    from mentorapp.services import clients

    _open(args)
    contact = clients.add_contact(args.client, name=args.name, email=args.email,
                                  role=args.role)
    print(f"Added {contact['name']} <{contact['email']}> to {clients.by_name(args.client)['name']}")
    return 0


def _contacts_list(args) -> int:
    from mentorapp.services import clients

    _open(args)
    rows = [{"name": c["name"], "email": c["email"], "role": c["role"], "active": c["active"]}
            for c in clients.contacts(args.client, include_inactive=args.all)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        role = f" ({row['role']})" if row["role"] else ""
        inactive = "" if row["active"] else " [inactive]"
        print(f"{row['name']} <{row['email']}>{role}{inactive}")
    return 0


def _set_language(args) -> int:
    from mentorapp.services import clients

    _open(args)
    client = clients.set_report_language(args.client, args.language)
    language = client["report_language"]
    print(f"{client['name']}'s reports are in {LANGUAGE_NAMES[language]} ({language})")
    return 0


def _stamp(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _row(version: dict) -> dict:
    return {"id": version["id"], "client": version["client_name"],
            "period_start": version["period_start"].isoformat(),
            "period_end": version["period_end"].isoformat(),
            "version": version["version"], "file_name": version["file_name"],
            "sha256": version["sha256"], "prepared_by": version["prepared_by"],
            "prepared_at": _stamp(version["prepared_at"]), "status": version["status"],
            "sent_at": _stamp(version["sent_at"]), "sent_via": version["sent_via"],
            "sent_to": version["recipients"],
            "acknowledged_at": _stamp(version["acknowledged_at"]),
            "acknowledged_by": version["acknowledged_by_email"] or ""}


COLUMNS = (("id", "ID"), ("client", "Client"), ("period", "Period"), ("version", "Ver"),
           ("status", "Status"), ("prepared_at", "Prepared (UTC)"), ("sent_at", "Sent (UTC)"),
           ("acknowledged_at", "Acknowledged (UTC)"), ("sha", "SHA-256"))


def _reports_list(args) -> int:
    from mentorapp.services import client_reports

    _open(args)
    rows = [_row(v) for v in client_reports.versions(args.client)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No client report versions registered")
        return 0
    table = [{**row, "period": f"{row['period_start']}..{row['period_end']}",
              "version": f"v{row['version']}", "sha": row["sha256"][:12]} for row in rows]
    widths = {key: max(len(title), *(len(str(r[key])) for r in table)) for key, title in COLUMNS}
    print("  ".join(title.ljust(widths[key]) for key, title in COLUMNS).rstrip())
    for row in table:
        print("  ".join(str(row[key]).ljust(widths[key]) for key, _ in COLUMNS).rstrip())
    return 0


def _mark_sent(args) -> int:
    from mentorapp.services import client_reports

    _open(args)
    version = client_reports.mark_sent(args.id, args.to, via=args.via, when=args.on)
    print(f"Marked v{version['version']} of {version['client_name']} "
          f"{version['period_start']}..{version['period_end']} sent via {version['sent_via']} "
          f"to {', '.join(version['recipients'])}")
    return 0


def _mark_acknowledged(args) -> int:
    from mentorapp.services import client_reports

    _open(args)
    version = client_reports.mark_acknowledged(args.id, args.by, on=args.on)
    print(f"Marked v{version['version']} of {version['client_name']} "
          f"{version['period_start']}..{version['period_end']} acknowledged by "
          f"{version['acknowledged_by_email']} on {version['acknowledged_at']:%Y-%m-%d}")
    return 0
