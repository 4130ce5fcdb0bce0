"""Step 13 (issue 17, the client loop): each client's free-text contact becomes a contact row,
clients get the default report cadence and due days, and the new tables start empty."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from mentorapp import migrations, opening
from mentorapp.models import Client, ClientContact, ClientReportVersion, Feedback

SAVED_V12 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v12.db"


def test_the_free_text_contacts_become_contact_rows(tmp_path):
    path = tmp_path / "v12.db"
    shutil.copy(SAVED_V12, path)
    with sqlite3.connect(path) as con:
        before = dict(con.execute('SELECT "id", "contact_email" FROM "client" '
                                  "WHERE contact_email <> ''"))
    con.close()
    assert len(before) == 7
    database = opening.open_database(str(path))
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    contacts = {c.client_id: c for c in ClientContact.select()}
    assert {cid: c.email for cid, c in contacts.items()} == before
    telvanta = Client.get(Client.name == "Telvanta Mobile")
    assert contacts[telvanta.id].name == "Rachel Donovan"
    assert contacts[telvanta.id].email_key == "rachel.donovan@telvanta.example.com"
    assert all(c.active and c.role == "" for c in contacts.values())
    assert {(c.report_cadence, c.report_due_days, c.acknowledge_due_days)
            for c in Client.select()} == {("monthly", 5, 7)}
    assert ClientReportVersion.select().count() == 0
    assert Feedback.select().where(Feedback.report_version.is_null(False)).count() == 0
    database.close()


def test_a_contact_without_a_name_is_named_by_its_email(tmp_path):
    path = tmp_path / "v12.db"
    shutil.copy(SAVED_V12, path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE client SET contact_name = '', contact_email = 'Ops@Acme.TEST' "
                    "WHERE id = (SELECT MIN(id) FROM client)")
        con.execute("UPDATE client SET contact_name = '', contact_email = '' "
                    "WHERE id = (SELECT MAX(id) FROM client)")
    con.close()
    database = opening.open_database(str(path))
    first = ClientContact.get(ClientContact.client == Client.select().order_by(Client.id).get())
    assert (first.name, first.email, first.email_key) == ("Ops", "Ops@Acme.TEST",
                                                         "ops@acme.test")
    assert ClientContact.select().count() == 6  # the client without a contact has none
    database.close()
