"""Settings: company name, logo and theme (kept in the database, shared by every user of it),
and the database this computer opens and the language of its window (kept in QSettings, used
from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp import opening, paths
from mentorapp.errors import UserError, ValidationError
from mentorapp.services import settings, users
from ui import i18n, preferences
from ui.i18n import Context
from ui.theme import THEMES
from ui.widgets import file_dialogs
from ui.widgets.forms import ChoiceBox, FormDialog, TextLine
from ui.widgets.lookups import staff_label, staff_picker

tr_settings_dialog = Context("tr_settings_dialog")

THEME_WORDS = {"system": QT_TRANSLATE_NOOP("tr_settings_dialog", "Follow the system"),
               "light": QT_TRANSLATE_NOOP("tr_settings_dialog", "Light"),
               "dark": QT_TRANSLATE_NOOP("tr_settings_dialog", "Dark")}


class LanguageBox(QComboBox):
    """The window's language: the system's, or one of `i18n.LANGUAGES` (each named in its own
    words). `value()` is None for the system's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItem(tr_settings_dialog.tr("System default"), None)
        for code in i18n.LANGUAGES:
            self.addItem(i18n.LANGUAGE_NAMES[code], code)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value) -> None:
        self.setCurrentIndex(max(self.findData(value), 0) if value else 0)


class DatabaseField(QWidget):
    """A path or URL with a "Browse…" button for SQLite files, the note on the shared mode
    and the database in use now."""

    def __init__(self, current_database: str, parent=None):
        super().__init__(parent)
        self.line = TextLine()
        self.line.setPlaceholderText(str(paths.default_database_path()))
        self.browse_button = QPushButton(tr_settings_dialog.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.browse_button)
        note = QLabel(tr_settings_dialog.tr(
            "Leave empty for the default file. For the shared multi-user mode, enter a "
            "PostgreSQL URL such as <code>postgresql://user@server/mentorapp</code>: everyone "
            "who points MentorApp at the same database works on the same records. A change "
            "takes effect the next time MentorApp starts."), wordWrap=True)
        note.setObjectName("hint")
        in_use = QLabel(tr_settings_dialog.tr("In use now: {database}").format(
            database=current_database), wordWrap=True)
        in_use.setObjectName("hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(note)
        column.addWidget(in_use)

    def browse(self) -> None:
        path = file_dialogs.save_file_name(
            self, tr_settings_dialog.tr("Database file"),
            self.line.text() or str(paths.default_database_path()),
            tr_settings_dialog.tr("MentorApp database (*.db)") + ";;"
            + tr_settings_dialog.tr("All files (*)"), confirm_overwrite=False)
        if path:
            self.line.setText(path)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value) -> None:
        self.line.setText(value or "")


class LogoField(QWidget):
    """The company logo: a preview, "Choose logo…" and "Remove". `value()` is what Save does
    with it: None (keep the stored one), a file's path (store that file) or "" (remove).

    Signals: `changed()` when the logo Save would leave changes."""

    PREVIEW = QSize(240, 64)
    changed = Signal()

    def __init__(self, stored: bytes | None, parent=None):
        super().__init__(parent)
        self.pending: str | None = None
        self.stored = stored
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setMinimumHeight(self.PREVIEW.height())
        self.choose_button = QPushButton(tr_settings_dialog.tr("Choose logo…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(tr_settings_dialog.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.set_value(""))
        note = QLabel(tr_settings_dialog.tr(
            "PNG or JPEG, at most 1 MB: on the cover of client reports and their PDF."),
            wordWrap=True)
        note.setObjectName("hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(note)
        self.set_value(None)

    def choose(self) -> None:
        path = file_dialogs.open_file_name(
            self, tr_settings_dialog.tr("Company logo"), str(preferences.last_folder()),
            tr_settings_dialog.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            preferences.remember_folder(path)
            self.set_value(path)

    def value(self) -> str | None:
        return self.pending

    def set_value(self, value: str | None) -> None:
        """Show the logo Save will leave: the stored one (None), the file's, or none ("")."""
        self.pending = value
        image = QPixmap()
        if value:
            image.load(value)
        elif value is None and self.stored:
            image.loadFromData(self.stored)
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr_settings_dialog.tr("Not an image") if value else
                                 tr_settings_dialog.tr("No logo"))
        else:
            self.preview.setPixmap(image.scaled(
                self.PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(bool(value) or (value is None and bool(self.stored)))
        self.changed.emit()


class SettingsDialog(FormDialog):
    """Signals: `saved(dict)` (from FormDialog) with the stored values."""

    def __init__(self, current_database: str, parent=None):
        super().__init__(tr_settings_dialog.tr("Settings"), parent)
        self.setMinimumWidth(560)
        company = self.add_field(
            "company_name", tr_settings_dialog.tr("Company name"), TextLine())
        company.setToolTip(tr_settings_dialog.tr("Printed on client reports"))
        self.add_field("company_logo", tr_settings_dialog.tr("Company logo"),
                       LogoField(settings.logo()))
        theme = self.add_field(
            "theme", tr_settings_dialog.tr("Theme"), ChoiceBox(THEMES))
        for index in range(theme.count()):
            theme.setItemText(index, tr_settings_dialog.tr(THEME_WORDS[theme.itemData(index)]))
        language = self.add_field(
            "language", tr_settings_dialog.tr("Language"), LanguageBox())
        language.setToolTip(tr_settings_dialog.tr(
            "The language of this computer's window. A change takes effect the next time "
            "MentorApp starts."))
        self.language_note = QLabel(tr_settings_dialog.tr(
            "The new language is used the next time MentorApp starts."), wordWrap=True)
        self.language_note.setObjectName("hint")
        self.language_note.hide()
        self.form.addRow("", self.language_note)
        self.add_field("database", tr_settings_dialog.tr("Database"),
                       DatabaseField(current_database))
        # A SQLite file's one user says which staff record is them (My work shows their
        # people); in shared mode that is the signed-in user's own link, set on the Users page.
        self.chooses_me = not users.current()["shared"]
        if self.chooses_me:
            me = self.add_field(
                "me_staff_id", tr_settings_dialog.tr("I am"), staff_picker())
            me.setToolTip(tr_settings_dialog.tr(
                "Your own staff record: My work lists your mentees, their check-ins and your "
                "action items"))
        # Checked before anything is stored: the logo is stored first, in a step of its own.
        self.rules = {"company_name": settings.RULES["company_name"]}
        self.finish_layout()
        stored = settings.all_settings()
        self.set_values({"company_name": stored["company_name"], "theme": stored["theme"],
                         "database": preferences.database_location(),
                         "language": preferences.language()})
        if self.chooses_me and stored["me_staff_id"]:
            me_id = int(stored["me_staff_id"])
            self.fields["me_staff_id"].set_value(me_id, staff_label(me_id))
        self.database_changed = False
        self.language_changed = False
        language.currentIndexChanged.connect(lambda _i: self.language_note.setVisible(
            language.value() != preferences.language()))

    def save(self, values: dict) -> dict:
        if "://" in values["database"]:
            try:  # a malformed URL is reported now, not at the next start
                opening.check_target(values["database"])
            except UserError as exc:
                raise ValidationError("database", str(exc)) from None
        if values["company_logo"] is not None:
            settings.set_logo_file(values["company_logo"] or None)
        changes = {key: values[key] for key in ("company_name", "theme")}
        if self.chooses_me:
            changes["me_staff_id"] = str(values["me_staff_id"] or "")
        stored = settings.set_many(changes)
        self.database_changed = (values["database"] or None) != preferences.database_location()
        preferences.set_database_location(values["database"] or None)
        self.language_changed = values["language"] != preferences.language()
        preferences.set_language(values["language"])
        return {**stored, "database": values["database"] or None, "language": values["language"]}
