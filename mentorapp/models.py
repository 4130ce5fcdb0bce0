"""Peewee models. Every model is bound to `mentorapp.db.database` through `BaseModel`.

Choice fields store short lowercase codes; each `*_CHOICES` tuple lists them in display
order and `label()` turns a code into the words a user sees.
"""

from __future__ import annotations

import datetime as dt
import functools

from peewee import (
    SQL,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    DecimalField,
    DeferredForeignKey,
    DoubleField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SmallIntegerField,
    TextField,
)

from mentorapp.db import database, is_sqlite
from mentorapp.text import fold_key, sort_key
from mentorapp.translations import N_

STAFF_STATUS_CHOICES = ("active", "on_leave", "resigned")
MENTORSHIP_STATUS_CHOICES = ("proposed", "active", "completed", "cancelled")
SESSION_FORMAT_CHOICES = ("in_person", "video", "phone", "chat")
ACTION_OWNER_CHOICES = ("mentee", "mentor")
FEEDBACK_SOURCE_CHOICES = ("client", "management", "mentor", "peer", "self")
FEEDBACK_KIND_CHOICES = ("general", "recognition", "incident")
VISIBILITY_CHOICES = ("shareable", "internal")
GOAL_HORIZON_CHOICES = (1, 5, 10, 20)
GOAL_KIND_CHOICES = ("career", "professional")
GOAL_STATUS_CHOICES = ("not_started", "in_progress", "achieved", "dropped")
PROGRAM_TYPE_CHOICES = ("training_program", "workshop", "conference", "certification",
                        "degree", "online_course", "coaching")
ENROLLMENT_STATUS_CHOICES = ("planned", "enrolled", "in_progress", "completed", "failed",
                             "cancelled")
FUNDED_BY_CHOICES = ("employer", "client", "self")
RESPONSIBILITY_STATUS_CHOICES = ("active", "completed", "dropped")
# what audit.record() and the shared database's audit trigger write as an entry's action
AUDIT_ACTION_CHOICES = ("create", "update", "delete", "archive", "restore")

_LABELS = {"on_leave": "On leave", "in_person": "In person", "not_started": "Not started",
           "in_progress": "In progress", "training_program": "Training program",
           "online_course": "Online course", "shareable": "Shareable with client"}
# Every word label() shows, marked for the core's catalogue (label(code, tr) translates it).
_WORDS = (N_("Accepted"), N_("Achieved"), N_("Acknowledged"), N_("Active"), N_("Average"),
          N_("Cancelled"), N_("Career"), N_("Certification"), N_("Chat"), N_("Client"),
          N_("Coaching"), N_("Competency"), N_("Completed"), N_("Conference"), N_("Count"),
          N_("Day"), N_("Degree"), N_("Disputed"), N_("Done"), N_("Dropped"), N_("Email"),
          N_("Employer"), N_("Enrolled"), N_("Evaluation"), N_("Failed"), N_("General"),
          N_("Higher"), N_("In person"), N_("In progress"), N_("Incident"), N_("Internal"),
          N_("Latest"), N_("Lower"), N_("Management"), N_("Meeting"), N_("Mentee"),
          N_("Mentor"), N_("Month"), N_("Monthly"), N_("Not started"), N_("On leave"),
          N_("One to five"), N_("Online course"), N_("Open"), N_("Other"),
          N_("Partly accepted"), N_("Peer"), N_("Percent"), N_("Phone"), N_("Planned"),
          N_("Portal"), N_("Professional"), N_("Proposed"), N_("Quarterly"), N_("Recognition"),
          N_("Rejected"), N_("Resigned"), N_("Resolved"), N_("Score"), N_("Seconds"),
          N_("Section"), N_("Self"), N_("Shareable with client"), N_("Social"), N_("Sum"),
          N_("Training"), N_("Training program"), N_("Video"), N_("Week"), N_("Weekly"),
          N_("Weighted"), N_("Workshop"), N_("Yes no"), N_("Yes partial no"),
          N_("Create"), N_("Update"), N_("Delete"), N_("Archive"), N_("Restore"))


@functools.lru_cache(maxsize=1024)  # reports call it for every row of 100,000
def label(code, tr=None) -> str:
    """The words a user sees for a stored choice code: English, or in the language of `tr`
    (a `translations.Translator`: the window's, or a client pack's)."""
    if code is None:
        return ""
    if isinstance(code, int):
        if tr is None:
            return f"{code} year" + ("s" if code != 1 else "")
        return tr.ngettext("{count} year", "{count} years", code).format(count=code)
    text = _LABELS.get(code, str(code).replace("_", " ").capitalize())
    return text if tr is None else tr.gettext(text)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SortKeyField(TextField):
    """A list's order in one column: `text.sort_key()`s, then the texts themselves for ties
    (Nunez before Ñuñez), joined by a separator below every character a clean text keeps;
    so one index gives the whole order. Compared byte by byte on PostgreSQL as on SQLite (a
    language collation such as en_US ignores spaces and punctuation, so lists would sort
    differently on the two backends)."""

    people_order = True  # collation.NameOrder keeps this indexed order (it cannot import us)

    def ddl(self, ctx):
        column = super().ddl(ctx)
        return column if is_sqlite() else NodeList((column, SQL('COLLATE "C"')))


def search_key(*texts: str) -> str:
    """What list searches look in: the texts' sort keys, one line each (a search word
    never spans two of them)."""
    return "\n".join(sort_key(text or "") for text in texts)


class SchemaVersion(BaseModel):
    version = IntegerField()


class Setting(BaseModel):
    key = CharField(max_length=100, unique=True)
    value = TextField(null=True)


class Client(BaseModel):
    name = CharField(max_length=200)
    industry = CharField(max_length=100, default="")
    contact_name = CharField(max_length=200, default="")
    contact_email = CharField(max_length=254, default="")
    account_manager = CharField(max_length=200, default="")
    active = BooleanField(default=True)
    notes = TextField(default="")
    archived = BooleanField(default=False)
    # Schema version 5: keys of the fields (mentorapp.text), written with them by every writer
    # through `key_values()`. One client per folded name; lists sort and search by the keys.
    name_key = TextField(unique=True)
    sort_key = SortKeyField(index=True)
    search_key = TextField()
    # Schema version 13 (issue 17, the client loop): how often the client gets a report, how
    # many days after a period's end it is due, and how many days after it is sent the client
    # should have acknowledged it. `contact_name`/`contact_email` above are no longer shown:
    # `ClientContact` rows replace them (step 13 made one of each client's contact; a new
    # client's first contact, typed in its form, becomes one), and everything reads those.
    report_cadence = CharField(max_length=10, default="monthly",
                               constraints=[SQL("DEFAULT 'monthly'")])
    report_due_days = SmallIntegerField(default=5, constraints=[SQL("DEFAULT 5")])
    acknowledge_due_days = SmallIntegerField(default=7, constraints=[SQL("DEFAULT 7")])
    # Schema version 14 (issue 18): the language of the client's reports (REPORT_LANGUAGES).
    report_language = CharField(max_length=10, default="en", constraints=[SQL("DEFAULT 'en'")])

    KEY_FIELDS = ("name_key", "sort_key", "search_key")

    @staticmethod
    def key_values(values: dict) -> dict:
        """The key columns of a client with these field values (missing ones are empty)."""
        name = values.get("name") or ""
        return {"name_key": fold_key(name), "sort_key": f"{sort_key(name)}\x1f{name}",
                "search_key": search_key(name, values.get("industry"),
                                         values.get("account_manager"),
                                         values.get("contact_name"))}


class Staff(BaseModel):
    employee_id = CharField(max_length=50)
    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100)
    email = CharField(max_length=254, default="")
    job_title = CharField(max_length=150, default="")
    team = CharField(max_length=100, default="")
    site = CharField(max_length=100, default="")
    hire_date = DateField(null=True)
    status = CharField(max_length=20, default="active")
    archived = BooleanField(default=False)
    # Schema version 5: keys of the fields, as on Client. One person per folded employee ID;
    # sorted by last name, then first name.
    employee_key = TextField(unique=True)
    sort_key = SortKeyField(index=True)
    search_key = TextField()
    # Schema version 6: the user this person reports to (their team lead). AppUser refers to
    # Staff too, so the constraint is added once both tables exist (PostgreSQL only: SQLite
    # cannot add one to a table; the service checks the user exists).
    reports_to = DeferredForeignKey("AppUser", null=True, backref="reports",
                                    on_delete="SET NULL")

    KEY_FIELDS = ("employee_key", "sort_key", "search_key")

    class Meta:
        indexes = ((("last_name", "first_name"), False), (("team",), False),
                   (("status",), False))

    @staticmethod
    def key_values(values: dict) -> dict:
        """The key columns of a staff member with these field values."""
        first, last = values.get("first_name") or "", values.get("last_name") or ""
        return {"employee_key": fold_key(values.get("employee_id") or ""),
                "sort_key": f"{sort_key(last)}\x1f{sort_key(first)}\x1f{last}\x1f{first}",
                "search_key": search_key(first, last, values.get("employee_id"),
                                         values.get("email"))}

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Assignment(BaseModel):
    """A staff member on a client account; the one with no end date is current."""

    staff = ForeignKeyField(Staff, backref="assignments", index=False)
    client = ForeignKeyField(Client, backref="assignments", index=False)
    role = CharField(max_length=150, default="")
    start_date = DateField()
    end_date = DateField(null=True)
    archived = BooleanField(default=False)

    class Meta:
        indexes = ((("staff", "start_date"), False), (("client", "end_date", "staff"), False),
                   (("staff", "end_date", "client"), False))


class Competency(BaseModel):
    name = CharField(max_length=100, unique=True)
    description = TextField(default="")
    archived = BooleanField(default=False)


class Mentor(BaseModel):
    """A staff member who mentors, or an external coach (then `staff` is empty)."""

    staff = ForeignKeyField(Staff, null=True, unique=True, backref="mentor_roles")
    external_name = CharField(max_length=200, default="")
    external_organisation = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    capacity = SmallIntegerField(default=3)
    active = BooleanField(default=True)
    bio = TextField(default="")
    archived = BooleanField(default=False)


class MentorExpertise(BaseModel):
    mentor = ForeignKeyField(Mentor, backref="expertise", on_delete="CASCADE", index=False)
    competency = ForeignKeyField(Competency, backref="mentors")

    class Meta:
        indexes = ((("mentor", "competency"), True),)


class Mentorship(BaseModel):
    mentor = ForeignKeyField(Mentor, backref="mentorships")
    mentee = ForeignKeyField(Staff, backref="mentorships", index=False)
    status = CharField(max_length=20, default="proposed")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    focus = TextField(default="")
    archived = BooleanField(default=False)

    class Meta:
        # Schema version 16: (status, mentor) counts each mentor's active mentees from the
        # index alone (the dashboard's mentors over capacity).
        indexes = ((("mentee", "status"), False), (("status", "mentor"), False))


class MentoringSession(BaseModel):
    mentorship = ForeignKeyField(Mentorship, backref="sessions", index=False)
    date = DateField()
    duration_minutes = SmallIntegerField(default=60)
    format = CharField(max_length=20, default="in_person")
    topics = TextField(default="")
    shared_notes = TextField(default="")
    archived = BooleanField(default=False)
    # Schema version 9: when to look again at the evidence the session cites.
    follow_up_date = DateField(null=True)

    class Meta:
        indexes = ((("mentorship", "date"), False),)


class SessionPrivateNote(BaseModel):
    """Schema version 6: a mentor's private note on a session, one per author, in a table of
    its own so that row-level security shows each note to its author only."""

    session = ForeignKeyField(MentoringSession, backref="private_notes", on_delete="CASCADE",
                              index=False)
    author = CharField(max_length=100)
    text = TextField(default="")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("session", "author"), True),)


class ActionItem(BaseModel):
    mentorship = ForeignKeyField(Mentorship, backref="action_items")
    session = ForeignKeyField(MentoringSession, null=True, backref="action_items")
    text = TextField()
    owner = CharField(max_length=20, default="mentee")
    due_date = DateField(null=True)
    done_date = DateField(null=True)
    archived = BooleanField(default=False)


class Feedback(BaseModel):
    staff = ForeignKeyField(Staff, backref="feedback", index=False)
    client = ForeignKeyField(Client, null=True, backref="feedback", index=False)
    source = CharField(max_length=20)
    author = CharField(max_length=200, default="")
    date = DateField()
    kind = CharField(max_length=20, default="general")
    rating = SmallIntegerField(null=True)
    strengths = TextField(default="")
    improvements = TextField(default="")
    comment = TextField(default="")
    visibility = CharField(max_length=20, default="internal")
    # Incidents only: what went wrong and what was learned.
    root_cause = TextField(default="")
    lesson_learned = TextField(default="")
    corrective_action = TextField(default="")
    follow_up_date = DateField(null=True)
    resolved_date = DateField(null=True)
    archived = BooleanField(default=False)
    # Schema version 6: the staff member read it (with an optional comment). The database
    # has the defaults too, for writers that name only the columns they know (bulk inserts).
    acknowledged_at = DateTimeField(null=True)
    acknowledged_by = CharField(max_length=100, default="", constraints=[SQL("DEFAULT ''")])
    acknowledgement = TextField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = (
            (("staff", "date"), False),
            # Covering index for period aggregates (dashboard, reports).
            (("date", "staff", "client", "rating"), False),
            (("date", "source", "rating"), False),
            (("kind", "resolved_date", "follow_up_date"), False),
        )


# Schema version 4: covers the client report's period figures (one client's shareable
# feedback), which otherwise read every matching row from the table.
Feedback.add_index(Feedback.client, Feedback.date, Feedback.visibility, Feedback.archived,
                   Feedback.staff, Feedback.kind, Feedback.source, Feedback.rating,
                   name="feedback_client_period")
# Schema version 16: the dashboard's incidents past their follow-up, oldest first, read in
# index order (50 of 29,400 at 300,000 staff, instead of fetching and sorting them all).
Feedback.add_index(Feedback.follow_up_date, name="feedback_open_incident_follow_up",
                   where=SQL("\"kind\" = 'incident' AND \"resolved_date\" IS NULL "
                             "AND NOT \"archived\""))


class FeedbackRating(BaseModel):
    feedback = ForeignKeyField(Feedback, backref="ratings", on_delete="CASCADE", index=False)
    competency = ForeignKeyField(Competency, backref="ratings", index=False)
    rating = SmallIntegerField()

    class Meta:
        indexes = ((("feedback", "competency"), True), (("competency",), False))


class CareerGoal(BaseModel):
    staff = ForeignKeyField(Staff, backref="goals")
    title = CharField(max_length=200)
    description = TextField(default="")
    horizon_years = SmallIntegerField(default=1)
    kind = CharField(max_length=20, default="career")
    target_date = DateField(null=True)
    status = CharField(max_length=20, default="not_started")
    progress = SmallIntegerField(default=0)
    archived = BooleanField(default=False)


class SelfAssessment(BaseModel):
    staff = ForeignKeyField(Staff, backref="self_assessments")
    date = DateField()
    strengths = TextField(default="")
    values = TextField(default="")
    interests = TextField(default="")
    development_areas = TextField(default="")
    archived = BooleanField(default=False)


class CheckIn(BaseModel):
    staff = ForeignKeyField(Staff, backref="check_ins", index=False)
    date = DateField()
    reviewer = CharField(max_length=200, default="")
    notes = TextField(default="")
    next_date = DateField(null=True)
    archived = BooleanField(default=False)
    # Schema version 3: the staff member's newest check-in that is not archived (kept by
    # services.careers) so the overdue list needs no search for the newest of each person.
    is_latest = BooleanField(default=False)

    class Meta:
        indexes = ((("staff", "date"), False), (("is_latest", "next_date"), False))


class TrainingProgram(BaseModel):
    name = CharField(max_length=200, unique=True)
    type = CharField(max_length=30, default="training_program")
    provider = CharField(max_length=200, default="")
    hours = DecimalField(max_digits=7, decimal_places=1, null=True, auto_round=True)
    validity_months = SmallIntegerField(null=True)
    client = ForeignKeyField(Client, null=True, backref="requested_programs")
    mandatory = BooleanField(default=False)
    description = TextField(default="")
    archived = BooleanField(default=False)


class Enrollment(BaseModel):
    staff = ForeignKeyField(Staff, backref="enrollments", index=False)
    program = ForeignKeyField(TrainingProgram, backref="enrollments", index=False)
    status = CharField(max_length=20, default="planned")
    start_date = DateField(null=True)
    completed_date = DateField(null=True)
    score = FloatField(null=True)
    hours = DecimalField(max_digits=7, decimal_places=1, null=True, auto_round=True)
    funded_by = CharField(max_length=20, default="employer")
    # Schema version 2: a completed certification's expiry, kept from its program's validity.
    expires_on = DateField(null=True)
    notes = TextField(default="")
    archived = BooleanField(default=False)

    class Meta:
        indexes = ((("staff", "program"), False), (("program", "status"), False),
                   (("status", "completed_date", "staff", "hours"), False),
                   (("expires_on",), False))


class Responsibility(BaseModel):
    staff = ForeignKeyField(Staff, backref="responsibilities")
    title = CharField(max_length=200)
    description = TextField(default="")
    assigned_date = DateField()
    aligned_to_role = BooleanField(default=True)
    goal = ForeignKeyField(CareerGoal, null=True, backref="responsibilities")
    status = CharField(max_length=20, default="active")
    outcome = TextField(default="")
    archived = BooleanField(default=False)




class AppUser(BaseModel):
    """Schema version 6: a person who signs in (shared PostgreSQL mode): the login role's name,
    the group role it belongs to, and the staff record that is this person, if any."""

    login = CharField(max_length=63, unique=True)
    display_name = CharField(max_length=200, default="")
    role = CharField(max_length=30)
    staff = ForeignKeyField(Staff, null=True, backref="users")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)


class ClientManager(BaseModel):
    """Schema version 6: the account managers of a client."""

    client = ForeignKeyField(Client, backref="managers", on_delete="CASCADE", index=False)
    user = ForeignKeyField(AppUser, backref="clients", on_delete="CASCADE")

    class Meta:
        indexes = ((("client", "user"), True),)


class AuditEntry(BaseModel):
    at = DateTimeField(default=utcnow)
    actor = CharField(max_length=100, default="")
    action = CharField(max_length=20)
    entity = CharField(max_length=50)
    entity_id = IntegerField(null=True)
    changes = TextField(default="{}")  # JSON: {field: [old, new]}

    class Meta:
        indexes = ((("entity", "entity_id"), False), (("at",), False))


class DashboardDay(BaseModel):
    """Schema version 8: the dashboard's per-day roll-ups, kept by database triggers in the
    same transaction as the rows they add up (`migrations.rollup_sql`), whoever writes them.

    Keyed (figure, client_id, day, source); client 0 is everyone, so a figure for all or for
    one client is one range of the key. "feedback": feedback that is not archived, by the
    client it is about. "training": completed enrollments that are not archived, by completion
    day (source ''), for each client the person is on now (an open assignment): they move when
    assignments do. Hours are kept in tenths (whole numbers add up exactly). A row whose
    figures are all zero counts as absent."""

    figure = CharField(max_length=10)
    client_id = IntegerField()
    day = DateField()
    source = CharField(max_length=20)
    entries = IntegerField()
    rating_sum = IntegerField()
    rated = IntegerField()
    hour_tenths = IntegerField()

    class Meta:
        primary_key = CompositeKey("figure", "client_id", "day", "source")


class DashboardHeadcount(BaseModel):
    """Schema version 16: active staff (not archived, not resigned) as counts kept by database
    triggers (`migrations.tally_sql`), so the dashboard at company scale counts nothing. Client
    0 is every active person; any other client the open assignments (end date empty) of active
    people there, one per assignment, as `services.dashboard.headcount_by_client` counts them.
    A row whose count is zero counts as absent."""

    client_id = IntegerField(primary_key=True)
    n = IntegerField()


class DashboardDue(BaseModel):
    """Schema version 16: what falls due on each day, for active staff, kept by the same
    triggers: "check_in", latest check-ins by their next date; "incident", incidents not
    resolved nor archived by their follow-up date. What is overdue today is the sum of the
    days before it. A row whose count is zero counts as absent."""

    figure = CharField(max_length=10)
    day = DateField()
    n = IntegerField()

    class Meta:
        primary_key = CompositeKey("figure", "day")


# Schema version 9: BPO performance evidence. Choice codes for the KPI and quality tables.
KPI_UNIT_CHOICES = ("seconds", "percent", "score", "count")
KPI_BETTER_CHOICES = ("higher", "lower")
KPI_ROLLUP_CHOICES = ("weighted", "average", "sum", "latest")
KPI_PERIOD_CHOICES = ("day", "week", "month")
SCORECARD_SCALE_CHOICES = ("yes_no", "yes_partial_no", "one_to_five")
CRITICAL_CHOICES = ("", "section", "evaluation")
CHANNEL_CHOICES = ("phone", "chat", "email", "social", "other")
EVALUATION_STATUS_CHOICES = ("open", "acknowledged", "disputed", "resolved")
DISPUTE_DECISION_CHOICES = ("accepted", "partly_accepted", "rejected")


class KpiMetric(BaseModel):
    """Schema version 9: a metric a client judges its agents by (`mentorapp.kpis.Metric`), for
    the whole account or one line of business on it. One per folded name on an account line."""

    client = ForeignKeyField(Client, backref="kpi_metrics", index=False)
    line_of_business = CharField(max_length=100, default="")
    name = CharField(max_length=100)
    unit = CharField(max_length=10)
    better = CharField(max_length=10)
    target = DoubleField()
    warning = DoubleField(null=True)
    rollup = CharField(max_length=10, default="average")
    weight_column = CharField(max_length=100, default="")  # the import's count column
    decimals = SmallIntegerField(default=0)
    shareable = BooleanField(default=False)
    archived = BooleanField(default=False)
    name_key = TextField()

    class Meta:
        indexes = ((("client", "line_of_business", "name_key"), True),)


class KpiValue(BaseModel):
    """Schema version 9: a person's figure for a day, week or month (`day` is its first day),
    with the count that weighs it (handled contacts) for a weighted metric."""

    metric = ForeignKeyField(KpiMetric, backref="values", on_delete="CASCADE", index=False)
    staff = ForeignKeyField(Staff, backref="kpi_values", index=False)
    period = CharField(max_length=5)
    day = DateField()
    value = DoubleField()
    count = DoubleField(null=True)

    class Meta:
        indexes = (
            # The profile's KPI tab (one person, every metric, a year), one row per period.
            (("staff", "metric", "period", "day"), True),
            # A metric's values at a period (an import's one-period check, deleting a metric).
            # Schema 15: it was (metric, period, day, staff, value, count), for the roll-ups
            # before `KpiMonth`; an import finds the stored values of its days through
            # `KpiMonth`'s key and the index above.
            (("metric", "period"), False),
        )


class KpiMonth(BaseModel):
    """Schema version 10: one person's values of a metric in a month, added up so every
    roll-up rule of `mentorapp.kpis` gives the exact figure of a person-month and of any group
    of people (sums of sums, never an average of averages). Kept by database triggers on
    `kpi_value` in the same transaction, whoever writes the values (`migrations.kpi_month_sql`).

    `n` values dated in the month (by `day`, a period's first day), `value_sum` their total,
    `weighted_sum` the total of value x count and `weight_sum` of the counts (values without a
    count add nothing to either), `last_day` the latest day and `last_value` its value (on a
    tie, the value stored last). A person-month without values has no row."""

    metric_id = IntegerField()
    staff_id = IntegerField()
    month = DateField()
    n = IntegerField()
    value_sum = DoubleField()
    weighted_sum = DoubleField()
    weight_sum = DoubleField()
    last_day = DateField()
    last_value = DoubleField()

    class Meta:
        primary_key = CompositeKey("metric_id", "month", "staff_id")  # a client's metrics
        indexes = ((("staff_id", "month"), False),)  # one person's months


class Scorecard(BaseModel):
    """Schema version 9: a quality form, for one client or for all; its items live in
    versions, so publishing a change leaves the evaluations made on an older one as they were."""

    name = CharField(max_length=200)
    client = ForeignKeyField(Client, null=True, backref="scorecards")
    archived = BooleanField(default=False)
    name_key = TextField(unique=True)


class ScorecardVersion(BaseModel):
    scorecard = ForeignKeyField(Scorecard, backref="versions", on_delete="CASCADE", index=False)
    version = SmallIntegerField()
    published_at = DateTimeField(null=True)  # None: a draft, the only kind that may change

    class Meta:
        indexes = ((("scorecard", "version"), True),)


class ScorecardItem(BaseModel):
    """An item of a scorecard version (`mentorapp.scorecards.Item`), in its section, in order;
    optionally the competency it shows (mentor matching reads QA results by competency)."""

    version = ForeignKeyField(ScorecardVersion, backref="items", on_delete="CASCADE",
                              index=False)
    position = SmallIntegerField()
    section = CharField(max_length=200)
    key = CharField(max_length=50)
    text = TextField()
    weight = DoubleField(default=1)
    scale = CharField(max_length=20, default="yes_no")
    critical = CharField(max_length=12, default="")
    allow_na = BooleanField(default=True)
    competency = ForeignKeyField(Competency, null=True, backref="scorecard_items")

    class Meta:
        indexes = ((("version", "key"), True),)


class Calibration(BaseModel):
    """Several evaluators scoring one interaction blind; the reference evaluation is the
    expert's."""

    version = ForeignKeyField(ScorecardVersion, backref="calibrations")
    client = ForeignKeyField(Client, null=True, backref="calibrations")
    interaction_id = CharField(max_length=100)
    held_on = DateField()
    notes = TextField(default="")
    archived = BooleanField(default=False)


class Evaluation(BaseModel):
    """An interaction scored on a scorecard version. `evaluator` is the evaluating user's
    login (in shared mode the database's session user). `score` is in percent, None when
    every item was N/A; `revision` counts the versions of the score (see EvaluationRevision)."""

    version = ForeignKeyField(ScorecardVersion, backref="evaluations")
    staff = ForeignKeyField(Staff, backref="evaluations", index=False)
    evaluator = CharField(max_length=100)
    client = ForeignKeyField(Client, null=True, backref="evaluations", index=False)
    interaction_id = CharField(max_length=100, default="")
    channel = CharField(max_length=20, default="phone")
    interaction_date = DateField()
    evaluated_at = DateTimeField(default=utcnow)
    score = DoubleField(null=True)
    critical_fail = BooleanField(default=False)
    visibility = CharField(max_length=20, default="internal")
    status = CharField(max_length=20, default="open")
    revision = SmallIntegerField(default=1)
    acknowledged_at = DateTimeField(null=True)
    acknowledgement = TextField(default="")
    calibration = ForeignKeyField(Calibration, null=True, backref="evaluations")
    is_reference = BooleanField(default=False)
    archived = BooleanField(default=False)

    class Meta:
        indexes = ((("staff", "interaction_date"), False),
                   (("client", "interaction_date", "visibility"), False))


class EvaluationAnswer(BaseModel):
    evaluation = ForeignKeyField(Evaluation, backref="answers", on_delete="CASCADE",
                                 index=False)
    item = ForeignKeyField(ScorecardItem, backref="answers")
    answer = CharField(max_length=10)
    comment = TextField(default="")

    class Meta:
        indexes = ((("evaluation", "item"), True),)


class EvaluationRevision(BaseModel):
    """Every version of an evaluation's answers and score: the first, and each one a decided
    dispute made. `answers` is JSON: {item key: [answer, comment]}."""

    evaluation = ForeignKeyField(Evaluation, backref="revisions", on_delete="CASCADE",
                                 index=False)
    revision = SmallIntegerField()
    score = DoubleField(null=True)
    answers = TextField()
    changed_at = DateTimeField(default=utcnow)
    changed_by = CharField(max_length=100, default="")
    reason = TextField(default="")

    class Meta:
        indexes = ((("evaluation", "revision"), True),)


class EvaluationDispute(BaseModel):
    """An agent's dispute of an evaluation: why, and the answers they propose (JSON {item key:
    answer}); a QA lead's decision (accepted, partly accepted, rejected; empty while open)."""

    evaluation = ForeignKeyField(Evaluation, backref="disputes", on_delete="CASCADE",
                                 index=False)
    raised_by = CharField(max_length=100)
    raised_at = DateTimeField(default=utcnow)
    reason = TextField()
    proposed = TextField(default="{}")
    decision = CharField(max_length=20, default="")
    decided_by = CharField(max_length=100, default="")
    decided_at = DateTimeField(null=True)
    decision_note = TextField(default="")

    class Meta:
        indexes = ((("evaluation", "raised_at"), False), (("decision",), False))


class SessionEvidence(BaseModel):
    """What prompted a coaching session: an evaluation, a feedback entry (incidents included)
    or a KPI metric (its figures around the session's date and its follow-up)."""

    session = ForeignKeyField(MentoringSession, backref="evidence", on_delete="CASCADE")
    evaluation = ForeignKeyField(Evaluation, null=True, on_delete="CASCADE")
    feedback = ForeignKeyField(Feedback, null=True, on_delete="CASCADE")
    metric = ForeignKeyField(KpiMetric, null=True, on_delete="CASCADE")


# Schema version 11: role ladders (issue 16). Requirement kinds, in display order.
REQUIREMENT_KIND_CHOICES = ("competency", "training", "certification")


class CareerRole(BaseModel):
    """Schema version 11: a role on the company ladder (no client) or one a client account
    defines ("Tier 2" for ShopNest); `level` orders a ladder, `next_role` is the step up.
    `name_key` is "<client id or 0>:<folded name>": one role of a name per account and one on
    the company ladder (a unique index over a nullable client would let company roles repeat)."""

    name = CharField(max_length=100)
    client = ForeignKeyField(Client, null=True, backref="career_roles")
    level = SmallIntegerField(default=1)
    next_role = ForeignKeyField("self", null=True, backref="previous_roles",
                                on_delete="SET NULL")
    min_tenure_months = SmallIntegerField(default=0)
    archived = BooleanField(default=False)
    name_key = TextField(unique=True)

    KEY_FIELDS = ("name_key",)

    @staticmethod
    def key_values(values: dict) -> dict:
        return {"name_key": f"{values.get('client') or 0}:{fold_key(values.get('name') or '')}"}


class RoleRequirement(BaseModel):
    """Schema version 11: what a role asks for: a competency at a minimum rating (1-5), a
    completed training, or a certification that is still valid."""

    role = ForeignKeyField(CareerRole, backref="requirements", on_delete="CASCADE")
    kind = CharField(max_length=20)
    competency = ForeignKeyField(Competency, null=True, backref="role_requirements")
    program = ForeignKeyField(TrainingProgram, null=True, backref="role_requirements")
    minimum = DoubleField(null=True)


# Schema version 13 (issue 17): the client loop. Choice codes.
REPORT_CADENCE_CHOICES = ("weekly", "monthly", "quarterly")
SENT_VIA_CHOICES = ("email", "portal", "meeting")
CLIENT_ACTION_STATUS_CHOICES = ("open", "done", "dropped")


class ClientContact(BaseModel):
    """Schema version 13: a person at the client who receives and acknowledges reports; one
    per client and folded email (`email_key`)."""

    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE", index=False)
    name = CharField(max_length=200)
    email = CharField(max_length=254)
    role = CharField(max_length=100, default="")
    active = BooleanField(default=True)
    email_key = TextField()

    KEY_FIELDS = ("email_key",)

    class Meta:
        indexes = ((("client", "email_key"), True),)

    @staticmethod
    def key_values(values: dict) -> dict:
        return {"email_key": fold_key(values.get("email") or "")}


class ClientReportVersion(BaseModel):
    """Schema version 13: a client report as exported: its period, its version of that period
    (1, 2, ...), the file's name and SHA-256, who prepared it and when (UTC), and the figures
    it showed (JSON, what the next version's "Changes since" compares); then when and how it
    was sent, and which contact acknowledged it when."""

    client = ForeignKeyField(Client, backref="report_versions", index=False)
    period_start = DateField()
    period_end = DateField()
    version = SmallIntegerField()
    file_name = CharField(max_length=255)
    sha256 = CharField(max_length=64)
    prepared_by = CharField(max_length=200, default="")
    prepared_by_user = ForeignKeyField(AppUser, null=True, backref="report_versions",
                                       on_delete="SET NULL")
    prepared_at = DateTimeField(default=utcnow)
    figures = TextField(default="{}")
    sent_at = DateTimeField(null=True)
    sent_via = CharField(max_length=20, default="")
    acknowledged_at = DateTimeField(null=True)
    acknowledged_by = ForeignKeyField(ClientContact, null=True, backref="acknowledged",
                                      on_delete="SET NULL")

    class Meta:
        indexes = ((("client", "period_start", "period_end", "version"), True),)


class ClientReportRecipient(BaseModel):
    """Schema version 13: a contact a report version was sent to."""

    version = ForeignKeyField(ClientReportVersion, backref="recipients", on_delete="CASCADE",
                              index=False)
    contact = ForeignKeyField(ClientContact, backref="reports_received", on_delete="CASCADE")

    class Meta:
        indexes = ((("version", "contact"), True),)


class ClientReview(BaseModel):
    """Schema version 13: the account manager's narrative of a client's period."""

    client = ForeignKeyField(Client, backref="reviews", index=False)
    period_start = DateField()
    period_end = DateField()
    summary = TextField(default="")
    highlights = TextField(default="")
    risks = TextField(default="")
    updated_at = DateTimeField(default=utcnow)
    updated_by = CharField(max_length=100, default="")

    class Meta:
        indexes = ((("client", "period_start", "period_end"), True),)


class ClientActionItem(BaseModel):
    """Schema version 13: something promised in a client review (raised in the period
    `period_start`..`period_end`), its owner and due date, and whether it is open, done or
    dropped (`closed_on` the day it was done or dropped)."""

    client = ForeignKeyField(Client, backref="action_items", index=False)
    period_start = DateField()
    period_end = DateField()
    text = TextField()
    owner = CharField(max_length=200, default="")
    due_date = DateField(null=True)
    status = CharField(max_length=10, default="open")
    closed_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = ((("client", "period_start"), False),)


# Schema version 13: a client's reply logged as feedback points at the report version.
Feedback._meta.add_field("report_version", ForeignKeyField(
    ClientReportVersion, null=True, backref="replies", on_delete="SET NULL"))


# Creation order (parents first); drop in reverse.
ALL_MODELS = (SchemaVersion, Setting, Client, Staff, AppUser, ClientManager, Assignment,
              Competency, Mentor, MentorExpertise, Mentorship, MentoringSession,
              SessionPrivateNote, ActionItem, Feedback, FeedbackRating, CareerGoal,
              SelfAssessment, CheckIn, TrainingProgram, Enrollment, Responsibility, AuditEntry,
              DashboardDay, DashboardHeadcount, DashboardDue, KpiMetric, KpiValue, KpiMonth,
              Scorecard, ScorecardVersion, ScorecardItem, Calibration, Evaluation,
              EvaluationAnswer, EvaluationRevision, EvaluationDispute, SessionEvidence,
              CareerRole, RoleRequirement, ClientContact, ClientReportVersion,
              ClientReportRecipient, ClientReview, ClientActionItem)
# Tables whose rows are user data: a database with none of them counts as empty.
DATA_MODELS = (Client, Staff, Assignment, Mentor, Mentorship, MentoringSession, ActionItem,
               Feedback, CareerGoal, SelfAssessment, CheckIn, TrainingProgram, Enrollment,
               Responsibility, KpiMetric, KpiValue, Scorecard, Evaluation)

# Schema version 7: text search. The texts searched in each table; on SQLite an FTS5 table
# `<table>_text` over them kept by triggers, on PostgreSQL a stored generated tsvector column
# `search_vector` (not a peewee field: no one writes or reads it but services.search) with a
# GIN index `<table>_text`. Stored, not an index expression: a query that checks rows one by
# one (a list read in date order) then matches a ready vector instead of parsing the texts.
# Private session notes are never indexed. Client and staff search keys get trigram indexes
# on PostgreSQL, so list searches (LIKE '%word%') use an index.
TEXT_SEARCH = {
    "feedback": ("comment", "strengths", "improvements", "root_cause", "lesson_learned",
                 "corrective_action"),
    "mentoring_session": ("shared_notes",),
    "career_goal": ("title", "description"),
}
TEXT_CONFIG = "mentorapp_text"  # PostgreSQL: simple words, accents removed (unaccent)


def text_document(table: str) -> str:
    """PostgreSQL: the tsvector of a row's searched texts, kept in its `search_vector`."""
    texts = " || ' ' || ".join(f'"{column}"' for column in TEXT_SEARCH[table])
    return f"to_tsvector('{TEXT_CONFIG}'::regconfig, {texts})"


def text_search_sql(sqlite: bool, trgm: str | None = None,
                    unaccent: str | None = None) -> list[str]:
    """The text search objects of a new database. PostgreSQL: `trgm` and `unaccent` are the
    schemas of those extensions, None when they are not installed (no trigram indexes;
    accents then count)."""
    if sqlite:
        statements = []
        for table, columns in TEXT_SEARCH.items():
            names = ", ".join(f'"{c}"' for c in columns)
            new = ", ".join(f'new."{c}"' for c in columns)
            old = ", ".join(f'old."{c}"' for c in columns)
            fts = f'"{table}_text"'
            delete = (f"INSERT INTO {fts} ({fts}, rowid, {names}) "
                      f"VALUES ('delete', old.\"id\", {old});")
            insert = f'INSERT INTO {fts} (rowid, {names}) VALUES (new."id", {new});'
            statements += [
                f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
                "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
                f'CREATE TRIGGER "{table}_text_insert" AFTER INSERT ON "{table}" '
                f"BEGIN {insert} END",
                f'CREATE TRIGGER "{table}_text_delete" AFTER DELETE ON "{table}" '
                f"BEGIN {delete} END",
                f'CREATE TRIGGER "{table}_text_update" AFTER UPDATE OF {names} ON "{table}" '
                f"BEGIN {delete} {insert} END"]
        return statements
    words = "asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, " \
            "numhword, hword_numpart"
    statements = [f'DROP TEXT SEARCH CONFIGURATION IF EXISTS "{TEXT_CONFIG}"',
                  f'CREATE TEXT SEARCH CONFIGURATION "{TEXT_CONFIG}" (COPY = pg_catalog.simple)']
    if unaccent:
        statements.append(f'ALTER TEXT SEARCH CONFIGURATION "{TEXT_CONFIG}" ALTER MAPPING FOR '
                          f'{words} WITH "{unaccent}".unaccent, pg_catalog.simple')
    for table in TEXT_SEARCH:
        statements += [f'ALTER TABLE "{table}" ADD COLUMN "search_vector" tsvector '
                       f"GENERATED ALWAYS AS ({text_document(table)}) STORED",
                       f'CREATE INDEX "{table}_text" ON "{table}" USING GIN ("search_vector")']
    if trgm:
        statements += [f'CREATE INDEX "{table}_search_key_trgm" ON "{table}" '
                       f'USING GIN ("search_key" "{trgm}".gin_trgm_ops)'
                       for table in ("client", "staff")]
    return statements

