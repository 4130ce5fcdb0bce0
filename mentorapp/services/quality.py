"""Quality evaluations: scorecards in versions, evaluations scored on them, the agent's
acknowledgement or dispute and the QA lead's decision, calibrations of evaluators, and the
reads of a person's and a client's quality.

A scorecard's items change only in its draft; publishing turns the draft into version N and
any later change goes to a new draft N+1, so an evaluation keeps the items it was scored on.
Every change of an evaluation's answers is a new revision (EvaluationRevision), so the score
history keeps every version. The arithmetic is `mentorapp.scorecards`.

Calibration evaluations score one interaction several times; the person and client reads
count only the reference (expert) one of them, so a calibrated interaction counts once.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Mapping, Sequence
from functools import reduce

from peewee import JOIN, Case, fn

from mentorapp import scorecards
from mentorapp.collation import by_name
from mentorapp.db import transaction
from mentorapp.errors import NotFoundError, Problems, UserError, ValidationError
from mentorapp.models import (
    CHANNEL_CHOICES,
    CRITICAL_CHOICES,
    DISPUTE_DECISION_CHOICES,
    SCORECARD_SCALE_CHOICES,
    Calibration,
    Client,
    Competency,
    Evaluation,
    EvaluationAnswer,
    EvaluationDispute,
    EvaluationRevision,
    Scorecard,
    ScorecardItem,
    ScorecardVersion,
    Staff,
    label,
    utcnow,
)
from mentorapp.services import audit, users
from mentorapp.services.entity import plain, record_or_not_found, to_dict
from mentorapp.services.fields import Choice, Date, Flag, Number, Ref, Text
from mentorapp.text import fold_key, sort_key
from mentorapp.translations import N_, _, display

# Who decides a dispute (a SQLite file's one user is an admin). In shared mode the database
# also refuses a decision from anyone else, and one not signed with the decider's own login.
DECIDERS = ("qa", "admin", "operations")
# The answers that earn no credit on each scale (what "failed" means in the reads).
FAILING_ANSWERS = {scale: tuple(a for a, credit in choices.items() if credit == 0)
                   for scale, choices in scorecards.SCALES.items()}

# Weights count only against each other (1 and 2 weigh as 10 and 20): a cap keeps a typing
# slip (99999999999) from swamping every other item of the scorecard.
MAX_WEIGHT = 100

ITEM_RULES = {
    "section": Text(required=True, max_length=200, multiline=False),
    "key": Text(required=True, max_length=50, multiline=False, label=N_("item key")),
    "text": Text(required=True),
    "weight": Number(default=1.0),  # above 0, MAX_WEIGHT at most: checked in _clean_item
    "scale": Choice(SCORECARD_SCALE_CHOICES, default="yes_no"),
    "critical": Choice(CRITICAL_CHOICES, default=""),
    "allow_na": Flag(default=True, label=N_("N/A allowed")),
    "competency": Ref(Competency),
}
EVALUATION_RULES = {
    "staff": Ref(Staff, required=True, what=N_("staff member"), label=N_("agent")),
    "client": Ref(Client),
    "interaction_id": Text(max_length=100, multiline=False, label=N_("interaction ID")),
    "channel": Choice(CHANNEL_CHOICES, default="phone"),
    "interaction_date": Date(required=True, label=N_("interaction date")),
    "shareable": Flag(default=False),
}


# -- scorecards ------------------------------------------------------------------------
def create_scorecard(name: str, client: int | None = None) -> dict:
    """A new scorecard with an empty draft (version 1)."""
    name = Text(required=True, max_length=200, multiline=False).clean("name", name)
    client = Ref(Client).clean("client", client)
    with transaction():
        if Scorecard.select().where(Scorecard.name_key == fold_key(name)).exists():
            raise ValidationError("name", _("{name} is already the name of a scorecard").format(
                name=repr(name)))
        card = Scorecard.create(name=name, client=client, name_key=fold_key(name))
        ScorecardVersion.create(scorecard=card.id, version=1)
        audit.record("create", "scorecard", card.id,
                     {"name": (None, name), "client": (None, client)})
    return scorecard(card.id)


def scorecard_by_name(name: str) -> dict:
    card = Scorecard.get_or_none(Scorecard.name_key == fold_key(name))
    if card is None:
        raise NotFoundError(_("No scorecard named {name}").format(name=repr(name)))
    return scorecard(card.id)


def scorecard(scorecard_id: int) -> dict:
    """A scorecard with its versions (oldest first) and the number of its latest published
    one (None before the first publication)."""
    card = record_or_not_found(Scorecard, scorecard_id, N_("scorecard"))
    versions = [to_dict(v) for v in ScorecardVersion.select()
                .where(ScorecardVersion.scorecard == scorecard_id)
                .order_by(ScorecardVersion.version)]
    published = [v for v in versions if v["published_at"] is not None]
    return {**{k: v for k, v in to_dict(card).items() if k != "name_key"},
            "versions": versions,
            "published": published[-1]["version"] if published else None,
            "draft": next((v["version"] for v in versions if v["published_at"] is None), None)}


def version_id(scorecard_id: int, number: int | None = None) -> int:
    """The id of a version of a scorecard; by default its latest published one."""
    query = ScorecardVersion.select(ScorecardVersion.id).where(
        ScorecardVersion.scorecard == scorecard_id)
    if number is None:
        query = query.where(ScorecardVersion.published_at.is_null(False)).order_by(
            ScorecardVersion.version.desc())
    else:
        query = query.where(ScorecardVersion.version == number)
    found = query.scalar()
    if found is None:
        message = _("Scorecard {scorecard_id} has no version {number}") if number else \
            _("Scorecard {scorecard_id} has no published version")
        raise NotFoundError(message.format(scorecard_id=scorecard_id, number=number))
    return found


def items(version: int) -> list[dict]:
    """The items of a scorecard version, in order."""
    return [to_dict(item) for item in ScorecardItem.select()
            .where(ScorecardItem.version == version).order_by(ScorecardItem.position)]


def _draft(scorecard_id: int) -> ScorecardVersion:
    """The scorecard's draft; after a publication a new one (N+1) starting as a copy of the
    latest version, so a change never touches a published version."""
    versions = list(ScorecardVersion.select().where(ScorecardVersion.scorecard == scorecard_id)
                    .order_by(ScorecardVersion.version))
    if not versions:
        raise NotFoundError(_("No scorecard with id {scorecard_id}").format(
            scorecard_id=scorecard_id))
    latest = versions[-1]
    if latest.published_at is None:
        return latest
    draft = ScorecardVersion.create(scorecard=scorecard_id, version=latest.version + 1)
    copied = [{k: v for k, v in item.items() if k != "id"} | {"version": draft.id}
              for item in items(latest.id)]
    if copied:
        ScorecardItem.insert_many(copied).execute()
    return draft


def set_items(scorecard_id: int, new_items: Sequence[Mapping]) -> dict:
    """Replace the draft's items (a published scorecard gets a new draft first). Each item:
    section, key, text, weight, scale, critical ('', 'section', 'evaluation'; 'none' is ''),
    allow_na, competency. An error names the item (as `row`, counted from 1) and its field."""
    cleaned = check_items(new_items)
    with transaction():
        draft = _draft(scorecard_id)
        ScorecardItem.delete().where(ScorecardItem.version == draft.id).execute()
        ScorecardItem.insert_many([{**item, "version": draft.id, "position": position}
                                   for position, item in enumerate(cleaned)]).execute()
        audit.record("update", "scorecard", scorecard_id,
                     {"items": (None, f"version {draft.version}: {len(cleaned)} items")})
    return scorecard(scorecard_id)


def check_items(new_items: Sequence[Mapping]) -> list[dict]:
    """The items cleaned, or the ValidationError `set_items` would raise (a form checks
    them before it creates the scorecard they are for)."""
    cleaned = [_clean_item(number, item) for number, item in enumerate(new_items, 1)]
    try:
        scorecards.check(_sections(cleaned))
    except ValueError as exc:
        raise ValidationError("items", str(exc)) from None
    return cleaned


def sections(version: int) -> list[scorecards.Section]:
    """A scorecard version's items as `scorecards` sections."""
    return _sections(items(version))


def _clean_item(number: int, item: Mapping) -> dict:
    unknown = set(item) - set(ITEM_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of a scorecard item"),
                              row=number)
    values = dict(item)
    if str(values.get("critical") or "").strip().lower() == "none":
        values["critical"] = ""
    try:
        clean = {name: rule.clean(name, values.get(name)) for name, rule in ITEM_RULES.items()}
    except ValidationError as exc:
        raise ValidationError(exc.field, exc.detail, row=number,
                              label=ITEM_RULES[exc.field].label and _(ITEM_RULES[exc.field].label)
                              ) from None
    if clean["weight"] <= 0:
        raise ValidationError("weight", _("must be above 0"), row=number)
    if clean["weight"] > MAX_WEIGHT:
        raise ValidationError("weight", _("must be {maximum} at most (only the ratio between "
                                          "weights counts)").format(maximum=MAX_WEIGHT),
                              row=number)
    return clean


def _sections(item_rows: Sequence[Mapping]) -> list[scorecards.Section]:
    """Scorecard items as `scorecards` sections, in the order their sections first appear."""
    sections: dict[str, list[scorecards.Item]] = {}
    for row in item_rows:
        sections.setdefault(row["section"], []).append(scorecards.Item(
            row["key"], row["text"], row["weight"], row["scale"], row["critical"] or None,
            row["allow_na"]))
    return [scorecards.Section(title, tuple(members)) for title, members in sections.items()]


def publish(scorecard_id: int) -> dict:
    """The draft becomes the next published version (read-only from now on)."""
    with transaction():
        draft = (ScorecardVersion.select().where(ScorecardVersion.scorecard == scorecard_id,
                                                 ScorecardVersion.published_at.is_null())
                 .first())
        if draft is None:
            scorecard(scorecard_id)  # NotFoundError for an unknown id
            raise UserError(_("This scorecard has no changes to publish (no draft)"))
        if not ScorecardItem.select().where(ScorecardItem.version == draft.id).exists():
            raise ValidationError("items", _("a scorecard needs at least one item"))
        ScorecardVersion.update(published_at=utcnow()).where(
            ScorecardVersion.id == draft.id).execute()
        audit.record("update", "scorecard", scorecard_id,
                     {"published": (None, f"version {draft.version}")})
    return scorecard(scorecard_id)


# -- evaluations -----------------------------------------------------------------------
def _published_sections(version: int) -> tuple[list[scorecards.Section], dict[str, int]]:
    """A published version's sections and {item key: item id}."""
    found = ScorecardVersion.get_or_none(ScorecardVersion.id == version)
    if found is None:
        raise ValidationError("version", _("no scorecard version with id {version_id}").format(
            version_id=version))
    if found.published_at is None:
        raise ValidationError("version", _("is a draft: publish the scorecard before "
                                          "evaluating with it"))
    rows = items(version)
    return _sections(rows), {row["key"]: row["id"] for row in rows}


def _split(answers: Mapping) -> dict[str, tuple[str, str]]:
    """{key: (answer, comment)} from answers given as plain answers or (answer, comment)."""
    split = {}
    for key, given in answers.items():
        answer, comment = given if isinstance(given, (tuple, list)) else (given, "")
        split[str(key)] = (str(answer).strip().lower(), Text().clean("comment", comment))
    return split


def _score(sections, answers: Mapping[str, tuple[str, str]]) -> scorecards.Score:
    known = {item.key for section in sections for item in section.items}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise ValidationError("answers", _("not items of this scorecard: {keys}").format(
            keys=", ".join(unknown)))
    try:
        return scorecards.score(sections, {key: a for key, (a, _) in answers.items()})
    except ValueError as exc:
        raise ValidationError("answers", str(exc)) from None


def client_for_scorecard(version: int, client: int | None) -> int | None:
    """The client an evaluation (or calibration) on `version` is for: the one given, or the
    scorecard's own. A client's scorecard scores only that client's interactions."""
    owner, name = (Scorecard.select(Scorecard.client, Client.name)
                   .join(Client, JOIN.LEFT_OUTER, on=(Scorecard.client == Client.id))
                   .switch(Scorecard).join(ScorecardVersion)
                   .where(ScorecardVersion.id == version).tuples().first() or (None, None))
    if owner is not None and client is not None and client != owner:
        raise ValidationError("client", _("differs from the scorecard's client ({client})")
                              .format(client=name))
    return client if client is not None else owner


def evaluate(version: int, answers: Mapping, *, evaluator: str | None = None,
             calibration: int | None = None, reference: bool = False, **values) -> dict:
    """Score an interaction on a published scorecard version. `answers` maps item keys to an
    answer or (answer, comment); `values`: staff, interaction_date, client, interaction_id,
    channel, shareable. The evaluator is the signed-in user unless given (an import of
    evaluations made elsewhere names them). With `calibration` the
    evaluation joins it (its version, interaction and client), `reference` marking the
    expert's."""
    unknown = set(values) - set(EVALUATION_RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of an evaluation"))
    clean = {name: rule.clean(name, values.get(name))
             for name, rule in EVALUATION_RULES.items()}
    sections, item_ids = _published_sections(version)
    given = _split(answers)
    result = _score(sections, given)
    evaluator = (Text(max_length=100, multiline=False).clean("evaluator", evaluator)
                 or users.current()["login"])
    with transaction():
        if calibration is not None:
            session = _calibration(calibration)
            if session.version_id != version:
                raise ValidationError("version", _("differs from the calibration's scorecard "
                                                  "version"))
            _check_calibrated_interaction(session, clean)
            clean["interaction_id"] = session.interaction_id
            clean["client"] = clean["client"] or session.client_id
            if reference and Evaluation.select().where(Evaluation.calibration == calibration,
                                                       Evaluation.is_reference).exists():
                raise ValidationError("reference", _("this calibration already has its "
                                                    "reference evaluation"))
        clean["client"] = client_for_scorecard(version, clean["client"])
        record = Evaluation.create(
            version=version, staff=clean["staff"], evaluator=evaluator,
            client=clean["client"], interaction_id=clean["interaction_id"],
            channel=clean["channel"], interaction_date=clean["interaction_date"],
            score=result.total, critical_fail=bool(result.critical_fails),
            visibility="shareable" if clean["shareable"] else "internal",
            calibration=calibration, is_reference=bool(calibration and reference))
        _write_answers(record.id, item_ids, given)
        EvaluationRevision.create(evaluation=record.id, revision=1, score=result.total,
                                  answers=_answers_json(given), changed_by=evaluator)
        audit.record("create", "evaluation", record.id,
                     {"staff": (None, clean["staff"]), "version": (None, version),
                      "score": (None, result.total)})
    return evaluation(record.id)


def _write_answers(evaluation_id: int, item_ids: dict[str, int],
                   given: Mapping[str, tuple[str, str]]) -> None:
    EvaluationAnswer.delete().where(EvaluationAnswer.evaluation == evaluation_id).execute()
    EvaluationAnswer.insert_many([
        {"evaluation": evaluation_id, "item": item_ids[key], "answer": answer,
         "comment": comment} for key, (answer, comment) in given.items()]).execute()


def _answers_json(given: Mapping[str, tuple[str, str]]) -> str:
    return json.dumps({key: list(pair) for key, pair in sorted(given.items())},
                      ensure_ascii=False)


def _record(evaluation_id: int) -> Evaluation:
    return record_or_not_found(Evaluation, evaluation_id, N_("evaluation"))


def evaluation(evaluation_id: int) -> dict:
    """An evaluation with its answers ({key: {answer, comment, section, text}}, in order)."""
    record = _record(evaluation_id)
    rows = (EvaluationAnswer.select(EvaluationAnswer.answer, EvaluationAnswer.comment,
                                    ScorecardItem.key, ScorecardItem.section,
                                    ScorecardItem.text)
            .join(ScorecardItem).where(EvaluationAnswer.evaluation == evaluation_id)
            .order_by(ScorecardItem.position).dicts())
    return {**to_dict(record),
            "answers": {row["key"]: {"answer": row["answer"], "comment": row["comment"],
                                     "section": row["section"], "text": row["text"]}
                        for row in rows}}


def _check_agent(record: Evaluation) -> None:
    """Only the agent answers their evaluation; a SQLite file's one user does it for them."""
    me = users.current()
    if me["shared"] and me["staff"] != record.staff_id:
        raise UserError(_("Only the evaluated agent can acknowledge or dispute an evaluation"))


def acknowledge(evaluation_id: int, comment: str = "") -> dict:
    comment = Text().clean("comment", comment)
    with transaction():
        record = _record(evaluation_id)
        _check_agent(record)
        if record.status != "open":
            raise UserError(_("This evaluation is {status}; only an open one can be "
                              "acknowledged").format(
                status=label(record.status, display()).lower()))
        Evaluation.update(status="acknowledged", acknowledged_at=utcnow(),
                          acknowledgement=comment).where(Evaluation.id == record.id).execute()
        audit.record("update", "evaluation", record.id, {"status": ("open", "acknowledged")})
    return evaluation(evaluation_id)


def dispute(evaluation_id: int, reason: str, proposed: Mapping[str, str]) -> dict:
    """The agent disputes an open evaluation: why, and the answers they propose instead
    ({item key: answer}; checked against the scorecard)."""
    reason = Text(required=True).clean("reason", reason)
    with transaction():
        record = _record(evaluation_id)
        _check_agent(record)
        if record.status != "open":
            raise UserError(_("This evaluation is {status}; only an open one can be "
                              "disputed").format(status=label(record.status, display()).lower()))
        proposal = {key: answer for key, (answer, _) in _split(proposed).items()}
        if not proposal:
            raise ValidationError("proposed", _("propose at least one answer"))
        _score(_published_sections(record.version_id)[0],
               _merged(evaluation_id, {key: (a, None) for key, a in proposal.items()}))
        EvaluationDispute.create(evaluation=record.id, raised_by=users.current()["login"],
                                 reason=reason, proposed=json.dumps(proposal))
        Evaluation.update(status="disputed").where(Evaluation.id == record.id).execute()
        audit.record("update", "evaluation", record.id, {"status": ("open", "disputed")})
    return evaluation(evaluation_id)


def _merged(evaluation_id: int, changes: Mapping[str, tuple[str, str | None]]
            ) -> dict[str, tuple[str, str]]:
    """The stored answers with `changes` applied (a None comment keeps the stored one)."""
    stored = {key: (row["answer"], row["comment"])
              for key, row in evaluation(evaluation_id)["answers"].items()}
    return {**stored, **{key: (answer, stored.get(key, ("", ""))[1] if comment is None
                               else comment) for key, (answer, comment) in changes.items()}}


def decide(evaluation_id: int, decision: str, note: str = "",
           answers: Mapping | None = None) -> dict:
    """A QA lead decides the open dispute: accepted (the proposed answers apply),
    partly_accepted (the `answers` given here apply) or rejected (nothing changes). A change
    of answers is a new revision with its score; the evaluation is then resolved."""
    decision = Choice(DISPUTE_DECISION_CHOICES, required=True).clean("decision", decision)
    note = Text().clean("note", note)
    me = users.current()
    if me["role"] not in DECIDERS:
        raise UserError(_("Only a QA lead (or an admin or operations) decides a dispute"))
    with transaction():
        record = _record(evaluation_id)
        open_dispute = (EvaluationDispute.select()
                        .where(EvaluationDispute.evaluation == evaluation_id,
                               EvaluationDispute.decision == "")
                        .order_by(EvaluationDispute.raised_at.desc()).first())
        if record.status != "disputed" or open_dispute is None:
            raise UserError(_("This evaluation has no open dispute to decide"))
        if decision == "accepted":
            changes = {key: (answer, None)
                       for key, answer in json.loads(open_dispute.proposed).items()}
        elif decision == "partly_accepted":
            if not answers:
                raise ValidationError("answers", _("a partly accepted dispute needs the answers "
                                                  "the decision keeps"))
            changes = {key: (answer, comment or None)
                       for key, (answer, comment) in _split(answers).items()}
        else:
            changes = {}
        if changes:
            _revise(record, changes, me["login"], note or open_dispute.reason)
        EvaluationDispute.update(decision=decision, decided_by=me["login"],
                                 decided_at=utcnow(), decision_note=note).where(
            EvaluationDispute.id == open_dispute.id).execute()
        Evaluation.update(status="resolved").where(Evaluation.id == record.id).execute()
        audit.record("update", "evaluation", record.id,
                     {"status": ("disputed", "resolved"), "decision": (None, decision)})
    return evaluation(evaluation_id)


def _revise(record: Evaluation, changes, changed_by: str, reason: str) -> None:
    sections, item_ids = _published_sections(record.version_id)
    given = _merged(record.id, changes)
    result = _score(sections, given)
    if given == _merged(record.id, {}):
        return  # the decision kept every answer: no new version of the score
    revision = record.revision + 1
    _write_answers(record.id, item_ids, given)
    EvaluationRevision.create(evaluation=record.id, revision=revision, score=result.total,
                              answers=_answers_json(given), changed_by=changed_by,
                              reason=reason)
    Evaluation.update(score=result.total, critical_fail=bool(result.critical_fails),
                      revision=revision).where(Evaluation.id == record.id).execute()
    audit.record("update", "evaluation", record.id, {"score": (plain(record.score),
                                                               result.total)})


def score_history(evaluation_id: int) -> list[dict]:
    """Every version of the evaluation's score, first to last, with its answers."""
    _record(evaluation_id)
    rows = (EvaluationRevision.select().where(EvaluationRevision.evaluation == evaluation_id)
            .order_by(EvaluationRevision.revision).dicts())
    return [{**row, "answers": json.loads(row["answers"])} for row in rows]


def disputes(evaluation_id: int) -> list[dict]:
    rows = (EvaluationDispute.select().where(EvaluationDispute.evaluation == evaluation_id)
            .order_by(EvaluationDispute.raised_at, EvaluationDispute.id).dicts())
    return [{**row, "proposed": json.loads(row["proposed"])} for row in rows]


# -- calibration -----------------------------------------------------------------------
def create_calibration(version: int, interaction_id: str, *, held_on: dt.date | None = None,
                       client: int | None = None, notes: str = "") -> dict:
    interaction_id = Text(required=True, max_length=100, multiline=False,
                          label=N_("interaction ID")).clean("interaction_id", interaction_id)
    held_on = Date().clean("held_on", held_on) or dt.date.today()
    client = Ref(Client).clean("client", client)
    _published_sections(version)
    client = client_for_scorecard(version, client)
    with transaction():
        _refuse_calibrated_twice(version, client, interaction_id)
        record = Calibration.create(version=version, client=client,
                                    interaction_id=interaction_id, held_on=held_on,
                                    notes=Text().clean("notes", notes))
        audit.record("create", "calibration", record.id,
                     {"interaction_id": (None, interaction_id), "version": (None, version)})
    return to_dict(record)


def _refuse_calibrated_twice(version: int, client: int | None, interaction_id: str) -> None:
    """One calibration per interaction of a scorecard (any version) and client: a second
    one splits the evaluators, and its result never sees the first one's."""
    scorecard_id = ScorecardVersion.get_by_id(version).scorecard_id
    same_client = Calibration.client.is_null() if client is None else \
        (Calibration.client == client)
    earlier = (Calibration.select(Calibration.held_on).join(ScorecardVersion)
               .where(ScorecardVersion.scorecard == scorecard_id, same_client,
                      Calibration.interaction_id == interaction_id,
                      Calibration.archived == False)  # noqa: E712
               .order_by(Calibration.held_on).first())
    if earlier is not None:
        raise ValidationError("interaction_id", _(
            "{interaction} already has a calibration on this scorecard (held on {date}): score "
            "that one").format(interaction=repr(interaction_id),
                               date=earlier.held_on.isoformat()))


def _calibration(calibration_id: int) -> Calibration:
    return record_or_not_found(Calibration, calibration_id, N_("calibration"))


def calibration_interaction(calibration_id: int) -> dict:
    """What every evaluation of a calibration scores: its interaction ID, the interaction's
    date (the first evaluation's, else the day the calibration is held) and agent (the
    first evaluation's; None before it)."""
    return _interaction_of(_calibration(calibration_id))


def _interaction_of(session: Calibration) -> dict:
    first = (Evaluation.select(Evaluation.staff, Evaluation.interaction_date)
             .where(Evaluation.calibration == session.id).order_by(Evaluation.id)
             .tuples().first())
    staff_id, day = first or (None, session.held_on)
    return {"interaction_id": session.interaction_id, "interaction_date": day,
            "staff": staff_id}


def _check_calibrated_interaction(session: Calibration, clean: dict) -> None:
    """A calibration compares evaluators on one interaction: refuse an evaluation of another
    interaction ID, date or agent."""
    fixed = _interaction_of(session)
    problems = Problems()
    if clean["interaction_id"] and clean["interaction_id"] != fixed["interaction_id"]:
        problems.add("interaction_id", _("differs from the calibration's interaction "
                                         "({interaction})").format(
            interaction=fixed["interaction_id"]))
    if clean["interaction_date"] != fixed["interaction_date"]:
        problems.add("interaction_date", _("differs from the calibration's interaction date "
                                           "({date})").format(
            date=fixed["interaction_date"].isoformat()))
    if fixed["staff"] is not None and clean["staff"] != fixed["staff"]:
        agent = Staff.get_by_id(fixed["staff"])
        problems.add("staff", _("differs from the calibration's agent ({agent})").format(
            agent=f"{agent.first_name} {agent.last_name}"))
    problems.check()


def calibration_result(calibration_id: int) -> dict:
    """Spread per item (0 all agree .. 1), and per evaluator their distance from the
    reference score (points) and the share of items where their answer differs."""
    session = _calibration(calibration_id)
    sections, _item_ids = _published_sections(session.version_id)
    answers: dict[int, dict[str, str]] = {}
    for evaluation_id, key, answer in (
            EvaluationAnswer.select(EvaluationAnswer.evaluation, ScorecardItem.key,
                                    EvaluationAnswer.answer)
            .join(ScorecardItem).switch(EvaluationAnswer).join(Evaluation)
            .where(Evaluation.calibration == calibration_id).tuples()):
        answers.setdefault(evaluation_id, {})[key] = answer
    members = list(Evaluation.select(Evaluation.id, Evaluation.evaluator,
                                     Evaluation.is_reference)
                   .where(Evaluation.calibration == calibration_id).order_by(Evaluation.id))
    reference = next((m for m in members if m.is_reference), None)
    if reference is None:
        raise UserError(_("This calibration has no reference (expert) evaluation yet"))
    others = {m.evaluator: answers[m.id] for m in members if not m.is_reference}
    result = scorecards.calibrate(sections, answers[reference.id], others)
    return {"calibration": calibration_id, "interaction_id": session.interaction_id,
            "held_on": session.held_on, "reference_evaluator": reference.evaluator,
            "reference_total": result.reference_total, "item_spread": result.item_spread,
            "item_text": {item.key: item.text for section in sections
                          for item in section.items},
            "distance": result.distance, "disagreement": result.disagreement}


def accuracy_trend(evaluator: str) -> dict:
    """An evaluator's accuracy over their calibrations, oldest first: 100 minus their
    distance from the reference score; `direction` is improving, worsening, steady (a
    change under 1 point) or None with fewer than two calibrations."""
    sessions = (Calibration.select(Calibration.id, Calibration.held_on)
                .join(Evaluation, on=(Evaluation.calibration == Calibration.id))
                .where(Evaluation.evaluator == evaluator, ~Evaluation.is_reference)
                .order_by(Calibration.held_on, Calibration.id).tuples())
    points = []
    for calibration_id, held_on in sessions:
        distance = calibration_result(calibration_id)["distance"][evaluator]
        points.append({"calibration": calibration_id, "held_on": held_on,
                       "accuracy": 100 - distance})
    return {"evaluator": evaluator, "points": points,
            "direction": _direction([p["accuracy"] for p in points])}


def _direction(series: list[float]) -> str | None:
    """The least-squares direction of a series (higher is better), as `kpis.trend` does."""
    if len(series) < 2:
        return None
    mean_x = (len(series) - 1) / 2
    mean_y = sum(series) / len(series)
    slope = (sum((i - mean_x) * (v - mean_y) for i, v in enumerate(series))
             / sum((i - mean_x) ** 2 for i in range(len(series))))
    change = slope * (len(series) - 1)
    if abs(change) < 1:
        return "steady"
    return "improving" if change > 0 else "worsening"


# -- reading ---------------------------------------------------------------------------
def _counted():
    """Evaluations that count in the reads: not archived, and of a calibration only the
    reference one."""
    return ((Evaluation.archived == False)  # noqa: E712
            & (Evaluation.calibration.is_null() | Evaluation.is_reference))


def _listing():
    return (Evaluation.select(Evaluation.id, Evaluation.staff, Staff.employee_id,
                              Staff.first_name, Staff.last_name, Evaluation.evaluator,
                              Client.name.alias("client"), Scorecard.name.alias("scorecard"),
                              ScorecardVersion.version.alias("version"),
                              Evaluation.interaction_id, Evaluation.channel,
                              Evaluation.interaction_date, Evaluation.score,
                              Evaluation.critical_fail, Evaluation.visibility,
                              Evaluation.status, Evaluation.revision)
            .join(Staff, on=(Evaluation.staff == Staff.id))
            .switch(Evaluation).join(Client, JOIN.LEFT_OUTER, on=(Evaluation.client == Client.id))
            .switch(Evaluation).join(ScorecardVersion)
            .join(Scorecard))


def evaluations_of(staff_id: int) -> list[dict]:
    """A person's evaluations, newest interaction first (their profile's list)."""
    query = (_listing().where(Evaluation.staff == staff_id, _counted())
             .order_by(Evaluation.interaction_date.desc(), Evaluation.id.desc()))
    return [{k: plain(v) for k, v in row.items()} for row in query.dicts()]


def _of_client(client_id: int, start: dt.date, end: dt.date, shareable_only: bool):
    where = [Evaluation.client == client_id, Evaluation.interaction_date.between(start, end),
             _counted()]
    if shareable_only:
        where.append(Evaluation.visibility == "shareable")
    return where


def client_evaluations(client_id: int, start: dt.date, end: dt.date, *,
                       shareable_only: bool = False) -> list[dict]:
    """A client's evaluations of interactions in start..end, oldest first."""
    query = (_listing().where(*_of_client(client_id, start, end, shareable_only))
             .order_by(Evaluation.interaction_date, Evaluation.id))
    return [{k: plain(v) for k, v in row.items()} for row in query.dicts()]


def client_quality(client_id: int, start: dt.date, end: dt.date, *,
                   shareable_only: bool = False, most_failed: int = 10) -> dict:
    """A client's quality in a period: how many evaluations, their average score (of those
    with one), the critical fails, and the items failed most (section, key, text, times)."""
    where = _of_client(client_id, start, end, shareable_only)
    count, average, critical = (Evaluation.select(
        fn.COUNT(Evaluation.id), fn.AVG(Evaluation.score),
        fn.SUM(Case(None, [(Evaluation.critical_fail, 1)], 0)))
        .where(*where).tuples().get())
    failing = reduce(operator.or_, [(ScorecardItem.scale == scale)
                                    & EvaluationAnswer.answer.in_(answers)
                                    for scale, answers in FAILING_ANSWERS.items()])
    times = fn.COUNT(EvaluationAnswer.id)
    failed = (EvaluationAnswer.select(ScorecardItem.section, ScorecardItem.key,
                                      ScorecardItem.text, times.alias("times"))
              .join(ScorecardItem).switch(EvaluationAnswer).join(Evaluation)
              .where(*where, failing)
              .group_by(ScorecardItem.section, ScorecardItem.key, ScorecardItem.text)
              .order_by(times.desc(), ScorecardItem.key).limit(most_failed).dicts())
    return {"evaluations": count, "average_score": plain(average),
            "critical_fails": int(critical or 0), "most_failed": list(failed)}


def calibrations(client_id: int | None = None, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[dict]:
    """Calibrations (of a client, held in start..end), oldest first, each saying whether it
    has its reference evaluation yet."""
    query = Calibration.select().where(Calibration.archived == False)  # noqa: E712
    if client_id is not None:
        query = query.where(Calibration.client == client_id)
    if start is not None and end is not None:
        query = query.where(Calibration.held_on.between(start, end))
    rows = list(query.order_by(Calibration.held_on, Calibration.id).dicts())
    referenced = {c for (c,) in Evaluation.select(Evaluation.calibration)
                  .where(Evaluation.calibration.in_([row["id"] for row in rows]),
                         Evaluation.is_reference).tuples()}
    return [{**row, "has_reference": row["id"] in referenced} for row in rows]


# -- the Quality page's reads ----------------------------------------------------------
def scorecard_list() -> list[dict]:
    """Every scorecard not archived, by name: its client's name, latest published version,
    open draft and the number of items of its latest version."""
    rows = []
    for card in (Scorecard.select(Scorecard, Client.name.alias("client_name"))
                 .join(Client, JOIN.LEFT_OUTER, on=(Scorecard.client == Client.id))
                 .where(Scorecard.archived == False)  # noqa: E712
                 .order_by(*by_name(Scorecard.name_key, Scorecard.name)).dicts()):
        about = scorecard(card["id"])
        latest = about["versions"][-1]["id"] if about["versions"] else None
        rows.append({**about, "client_name": card["client_name"],
                     "items": ScorecardItem.select().where(
                         ScorecardItem.version == latest).count() if latest else 0})
    return rows


def evaluation_summary(evaluation_id: int) -> dict:
    """An evaluation's list row (the agent's names, the client's and scorecard's names, the
    version number), for its detail's heading."""
    row = _listing().where(Evaluation.id == evaluation_id).dicts().first()
    if row is None:
        raise NotFoundError(_("No evaluation with id {evaluation_id}").format(
            evaluation_id=evaluation_id))
    return {k: plain(v) for k, v in row.items()}


def published_versions() -> list[dict]:
    """The latest published version of each scorecard not archived, by name: what a new
    evaluation or calibration is scored on ({version (id), number, scorecard, name, client
    (the scorecard's, None for all clients)})."""
    rows = []
    for card in scorecard_list():
        if card["published"] is not None:
            rows.append({"version": version_id(card["id"]), "number": card["published"],
                         "scorecard": card["id"], "name": card["name"],
                         "client": card["client"]})
    return rows


EVALUATION_SORTS = {
    "interaction_date": (Evaluation.interaction_date,),
    "agent": (Staff.last_name, Staff.first_name),
    "client": (Client.name,),
    "score": (Evaluation.score,),
    "status": (Evaluation.status,),
}


def _evaluation_query(client, status, search, include_archived):
    query = _listing().where(Evaluation.calibration.is_null())
    if not include_archived:
        query = query.where(Evaluation.archived == False)  # noqa: E712
    if client is not None:
        query = query.where(Evaluation.client == client)
    if status is not None:
        query = query.where(Evaluation.status == status)
    for word in (search or "").split():  # the agent's names and ID, or the interaction ID
        query = query.where(Staff.search_key.contains(sort_key(word))
                            | Evaluation.interaction_id.contains(word))
    return query


def evaluation_list(client: int | None = None, status: str | None = None,
                    search: str | None = None, *, sort: str = "interaction_date",
                    descending: bool = True, include_archived: bool = False,
                    limit: int | None = 100, offset: int = 0) -> list[dict]:
    """A page of evaluations (not calibration ones), newest interaction first by default,
    optionally of one client, in one status or matching the search words, for the Quality
    page's list."""
    if sort not in EVALUATION_SORTS:
        raise ValidationError("sort", _("cannot sort evaluations by {key} (choose from "
                                       "{sorts})").format(key=repr(sort),
                                                          sorts=", ".join(EVALUATION_SORTS)))
    order = [key.desc() if descending else key.asc()
             for key in (*EVALUATION_SORTS[sort], Evaluation.id)]
    query = _evaluation_query(client, status, search, include_archived).order_by(*order)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [{k: plain(v) for k, v in row.items()} for row in query.dicts()]


def evaluation_count(client: int | None = None, status: str | None = None,
                     search: str | None = None, *, include_archived: bool = False) -> int:
    return _evaluation_query(client, status, search, include_archived).count()


def calibration_list() -> list[dict]:
    """Calibrations newest first with their scorecard, version number, client name and how
    many evaluators have scored (the answers stay out: the evaluators score blind)."""
    scored = fn.COUNT(Evaluation.id)
    query = (Calibration.select(Calibration, Scorecard.name.alias("scorecard"),
                                ScorecardVersion.version.alias("number"),
                                Client.name.alias("client_name"),
                                scored.alias("evaluations"),
                                fn.MAX(Case(None, [(Evaluation.is_reference, 1)], 0))
                                .alias("has_reference"))
             .join(ScorecardVersion, on=(Calibration.version == ScorecardVersion.id))
             .join(Scorecard)
             .switch(Calibration).join(Client, JOIN.LEFT_OUTER,
                                       on=(Calibration.client == Client.id))
             .switch(Calibration).join(Evaluation, JOIN.LEFT_OUTER,
                                       on=(Evaluation.calibration == Calibration.id))
             .where(Calibration.archived == False)  # noqa: E712
             .group_by(Calibration.id, Scorecard.name, ScorecardVersion.version, Client.name)
             .order_by(Calibration.held_on.desc(), Calibration.id.desc()))
    return [{**{k: plain(v) for k, v in row.items()},
             "has_reference": bool(row["has_reference"])} for row in query.dicts()]


def calibration_members(calibration_id: int) -> list[dict]:
    """Who has scored a calibration (evaluator, reference or not, the agent): no answers."""
    _calibration(calibration_id)
    return list(Evaluation.select(Evaluation.id, Evaluation.evaluator, Evaluation.is_reference,
                                  Evaluation.staff, Evaluation.interaction_date)
                .where(Evaluation.calibration == calibration_id)
                .order_by(Evaluation.id).dicts())


def preview_score(sections: Sequence[scorecards.Section],
                  answers: Mapping[str, str]) -> scorecards.Score | None:
    """The score of the items answered so far (a form shows it as the answers change); None
    before any answer. Unanswered items are left out as N/A would be."""
    answered = [scorecards.Section(section.title,
                                   tuple(i for i in section.items if i.key in answers))
                for section in sections]
    answered = [section for section in answered if section.items]
    if not answered:
        return None
    return scorecards.score(answered, answers)
