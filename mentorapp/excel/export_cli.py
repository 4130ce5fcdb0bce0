"""`export ...` commands (client report, staff report, training matrix, mentoring report)."""


def register(subparsers) -> None:
    """Add the export commands to the main parser (filled in by the reports work)."""
