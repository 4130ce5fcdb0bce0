"""A scorecard's sections and items: edit the draft, and publish it as the next version.
Evaluations keep the version they were scored on, so publishing never changes them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from mentorapp.errors import UserError, ValidationError, field_word
from mentorapp.services import quality
from ui.i18n import Context
from ui.widgets.forms import FormDialog, TextLine
from ui.widgets.lookups import client_label, client_picker
from ui.widgets.scorecard_items import ScorecardItems

tr_scorecard_dialog = Context("tr_scorecard_dialog")


def published_message(number: int) -> str:
    """What publishing says: the version now used, and the one older evaluations keep."""
    if number == 1:
        return tr_scorecard_dialog.tr("Version 1 published")
    return tr_scorecard_dialog.tr(
        "Version {number} published; older evaluations keep version {older}").format(
            number=number, older=number - 1)


class ScorecardDialog(FormDialog):
    """A new scorecard (name, client, items) or an existing one's items. Save keeps the
    items as the draft; Publish saves and makes the draft the next version."""

    def __init__(self, record_id: int | None = None, parent=None):
        super().__init__(tr_scorecard_dialog.tr("Edit scorecard") if record_id
                         else tr_scorecard_dialog.tr("New scorecard"), parent)
        self.record_id = record_id
        self.created = False
        self.published: int | None = None
        self.add_field("name", tr_scorecard_dialog.tr("Name"), TextLine())
        self.add_field("client", tr_scorecard_dialog.tr("Client (empty: every client)"),
                       client_picker())
        self.fields["name"].setMaxLength(200)
        self.status = QLabel(objectName="hint", wordWrap=True)
        self.form.addRow(self.status)
        self.items_editor = ScorecardItems()
        self.items_editor.setMinimumHeight(300)
        self.fields["items"] = self.items_editor
        self.items_error = QLabel(wordWrap=True)
        self.items_error.setProperty("role", "error")
        self.items_error.hide()
        self._errors["items"] = self.items_error
        self.body.addWidget(self.items_error)
        self.body.addWidget(self.items_editor, 1)
        self.publish_button = QPushButton(tr_scorecard_dialog.tr("Publish"))
        self.publish_button.setToolTip(tr_scorecard_dialog.tr(
            "Save and make these items the next version"))
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.clicked.connect(self.publish)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr_scorecard_dialog.tr("Save draft"))
        self.finish_layout()
        self.loaded_items: list[dict] = []
        if record_id:
            self.load()
        else:
            self.items_editor.add_item()
            self.status.setText(tr_scorecard_dialog.tr(
                "Add sections and items; save keeps a draft, Publish makes version 1."))
        self.setMinimumWidth(900)
        self.resize(980, 620)

    def load(self) -> None:
        card = quality.scorecard(self.record_id)
        self.fields["name"].set_value(card["name"])
        self.fields["client"].set_value(card["client"], client_label(card["client"]))
        for key in ("name", "client"):
            self.fields[key].setReadOnly(True)
        latest = card["versions"][-1]
        self.loaded_items = [{k: item[k] for k in quality.ITEM_RULES}
                             for item in quality.items(latest["id"])]
        self.items_editor.set_value(self.loaded_items)
        if card["draft"] is not None and card["published"] is not None:
            text = tr_scorecard_dialog.tr(
                "Editing the draft of version {draft} (version {published} is in use).")
        elif card["draft"] is not None:
            text = tr_scorecard_dialog.tr("Editing the draft of version 1 (not published yet).")
        else:
            text = tr_scorecard_dialog.tr(
                "Version {published} is in use; a change here becomes the draft of version "
                "{next}.")
        published = card["published"] or 0
        text = text.format(draft=card["draft"], published=published, next=published + 1)
        self.status.setText(text)

    def _items_changed(self, items: list[dict]) -> bool:
        def plain(rows):
            return [{**row, "weight": float(row["weight"]) if _number(row["weight"])
                     else row["weight"], "critical": row["critical"] or ""} for row in rows]
        return plain(items) != plain(self.loaded_items)

    def save(self, values: dict) -> dict:
        if not self.record_id:
            self._check(values["items"])  # no scorecard is made for items that are refused
            card = quality.create_scorecard(values["name"], values["client"])
            self.record_id, self.created = card["id"], True
            for key in ("name", "client"):
                self.fields[key].setReadOnly(True)
        if not self.created and not self._items_changed(values["items"]):
            return quality.scorecard(self.record_id)  # nothing changed: no new draft
        card = self._check(values["items"], lambda: quality.set_items(self.record_id,
                                                                      values["items"]))
        self.loaded_items = values["items"]
        return card

    def _check(self, items: list[dict], write=None):
        """`write()` (by default only the items' check); an item's error names its number
        under the table and selects its row."""
        try:
            return write() if write else quality.check_items(items)
        except ValidationError as exc:
            if exc.row is None:
                raise
            self.items_editor.select_row(exc.row - 1)
            what = field_word(exc.field) if exc.field else ""
            problem = f"{what} {exc.detail}".strip()
            raise ValidationError("items", tr_scorecard_dialog.tr(
                "item {number}: {problem}").format(number=exc.row, problem=problem)) from None

    def version_to_publish(self, items: list[dict]) -> int | None:
        """The number Publish would give (the draft's, or the next one for changed items),
        or None when there is nothing to publish (the service then says so)."""
        if not self.record_id:
            return 1
        card = quality.scorecard(self.record_id)
        if card["draft"] is not None:
            return card["draft"]
        return (card["published"] or 0) + 1 if self._items_changed(items) else None

    def confirm_publish(self, number: int) -> bool:
        """Publishing changes how every new evaluation (a whole client's) is scored: ask,
        No being the default."""
        answer = QMessageBox.question(
            self, tr_scorecard_dialog.tr("Publish scorecard"), tr_scorecard_dialog.tr(
                "Publish version {number} of {scorecard}? New evaluations will be scored "
                "with it; evaluations already made keep their version.").format(
                    number=number, scorecard=self.fields["name"].value().strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def publish(self) -> None:
        """After a confirmation, save the items, then publish the draft; the dialog closes
        saying which version is now used."""
        self.clear_errors()
        errors = self.field_errors()
        if errors:
            self.show_errors(errors)
            return
        try:
            values = self.values()
            self._check(values["items"])  # a wrong item is shown before any question
            number = self.version_to_publish(values["items"])
            if number is not None and not self.confirm_publish(number):
                return
            self.save(values)
            card = quality.publish(self.record_id)
        except UserError as exc:
            self.show_errors([exc])
            return
        self.published = card["published"]
        self.result_record = card
        self._initial = None
        self.saved.emit(card)
        self.done(QDialog.DialogCode.Accepted)

    def saved_message(self) -> str:
        if self.published is not None:
            return published_message(self.published)
        return (tr_scorecard_dialog.tr("New scorecard saved as a draft") if self.created
                else tr_scorecard_dialog.tr("Scorecard draft saved"))


def _number(text) -> bool:
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True
