"""The client loop's services (issue 17): contacts, versions, delivery, acknowledgement,
replies, the narrative, action items carried forward, and what is due."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from mentorapp.errors import NotFoundError, ValidationError
from mentorapp.models import ClientReportVersion
from mentorapp.services import client_reports, clients, my_work

MAY = (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
JUNE = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
JULY = (dt.date(2026, 7, 1), dt.date(2026, 7, 31))
HASH = "ab" * 32


def _register(client, period=MAY, **extra):
    return client_reports.register_version(client["id"], *period, file_name="r.xlsx",
                                           sha256=HASH, figures={"headcount": 3}, **extra)


def test_contacts_are_one_per_client_and_folded_email(db, make):
    acme, other = make.client("Acme"), make.client("Other")
    ann = clients.add_contact("Acme", name="Ann Lee", email="Ann@Acme.test", role="Ops lead")
    assert ann["email"] == "ann@acme.test" and ann["active"]
    with pytest.raises(ValidationError, match="already the email of Ann Lee"):
        clients.add_contact(acme["id"], name="Ann again", email="ANN@acme.TEST")
    clients.add_contact(other["id"], name="Ann Lee", email="ann@acme.test")  # another client
    with pytest.raises(ValidationError, match="not a valid email"):
        clients.add_contact(acme["id"], name="Bob", email="bob")
    with pytest.raises(ValidationError, match="is required"):
        clients.add_contact(acme["id"], name="", email="bob@acme.test")
    bob = clients.add_contact(acme["id"], name="Bob", email="bob@acme.test")
    assert [c["name"] for c in clients.contacts("Acme")] == ["Ann Lee", "Bob"]
    clients.update_contact(bob["id"], active=False)
    assert [c["name"] for c in clients.contacts("Acme")] == ["Ann Lee"]
    assert len(clients.contacts("Acme", include_inactive=True)) == 2
    assert clients.contact_by_email("acme", "ANN@ACME.test")["id"] == ann["id"]
    with pytest.raises(NotFoundError, match="is not a contact of Acme"):
        clients.contact_by_email("Acme", "zed@acme.test")


def test_versions_number_per_period_and_keep_hash_and_preparer(db, make):
    acme = make.client("Acme")
    first, second = _register(acme), _register(acme)
    june = _register(acme, JUNE)
    assert (first["version"], second["version"], june["version"]) == (1, 2, 1)
    assert first["sha256"] == HASH and first["figures"] == {"headcount": 3}
    assert first["prepared_by"] and first["prepared_at"] is not None
    assert first["status"] == "prepared" and first["client_name"] == "Acme"
    assert client_reports.next_version(acme["id"], *MAY) == 3
    assert client_reports.latest_version(acme["id"], *MAY)["id"] == second["id"]
    assert client_reports.latest_version(acme["id"], *MAY, before=2)["id"] == first["id"]
    with pytest.raises(client_reports.VersionTaken):
        _register(acme, version=2)
    assert ClientReportVersion.select().count() == 3
    assert [v["id"] for v in client_reports.versions("Acme")][0] == june["id"]


def test_sent_acknowledged_and_a_reply_logged(db, make):
    acme = make.client("Acme")
    person = make.staff(client=acme)
    clients.add_contact(acme["id"], name="Ann", email="ann@acme.test")
    clients.add_contact(acme["id"], name="Bob", email="bob@acme.test")
    version = _register(acme)
    with pytest.raises(ValidationError, match="mark it sent first"):
        client_reports.mark_acknowledged(version["id"], "ann@acme.test")
    with pytest.raises(NotFoundError, match="'zed@acme.test' is not a contact of Acme"):
        client_reports.mark_sent(version["id"], ["ann@acme.test", "zed@acme.test"])
    assert client_reports.get_version(version["id"])["sent_at"] is None  # nothing kept
    with pytest.raises(ValidationError, match="via"):
        client_reports.mark_sent(version["id"], ["ann@acme.test"], via="pigeon")
    sent = client_reports.mark_sent(version["id"], ["ANN@acme.test", "bob@acme.test"],
                                    via="portal", when=dt.date(2026, 6, 3))
    assert sent["status"] == "sent" and sent["sent_via"] == "portal"
    assert sent["recipients"] == ["ann@acme.test", "bob@acme.test"]
    assert sent["sent_at"].date() == dt.date(2026, 6, 3)
    done = client_reports.mark_acknowledged(version["id"], "bob@acme.test",
                                            on=dt.date(2026, 6, 5))
    assert done["status"] == "acknowledged" and done["acknowledged_by_email"] == "bob@acme.test"
    reply = client_reports.log_reply(version["id"], staff=person["id"], rating=5,
                                     text="Great month", author="Bob")
    assert reply["source"] == "client" and reply["client"] == acme["id"]
    assert [r["id"] for r in client_reports.replies(version["id"])] == [reply["id"]]
    assert client_reports.get_version(version["id"])["replies"] == 1
    assert {v["id"]: v["replies"] for v in client_reports.versions()}[version["id"]] == 1
    with pytest.raises(ValidationError, match="rating"):  # the feedback service's rules
        client_reports.log_reply(version["id"], staff=person["id"], rating=9, text="x")


def test_the_review_narrative_is_one_per_client_period(db, make):
    acme = make.client("Acme")
    assert client_reports.review(acme["id"], *MAY)["summary"] == ""
    client_reports.save_review(acme["id"], *MAY, summary="Good", risks="Attrition")
    saved = client_reports.save_review(acme["id"], *MAY, highlights="NPS up")
    assert (saved["summary"], saved["highlights"], saved["risks"]) == \
        ("Good", "NPS up", "Attrition")
    assert client_reports.review(acme["id"], *JUNE)["summary"] == ""
    with pytest.raises(ValidationError, match="before it starts"):
        client_reports.save_review(acme["id"], MAY[1], MAY[0], summary="x")


def test_action_items_carry_forward_across_three_periods(db, make):
    acme, other = make.client("Acme"), make.client("Other")
    add = client_reports.add_action_item
    fixed = add(acme["id"], *MAY, text="Fix the IVR script", owner="Ops",
                due_date=dt.date(2026, 6, 15))
    dropped = add(acme["id"], *MAY, text="Weekend cover", owner="WFM")
    done_in_may = add(acme["id"], *MAY, text="Send the roster", owner="AM")
    lasting = add(acme["id"], *MAY, text="Hire two agents", owner="HR")
    june_item = add(acme["id"], *JUNE, text="Train on refunds", owner="Training")
    add(other["id"], *MAY, text="Another client's promise")
    client_reports.update_action_item(done_in_may["id"], status="done",
                                      closed_on=dt.date(2026, 5, 20))
    client_reports.update_action_item(fixed["id"], status="done",
                                      closed_on=dt.date(2026, 6, 10), note="New script live")
    client_reports.update_action_item(dropped["id"], status="dropped",
                                      closed_on=dt.date(2026, 7, 2))
    client_reports.update_action_item(june_item["id"], status="done",
                                      closed_on=dt.date(2026, 7, 20))

    def plan(period):
        return {r["text"]: (r["status_at_end"], r["carried"])
                for r in client_reports.action_plan(acme["id"], *period)}

    assert plan(MAY) == {"Fix the IVR script": ("open", False),
                         "Weekend cover": ("open", False),
                         "Send the roster": ("done", False),
                         "Hire two agents": ("open", False)}
    assert plan(JUNE) == {"Fix the IVR script": ("done", True),  # closed during June
                          "Weekend cover": ("open", True),
                          "Hire two agents": ("open", True),
                          "Train on refunds": ("open", False)}  # its close came later
    assert plan(JULY) == {"Weekend cover": ("dropped", True),
                          "Hire two agents": ("open", True),
                          "Train on refunds": ("done", True)}
    with pytest.raises(ValidationError, match="before the item was raised"):
        client_reports.update_action_item(lasting["id"], status="done",
                                          closed_on=dt.date(2026, 4, 1))
    reopened = client_reports.update_action_item(fixed["id"], status="open")
    assert reopened["closed_on"] is None
    closed_today = client_reports.update_action_item(lasting["id"], status="done")
    assert closed_today["closed_on"] == dt.date.today()


def test_periods_of_each_cadence():
    today = dt.date(2026, 8, 12)  # a Wednesday
    assert client_reports.last_period("weekly", today) == (dt.date(2026, 8, 3),
                                                           dt.date(2026, 8, 9))
    assert client_reports.last_period("monthly", today) == JULY
    assert client_reports.last_period("quarterly", today) == (dt.date(2026, 4, 1),
                                                              dt.date(2026, 6, 30))
    assert client_reports.named_period("last-quarter", dt.date(2026, 1, 5)) == \
        (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    with pytest.raises(ValidationError):
        client_reports.named_period("last-week", today)


def test_reports_due_and_unacknowledged(db, make):
    acme = make.client("Acme")
    make.client("Weekly", report_cadence="weekly", report_due_days=2)
    make.client("Dormant", active=False)
    clients.add_contact(acme["id"], name="Ann", email="ann@acme.test")
    today = dt.date(2026, 6, 4)  # May ended 4 days ago: not due yet (5 days)
    assert [r["client_name"] for r in client_reports.due(None, today)] == ["Weekly"]
    later = dt.date(2026, 6, 10)  # a Wednesday: last week ended 3 days ago
    due = {r["client_name"]: r for r in client_reports.due(None, later)}
    assert set(due) == {"Acme", "Weekly"}
    assert (due["Acme"]["period_start"], due["Acme"]["days_overdue"]) == (MAY[0], 5)
    assert (due["Weekly"]["period_start"], due["Weekly"]["days_overdue"]) == \
        (dt.date(2026, 6, 1), 1)
    version = _register(acme)
    assert client_reports.due([acme["id"]], later)[0]["version"] == version["id"]
    client_reports.mark_sent(version["id"], ["ann@acme.test"],
                             when=dt.datetime(2026, 6, 8, 9))
    assert client_reports.due([acme["id"]], later) == []
    assert client_reports.unacknowledged([acme["id"]], dt.datetime(2026, 6, 15, 9)) == []
    waiting = client_reports.unacknowledged([acme["id"]], dt.datetime(2026, 6, 16, 10))
    assert [(r["id"], r["days_waiting"]) for r in waiting] == [(version["id"], 8)]
    # a later version sent replaces the earlier one in the list
    second = _register(acme)
    client_reports.mark_sent(second["id"], ["ann@acme.test"], when=dt.datetime(2026, 6, 8, 10))
    assert [r["id"] for r in client_reports.unacknowledged(
        None, dt.datetime(2026, 6, 16, 10))] == [second["id"]]
    client_reports.mark_acknowledged(second["id"], "ann@acme.test")
    assert client_reports.unacknowledged(None, dt.datetime(2026, 6, 16, 10)) == []
    # My work on a SQLite file: its one user keeps every client's reports
    # My work: a SQLite file's one user keeps every client's reports; in shared mode an
    # account manager their clients' (test_shared_client_loop.py), this admin manages none
    mine = {r["client_name"] for r in my_work.reports_due(today=later)}
    assert mine == ({"Weekly"} if isinstance(db, peewee.SqliteDatabase) else set())
    client_reports.set_report_settings(acme["id"], report_due_days=30)
    with pytest.raises(ValidationError):
        client_reports.set_report_settings(acme["id"], report_cadence="daily")


def test_the_client_forms_contact_email_becomes_a_contact(db):
    acme = clients.create(name="Acme", contact_name="Ann Lee", contact_email="Ann@Acme.test")
    assert [(c["name"], c["email"]) for c in clients.contacts(acme["id"])] == \
        [("Ann Lee", "ann@acme.test")]
    clients.update(acme["id"], contact_email="ANN@acme.test")  # the same contact
    clients.update(acme["id"], contact_name="", contact_email="ops@acme.test")
    assert [(c["name"], c["email"]) for c in clients.contacts(acme["id"])] == \
        [("Ann Lee", "ann@acme.test"), ("ops", "ops@acme.test")]
    clients.update(acme["id"], notes="no contact change")
    assert len(clients.contacts(acme["id"])) == 2
