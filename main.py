"""MentorApp entry point: a command when one is given, otherwise the desktop application."""

import logging
import sys

from mentorapp import cli, logs


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    logs.configure()
    if args.command:
        return cli.run(args)
    from ui.app import run_gui

    return run_gui(args.db, smoke_test=args.smoke_test)


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
