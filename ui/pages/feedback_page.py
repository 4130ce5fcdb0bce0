"""The feedback list: a million rows searched, filtered and sorted in the database.

Its search box is the text index's (services.search): the feedback whose texts hold every word,
or about a person whose name or employee ID does, with the filters applied too. The rows stay in
the list's order (newest first, or the column clicked), so paging and sorting work as on every
list; Search Everything (Ctrl+K) ranks by relevance. The count stops at a thousand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    VISIBILITY_CHOICES,
)
from mentorapp.services import feedback, search
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.i18n import Context
from ui.models.table import Column, choice, last_first, visibility_text
from ui.pages.list_page import ListPage, ListWords, choice_options, client_options

tr_feedback_page = Context("tr_feedback_page")

PERIODS = [(QT_TRANSLATE_NOOP("tr_feedback_page", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("tr_feedback_page", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("tr_feedback_page", "Last 12 months"), 365)]


def period_options() -> list[tuple[str, int]]:
    return [(tr_feedback_page.tr(text), days) for text, days in PERIODS]


class FeedbackPage(ListPage):
    """Signals: `staff_opened(int)` ("Open staff profile" on a feedback row)."""

    paged = True
    default_sort = "date"
    default_descending = True
    staff_key = "staff"
    offers_import = True

    def list_words(self) -> ListWords:
        return ListWords(
            title=tr_feedback_page.tr("Feedback"),
            new=tr_feedback_page.tr("New feedback"),
            search=tr_feedback_page.tr("Search feedback texts, names and IDs…"),
            empty=tr_feedback_page.tr("No feedback yet. Record what clients, team leads and "
                                      "customers say about your staff, or import filled-in "
                                      "feedback forms."),
            nothing_to_export=tr_feedback_page.tr("No feedback entries to export yet"),
            count=lambda n: tr_feedback_page.tr("%Ln feedback entries", None, n),
            archive=lambda n: tr_feedback_page.tr("Archive %n feedback entries?", None, n),
            restore=lambda n: tr_feedback_page.tr("Restore %n feedback entries?", None, n))

    def columns(self) -> list[Column]:
        return [Column("date", tr_feedback_page.tr("Date"), "date", width=95),
                Column("name", tr_feedback_page.tr("Staff member"), "staff", text=last_first(),
                       width=170),
                Column("client_name", tr_feedback_page.tr("Client"), "client", width=140),
                choice("source", tr_feedback_page.tr("Source"), "source",
                       codes=FEEDBACK_SOURCE_CHOICES, width=95),
                choice("kind", tr_feedback_page.tr("Kind"), "kind",
                       codes=FEEDBACK_KIND_CHOICES, width=95),
                Column("rating", tr_feedback_page.tr("Rating"), "rating", numeric=True,
                       width=60),
                Column("comment", tr_feedback_page.tr("Comment"),
                       text=lambda r: " ".join((r["comment"] or "").split())[:200], width=380),
                Column("visibility", tr_feedback_page.tr("Visibility"), width=85,
                       text=visibility_text),
                Column("author", tr_feedback_page.tr("Author"), width=140),
                Column("employee_id", tr_feedback_page.tr("Employee ID"), width=100)]

    def build_filters(self) -> None:
        self.add_filter("client", tr_feedback_page.tr("All clients"), client_options)
        self.add_filter("source", tr_feedback_page.tr("Any source"),
                        choice_options(FEEDBACK_SOURCE_CHOICES))
        self.add_filter("kind", tr_feedback_page.tr("Any kind"),
                        choice_options(FEEDBACK_KIND_CHOICES))
        self.add_filter("visibility", tr_feedback_page.tr("Any visibility"),
                        choice_options(VISIBILITY_CHOICES))
        self.add_filter("period", tr_feedback_page.tr("Any time"), period_options)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search.setToolTip(tr_feedback_page.tr(
            "Every word must occur in the feedback's texts, or in the name or ID of the person "
            "it is about; end a word with * for words starting with it (refun*)"))

    def query(self) -> dict:
        query = super().query()
        query["text"] = query.pop("search")  # the text index, not a scan of every row
        days = query.pop("period", None)
        if days:
            query["date_from"] = dt.date.today() - dt.timedelta(days=days)
        return query

    def list_rows(self, **query) -> list[dict]:
        return feedback.list(**query)

    def count_rows(self, **query) -> int:
        if query.get("text"):
            return search.count_feedback(**query)
        return feedback.count(**query)

    def count_text(self, total: int) -> str:
        if self.model.query.get("text") and total > search.COUNT_LIMIT:
            return tr_feedback_page.tr("More than %Ln feedback entries", None,
                                       search.COUNT_LIMIT)
        return super().count_text(total)

    def archive_record(self, record_id: int, archived: bool) -> None:
        feedback.entity.set_archived(record_id, archived)

    def make_dialog(self, record_id: int | None) -> FeedbackDialog:
        client = self.filters["client"].currentData()
        return FeedbackDialog(record_id, **({"client": client} if client and not record_id
                                            else {}))

    def activate(self, index) -> None:
        """Double-click edits the feedback (the context menu opens the profile)."""
        self.open_dialog(self.model.record(index.row())["id"])
