"""The client report as a managed review pack (issue 17): registered versions with their
files' hashes, "Changes since vN", the cover, the review, action items carried forward across
three periods, failures that register nothing, and the confidentiality scan of every part."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zipfile

import pytest
from openpyxl import load_workbook

from mentorapp.db import is_sqlite
from mentorapp.errors import UserError
from mentorapp.excel import client_report
from mentorapp.excel.client_report import export_client_report
from mentorapp.models import ClientReportVersion
from mentorapp.services import client_reports, clients, feedback, settings

MAY = (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
JUNE = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
JULY = (dt.date(2026, 7, 1), dt.date(2026, 7, 31))
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
       b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00"
       b"\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def accounts(db, make):
    acme, globex = make.client("Acme"), make.client("Globex")
    ana = make.staff("Ana", "Cruz", acme, since=dt.date(2026, 1, 1))
    gil = make.staff("Gil", "Moss", globex, since=dt.date(2026, 1, 1))
    return {"acme": acme, "globex": globex, "ana": ana, "gil": gil}


def _feedback(person, client, day, rating):
    return feedback.create(staff=person["id"], client=client["id"], source="client", date=day,
                           rating=rating, visibility="shareable", comment="Fine")


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder) -> list[str]:
    return sorted(os.listdir(folder))


def test_each_export_is_the_next_version_with_its_hash_and_changes(accounts, out):
    _feedback(accounts["ana"], accounts["acme"], dt.date(2026, 5, 10), 4)
    first = export_client_report("Acme", *MAY, out)
    assert first.name == "Acme 2026-05-01..2026-05-31 v1.xlsx"
    _feedback(accounts["ana"], accounts["acme"], dt.date(2026, 5, 12), 2)
    second = export_client_report("acme", *MAY, out)
    assert second.name == "Acme 2026-05-01..2026-05-31 v2.xlsx"
    assert _files(out) == [first.name, second.name]  # no temporary file left
    registered = {v["version"]: v for v in client_reports.versions("Acme")}
    assert {n: (v["file_name"], v["sha256"]) for n, v in registered.items()} == {
        1: (first.name, _sha(first)), 2: (second.name, _sha(second))}

    one, two = load_workbook(first), load_workbook(second)
    assert one.sheetnames[:3] == ["Cover", "Review", "Summary"]
    assert one.sheetnames[-1] == "Action plan"
    assert two.sheetnames[:2] == ["Changes since v1", "Cover"]
    rows = [[c.value for c in row] for row in two["Changes since v1"].iter_rows(min_row=4)]
    assert rows[0] == ["Figure", "v1", "v2", "Change"]
    assert {row[0]: row[1:] for row in rows[1:]} == {
        "Average rating (1-5)": [4, 3, -1], "Feedback received": [1, 2, 1],
        "from client": [1, 2, 1]}
    cover = {row[0]: row[1] for row in two["Cover"].iter_rows(min_row=5, max_row=9,
                                                              values_only=True)}
    assert cover["Version"] == "v2" and cover["Client"] == "Acme"
    assert cover["Period"] == "1 May 2026 to 31 May 2026"
    # Another period starts again at v1; a version with nothing changed says so.
    assert export_client_report("Acme", *JUNE, out).name.endswith("v1.xlsx")
    third = load_workbook(export_client_report("Acme", *MAY, out))
    assert third["Changes since v2"]["A4"].value == "No figure differs from v2."


def test_a_file_name_chosen_is_kept_and_registered(accounts, out):
    path = export_client_report("Acme", *MAY, out / "acme may.xlsx")
    assert path == out / "acme may.xlsx"
    (version,) = client_reports.versions("Acme")
    assert (version["file_name"], version["sha256"], version["version"]) == \
        ("acme may.xlsx", _sha(path), 1)
    odd = export_client_report("Acme", *MAY, out)
    assert odd.name == "Acme 2026-05-01..2026-05-31 v2.xlsx"


def test_names_are_safe_on_every_system():
    assert client_report.versioned_name('A/B: "C"*?', *MAY, 3) == \
        "A_B_ _C___ 2026-05-01..2026-05-31 v3.xlsx"


def test_the_cover_shows_the_company_logo_and_name(accounts, out):
    settings.set("company_name", "Bright BPO")
    settings.set("company_logo", PNG)
    path = export_client_report("Acme", *MAY, out)
    with zipfile.ZipFile(path) as package:
        images = [n for n in package.namelist() if n.startswith("xl/media/")]
        assert len(images) == 1 and package.read(images[0]) == PNG
    assert load_workbook(path)["Cover"]["A1"].value == "Bright BPO"


def _prepared_by(path) -> tuple[str, str]:
    """"Prepared by" on the cover and on the summary."""
    book = load_workbook(path)
    return tuple(next(row[1] for row in book[sheet].iter_rows(max_row=12, values_only=True)
                      if row[0] == "Prepared by") for sheet in ("Cover", "Summary"))


def test_the_cover_names_who_prepared_it(accounts, out):
    """On a SQLite file, the staff record Settings calls "me", not the computer's account,
    with the company; the summary says the same, the version list names the person."""
    if not is_sqlite():
        pytest.skip("which staff record is me is a SQLite file's setting")
    company = settings.get("company_name")
    assert company
    first = export_client_report("Acme", *MAY, out)
    assert _prepared_by(first) == (f"tester, {company}",) * 2  # no "me" yet: the account
    settings.set("me_staff_id", str(accounts["ana"]["id"]))
    second = export_client_report("Acme", *MAY, out)
    name = f"{accounts['ana']['first_name']} {accounts['ana']['last_name']}"
    assert _prepared_by(second) == (f"{name}, {company}",) * 2
    assert {v["version"]: v["prepared_by"] for v in client_reports.versions("Acme")} == \
        {1: "tester", 2: name}


def test_the_review_and_the_action_plan_carried_over_three_periods(accounts, out):
    acme = accounts["acme"]["id"]
    client_reports.save_review(acme, *MAY, summary="A steady month.",
                               highlights="NPS up 4 points", risks="=Attrition in June")
    fix = client_reports.add_action_item(acme, *MAY, text="Fix the IVR script", owner="Ops",
                                         due_date=dt.date(2026, 6, 15))
    hire = client_reports.add_action_item(acme, *MAY, text="Hire two agents", owner="HR")
    train = client_reports.add_action_item(acme, *JUNE, text="Train on refunds")
    client_reports.update_action_item(fix["id"], status="done", closed_on=dt.date(2026, 6, 10))
    client_reports.update_action_item(train["id"], status="dropped",
                                      closed_on=dt.date(2026, 7, 3))
    client_reports.update_action_item(hire["id"], status="done", closed_on=dt.date(2026, 8, 1))

    def plan(period):
        ws = load_workbook(export_client_report("Acme", *period, out))["Action plan"]
        header, *rows = ws.iter_rows(values_only=True)
        return {row[header.index("Action")]: (row[header.index("Status")],
                                              row[header.index("Carried forward")])
                for row in rows}

    assert plan(MAY) == {"Fix the IVR script": ("Open", "No"),
                         "Hire two agents": ("Open", "No")}
    assert plan(JUNE) == {"Fix the IVR script": ("Done", "Yes"),
                          "Hire two agents": ("Open", "Yes"),
                          "Train on refunds": ("Open", "No")}
    assert plan(JULY) == {"Hire two agents": ("Open", "Yes"),
                          "Train on refunds": ("Dropped", "Yes")}
    review = load_workbook(out / "Acme 2026-05-01..2026-05-31 v1.xlsx")["Review"]
    texts = [c.value for c in review["A"] if c.value]
    assert texts[2:] == ["Summary", "A steady month.", "Highlights", "NPS up 4 points",
                         "Risks", "=Attrition in June"]
    risk = next(c for c in review["A"] if c.value == "=Attrition in June")
    assert risk.data_type == "s"  # text, never a formula


def test_a_failed_write_registers_nothing_and_leaves_no_file(accounts, out,
                                                             monkeypatch):
    real_replace = os.replace

    def refuse(source, target):
        if str(target).endswith("v1.xlsx"):
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(client_report.os, "replace", refuse)
    with pytest.raises(UserError, match="Cannot save .*Permission denied"):
        export_client_report("Acme", *MAY, out)
    assert ClientReportVersion.select().count() == 0
    assert _files(out) == []
    monkeypatch.undo()
    read_only = out / "Acme 2026-05-01..2026-05-31 v1.xlsx"
    read_only.write_bytes(b"earlier")
    read_only.chmod(0o444)
    with pytest.raises(UserError, match="read-only"):
        export_client_report("Acme", *MAY, out)
    assert ClientReportVersion.select().count() == 0
    assert read_only.read_bytes() == b"earlier" and _files(out) == [read_only.name]


def test_a_version_registered_meanwhile_makes_this_export_the_next(accounts, out,
                                                                    monkeypatch):
    """Another export of the same period registered v1 after this one counted the versions:
    the unique index refuses this one's v1, so it writes v2 instead, and leaves no v1 file."""
    client_reports.register_version(accounts["acme"]["id"], *MAY, file_name="rival.xlsx",
                                    sha256="0" * 64, figures={})
    real = client_reports.next_version
    counted = []

    def stale_first(client, start, end):
        counted.append(1 if not counted else real(client, start, end))
        return counted[-1]

    monkeypatch.setattr(client_reports, "next_version", stale_first)
    path = export_client_report("Acme", *MAY, out)
    assert counted == [1, 2] and path.name.endswith("v2.xlsx")
    assert _files(out) == [path.name]
    assert {v["version"]: v["file_name"] for v in client_reports.versions("Acme")} == \
        {1: "rival.xlsx", 2: path.name}


def test_no_other_clients_review_contacts_or_action_items_in_any_part(accounts, out):
    acme, globex = accounts["acme"]["id"], accounts["globex"]["id"]
    secrets = {"narrative": "GLOBEX-NARRATIVE-7731", "risk": "GLOBEX-RISK-1187",
               "item": "GLOBEX-ITEM-5521", "owner": "GLOBEX-OWNER-9034",
               "contact": "globex-contact-4410@globex.test", "contact name": "Zed Globexson",
               "own contact": "acme-contact-2290@acme.test",
               "another period": "ACME-APRIL-NARRATIVE-6620"}
    client_reports.save_review(globex, *MAY, summary=secrets["narrative"],
                               risks=secrets["risk"])
    client_reports.add_action_item(globex, *MAY, text=secrets["item"], owner=secrets["owner"])
    client_reports.add_action_item(globex, dt.date(2026, 4, 1), dt.date(2026, 4, 30),
                                   text=secrets["item"] + "-carried")
    clients.add_contact(globex, name=secrets["contact name"], email=secrets["contact"])
    clients.add_contact(acme, name="Ann Acme", email=secrets["own contact"])
    client_reports.save_review(acme, dt.date(2026, 4, 1), dt.date(2026, 4, 30),
                               summary=secrets["another period"])
    client_reports.save_review(acme, *MAY, summary="Acme's own month")
    client_reports.add_action_item(acme, *MAY, text="Acme's own promise")
    export_client_report("Acme", *MAY, out)
    path = export_client_report("Acme", *MAY, out)  # with its changes sheet too
    # The secrets are really in the database, so the scan can fail.
    assert client_reports.review(globex, *MAY)["summary"] == secrets["narrative"]
    seen = ""
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            text = package.read(name).decode("utf-8", errors="replace")
            seen += text
            for kind, secret in secrets.items():
                assert secret not in text, f"{kind} found in {name}"
            assert "Globex" not in text, f"another client named in {name}"
    # Acme's own narrative and promise are there (the scan looked where they are written).
    assert "own promise" in seen and "own month" in seen and "Changes since v1" in seen
