"""main.py reads a plain desktop start without the command-line parser, exactly as the parser
would, and hands everything else to the parser."""

import pytest

import main
from mentorapp import cli

DESKTOP_STARTS = [[], ["--db", "x.db"], ["--db=x.db"], ["--db="], ["--smoke-test"],
                  ["--db", "a.db", "--smoke-test"], ["--smoke-test", "--db", "a.db"],
                  ["--db", "a.db", "--db", "postgresql://me@host/db"]]
FOR_THE_PARSER = [["stats"], ["--db", "x.db", "stats"], ["--help"], ["--version"],
                  ["--smoke"], ["--db"], ["--db", "--smoke-test"], ["--db", "-x"],
                  ["--dbx"], ["-h"], ["--", "--db"], ["x.db"]]


@pytest.mark.parametrize("argv", DESKTOP_STARTS)
def test_a_desktop_start_is_read_as_the_parser_reads_it(argv):
    args = cli.build_parser().parse_args(argv)
    assert args.command is None
    assert main.desktop_options(argv) == (args.db, args.smoke_test)


@pytest.mark.parametrize("argv", FOR_THE_PARSER)
def test_anything_else_goes_to_the_parser(argv):
    assert main.desktop_options(argv) is None


def test_the_parser_has_no_other_desktop_option():
    """A new option of the desktop start must be read by `desktop_options()` too."""
    options = {action.dest for action in cli.build_parser()._actions if action.option_strings}
    assert options == {"help", "version", "db", "smoke_test"}


def test_a_desktop_start_opens_the_window_without_building_the_parser(monkeypatch):
    started = []
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("parser built"))
    monkeypatch.setattr("ui.app.run_gui",
                        lambda target, smoke_test=False: started.append((target, smoke_test)) or 0)
    monkeypatch.setattr(main.logs, "configure", lambda: None)
    assert main.main(["--db", "x.db", "--smoke-test"]) == 0
    assert started == [("x.db", True)]


def test_a_command_still_runs_through_the_parser(monkeypatch):
    ran = []
    monkeypatch.setattr(cli, "run", lambda args: ran.append(args.command) or 0)
    monkeypatch.setattr(main.logs, "configure", lambda: None)
    assert main.main(["--db", "x.db", "stats"]) == 0
    assert ran == ["stats"]
