"""Create or edit a mentor: a staff member or an external coach, capacity and expertise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from mentorapp.services import competencies, mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context
from ui.widgets.forms import Check, NumberLine, TextBox, TextLine
from ui.widgets.lookups import staff_picker

tr_mentor_dialog = Context("tr_mentor_dialog")


class CompetencyChecklist(QListWidget):
    """Competencies to tick; `value()` is the ticked ids."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for competency in competencies.active():
            item = QListWidgetItem(competency["name"], self)
            item.setData(Qt.ItemDataRole.UserRole, competency["id"])
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(140)

    def value(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_value(self, ids) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in set(ids or ())
                               else Qt.CheckState.Unchecked)


class MentorDialog(EntityDialog):
    service = mentoring.mentors

    def build(self) -> None:
        self.setWindowTitle(tr_mentor_dialog.tr("Edit mentor") if self.record_id
                            else tr_mentor_dialog.tr("New mentor"))
        self.add_field("staff", tr_mentor_dialog.tr("Staff member"), staff_picker())
        self.add_field("external_name", tr_mentor_dialog.tr("Or external coach"), TextLine())
        self.add_field("external_organisation", tr_mentor_dialog.tr("Organisation"),
                       TextLine())
        self.add_field("email", tr_mentor_dialog.tr("Email"), TextLine())
        self.add_field("capacity", tr_mentor_dialog.tr("Capacity (mentees)"), NumberLine())
        self.add_field("active", "", Check(tr_mentor_dialog.tr("Taking mentees")))
        self.add_field("expertise", tr_mentor_dialog.tr("Expertise"), CompetencyChecklist())
        self.add_field("bio", tr_mentor_dialog.tr("About"), TextBox())

    def saved_message(self) -> str:
        return (tr_mentor_dialog.tr("New mentor saved") if self.created
                else tr_mentor_dialog.tr("Changes to the mentor saved"))

    def load(self, record_id: int) -> dict:
        return {**mentoring.mentors.get(record_id),
                "expertise": mentoring.expertise_of(record_id)}

    def save(self, values: dict) -> dict:
        expertise = values.pop("expertise")
        record = super().save(values)
        mentoring.set_expertise(record["id"], expertise)
        return record
