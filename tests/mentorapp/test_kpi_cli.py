"""`kpi define`, `kpi list` and `kpi archive` run in process (`cli.run` on parsed arguments,
as main.py does) on a SQLite file: output, JSON, and every bad value as one line, exit 1."""

import json

import pytest

from mentorapp import cli
from mentorapp.services import clients


def main(*argv) -> int:
    return cli.run(cli.build_parser().parse_args([str(a) for a in argv]))


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "kpi.db"
    assert main("--db", path, "migrate") == 0
    clients.create(name="Acme")
    return path


def one_error(capsys, text):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and text in err[0], err
    assert "Traceback" not in err[0]


def test_define_update_list_and_archive(database, capsys):
    assert main("--db", database, "kpi", "define", "--client", "acme", "--metric", "AHT",
                "--unit", "seconds", "--better", "lower", "--target", "300", "--warning",
                "330", "--rollup", "weighted", "--weight-column", "Handled",
                "--shareable") == 0
    assert capsys.readouterr().out.strip() == (
        "Defined Acme / AHT: seconds, lower is better, target 300 (warning 330), weighted "
        "by Handled, shareable")
    assert main("--db", database, "kpi", "define", "--client", "Acme", "--metric", "aht",
                "--target", "280", "--warning", "300") == 0
    assert "Updated Acme / AHT: seconds, lower is better, target 280 (warning 300)" in \
        capsys.readouterr().out
    assert main("--db", database, "kpi", "list", "--client", "Acme", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row == {"client": "Acme", "line_of_business": "", "metric": "AHT",
                   "unit": "seconds", "better": "lower", "target": 280.0, "warning": 300.0,
                   "rollup": "weighted", "weight_column": "Handled", "decimals": 0,
                   "shareable": True, "archived": False}
    assert main("--db", database, "kpi", "archive", "--client", "Acme", "--metric",
                "AHT") == 0
    capsys.readouterr()
    assert main("--db", database, "kpi", "list") == 0
    assert capsys.readouterr().out == ""
    assert main("--db", database, "kpi", "list", "--archived") == 0
    assert capsys.readouterr().out.strip().endswith("archived")


@pytest.mark.parametrize(("options", "text"), [
    (["--unit", "seconds", "--better", "lower", "--target", "fast"],
     "target: 'fast' is not a number"),
    (["--unit", "seconds", "--better", "lower", "--target", "300", "--warning", "200"],
     "warning: must be at or above the target (300)"),
    (["--unit", "seconds", "--better", "lower", "--target", "300", "--rollup", "weighted"],
     "weight column: is required for a weighted metric"),
    (["--better", "lower", "--target", "300"], "unit: is required"),
    (["--unit", "percent", "--better", "higher", "--target", "180"],
     "target: 180 is not a percentage"),
])
def test_bad_values_are_one_line_and_exit_1(database, capsys, options, text):
    assert main("--db", database, "kpi", "define", "--client", "Acme", "--metric", "AHT",
                *options) == 1
    one_error(capsys, text)


def test_unknown_client_and_metric(database, capsys):
    assert main("--db", database, "kpi", "define", "--client", "Nobody", "--metric", "AHT",
                "--unit", "count", "--better", "higher", "--target", "1") == 1
    one_error(capsys, "No client named 'Nobody'")
    assert main("--db", database, "kpi", "list", "--client", "Nobody") == 1
    one_error(capsys, "No client named 'Nobody'")
    assert main("--db", database, "kpi", "archive", "--client", "Acme", "--metric", "X") == 1
    one_error(capsys, "Acme has no metric named 'X'")
