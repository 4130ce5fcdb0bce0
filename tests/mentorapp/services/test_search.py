"""Text search (services.search): the same results on SQLite (FTS5) and PostgreSQL (tsvector),
kept up to date by the database itself, and the indexes really used."""

import logging
import shutil
from pathlib import Path

import pytest
from service_helpers import days_ago

from mentorapp import migrations, opening
from mentorapp.db import is_sqlite
from mentorapp.errors import ValidationError
from mentorapp.models import TEXT_SEARCH, Feedback
from mentorapp.services import careers, clients, feedback, mentoring, search, staff
from tests.mentorapp.services.shared_company import build_company


def found(text, **options):
    return [(r["kind"], r["id"]) for r in search.search(text, **options)]


def test_exact_words_across_feedback_incidents_sessions_and_goals(db, make):
    person = make.staff("Ana", "Cruz")
    praise = make.feedback(person, comment="Handled the refund calmly")
    incident = make.feedback(person, kind="incident", comment="Customer angry",
                             root_cause="Refund sent twice", lesson_learned="Check the ledger")
    make.feedback(person, comment="Nothing to see")
    pair = make.mentorship(mentee=person)
    session = mentoring.log_session(pair["id"], date=days_ago(2),
                                    shared_notes="Walked through the refund policy")
    goal = make.goal(person, title="Refund specialist", description="Own the process")

    results = search.search("refund")
    assert {(r["kind"], r["id"]) for r in results} == {
        ("feedback", praise["id"]), ("incident", incident["id"]),
        ("session", session["id"]), ("goal", goal["id"])}
    by_kind = {r["kind"]: r for r in results}
    assert by_kind["incident"]["staff_id"] == person["id"]
    assert by_kind["incident"]["staff_name"] == "Ana Cruz"
    assert by_kind["session"]["staff_id"] == person["id"]  # the mentee's
    assert by_kind["feedback"]["date"] == days_ago(1)
    assert "[refund]" in by_kind["feedback"]["snippet"].lower()
    # Every word must occur, in any of the searched fields.
    assert found("refund ledger") == [("incident", incident["id"])]
    assert found("refunded") == [] and found("") == [] and found("  ,; ") == []


def test_prefixes(db, make):
    person = make.staff()
    refunded = make.feedback(person, improvements="Refunded without approval")
    refund = make.feedback(person, comment="refund asked")
    make.feedback(person, comment="A referral")
    assert sorted(found("refun*")) == sorted([("feedback", refunded["id"]),
                                              ("feedback", refund["id"])])
    assert found("approv* refun*") == [("feedback", refunded["id"])]


def test_accents_and_case_do_not_matter(db, make):
    person = make.staff()
    entry = make.feedback(person, comment="Très poli au téléphone, CAFÉ offert")
    for text in ("tres", "TELEPHONE", "café", "cafe", "Téléph*"):
        assert found(text) == [("feedback", entry["id"])], text


def test_more_occurrences_and_more_fields_rank_higher(db, make):
    person = make.staff()
    once = make.feedback(person, comment="The escalation went fine, thanks to a good team "
                         "and careful notes")
    twice = make.feedback(person, comment="Escalation after escalation, thanks to a good team "
                          "and careful notes")
    fields = make.feedback(person, comment="The escalation went fine, thanks to a good team",
                           strengths="Escalation handling", improvements="Less escalation")
    ranked = [record_id for _, record_id in found("escalation")]
    assert ranked.index(twice["id"]) < ranked.index(once["id"])
    assert ranked.index(fields["id"]) < ranked.index(once["id"])
    assert ranked[0] == fields["id"]
    scores = [r["score"] for r in search.search("escalation")]
    assert scores == sorted(scores, reverse=True)


def test_updates_and_deletes_are_reflected(db, make):
    person = make.staff()
    entry = make.feedback(person, comment="Late for the shift")
    goal = make.goal(person, title="Team lead", description="Lead the night shift")
    assert sorted(found("shift")) == sorted([("feedback", entry["id"]), ("goal", goal["id"])])
    feedback.update(entry["id"], comment="On time every day")
    careers.goals.update(goal["id"], description="Lead the day team")
    assert found("shift") == []
    assert found("time") == [("feedback", entry["id"])]
    feedback.delete(entry["id"])
    assert found("time") == []
    assert found("day") == [("goal", goal["id"])]


def test_archived_records_are_left_out_unless_asked(db, make):
    person = make.staff()
    entry = make.feedback(person, comment="Upsold the premium plan")
    goal = make.goal(person, title="Premium support")
    feedback.archive(entry["id"])
    careers.goals.archive(goal["id"])
    assert found("premium") == []
    assert sorted(found("premium", include_archived=True)) == sorted(
        [("feedback", entry["id"]), ("goal", goal["id"])])


def test_private_session_notes_are_never_searched(db, make):
    pair = make.mentorship()
    session = mentoring.log_session(pair["id"], date=days_ago(1), shared_notes="Agenda",
                                    private_notes="Confidential burnout worry")
    assert mentoring.sessions.get(session["id"])["private_notes"]  # it is stored
    assert found("burnout") == [] and found("confidential") == []
    assert found("agenda") == [("session", session["id"])]


def test_limit_keeps_the_best(db, make):
    person = make.staff()
    for _ in range(3):
        make.feedback(person, comment="Quality")
    best = make.feedback(person, comment="Quality quality quality", strengths="Quality")
    results = search.search("quality", limit=2)
    assert len(results) == 2 and results[0]["id"] == best["id"]


@pytest.mark.parametrize("many_matches", [search.MANY_MATCHES, 0],
                         ids=["matches first", "list order first"])
def test_feedback_list_text_filter(db, make, monkeypatch, many_matches):
    monkeypatch.setattr(search, "MANY_MATCHES", many_matches)  # SQLite's two query shapes
    person = make.staff()
    old = make.feedback(person, comment="Refund handled", date=days_ago(9))
    new = make.feedback(person, kind="incident", root_cause="Refund forgotten",
                        date=days_ago(2))
    gone = make.feedback(person, comment="Refund again", date=days_ago(1))
    make.feedback(person, comment="Other")
    feedback.archive(gone["id"])
    assert [row["id"] for row in feedback.list(text="refund")] == [old["id"], new["id"]]
    assert feedback.count(text="refund", kind="incident") == 1
    assert search.feedback_ids("REFUND") == [new["id"], old["id"]]
    assert search.feedback_ids("refund", include_archived=True) == [gone["id"], new["id"],
                                                                   old["id"]]
    assert feedback.count(text="") == 3  # an empty text filters nothing


@pytest.mark.parametrize("many_matches", [search.MANY_MATCHES, 0],
                         ids=["matches first", "newest rows first"])
def test_a_common_word_ranks_the_most_recently_added_matches(db, make, monkeypatch,
                                                              many_matches):
    """Above RANK_CANDIDATES matches of a table, only its newest are ranked (a common word at
    a million feedback); below, every match is. PostgreSQL's two ways to find them agree."""
    monkeypatch.setattr(search, "MANY_MATCHES", many_matches)
    person = make.staff()
    oldest_best = make.feedback(person, comment="Queue queue queue", strengths="Queue")
    newer = [make.feedback(person, comment=f"Queue number {n}") for n in range(3)]
    goal = make.goal(person, title="Queue lead")
    assert found("queue")[0] == ("feedback", oldest_best["id"])
    monkeypatch.setattr(search, "RANK_CANDIDATES", 2)
    results = found("queue")
    assert sorted(results) == sorted([("feedback", newer[1]["id"]), ("feedback", newer[2]["id"]),
                                      ("goal", goal["id"])])
    archived = make.feedback(person, comment="Queue again")
    feedback.archive(archived["id"])  # an archived match takes no candidate's place
    assert ("feedback", newer[2]["id"]) in found("queue")


def test_by_kind_keeps_the_best_of_every_kind(db, make):
    """A kind whose texts score higher (short ones) does not crowd out the others."""
    person = make.staff("Ana", "Cruz")
    short = [make.feedback(person, comment="Billing") for _ in range(3)]
    incident = make.feedback(person, kind="incident", comment="A long story about billing and "
                             "much else that happened during a very long shift")
    goal = make.goal(person, title="Learn the billing system end to end this year, slowly")
    by_kind = search.search_by_kind("billing", per_kind=2)
    assert list(by_kind) == ["person", "feedback", "incident", "session", "goal"]
    assert by_kind["person"] == []  # nobody is called billing
    assert [r["id"] for r in by_kind["feedback"]] == [short[0]["id"], short[1]["id"]]
    assert [r["id"] for r in by_kind["incident"]] == [incident["id"]]
    assert by_kind["session"] == []
    assert [(r["id"], r["staff_name"]) for r in by_kind["goal"]] == [(goal["id"], "Ana Cruz")]
    assert search.search_by_kind("*") == {kind: [] for kind in ("person", *search.KINDS)}


def test_people_are_found_by_name_employee_id_and_email(db, make):
    """Search everything also finds people, by name as the staff list does (accents and case
    folded, every word, in name order), with what tells two namesakes apart."""
    client = clients.create(name="ShopNest")
    jose = staff.create(employee_id="E-77", first_name="José", last_name="Peña",
                        email="jose.pena@example.com", job_title="Agent")
    staff.assign(jose["id"], client["id"], role="Agent", start_date=days_ago(30))
    other = make.staff("Jose", "Alvarez")
    gone = make.staff("Josefa", "Zamora")
    staff.archive(gone["id"])
    make.feedback(make.staff("Ana", "Cruz"), comment="Jose helped me")

    def named(text, **options):
        return [r["staff_name"] for r in search.people(text, **options)]

    assert named("jose") == ["Jose Alvarez", "José Peña"]  # by last name, archived left out
    assert named("JOSÉ peña") == named("pena*") == named("e-77") == ["José Peña"]
    assert named("jose.pena@example") == ["José Peña"]
    assert named("jose", limit=1) == ["Jose Alvarez"]
    assert named("jose", include_archived=True) == ["Jose Alvarez", "José Peña",
                                                    "Josefa Zamora"]
    assert named("*") == named("") == named("nobody") == []
    [found_jose] = search.people("peña")
    assert found_jose == {"kind": "person", "id": jose["id"], "staff_id": jose["id"],
                          "staff_name": "José Peña", "date": None,
                          "snippet": "E-77 · Agent · ShopNest", "score": None}
    assert search.people("alvarez")[0]["snippet"] == other["employee_id"]
    by_kind = search.search_by_kind("jose")
    assert [r["staff_name"] for r in by_kind["person"]] == ["Jose Alvarez", "José Peña"]
    assert [r["id"] for r in by_kind["feedback"]] != []  # "Jose helped me"


def test_snippets_mark_the_matched_words_of_the_best_field(db, make):
    person = make.staff()
    long_text = " ".join(f"word{n}" for n in range(40)) + " the refund came late"
    entry = make.feedback(person, comment="Nothing about it", strengths=long_text,
                          improvements="Check the Refund and the REFUNDED ledger, duplicate")
    [result] = search.search("refun* duplicate")
    assert result["id"] == entry["id"]
    assert result["snippet"] == ("Check the [Refund] and the [REFUNDED] ledger, [duplicate]")
    [result] = search.search("late")
    assert result["snippet"] == "…" + " ".join(f"word{n}" for n in range(28, 40)) + (
        " the refund came [late]")  # the last SNIPPET_WORDS words
    assert search.snippet(["Très poli"], search._words("tres")) == "[Très] poli"
    assert search.snippet(["[sic] poli"], search._words("poli")) == "(sic) [poli]"


def test_the_text_filter_count_stops_above_the_limit(db, make, monkeypatch):
    monkeypatch.setattr(search, "COUNT_LIMIT", 3)
    person, other = make.staff(), make.staff()
    for _ in range(5):
        make.feedback(person, comment="Escalated the call")
    make.feedback(other, kind="incident", comment="Escalated twice")
    make.feedback(other, comment="Calm")
    assert search.count_feedback("escalated") == 4  # more than 3
    assert search.count_feedback("escalated", kind="incident") == 1
    assert search.count_feedback("escalated", staff=other["id"]) == 1
    assert search.count_feedback("calm") == 1 and search.count_feedback("nothing") == 0
    with pytest.raises(ValidationError):
        search.count_feedback("escalated", colour="red")


@pytest.mark.parametrize("people_limit", [search.PEOPLE_LIMIT, 0],
                         ids=["ids listed", "many people: list order first"])
def test_the_list_text_filter_also_finds_the_person_it_is_about(db, make, monkeypatch,
                                                                people_limit):
    monkeypatch.setattr(search, "PEOPLE_LIMIT", people_limit)
    zoe, ana = make.staff("Zoë", "Ñuñez", employee_id="E-77"), make.staff("Ana", "Cruz")
    about_zoe = make.feedback(zoe, comment="Great calls", date=days_ago(5))
    mentions_zoe = make.feedback(ana, comment="Paired with Nunez on the queue", date=days_ago(3))
    make.feedback(ana, comment="Great calls")
    assert [row["id"] for row in feedback.list(text="nunez")] == [about_zoe["id"],
                                                                   mentions_zoe["id"]]
    assert [row["id"] for row in feedback.list(text="ZOE ñuñez")] == [about_zoe["id"]]
    assert [row["id"] for row in feedback.list(text="e-77")] == [about_zoe["id"]]
    assert feedback.count(text="nunez", staff=ana["id"]) == 1
    assert search.count_feedback("nunez") == 2
    # Every word in one place: the texts, or the person's name (not some of each).
    assert feedback.list(text="zoe queue") == []
    assert search.feedback_ids("nunez") == [mentions_zoe["id"]]  # texts only


def test_search_words_cannot_break_the_query(db, make):
    person = make.staff()
    entry = make.feedback(person, comment='He said "refund" AND (NOT) it\'s 100% done')
    for text in ('"refund"', "refund AND", "NOT", "it's", "100%", "done)", "*", "a OR b"):
        search.search(text)  # no syntax error from either engine
        feedback.list(text=text)
    assert found('"refund" (done)') == [("feedback", entry["id"])]


def _plan(db, sql, params=()):
    return "\n".join(row[-1] if is_sqlite(db) else row[0]
                     for row in db.execute_sql(("EXPLAIN QUERY PLAN " if is_sqlite(db) else
                                                "EXPLAIN ") + sql, params).fetchall())


def test_the_text_indexes_are_used(db, make):
    make.feedback(comment="Refund")
    query = Feedback.select(Feedback.id).where(search.feedback_matches("refund"))
    if not is_sqlite(db):
        db.execute_sql("SET enable_seqscan = off")  # a tiny table: show the index is usable
    plan = _plan(db, *query.sql())
    if is_sqlite(db):
        assert "VIRTUAL TABLE INDEX" in plan and "feedback_text" in plan
    else:
        assert "feedback_text" in plan, plan
        for table in ("client", "staff"):  # the list searches' LIKE '%word%'
            plan = _plan(db, f'SELECT "id" FROM "{table}" WHERE "search_key" ILIKE %s',
                         ("%ruz%",))
            assert f"{table}_search_key_trgm" in plan, plan
        db.execute_sql("RESET enable_seqscan")


@pytest.mark.parametrize("unknown", [True, False], ids=["from the index", "by the planner"])
def test_a_word_postgresql_has_no_figures_for_is_read_from_the_index(db, make, monkeypatch,
                                                                     unknown):
    """PostgreSQL guesses a word missing from its statistics (a misspelling) to be common and
    would read the whole list in date order for it (5 s at 6,000,000 feedback): the Feedback
    list takes such a word's matches from the index; a word in its statistics is left to its
    planner. The same rows either way."""
    if is_sqlite(db):
        pytest.skip("PostgreSQL's planner statistics")
    assert search._unknown_words(search._words("zebra"))  # in no text: no figures
    monkeypatch.setattr(search, "_unknown_words", lambda words: unknown)
    person = make.staff()
    refunds = [make.feedback(person, comment=f"Refund number {n}", date=days_ago(n))
               for n in range(5)]
    rare = make.feedback(person, comment="Chargeback disputed", date=days_ago(3))
    archived = make.feedback(person, comment="Chargeback again")
    feedback.archive(archived["id"])
    for text, expected in (("refund", [r["id"] for r in refunds]), ("chargeback", [rare["id"]]),
                           ("refun*", [r["id"] for r in refunds]), ("zebra", []),
                           ("refund chargeback", [])):
        rows = feedback.list(text=text, limit=None)
        assert sorted(r["id"] for r in rows) == sorted(expected), text
        assert search.count_feedback(text) == len(expected), text
    assert [r["id"] for r in feedback.list(text="refund", descending=True, limit=2)] == \
        [refunds[0]["id"], refunds[1]["id"]]
    if unknown:
        sql, params = Feedback.select(Feedback.id).where(search.feedback_matches("zebra")).sql()
        db.execute_sql("SET enable_seqscan = off")  # a tiny table: show which index is used
        try:
            assert "feedback_text" in _plan(db, sql, params)
        finally:
            db.execute_sql("RESET enable_seqscan")


def test_list_search_still_finds_names_with_trigram_indexes(db, make):
    person = make.staff("Zoë", "Ñuñez")
    client = clients.create(name="Café Olé")
    assert [row["id"] for row in staff.list("nunez")] == [person["id"]]
    assert [row["id"] for row in clients.list("OLE")] == [client["id"]]


@pytest.mark.postgres
def test_a_refused_extension_is_skipped_with_a_warning(db, caplog):
    if is_sqlite(db):
        pytest.skip("PostgreSQL extensions")
    with db.atomic(), caplog.at_level(logging.WARNING):
        assert migrations._extension(db, "no_such_extension") is None
        assert db.execute_sql("SELECT 1").fetchone() == (1,)  # the transaction is usable
    assert "no_such_extension could not be created" in caplog.text
    assert migrations._extension(db, "pg_trgm") is not None


# -- shared mode: row-level security decides what a search returns ----------------------------
@pytest.fixture(scope="module")
def company(scram_cluster):
    yield from build_company(scram_cluster)


def _search_as(company, login, text):
    database = company.open_as(login)
    try:
        return sorted(found(text))
    finally:
        database.close()


@pytest.mark.postgres
def test_shared_mode_search_shows_only_what_each_person_may_read(company):
    ids = company.ids
    database = company.open_as("lead")
    try:
        mentoring.sessions.update(ids["session"], shared_notes="Practised the refund script",
                                  private_notes="Secret worry about the refund backlog")
    finally:
        database.close()
    session, incident = ("session", ids["session"]), ("incident", ids["incident"])
    # Lena leads Cara (the incident) and mentors Ana (the session).
    assert _search_as(company, "lead", "refund") == sorted([session, incident])
    assert _search_as(company, "ana", "refund") == [session]  # not Cara's incident
    assert _search_as(company, "boss", "refund") == sorted([session, incident])
    # Ben's feedback: an admin finds it, Ana does not; nobody finds a private note.
    assert _search_as(company, "ana", "hers") == []
    assert [kind for kind, _ in _search_as(company, "boss", "hers")] == ["feedback"]
    for login in ("lead", "boss", "ana"):
        assert _search_as(company, login, "backlog") == []
        assert _search_as(company, login, "secret worry") == []


def _feedback_about_as(company, login, text):
    database = company.open_as(login)
    try:
        return sorted(row["id"] for row in feedback.list(text=text))
    finally:
        database.close()


@pytest.mark.postgres
def test_shared_mode_feedback_search_by_name_finds_only_readable_people(company):
    """The Feedback page's search by a person's name goes through the role's own staff
    search (the accelerator for restricted roles) and row-level security."""
    ids = company.ids
    assert _feedback_about_as(company, "lead", "cara test") == [ids["incident"]]
    assert _feedback_about_as(company, "ana", "cara") == []
    assert _feedback_about_as(company, "ana", "ana") == [ids["praise"]]
    assert len(_feedback_about_as(company, "boss", "ben")) == 1
    assert _feedback_about_as(company, "lead", "ben") == []


def _people_as(company, login, text):
    database = company.open_as(login)
    try:
        return [r["staff_name"] for r in search.people(text)]
    finally:
        database.close()


@pytest.mark.postgres
def test_shared_mode_search_everything_finds_only_readable_people(company):
    assert _people_as(company, "lead", "cara") == ["Cara Test"]
    assert _people_as(company, "ana", "cara") == []
    assert _people_as(company, "lead", "ben") == []
    assert len(_people_as(company, "boss", "ben")) == 1


def test_an_upgraded_database_finds_what_it_held_before(tmp_path):
    """Step 7 fills the new index from the feedback, sessions and goals already there."""
    path = tmp_path / "v6.db"
    shutil.copy(Path(__file__).resolve().parents[2] / "data" / "mentorapp_v6.db", path)
    database = opening.open_database(str(path))
    try:
        assert migrations.schema_version(database) == migrations.CURRENT_VERSION
        texts = " || ' ' || ".join(TEXT_SEARCH["feedback"])
        expected = [record_id for (record_id,) in database.execute_sql(
            f"SELECT id FROM feedback WHERE NOT archived AND lower({texts}) LIKE '%customer%' "
            "ORDER BY date DESC, id DESC")]
        assert expected and search.feedback_ids("customer*") == expected
        goal_title = database.execute_sql("SELECT title FROM career_goal").fetchone()[0]
        assert any(r["kind"] == "goal" for r in search.search(goal_title.split()[-1]))
    finally:
        database.close()
