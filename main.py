"""MentorApp entry point: a command when one is given, otherwise the desktop application."""

import logging
import sys

from mentorapp import logs


def desktop_options(argv: list[str]) -> tuple[str | None, bool] | None:
    """(`--db` target, `--smoke-test`) of a plain desktop start, read without the command-line
    parser: building it imports every command's module, about a tenth of the time to the
    first window. Only the exact forms `--db X`, `--db=X` and `--smoke-test` are read here;
    anything else (a command, `--help`, an abbreviation, a mistake) gives None and goes to
    the parser, so both read every argument list the same way."""
    target, smoke_test = None, False
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--smoke-test":
            smoke_test = True
        elif argument == "--db":
            target = next(arguments, None)
            if target is None or target.startswith("-"):
                return None
        elif argument.startswith("--db="):
            target = argument.removeprefix("--db=")
        else:
            return None
    return target, smoke_test


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    desktop = desktop_options(argv)
    if desktop is None:
        from mentorapp import cli

        args = cli.build_parser().parse_args(argv)
        logs.configure()
        if args.command:
            return cli.run(args)
        desktop = args.db, args.smoke_test
    else:
        logs.configure()
    from ui.app import run_gui

    target, smoke_test = desktop
    return run_gui(target, smoke_test=smoke_test)


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
