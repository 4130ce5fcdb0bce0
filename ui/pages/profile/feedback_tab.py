"""The feedback tab: every feedback entry about this person, with its detail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from mentorapp.models import (
    FEEDBACK_KIND_CHOICES,
    FEEDBACK_SOURCE_CHOICES,
    VISIBILITY_CHOICES,
    label,
)
from mentorapp.services import (
    feedback,
    users,
)
from ui.dialogs.feedback_dialog import AcknowledgeDialog, FeedbackDialog, acknowledgement_text
from ui.models.table import Column, choice, visibility_text
from ui.pages.profile.tab import ProfileTab, escape, one_line
from ui.widgets.record_table import RecordTable


class FeedbackTab(ProfileTab):
    """Feedback filtered by source, kind and visibility; an incident shows its lesson."""

    title = "Feedback"

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton("Add feedback…")
        self.add.clicked.connect(lambda: self.open_dialog(FeedbackDialog(staff=staff_id)))
        self.resolve = QPushButton("Mark incident resolved")
        self.resolve.clicked.connect(self.resolve_incident)
        # Only the person the feedback is about acknowledges it (on their own profile).
        self.is_me = users.current()["staff"] == staff_id
        self.acknowledge = QPushButton("Acknowledge…")
        self.acknowledge.setToolTip("Say you have read this feedback, with an optional comment")
        self.acknowledge.clicked.connect(self.open_acknowledge)
        self.acknowledge.setVisible(self.is_me)
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.add)
        bar.addWidget(self.resolve)
        bar.addWidget(self.acknowledge)
        for key, everything, codes in (("source", "Any source", FEEDBACK_SOURCE_CHOICES),
                                       ("kind", "Any kind", FEEDBACK_KIND_CHOICES),
                                       ("visibility", "Any visibility", VISIBILITY_CHOICES)):
            box = QComboBox()
            box.addItem(everything)  # no item data: currentData() is None
            for code in codes:
                box.addItem(label(code), code)
            box.currentIndexChanged.connect(lambda _i: self.load())
            self.filters[key] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.table = RecordTable([
            Column("date", "Date", width=95), choice("source", "Source", width=95),
            choice("kind", "Kind", width=95), Column("rating", "Rating", numeric=True, width=60),
            Column("client_name", "Client", width=140), Column("author", "Author", width=140),
            Column("visibility", "Visibility", width=85, text=visibility_text),
            Column("comment", "Comment", text=one_line("comment"), width=400)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(FeedbackDialog(row["id"])))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_box = QGroupBox("Selected feedback")
        QVBoxLayout(detail_box).addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def load(self) -> None:
        filters = {k: box.currentData() for k, box in self.filters.items()}
        self.table.set_rows(feedback.list(staff=self.staff_id, sort="date", descending=True,
                                          limit=None, **filters))
        self.detail.setText("Select feedback to read it in full.")
        self.resolve.setEnabled(False)
        self.acknowledge.setEnabled(False)

    def resolve_incident(self) -> None:
        row = self.table.current_record()
        if row and row["kind"] == "incident" and not row["resolved_date"]:
            feedback.resolve_incident(row["id"])
            self.changed.emit()

    def open_acknowledge(self):
        row = self.table.current_record()
        if row is not None:
            return self.open_dialog(AcknowledgeDialog(row["id"]))
        return None

    def show_detail(self) -> None:
        row = self.table.current_record()
        self.resolve.setEnabled(bool(row) and row["kind"] == "incident"
                                and not row["resolved_date"])
        self.acknowledge.setEnabled(self.is_me and bool(row) and row["source"] != "self"
                                    and row["acknowledged_at"] is None)
        if row is None:
            return
        parts = [f"<b>{row['date'].isoformat()} · {label(row['source'])} · "
                 f"{label(row['kind'])}</b>"]
        for key, title in (("strengths", "Strengths"), ("improvements", "To improve"),
                           ("comment", "Comment")):
            if row[key]:
                parts.append(f"<b>{title}:</b> {escape(row[key])}")
        if row["kind"] == "incident":
            for key, title in (("root_cause", "Root cause"),
                               ("lesson_learned", "Lesson learned"),
                               ("corrective_action", "Corrective action")):
                parts.append(f"<b>{title}:</b> {escape(row[key]) or '—'}")
            follow = row["follow_up_date"]
            resolved = row["resolved_date"]
            if resolved:
                parts.append(f"<b>Resolved on</b> {resolved.isoformat()}")
            elif follow:
                late = " <b style='color:#c62828'>(overdue)</b>" \
                    if follow < dt.date.today() else ""
                parts.append(f"<b>Follow up on</b> {follow.isoformat()}{late}")
        if row["source"] != "self":
            parts.append(escape(acknowledgement_text(row)) if row["acknowledged_at"]
                         else "<i>Not acknowledged yet</i>")
        self.detail.setText("<br>".join(parts))
