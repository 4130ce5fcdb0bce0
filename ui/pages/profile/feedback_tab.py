"""The feedback tab: every feedback entry about this person, with its detail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
)
from mentorapp.services import (
    feedback,
    users,
)
from ui import theme
from ui.dialogs.feedback_dialog import AcknowledgeDialog, FeedbackDialog, acknowledgement_text
from ui.i18n import Context, label
from ui.models.table import Column, choice, show, visibility_text
from ui.pages.profile.tab import ProfileTab, escape, one_line, record_table

tr_feedback_tab = Context("tr_feedback_tab")


class FeedbackTab(ProfileTab):
    """Feedback filtered by source, kind and visibility; an incident shows its lesson."""

    title = QT_TRANSLATE_NOOP("tr_feedback_tab", "Feedback")
    translations = tr_feedback_tab

    def __init__(self, staff_id: int, parent=None):
        super().__init__(staff_id, parent)
        self.add = QPushButton(tr_feedback_tab.tr("Add feedback…"))
        self.add.clicked.connect(lambda: self.open_dialog(FeedbackDialog(staff=staff_id)))
        self.resolve = QPushButton(tr_feedback_tab.tr("Mark incident resolved"))
        self.resolve.clicked.connect(self.resolve_incident)
        # Only the person the feedback is about acknowledges it (on their own profile).
        self.is_me = users.current()["staff"] == staff_id
        self.acknowledge = QPushButton(tr_feedback_tab.tr("Acknowledge…"))
        self.acknowledge.setToolTip(
            tr_feedback_tab.tr("Say you have read this feedback, with an optional comment"))
        self.acknowledge.clicked.connect(self.open_acknowledge)
        self.acknowledge.setVisible(self.is_me)
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.add)
        bar.addWidget(self.resolve)
        bar.addWidget(self.acknowledge)
        for key, everything, codes in (
                ("source", tr_feedback_tab.tr("Any source"), FEEDBACK_SOURCE_CHOICES),
                ("kind", tr_feedback_tab.tr("Any kind"), FEEDBACK_KIND_CHOICES),
                ("visibility", tr_feedback_tab.tr("Any visibility"), VISIBILITY_CHOICES)):
            box = QComboBox()
            box.addItem(everything)  # no item data: currentData() is None
            box.setAccessibleName(everything)  # (Qt would name it by the choice made)
            for code in codes:
                box.addItem(label(code), code)
            box.currentIndexChanged.connect(lambda _i: self.load())
            self.filters[key] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.table = record_table([
            Column("date", tr_feedback_tab.tr("Date"), width=95),
            choice("source", tr_feedback_tab.tr("Source"), codes=FEEDBACK_SOURCE_CHOICES, width=95),
            choice("kind", tr_feedback_tab.tr("Kind"), codes=FEEDBACK_KIND_CHOICES, width=95),
            Column("rating", tr_feedback_tab.tr("Rating"), numeric=True, width=60),
            Column("client_name", tr_feedback_tab.tr("Client"), width=140),
            Column("author", tr_feedback_tab.tr("Author"), width=140),
            Column("visibility", tr_feedback_tab.tr("Visibility"), width=85, text=visibility_text),
            Column("comment", tr_feedback_tab.tr("Comment"), text=one_line("comment"), width=400)])
        self.table.record_activated.connect(
            lambda row: self.open_dialog(FeedbackDialog(row["id"])))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_box = QGroupBox(tr_feedback_tab.tr("Selected feedback"))
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
        self.detail.setText(tr_feedback_tab.tr("Select feedback to read it in full."))
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
        parts = [f"<b>{show(row['date'])} · {label(row['source'])} · "
                 f"{label(row['kind'])}</b>"]
        for key, title in (("strengths", tr_feedback_tab.tr("Strengths")),
                           ("improvements", tr_feedback_tab.tr("To improve")),
                           ("comment", tr_feedback_tab.tr("Comment"))):
            if row[key]:
                parts.append(f"<b>{title}:</b> {escape(row[key])}")
        if row["kind"] == "incident":
            for key, title in (("root_cause", tr_feedback_tab.tr("Root cause")),
                               ("lesson_learned", tr_feedback_tab.tr("Lesson learned")),
                               ("corrective_action", tr_feedback_tab.tr("Corrective action"))):
                parts.append(f"<b>{title}:</b> {escape(row[key]) or '—'}")
            follow = row["follow_up_date"]
            resolved = row["resolved_date"]
            if resolved:
                parts.append(tr_feedback_tab.tr("<b>Resolved on</b> {date}").format(
                    date=show(resolved)))
            elif follow:
                late = " <b style='color:{}'>{}</b>".format(
                    theme.danger_color().name(), tr_feedback_tab.tr("(overdue)")) \
                    if follow < dt.date.today() else ""
                parts.append(tr_feedback_tab.tr("<b>Follow up on</b> {date}").format(
                    date=show(follow)) + late)
        if row["source"] != "self":
            parts.append(escape(acknowledgement_text(row)) if row["acknowledged_at"]
                         else "<i>{}</i>".format(tr_feedback_tab.tr("Not acknowledged yet")))
        self.detail.setText("<br>".join(parts))  # untranslated: markup
