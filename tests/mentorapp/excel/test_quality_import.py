"""Importing quality evaluations: one row per answered item grouped by the file's Evaluation
ID, all-or-nothing with every problem by row and column, re-import refused."""

import csv
import datetime as dt

import pytest
from openpyxl import Workbook

from mentorapp.excel.importing import import_file
from mentorapp.models import Evaluation, EvaluationAnswer, EvaluationRevision
from mentorapp.services import audit, quality
from tests.records import make_scorecard

HEADER = ["Evaluation ID", "Employee ID", "Evaluator", "Client", "Interaction ID", "Channel",
          "Interaction date", "Scorecard", "Item key", "Answer", "Comment", "Shareable"]
DAY = dt.date(2026, 5, 4)


def write_xlsx(path, rows):
    wb = Workbook()
    for row in [HEADER, *rows]:
        wb.active.append(row)
    wb.save(path)
    return path


def evaluation_rows(key, employee_id, card_name, answers, *, evaluator="qa.ann",
                    client="Acme", interaction="CALL-1", shareable="yes"):
    return [[key, employee_id, evaluator, client, interaction, "chat", DAY, card_name, item,
             answer, f"about {item}", shareable] for item, answer in answers]


ANSWERS = [("greet", "no"), ("verify", "yes"), ("solve", "partial"), ("tone", 5)]


@pytest.fixture
def ref(db, make):
    acme = make.client("Acme")
    return {"card": make_scorecard(make, name="Calls"), "acme": acme,
            "ann": make.staff(client=acme), "bob": make.staff(client=acme)}


def problems(result):
    return [(p.row, p.column, p.message) for p in result.problems]


def test_rows_are_grouped_into_scored_evaluations(ref, tmp_path):
    rows = (evaluation_rows("A1", ref["ann"]["employee_id"], "calls", ANSWERS)
            + evaluation_rows("A2", ref["bob"]["employee_id"], "Calls",
                              [("greet", "yes"), ("verify", "no"), ("solve", "yes"),
                               ("tone", "n/a")], interaction="CALL-2", shareable="no"))
    result = import_file("evaluations", write_xlsx(tmp_path / "e.xlsx", rows))
    assert result.ok, problems(result)
    assert (result.rows, result.created) == (8, 2)
    ann = quality.evaluations_of(ref["ann"]["id"])[0]
    assert ann["score"] == pytest.approx(100 * (0 + 2 + 1.5 + 2) / 8)
    assert (ann["evaluator"], ann["client"], ann["channel"], ann["visibility"]) == \
        ("qa.ann", "Acme", "chat", "shareable")
    detail = quality.evaluation(ann["id"])
    assert detail["answers"]["tone"]["answer"] == "5"
    assert detail["answers"]["greet"]["comment"] == "about greet"
    bob = quality.evaluations_of(ref["bob"]["id"])[0]
    assert (bob["score"], bob["critical_fail"], bob["visibility"]) == (0.0, True, "internal")
    assert EvaluationRevision.select().count() == 2


def test_every_problem_in_one_pass_and_nothing_written(ref, tmp_path):
    ann = ref["ann"]["employee_id"]
    rows = (evaluation_rows("A1", ann, "Calls", [("greet", "maybe"), ("verify", "yes"),
                                                 ("solve", "yes"), ("nope", "yes")])
            + evaluation_rows("A2", "E-404", "Calls", ANSWERS, interaction="CALL-2")
            + evaluation_rows("A3", ann, "Unknown card", ANSWERS, interaction="CALL-3")
            + evaluation_rows("A4", ann, "Calls", ANSWERS, interaction="CALL-4"))
    rows[-1][6] = dt.date(2026, 5, 5)  # A4's last row disagrees on the date
    rows[-2][6] = "yesterday"
    result = import_file("evaluations", write_xlsx(tmp_path / "e.xlsx", rows))
    assert problems(result) == [
        (2, "Answer", "'maybe' is not an answer (yes, no, n/a)"),
        (5, "Item Key", "is not an item of this scorecard"),
        (6, "Employee ID", "no staff member with this employee ID"),
        (10, "Scorecard", "no published scorecard with this name"),
        (16, "Interaction Date", "is not a date (use YYYY-MM-DD)"),
        (17, "Interaction Date", "differs from row 14 of the same Evaluation ID"),
        (2, "Item Key", "Evaluation ID 'A1' does not answer greet, tone"),
        # row 16 could not be checked, so its item is not answered either
        (14, "Item Key", "Evaluation ID 'A4' does not answer solve"),
    ]
    assert Evaluation.select().count() == EvaluationAnswer.select().count() == 0


def test_re_importing_the_same_evaluation_is_refused(ref, tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx",
                      evaluation_rows("A1", ref["ann"]["employee_id"], "Calls", ANSWERS))
    assert import_file("evaluations", path).ok
    again = import_file("evaluations", path)
    stored = Evaluation.get().id
    assert problems(again) == [
        (2, "Interaction ID", f"already imported as evaluation {stored} (same interaction, "
         "evaluator and scorecard); re-importing is refused")]
    assert Evaluation.select().count() == 1
    twice = write_xlsx(tmp_path / "twice.xlsx",
                       evaluation_rows("B1", ref["ann"]["employee_id"], "Calls", ANSWERS,
                                       interaction="C-9")
                       + evaluation_rows("B2", ref["bob"]["employee_id"], "Calls", ANSWERS,
                                         interaction="C-9"))
    assert problems(import_file("evaluations", twice)) == [
        (6, "Interaction ID", "the same interaction, evaluator and scorecard are "
         "Evaluation ID 'B1'")]


def test_dry_run_counts_and_writes_nothing(ref, tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx",
                      evaluation_rows("A1", ref["ann"]["employee_id"], "Calls", ANSWERS))
    result = import_file("evaluations", path, dry_run=True)
    assert (result.ok, result.created) == (True, 1)
    assert Evaluation.select().count() == 0


def test_bulk_written_evaluation_matches_the_services_own(ref, tmp_path):
    """The import stores what `quality.evaluate` stores for the same answers: score, critical
    fail, answers, the first revision and (outside shared mode) an audit entry."""
    answers = [("greet", "Yes"), ("verify", "no"), ("solve", "partial"), ("tone", "N/A")]
    path = write_xlsx(tmp_path / "e.xlsx",
                      evaluation_rows("A1", ref["ann"]["employee_id"], "Calls", answers))
    assert import_file("evaluations", path).ok
    imported = quality.evaluations_of(ref["ann"]["id"])[0]
    made = quality.evaluate(quality.version_id(ref["card"]["id"]),
                            {key: (answer, f"about {key}") for key, answer in answers},
                            evaluator="qa.ann", staff=ref["bob"]["id"],
                            client=ref["acme"]["id"], interaction_id="CALL-1", channel="chat",
                            interaction_date=DAY, shareable=True)
    fields = ("score", "critical_fail", "visibility", "status", "revision", "channel",
              "interaction_date", "client", "version", "evaluator", "interaction_id")
    mine = quality.evaluation(imported["id"])
    assert {f: mine[f] for f in fields} == {f: made[f] for f in fields}
    assert mine["answers"] == made["answers"]
    assert (mine["score"], mine["critical_fail"]) == (0.0, True)  # verify is critical
    (first,), (theirs,) = quality.score_history(mine["id"]), quality.score_history(made["id"])
    assert {k: first[k] for k in ("revision", "score", "answers", "changed_by", "reason")} == \
        {k: theirs[k] for k in ("revision", "score", "answers", "changed_by", "reason")}
    if not audit.recorded_by_database():
        entries = [audit.history("evaluation", e)[0]["changes"] for e in (mine["id"], made["id"])]
        assert entries[0] == {**entries[1], "staff": [None, ref["ann"]["id"]]}


def test_a_file_of_many_evaluations_is_written_whole(ref, tmp_path):
    """Hundreds of evaluations: every answer and revision stored, each under its own
    evaluation, in one pass."""
    rows = []
    for n in range(300):
        person = ref["ann"] if n % 2 else ref["bob"]
        pick = [("greet", "yes" if n % 3 else "no"), ("verify", "yes"),
                ("solve", ("yes", "partial", "no")[n % 3]), ("tone", str(1 + n % 5))]
        rows += evaluation_rows(f"E{n}", person["employee_id"], "Calls", pick,
                                interaction=f"C-{n}")
    path = tmp_path / "many.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    result = import_file("evaluations", path)
    assert result.ok and result.created == 300, problems(result)
    assert EvaluationAnswer.select().count() == 1200
    assert EvaluationRevision.select().count() == 300
    for evaluation in Evaluation.select().order_by(Evaluation.id):
        n = int(evaluation.interaction_id[2:])
        detail = quality.evaluation(evaluation.id)
        assert detail["answers"]["tone"]["answer"] == str(1 + n % 5)
        expected = 100 * ((n % 3 != 0) + 2 + (1, 0.5, 0)[n % 3] * 3 + (n % 5) / 4 * 2) / 8
        assert evaluation.score == pytest.approx(expected)


def test_a_client_s_scorecard_takes_only_that_client_s_evaluations(ref, make, tmp_path):
    """Another client's evaluation on it is a problem under Client; one without a client is
    the scorecard's client's."""
    make.client("Globex")
    make_scorecard(make, name="Acme calls", client=ref["acme"]["id"])
    ann = ref["ann"]["employee_id"]
    rows = (evaluation_rows("A1", ann, "Acme calls", ANSWERS, client="Globex")
            + evaluation_rows("A2", ann, "Acme calls", ANSWERS, client=None,
                              interaction="CALL-2"))
    result = import_file("evaluations", write_xlsx(tmp_path / "e.xlsx", rows))
    assert problems(result) == [(2, "Client", "differs from the scorecard's client (Acme)")]
    result = import_file("evaluations", write_xlsx(tmp_path / "e.xlsx", rows[4:]))
    assert result.ok, problems(result)
    assert quality.evaluations_of(ref["ann"]["id"])[0]["client"] == "Acme"
