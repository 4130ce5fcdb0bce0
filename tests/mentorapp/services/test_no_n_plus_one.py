"""Lists run a fixed number of SQL statements however many rows they return (no N+1)."""

import contextlib

from service_helpers import days_ago

from mentorapp.services import clients, feedback, mentoring, staff, training

LISTS = {
    "staff": lambda: staff.list(limit=None),
    "feedback": lambda: feedback.list(limit=None),
    "mentors": lambda: mentoring.mentors.list(limit=None),
    "mentorships": lambda: mentoring.mentorships.list(limit=None),
    "clients": lambda: clients.list(limit=None),
    "enrollments": lambda: training.enrollments.list(limit=None),
    "client history": lambda: staff.client_history(1),
}


@contextlib.contextmanager
def counting_statements(database):
    """Count every SQL statement sent to `database` inside the block."""
    statements = []
    original = database.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = execute_sql
    try:
        yield statements
    finally:
        del database.execute_sql


def add_rows(make, count: int) -> None:
    """`count` more of each listed thing, every row linked so that joins have work to do."""
    client = make.client()
    program = make.program()
    for _ in range(count):
        person = make.staff(client=client)
        mentor = make.mentor()
        make.mentorship(mentor=mentor, mentee=person)
        make.feedback(person, client=client["id"], source="client", date=days_ago(2))
        make.enrollment(person, program)


def statements_per_list(database) -> dict[str, tuple[int, int]]:
    counts = {}
    for name, run in LISTS.items():
        with counting_statements(database) as statements:
            rows = run()
        counts[name] = (len(statements), len(rows))
    return counts


def test_list_statement_count_does_not_grow_with_rows(db, make):
    add_rows(make, 5)
    statements_per_list(db)  # PostgreSQL: the first name sort asks once for its collations
    small = statements_per_list(db)
    add_rows(make, 45)
    large = statements_per_list(db)
    assert large["staff"][1] == 2 * 50  # the mentees and their mentors
    assert large["feedback"][1] == 50 and large["mentorships"][1] == 50
    for name in LISTS:
        assert large[name][0] == small[name][0], (name, small[name], large[name])
        assert large[name][0] <= 2, (name, large[name])


def test_counting_sees_every_statement(db, make):
    """Guards the test above: a per-row query would be counted."""
    add_rows(make, 2)
    with counting_statements(db) as statements:
        for row in staff.list(limit=None):
            staff.get(row["id"])
    assert len(statements) == 1 + staff.count()
