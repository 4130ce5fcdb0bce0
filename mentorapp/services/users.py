"""The people who sign in (shared PostgreSQL mode), who is signed in now, and the links that
give roles their scope: a client's account managers and the user a staff member reports to.

Creating login roles and changing their group is done by `mentorapp.shared` (it needs DDL);
here are the rows. In shared mode the database decides what each person may read and change:
a refused change arrives as a permission error, which the CLI and the GUI turn into one line.
"""

from __future__ import annotations

from peewee import JOIN

from mentorapp.collation import by_name
from mentorapp.db import database, is_sqlite, transaction
from mentorapp.errors import NotFoundError
from mentorapp.models import AppUser, Client, ClientManager, Staff
from mentorapp.services import audit, clients, staff
from mentorapp.services.entity import to_dict
from mentorapp.translations import _

# What a SQLite file's single user is: they own the file, so they may do everything.
OWNER_OF_THE_FILE = "admin"


def current() -> dict:
    """Who is signed in: login, display name, role and staff record (None when not linked).
    A SQLite file has one user, the operating-system account, with every right; which staff
    record is "me" comes from Settings (`me` setting), and its name is the display name (a
    client's pack says "Prepared by Ana Cruz", not the computer's account name)."""
    if is_sqlite():
        from mentorapp.services import settings

        me = settings.get("me_staff_id")
        staff_id = int(me) if me else None
        return {"login": audit.actor(), "display_name": _name_of(staff_id) or audit.actor(),
                "role": OWNER_OF_THE_FILE, "staff": staff_id, "shared": False}
    login = database.execute_sql("SELECT session_user").fetchone()[0]
    user = AppUser.get_or_none(AppUser.login == login)
    if user is None:  # a database role with no app_user row (a superuser, say): no scope
        return {"login": login, "display_name": login, "role": OWNER_OF_THE_FILE,
                "staff": None, "shared": False}
    return {"login": user.login, "display_name": user.display_name or user.login,
            "role": user.role, "staff": user.staff_id, "shared": True}


def _name_of(staff_id: int | None) -> str | None:
    """A staff member's first and last name; None for none or a record since deleted."""
    if staff_id is None:
        return None
    row = (Staff.select(Staff.first_name, Staff.last_name).where(Staff.id == staff_id)
           .tuples().first())
    if row is None:
        return None
    return " ".join(part for part in row if part) or None


def list() -> list[dict]:
    """Every user the current person may see (an admin or HR: all; others: themselves)."""
    rows = (AppUser.select(AppUser, Staff.employee_id.alias("employee_id"))
            .join(Staff, JOIN.LEFT_OUTER, on=(AppUser.staff == Staff.id))
            .order_by(AppUser.login).dicts())
    return [dict(row) for row in rows]


def by_login(login: str) -> dict:
    user = AppUser.get_or_none(AppUser.login == login)
    if user is None:
        raise NotFoundError(_("No user {login}").format(login=repr(login)))
    return to_dict(user)


def set_client_managers(client_name: str, logins: list[str]) -> list[str]:
    """The account managers of a client are exactly these users; returns their logins."""
    client = clients.by_name(client_name)
    users = [by_login(login) for login in logins]
    with transaction():
        ClientManager.delete().where(ClientManager.client == client["id"]).execute()
        for user in users:
            ClientManager.create(client=client["id"], user=user["id"])
    return [user["login"] for user in users]


def managers_of(client_name: str) -> list[str]:
    client = clients.by_name(client_name)
    return [login for (login,) in AppUser.select(AppUser.login).join(ClientManager)
            .where(ClientManager.client == client["id"]).order_by(AppUser.login).tuples()]


def clients_of(login: str) -> list[str]:
    """The clients a user manages."""
    return [name for (name,) in Client.select(Client.name).join(ClientManager)
            .join(AppUser).where(AppUser.login == login)
            .order_by(*by_name(Client.sort_key, Client.name)).tuples()]


def set_reports_to(employee_id: str, login: str | None) -> dict:
    """Whom a staff member reports to (None: nobody)."""
    person = staff.by_employee_id(employee_id)
    user_id = by_login(login)["id"] if login else None
    with transaction():
        Staff.update(reports_to=user_id).where(Staff.id == person["id"]).execute()
        audit.record("update", staff.entity.name, person["id"],
                     {"reports_to": (person.get("reports_to"), user_id)})
    return staff.get(person["id"])
