"""The staff list: 50,000 rows open at once (searched, filtered and sorted in the database)."""

from __future__ import annotations

from mentorapp.models import STAFF_STATUS_CHOICES
from mentorapp.services import staff
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.i18n import Context
from ui.models.table import Column, choice, last_first
from ui.pages.list_page import ListPage, ListWords, choice_options, client_options

tr_staff_page = Context("tr_staff_page")


class StaffPage(ListPage):
    """Signals: `staff_opened(int)` (double-click or "Open staff profile")."""

    paged = True
    default_sort = "name"
    staff_key = "id"
    reveal_key = "employee_id"
    offers_import = True

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_staff_page.tr("Staff"),
            new=tr_staff_page.tr("New staff member"),
            search=tr_staff_page.tr("Search staff…"),
            empty=tr_staff_page.tr("No staff yet. Import your roster from an Excel file, or add "
                                   "people one by one."),
            nothing_to_export=tr_staff_page.tr("No staff to export yet"),
            count=lambda n: tr_staff_page.tr("%Ln staff", None, n),
            archive=lambda n: tr_staff_page.tr("Archive %n staff?", None, n),
            restore=lambda n: tr_staff_page.tr("Restore %n staff?", None, n))

    def columns(self) -> list[Column]:
        # Who, where and with whom first: a 1024-pixel window shows name to status.
        return [Column("name", tr_staff_page.tr("Name"), "name", text=last_first(), width=170),
                Column("employee_id", tr_staff_page.tr("Employee ID"), "employee_id",
                       width=100),
                Column("client", tr_staff_page.tr("Client"), "client", width=130),
                Column("mentor", tr_staff_page.tr("Mentor"), width=150),
                choice("status", tr_staff_page.tr("Status"), "status",
                       codes=STAFF_STATUS_CHOICES, width=80),
                Column("job_title", tr_staff_page.tr("Job title"), "job_title", width=170),
                Column("team", tr_staff_page.tr("Team"), "team", width=160),
                Column("site", tr_staff_page.tr("Site"), "site", width=80),
                Column("role", tr_staff_page.tr("Role on account"), width=130),
                Column("hire_date", tr_staff_page.tr("Hire date"), "hire_date", width=90)]

    def build_filters(self) -> None:
        self.add_filter("client", tr_staff_page.tr("All clients"), client_options)
        self.add_filter("team", tr_staff_page.tr("All teams"),
                        lambda: [(t, t) for t in staff.teams()])
        self.add_filter("status", tr_staff_page.tr("Any status"),
                        choice_options(STAFF_STATUS_CHOICES))

    def extra_menu_actions(self, menu, rows: list[dict]) -> None:
        action = menu.addAction(tr_staff_page.tr("Add feedback…"),
                                lambda: self.add_feedback(rows[0]["id"]))
        action.setEnabled(len(rows) == 1)

    def add_feedback(self, staff_id: int) -> FeedbackDialog:
        dialog = FeedbackDialog(staff=staff_id)
        return dialog.open_over(self, lambda _record: self.saved_elsewhere(dialog))

    def list_rows(self, **query) -> list[dict]:
        return staff.list(**query)

    def count_rows(self, **query) -> int:
        return staff.count(**query)

    def archive_record(self, record_id: int, archived: bool) -> None:
        staff.entity.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> StaffDialog:
        client = self.filters["client"].currentData()
        return StaffDialog(record_id, client=client) if not record_id and client \
            else StaffDialog(record_id)
