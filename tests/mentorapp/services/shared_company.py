"""A small shared company on the private SCRAM cluster (tests/private_cluster.py), for the tests
of what each person sees and does: one user per role, a mentor (Lena, login `lead`) with one
mentee (Ana, login `ana`, an agent) and one direct report (Cara), and records that wait for
someone. Import `build_company` into a module-scoped fixture of the test module."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

import psycopg2

from mentorapp import db as dbmod
from mentorapp import opening, shared, urls
from mentorapp.services import audit, careers, clients, feedback, mentoring, staff, training
from mentorapp.services.seed import seed_defaults

ROLES = {"boss": "admin", "otto": "operations", "alma": "account_manager", "lead": "mentor",
         "ana": "agent"}
TODAY = dt.date.today()


@dataclass
class Company:
    url: str  # the superuser's
    tag: str
    ids: dict = field(default_factory=dict)

    def login(self, name: str) -> str:
        """The cluster-wide login of a person ("lead" -> "lead_1a2b3c")."""
        return f"{name}_{self.tag}"

    def password(self, name: str) -> str:
        return f"{name}-pw"

    def url_as(self, name: str, password: str | None = None) -> str:
        return urls.with_password(self.url_without_user().replace("//", f"//{self.login(name)}@",
                                                                  1),
                                  password or self.password(name))

    def url_without_user(self) -> str:
        return "postgresql://" + self.url.split("@", 1)[1]

    def open_as(self, name: str):
        """Open the database as that person, as the app does (models bound to it)."""
        return opening.open_database(self.url_as(name))


def build_company(cluster_url: str):
    """Create the database, its users and records; yields the Company, then drops it all."""
    tag = uuid.uuid4().hex[:6]
    name = f"company_{tag}"
    admin = psycopg2.connect(cluster_url)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    company = Company(cluster_url.rsplit("/", 1)[0] + f"/{name}", tag)
    database = dbmod.connect(company.url)
    database.connect()
    dbmod.database.initialize(database)
    shared.setup(database, company.login("boss"), company.password("boss"), seed=seed_defaults)
    audit.set_actor("postgres")
    acme = clients.create(name="Acme")["id"]
    people = {}
    for key, first, title in (("ana", "Ana", "Agent"), ("lena", "Lena", "Team lead"),
                              ("cara", "Cara", "Agent"), ("ben", "Ben", "Agent")):
        people[key] = staff.create(employee_id=f"{key.upper()}-{tag}", first_name=first,
                                   last_name="Test", job_title=title)["id"]
        staff.assign(people[key], acme, "Agent", TODAY - dt.timedelta(days=200))
    links = {"lead": people["lena"], "ana": people["ana"]}
    for login, role in ROLES.items():
        if login != "boss":
            shared.add_user(database, company.login(login), role, company.password(login),
                            staff_id=links.get(login), display_name=f"{login.title()} Test")
    database.execute_sql("UPDATE staff SET reports_to_id = (SELECT id FROM app_user "
                         "WHERE login = %s) WHERE id = %s", (company.login("lead"),
                                                             people["cara"]))
    mentor = mentoring.mentors.create(staff=people["lena"])["id"]
    pair = mentoring.mentorships.create(mentor=mentor, mentee=people["ana"], status="active",
                                        start_date=TODAY - dt.timedelta(days=60))
    session = mentoring.log_session(pair["id"], date=TODAY - dt.timedelta(days=7),
                                    action_items=[
                                        {"text": "Read the refund FAQ", "owner": "mentee",
                                         "due_date": TODAY + dt.timedelta(days=3)},
                                        {"text": "Book a call with QA", "owner": "mentor",
                                         "due_date": TODAY + dt.timedelta(days=5)}])
    praise = feedback.create(staff=people["ana"], source="management", author="Lena Test",
                             date=TODAY - dt.timedelta(days=2), rating=5,
                             comment="Calm with an angry caller")
    incident = feedback.create(staff=people["cara"], source="client", client=acme,
                               kind="incident", date=TODAY - dt.timedelta(days=4),
                               root_cause="Wrong refund amount", lesson_learned="Check twice",
                               follow_up_date=TODAY + dt.timedelta(days=2))
    feedback.create(staff=people["ben"], source="management", date=TODAY, comment="Not hers")
    careers.check_ins.create(staff=people["cara"], date=TODAY - dt.timedelta(days=80),
                             reviewer="Lena Test", next_date=TODAY + dt.timedelta(days=5))
    program = training.programs.create(name=f"Privacy cert {tag}", type="certification",
                                       validity_months=12)["id"]
    certification = training.enrollments.create(
        staff=people["ana"], program=program, status="completed",
        start_date=TODAY - dt.timedelta(days=340),
        completed_date=TODAY - dt.timedelta(days=335))
    company.ids = dict(people, acme=acme, mentorship=pair["id"], session=session["id"],
                       praise=praise["id"], incident=incident["id"],
                       certification=certification["id"])
    database.close()
    try:
        yield company
    finally:
        if not dbmod.database.obj.is_closed():
            dbmod.database.obj.close()
        admin.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        for login in ROLES:
            admin.cursor().execute(f'DROP ROLE IF EXISTS "{company.login(login)}"')
        for role in shared.Roles(shared.default_prefix(name)).every_role:
            cursor = admin.cursor()
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if cursor.fetchone():
                cursor.execute(f'DROP OWNED BY "{role}"')
            cursor.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.close()
