"""Signing in to a shared PostgreSQL database: user name and password, optionally remembered
in the system keyring (`mentorapp.credentials`), never in a settings file. The last user name is
kept in this computer's preferences so the next sign-in only asks for the password."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from mentorapp import APP_NAME, credentials, urls
from mentorapp.errors import UserError, ValidationError
from ui import preferences
from ui.i18n import Context
from ui.widgets.forms import Check, FormDialog, TextLine

tr_login_dialog = Context("tr_login_dialog")

USER_KEY = "login/user"
# What psycopg2 says (first line of the server's answer), and what the person should do.
REASONS = [
    ("password authentication failed", "password", QT_TRANSLATE_NOOP(
        "tr_login_dialog",
        "The user name or the password is wrong. Check both (passwords are case-sensitive).")),
    ("not permitted to log in", "user", QT_TRANSLATE_NOOP(
        "tr_login_dialog",
        "This account is disabled. Ask an administrator of MentorApp to enable it.")),
    ("no password supplied", "password",
     QT_TRANSLATE_NOOP("tr_login_dialog", "Enter your password.")),
]
UNREACHABLE = ("connection refused", "could not connect", "could not translate host name",
               "timeout expired", "no route to host", "network is unreachable",
               "name or service not known")


def with_user(target: str, user: str) -> str:
    """The URL with `user` as its user name (and no password)."""
    bare = urls.without_password(target)
    scheme, rest = bare.split("://", 1)
    authority, slash, path = rest.partition("/")
    host = authority.rpartition("@")[2]
    return f"{scheme}://{quote(user, safe='')}@{host}{slash}{path}"


def explain(message: str, target: str) -> ValidationError | UserError:
    """One clear sentence for a failed sign-in, on the field to fix where there is one."""
    lowered = message.lower()
    for words, field, text in REASONS:
        if words in lowered:
            return ValidationError(field, tr_login_dialog.tr(text))
    if any(words in lowered for words in UNREACHABLE):
        host = urls.parse_postgres(target).host or "localhost"
        return UserError(tr_login_dialog.tr(
            "The database server {host} cannot be reached. Check the network connection, or "
            "ask your administrator whether the server is running and the address in "
            "Settings is right.").format(host=host) + f"\n({message})")
    return UserError(message)


def remembered_login(target: str) -> str | None:
    """The URL with the user name last signed in with and the password kept for them, when this
    computer remembers one (a sign-in that needs no typing)."""
    user = urls.parse_postgres(target).user or preferences.qsettings().value(USER_KEY, "")
    if not user:
        return None
    kept = credentials.recall(with_user(target, user))
    return kept if urls.password(kept) else None


class LoginDialog(FormDialog):
    """Sign in to `target` (a PostgreSQL URL). Once accepted, `opened` is the URL the database
    was opened with (password included, for this session only).

    Signals: `saved(dict)` (from FormDialog) with {"target": opened URL}."""

    def __init__(self, target: str, parent=None, message: str = ""):
        super().__init__(
            tr_login_dialog.tr("Sign in – {app}").format(app=APP_NAME), parent)
        self.target = urls.without_password(target)
        self.opened: str | None = None
        self.database = None  # the database object once signed in
        self.keyring_problem = ""  # why the password could not be remembered, if it was not
        where = QLabel(tr_login_dialog.tr(
            "Shared database: <b>{database}</b>").format(
                database=urls.describe(self.target)), wordWrap=True)
        where.setObjectName("hint")
        self.form.addRow(where)
        self.add_field("user", tr_login_dialog.tr("User name"), TextLine())
        password = self.add_field(
            "password", tr_login_dialog.tr("Password"), TextLine())
        password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("remember", "", Check(tr_login_dialog.tr(
            "Remember the password on this computer")))
        self.fields["remember"].setToolTip(tr_login_dialog.tr(
            "Kept in the system keyring (Windows Credential Locker, macOS Keychain, Secret "
            "Service), never in a settings file"))
        self.finish_layout()
        sign_in = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        sign_in.setText(tr_login_dialog.tr("Sign In"))
        sign_in.setIcon(QIcon())
        user = urls.parse_postgres(target).user or preferences.qsettings().value(USER_KEY, "")
        kept = urls.password(credentials.recall(with_user(target, user))) if user else None
        self.set_values({"user": user, "password": kept or "", "remember": bool(kept)})
        if message:
            self.show_errors([explain(message, self.target)])
        (password if user else self.fields["user"]).setFocus()

    def field_errors(self) -> list[ValidationError]:
        values = self.values()
        errors = []
        if not values["user"].strip():
            errors.append(ValidationError(
                "user", tr_login_dialog.tr("Enter your user name.")))
        if not values["password"]:
            errors.append(ValidationError(
                "password", tr_login_dialog.tr("Enter your password.")))
        return errors

    def save(self, values: dict) -> dict:
        from mentorapp import opening

        user = values["user"].strip()
        login = with_user(self.target, user)
        opened = urls.with_password(login, values["password"])
        try:
            self.database = opening.open_database(opened)
        except UserError as exc:
            raise explain(str(exc), self.target) from None
        settings = preferences.qsettings()
        settings.setValue(USER_KEY, user)
        settings.sync()
        if values["remember"]:
            try:
                credentials.remember(opened)
            except UserError as exc:  # no keyring here: signed in all the same
                self.keyring_problem = str(exc)
        else:
            credentials.forget(login)
        self.opened = opened
        return {"target": opened}

    def cancel(self) -> None:
        """Nothing typed here is worth a "discard changes?" question."""
        self.reject()
