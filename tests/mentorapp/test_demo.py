"""Demo data: plausible, consistent with the services' rules, deterministic, and refused on a
database that already holds data."""

import collections
import datetime as dt
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import JOIN, fn

from mentorapp import db as dbmod
from mentorapp import demo, kpis, models, opening, scorecards, services, shared
from mentorapp.errors import UserError
from mentorapp.models import (
    ActionItem,
    Assignment,
    AuditEntry,
    CareerGoal,
    CheckIn,
    Client,
    Enrollment,
    Evaluation,
    EvaluationAnswer,
    EvaluationDispute,
    Feedback,
    FeedbackRating,
    KpiValue,
    Mentor,
    MentoringSession,
    Mentorship,
    Responsibility,
    Scorecard,
    SessionEvidence,
    Staff,
    TrainingProgram,
)
from mentorapp.services import clients, dashboard, evidence, kpi, quality
from mentorapp.services.entity import Entity, plain, to_dict
from mentorapp.services.fields import Email
from mentorapp.services.training import certification_expiry

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 15)  # pinned so that runs on different days compare equal
STAFF = 40


@pytest.fixture
def demo_db(db):
    counts = demo.generate(db, staff=STAFF, seed=7, today=TODAY)
    return db, counts


def dump() -> dict[str, list[tuple]]:
    """Every data row of the bound database, in id order."""
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in models.DATA_MODELS}


def test_counts_match_the_tables_and_are_plausible(demo_db, actor):
    database, counts = demo_db
    for model, name in demo.COUNT_NAMES.items():
        assert counts[name] == model.select().count(), name
    assert counts["staff"] == STAFF
    assert 5 <= counts["clients"] <= 8
    assert 12 * STAFF <= counts["feedback"] <= 28 * STAFF
    assert 0.15 < counts["competency ratings"] / counts["feedback"] / 3 < 0.45
    for name in ("mentors", "mentorships", "mentoring sessions", "action items", "career goals",
                 "self-assessments", "check-ins", "training programs", "enrollments"):
        assert counts[name] > 0, name
    if shared.is_shared(database):  # the database audits every record, as the signed-in admin
        made = AuditEntry.select().where(AuditEntry.action == "create")
        assert made.where(AuditEntry.entity == "feedback").count() == counts["feedback"]
        assert made.where(AuditEntry.entity == "staff").count() == counts["staff"]
        assert {e.actor for e in AuditEntry.select(AuditEntry.actor)} == {actor}
        return
    entry = AuditEntry.get()
    assert AuditEntry.select().count() == 1 and entry.action == "generate"
    assert f'"feedback": [null, {counts["feedback"]}]' in entry.changes


def test_every_staff_member_has_a_client_history_with_at_most_one_open_assignment(demo_db):
    history = collections.defaultdict(list)
    for staff_id, start, end in Assignment.select(Assignment.staff, Assignment.start_date,
                                                  Assignment.end_date).tuples():
        history[staff_id].append((start, end))
    assert set(history) == {s for (s,) in Staff.select(Staff.id).tuples()}
    moved = 0
    for staff_id, spans in history.items():
        spans.sort()
        assert sum(end is None for _, end in spans) <= 1, staff_id
        for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
            assert end is not None and end < next_start, staff_id  # no overlap
        moved += len(spans) > 1
    assert moved > 0  # some people moved accounts
    resigned = {s for (s,) in Staff.select(Staff.id).where(Staff.status == "resigned").tuples()}
    for staff_id in resigned:
        assert all(end is not None for _, end in history[staff_id])


def test_foreign_keys_are_valid(demo_db):
    database, _ = demo_db
    if dbmod.is_sqlite(database):
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    orphans = (FeedbackRating.select().join(Feedback, on=(FeedbackRating.feedback == Feedback.id),
                                            join_type=JOIN.LEFT_OUTER)
               .where(Feedback.id.is_null()).count())
    assert orphans == 0
    wrong_goal = (Responsibility.select().join(CareerGoal)
                  .where(CareerGoal.staff != Responsibility.staff).count())
    assert wrong_goal == 0
    wrong_session = (ActionItem.select().join(MentoringSession)
                     .where(MentoringSession.mentorship != ActionItem.mentorship).count())
    assert wrong_session == 0


def test_feedback_visibility_and_incident_fields(demo_db):
    rows = list(Feedback.select().dicts())
    assert {r["visibility"] for r in rows} == {"shareable", "internal"}
    assert {r["kind"] for r in rows} == set(models.FEEDBACK_KIND_CHOICES)
    assert {r["source"] for r in rows} == set(models.FEEDBACK_SOURCE_CHOICES)
    incident_texts = ("root_cause", "lesson_learned", "corrective_action")
    resolved = 0
    for r in rows:
        assert r["date"] <= TODAY and r["date"] >= TODAY - dt.timedelta(days=365)
        if r["visibility"] == "shareable" or r["source"] == "client":
            assert r["client"] is not None
        if r["kind"] == "incident":
            assert all(r[f] for f in incident_texts) and r["follow_up_date"] >= r["date"]
            if r["resolved_date"]:
                assert r["date"] <= r["resolved_date"] <= TODAY
                resolved += 1
        else:
            assert not any(r[f] for f in incident_texts)
            assert r["follow_up_date"] is None and r["resolved_date"] is None
    assert 0 < resolved < sum(r["kind"] == "incident" for r in rows)


def test_feedback_client_is_the_account_the_person_was_on_that_day(demo_db):
    spans = collections.defaultdict(list)
    for staff_id, client_id, start, end in Assignment.select(
            Assignment.staff, Assignment.client, Assignment.start_date,
            Assignment.end_date).tuples():
        spans[staff_id].append((client_id, start, end or TODAY))
    checked = 0
    for staff_id, client_id, day in Feedback.select(Feedback.staff, Feedback.client,
                                                    Feedback.date).tuples():
        if client_id is not None:
            assert any(c == client_id and s <= day <= e for c, s, e in spans[staff_id])
            checked += 1
    assert checked > 0


def test_certification_expiry_follows_program_validity(demo_db):
    rows = (Enrollment.select(Enrollment.status, Enrollment.completed_date, Enrollment.expires_on,
                              TrainingProgram.validity_months).join(TrainingProgram).tuples())
    with_expiry = 0
    for status, completed, expires, validity in rows:
        expected = certification_expiry(completed, validity) if status == "completed" else None
        assert expires == expected
        with_expiry += expires is not None
        if completed:
            assert completed <= TODAY
    assert with_expiry > 0
    assert {t for (t,) in TrainingProgram.select(TrainingProgram.type).tuples()} == \
        set(models.PROGRAM_TYPE_CHOICES)
    assert TrainingProgram.select().where(TrainingProgram.client.is_null(False)).exists()
    assert Enrollment.select(fn.COUNT(fn.DISTINCT(Enrollment.status))).scalar() == \
        len(models.ENROLLMENT_STATUS_CHOICES)


def test_records_follow_the_service_rules(demo_db):
    for status, progress in CareerGoal.select(CareerGoal.status, CareerGoal.progress).tuples():
        assert (status == "achieved") == (progress == 100)
    assert {h for (h,) in CareerGoal.select(CareerGoal.horizon_years).distinct().tuples()} <= \
        set(models.GOAL_HORIZON_CHOICES)
    for day, next_day in CheckIn.select(CheckIn.date, CheckIn.next_date).tuples():
        assert day <= TODAY and (next_day is None or next_day > day)
    assert CheckIn.select().where(CheckIn.next_date < TODAY).exists()  # some overdue
    assert MentoringSession.select().where(MentoringSession.date > TODAY).count() == 0
    active = collections.Counter(m for (m,) in Mentorship.select(Mentorship.mentee)
                                 .where(Mentorship.status == "active").tuples())
    assert active and max(active.values()) == 1
    self_mentoring = (Mentorship.select().join(Mentor)
                      .where(Mentor.staff == Mentorship.mentee).count())
    assert self_mentoring == 0
    assert Mentor.select().where(Mentor.staff.is_null()).exists()  # external coaches
    open_items = ActionItem.select().where(ActionItem.done_date.is_null())
    assert open_items.exists() and open_items.count() < ActionItem.select().count()
    assert set(s for (s,) in Staff.select(Staff.status).distinct().tuples()) <= \
        set(models.STAFF_STATUS_CHOICES)


def test_same_seed_gives_the_same_rows_and_another_seed_different_ones(db, tmp_path):
    demo.generate(db, staff=25, seed=3, today=TODAY)
    first = dump()
    copies = []
    for name, seed in (("same.db", 3), ("other.db", 4)):
        other = opening.open_database(str(tmp_path / name))
        try:
            demo.generate(other, staff=25, seed=seed, today=TODAY)
            copies.append(dump())
        finally:
            other.close()
            dbmod.database.initialize(db)
    assert copies[0] == first
    assert copies[1]["Staff"] != first["Staff"] and copies[1]["Feedback"] != first["Feedback"]


def test_refuses_a_database_that_holds_data(db):
    clients.create(name="Existing Client")
    with pytest.raises(UserError, match="already holds data"):
        demo.generate(db, staff=5, today=TODAY)
    assert Staff.select().count() == 0 and Client.select().count() == 1


def test_reports_progress(db):
    messages = []
    demo.generate(db, staff=5, today=TODAY, progress=messages.append)
    assert any(m.startswith("Staff: 5") for m in messages)


def test_command_line(tmp_path):
    target = tmp_path / "demo.db"
    command = [sys.executable, "main.py", "--db", str(target), "demo", "--staff", "30"]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "30 staff" in first.stdout
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "already holds data" in lines[0], again.stderr


@pytest.mark.slow
def test_feedback_volume_at_scale(sqlite_db):
    counts = demo.generate(sqlite_db, staff=3000, seed=11, today=TODAY)
    per_staff = counts["feedback"] / 3000
    assert 18 <= per_staff <= 22, per_staff
    assert 0.8 <= counts["competency ratings"] / counts["feedback"] <= 1.0
    assert sqlite_db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_default_size_fills_every_dashboard_list(sqlite_db):
    demo.generate(sqlite_db, seed=1, today=TODAY)
    from mentorapp.services import dashboard

    figures = dashboard.figures(today=TODAY)
    active = {c for (c,) in Client.select(Client.name).where(Client.active == True)  # noqa: E712
              .tuples()}
    staffed = {row["name"] for row in figures["headcount_by_client"] if row["headcount"]}
    assert staffed == active
    for name in ("overdue_check_ins", "certifications_expiring", "incidents_past_follow_up",
                 "mentors_over_capacity", "rating_by_month"):
        assert figures[name], name
    assert dashboard.falling_ratings(today=TODAY)
    # The demo's bulk insert marks each person's newest check-in as the services would.
    marked = {c.id for c in CheckIn.select().where(CheckIn.is_latest == True)}  # noqa: E712
    from mentorapp.services.careers import mark_latest_check_ins

    mark_latest_check_ins()
    assert marked == {c.id for c in CheckIn.select().where(CheckIn.is_latest == True)}  # noqa: E712


def _entities():
    """Every `Entity` the services define: the rules forms, the CLI and imports check with."""
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"mentorapp.services.{info.name}")
        yield from (value for value in vars(module).values() if isinstance(value, Entity))


def test_every_demo_value_passes_the_apps_own_validators(demo_db):
    """Each demo row, put through its entity's field rules and cross-field check as an edit
    would be, is accepted and comes out unchanged (an invalid e-mail such as dr..linda.hart@
    was stored before)."""
    checked = set()
    for entity in _entities():
        if entity.model in checked:
            continue
        checked.add(entity.model)
        for record in entity.model.select():
            stored = to_dict(record)
            values = {name: stored[name] for name in entity.rules}
            try:
                clean = entity.clean(values, partial=False)
                if entity.check:
                    entity.check(clean, record)
            except UserError as exc:
                pytest.fail(f"{entity.name} {record.id}: {exc}")
            # (a check may add derived fields, such as a certification's expiry)
            assert {k: plain(v) for k, v in clean.items()} == \
                {k: stored[k] for k in clean}, (entity.name, record.id)
    assert {Staff, Client, Mentor, Feedback, Enrollment} <= checked


def test_demo_emails_are_valid(demo_db):
    emails = [e for (e,) in Staff.select(Staff.email).tuples()]
    emails += [e for (e,) in Mentor.select(Mentor.email).tuples() if e]
    emails += [e for (e,) in Client.select(Client.contact_email).tuples() if e]
    assert len(emails) > STAFF
    for email in emails:
        assert Email().clean("email", email) == email
        local = email.partition("@")[0]  # a dot-atom: no dot first, last or doubled
        assert ".." not in local and not local.startswith(".") and not local.endswith("."), \
            email


# -- KPIs and quality (issue 15) -------------------------------------------------------------
def test_kpi_figures_follow_the_kpi_arithmetic(demo_db):
    """Each metric is a preset (adherence internal), and a person's monthly figures as the
    service reports them are `kpis.roll_up` of their demo values; some people are below
    target two months running, as the dashboard shows them."""
    presets = {p["name"]: p for p in kpi.presets()}
    metrics = kpi.list()
    assert {m["name"] for m in metrics} == set(demo.KPI_METRICS)
    for m in metrics:
        assert m["shareable"] == (m["name"] not in demo.INTERNAL_METRICS)
        assert (m["target"], m["rollup"]) == (presets[m["name"]]["target"],
                                              presets[m["name"]]["rollup"])
    people = [s for (s,) in KpiValue.select(KpiValue.staff).distinct()
              .order_by(KpiValue.staff).limit(4).tuples()]
    assert people
    checked = 0
    for staff_id in people:
        for series in kpi.person_kpis(staff_id, today=TODAY):
            arithmetic = kpi.as_metric(kpi.get(series["metric_id"]))
            points = collections.defaultdict(list)
            for day, value, count in (KpiValue.select(KpiValue.day, KpiValue.value,
                                                      KpiValue.count)
                                      .where(KpiValue.staff == staff_id,
                                             KpiValue.metric == series["metric_id"]).tuples()):
                assert day < TODAY and day.weekday() < 5
                points[day.replace(day=1)].append(kpis.Point(day, value, count))
            for month in series["months"]:
                expected = kpis.roll_up(points.get(month["month"], []), arithmetic)
                assert month["value"] == pytest.approx(expected), (series["metric"], month)
                assert month["status"] == kpis.status(expected, arithmetic)
                checked += expected is not None
    assert checked > 20
    below = dashboard.kpi_below_target(today=TODAY)
    assert below
    for row in below:
        metric = kpi.as_metric(kpi.get(row["metric_id"]))
        assert row["periods_below"] >= 2
        assert all(kpis.status(value, metric) != kpis.MET for value in row["figures"])


def test_evaluation_scores_follow_the_scorecard_arithmetic(demo_db):
    """An evaluation's stored score and critical fail are `scorecards.score` of its answers
    on its version; every revision's score is that of its own answers, and the latest
    revision is the evaluation as stored (every revised evaluation and one in ten others)."""
    sections = {}
    evaluations = list(Evaluation.select().order_by(Evaluation.id))
    assert len(evaluations) > 3 * STAFF
    sample = [e for n, e in enumerate(evaluations) if e.revision > 1 or n % 10 == 0]
    assert any(e.revision > 1 for e in sample)
    for record in sample:
        version = record.version_id
        if version not in sections:
            sections[version] = quality.sections(version)
        detail = quality.evaluation(record.id)
        answers = {key: row["answer"] for key, row in detail["answers"].items()}
        result = scorecards.score(sections[version], answers)
        assert record.score == pytest.approx(result.total), record.id
        assert record.critical_fail == bool(result.critical_fails), record.id
        history = quality.score_history(record.id)
        assert [h["revision"] for h in history] == list(range(1, record.revision + 1))
        for revision in history:
            given = {key: answer for key, (answer, _) in revision["answers"].items()}
            assert revision["score"] == pytest.approx(scorecards.score(sections[version],
                                                                       given).total)
        assert {key: [row["answer"], row["comment"]]
                for key, row in detail["answers"].items()} == history[-1]["answers"]
    cards = [quality.scorecard(s) for (s,) in Scorecard.select(Scorecard.id).tuples()]
    assert all(card["published"] == 2 and card["draft"] is None for card in cards)
    items = quality.items(quality.version_id(cards[0]["id"]))
    assert {i["critical"] for i in items} >= {"evaluation", "section", ""}
    assert any(i["allow_na"] for i in items) and not all(i["allow_na"] for i in items)
    answered = {a for (a,) in EvaluationAnswer.select(EvaluationAnswer.answer).tuples()}
    assert "n/a" in answered
    assert {v for (v,) in Evaluation.select(Evaluation.visibility).distinct().tuples()} == \
        {"shareable", "internal"}
    assert {e.version_id for e in evaluations} >= {quality.version_id(cards[0]["id"], 1),
                                                   quality.version_id(cards[0]["id"], 2)}


def test_acknowledgements_disputes_and_calibrations(demo_db):
    statuses = collections.Counter(s for (s,) in Evaluation.select(Evaluation.status).tuples())
    assert statuses["acknowledged"] and statuses["open"]
    decisions = collections.Counter()
    for row in EvaluationDispute.select().order_by(EvaluationDispute.id):
        evaluation = Evaluation[row.evaluation_id]
        decisions[row.decision] += 1
        assert row.raised_at <= dt.datetime.combine(TODAY, dt.time())
        if row.decision == "":
            assert evaluation.status == "disputed" and row.decided_at is None
        else:
            assert evaluation.status == "resolved" and row.decided_at > row.raised_at
            assert evaluation.revision == (2 if row.decision == "accepted" else 1)
    assert set(decisions) == {"accepted", "rejected", ""}, decisions
    sessions = quality.calibrations()
    assert sessions and all(s["has_reference"] for s in sessions)
    for session in sessions:
        result = quality.calibration_result(session["id"])
        assert result["reference_evaluator"] == demo.QA_REFERENCE
        assert len(result["distance"]) == 3
    counted = {row["id"] for row in quality.evaluations_of(
        Evaluation.get(Evaluation.calibration == sessions[0]["id"]).staff_id)}
    members = {e.id: e.is_reference for e in Evaluation.select().where(
        Evaluation.calibration == sessions[0]["id"])}
    assert {i for i, reference in members.items() if reference} <= counted
    assert not {i for i, reference in members.items() if not reference} & counted


def test_coaching_sessions_cite_evidence_with_a_follow_up(demo_db):
    cited = list(SessionEvidence.select())
    assert cited
    for session_id in {row.session_id for row in cited}:
        figures = evidence.before_after(session_id, today=TODAY)
        assert figures["follow_up_date"] > figures["date"]
        kinds = {item["kind"] for item in figures["items"]}
        assert kinds == {"evaluation", "metric"}
        low = next(item for item in figures["items"] if item["kind"] == "evaluation")
        assert low["before"] < 80
