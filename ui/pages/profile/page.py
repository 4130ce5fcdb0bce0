"""One staff member's profile: a header (name, role, client, mentor, status) and tabs from an
overview to the audit history. The header and overview come from `profile.summary()` (a few
indexed queries); the other tabs load when first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import NotFoundError
from mentorapp.services import profile
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.i18n import Context, label
from ui.models.table import show
from ui.pages.profile.career_tab import CareerTab
from ui.pages.profile.development_tab import DevelopmentTab
from ui.pages.profile.feedback_tab import FeedbackTab
from ui.pages.profile.history_tab import HistoryTab
from ui.pages.profile.kpi_tab import KpiTab
from ui.pages.profile.mentoring_tab import MentoringTab
from ui.pages.profile.overview_tab import OverviewTab
from ui.pages.profile.responsibilities_tab import ResponsibilitiesTab
from ui.pages.profile.tab import ProfileTab
from ui.widgets.forms import FormDialog

tr_profile_page = Context("tr_profile_page")


class StaffProfilePage(QWidget):
    """Signals: `records_changed()` after anything was saved from the profile."""

    records_changed = Signal()

    def __init__(self, staff_id: int, parent=None):
        super().__init__(parent)
        self.staff_id = staff_id
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)  # job · ID · team · site · hired: long in es/pt_BR
        self.placement = QLabel()
        self.placement.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.edit_button = QPushButton(tr_profile_page.tr("Edit profile…"))
        self.feedback_button = QPushButton(tr_profile_page.tr("Add feedback…"))
        self.edit_button.clicked.connect(self.edit_profile)
        self.feedback_button.clicked.connect(self.add_feedback)

        header = QGridLayout()
        header.addWidget(self.name, 0, 0)
        header.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignLeft)
        header.addWidget(self.subtitle, 1, 0, 1, 2)
        header.addWidget(self.placement, 2, 0, 1, 2)
        header.setColumnStretch(1, 1)
        header.addWidget(self.edit_button, 0, 2)
        header.addWidget(self.feedback_button, 1, 2)

        self.overview = OverviewTab(staff_id)
        self.tab_pages: list[ProfileTab] = [
            self.overview, CareerTab(staff_id), DevelopmentTab(staff_id),
            FeedbackTab(staff_id), KpiTab(staff_id), MentoringTab(staff_id),
            ResponsibilitiesTab(staff_id), HistoryTab(staff_id)]
        self.tabs = QTabWidget()
        for tab in self.tab_pages:
            self.tabs.addTab(tab, tab.shown_title())
            tab.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().ensure_loaded())
        self.missing = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.missing)
        self.refresh()

    def tab(self, title: str) -> ProfileTab:
        """The tab of an English title ("Career plan"), whatever the language shown."""
        return next(t for t in self.tab_pages if t.title == title)

    def refresh(self) -> None:
        """Read the summary again; the shown tab reloads now, the others when shown."""
        try:
            summary = profile.summary(self.staff_id)
        except NotFoundError as exc:
            self.tabs.hide()
            self.missing.setText(str(exc))
            return
        self._show_header(summary)
        self.overview.summary = summary
        for tab in self.tab_pages:
            tab.stale = True
        self.tabs.currentWidget().ensure_loaded()

    def _show_header(self, summary: dict) -> None:
        person = summary["staff"]
        self.name.setText(summary["name"])
        archived = " · " + tr_profile_page.tr("archived") if person["archived"] else ""
        self.status.setText(f"  {label(person['status'])}{archived}")
        team, hired = person["team"], person["hire_date"]
        details = [person["job_title"], person["employee_id"],
                   team and tr_profile_page.tr("team {team}").format(team=team), person["site"],
                   hired and tr_profile_page.tr("hired {date}").format(date=show(hired))]
        self.subtitle.setText(" · ".join(d for d in details if d))
        client, role = summary["current_client"], summary["role"]
        if client:
            since = show(summary["on_account_since"])
            where = (tr_profile_page.tr("On <b>{client}</b> as {role} since {date}") if role
                     else tr_profile_page.tr("On <b>{client}</b> since {date}")).format(
                client=client, role=role, date=since)
        else:
            where = tr_profile_page.tr("Not placed on a client account")
        mentor = tr_profile_page.tr("Mentor: <b>{name}</b>").format(name=summary["mentor"]) \
            if summary["mentor"] else tr_profile_page.tr("No mentor")
        self.placement.setText(f"{where} · {mentor}")

    def changed(self) -> None:
        self.refresh()
        self.records_changed.emit()

    def _open(self, dialog: FormDialog) -> FormDialog:
        return dialog.open_over(self, lambda _record: self.changed())

    def edit_profile(self) -> FormDialog:
        return self._open(StaffDialog(self.staff_id))

    def add_feedback(self) -> FormDialog:
        return self._open(FeedbackDialog(staff=self.staff_id))

    def new_record(self) -> FormDialog:
        """The main window's "New": feedback for this person."""
        return self.add_feedback()
