"""Stopping a superseded database read (what keeps a new search from waiting behind an old)."""

from __future__ import annotations

import threading
import time

import peewee
import pytest

from mentorapp.db import database
from ui.pages.loading import Reads

ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
           "SELECT count(*) FROM n")


def test_interrupt_stops_a_running_read_on_its_own_connection(ui_db):
    reads = Reads()
    outcome = {}

    def slow_read():
        return database.execute_sql(ENDLESS).fetchone()

    def worker():
        with database.connection_context():
            try:
                outcome["result"] = reads.wrap(slow_read)()
            except peewee.OperationalError as exc:
                outcome["error"] = str(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    deadline = time.monotonic() + 5
    while not reads._running and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)
    reads.interrupt()
    thread.join(5)
    assert not thread.is_alive()
    assert outcome == {"error": "interrupted"}
    assert reads._running == {}


def test_interrupt_with_nothing_running_is_harmless(ui_db):
    reads = Reads()
    reads.interrupt()
    assert reads.wrap(lambda: database.execute_sql("SELECT 41 + 1").fetchone())() == (42,)


@pytest.mark.parametrize("calls", [1, 3])
def test_wrapped_reads_keep_their_answers(ui_db, calls):
    reads = Reads()
    read = reads.wrap(lambda value: value * 2)
    assert [read(n) for n in range(calls)] == [n * 2 for n in range(calls)]
