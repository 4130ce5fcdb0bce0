"""Shared PostgreSQL mode: one login role per person, and the database itself deciding who sees
and changes what (row-level security, forced), so a person with `psql` gets no more than the app
would give them.

- A NOLOGIN owner role owns every table; six NOLOGIN group roles carry the grants. Their names
  start with a prefix per installation (`<prefix>_owner`, `<prefix>_hr`, ...), so two databases
  on one server do not clash. The prefix is kept in the `setting` table.
- `app_user` maps a login role to a display name, one application role and an optional staff
  record. Policies ask who is signed in through SECURITY DEFINER functions (`app_role()`,
  `app_staff_id()`, ...) that read it for `session_user`, which a client cannot change.
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

PREFIX_SETTING = "shared.role_prefix"
ROLES = models.USER_ROLES
ALL = "('admin', 'hr', 'operations')"
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
# Tables the audit trigger leaves alone: the trail itself and the schema's bookkeeping.
UNAUDITED = {"audit_entry", "schema_version"}
# Columns the trigger leaves out of an entry's changes (derived from others).
DERIVED_COLUMNS = ("id", "name_key", "employee_key", "sort_key", "search_key", "is_latest",
                   "updated_at")


@dataclass(frozen=True)
class Roles:
    """The role names of one installation."""

    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    def group(self, role: str) -> str:
        if role not in ROLES:
            raise UserError(f"{role!r} is not a role; choose one of {', '.join(ROLES)}")
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
        raise UserError(f"{login!r} is not a valid login: use lower-case letters, digits, "
                        "'_', '.' or '-', starting with a letter (at most 63)")
    return login


# -- setting up ----------------------------------------------------------------------------
def setup(db: peewee.Database, admin: str, password: str, *, seed=None,
          prefix: str | None = None) -> list[str]:
    """Create the roles, the schema, the policies and the first admin on an empty database
    (run as a superuser). Safe to run again: returns what already existed."""
    if not isinstance(db, peewee.PostgresqlDatabase):
        raise UserError("setup-shared needs a PostgreSQL database URL")
    check_login(admin)
    if not _is_superuser(db):
        raise UserError("setup-shared must run as a PostgreSQL superuser (it creates roles)")
    existing = roles(db)
    names = existing or Roles(prefix or default_prefix(db.database))
    found = []
    with db.atomic():
        for role in (names.owner, *(names.group(r) for r in ROLES)):
            if _role_exists(db, role):
                found.append(f"role {role}")
            else:
                db.execute_sql(f"CREATE ROLE {quote(role)} NOLOGIN")
        # Admins may act as the owner (to migrate) but do not inherit its rights day to day.
        db.execute_sql(f"ALTER ROLE {quote(names.group('admin'))} NOINHERIT")
        db.execute_sql(f"GRANT {quote(names.owner)} TO {quote(names.group('admin'))}")
        schema = _schema(db)
        db.execute_sql(f"GRANT USAGE, CREATE ON SCHEMA {quote(schema)} TO {quote(names.owner)}")
        db.execute_sql(f"GRANT USAGE ON SCHEMA {quote(schema)} TO "
                       + ", ".join(quote(names.group(r)) for r in ROLES))
        if migrations.schema_version(db) is not None:
            found.append("the schema")
            _take_ownership(db, names)
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
    """Tables made before `setup-shared` (by a plain `migrate`) pass to the owner role."""
    for table in _tables(db):
        db.execute_sql(f"ALTER TABLE {quote(table)} OWNER TO {quote(names.owner)}")


# -- who sees what ---------------------------------------------------------------------------
def _functions(schema: str) -> list[str]:
    """The SECURITY DEFINER functions the policies ask who is signed in (run as the owner,
    whose own policies let it read everything but private notes)."""
    header = ("LANGUAGE sql STABLE SECURITY DEFINER "
              f"SET search_path = {quote(schema)}, pg_temp AS $$ ")
    me = "FROM app_user WHERE login = session_user AND active"
    return [
        f"CREATE OR REPLACE FUNCTION app_user_id() RETURNS integer {header} SELECT id {me} $$",
        f"CREATE OR REPLACE FUNCTION app_role() RETURNS text {header} SELECT role {me} $$",
        f"CREATE OR REPLACE FUNCTION app_staff_id() RETURNS integer {header} "
        f"SELECT staff_id {me} $$",
        # A team lead's people: mentees of their mentorships and their direct reports.
        f"CREATE OR REPLACE FUNCTION app_my_people() RETURNS SETOF integer {header} "
        "SELECT ms.mentee_id FROM mentorship ms JOIN mentor m ON m.id = ms.mentor_id "
        "WHERE m.staff_id = app_staff_id() AND NOT ms.archived "
        "UNION SELECT id FROM staff WHERE reports_to_id = app_user_id() $$",
        f"CREATE OR REPLACE FUNCTION app_my_clients() RETURNS SETOF integer {header} "
        "SELECT client_id FROM client_manager WHERE user_id = app_user_id() $$",
        # Everyone who was ever on one of an account manager's clients.
        f"CREATE OR REPLACE FUNCTION app_my_client_staff() RETURNS SETOF integer {header} "
        "SELECT DISTINCT staff_id FROM assignment WHERE client_id IN "
        "(SELECT client_manager.client_id FROM client_manager "
        "WHERE user_id = app_user_id()) $$",
        # Mentorships a person is part of, as mentor or as mentee.
        f"CREATE OR REPLACE FUNCTION app_my_mentorships() RETURNS SETOF integer {header} "
        "SELECT ms.id FROM mentorship ms JOIN mentor m ON m.id = ms.mentor_id "
        "WHERE m.staff_id = app_staff_id() "
        "UNION SELECT id FROM mentorship WHERE mentee_id = app_staff_id() $$",
        # A person acknowledges feedback about them (and changes nothing else of it): the only
        # write an agent makes on feedback that is not their own self-assessment.
        "CREATE OR REPLACE FUNCTION app_acknowledge_feedback(p_feedback integer, p_comment text) "
        "RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER "
        f"SET search_path = {quote(schema)}, pg_temp AS $$ "
        "UPDATE feedback SET acknowledged_at = now() AT TIME ZONE 'utc', "
        "acknowledged_by = session_user, acknowledgement = p_comment "
        "WHERE id = p_feedback AND staff_id = app_staff_id() AND acknowledged_at IS NULL "
        "AND source <> 'self' AND NOT archived RETURNING true $$",
    ]


def _role_is(*names: str) -> str:
    inner = ", ".join(literal(n) for n in names)
    return f"(SELECT app_role()) IN ({inner})"


def _people(column: str, *, managers: bool, mentors: bool, agents: bool,
            everyone: tuple[str, ...] = ("admin", "hr", "operations")) -> str:
    """Who may see rows about the staff member in `column`."""
    parts = [_role_is(*everyone)]
    if managers:
        parts.append(f"({_role_is('account_manager')} AND {column} IN "
                     "(SELECT app_my_client_staff()))")
    if mentors:
        parts.append(f"({_role_is('mentor')} AND {column} IN (SELECT app_my_people()))")
    if agents:
        parts.append(f"({_role_is('agent')} AND {column} = (SELECT app_staff_id()))")
    return "(" + " OR ".join(parts) + ")"


def _mentoring(column: str) -> str:
    """Mentoring records: everyone in admin/hr/operations, and the people in the mentorship."""
    return (f"({_role_is('admin', 'hr', 'operations')} OR ({_role_is('mentor', 'agent')} "
            f"AND {column} IN (SELECT app_my_mentorships())))")


def _policies() -> dict[str, tuple[str, str]]:
    """Table: (who reads, who writes) as SQL conditions on the row."""
    staff_scope = _people("id", managers=True, mentors=True, agents=True)
    on_staff = _people("staff_id", managers=True, mentors=True, agents=True)
    careers_read = _people("staff_id", managers=False, mentors=True, agents=True,
                           everyone=("admin", "hr"))
    everyone_reads = "true"
    catalogue_writes = _role_is("admin", "operations")
    return {
        "staff": (staff_scope, _role_is("admin", "hr", "operations")),
        "assignment": (on_staff, _role_is("admin", "hr", "operations")),
        "feedback": (on_staff, "(" + _people("staff_id", managers=True, mentors=True,
                                             agents=False)
                     + f" OR ({_role_is('agent')} AND source = 'self' "
                     "AND staff_id = (SELECT app_staff_id())))"),
        "feedback_rating": ("feedback_id IN (SELECT id FROM feedback)",
                            "feedback_id IN (SELECT id FROM feedback)"),
        "career_goal": (careers_read, careers_read),
        "self_assessment": (careers_read, careers_read),
        "check_in": (careers_read, careers_read),
        "responsibility": (on_staff, _people("staff_id", managers=False, mentors=True,
                                             agents=False)),
        "enrollment": (on_staff, _people("staff_id", managers=True, mentors=True,
                                         agents=False)),
        "mentorship": (_mentoring("id"), _role_is("admin", "hr", "operations") + " OR ("
                       + _role_is("mentor") + " AND id IN (SELECT app_my_mentorships()))"),
        "mentoring_session": (_mentoring("mentorship_id"),
                              _role_is("admin", "hr", "operations") + " OR ("
                              + _role_is("mentor")
                              + " AND mentorship_id IN (SELECT app_my_mentorships()))"),
        "action_item": (_mentoring("mentorship_id"), _mentoring("mentorship_id")),
        "session_private_note": (f"author = session_user AND NOT {_role_is('agent')}",
                                 f"author = session_user AND NOT {_role_is('agent')}"),
        "client": (f"NOT {_role_is('account_manager')} OR id IN (SELECT app_my_clients())",
                   f"{catalogue_writes} OR ({_role_is('account_manager')} "
                   "AND id IN (SELECT app_my_clients()))"),
        "training_program": (everyone_reads, catalogue_writes),
        "competency": (everyone_reads, catalogue_writes),
        "mentor": (everyone_reads, _role_is("admin", "hr", "operations")),
        "mentor_expertise": (everyone_reads, _role_is("admin", "hr", "operations")),
        "setting": (everyone_reads, _role_is("admin")),
        "schema_version": (everyone_reads, "false"),
        "app_user": (f"{_role_is('admin', 'hr')} OR login = session_user", _role_is("admin")),
        "client_manager": (f"{_role_is('admin', 'hr', 'operations')} OR "
                           "user_id = (SELECT app_user_id())", _role_is("admin", "operations")),
        "audit_entry": (_role_is("admin", "hr", "operations"), "false"),
    }


def _entity_names() -> dict[str, str]:
    """Table: the entity name the services' audit entries use, so history reads alike."""
    from mentorapp.services import (
        careers,
        clients,
        competencies,
        feedback,
        mentoring,
        responsibilities,
        staff,
        training,
    )
    from mentorapp.services.entity import Entity

    names = {}
    for module in (careers, clients, competencies, feedback, mentoring, responsibilities,
                   staff, training):
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


def apply_policies(db: peewee.Database, names: Roles) -> None:
    """Grants, row-level security (enabled and forced), policies and audit triggers on every
    table; run as the owner role after any schema change."""
    schema = _schema(db)
    for statement in _functions(schema):
        db.execute_sql(statement)
    derived = "ARRAY[" + ", ".join(literal(c) for c in DERIVED_COLUMNS) + "]"
    db.execute_sql(AUDIT_FUNCTION.format(schema=quote(schema), derived=derived))
    groups = ", ".join(quote(names.group(r)) for r in ROLES)
    db.execute_sql("REVOKE ALL ON FUNCTION app_audit() FROM PUBLIC")
    entity_names = _entity_names()
    policies = _policies()
    for table in _tables(db):
        read, write = policies[table]
        q = quote(table)
        db.execute_sql(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
        db.execute_sql(f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY")
        db.execute_sql(f"REVOKE ALL ON {q} FROM PUBLIC, {groups}")
        existing = [name for (name,) in db.execute_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = %s AND tablename = %s",
            (schema, table)).fetchall()]
        for name in existing:
            db.execute_sql(f"DROP POLICY {quote(name)} ON {q}")
        if table != "session_private_note":  # the owner reads no one's private notes
            db.execute_sql(f"CREATE POLICY owner_all ON {q} TO {quote(names.owner)} "
                           "USING (true) WITH CHECK (true)")
        db.execute_sql(f"CREATE POLICY people_read ON {q} FOR SELECT USING ({read})")
        if write != "false":
            db.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q} TO {groups}")
            db.execute_sql(f"CREATE POLICY people_insert ON {q} FOR INSERT "
                           f"WITH CHECK ({write})")
            db.execute_sql(f"CREATE POLICY people_update ON {q} FOR UPDATE USING ({write}) "
                           f"WITH CHECK ({write})")
            db.execute_sql(f"CREATE POLICY people_delete ON {q} FOR DELETE USING ({write})")
        else:
            db.execute_sql(f"GRANT SELECT ON {q} TO {groups}")
        db.execute_sql(f"DROP TRIGGER IF EXISTS app_audit ON {q}")
        if table not in UNAUDITED:
            entity = entity_names.get(table, table.replace("_", " "))
            db.execute_sql(f"CREATE TRIGGER app_audit AFTER INSERT OR UPDATE OR DELETE ON {q} "
                           f"FOR EACH ROW EXECUTE FUNCTION app_audit({literal(entity)})")
    # An agent marks their own action items done, and changes nothing else of them.
    db.execute_sql(f"REVOKE INSERT, UPDATE, DELETE ON action_item FROM "
                   f"{quote(names.group('agent'))}")
    db.execute_sql(f"GRANT UPDATE (done_date) ON action_item TO {quote(names.group('agent'))}")
    db.execute_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {groups}")
    # Bulk writers (demo data, imports) reserve blocks of ids with setval().
    bulk_writers = ", ".join(quote(names.group(r)) for r in ("admin", "hr", "operations"))
    db.execute_sql(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {bulk_writers}")


# -- users -----------------------------------------------------------------------------------
def _encrypted(db, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, made on this side: the password itself is
    never sent to the server (nor into its logs)."""
    from psycopg2.extensions import encrypt_password

    if not password:
        raise UserError("the password is empty")
    return encrypt_password(password, login, db.connection(), "scram-sha-256")


def add_user(db: peewee.Database, login: str, role: str, password: str, *,
             names: Roles | None = None, staff_id: int | None = None,
             display_name: str = "") -> None:
    """A login role in the role's group, and its app_user row (one transaction)."""
    names = names or _require_roles(db)
    check_login(login)
    group = names.group(role)
    if _role_exists(db, login):
        raise UserError(f"a database role named {login!r} exists already")
    with db.atomic():
        rights = " CREATEROLE" if role == "admin" else ""
        db.execute_sql(f"CREATE ROLE {quote(login)} LOGIN{rights} PASSWORD "
                       f"{literal(_encrypted(db, login, password))} IN ROLE {quote(group)}")
        db.execute_sql('INSERT INTO "app_user" ("login", "display_name", "role", "staff_id", '
                       '"active", "created_at") VALUES (%s, %s, %s, %s, TRUE, now())',
                       (login, display_name or login, role, staff_id))


def _require_roles(db) -> Roles:
    names = roles(db) if isinstance(db, peewee.PostgresqlDatabase) else None
    if names is None:
        raise UserError("users exist only in shared mode: run setup-shared on a PostgreSQL "
                        "database first")
    return names


def set_role(db: peewee.Database, login: str, role: str) -> None:
    names = _require_roles(db)
    new_group = names.group(role)
    with db.atomic():
        old = _user_role(db, login)
        db.execute_sql(f"REVOKE {quote(names.group(old))} FROM {quote(login)}")
        db.execute_sql(f"GRANT {quote(new_group)} TO {quote(login)}")
        db.execute_sql(f"ALTER ROLE {quote(login)} {'' if role == 'admin' else 'NO'}CREATEROLE")
        db.execute_sql('UPDATE "app_user" SET "role" = %s WHERE "login" = %s', (role, login))


def set_active(db: peewee.Database, login: str, active: bool) -> None:
    """Enable or disable a user: a disabled login can no longer connect, and its app_user row
    grants nothing (the policies read only active users)."""
    _require_roles(db)
    with db.atomic():
        _user_role(db, login)
        db.execute_sql(f"ALTER ROLE {quote(login)} {'' if active else 'NO'}LOGIN")
        db.execute_sql('UPDATE "app_user" SET "active" = %s WHERE "login" = %s', (active, login))


def set_password(db: peewee.Database, login: str, password: str) -> None:
    _require_roles(db)
    _user_role(db, login)
    db.execute_sql(f"ALTER ROLE {quote(login)} PASSWORD "
                   f"{literal(_encrypted(db, login, password))}")


def _user_role(db, login: str) -> str:
    row = db.execute_sql('SELECT "role" FROM "app_user" WHERE "login" = %s', (login,)).fetchone()
    if row is None:
        raise UserError(f"no user {login!r}")
    return row[0]
