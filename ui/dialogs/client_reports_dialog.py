"""A client's report loop (issue 17), from the Clients page's "Client reports…": the report
versions with Prepare report (`PrepareReportDialog`), Mark sent, Mark acknowledged, Log reply
and Open file; the open action items with
Close, Drop and Edit; the client's contacts; and its report settings (cadence and the days
until a report is due and until an unacknowledged one is flagged).

Everything goes through `services.client_reports` and `services.clients`. A service's
`ValidationError` shows under its field in the small forms, other errors in the dialog's
message line; a change the shared database refuses (an account manager and another client's
reports, HR, who only reads) shows as a sentence, not the database's words.

Only the report file's *name* is registered, not the folder it was written to. Open file looks
for it in the folder the last file was saved to (`preferences.last_folder()`, where the Reports
page's export put it) and opens it only when that file's SHA-256 is the registered one."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import PermissionDenied, UserError
from mentorapp.models import CLIENT_ACTION_STATUS_CHOICES, REPORT_CADENCE_CHOICES, SENT_VIA_CHOICES
from mentorapp.services import client_reports, clients, staff, users
from mentorapp.services.fields import Text
from ui import preferences
from ui.i18n import Context
from ui.models.table import Column, show
from ui.theme import danger_color, mark_error
from ui.widgets.date_field import DateField
from ui.widgets.forms import FormDialog, RecordPicker, TextBox, TextLine, ask_yes_no
from ui.widgets.lookups import MATCHES, staff_label, staff_name
from ui.widgets.rating import RatingBox
from ui.widgets.record_table import RecordTable
from ui.widgets.sizing import fit_to_screen

if TYPE_CHECKING:
    from ui.dialogs.prepare_report_dialog import PrepareReportDialog

tr_client_reports_dialog = Context("tr_client_reports_dialog")
# Who keeps a client's report loop: in shared mode the database lets only these roles write
# its tables (mentorapp.shared, `_client_loop`); HR reads it and gets no buttons that change it.
KEEPERS = ("admin", "operations", "account_manager")

# The service's codes in words (translated where shown).
WORDS = {"prepared": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Prepared"),
         "sent": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Sent"),
         "acknowledged": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Acknowledged"),
         "weekly": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Weekly"),
         "monthly": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Monthly"),
         "quarterly": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Quarterly"),
         "email": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Email"),
         "portal": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Portal"),
         "meeting": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Meeting"),
         "open": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Open"),
         "done": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Done"),
         "dropped": QT_TRANSLATE_NOOP("tr_client_reports_dialog", "Dropped")}


def word(code: str | None) -> str:
    return tr_client_reports_dialog.tr(WORDS[code]) if code in WORDS else code or ""


def refusal_text() -> str:
    return tr_client_reports_dialog.tr(
        "The shared database did not allow this change: a client's reports, contacts and "
        "action items are changed by administrators, operations and the client's account "
        "managers.")


def message_of(exc: UserError) -> str:
    """What the dialog says about a service error (a refusal in words, not the database's)."""
    return refusal_text() if isinstance(exc, PermissionDenied) else str(exc)


def period_text(row: dict) -> str:
    return f"{show(row['period_start'])} – {show(row['period_end'])}"


def day_text(moment: dt.datetime | None) -> str:
    """A stored UTC timestamp as the user's local day (the forms set days, not times)."""
    return show(moment.replace(tzinfo=dt.UTC).astimezone().date()) if moment else ""


def moment(day: dt.date | None) -> dt.date | None:
    """A day chosen in a form for the service: today means now (the time is kept), another
    day is stored at its noon."""
    return None if day == dt.date.today() else day


def overdue(item: dict) -> bool:
    return (item["status"] == "open" and item["due_date"] is not None
            and item["due_date"] < dt.date.today())


def file_state(version: dict) -> tuple[Path | None, str]:
    """(the registered file, if it is where the last file was saved and unchanged; the Open
    file button's tooltip)."""
    name = version["file_name"]
    path = preferences.last_folder() / name
    if not path.is_file():
        return None, tr_client_reports_dialog.tr(
            "{name} is no longer in {folder}. Only the file's name is registered, so it is "
            "looked for in the folder files were last saved to.").format(
                name=name, folder=str(path.parent))
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != version["sha256"]:
        return None, tr_client_reports_dialog.tr(
            "{path} is not the registered version {version}: the file was changed or "
            "replaced since.").format(path=str(path), version=version["version"])
    return path, tr_client_reports_dialog.tr("Open {path}").format(path=str(path))


# -- the small forms ------------------------------------------------------------------------
class ServiceForm(FormDialog):
    """A form whose `store(values)` calls a service; a refusal of the shared database shows
    as a sentence on top of the form."""

    def save(self, values: dict) -> dict:
        try:
            return self.store(values)
        except PermissionDenied as exc:
            raise UserError(refusal_text()) from exc

    def store(self, values: dict) -> dict:
        raise NotImplementedError


class ChoiceWords(QComboBox):
    """Codes shown in words of this dialog (translated)."""

    def __init__(self, codes, parent=None):
        super().__init__(parent)
        for code in codes:
            self.addItem(word(code), code)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


class ContactBox(QComboBox):
    """One of the client's contacts (`value()` their email), "None" first when optional."""

    def __init__(self, contacts: list[dict], optional: bool = False, parent=None):
        super().__init__(parent)
        if optional:
            self.addItem(tr_client_reports_dialog.tr("None"))
        for contact in contacts:
            self.addItem(f"{contact['name']} <{contact['email']}>", contact["email"])

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


class ContactChecks(QListWidget):
    """The client's contacts, each with a check box; `value()` the checked emails."""

    def __init__(self, contacts: list[dict], parent=None):
        super().__init__(parent)
        for contact in contacts:
            item = QListWidgetItem(f"{contact['name']} <{contact['email']}>")
            item.setData(Qt.ItemDataRole.UserRole, contact["email"])
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(self.sizeHintForRow(0) * 6 + 8 if contacts else 40)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def value(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_value(self, emails) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in (emails or [])
                               else Qt.CheckState.Unchecked)

    def lock(self, emails) -> None:
        """Checked for good: a version once sent to a contact stays sent to them."""
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) in emails:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tr_client_reports_dialog.tr("Already sent to this contact"))


def no_contacts_hint(form: FormDialog, contacts: list[dict]) -> None:
    if not contacts:
        form.message.setText(tr_client_reports_dialog.tr(
            "This client has no contacts yet: add them on the Contacts tab first."))
        form.message.show()


class MarkSentDialog(ServiceForm):
    """To which contacts, how and on which day a version went to the client."""

    def __init__(self, version: dict, contacts: list[dict], parent=None):
        super().__init__(tr_client_reports_dialog.tr("Mark version {version} sent").format(
            version=version["version"]), parent)
        self.version = version
        checks = self.add_field("to", tr_client_reports_dialog.tr("Sent to"),
                                ContactChecks(contacts))
        self.setMinimumWidth(max(460, checks.sizeHintForColumn(0) + 160))  # whole addresses
        self.add_field("via", tr_client_reports_dialog.tr("Via"), ChoiceWords(SENT_VIA_CHOICES))
        self.add_field("on", tr_client_reports_dialog.tr("On"), DateField())
        self.finish_layout()
        self.set_values({"via": version["sent_via"] or "email"})
        checks.lock(version["recipients"])
        no_contacts_hint(self, contacts)

    def store(self, values: dict) -> dict:
        return client_reports.mark_sent(self.version["id"], values["to"], via=values["via"],
                                        when=moment(values["on"]))


class MarkAcknowledgedDialog(ServiceForm):
    """Which contact acknowledged a version, and when."""

    def __init__(self, version: dict, contacts: list[dict], parent=None):
        super().__init__(tr_client_reports_dialog.tr(
            "Mark version {version} acknowledged").format(version=version["version"]), parent)
        self.version = version
        self.add_field("by", tr_client_reports_dialog.tr("Acknowledged by"),
                       ContactBox(contacts))
        self.add_field("on", tr_client_reports_dialog.tr("On"), DateField())
        self.finish_layout()
        first = version["acknowledged_by_email"] or next(iter(version["recipients"]), None)
        self.set_values({"by": first})
        no_contacts_hint(self, contacts)

    def store(self, values: dict) -> dict:
        return client_reports.mark_acknowledged(self.version["id"], values["by"] or "",
                                                on=moment(values["on"]))


class LogReplyDialog(ServiceForm):
    """A client's reply to a version, logged as client feedback about one staff member."""

    def __init__(self, version: dict, contacts: list[dict], parent=None):
        super().__init__(tr_client_reports_dialog.tr("Log a reply to version {version}").format(
            version=version["version"]), parent)
        self.version = version
        client_id = version["client"]

        def client_staff(text: str) -> list[tuple[int, str]]:
            words = text.replace("(", " ").replace(")", " ").strip()
            return [(row["id"], staff_name(row))
                    for row in staff.list(search=words, client=client_id, limit=MATCHES)]

        self.add_field("staff", tr_client_reports_dialog.tr("Staff member"),
                       RecordPicker(client_staff, staff_label, "staff member"))
        self.add_field("author", tr_client_reports_dialog.tr("From"),
                       ContactBox(contacts, optional=True))
        self.add_field("date", tr_client_reports_dialog.tr("Date"), DateField())
        self.add_field("rating", tr_client_reports_dialog.tr("Rating"), RatingBox())
        self.add_field("text", tr_client_reports_dialog.tr("Reply"), TextBox(lines=5))
        # The service's words, in English as its messages.
        self.rules = {"text": Text(required=True, label="reply")}  # untranslated: core words
        self.aliases = {"comment": "text"}  # the feedback service names the text "comment"
        self.names = {c["email"]: c["name"] for c in contacts}
        self.finish_layout()

    def store(self, values: dict) -> dict:
        author = self.names.get(values.pop("author"), "")
        return client_reports.log_reply(self.version["id"], author=author, **values)


class ClientActionItemDialog(ServiceForm):
    """Edit an action item of a client review: text, owner, due, status, closed on, note."""

    def __init__(self, item: dict, parent=None):
        super().__init__(tr_client_reports_dialog.tr("Edit action item"), parent)
        self.item = item
        self.rules = dict(client_reports.ACTION_RULES)
        self.add_field("text", tr_client_reports_dialog.tr("Action"), TextBox())
        self.add_field("owner", tr_client_reports_dialog.tr("Owner"), TextLine())
        self.add_field("due_date", tr_client_reports_dialog.tr("Due"), DateField(optional=True))
        self.add_field("status", tr_client_reports_dialog.tr("Status"),
                       ChoiceWords(CLIENT_ACTION_STATUS_CHOICES))
        self.add_field("closed_on", tr_client_reports_dialog.tr("Closed on"),
                       DateField(optional=True))
        self.add_field("note", tr_client_reports_dialog.tr("Note"), TextBox())
        self.fields["closed_on"].setPlaceholderText(
            tr_client_reports_dialog.tr("Today when closed without a date"))
        self.finish_layout()
        self.limit_lengths(None)
        self.set_values(item)

    def store(self, values: dict) -> dict:
        return client_reports.update_action_item(self.item["id"], **values)


class ContactDialog(ServiceForm):
    """A new contact of the client (`contact` None) or an edit of one."""

    def __init__(self, client_id: int, contact: dict | None = None, parent=None):
        super().__init__(tr_client_reports_dialog.tr("Edit contact") if contact
                         else tr_client_reports_dialog.tr("New contact"), parent)
        self.client_id = client_id
        self.contact = contact
        self.rules = {k: v for k, v in clients.CONTACT_RULES.items() if k != "active"}
        self.add_field("name", tr_client_reports_dialog.tr("Name"), TextLine())
        self.add_field("email", tr_client_reports_dialog.tr("Email"), TextLine())
        self.add_field("role", tr_client_reports_dialog.tr("Role"), TextLine())
        self.fields["role"].setPlaceholderText(
            tr_client_reports_dialog.tr("Optional: Operations director, QA manager…"))
        self.finish_layout()
        self.limit_lengths(None)
        if contact:
            self.set_values(contact)

    def store(self, values: dict) -> dict:
        if self.contact:
            return clients.update_contact(self.contact["id"], **values)
        self.contact = clients.add_contact(self.client_id, **values)
        return self.contact  # a retry after a later failure edits, not duplicates


# -- the dialog ----------------------------------------------------------------------------
def fit_headers(table: RecordTable) -> None:
    """Every column at least as wide as its header (translated headers are longer)."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, max(header.sectionSize(column),
                                         header.sectionSizeHint(column)))


def button(text: str, slot: Callable, tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAutoDefault(False)  # Enter in a list clicks nothing
    widget.clicked.connect(lambda: slot())
    if tip:
        widget.setToolTip(tip)
    return widget


def button_row(*widgets: QWidget, trailing: QWidget | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    return row


class ClientReportsDialog(QDialog):
    """Report versions, action items and contacts of one client, and its report settings.
    Non-modal: opened with `show()` next to the Clients page.

    Signals: `changed()` after anything was saved (My work's due reports may change)."""

    changed = Signal()

    def __init__(self, client_id: int, client_name: str, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.client_name = client_name
        self.setWindowTitle(tr_client_reports_dialog.tr("Client reports of {client}").format(
            client=client_name))
        fit_to_screen(self, 1240, 560)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("message")
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reports_tab(), tr_client_reports_dialog.tr("Reports"))
        self.tabs.addTab(self._items_tab(), tr_client_reports_dialog.tr("Action items"))
        self.tabs.addTab(self._contacts_tab(), tr_client_reports_dialog.tr("Contacts"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._settings_row())
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.keeper = users.current()["role"] in KEEPERS
        if not self.keeper:
            self._read_only()
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _read_only(self) -> None:
        """The lists without what changes them (double-click edits nothing either)."""
        for widget in (self.save_settings_button, self.prepare_button, self.sent_button,
                       self.acknowledged_button, self.reply_button, self.close_item_button,
                       self.drop_item_button, self.edit_item_button, self.add_contact_button,
                       self.edit_contact_button, self.remove_contact_button):
            widget.hide()
        for widget in (self.cadence, self.due_days, self.ack_days):
            widget.setEnabled(False)

    def _settings_row(self) -> QHBoxLayout:
        self.cadence = ChoiceWords(REPORT_CADENCE_CHOICES)
        self.cadence.setObjectName("report_cadence")
        self.due_days = QSpinBox(minimum=0, maximum=365)
        self.due_days.setObjectName("report_due_days")
        self.due_days.setToolTip(tr_client_reports_dialog.tr(
            "A report is due this many days after its period ends"))
        self.ack_days = QSpinBox(minimum=0, maximum=365)
        self.ack_days.setObjectName("acknowledge_due_days")
        self.ack_days.setToolTip(tr_client_reports_dialog.tr(
            "A sent report not acknowledged this many days later shows on My work"))
        self.save_settings_button = button(tr_client_reports_dialog.tr("Save settings"),
                                           self.save_settings)
        row = QHBoxLayout()
        for text, widget in (
                (tr_client_reports_dialog.tr("Report:"), self.cadence),
                (tr_client_reports_dialog.tr("due after"), self.due_days),
                (tr_client_reports_dialog.tr("days; flag unacknowledged after"), self.ack_days),
                (tr_client_reports_dialog.tr("days"), None)):
            row.addWidget(QLabel(text))
            if widget is not None:
                row.addWidget(widget)
        row.addWidget(self.save_settings_button)
        row.addStretch(1)
        return row

    def _reports_tab(self) -> QWidget:
        self.versions = RecordTable([
            Column("period", tr_client_reports_dialog.tr("Period"), width=170, text=period_text),
            Column("version", tr_client_reports_dialog.tr("Version"), numeric=True, width=60),
            Column("status", tr_client_reports_dialog.tr("Status"), width=95,
                   text=lambda r: word(r["status"])),
            Column("replies", tr_client_reports_dialog.tr("Replies"), numeric=True, width=60),
            Column("prepared_at", tr_client_reports_dialog.tr("Prepared"), width=85,
                   text=lambda r: day_text(r["prepared_at"])),
            Column("prepared_by", tr_client_reports_dialog.tr("Prepared by"), width=110),
            Column("sent_at", tr_client_reports_dialog.tr("Sent"), width=85,
                   text=lambda r: day_text(r["sent_at"])),
            Column("sent_via", tr_client_reports_dialog.tr("Via"), width=60,
                   text=lambda r: word(r["sent_via"])),
            Column("recipients", tr_client_reports_dialog.tr("Sent to"), width=140,
                   text=lambda r: ", ".join(r["recipients"])),
            Column("acknowledged_at", tr_client_reports_dialog.tr("Acknowledged"), width=105,
                   text=lambda r: day_text(r["acknowledged_at"])),
            Column("acknowledged_by_name", tr_client_reports_dialog.tr("Acknowledged by"),
                   width=115)])
        self.versions.setObjectName("report_versions")
        fit_headers(self.versions)
        self.versions.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_report_actions())
        self.versions_empty = QLabel(tr_client_reports_dialog.tr(
            "No report of this client is registered yet. Each client report exported (Reports "
            "page, or the command line) is registered here as a version of its period."),
            wordWrap=True)
        self.versions_empty.setObjectName("hint")
        self.versions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prepare_button = button(
            tr_client_reports_dialog.tr("Prepare report…"), self.prepare_report,
            tr_client_reports_dialog.tr("The period's narrative and action plan, then the "
                                        "report exported as its next version"))
        self.sent_button = button(tr_client_reports_dialog.tr("Mark sent…"), self.mark_sent)
        self.acknowledged_button = button(tr_client_reports_dialog.tr("Mark acknowledged…"),
                                          self.mark_acknowledged)
        self.reply_button = button(
            tr_client_reports_dialog.tr("Log reply…"), self.log_reply,
            tr_client_reports_dialog.tr("The client's reply, as client feedback about a staff "
                                        "member, linked to this version"))
        self.open_file_button = button(tr_client_reports_dialog.tr("Open file"), self.open_file)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.prepare_button, self.sent_button,
                                    self.acknowledged_button, self.reply_button,
                                    self.open_file_button))
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.versions_empty, 1)
        return page

    def _items_tab(self) -> QWidget:
        self.items = RecordTable([
            Column("text", tr_client_reports_dialog.tr("Action"), width=360),
            Column("owner", tr_client_reports_dialog.tr("Owner"), width=130),
            Column("due_date", tr_client_reports_dialog.tr("Due"), width=90,
                   color=lambda r: danger_color() if overdue(r) else None),
            Column("status", tr_client_reports_dialog.tr("Status"), width=80,
                   text=lambda r: word(r["status"])),
            Column("period", tr_client_reports_dialog.tr("Raised in"), width=170,
                   text=period_text),
            Column("closed_on", tr_client_reports_dialog.tr("Closed on"), width=90)])
        self.items.setObjectName("action_items")
        fit_headers(self.items)
        self.items.record_activated.connect(lambda _row: self.edit_item())
        self.items.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_item_actions())
        self.items_empty = QLabel(wordWrap=True)
        self.items_empty.setObjectName("hint")
        self.items_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_item_button = button(tr_client_reports_dialog.tr("Close item"),
                                        lambda: self.set_item_status("done"),
                                        tr_client_reports_dialog.tr("Done today"))
        self.drop_item_button = button(
            tr_client_reports_dialog.tr("Drop item"), lambda: self.set_item_status("dropped"),
            tr_client_reports_dialog.tr("No longer to be done, as of today"))
        self.edit_item_button = button(tr_client_reports_dialog.tr("Edit…"), self.edit_item)
        self.show_closed = QCheckBox(tr_client_reports_dialog.tr("Show closed"))
        self.show_closed.toggled.connect(lambda _on: self.load_items())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.close_item_button, self.drop_item_button,
                                    self.edit_item_button, trailing=self.show_closed))
        layout.addWidget(self.items, 1)
        layout.addWidget(self.items_empty, 1)
        return page

    def _contacts_tab(self) -> QWidget:
        self.contacts = RecordTable([
            Column("name", tr_client_reports_dialog.tr("Name"), width=200),
            Column("email", tr_client_reports_dialog.tr("Email"), width=260),
            Column("role", tr_client_reports_dialog.tr("Role"), width=200),
            Column("active", tr_client_reports_dialog.tr("Removed"), width=80,
                   text=lambda r: "" if r["active"]
                   else tr_client_reports_dialog.tr("Removed"))])
        self.contacts.setObjectName("contacts")
        fit_headers(self.contacts)
        self.contacts.record_activated.connect(lambda _row: self.edit_contact())
        self.contacts.selectionModel().currentRowChanged.connect(
            lambda *_: self.update_contact_actions())
        self.add_contact_button = button(tr_client_reports_dialog.tr("Add…"), self.add_contact)
        self.edit_contact_button = button(tr_client_reports_dialog.tr("Edit…"),
                                          self.edit_contact)
        self.remove_contact_button = button(tr_client_reports_dialog.tr("Remove"),
                                            self.remove_or_restore_contact)
        self.show_removed = QCheckBox(tr_client_reports_dialog.tr("Show removed"))
        self.show_removed.toggled.connect(lambda _on: self.load_contacts())
        hint = QLabel(tr_client_reports_dialog.tr(
            "The people at the client who receive and acknowledge reports. A removed contact "
            "stays on the versions sent to them."), wordWrap=True)
        hint.setObjectName("hint")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.add_contact_button, self.edit_contact_button,
                                    self.remove_contact_button, trailing=self.show_removed))
        layout.addWidget(self.contacts, 1)
        layout.addWidget(hint)
        return page

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        client = clients.get(self.client_id)
        self.cadence.set_value(client["report_cadence"])
        self.due_days.setValue(client["report_due_days"])
        self.ack_days.setValue(client["acknowledge_due_days"])
        self.load_versions()
        self.load_items()
        self.load_contacts()

    @staticmethod
    def _select(table: RecordTable, record_id: int | None) -> None:
        shown = table.rows()
        if shown:
            table.selectRow(next((n for n, r in enumerate(shown) if r["id"] == record_id), 0))

    def load_versions(self, select_id: int | None = None) -> None:
        rows = client_reports.versions(self.client_id)
        self.versions.set_rows(rows)
        self.versions.setVisible(bool(rows))
        self.versions_empty.setVisible(not rows)
        self._select(self.versions, select_id)
        self.update_report_actions()

    def load_items(self, select_id: int | None = None) -> None:
        """Every action item of the client's reviews (open ones only unless Show closed)."""
        rows = client_reports.action_plan(self.client_id, dt.date.min, dt.date.max)
        if not self.show_closed.isChecked():
            rows = [r for r in rows if r["status"] == "open"]
        self.items.set_rows(rows)
        self.items.setVisible(bool(rows))
        self.items_empty.setVisible(not rows)
        self.items_empty.setText(tr_client_reports_dialog.tr(
            "No open action items. Action items are raised in a period's review and carried "
            "forward until they are closed.") if not self.show_closed.isChecked()
            else tr_client_reports_dialog.tr("No action items raised for this client yet."))
        self._select(self.items, select_id)
        self.update_item_actions()

    def load_contacts(self, select_id: int | None = None) -> None:
        rows = clients.contacts(self.client_id, include_inactive=self.show_removed.isChecked())
        self.contacts.set_rows(rows)
        self.contacts.setColumnHidden(3, not self.show_removed.isChecked())  # "Removed"
        self._select(self.contacts, select_id)
        self.update_contact_actions()

    def update_report_actions(self) -> None:
        row = self.versions.current_record()
        for widget in (self.sent_button, self.reply_button):
            widget.setEnabled(row is not None)
        sent = row is not None and row["sent_at"] is not None
        self.acknowledged_button.setEnabled(sent)
        self.acknowledged_button.setToolTip(
            "" if sent or row is None
            else tr_client_reports_dialog.tr("Mark the version sent first"))
        path, tip = file_state(row) if row else (None, "")
        self.file_path = path
        self.open_file_button.setEnabled(path is not None)
        self.open_file_button.setToolTip(tip)

    def update_item_actions(self) -> None:
        row = self.items.current_record()
        is_open = row is not None and row["status"] == "open"
        self.close_item_button.setEnabled(is_open)
        self.drop_item_button.setEnabled(is_open)
        self.edit_item_button.setEnabled(row is not None)

    def update_contact_actions(self) -> None:
        row = self.contacts.current_record()
        self.edit_contact_button.setEnabled(row is not None)
        self.remove_contact_button.setEnabled(row is not None)
        self.remove_contact_button.setText(
            tr_client_reports_dialog.tr("Restore") if row and not row["active"]
            else tr_client_reports_dialog.tr("Remove"))

    # -- doing -------------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        mark_error(self.message, error)
        self.message.setVisible(bool(text))

    def attempt(self, func: Callable, *args, **kwargs):
        """Call a service; its error becomes the dialog's message (None returned)."""
        try:
            result = func(*args, **kwargs)
        except UserError as exc:
            self.show_message(message_of(exc))
            return None
        self.show_message("")
        return result

    def _form(self, form: FormDialog, reload: Callable[[dict], None]) -> FormDialog:
        def saved(record: dict) -> None:
            self.show_message("")
            reload(record)
            self.changed.emit()

        return form.open_over(self, saved)

    def _version(self) -> dict | None:
        return self.versions.current_record()

    def prepare_report(self) -> PrepareReportDialog:
        """The Prepare report dialog (imported when first used) over this one; the items it
        saves and the version it exports show here at once."""
        from ui.dialogs.prepare_report_dialog import PrepareReportDialog

        def saved() -> None:
            self.load_items()
            self.changed.emit()

        def exported(_path: str) -> None:
            self.load_versions()
            self.changed.emit()

        dialog = PrepareReportDialog(self.client_id).open_over(self, saved)
        dialog.exported.connect(exported)
        return dialog

    def mark_sent(self) -> MarkSentDialog | None:
        version = self._version()
        if version is None:
            return None
        return self._form(MarkSentDialog(version, clients.contacts(self.client_id)),
                          lambda row: self.load_versions(row["id"]))

    def mark_acknowledged(self) -> MarkAcknowledgedDialog | None:
        version = self._version()
        if version is None:
            return None
        return self._form(MarkAcknowledgedDialog(version, clients.contacts(self.client_id)),
                          lambda row: self.load_versions(row["id"]))

    def log_reply(self) -> LogReplyDialog | None:
        version = self._version()
        if version is None:
            return None
        return self._form(LogReplyDialog(version, clients.contacts(self.client_id)),
                          lambda _row: self.load_versions(version["id"]))

    def open_file(self) -> None:
        if self.file_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.file_path)))

    def set_item_status(self, status: str) -> None:
        item = self.items.current_record()
        if item is None:
            return
        if self.attempt(client_reports.update_action_item, item["id"], status=status):
            self.load_items(item["id"])
            self.changed.emit()

    def edit_item(self) -> ClientActionItemDialog | None:
        item = self.items.current_record()
        if item is None or not self.keeper:
            return None
        return self._form(ClientActionItemDialog(item), lambda row: self.load_items(row["id"]))

    def add_contact(self) -> ContactDialog:
        return self._form(ContactDialog(self.client_id),
                          lambda row: self.load_contacts(row["id"]))

    def edit_contact(self) -> ContactDialog | None:
        contact = self.contacts.current_record()
        if contact is None or not self.keeper:
            return None
        return self._form(ContactDialog(self.client_id, contact),
                          lambda row: self.load_contacts(row["id"]))

    def remove_or_restore_contact(self) -> None:
        """A removed contact is inactive, not deleted: the versions sent to them keep them."""
        contact = self.contacts.current_record()
        if contact is None:
            return
        if contact["active"] and not self.confirm(tr_client_reports_dialog.tr(
                "Remove {name} from the contacts of {client}?").format(
                    name=contact["name"], client=self.client_name)):
            return
        if self.attempt(clients.update_contact, contact["id"], active=not contact["active"]):
            self.load_contacts(contact["id"])
            self.changed.emit()

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), question)

    def save_settings(self) -> None:
        if self.attempt(client_reports.set_report_settings, self.client_id,
                        report_cadence=self.cadence.value(),
                        report_due_days=self.due_days.value(),
                        acknowledge_due_days=self.ack_days.value()):
            self.show_message(tr_client_reports_dialog.tr("Report settings saved."), error=False)
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        """Enter in a list edits its row (the view's `activated`) and clicks nothing else."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
