"""MentorApp core: models, database, services, Excel and command line (no Qt here)."""

APP_NAME = "MentorApp"
__version__ = "0.1.0"
