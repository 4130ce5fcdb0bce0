"""A feedback template made for one client goes to that client: no part of the file (sheets,
the hidden lists sheet, data validations, defined names, document properties) names any
other client or any other client's staff."""

from __future__ import annotations

import datetime as dt
import zipfile

from openpyxl import load_workbook

from mentorapp.excel.templates import write_template
from mentorapp.services import clients, staff

TODAY = dt.date.today()
OTHER_CLIENTS = ("Globex Zzsecret", "Initech Zzhidden")
OTHER_STAFF = ("GLX-9071", "Gustav", "Zzglobexperson", "INI-5523", "Irma", "Zzinitechperson",
               "MOV-3310", "Moira", "Zzmovedaway")


def _seed() -> None:
    acme = clients.create(name="Acme Widgets")["id"]
    globex = clients.create(name=OTHER_CLIENTS[0])["id"]
    initech = clients.create(name=OTHER_CLIENTS[1])["id"]

    def person(emp, first, last, client, start=TODAY - dt.timedelta(days=30)):
        staff_id = staff.create(employee_id=emp, first_name=first, last_name=last)["id"]
        staff.assign(staff_id, client, "Agent", start)
        return staff_id

    person("ACM-1001", "Ann", "Lee", acme)
    person("GLX-9071", "Gustav", "Zzglobexperson", globex)
    person("INI-5523", "Irma", "Zzinitechperson", initech)
    # Was on Acme's account, now on Globex's: another client's staff today.
    moved = person("MOV-3310", "Moira", "Zzmovedaway", acme, TODAY - dt.timedelta(days=400))
    staff.assign(moved, globex, "Agent", TODAY - dt.timedelta(days=10))


def test_client_feedback_template_names_no_other_client_or_their_staff(db, tmp_path):
    _seed()
    out = write_template("feedback", tmp_path / "acme.xlsx", client="Acme Widgets")
    with zipfile.ZipFile(out) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert any(name.startswith("docProps/") for name in parts)
    assert any("Lists" in text for text in parts.values())  # the hidden sheet was scanned
    everything = "\n".join(parts.values()).casefold()
    assert "acme widgets" in everything and "acm-1001" in everything  # its own: present
    for secret in (*OTHER_CLIENTS, *OTHER_STAFF):
        leaks = [name for name, text in parts.items() if secret.casefold() in text.casefold()]
        assert leaks == [], f"{secret!r} in {leaks}"

    wb = load_workbook(out)
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    client_list = [c.value for c in next(col for col in lists.iter_cols()
                                         if col[0].value == "Client")[1:] if c.value]
    assert client_list == ["Acme Widgets"]
    rows = list(wb.worksheets[0].iter_rows(min_row=2, max_col=2, values_only=True))
    assert [r for r in rows if r[0]] == [("ACM-1001", "Ann Lee")]


def test_blank_feedback_template_still_lists_every_client(db, tmp_path):
    _seed()
    wb = load_workbook(write_template("feedback", tmp_path / "all.xlsx"))
    lists = wb["Lists"]
    client_list = [c.value for c in next(col for col in lists.iter_cols()
                                         if col[0].value == "Client")[1:] if c.value]
    assert sorted(client_list) == sorted(["Acme Widgets", *OTHER_CLIENTS])
