"""Quality evaluations import: a flat file with one row per answered item, the rows of one
evaluation sharing the file's own Evaluation ID.

Every row of an evaluation must repeat the same agent, evaluator, client, interaction,
channel, date, scorecard and sharing (a row that differs is a problem in that column), and
together they answer every item of the scorecard's latest published version. Evaluations
are scored with `mentorapp.scorecards` as `services.quality.evaluate` scores them, and
stored with their answers and revision 1 by `bulk.insert_evaluations`: three set-based
inserts for the whole file (200,000 evaluations of ten items each) in the import's one
transaction, where the service made a dozen statements per evaluation.

Re-importing is refused: an evaluation with the same interaction ID, evaluator and
scorecard already in the database is a problem on its first row. Changing a stored
evaluation's answers goes through the dispute flow, so its score history stays whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from mentorapp import bulk, scorecards
from mentorapp.errors import ValidationError
from mentorapp.excel.importing.common import AuditLog, Column, Importer, Progress
from mentorapp.excel.importing.staff import staff_id_lookup
from mentorapp.models import (
    CHANNEL_CHOICES,
    Client,
    Evaluation,
    Scorecard,
    ScorecardVersion,
    label,
    utcnow,
)
from mentorapp.services import quality
from mentorapp.services.fields import Choice, Date, Flag, Text
from mentorapp.text import fold_key
from mentorapp.translations import _

# The columns every row of one evaluation repeats.
SHARED = ("employee_id", "evaluator", "client", "interaction_id", "channel",
          "interaction_date", "scorecard", "shareable")


def evaluation_columns() -> list[Column]:
    def short(required=False):
        return Text(required=required, max_length=100, multiline=False)

    return [
        Column("Evaluation ID", "evaluation", short(True),
               hint="The file's own key: the rows of one evaluation share it"),
        Column("Employee ID", "employee_id", Text(required=True, max_length=50,
                                                   multiline=False)),
        Column("Evaluator", "evaluator", short(True), hint="The evaluator's login"),
        Column("Client", "client", Text(max_length=200, multiline=False)),
        Column("Interaction ID", "interaction_id", short(True)),
        Column("Channel", "channel", Choice(CHANNEL_CHOICES, default="phone"),
               choices=tuple(label(c).lower() for c in CHANNEL_CHOICES)),
        Column("Interaction Date", "interaction_date", Date(required=True), kind="date"),
        Column("Scorecard", "scorecard", Text(required=True, max_length=200, multiline=False)),
        Column("Item Key", "item", Text(required=True, max_length=50, multiline=False)),
        Column("Answer", "answer", Text(required=True, max_length=10, multiline=False),
               hint="yes, no, partial, 1-5 or n/a, as the item's scale allows"),
        Column("Comment", "comment", Text()),
        Column("Shareable", "shareable", Flag(default=False),
               hint="yes: the client may see it; no (the default): internal"),
    ]


@dataclass(frozen=True)
class _Card:
    """A scorecard's latest published version, as the checks and the scoring need it, and
    the stored evaluations on the scorecard ({(interaction ID, evaluator): id})."""

    id: int
    version: int
    items: dict[str, scorecards.Item]
    item_ids: dict[str, int]
    sections: list[scorecards.Section]
    stored: dict[tuple[str, str], int]


@dataclass
class _Evaluation:
    first_row: int
    shared: dict
    card: _Card
    staff: int
    client: int | None
    answers: dict[str, tuple[str, str]] = field(default_factory=dict)


class EvaluationImport(Importer):
    kind = "evaluations"

    def __init__(self, result, *, create_clients=False):
        super().__init__(result, create_clients=create_clients)
        self._columns = evaluation_columns()
        self.staff = staff_id_lookup()
        self.clients = dict(Client.select(Client.name_key, Client.id).tuples())
        self.scorecards: dict[str, _Card | None] = {}
        self.evaluations: dict[str, _Evaluation] = {}
        self.interactions: dict[tuple, str] = {}  # (interaction, evaluator, scorecard) -> key
        self.refused: set[str] = set()  # evaluations whose first row had a problem
        # (version, client given) -> the evaluation's client, or the problem's words
        self.card_clients: dict[tuple[int, int | None], int | None | ValidationError] = {}

    def columns(self):
        return self._columns

    def _client_of(self, card: _Card, client_id: int | None) -> int | None | ValidationError:
        """`quality.client_for_scorecard`, asked once per scorecard and client."""
        key = (card.version, client_id)
        if key not in self.card_clients:
            try:
                self.card_clients[key] = quality.client_for_scorecard(card.version, client_id)
            except ValidationError as exc:
                self.card_clients[key] = exc
        return self.card_clients[key]

    def _scorecard(self, name: str) -> _Card | None:
        """The scorecard's latest published version; None if unknown or never published.
        Its stored evaluations are read once here, not once per evaluation of the file."""
        key = fold_key(name)
        if key not in self.scorecards:
            found = None
            card = Scorecard.get_or_none(Scorecard.name_key == key)
            version = card and (ScorecardVersion.select(ScorecardVersion.id)
                                .where(ScorecardVersion.scorecard == card.id,
                                       ScorecardVersion.published_at.is_null(False))
                                .order_by(ScorecardVersion.version.desc()).scalar())
            if version:
                rows = quality.items(version)
                sections = quality.sections(version)
                stored = {(interaction, evaluator): evaluation for
                          evaluation, interaction, evaluator in
                          Evaluation.select(Evaluation.id, Evaluation.interaction_id,
                                            Evaluation.evaluator)
                          .join(ScorecardVersion)
                          .where(ScorecardVersion.scorecard == card.id).tuples()}
                found = _Card(card.id, version,
                              {item.key: item for section in sections for item in section.items},
                              {row["key"]: row["id"] for row in rows}, sections, stored)
            self.scorecards[key] = found
        return self.scorecards[key]

    def check(self, number, clean, filled):
        if clean["evaluation"] in self.refused:
            return
        group = self.evaluations.get(clean["evaluation"])
        if group is not None:
            self._same_as_first(number, clean, group)
        else:
            group = self._start(number, clean)
            if group is None:
                self.refused.add(clean["evaluation"])
                return
        item = group.card.items.get(clean["item"])
        if item is None:
            self.problem(number, "item", _("is not an item of this scorecard"), clean["item"])
            return
        if item.key in group.answers:
            self.problem(number, "item", _("this evaluation answers the item twice"),
                         clean["item"])
            return
        try:
            item.credit(clean["answer"])
        except ValueError as exc:
            self.problem(number, "answer", str(exc).split(": ", 1)[-1], clean["answer"])
            return
        group.answers[item.key] = (str(clean["answer"]).strip().lower(), clean["comment"])

    def _start(self, number: int, clean: dict) -> _Evaluation | None:
        """The first row of an evaluation: its agent, client and scorecard looked up."""
        staff_id = self.staff.get(fold_key(clean["employee_id"]))
        if staff_id is None:
            self.problem(number, "employee_id", _("no staff member with this employee ID"),
                         clean["employee_id"])
        client_id = None
        if clean["client"]:
            client_id = self.clients.get(fold_key(clean["client"]))
            if client_id is None:
                self.problem(number, "client", _("no client with this name"), clean["client"])
        card = self._scorecard(clean["scorecard"])
        if card is None:
            self.problem(number, "scorecard", _("no published scorecard with this name"),
                         clean["scorecard"])
        if staff_id is None or card is None or (clean["client"] and client_id is None):
            return None
        client_id = self._client_of(card, client_id)
        if isinstance(client_id, ValidationError):
            self.problem(number, "client", client_id.detail, clean["client"])
            return None
        interaction = (fold_key(clean["interaction_id"]), clean["evaluator"], card.id)
        if interaction in self.interactions:
            self.problem(number, "interaction_id", _("the same interaction, evaluator and "
                                                     "scorecard are Evaluation ID {evaluation}"
                                                     ).format(
                evaluation=repr(self.interactions[interaction])), clean["interaction_id"])
            return None
        self.interactions[interaction] = clean["evaluation"]
        stored = card.stored.get((clean["interaction_id"], clean["evaluator"]))
        if stored is not None:
            self.problem(number, "interaction_id", _("already imported as evaluation {id} "
                                                     "(same interaction, evaluator and "
                                                     "scorecard); re-importing is refused"
                                                     ).format(id=stored),
                         clean["interaction_id"])
            return None
        group = _Evaluation(number, {k: clean[k] for k in SHARED}, card, staff_id, client_id)
        self.evaluations[clean["evaluation"]] = group
        return group

    def _same_as_first(self, number: int, clean: dict, group: _Evaluation) -> None:
        for key in SHARED:
            if clean[key] != group.shared[key]:
                self.problem(number, key, _("differs from row {row} of the same Evaluation "
                                            "ID").format(row=group.first_row), clean[key])

    def finish(self):
        for name, group in self.evaluations.items():
            missing = [key for key in group.card.items if key not in group.answers]
            if missing:
                self.problem(group.first_row, "item", _("Evaluation ID {name} does not answer "
                                                        "{items}").format(
                    name=repr(name), items=", ".join(missing)), name)

    def write(self, progress: Progress | None):
        now = utcnow()
        evaluations, scores = [], []
        for group in self.evaluations.values():
            card, shared = group.card, group.shared
            result = scorecards.score(card.sections,
                                      {key: answer for key, (answer, _) in group.answers.items()})
            scores.append(result.total)
            answers_json = json.dumps({key: list(pair) for key, pair
                                       in sorted(group.answers.items())}, ensure_ascii=False)
            evaluations.append((
                (card.version, group.staff, shared["evaluator"], group.client,
                 shared["interaction_id"], shared["channel"], shared["interaction_date"], now,
                 result.total, bool(result.critical_fails),
                 "shareable" if shared["shareable"] else "internal", "open", 1, None, "",
                 None, False, False),
                [(card.item_ids[key], answer, comment)
                 for key, (answer, comment) in group.answers.items()],
                [(1, result.total, answers_json, now, shared["evaluator"], "")]))
        if progress:
            progress(1, 3)
        ids = bulk.insert_evaluations(evaluations)
        if progress:
            progress(2, 3)
        log = AuditLog()  # as the service records an evaluation it makes
        log.write(log.entry("create", "evaluation", evaluation_id,
                            {"staff": (None, group.staff), "version": (None, group.card.version),
                             "score": (None, score)})
                  for evaluation_id, group, score
                  in zip(ids, self.evaluations.values(), scores, strict=True))
        if progress:
            progress(3, 3)
        self.result.created = len(evaluations)
