"""Shared PostgreSQL mode: one login role per person, and the database itself deciding who sees
and changes what (row-level security, forced), so a person with `psql` gets no more than the app
would give them.

- A NOLOGIN owner role owns every table; six NOLOGIN group roles carry the grants. Their names
  start with a prefix per installation (`<prefix>_owner`, `<prefix>_hr`, ...), so two databases
  on one server do not clash. The prefix is kept in the `setting` table.
- `app_user` maps a login role to a display name, one application role and an optional staff
  record. Policies ask who is signed in through SECURITY DEFINER functions (`app_role()`,
  `app_staff_id()`, ...) that read it for `session_user`, which a client cannot change.
- Login roles are created and changed only through functions of a NOLOGIN `<prefix>_logins` role
  (CREATEROLE, ADMIN OPTION on the groups), which only admins may call: the same on PostgreSQL 15
  and on 16+, where CREATEROLE alone no longer administers roles that another role created.
- Every insert, update and delete on a data table is audited by a trigger with `session_user`;
  nobody but the owner can write the audit trail, and nobody can change or delete it.

Everything here is plain SQL run by `setup-shared` (as a superuser, once) and by `migrate` (as an
admin acting as the owner role) after the schema changed; it is safe to run again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee

from mentorapp import migrations, models
from mentorapp.errors import UserError
from mentorapp.roles import USER_ROLES
from mentorapp.translations import _

PREFIX_SETTING = "shared.role_prefix"
ROLES = USER_ROLES
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
# Tables the audit trigger leaves alone: the trail itself and the schema's bookkeeping.
# The roll-ups change with every feedback and enrollment, which are audited themselves.
UNAUDITED = {"audit_entry", "schema_version", "dashboard_day", "dashboard_headcount",
             "dashboard_due", "kpi_month"}
# Columns the trigger leaves out of an entry's changes (derived from others).
DERIVED_COLUMNS = ("id", "name_key", "employee_key", "sort_key", "search_key", "is_latest",
                   "updated_at", "search_vector")


@dataclass(frozen=True)
class Roles:
    """The role names of one installation."""

    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    @property
    def logins(self) -> str:
        """The NOLOGIN role that creates and changes the login roles (for the admins, through
        its functions): every membership it grants has it as grantor, so it can revoke them."""
        return f"{self.prefix}_logins"

    @property
    def every_role(self) -> tuple[str, ...]:
        return (self.owner, self.logins, *(self.group(r) for r in ROLES))

    def group(self, role: str) -> str:
        if role not in ROLES:
            raise UserError(_("{role} is not a role; choose one of {roles}").format(
                role=repr(role), roles=", ".join(ROLES)))
        return f"{self.prefix}_{role}"


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def default_prefix(database_name: str) -> str:
    prefix = re.sub(r"[^a-z0-9_]", "_", database_name.lower()).strip("_") or "mentorapp"
    return prefix[:40]


def roles(db: peewee.Database) -> Roles | None:
    """The installation's roles, or None where `setup-shared` has not run."""
    if not db.table_exists("setting"):
        return None
    row = db.execute_sql('SELECT "value" FROM "setting" WHERE "key" = %s',
                         (PREFIX_SETTING,)).fetchone()
    return Roles(row[0]) if row else None


def is_shared(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase) and roles(db) is not None


def check_login(login: str) -> str:
    if not LOGIN_PATTERN.match(login or ""):
        raise UserError(_("{login} is not a valid login: use lower-case letters, digits, '_', "
                          "'.' or '-', starting with a letter (at most 63)").format(
                            login=repr(login)))
    return login


# -- setting up ----------------------------------------------------------------------------
def setup(db: peewee.Database, admin: str, password: str, *, seed=None,
          prefix: str | None = None) -> list[str]:
    """Create the roles, the schema, the policies and the first admin on an empty database
    (run as a superuser). Safe to run again: returns what already existed."""
    if not isinstance(db, peewee.PostgresqlDatabase):
        raise UserError(_("setup-shared needs a PostgreSQL database URL"))
    check_login(admin)
    if not _is_superuser(db):
        raise UserError(_("setup-shared must run as a PostgreSQL superuser (it creates roles)"))
    existing = roles(db)
    names = existing or Roles(prefix or default_prefix(db.database))
    found = []
    with db.atomic():
        for role in names.every_role:
            if _role_exists(db, role):
                found.append(f"role {role}")
            else:
                db.execute_sql(f"CREATE ROLE {quote(role)} NOLOGIN")
        # Admins may act as the owner (to migrate) but do not inherit its rights day to day.
        db.execute_sql(f"ALTER ROLE {quote(names.group('admin'))} NOINHERIT")
        db.execute_sql(f"GRANT {quote(names.owner)} TO {quote(names.group('admin'))}")
        schema = _schema(db)
        _grant_login_management(db, names, schema)
        db.execute_sql(f"GRANT USAGE, CREATE ON SCHEMA {quote(schema)} TO {quote(names.owner)}")
        db.execute_sql(f"GRANT USAGE ON SCHEMA {quote(schema)} TO "
                       + ", ".join(quote(names.group(r)) for r in ROLES))
        if migrations.schema_version(db) is not None:
            found.append("the schema")
            _take_ownership(db, names)
        # Text search (schema 7): trigram indexes and accents folded; only a superuser may.
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                       "CREATE EXTENSION IF NOT EXISTS unaccent")
        db.execute_sql(f"SET LOCAL ROLE {quote(names.owner)}")
        migrations.migrate(db, seed=seed)
        db.execute_sql('DELETE FROM "setting" WHERE "key" = %s', (PREFIX_SETTING,))
        db.execute_sql('INSERT INTO "setting" ("key", "value") VALUES (%s, %s)',
                       (PREFIX_SETTING, names.prefix))
        apply_policies(db, names)
        db.execute_sql("RESET ROLE")
        if _role_exists(db, admin):
            found.append(f"user {admin}")
        else:
            add_user(db, admin, "admin", password, names=names, display_name=admin)
    return found


# Creating and changing login roles. PostgreSQL 16 narrowed CREATEROLE: a role administers only
# the roles it created or holds WITH ADMIN OPTION, and REVOKE removes only the grants whose
# grantor it is. So one NOLOGIN role (`Roles.logins`) holds CREATEROLE and ADMIN OPTION on every
# group, creates every login (16 then gives it ADMIN OPTION on each) and grants every
# membership; the admins call its functions and hold no CREATEROLE themselves. The same on 15.
# The functions accept only this installation's groups and logins (not its own roles).
LOGIN_FUNCTIONS = """
CREATE OR REPLACE FUNCTION app_check_managed_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_login = ANY ({own_roles}) OR NOT EXISTS (
            SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
            WHERE u.rolname = p_login AND g.rolname = ANY ({groups})) THEN
        RAISE EXCEPTION 'permission denied: % is not a user of this database', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
CREATE OR REPLACE FUNCTION app_group_of(p_role text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT p_role = ANY ({app_roles}) THEN
        RAISE EXCEPTION '% is not a role', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN {prefix} || '_' || p_role;
END $$;
CREATE OR REPLACE FUNCTION app_create_login(p_login text, p_role text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier,
                   {schema}.app_group_of(p_role));
END $$;
CREATE OR REPLACE FUNCTION app_set_login_role(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old_group text;
BEGIN
    PERFORM {schema}.app_check_managed_login(p_login);
    FOR old_group IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
            WHERE u.rolname = p_login AND g.rolname = ANY ({groups}) LOOP
        EXECUTE format('REVOKE %I FROM %I', old_group, p_login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', {schema}.app_group_of(p_role), p_login);
    -- an admin made by an older set-up had CREATEROLE itself
    EXECUTE format('ALTER ROLE %I NOCREATEROLE', p_login);
END $$;
CREATE OR REPLACE FUNCTION app_set_login_active(p_login text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM {schema}.app_check_managed_login(p_login);
    EXECUTE format('ALTER ROLE %I ' || CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END,
                   p_login);
END $$;
CREATE OR REPLACE FUNCTION app_set_login_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM {schema}.app_check_managed_login(p_login);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END $$;
"""
LOGIN_FUNCTION_SIGNATURES = (
    "app_check_managed_login(text)", "app_group_of(text)", "app_create_login(text, text, text)",
    "app_set_login_role(text, text)", "app_set_login_active(text, boolean)",
    "app_set_login_password(text, text)")
ADMIN_LOGIN_FUNCTIONS = LOGIN_FUNCTION_SIGNATURES[2:]


def _grant_login_management(db: peewee.Database, names: Roles, schema: str) -> None:
    """The logins role, its rights over the groups and its functions (as a superuser)."""
    logins = quote(names.logins)
    db.execute_sql(f"ALTER ROLE {logins} NOLOGIN NOINHERIT CREATEROLE")
    for role in ROLES:
        db.execute_sql(f"GRANT {quote(names.group(role))} TO {logins} WITH ADMIN OPTION")

    def array(items) -> str:
        return "ARRAY[" + ", ".join(literal(item) for item in items) + "]"

    # A plain cursor: given no parameters, psycopg2 leaves format()'s %I and %L alone.
    db.cursor().execute(LOGIN_FUNCTIONS.format(
        own_roles=array(names.every_role), groups=array(names.group(r) for r in ROLES),
        app_roles=array(ROLES), prefix=literal(names.prefix), schema=quote(schema)))
    admins = quote(names.group("admin"))
    for signature in LOGIN_FUNCTION_SIGNATURES:
        function = f"{quote(schema)}.{signature}"
        db.execute_sql(f"ALTER FUNCTION {function} OWNER TO {logins}")
        db.execute_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        if signature in ADMIN_LOGIN_FUNCTIONS:
            db.execute_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {admins}")


def _is_superuser(db) -> bool:
    return db.execute_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                          ).fetchone()[0]


def _role_exists(db, role: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() \
        is not None


def _schema(db) -> str:
    return db.execute_sql("SELECT current_schema()").fetchone()[0]


def _tables(db) -> list[str]:
    return [m._meta.table_name for m in models.ALL_MODELS if db.table_exists(m._meta.table_name)]


def _take_ownership(db, names: Roles) -> None:
    """Tables made before `setup-shared` (by a plain `migrate`) pass to the owner role, and so
    do the roll-up triggers' SECURITY DEFINER functions: they write as their owner."""
    for table in _tables(db):
        db.execute_sql(f"ALTER TABLE {quote(table)} OWNER TO {quote(names.owner)}")
    for (function,) in db.execute_sql(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND (starts_with(p.proname, 'dashboard_day_of_') "
            "OR starts_with(p.proname, 'dashboard_tally_of_') "
            "OR starts_with(p.proname, 'kpi_month_of_'))"
            ).fetchall():
        db.execute_sql(f"ALTER FUNCTION {function} OWNER TO {quote(names.owner)}")


# -- who sees what ---------------------------------------------------------------------------
def _functions(schema: str) -> list[str]:
    """The SECURITY DEFINER functions the policies ask who is signed in (run as the owner,
    whose own policies let it read everything but private notes)."""
    # PL/pgSQL keeps each statement's plan for the session: the policies call these in every
    # query, and an SQL function would be planned again each time.
    header = ("LANGUAGE plpgsql STABLE SECURITY DEFINER "
              f"SET search_path = {quote(schema)}, pg_temp AS $$ BEGIN RETURN QUERY ")
    scalar = header.replace("RETURN QUERY ", "RETURN (")
    me = "FROM app_user WHERE login = session_user AND active"
    return [
        f"CREATE OR REPLACE FUNCTION app_user_id() RETURNS integer {scalar} "
        f"SELECT id {me}); END $$",
        f"CREATE OR REPLACE FUNCTION app_role() RETURNS text {scalar} "
        f"SELECT role {me}); END $$",
        f"CREATE OR REPLACE FUNCTION app_staff_id() RETURNS integer {scalar} "
        f"SELECT staff_id {me}); END $$",
        # A team lead's people: mentees of their mentorships and their direct reports. Each
        # function is one statement (no calls to the others): policies call them per query.
        f"CREATE OR REPLACE FUNCTION app_my_people() RETURNS SETOF integer {header} "
        f"WITH me AS (SELECT id, staff_id {me}) "
        "SELECT ms.mentee_id FROM me JOIN mentor m ON m.staff_id = me.staff_id "
        "JOIN mentorship ms ON ms.mentor_id = m.id WHERE NOT ms.archived "
        "UNION SELECT s.id FROM me JOIN staff s ON s.reports_to_id = me.id; END $$",
        # The same people and the team lead themselves, as one array: what a mentor reads
        # records about, asked once per query (one call, one correlated statement and no
        # UNION: about half the time of app_my_people() and app_staff_id() together).
        f"CREATE OR REPLACE FUNCTION app_my_people_and_me() RETURNS integer[] {scalar} "
        "SELECT ARRAY(SELECT ms.mentee_id FROM mentor m JOIN mentorship ms "
        "ON ms.mentor_id = m.id WHERE m.staff_id = u.staff_id AND NOT ms.archived "
        "UNION ALL SELECT s.id FROM staff s WHERE s.reports_to_id = u.id "
        "UNION ALL SELECT u.staff_id WHERE u.staff_id IS NOT NULL) "
        "FROM app_user u WHERE u.login = session_user AND u.active); END $$",
        f"CREATE OR REPLACE FUNCTION app_my_clients() RETURNS SETOF integer {header} "
        f"SELECT cm.client_id FROM client_manager cm WHERE cm.user_id = "
        f"(SELECT id {me}); END $$",
        # Mentorships a person is part of, as mentor or as mentee.
        f"CREATE OR REPLACE FUNCTION app_my_mentorships() RETURNS SETOF integer {header} "
        f"WITH me AS (SELECT staff_id {me}) "
        "SELECT ms.id FROM me JOIN mentor m ON m.staff_id = me.staff_id "
        "JOIN mentorship ms ON ms.mentor_id = m.id "
        "UNION SELECT ms.id FROM me JOIN mentorship ms ON ms.mentee_id = me.staff_id; END $$",
        # A person acknowledges feedback about them (and changes nothing else of it): the only
        # write an agent makes on feedback that is not their own self-assessment.
        "CREATE OR REPLACE FUNCTION app_acknowledge_feedback(p_feedback integer, p_comment text) "
        "RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER "
        f"SET search_path = {quote(schema)}, pg_temp AS $$ "
        "UPDATE feedback SET acknowledged_at = now() AT TIME ZONE 'utc', "
        "acknowledged_by = session_user, acknowledgement = p_comment "
        f"WHERE id = p_feedback AND staff_id = (SELECT staff_id {me}) "
        "AND acknowledged_at IS NULL AND source <> 'self' AND NOT archived RETURNING true $$",
    ]


EVERYONE = "true"
# PostgreSQL applies row-level security before any condition that is not leakproof (ILIKE is
# not), so a restricted role's staff search cannot use the trigram index: the policy itself
# must give an index path. `= ANY (ARRAY(...))` does (the primary key, for a mentor's few dozen
# people); IN over a set-returning function only filters a scan. Not for a manager's thousands:
# every joined staff row would compare against the whole array (a dashboard took seconds).
MY_PEOPLE = "{} = ANY (ARRAY(SELECT app_my_people()))"
# What a mentor reads: their people and themselves, one function call per query.
MY_PEOPLE_AND_ME = "{} = ANY ((SELECT app_my_people_and_me())::integer[])"
# One index probe of the manager scope per row, or one hash of it for a big scan: EXISTS lets
# the planner choose. Measured against the two IN forms (bench_shared.py, 12,327 staff in
# scope): an IN over the table or over a set-returning function hashes the whole scope in every
# query, for every table it guards, so a profile (a dozen queries about one person) took 5-6x as
# long; EXISTS probes per row there (1.3x). Its cost: the planner prices it as one probe per row
# even where it then hashes, so a year of feedback looked 100 times dearer to scan than it was.
MY_CLIENT_STAFF = ("EXISTS (SELECT 1 FROM app_manager_scope WHERE manager_user_id = "
                   "(SELECT app_user_id()) AND managed_staff_id = {})")
MYSELF = "{} = (SELECT app_staff_id())"
MY_CLIENTS_ROWS = "client_id IN (SELECT app_my_clients())"
MY_MENTORSHIPS = "{} IN (SELECT app_my_mentorships())"
# The roles that see and change every record about staff.
ALL_STAFF = ("admin", "hr", "operations")


@dataclass(frozen=True)
class Write:
    """A write rule finer than "these rows, any change": the rows a role may insert, the rows
    it may change (`update`) and what they must be after (`updated`, default `update`), the
    rows it may delete; None: not at all. `columns`: the only columns it may change; `fixed`:
    columns it may never change (both by column privileges, as a policy cannot compare a row
    before and after)."""

    insert: str | None = None
    update: str | None = None
    updated: str | None = None
    delete: str | None = None
    columns: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()


def _about_staff(column: str, *, writers: tuple[str, ...], manager: str = "r",
                 mentor: str = "rw", agent: str = "r",
                 everyone: tuple[str, ...] = ALL_STAFF) -> dict:
    """Rules for records about the staff member in `column`: roles in `everyone` see all of
    them (and change them when in `writers`); an account manager, mentor and agent see those
    of their clients' staff, their people and themselves ("r" read, "rw" also change, "" not).
    Whoever has a staff record also reads the records about themselves (a team lead has
    feedback and training of their own to look at and acknowledge; so has a QA lead, who
    reads no one else's unless in `everyone`)."""
    rules = {role: (EVERYONE, EVERYONE if role in writers else None) for role in everyone}
    myself = MYSELF.format(column)
    rules.setdefault("qa", (myself, None))
    for role, scope, access in (("account_manager", MY_CLIENT_STAFF, manager),
                                ("mentor", MY_PEOPLE, mentor), ("agent", MYSELF, agent)):
        condition = scope.format(column)
        read = (condition if role == "agent" else MY_PEOPLE_AND_ME.format(column)
                if role == "mentor" else f"{condition} OR {myself}")
        if access:
            rules[role] = (read, condition if "w" in access else None)
        elif role != "agent":
            rules[role] = (myself, None)
    return rules


def _mentoring(column: str, *, agent_marks_done: bool = False) -> dict:
    """Mentoring records: admin, HR and operations all; mentors and agents their own (an
    agent marks their action items done, and changes nothing else of them)."""
    mine = MY_MENTORSHIPS.format(column)
    rules = {role: (EVERYONE, EVERYONE) for role in ALL_STAFF}
    rules["mentor"] = (mine, mine)
    rules["agent"] = (mine, Write(update=mine, columns=("done_date",))
                      if agent_marks_done else None)
    return rules


def _catalogue(writers: tuple[str, ...]) -> dict:
    return {role: (EVERYONE, EVERYONE if role in writers else None) for role in ROLES}


# Quality (issue 15): a QA lead writes scorecards, evaluations, calibrations and dispute
# decisions; so do operations and an admin. HR reads them (HR does not score calls).
QUALITY_WRITERS = ("admin", "operations", "qa")
QUALITY_READERS = (*ALL_STAFF, "qa")
# A non-admin writer signs what they do with their own login, the database's session user (as
# the audit trail does), and the signature never changes; an admin may name another person
# (an import of evaluations made elsewhere names their evaluators).
SIGNED = "{} = session_user"
EVALUATED = "EXISTS (SELECT 1 FROM evaluation e WHERE e.id = evaluation_id)"
# The agent's own open evaluation, and their open dispute of it (checked on the evaluation).
MY_OPEN_EVALUATION = ("EXISTS (SELECT 1 FROM evaluation e WHERE e.id = evaluation_id "
                      "AND e.status = 'open' AND e.staff_id = (SELECT app_staff_id()))")
DECISION_COLUMNS = ("decision", "decided_by", "decided_at", "decision_note")
# Whether the caller raised an open dispute of an evaluation: a function (the owner's), as
# the dispute's own read policy asks about the evaluation, and policies that ask each other
# about their tables are refused as an infinite recursion.
MY_OPEN_DISPUTE = "app_my_open_dispute(id)"
QUALITY_FUNCTION = """
CREATE OR REPLACE FUNCTION app_my_open_dispute(p_evaluation integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ BEGIN
RETURN EXISTS (SELECT 1 FROM evaluation_dispute WHERE evaluation_id = p_evaluation
               AND decision = '' AND raised_by = session_user); END $$
"""


def _evaluation_part(writes: dict) -> dict:
    """An evaluation's answers, revisions or disputes: whoever reads the evaluation reads
    them; an admin changes any; other roles write as `writes` says."""
    return {role: (EVALUATED, EVALUATED if role == "admin" else writes.get(role))
            for role in ROLES}


def _evaluations() -> dict:
    """Evaluations: quality readers see all, an account manager their clients' staff's, a
    mentor their people's, an agent their own. Operations and a QA lead score as themselves.
    The agent acknowledges or disputes their open evaluation: its status and acknowledgement
    only, never its answers or score (a dispute needs their open dispute row first)."""
    mine = MYSELF.format("staff_id")
    signed = Write(insert=SIGNED.format("evaluator"), update=EVERYONE, delete=EVERYONE,
                   fixed=("evaluator",))
    answered = (f"{mine} AND (status = 'acknowledged' "
                f"OR status = 'disputed' AND {MY_OPEN_DISPUTE})")
    return {**_about_staff("staff_id", writers=("admin",), mentor="r",
                           everyone=QUALITY_READERS),
            **{role: (EVERYONE, signed) for role in QUALITY_WRITERS if role != "admin"},
            "agent": (mine, Write(update=f"{mine} AND status = 'open'", updated=answered,
                                  columns=("status", "acknowledged_at", "acknowledgement")))}


CLIENT_LOOP_TABLES = ("client_contact", "client_report_version", "client_review",
                      "client_action_item")
# A recipient row follows its report version (whose own policy says whose it is).
SENT_VERSION = "EXISTS (SELECT 1 FROM client_report_version v WHERE v.id = version_id)"


def _client_loop(mine: str) -> dict:
    return {"admin": (EVERYONE, EVERYONE), "operations": (EVERYONE, EVERYONE),
            "hr": (EVERYONE, None), "account_manager": (mine, mine)}


def _policies() -> dict[str, dict[str, tuple[str, str | Write | None]]]:
    """Table: {role: (which rows it reads, which rows it writes (a Write: how) or None)}. A
    role not named sees no row of the table."""
    own_feedback = "source = 'self' AND " + MYSELF.format("staff_id")
    rated = "EXISTS (SELECT 1 FROM feedback f WHERE f.id = feedback_id)"
    my_clients = "id IN (SELECT app_my_clients())"
    note = "author = session_user"
    of_session = "EXISTS (SELECT 1 FROM mentoring_session s WHERE s.id = session_id)"
    return {
        "staff": _about_staff("id", writers=ALL_STAFF, mentor="r", everyone=QUALITY_READERS),
        "assignment": _about_staff("staff_id", writers=ALL_STAFF, mentor="r",
                                   everyone=QUALITY_READERS),
        "feedback": {**_about_staff("staff_id", writers=ALL_STAFF, manager="rw"),
                     "agent": (MYSELF.format("staff_id"), own_feedback)},
        "feedback_rating": {role: (rated, rated) for role in ROLES},
        "career_goal": _about_staff("staff_id", writers=("admin", "hr"), manager="",
                                    agent="rw", everyone=("admin", "hr")),
        "self_assessment": _about_staff("staff_id", writers=("admin", "hr"), manager="",
                                        agent="rw", everyone=("admin", "hr")),
        "check_in": _about_staff("staff_id", writers=("admin", "hr"), manager="",
                                 agent="rw", everyone=("admin", "hr")),
        "responsibility": _about_staff("staff_id", writers=ALL_STAFF),
        "enrollment": _about_staff("staff_id", writers=ALL_STAFF, manager="rw"),
        "mentorship": _mentoring("id"),
        "mentoring_session": _mentoring("mentorship_id"),
        "action_item": _mentoring("mentorship_id", agent_marks_done=True),
        "session_private_note": {role: (note, note) for role in ROLES
                                 if role not in ("agent", "qa")},
        "client": {**_catalogue(("admin", "operations")),
                   "account_manager": (my_clients, my_clients)},
        "training_program": _catalogue(("admin", "operations")),
        "competency": _catalogue(("admin", "operations")),
        "mentor": _catalogue(ALL_STAFF),
        "mentor_expertise": _catalogue(ALL_STAFF),
        "setting": _catalogue(("admin",)),
        "schema_version": _catalogue(()),
        "app_user": {**{role: ("login = session_user", None) for role in ROLES},
                     "admin": (EVERYONE, EVERYONE), "hr": (EVERYONE, None)},
        "client_manager": {**{role: (EVERYONE, EVERYONE if role != "hr" else None)
                              for role in ALL_STAFF},
                           "account_manager": ("user_id = (SELECT app_user_id())", None)},
        "audit_entry": {role: (EVERYONE, None) for role in ALL_STAFF},
        # Dashboard roll-ups (company-wide figures): written only by their triggers.
        "dashboard_day": {**{role: (EVERYONE, None) for role in ALL_STAFF},
                          "account_manager": ("client_id IN (SELECT app_my_clients())", None)},
        # Company-wide counts (schema 16), read only by the roles whose dashboard uses them
        # (services.rollups.FULL_READERS); the others count the staff they may see.
        "dashboard_headcount": {role: (EVERYONE, None) for role in ("admin", "hr", "operations")},
        "dashboard_due": {role: (EVERYONE, None) for role in ("admin", "hr", "operations")},
        # BPO evidence (schema 9). A client's metric definitions are its catalogue; values and
        # evaluations are records about the person; an evaluation's parts follow it.
        "kpi_metric": {**_catalogue(("admin", "operations")),
                       "account_manager": (MY_CLIENTS_ROWS, MY_CLIENTS_ROWS)},
        "kpi_value": _about_staff("staff_id", writers=ALL_STAFF, mentor="r",
                                  everyone=QUALITY_READERS),
        # KPI person-months (schema 10): read as the values they add up, written only by their
        # triggers.
        "kpi_month": {role: (read, None) for role, (read, _) in
                      _about_staff("staff_id", writers=ALL_STAFF, mentor="r",
                                   everyone=QUALITY_READERS).items()},
        "scorecard": _catalogue(QUALITY_WRITERS),
        "scorecard_version": _catalogue(QUALITY_WRITERS),
        "scorecard_item": _catalogue(QUALITY_WRITERS),
        "calibration": {**{role: (EVERYONE, EVERYONE if role in QUALITY_WRITERS else None)
                           for role in QUALITY_READERS},
                        "account_manager": (MY_CLIENTS_ROWS, None)},
        "evaluation": _evaluations(),
        # Answers change only with a new revision (a decided dispute); revisions are only
        # added; a dispute is raised by its agent and decided once by a decider.
        "evaluation_answer": _evaluation_part({"operations": EVALUATED, "qa": EVALUATED}),
        "evaluation_revision": _evaluation_part(
            dict.fromkeys(("operations", "qa"), Write(insert=SIGNED.format("changed_by")))),
        "evaluation_dispute": _evaluation_part({
            **dict.fromkeys(("operations", "qa"), Write(
                update="decision = ''", columns=DECISION_COLUMNS,
                updated="decision <> '' AND " + SIGNED.format("decided_by"))),
            "agent": Write(insert=f"{SIGNED.format('raised_by')} AND decision = '' "
                                  f"AND decided_by = '' AND decided_at IS NULL "
                                  f"AND {MY_OPEN_EVALUATION}")}),
        # Role ladders (schema 11): a catalogue, like competencies and programs; HR keeps
        # them with operations (promotions and backfills are theirs too).
        "career_role": _catalogue(ALL_STAFF),
        "role_requirement": _catalogue(ALL_STAFF),
        # The client loop (schema 13): contacts, report versions and whom they went to, the
        # review narrative and client action items. Admin and operations keep every client's,
        # an account manager their clients', HR reads them; mentors, agents and QA none.
        **{table: _client_loop(MY_CLIENTS_ROWS) for table in CLIENT_LOOP_TABLES},
        "client_report_recipient": _client_loop(SENT_VERSION),
        "session_evidence": {**{role: (of_session, of_session)
                                for role in (*ALL_STAFF, "mentor")},
                             "agent": (of_session, None)},
    }


def _entity_names() -> dict[str, str]:
    """Table: the entity name the services' audit entries use, so history reads alike."""
    from mentorapp.services import (
        careers,
        clients,
        competencies,
        feedback,
        mentoring,
        readiness,
        responsibilities,
        staff,
        training,
    )
    from mentorapp.services.entity import Entity

    names = {}
    for module in (careers, clients, competencies, feedback, mentoring, readiness,
                   responsibilities, staff, training):
        for value in vars(module).values():
            if isinstance(value, Entity):
                names[value.model._meta.table_name] = value.name
    return names


AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION app_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
DECLARE
    before jsonb;
    after jsonb;
    changes jsonb := '{{}}';
    key text;
    private boolean := TG_TABLE_NAME = 'session_private_note';
    action text := lower(TG_OP);
BEGIN
    IF TG_OP <> 'INSERT' THEN before := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN after := to_jsonb(NEW); END IF;
    FOR key IN SELECT jsonb_object_keys(COALESCE(after, before)) LOOP
        CONTINUE WHEN key = ANY ({derived});
        IF (before -> key) IS DISTINCT FROM (after -> key) THEN
            changes := changes || jsonb_build_object(key, jsonb_build_array(
                CASE WHEN private AND key = 'text' AND before IS NOT NULL
                     THEN to_jsonb('(private)'::text) ELSE before -> key END,
                CASE WHEN private AND key = 'text' AND after IS NOT NULL
                     THEN to_jsonb('(private)'::text) ELSE after -> key END));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND changes = '{{}}' THEN RETURN NULL; END IF;
    IF action = 'insert' THEN action := 'create'; END IF;
    IF TG_OP = 'UPDATE' AND (SELECT array_agg(k) FROM jsonb_object_keys(changes) k)
            = ARRAY['archived'] THEN
        action := CASE WHEN (after ->> 'archived')::boolean THEN 'archive' ELSE 'restore' END;
    END IF;
    INSERT INTO audit_entry (at, actor, action, entity, entity_id, changes)
    VALUES (now() AT TIME ZONE 'utc', session_user, action, TG_ARGV[0],
            COALESCE((after ->> 'id')::integer, (before ->> 'id')::integer), changes::text);
    RETURN NULL;
END $$
"""


# Who an account manager sees: everyone ever assigned to one of their clients, one row per
# (manager, staff member), kept by triggers in the same transaction as the assignment or
# client_manager change. Its columns have names no data table uses, so a policy's unqualified
# column inside MY_CLIENT_STAFF can only mean the outer table's.
MANAGER_SCOPE_SQL = """
CREATE TABLE IF NOT EXISTS app_manager_scope (
    manager_user_id integer NOT NULL,
    managed_staff_id integer NOT NULL,
    PRIMARY KEY (manager_user_id, managed_staff_id));
CREATE OR REPLACE FUNCTION app_scope_of_assignment() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN  -- the old row's managers lose the person unless another stays
        DELETE FROM app_manager_scope s USING client_manager cm
        WHERE cm.client_id = OLD.client_id AND s.manager_user_id = cm.user_id
          AND s.managed_staff_id = OLD.staff_id
          AND NOT EXISTS (SELECT 1 FROM assignment a JOIN client_manager m
                          ON m.client_id = a.client_id
                          WHERE a.staff_id = OLD.staff_id AND m.user_id = cm.user_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO app_manager_scope (manager_user_id, managed_staff_id)
        SELECT cm.user_id, NEW.staff_id FROM client_manager cm WHERE cm.client_id = NEW.client_id
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION app_scope_of_manager() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN  -- a manager's clients changed (rarely, a few rows): recompute that manager's scope
    IF TG_OP <> 'INSERT' THEN
        PERFORM app_rebuild_manager_scope(OLD.user_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM app_rebuild_manager_scope(NEW.user_id);
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION app_rebuild_manager_scope(p_user integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    DELETE FROM app_manager_scope WHERE manager_user_id = p_user;
    INSERT INTO app_manager_scope (manager_user_id, managed_staff_id)
    SELECT DISTINCT p_user, a.staff_id FROM client_manager cm
    JOIN assignment a ON a.client_id = cm.client_id WHERE cm.user_id = p_user;
$$;
REVOKE ALL ON FUNCTION app_scope_of_assignment() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_scope_of_manager() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_rebuild_manager_scope(integer) FROM PUBLIC;
DROP TRIGGER IF EXISTS app_scope ON assignment;
CREATE TRIGGER app_scope AFTER INSERT OR DELETE OR UPDATE OF staff_id, client_id ON assignment
FOR EACH ROW EXECUTE FUNCTION app_scope_of_assignment();
DROP TRIGGER IF EXISTS app_scope ON client_manager;
CREATE TRIGGER app_scope AFTER INSERT OR DELETE OR UPDATE OF client_id, user_id
ON client_manager FOR EACH ROW EXECUTE FUNCTION app_scope_of_manager();
TRUNCATE app_manager_scope;
INSERT INTO app_manager_scope (manager_user_id, managed_staff_id)
SELECT DISTINCT cm.user_id, a.staff_id FROM client_manager cm
JOIN assignment a ON a.client_id = cm.client_id;
ALTER TABLE app_manager_scope ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_manager_scope FORCE ROW LEVEL SECURITY;
REVOKE ALL ON app_manager_scope FROM PUBLIC, {groups};
GRANT SELECT ON app_manager_scope TO {manager};
DROP POLICY IF EXISTS owner_all ON app_manager_scope;
CREATE POLICY owner_all ON app_manager_scope TO {owner} USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS account_manager_read ON app_manager_scope;
CREATE POLICY account_manager_read ON app_manager_scope FOR SELECT TO {manager}
USING (manager_user_id = (SELECT app_user_id()));
ANALYZE app_manager_scope;
"""


SEARCH_FUNCTION = "app_visible_staff_matching(text[])"
COUNT_FUNCTION = "app_visible_staff_count(text[], boolean)"


def _visible_staff_branches(returning: str, selected: str, also: str = "") -> str:
    """`CASE app_role()` branches, one per role: `returning` (a format: RETURN QUERY {} or
    RETURN ({})) of SELECT `selected` over the `staff` rows whose `search_key` contains every
    word of `patterns` (and that meet `also`) and that the caller's role may read by the staff
    table's own read policy for that role."""
    # The first pattern is the trigram index's, the others filter its rows; LIKE, as the key
    # and the words are folded already (services.entity._contains).
    matching = (f"SELECT {selected} FROM staff WHERE search_key LIKE patterns[1] "
                f"AND search_key LIKE ALL (patterns){also}")
    # The manager's scope is checked here for a few hundred name matches: one index probe each.
    # OFFSET 0 keeps PostgreSQL from also planning the EXISTS as a hashed IN, which it prices
    # cheaper than any number of probes and which reads the whole scope (12,000 rows) per call.
    scope = MY_CLIENT_STAFF.format("id")
    probed = scope[:-1] + " OFFSET 0)"
    staff_reads = {role: read.replace(scope, probed)
                   for role, (read, _) in _policies()["staff"].items()}
    return "".join(f"WHEN {literal(role)} THEN "
                   + returning.format(f"{matching} AND ({read})") + "; "
                   for role, read in staff_reads.items())


# One pattern per word, % _ and \\ taken literally (as the services' contains()). Plain
# statements, so each session plans them once (no words: no pattern, nothing found).
_PATTERNS = ("patterns text[] := ARRAY(SELECT '%' || replace(replace(replace(word, '\\', "
             "'\\\\'), '%', '\\%'), '_', '\\_') || '%' FROM unnest(p_words) word); ")


def _staff_search_function(schema: str) -> str:
    """A search accelerator for the roles that see only some staff. Row-level security applies
    its policies before any condition that is not leakproof, and ILIKE is not, so their staff
    search walked every row they may see instead of the trigram index on `search_key`. This
    function (the owner's, SECURITY DEFINER) finds the staff whose key contains every word
    through that index, then keeps those the caller may see by the staff table's own read
    policy for their role: it never returns an id the caller could not read. The services join
    its ids to `staff`, whose policies still guard every row, so it only narrows the scan."""
    branches = _visible_staff_branches("RETURN QUERY {}", "id")
    return (f"CREATE OR REPLACE FUNCTION {SEARCH_FUNCTION.replace('text[]', 'p_words text[]')} "
            "RETURNS SETOF integer LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 200 "
            f"SET search_path = {quote(schema)}, pg_temp AS $$ DECLARE {_PATTERNS}"
            f"BEGIN CASE app_role() {branches}ELSE NULL; END CASE; END $$")


def _staff_count_function(schema: str) -> str:
    """How many staff the caller may read (by the staff table's own read policy for their
    role, as the accelerator above) have every word in their search key, archived ones too if
    `p_archived`: the staff search's count for the roles that see only some staff, in one
    statement. Through the accelerator the count probed the manager's scope twice per match
    (in the function, then the staff policy on the joined row) and joined each match's current
    assignment under its policy (a third probe), for a number the caller's own rows give. A
    number of rows the caller may read, nothing else: a disabled user or a stranger gets 0."""
    branches = _visible_staff_branches("RETURN ({})", "count(*)",
                                       " AND (p_archived OR NOT archived)")
    return ("CREATE OR REPLACE FUNCTION app_visible_staff_count(p_words text[], "
            "p_archived boolean) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER "
            f"SET search_path = {quote(schema)}, pg_temp AS $$ DECLARE {_PATTERNS}"
            f"BEGIN CASE app_role() {branches}ELSE RETURN 0; END CASE; END $$")


FEEDBACK_DAYS_FUNCTION = "app_visible_feedback_days(date, date, integer)"


def _feedback_days_function(schema: str) -> str:
    """The dashboard's feedback trend for an account manager: per day and source in [p_from,
    p_to] (of client p_client, NULL any), the entries, rating sum and rated count of the
    feedback the caller may read. Their read policy is an EXISTS probe of the scope, which
    PostgreSQL 15 prices as one index probe per row (so a year of feedback planned dear enough
    to JIT compile) and never runs in parallel; here the same rule asks `staff_id IN` the
    caller's scope (hashed once, run in parallel like the superuser's query). This function (the
    owner's, SECURITY DEFINER) adds up exactly the rows the feedback table's read policy for the
    caller's role shows them: the identity is read once into variables (an initplan would keep
    the plan serial), and a disabled user or a stranger gets nothing. Planned at every call:
    PL/pgSQL's generic plan after the fifth call (user and client unknown) ran serially and
    took 400 ms where the planned one took 120 ms."""
    scope = MY_CLIENT_STAFF.format("staff_id")
    hashed = ("staff_id IN (SELECT managed_staff_id FROM app_manager_scope "
              "WHERE manager_user_id = v_user_id)")
    reads = {role: read.replace(scope, hashed).replace("(SELECT app_user_id())", "v_user_id")
             .replace("(SELECT app_staff_id())", "v_staff_id")
             for role, (read, _) in _policies()["feedback"].items()}
    days = ("SELECT date, source, count(*), sum(rating), count(rating) FROM feedback "
            "WHERE date BETWEEN p_from AND p_to AND NOT archived "
            "AND (p_client IS NULL OR client_id = p_client)")
    branches = "".join(f"WHEN {literal(role)} THEN RETURN QUERY {days} AND ({read}) "
                       "GROUP BY date, source; " for role, read in reads.items())
    return (f"CREATE OR REPLACE FUNCTION app_visible_feedback_days(p_from date, p_to date, "
            "p_client integer) RETURNS TABLE (day date, feedback_source varchar, entries bigint, "
            "rating_sum bigint, rated bigint) LANGUAGE plpgsql STABLE SECURITY DEFINER "
            f"SET search_path = {quote(schema)}, pg_temp SET plan_cache_mode = force_custom_plan "
            "AS $$ DECLARE v_user_id integer := app_user_id(); "
            "v_staff_id integer := app_staff_id(); "
            f"BEGIN CASE app_role() {branches}ELSE NULL; END CASE; END $$")


def _apply_manager_scope(db: peewee.Database, names: Roles, schema: str) -> None:
    """The account managers' scope table, its triggers and policies, rebuilt from the rows (run
    as the owner after every schema change, which may have touched the tables it follows)."""
    groups = ", ".join(quote(names.group(r)) for r in ROLES)
    db.execute_sql(MANAGER_SCOPE_SQL.format(
        schema=quote(schema), groups=groups, owner=quote(names.owner),
        manager=quote(names.group("account_manager"))))


def _write_policies(db, table: str, role: str, group: str, write: str | Write) -> None:
    """The privileges and policies of one role's writes to a table."""
    rule = write if isinstance(write, Write) else Write(write, write, write, write)
    q = quote(table)
    if rule.insert:
        db.execute_sql(f"GRANT INSERT ON {q} TO {group}")
        db.execute_sql(f"CREATE POLICY {role}_insert ON {q} FOR INSERT TO {group} "
                       f"WITH CHECK ({rule.insert})")
    if rule.update:
        columns = rule.columns
        if rule.fixed:
            columns = tuple(c for c in _columns(db, table) if c not in rule.fixed)
        listed = f" ({', '.join(quote(c) for c in columns)})" if columns else ""
        db.execute_sql(f"GRANT UPDATE{listed} ON {q} TO {group}")
        db.execute_sql(f"CREATE POLICY {role}_update ON {q} FOR UPDATE TO {group} "
                       f"USING ({rule.update}) WITH CHECK ({rule.updated or rule.update})")
    if rule.delete:
        db.execute_sql(f"GRANT DELETE ON {q} TO {group}")
        db.execute_sql(f"CREATE POLICY {role}_delete ON {q} FOR DELETE TO {group} "
                       f"USING ({rule.delete})")


def _columns(db, table: str) -> list[str]:
    """A table's columns that can be written (not generated ones)."""
    return [name for (name,) in db.execute_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = %s AND is_generated = 'NEVER' "
        "ORDER BY ordinal_position", (table,)).fetchall()]


def _check_groups(db, names: Roles) -> None:
    """One clear line where an older set-up lacks a group role this version added (only a
    superuser creates roles; `setup-shared` run again adds them and keeps the data)."""
    missing = [names.group(role) for role in ROLES if not _role_exists(db, names.group(role))]
    if missing:
        raise UserError(_("this shared database has no role {roles} yet: a PostgreSQL "
                          "superuser runs `setup-shared --admin LOGIN --password-stdin` on it "
                          "again, which adds it and keeps the data").format(
                            roles=", ".join(missing)))


def apply_policies(db: peewee.Database, names: Roles) -> None:
    """Grants, row-level security (enabled and forced), policies and audit triggers on every
    table; run as the owner role after any schema change."""
    _check_groups(db, names)
    schema = _schema(db)
    db.execute_sql(QUALITY_FUNCTION.format(schema=quote(schema)))
    for statement in _functions(schema):
        db.execute_sql(statement)
    groups = ", ".join(quote(names.group(r)) for r in ROLES)
    db.cursor().execute(_staff_search_function(schema))  # no parameters: its % stay as they are
    db.execute_sql(f"REVOKE ALL ON FUNCTION {SEARCH_FUNCTION} FROM PUBLIC")
    db.execute_sql(f"GRANT EXECUTE ON FUNCTION {SEARCH_FUNCTION} TO {groups}")
    db.cursor().execute(_staff_count_function(schema))  # the same
    db.execute_sql(f"REVOKE ALL ON FUNCTION {COUNT_FUNCTION} FROM PUBLIC")
    db.execute_sql(f"GRANT EXECUTE ON FUNCTION {COUNT_FUNCTION} TO {groups}")
    db.execute_sql(_feedback_days_function(schema))
    db.execute_sql(f"REVOKE ALL ON FUNCTION {FEEDBACK_DAYS_FUNCTION} FROM PUBLIC")
    db.execute_sql(f"GRANT EXECUTE ON FUNCTION {FEEDBACK_DAYS_FUNCTION} TO {groups}")
    derived = "ARRAY[" + ", ".join(literal(c) for c in DERIVED_COLUMNS) + "]"
    db.execute_sql(AUDIT_FUNCTION.format(schema=quote(schema), derived=derived))
    db.execute_sql("REVOKE ALL ON FUNCTION app_audit() FROM PUBLIC")
    _apply_manager_scope(db, names, schema)
    entity_names = _entity_names()
    policies = _policies()
    for table in _tables(db):
        q = quote(table)
        db.execute_sql(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
        db.execute_sql(f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY")
        db.execute_sql(f"REVOKE ALL ON {q} FROM PUBLIC, {groups}")
        # Everyone may ask; a role with no policy on the table gets no row (not an error).
        db.execute_sql(f"GRANT SELECT ON {q} TO {groups}")
        existing = [name for (name,) in db.execute_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = %s AND tablename = %s",
            (schema, table)).fetchall()]
        for name in existing:
            db.execute_sql(f"DROP POLICY {quote(name)} ON {q}")
        if table != "session_private_note":  # the owner reads no one's private notes
            db.execute_sql(f"CREATE POLICY owner_all ON {q} TO {quote(names.owner)} "
                           "USING (true) WITH CHECK (true)")
        for role, (read, write) in policies[table].items():
            group = quote(names.group(role))
            db.execute_sql(f"CREATE POLICY {role}_read ON {q} FOR SELECT TO {group} "
                           f"USING ({read})")
            if write is not None:
                _write_policies(db, table, role, group, write)
        db.execute_sql(f"DROP TRIGGER IF EXISTS app_audit ON {q}")
        if table not in UNAUDITED:
            entity = entity_names.get(table, table.replace("_", " "))
            db.execute_sql(f"CREATE TRIGGER app_audit AFTER INSERT OR UPDATE OR DELETE ON {q} "
                           f"FOR EACH ROW EXECUTE FUNCTION app_audit({literal(entity)})")
    db.execute_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {groups}")
    # Bulk writers (demo data, imports) reserve blocks of ids with setval().
    bulk_writers = ", ".join(quote(names.group(r)) for r in ("admin", "hr", "operations"))
    db.execute_sql(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {bulk_writers}")
    # What the manager scope table replaced (its old policies are gone by now).
    db.execute_sql("DROP FUNCTION IF EXISTS app_my_client_staff()")


# -- users -----------------------------------------------------------------------------------
def _encrypted(db, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, made on this side: the password itself is
    never sent to the server (nor into its logs)."""
    from psycopg2.extensions import encrypt_password

    if not password:
        raise UserError(_("the password is empty"))
    return encrypt_password(password, login, db.connection(), "scram-sha-256")


def add_user(db: peewee.Database, login: str, role: str, password: str, *,
             names: Roles | None = None, staff_id: int | None = None,
             display_name: str = "") -> None:
    """A login role in the role's group, and its app_user row (one transaction)."""
    names = names or _require_roles(db)
    check_login(login)
    _check_group(db, names, role)
    if _role_exists(db, login):
        raise UserError(_("a database role named {login} exists already").format(
            login=repr(login)))
    with db.atomic():
        db.execute_sql("SELECT app_create_login(%s, %s, %s)",
                       (login, role, _encrypted(db, login, password)))
        db.execute_sql('INSERT INTO "app_user" ("login", "display_name", "role", "staff_id", '
                       '"active", "created_at") VALUES (%s, %s, %s, %s, TRUE, now())',
                       (login, display_name or login, role, staff_id))


def _require_roles(db) -> Roles:
    names = roles(db) if isinstance(db, peewee.PostgresqlDatabase) else None
    if names is None:
        raise UserError(_("users exist only in shared mode: run setup-shared on a PostgreSQL "
                          "database first"))
    return names


def _check_group(db, names: Roles, role: str) -> None:
    """A known role (or one clear line), whose group role this installation has."""
    if not _role_exists(db, names.group(role)):
        _check_groups(db, names)


def set_role(db: peewee.Database, login: str, role: str) -> None:
    _check_group(db, _require_roles(db), role)
    with db.atomic():
        _user_role(db, login)
        db.execute_sql("SELECT app_set_login_role(%s, %s)", (login, role))
        db.execute_sql('UPDATE "app_user" SET "role" = %s WHERE "login" = %s', (role, login))


def set_active(db: peewee.Database, login: str, active: bool) -> None:
    """Enable or disable a user: a disabled login can no longer connect, and its app_user row
    grants nothing (the policies read only active users)."""
    _require_roles(db)
    with db.atomic():
        _user_role(db, login)
        db.execute_sql("SELECT app_set_login_active(%s, %s)", (login, active))
        db.execute_sql('UPDATE "app_user" SET "active" = %s WHERE "login" = %s', (active, login))


def set_password(db: peewee.Database, login: str, password: str) -> None:
    _require_roles(db)
    _user_role(db, login)
    db.execute_sql("SELECT app_set_login_password(%s, %s)",
                   (login, _encrypted(db, login, password)))


def _user_role(db, login: str) -> str:
    row = db.execute_sql('SELECT "role" FROM "app_user" WHERE "login" = %s', (login,)).fetchone()
    if row is None:
        raise UserError(_("no user {login}").format(login=repr(login)))
    return row[0]


def set_staff(db: peewee.Database, login: str, staff_id: int | None) -> None:
    """Link a user to their staff record (None: no record), which scopes what they see."""
    _require_roles(db)
    _user_role(db, login)
    db.execute_sql('UPDATE "app_user" SET "staff_id" = %s WHERE "login" = %s', (staff_id, login))


def bound_database() -> peewee.Database:
    """The database the models are bound to: what the GUI has open (it passes this to the
    functions above, never a connection of its own)."""
    from mentorapp.db import database

    return database.obj
