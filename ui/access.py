"""What each role is shown: pages, actions and profile tabs. Only a convenience: in shared mode
the database refuses what a role may not read or change whatever the window shows (see
`mentorapp.shared`). The role comes from `services.users.current()`; a SQLite file's one user
is an admin and sees everything."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import Context

tr_access = Context("tr_access")

EVERY_PAGE = ("my_work", "dashboard", "staff", "mentoring", "clients", "feedback", "training",
              "quality", "reports", "users")
PAGES = {
    "admin": EVERY_PAGE,
    "hr": tuple(p for p in EVERY_PAGE if p != "users"),
    "operations": tuple(p for p in EVERY_PAGE if p != "users"),
    "account_manager": ("my_work", "dashboard", "staff", "clients", "feedback", "training",
                        "quality", "reports"),
    "mentor": ("my_work", "dashboard", "staff", "mentoring", "feedback", "training", "quality"),
    # An agent's own evaluations, to acknowledge or dispute.
    "agent": ("my_work", "staff", "mentoring", "feedback", "training", "quality"),
    # A QA lead: the people and clients they score, and quality. Not the dashboard (its
    # figures are feedback, mentoring and training, none of which they read) nor reports
    # (client reports hold feedback; the quality workbook is `export quality`).
    "qa": ("my_work", "staff", "clients", "quality"),
}
# Profile tabs (by their English `title`, whatever the language) a role does not see: the
# database gives it none of their rows.
HIDDEN_TABS = {
    "operations": ("Career plan",),
    "account_manager": ("Career plan", "Mentoring", "History"),
    "mentor": ("History",),
    "agent": ("History",),
    "qa": ("Career plan", "Development", "Feedback", "Mentoring", "Responsibilities",
           "History"),
}
# Who makes new records on a page (the New action); others only read it there.
CREATES = {
    "staff": ("admin", "hr", "operations"),
    "clients": ("admin", "operations"),
    "mentoring": ("admin", "hr", "operations", "mentor"),
    "training": ("admin", "hr", "operations", "account_manager", "mentor"),
    "quality": ("admin", "operations", "qa"),
    # A profile's New is feedback about the person, which a QA lead does not write.
    "profile": ("admin", "hr", "operations", "account_manager", "mentor", "agent"),
}
IMPORTERS = ("admin", "hr", "operations")
# In English; `role_word()` gives them in the window's language.
ROLE_WORDS = {"admin": QT_TRANSLATE_NOOP("tr_access", "administrator"),
              "hr": QT_TRANSLATE_NOOP("tr_access", "HR"),
              "operations": QT_TRANSLATE_NOOP("tr_access", "operations"),
              "account_manager": QT_TRANSLATE_NOOP("tr_access", "account manager"),
              "mentor": QT_TRANSLATE_NOOP("tr_access", "mentor / team lead"),
              "agent": QT_TRANSLATE_NOOP("tr_access", "agent"),
              "qa": QT_TRANSLATE_NOOP("tr_access", "QA lead")}


def pages(role: str) -> tuple[str, ...]:
    return PAGES.get(role, ())


def can_show(role: str, page_key: str) -> bool:
    return page_key in pages(role) or page_key in ("profile", "welcome")


def can_create(role: str, page_key: str) -> bool:
    return role in CREATES.get(page_key, (role,))


def can_import(role: str) -> bool:
    return role in IMPORTERS


def hidden_tabs(role: str) -> tuple[str, ...]:
    return HIDDEN_TABS.get(role, ())


def first_page(user: dict) -> str:
    """My work after a sign-in (shared mode); the dashboard for a SQLite file's owner."""
    return "my_work" if user.get("shared") else "dashboard"


def signed_in_text(user: dict) -> str:
    """"Lena Test (mentor / team lead)" for the title and status bars."""
    return f"{user['display_name']} ({role_word(user['role'])})"


def role_word(role: str) -> str:
    """"mentor / team lead" in the window's language (an unknown role as it is)."""
    return tr_access.tr(ROLE_WORDS[role]) if role in ROLE_WORDS else role
