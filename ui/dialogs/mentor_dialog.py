"""Create or edit a mentor: a staff member or an external coach, capacity and expertise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from mentorapp.services import competencies, mentoring
from ui.dialogs.entity_dialog import EntityDialog
from ui.widgets.forms import Check, NumberLine, TextBox, TextLine
from ui.widgets.lookups import staff_picker


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
    noun = "mentor"
    service = mentoring.mentors

    def build(self) -> None:
        self.add_field("staff", "Staff member", staff_picker())
        self.add_field("external_name", "Or external coach", TextLine())
        self.add_field("external_organisation", "Organisation", TextLine())
        self.add_field("email", "Email", TextLine())
        self.add_field("capacity", "Capacity (mentees)", NumberLine())
        self.add_field("active", "", Check("Taking mentees"))
        self.add_field("expertise", "Expertise", CompetencyChecklist())
        self.add_field("bio", "About", TextBox())

    def load(self, record_id: int) -> dict:
        return {**mentoring.mentors.get(record_id),
                "expertise": mentoring.expertise_of(record_id)}

    def save(self, values: dict) -> dict:
        expertise = values.pop("expertise")
        record = super().save(values)
        mentoring.set_expertise(record["id"], expertise)
        return record
