"""The feedback list: a million rows searched, filtered and sorted in the database.

Its search box is the text index's (services.search): the feedback whose texts hold every word,
or about a person whose name or employee ID does, with the filters applied too. The rows stay in
the list's order (newest first, or the column clicked), so paging and sorting work as on every
list; Search Everything (Ctrl+K) ranks by relevance. The count stops at a thousand."""

from __future__ import annotations

import datetime as dt

from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    VISIBILITY_CHOICES,
)
from mentorapp.services import feedback, search
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.models.table import Column, choice, last_first, visibility_text
from ui.pages.list_page import ListPage, choice_options, client_options

PERIODS = [("Last 30 days", 30), ("Last 90 days", 90), ("Last 12 months", 365)]


class FeedbackPage(ListPage):
    """Signals: `staff_opened(int)` ("Open staff profile" on a feedback row)."""

    title = "Feedback"
    noun = "feedback"
    plural = "feedback entries"
    paged = True
    default_sort = "date"
    default_descending = True
    staff_key = "staff"
    empty_text = ("No feedback yet. Record what clients, team leads and customers say about "
                  "your staff, or import filled-in feedback forms.")
    offers_import = True

    def columns(self) -> list[Column]:
        return [Column("date", "Date", "date", width=95),
                Column("name", "Staff member", "staff", text=last_first(), width=170),
                Column("client_name", "Client", "client", width=140),
                choice("source", "Source", "source", width=95),
                choice("kind", "Kind", "kind", width=95),
                Column("rating", "Rating", "rating", numeric=True, width=60),
                Column("comment", "Comment", text=lambda r: " ".join((r["comment"] or "")
                                                                      .split())[:200],
                       width=380),
                Column("visibility", "Visibility", width=85, text=visibility_text),
                Column("author", "Author", width=140),
                Column("employee_id", "Employee ID", width=100)]

    def build_filters(self) -> None:
        self.add_filter("client", "All clients", client_options)
        self.add_filter("source", "Any source", choice_options(FEEDBACK_SOURCE_CHOICES))
        self.add_filter("kind", "Any kind", choice_options(FEEDBACK_KIND_CHOICES))
        self.add_filter("visibility", "Any visibility", choice_options(VISIBILITY_CHOICES))
        self.add_filter("period", "Any time", lambda: PERIODS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search.setPlaceholderText("Search feedback texts, names and IDs…")
        self.search.setToolTip("Every word must occur in the feedback's texts, or in the name "
                               "or ID of the person it is about; end a word with * for words "
                               "starting with it (refun*)")

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
            return f"More than {search.COUNT_LIMIT:,} {self.plural}"
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
