"""Role ladders (issue 16), from the main window's Edit > Role Ladders…: `RolesDialog` lists
the roles by ladder (the company's, then each client account's) with their next role,
minimum tenure and requirements, and adds, edits and deletes them; `RoleDialog` is the form
of one role with its requirements (a competency at a minimum rating, a training to complete,
a certification to hold valid).

The service's field rules check each field as in every form; the ladder's rules (one role of
a name per ladder, a next role on the same account or the company ladder, no circle) and the
requirements' come back from `readiness.save_role` as a `ValidationError` shown under the
field it names. A role another role steps up to is archived rather than deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError
from mentorapp.models import REQUIREMENT_KIND_CHOICES
from mentorapp.services import clients, competencies, readiness, training
from ui import i18n
from ui.i18n import Context, label
from ui.widgets.forms import FormDialog, NumberLine, PickError, TextLine, ask_yes_no

tr_roles_dialog = Context("tr_roles_dialog")

# Who keeps the ladders: in shared mode the database lets only these roles write career_role
# and role_requirement (mentorapp.shared); the menu entry is hidden from the others.
KEEPERS = ("admin", "hr", "operations")
KIND_WORDS = {"competency": QT_TRANSLATE_NOOP("tr_roles_dialog", "Competency"),
              "training": QT_TRANSLATE_NOOP("tr_roles_dialog", "Training"),
              "certification": QT_TRANSLATE_NOOP("tr_roles_dialog", "Certification")}
KIND_TIPS = {"competency": QT_TRANSLATE_NOOP(
                 "tr_roles_dialog", "A competency rated at least this (recency-weighted average)"),
             "training": QT_TRANSLATE_NOOP("tr_roles_dialog", "A training program completed"),
             "certification": QT_TRANSLATE_NOOP("tr_roles_dialog",
                                                "A certification completed and not expired")}
ROLE_ID = Qt.ItemDataRole.UserRole


def can_keep_roles(role: str) -> bool:
    return role in KEEPERS


def requirement_text(req: dict) -> str:
    """"Communication 3.5+", "PCI DSS (certification)"."""
    if req["kind"] == "competency":
        minimum = float(req["minimum"])
        return tr_roles_dialog.tr("{name} {minimum}+").format(
            name=req["name"], minimum=i18n.number(minimum, 0 if minimum.is_integer() else 1))
    if req["kind"] == "certification":
        return tr_roles_dialog.tr("{name} (certification)").format(name=req["name"])
    return tr_roles_dialog.tr("{name} (training)").format(name=req["name"])


# -- the form of one role -----------------------------------------------------------------
class LadderBox(QComboBox):
    """The ladder a role is on: the company's (None) or a client account's (its id)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItem(tr_roles_dialog.tr("Company ladder"), None)
        for row in clients.list(limit=None):
            self.addItem(tr_roles_dialog.tr("{client} account").format(client=row["name"]),
                         row["id"])

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class NextRoleBox(QComboBox):
    """The next role: none (the top of the ladder), a role of the same account or the
    company's. `offer()` refills it for a ladder, keeping the choice when it is still on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.offer([], None)

    def offer(self, roles: list[dict], keep: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(tr_roles_dialog.tr("None: the top of the ladder"), None)
        for role in roles:
            owner = role["client_name"] or tr_roles_dialog.tr("company", "the company ladder")
            self.addItem(tr_roles_dialog.tr("{role} ({owner}, level {level})").format(
                role=role["name"], owner=owner, level=role["level"]), role["id"])
        self.blockSignals(False)
        self.set_value(keep)
        # The list opens as wide as its longest role, though the box is narrower (it cut
        # "Senior Customer Service Representative" in the middle).
        view = self.view()  # (its size hints are not ready before it first opens)
        longest = max(view.fontMetrics().horizontalAdvance(self.itemText(i))
                      for i in range(self.count()))
        view.setMinimumWidth(longest + 24  # an item's margins and the list's frame
                             + view.verticalScrollBar().sizeHint().width())

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class RequirementRow(QWidget):
    """One requirement: its kind, the competency or program, and a competency's minimum.

    Signals: `remove_requested()` from its Remove button."""

    remove_requested = Signal()

    def __init__(self, choices: dict[str, list[tuple[int, str]]], parent=None):
        super().__init__(parent)
        self.choices = choices
        self.kind = QComboBox()
        self.kind.setObjectName("requirement_kind")
        for code in REQUIREMENT_KIND_CHOICES:
            self.kind.addItem(tr_roles_dialog.tr(KIND_WORDS[code]) if code in KIND_WORDS
                              else label(code), code)
            self.kind.setItemData(self.kind.count() - 1,
                                  tr_roles_dialog.tr(KIND_TIPS[code]) if code in KIND_TIPS
                                  else "", Qt.ItemDataRole.ToolTipRole)
        self.kind.setAccessibleName(tr_roles_dialog.tr("Requirement type"))
        self.item = QComboBox()
        self.item.setObjectName("requirement_item")
        self.item.setAccessibleName(tr_roles_dialog.tr("Competency or program"))
        self.item.setMinimumContentsLength(14)
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.minimum = QDoubleSpinBox()
        self.minimum.setObjectName("requirement_minimum")
        self.minimum.setAccessibleName(tr_roles_dialog.tr("Minimum rating"))
        self.minimum.setRange(1, 5)
        self.minimum.setDecimals(1)
        self.minimum.setSingleStep(0.5)
        self.minimum.setValue(3.5)
        self.minimum.setPrefix(tr_roles_dialog.tr("at least "))
        self.remove = QToolButton()
        self.remove.setText(tr_roles_dialog.tr("Remove"))
        self.remove.setToolTip(tr_roles_dialog.tr("Remove this requirement"))
        self.remove.clicked.connect(self.remove_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.item, 1)
        row.addWidget(self.minimum)
        row.addWidget(self.remove)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self, keep: int | None = None) -> None:
        kind = self.kind.currentData()
        self.item.clear()
        self.item.addItem(tr_roles_dialog.tr("Choose a competency") if kind == "competency"
                          else tr_roles_dialog.tr("Choose a program"), None)
        for item_id, name in self.choices[kind]:
            self.item.addItem(name, item_id)
        if keep is not None and self.item.findData(keep) < 0:  # an archived one still asked
            self.item.addItem(self.choices["names"].get((kind, keep), f"#{keep}"), keep)
        self.item.setCurrentIndex(max(self.item.findData(keep), 0) if keep is not None else 0)
        self.minimum.setEnabled(kind == "competency")
        self.minimum.setVisible(kind == "competency")

    def value(self) -> dict:
        kind, chosen = self.kind.currentData(), self.item.currentData()
        if chosen is None:
            raise PickError(
                tr_roles_dialog.tr("choose the competency of each requirement, or remove the row")
                if kind == "competency" else tr_roles_dialog.tr(
                    "choose the training program of each requirement, or remove the row"))
        if kind == "competency":
            return {"kind": kind, "competency": chosen, "minimum": self.minimum.value()}
        return {"kind": kind, "program": chosen}

    def set_value(self, req: dict) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(req["kind"]), 0))
        self.kind.blockSignals(False)
        self._kind_changed(req["competency"] if req["kind"] == "competency"
                           else req["program"])
        if req["kind"] == "competency" and req.get("minimum") is not None:
            self.minimum.setValue(float(req["minimum"]))


class RequirementsEditor(QWidget):
    """A role's requirements, one row each, with Add requirement; a field of `RoleDialog`
    (`value()` is the list `readiness.save_role` takes).

    Signals: `rows_changed()` after a row was added or removed."""

    rows_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        programs = training.programs.list(limit=None)
        self.choices = {
            "competency": [(c["id"], c["name"]) for c in competencies.active()],
            "training": [(p["id"], p["name"]) for p in programs],
            "certification": [(p["id"], p["name"]) for p in programs
                              if p["type"] == "certification"],
            "names": {}}
        self.rows: list[RequirementRow] = []
        self.empty = QLabel(tr_roles_dialog.tr(
            "No requirements: anyone on the rung below qualifies once the minimum tenure is "
            "reached."), wordWrap=True)
        self.empty.setObjectName("hint")
        self.add_button = QPushButton(tr_roles_dialog.tr("Add requirement"))
        self.add_button.setObjectName("add_requirement")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().kind.setFocus())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        # The rows, then the hint or the Add button right under them, in one scrolled list.
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.addWidget(self.empty)
        self.list_layout.addLayout(buttons)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.list)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(150)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        # A scroll area asks for no width of its own: ask for a whole row's (and the bar's).
        sample = RequirementRow(self.choices)
        self.scroll.setMinimumWidth(sample.minimumSizeHint().width() + self.style().pixelMetric(
            self.style().PixelMetric.PM_ScrollBarExtent) + 8)
        sample.deleteLater()
        self._update_empty()

    def add_row(self, req: dict | None = None) -> RequirementRow:
        row = RequirementRow(self.choices)
        if req is not None:
            self.choices["names"][(req["kind"], req["competency"] or req["program"])] = \
                req["name"]
            row.set_value(req)
        row.remove_requested.connect(lambda row=row: self.remove_row(row))
        self.list_layout.insertWidget(len(self.rows), row)
        row.show()  # now, not when the layout gets round to it: it gets focus at once
        self.rows.append(row)
        self._update_empty()
        self.rows_changed.emit()
        return row

    def remove_row(self, row: RequirementRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.deleteLater()
        row.hide()
        if self.rows:  # keep the keyboard near: the next row, else the one before
            self.rows[min(index, len(self.rows) - 1)].kind.setFocus()
        else:
            self.add_button.setFocus()
        self._update_empty()
        self.rows_changed.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order: each row's, then Add requirement."""
        return [w for row in self.rows for w in (row.kind, row.item, row.minimum,
                                                   row.remove)] + [self.add_button]

    def value(self) -> list[dict]:
        found = []
        for number, row in enumerate(self.rows, 1):
            try:
                found.append(row.value())
            except PickError as exc:
                raise PickError(tr_roles_dialog.tr("requirement {number}: {problem}").format(
                    number=number, problem=exc)) from None
        return found

    def text(self) -> str:
        """What the rows hold, chosen or not (FormDialog compares it to see a change)."""
        return repr([(r.kind.currentData(), r.item.currentData(), r.minimum.value())
                     for r in self.rows])

    def set_value(self, requirements) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        for req in requirements or []:
            self.add_row(req)
        self._update_empty()


class RoleDialog(FormDialog):
    """New role when `role_id` is None (on the ladder of `client`, None: the company's),
    otherwise edit that role; its requirements are edited with it and saved at once."""

    def __init__(self, role_id: int | None = None, parent=None, *, client: int | None = None):
        super().__init__(tr_roles_dialog.tr("Edit role") if role_id
                         else tr_roles_dialog.tr("New role"), parent)
        self.role_id = role_id
        self.created = False
        self.rules = dict(readiness.roles.rules)
        self.add_field("name", tr_roles_dialog.tr("Name"), TextLine())
        self.fields["name"].setPlaceholderText(
            tr_roles_dialog.tr("Senior agent, Tier 2 Specialist, …"))
        self.add_field("client", tr_roles_dialog.tr("Ladder"), LadderBox())
        self.add_field("level", tr_roles_dialog.tr("Level"), NumberLine())
        self.fields["level"].setPlaceholderText(tr_roles_dialog.tr("1 for the first rung"))
        self.add_field("next_role", tr_roles_dialog.tr("Next role"), NextRoleBox())
        self.add_field("min_tenure_months", tr_roles_dialog.tr("Minimum tenure (months)"),
                       NumberLine())
        self.fields["min_tenure_months"].setPlaceholderText(
            tr_roles_dialog.tr("Months since the hire date"))
        for key in ("name", "client", "level", "next_role", "min_tenure_months"):
            self.fields[key].setMaximumWidth(280)  # the requirements' rows need the room
        right = self.add_column()
        right.setRowWrapPolicy(right.RowWrapPolicy.WrapAllRows)  # the label above: more room
        self.columns.setStretch(0, 0)  # the role's fields keep their width; the rest is the
        self.columns.setStretch(1, 1)  # requirements' (a row: kind, item, minimum, Remove)
        self.add_field("requirements", tr_roles_dialog.tr("Requirements"), RequirementsEditor(),
                       right)
        self.requirements = self.fields["requirements"]
        self.finish_layout()
        self.limit_lengths(readiness.roles.model)
        self.fields["client"].currentIndexChanged.connect(lambda _i: self._offer_next_roles())
        self.requirements.rows_changed.connect(self._chain_tabs)
        if role_id:
            self.record = readiness.get_role(role_id)
        else:
            self.record = {"name": "", "client": client, "level": 1, "next_role": None,
                           "min_tenure_months": 0, "requirements": []}
        self.fields["client"].set_value(self.record["client"])
        self._offer_next_roles()
        self.set_values(self.record)
        available = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(980, available.width() - 40) if available else 980,
                    min(380, available.height() - 60) if available else 380)

    def _offer_next_roles(self) -> None:
        """A next role is one of the same account's roles or the company's, not this one."""
        client = self.fields["client"].value()
        roles = [r for r in readiness.list_roles(client) if r["id"] != self.role_id]
        box = self.fields["next_role"]
        box.offer(roles, box.value() if box.count() > 1 else self.record.get("next_role"))

    def _chain_tabs(self) -> None:
        """Tab goes from the role's fields through the requirements' rows to Save and
        Cancel (rows made later would otherwise come after the buttons)."""
        chain = [self.fields["min_tenure_months"], *self.requirements.tab_chain(),
                 *self.buttons.buttons()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def saved_message(self) -> str:
        return (tr_roles_dialog.tr("New role saved") if self.created
                else tr_roles_dialog.tr("Changes to the role saved"))

    def save(self, values: dict) -> dict:
        requirements = values.pop("requirements")
        record = readiness.save_role(self.role_id, values, requirements)
        if self.role_id is None:
            self.created = True
            self.role_id = record["id"]  # a retry after a later failure edits, not duplicates
        return record


# -- the list of roles -------------------------------------------------------------------
class RolesDialog(QDialog):
    """Every ladder's roles, with Add role, Edit and Delete (Restore when archived shown).

    Signals: `roles_changed()` after a role was saved, deleted, archived or restored."""

    roles_changed = Signal()
    COLUMNS = (QT_TRANSLATE_NOOP("tr_roles_dialog", "Role"),
               QT_TRANSLATE_NOOP("tr_roles_dialog", "Level"),
               QT_TRANSLATE_NOOP("tr_roles_dialog", "Next role"),
               QT_TRANSLATE_NOOP("tr_roles_dialog", "Tenure"),
               QT_TRANSLATE_NOOP("tr_roles_dialog", "Requirements"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr_roles_dialog.tr("Role ladders"))
        intro = QLabel(tr_roles_dialog.tr(
            "The roles people grow into: the company ladder, and the roles a client account "
            "defines. Readiness on a profile's Career plan and a client's Bench strength "
            "measure people against them. Import many at once from Reports > Import (Role "
            "ladders)."), wordWrap=True)
        intro.setObjectName("hint")
        self.tree = QTreeWidget()
        self.tree.setObjectName("roles")
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([tr_roles_dialog.tr(title) for title in self.COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(False)  # a role's requirements one a line (rows grow to them)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(lambda item, _column: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self.update_actions())
        self.empty = QLabel(tr_roles_dialog.tr(
            "No roles yet. Add role… makes one; Reports > Import takes a whole ladder from a "
            "spreadsheet."), wordWrap=True)
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("roles_message")
        self.new_button = QPushButton(tr_roles_dialog.tr("&Add role…"))
        self.edit_button = QPushButton(tr_roles_dialog.tr("&Edit…"))
        self.delete_button = QPushButton(tr_roles_dialog.tr("&Delete…"))
        self.show_archived = QCheckBox(tr_roles_dialog.tr("Show a&rchived"))
        self.new_button.clicked.connect(self.new_role)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.show_archived.toggled.connect(lambda _on: self.load())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the list edits; it clicks nothing else
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.show_archived)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(close)
        available = self.screen().availableGeometry() if self.screen() else None
        width, height = 1100, 620
        if available is not None:  # a 1024 x 700 screen: nearly all of it
            width, height = min(width, available.width() - 24), min(height,
                                                                      available.height() - 48)
        self.resize(width, height)
        # Role and next role names whole (a 1,100-pixel dialog: 297 and 258), the rest for
        # the requirements; on a 1024-pixel screen each gives a little. A column is at least
        # as wide as its title ("Antigüedad", "Tempo de casa" are longer than "Tenure").
        for number, size in enumerate((int(width * 0.27), 45, int(width * 0.235), 80)):
            header.resizeSection(number, max(size, header.sectionSizeHint(number)))
        self.load()

    def keyPressEvent(self, event) -> None:
        """Enter edits the role in the list (the tree's `itemActivated`) and Delete deletes
        it; QDialog would click a default button on Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.tree.hasFocus():
            self.delete_or_restore()
            return
        super().keyPressEvent(event)

    # -- reading ---------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        rows = readiness.list_roles(everything=True,
                                    include_archived=self.show_archived.isChecked())
        self.rows = {row["id"]: row for row in rows}
        self.tree.clear()
        groups: dict[int | None, QTreeWidgetItem] = {}
        chosen = None
        for row in rows:  # company ladder first, then by client, each by level
            group = groups.get(row["client"])
            if group is None:
                title = (tr_roles_dialog.tr("{client} account").format(client=row["client_name"])
                         if row["client"] else tr_roles_dialog.tr("Company ladder"))
                group = groups[row["client"]] = QTreeWidgetItem(self.tree, [title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            name = (tr_roles_dialog.tr("{role} (archived)").format(role=row["name"])
                    if row["archived"] else row["name"])
            tenure = (tr_roles_dialog.tr("%n month(s)", None, row["min_tenure_months"])
                      if row["min_tenure_months"] else "")
            needs = "\n".join(requirement_text(r) for r in row["requirements"])
            item = QTreeWidgetItem(group, [name, str(row["level"]), row["next_role_name"],
                                           tenure, needs or tr_roles_dialog.tr("Nothing more")])
            item.setData(0, ROLE_ID, row["id"])
            item.setToolTip(0, name)  # whole, when a narrow screen cuts the column short
            item.setToolTip(2, row["next_role_name"])
            for column in range(len(self.COLUMNS)):  # a role's line beside its first need
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | (
                    Qt.AlignmentFlag.AlignRight if column == 1 else Qt.AlignmentFlag.AlignLeft))
            if row["archived"]:
                item.setForeground(0, self.palette().placeholderText())
            if chosen is None or row["id"] == select_id:
                chosen = item
        self.tree.expandAll()
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.update_actions()

    def current_role(self) -> dict | None:
        item = self.tree.currentItem()
        role_id = item.data(0, ROLE_ID) if item is not None else None
        return self.rows.get(role_id) if role_id is not None else None

    def role_texts(self) -> dict[str, list[list[str]]]:
        """{ladder title: [each role's column texts]}, as shown (for tests and checks)."""
        found = {}
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            found[group.text(0)] = [[group.child(n).text(c) for c in range(len(self.COLUMNS))]
                                    for n in range(group.childCount())]
        return found

    def update_actions(self) -> None:
        role = self.current_role()
        self.edit_button.setEnabled(role is not None and not role["archived"])
        self.delete_button.setEnabled(role is not None)
        self.delete_button.setText(tr_roles_dialog.tr("&Restore") if role and role["archived"]
                                   else tr_roles_dialog.tr("&Delete…"))

    # -- writing ---------------------------------------------------------------------
    def _open(self, dialog: RoleDialog) -> RoleDialog:
        return dialog.open_over(self, lambda record: self._changed(
            record["id"], tr_roles_dialog.tr("Role saved") if not dialog.created
            else tr_roles_dialog.tr("New role saved")))

    def _changed(self, role_id: int | None, text: str) -> None:
        self.message.setText(text)
        self.load(role_id)
        self.roles_changed.emit()

    def new_role(self) -> RoleDialog:
        """A new role on the ladder of the role selected (the company's when none is)."""
        role = self.current_role()
        return self._open(RoleDialog(client=role["client"] if role else None))

    def edit_selected(self) -> RoleDialog | None:
        role = self.current_role()
        if role is None or role["archived"]:
            return None
        return self._open(RoleDialog(role["id"]))

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), question)

    def delete_or_restore(self) -> None:
        role = self.current_role()
        if role is None:
            return
        try:
            if role["archived"]:
                readiness.restore_role(role["id"])
                self._changed(role["id"], tr_roles_dialog.tr("Role '{role}' restored").format(
                    role=role["name"]))
                return
            if not self.confirm(tr_roles_dialog.tr(
                    "Delete the role '{role}' and its requirements? A role another role steps "
                    "up to is archived instead.").format(role=role["name"])):
                return
            done = readiness.delete_role(role["id"])
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._changed(role["id"] if done["archived"] else None, done["message"])
