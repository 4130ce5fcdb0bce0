"""Users (administrators only, shared PostgreSQL mode): add a user, change their role, link them
to their staff record, disable or enable them, reset their password.

The changes are made by `mentorapp.shared` (login roles need DDL) on the database the app has
open; the database refuses them to anyone but an administrator whatever this page shows. A
SQLite file has no users: the page says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp import shared
from mentorapp.errors import UserError, ValidationError
from mentorapp.roles import USER_ROLES
from mentorapp.services import users
from ui.access import role_word
from ui.i18n import Context
from ui.models.table import Column
from ui.pages.profile.tab import record_table
from ui.widgets.forms import Check, ChoiceBox, FormDialog, TextLine
from ui.widgets.lookups import staff_label, staff_picker

tr_users_page = Context("tr_users_page")


def _role_box() -> ChoiceBox:
    box = ChoiceBox(USER_ROLES)
    for index in range(box.count()):
        word = role_word(box.itemData(index))
        box.setItemText(index, word[:1].upper() + word[1:])  # "QA lead", not "Qa lead"
    return box


def _password_line() -> TextLine:
    line = TextLine()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


def _check_passwords(values: dict) -> list[ValidationError]:
    if not values["password"]:
        return [ValidationError("password", tr_users_page.tr("Enter a password."))]
    if values["password"] != values["repeat"]:
        return [ValidationError("repeat", tr_users_page.tr("The two passwords are not the "
                                                           "same."))]
    return []


class NewUserDialog(FormDialog):
    """Add a user: a login role in their role's group, and their app_user row."""

    def __init__(self, parent=None):
        super().__init__(tr_users_page.tr("New user"), parent)
        self.add_field("login", tr_users_page.tr("Login"), TextLine()).setPlaceholderText(
            tr_users_page.tr("lower-case letters, digits, '_', '.' or '-'"))
        self.add_field("display_name", tr_users_page.tr("Name shown"), TextLine())
        self.add_field("role", tr_users_page.tr("Role"), _role_box())
        self.add_field("staff", tr_users_page.tr("Staff record"), staff_picker())
        self.add_field("password", tr_users_page.tr("Password"), _password_line())
        self.add_field("repeat", tr_users_page.tr("Password again"), _password_line())
        self.finish_layout()
        self.set_values({"role": "agent"})

    def field_errors(self) -> list[ValidationError]:
        values = self.values()
        errors = []
        try:
            shared.check_login(values["login"].strip())
        except UserError as exc:
            errors.append(ValidationError("login", str(exc)))
        return errors + _check_passwords(values)

    def save(self, values: dict) -> dict:
        login = values["login"].strip()
        shared.add_user(shared.bound_database(), login, values["role"], values["password"],
                        staff_id=values["staff"], display_name=values["display_name"].strip())
        return users.by_login(login)


class EditUserDialog(FormDialog):
    """Change a user's role, staff record and whether they may sign in."""

    def __init__(self, user: dict, parent=None):
        super().__init__(tr_users_page.tr("User {login}").format(login=user["login"]), parent)
        self.user = user
        self.add_field("role", tr_users_page.tr("Role"), _role_box())
        self.add_field("staff", tr_users_page.tr("Staff record"), staff_picker())
        self.add_field("active", "", Check(tr_users_page.tr("May sign in (a disabled user "
                                                            "cannot connect)")))
        self.finish_layout()
        self.set_values({"role": user["role"], "active": user["active"]})
        self.fields["staff"].set_value(user["staff"], staff_label(user["staff"]))

    def save(self, values: dict) -> dict:
        database, login = shared.bound_database(), self.user["login"]
        if values["role"] != self.user["role"]:
            shared.set_role(database, login, values["role"])
        if values["staff"] != self.user["staff"]:
            shared.set_staff(database, login, values["staff"])
        if values["active"] != self.user["active"]:
            shared.set_active(database, login, values["active"])
        return users.by_login(login)


class PasswordDialog(FormDialog):
    """A new password for a user (made into a SCRAM verifier on this computer)."""

    def __init__(self, login: str, parent=None):
        super().__init__(tr_users_page.tr("New password for {login}").format(login=login),
                         parent)
        self.login = login
        self.add_field("password", tr_users_page.tr("New password"), _password_line())
        self.add_field("repeat", tr_users_page.tr("Password again"), _password_line())
        self.finish_layout()

    def field_errors(self) -> list[ValidationError]:
        return _check_passwords(self.values())

    def save(self, values: dict) -> dict:
        shared.set_password(shared.bound_database(), self.login, values["password"])
        return users.by_login(self.login)


class UsersPage(QWidget):
    """Signals: `status_message(str)` after a change."""

    status_message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shared = shared.is_shared(shared.bound_database())
        self.note = QLabel(tr_users_page.tr(
            "Users exist in a shared PostgreSQL database only. This is a single-user database: "
            "whoever opens it may do everything. To share it, see "
            "<code>mentorapp setup-shared</code> in the README."), wordWrap=True)
        self.note.setObjectName("hint")
        self.note.setVisible(not self.shared)
        self.add_button = QPushButton(tr_users_page.tr("Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(tr_users_page.tr("Change role, staff record or access…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.toggle_button = QPushButton(tr_users_page.tr("Disable"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(tr_users_page.tr("Reset password…"))
        self.password_button.clicked.connect(self.reset_password)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button,
                       self.password_button):
            bar.addWidget(button)
            button.setEnabled(self.shared)
        bar.addStretch(1)
        self.table = record_table([
            Column("login", tr_users_page.tr("Login"), width=140),
            Column("display_name", tr_users_page.tr("Name"), width=180),
            Column("role", tr_users_page.tr("Role"), width=150,
                   text=lambda r: role_word(r["role"])),
            Column("employee_id", tr_users_page.tr("Staff record"), width=120,
                   text=lambda r: r["employee_id"] or ""),
            Column("active", tr_users_page.tr("Signs in"), width=80,
                   text=lambda r: tr_users_page.tr("yes") if r["active"]
                   else tr_users_page.tr("no"))])
        self.table.record_activated.connect(lambda _row: self.edit_user())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(users.list() if self.shared else [])
        self._selection()

    def _selection(self) -> None:
        row = self.table.current_record()
        for button in (self.edit_button, self.toggle_button, self.password_button):
            button.setEnabled(self.shared and row is not None)
        self.toggle_button.setText(tr_users_page.tr("Enable") if row and not row["active"]
                                   else tr_users_page.tr("Disable"))

    def select(self, login: str) -> None:
        for number, row in enumerate(self.table.rows()):
            if row["login"] == login:
                self.table.selectRow(number)

    def _open(self, dialog: FormDialog, done: str) -> FormDialog:
        def saved(record: dict) -> None:
            self.refresh()
            self.select(record["login"])
            self.status_message.emit(done.format(login=record["login"]))
        return dialog.open_over(self, saved)

    def add_user(self) -> FormDialog:
        return self._open(NewUserDialog(), tr_users_page.tr("User {login} added"))

    def edit_user(self) -> FormDialog | None:
        row = self.table.current_record()
        return self._open(EditUserDialog(row), tr_users_page.tr("User {login} changed")) \
            if row else None

    def reset_password(self) -> FormDialog | None:
        row = self.table.current_record()
        return self._open(PasswordDialog(row["login"]),
                          tr_users_page.tr("New password set for {login}")) if row else None

    def toggle_active(self) -> None:
        row = self.table.current_record()
        if row is None:
            return
        if row["active"] and row["login"] == users.current()["login"]:
            QMessageBox.warning(self, tr_users_page.tr("Users"), tr_users_page.tr(
                "You cannot disable yourself: another administrator can."))
            return
        try:
            shared.set_active(shared.bound_database(), row["login"], not row["active"])
        except UserError as exc:
            QMessageBox.warning(self, tr_users_page.tr("Users"), str(exc))
            return
        self.refresh()
        self.select(row["login"])
        done = tr_users_page.tr("User {login} enabled") if not row["active"] \
            else tr_users_page.tr("User {login} disabled")
        self.status_message.emit(done.format(login=row["login"]))

