"""`template ...` and `import ...` commands."""


def register(subparsers) -> None:
    """Add the template and import commands to the main parser (filled in by the import work)."""
