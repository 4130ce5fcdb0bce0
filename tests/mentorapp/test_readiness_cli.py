"""`roles import|list`, `readiness` and `export bench` run in process on a SQLite file: the
import's all-or-nothing checks, the readiness output and JSON, the bench workbook reopened, and
bad input as one line and exit 1."""

import csv
import json

import pytest
from openpyxl import load_workbook

from mentorapp import cli
from mentorapp.models import CareerRole, RoleRequirement
from mentorapp.services import readiness, staff
from tests.records import Make, days_ago

HEADER = ["Role", "Client", "Level", "Next Role", "Min Tenure Months", "Requirement Type",
          "Requirement", "Minimum"]
LADDER = [
    ["Agent", "", 1, "Senior agent", "", "", "", ""],
    ["Senior agent", "", 2, "", 12, "competency", "Communication", 4],
    ["Senior agent", "", "", "", "", "training", "Escalations", ""],
    ["Tier 2", "ShopNest", 2, "Senior agent", 6, "certification", "PCI DSS", ""],
]


def main(*argv) -> int:
    return cli.run(cli.build_parser().parse_args([str(a) for a in argv]))


def one_error(capsys, text):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and text in err[0], err


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "roles.db"
    assert main("--db", path, "migrate") == 0
    make = Make()
    make.competency("Communication")
    make.program("Escalations")
    make.program("PCI DSS", type="certification", validity_months=12)
    make.client("ShopNest")
    return path


def test_roles_import_then_list_and_import_again(database, tmp_path, capsys):
    file = write_csv(tmp_path / "roles.csv", LADDER)
    assert main("--db", database, "roles", "import", file, "--dry-run") == 0
    assert "would give 3 created" in capsys.readouterr().out
    assert CareerRole.select().count() == 0
    assert main("--db", database, "roles", "import", file) == 0
    assert "4 rows imported: 3 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    tier = CareerRole.get(CareerRole.name == "Tier 2")
    assert (tier.client.name, tier.level, tier.next_role.name, tier.min_tenure_months) == \
        ("ShopNest", 2, "Senior agent", 6)
    assert main("--db", database, "roles", "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Company: 1. Agent -> Senior agent; needs nothing more",
        "Company: 2. Senior agent; 12 months' tenure; needs Communication 4+, Escalations "
        "(training)",
        "ShopNest: 2. Tier 2 -> Senior agent; 6 months' tenure; needs PCI DSS (certification)"]
    assert main("--db", database, "roles", "list", "--client", "Nowhere") == 1
    one_error(capsys, "No client named 'Nowhere'")
    # The file holds whole roles: Senior agent loses the course, the others are unchanged.
    assert main("--db", database, "roles", "import",
                write_csv(tmp_path / "again.csv", LADDER[:2] + LADDER[3:])) == 0
    assert "0 created, 1 updated, 2 unchanged" in capsys.readouterr().out
    assert RoleRequirement.select().count() == 2


def test_a_bad_roles_file_imports_nothing_and_lists_every_problem(database, tmp_path, capsys):
    rows = [
        ["Agent", "", 1, "Senior agent", "", "", "", ""],
        ["Agent", "", 2, "", "", "", "", ""],  # another level for the same role
        ["Senior agent", "", 2, "Agent", "", "competency", "Communication", ""],  # no minimum
        ["Tier 2", "Nowhere", 2, "", "", "", "", ""],
        ["Lead", "", 3, "Astronaut", "", "training", "Cooking", ""],
        ["Lead", "", "", "", "", "competency", "Communication", 7],
    ]
    assert main("--db", database, "roles", "import", write_csv(tmp_path / "bad.csv", rows)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "error: 8 problems found in bad.csv; nothing was imported"
    assert sorted(err[:-1]) == sorted([
        "row 3, column Level: differs from row 2 of the same role (2)",
        "row 4, column Minimum: is required for a competency (1 to 5) (empty)",
        "row 5, column Client: no client with this name (Nowhere)",
        "row 6, column Requirement: no training program with this name (Cooking)",
        "row 7, column Minimum: is out of range (1 to 5) (7)",
        "row 6, column Next Role: no role of this name in the file or in MentorApp (Astronaut)",
        "row 2, column Next Role: makes the ladder go round in a circle (Senior agent)",
        "row 4, column Next Role: makes the ladder go round in a circle (Agent)",
    ])
    assert CareerRole.select().count() == 0


@pytest.fixture
def ladder(database, tmp_path):
    assert main("--db", database, "roles", "import", write_csv(tmp_path / "l.csv", LADDER)) == 0
    make = Make()
    shopnest = {"id": CareerRole.get(CareerRole.name == "Tier 2").client_id}
    ana = make.staff("Ana", "Reyes", shopnest, role="Agent", employee_id="A1",
                     hire_date=days_ago(500))
    make.enrollment(ana, {"id": RoleRequirement.get(RoleRequirement.kind == "training")
                          .program_id}, status="completed", completed_date=days_ago(30))
    ben = make.staff("Ben", "Cruz", shopnest, role="Tier 2", employee_id="B2")
    make.staff("Cy", "Lim", shopnest, role="Senior agent", employee_id="C3")
    return {"database": database, "ana": ana, "ben": ben}


def test_readiness_in_words_and_json(ladder, capsys):
    database = ladder["database"]
    assert main("--db", database, "readiness", "--staff", "a1") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [
        "Ana Reyes (A1), now: Agent",
        "Senior agent: 66% ready (2 of 3 requirements met), not yet",
        "  [met] 12 months' tenure: 16 months",
        "  [gap] Communication: no ratings yet (needs 4)",
        "  [met] Escalations: completed"]
    assert out[5:] == ["To close:", "  Communication: Mentor: none with a free place"]
    assert main("--db", database, "readiness", "--staff", "A1", "--role", "tier 2",
                "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["role"]["name"], result["percent"], result["outlook"]) == \
        ("Tier 2", 50, "not yet")
    assert [g["closer"] for g in result["gaps"]] == ["Training: complete PCI DSS"]


@pytest.mark.parametrize("argv, text", [
    (("readiness", "--staff", "ZZ9"), "No staff member with employee ID 'ZZ9'"),
    (("readiness", "--staff", "A1", "--role", "Astronaut"), "No role named 'Astronaut'"),
    (("readiness", "--staff", "C3"), "Senior agent is the top of its ladder: choose a role "
                                     "with --role"),
    (("export", "bench", "--client", "Nowhere", "--out", "x.xlsx"), "No client named"),
])
def test_bad_input_is_one_line(ladder, capsys, argv, text):
    capsys.readouterr()
    assert main("--db", ladder["database"], *argv) == 1
    one_error(capsys, text)


def test_export_bench_reopened(ladder, tmp_path, capsys):
    """Ana (an agent with the course, 16 months in) is ready for nothing yet; Cy is a senior
    agent; Ben holds Tier 2 and resigns: the backfill sheet lists him with no candidate."""
    staff.update(ladder["ben"]["id"], status="resigned")
    staff.end_assignment(ladder["ben"]["id"], days_ago(3))
    out = tmp_path / "bench.xlsx"
    assert main("--db", ladder["database"], "export", "bench", "--client", "shopnest",
                "--out", out) == 0
    assert str(out.resolve()) in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames == ["Roles", "Ready now", "In about 6 months", "Backfill"]
    roles = list(wb["Roles"].iter_rows(min_row=2, values_only=True))
    assert roles == [("Tier 2", "ShopNest", 2, 0, 0, 0), ("Agent", "Company ladder", 1, 1, 0, 0),
                     ("Senior agent", "Company ladder", 2, 1, 0, 0)]
    backfill = [[cell or "" for cell in row]
                for row in wb["Backfill"].iter_rows(min_row=2, values_only=True)]
    assert [row[:3] + row[4:8] for row in backfill] == [
        ["B2", "Ben Cruz", "resigned", "Tier 2", "", "No one ready now or within 6 months", ""]]
    assert backfill[0][3].date() == days_ago(3)
    assert wb["Ready now"]["A2"].value == "No one on the account is ready now for a role " \
        "they do not hold"


def test_the_demo_has_ladders_and_someone_ready(tmp_path, capsys):
    """Demo data: the company ladder (four rungs, each with its next) and two roles on every
    account; some people on the first account are ready now."""
    path = tmp_path / "demo.db"
    assert main("--db", path, "demo", "--staff", "40") == 0
    assert "18 career roles" in capsys.readouterr().out
    assert main("--db", path, "roles", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(";")[0] for line in lines[:4]] == [
        "Company: 1. Customer Service Representative -> Senior Customer Service Representative",
        "Company: 2. Senior Customer Service Representative -> Team Lead",
        "Company: 3. Team Lead -> Operations Manager",
        "Company: 4. Operations Manager"]
    assert sum("Tier 2 Specialist -> Team Lead" in line for line in lines) == 7
    assert sum("Subject Matter Expert -> Team Lead" in line for line in lines) == 7
    from mentorapp.models import Client

    found = readiness.bench(Client.select().order_by(Client.id).first().id)
    assert any(role["ready_now"] for role in found["roles"])
