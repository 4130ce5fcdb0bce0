"""Commands of the shared PostgreSQL mode: `setup-shared`, `users ...`, `clients set-managers`
and `staff set-manager`. Their names and options are fixed so that scripts can rely on them."""

from __future__ import annotations

import argparse
import json
import sys

from mentorapp.errors import UserError
from mentorapp.roles import USER_ROLES


def register(sub) -> None:
    setup = sub.add_parser("setup-shared", help="make an empty PostgreSQL database the shared "
                           "database (run once, as a superuser)")
    setup.add_argument("--admin", required=True, metavar="LOGIN", help="the first admin")
    _password_stdin(setup)
    setup.add_argument("--prefix", help="start of the role names (default: the database name)")
    setup.set_defaults(handler=_setup)

    users = sub.add_parser("users", help="people who sign in to the shared database")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="add a user")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=USER_ROLES)
    add.add_argument("--staff", metavar="EMPLOYEE_ID", help="the staff record of this person")
    add.add_argument("--name", help="display name")
    _password_stdin(add)
    add.set_defaults(handler=_users_add)
    listing = users_sub.add_parser("list", help="list users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_users_list)
    set_role = users_sub.add_parser("set-role", help="change a user's role")
    set_role.add_argument("login")
    set_role.add_argument("role", choices=USER_ROLES)
    set_role.set_defaults(handler=_users_set_role)
    for action, active in (("disable", False), ("enable", True)):
        parser = users_sub.add_parser(action, help=f"{action} a user")
        parser.add_argument("login")
        parser.set_defaults(handler=_users_set_active, active=active)
    passwd = users_sub.add_parser("passwd", help="set a user's password")
    passwd.add_argument("login")
    _password_stdin(passwd)
    passwd.set_defaults(handler=_users_passwd)

    clients = sub.add_parser("clients", help="clients")
    clients_sub = clients.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    managers = clients_sub.add_parser("set-managers", help="the account managers of a client")
    managers.add_argument("client")
    managers.add_argument("logins", nargs="*", metavar="LOGIN")
    managers.set_defaults(handler=_set_managers)

    staff = sub.add_parser("staff", help="staff")
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    manager = staff_sub.add_parser("set-manager", help="whom a staff member reports to")
    manager.add_argument("employee_id", metavar="EMPLOYEE_ID")
    manager.add_argument("login", metavar="LOGIN|-", help="a user, or - for nobody")
    manager.set_defaults(handler=_set_manager)


def _password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true", required=True,
                        help="read the password from the first line of standard input")


def _password() -> str:
    """The first line of standard input (never an argument: others could read it)."""
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError("no password on standard input")
    return line


def _open(args):
    from mentorapp import opening

    return opening.open_database(args.db)


def _setup(args) -> int:
    from mentorapp import opening, shared
    from mentorapp.services.seed import seed_defaults

    password = _password()
    database = opening.open_database(args.db, migrate=False)
    found = shared.setup(database, args.admin, password, seed=seed_defaults, prefix=args.prefix)
    names = shared.roles(database)
    for item in found:
        print(f"already there: {item}")
    print(f"Shared mode is set up: roles {names.prefix}_*, admin {args.admin}")
    return 0


def _users_add(args) -> int:
    from mentorapp import shared
    from mentorapp.services import staff

    password = _password()
    database = _open(args)
    staff_id = staff.by_employee_id(args.staff)["id"] if args.staff else None
    shared.add_user(database, args.login, args.role, password, staff_id=staff_id,
                    display_name=args.name or "")
    print(f"Added {args.login} ({args.role})")
    return 0


def _users_list(args) -> int:
    from mentorapp.services import users

    _open(args)
    rows = [{"login": u["login"], "name": u["display_name"], "role": u["role"],
             "staff": u["employee_id"], "active": bool(u["active"])} for u in users.list()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        state = "" if row["active"] else "  (disabled)"
        print(f"{row['login']:<20} {row['role']:<16} {row['name']:<30} "
              f"{row['staff'] or '':<12}{state}")
    return 0


def _users_set_role(args) -> int:
    from mentorapp import shared

    shared.set_role(_open(args), args.login, args.role)
    print(f"{args.login} is now {args.role}")
    return 0


def _users_set_active(args) -> int:
    from mentorapp import shared

    shared.set_active(_open(args), args.login, args.active)
    print(f"{args.login} {'enabled' if args.active else 'disabled'}")
    return 0


def _users_passwd(args) -> int:
    from mentorapp import shared

    password = _password()
    shared.set_password(_open(args), args.login, password)
    print(f"Password of {args.login} changed")
    return 0


def _set_managers(args) -> int:
    from mentorapp.services import users

    _open(args)
    logins = users.set_client_managers(args.client, args.logins)
    print(f"{args.client}: " + (", ".join(logins) if logins else "no account managers"))
    return 0


def _set_manager(args) -> int:
    from mentorapp.services import users

    _open(args)
    login = None if args.login == "-" else args.login
    users.set_reports_to(args.employee_id, login)
    print(f"{args.employee_id} reports to {login or 'nobody'}")
    return 0
