"""Edit > Role Ladders…: the roles by ladder, a role's form with its requirements, delete
(archive when another role steps up to it) and restore; the menu entry only for the roles
that keep the ladders."""

from __future__ import annotations

import pytest
from builders import a_client, a_program, click_save, offscreen_warnings, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QMessageBox

from mentorapp.services import competencies, readiness
from ui import i18n
from ui.dialogs.roles_dialog import RoleDialog, RolesDialog
from ui.main_window import MainWindow

pytestmark = offscreen_warnings


@pytest.fixture
def catalogue(ui_db):
    by_name = {c["name"]: c for c in competencies.active()}
    return {"acme": a_client("Acme"), "talk": by_name["Communication"],
            "quality": by_name["Quality"],
            "pci": a_program("PCI DSS", type="certification", validity_months=12),
            "course": a_program("Escalations")}


@pytest.fixture
def roles_dialog(qtbot, catalogue):
    dialog = RolesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def form_of(dialog: RolesDialog) -> RoleDialog:
    shown = [form for form in dialog.findChildren(RoleDialog) if form.isVisible()]
    assert len(shown) == 1  # a closed form is deleted later
    return shown[0]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_add_a_role_with_two_requirements_then_edit_and_delete_it(qtbot, roles_dialog,
                                                                  catalogue, monkeypatch):
    lead = readiness.create_role(name="Team lead", level=3)
    roles_dialog.load()
    assert roles_dialog.role_texts() == {
        "Company ladder": [["Team lead", "3", "", "", "Nothing more"]]}

    roles_dialog.new_role()
    form = form_of(roles_dialog)
    type_into(qtbot, form, name="Senior agent", level="2", min_tenure_months="12")
    choose(form.fields["next_role"], "Team lead (company, level 3)")
    editor = form.requirements
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    first, second = editor.rows
    assert first.minimum.isVisibleTo(form)  # a competency by default
    choose(first.item, "Communication")
    first.minimum.setValue(3.5)
    choose(second.kind, "Certification")
    assert not second.minimum.isVisibleTo(form)
    assert second.item.findText("Escalations") < 0  # a course is no certification
    choose(second.item, "PCI DSS")
    with qtbot.waitSignal(roles_dialog.roles_changed):
        click_save(qtbot, form)
    senior = readiness.find_role("Senior agent")
    saved = readiness.get_role(senior["id"])
    assert (saved["level"], saved["min_tenure_months"], saved["next_role"]) == (2, 12,
                                                                                lead["id"])
    assert [(r["kind"], r["name"], r["minimum"]) for r in saved["requirements"]] == [
        ("competency", "Communication", 3.5), ("certification", "PCI DSS", None)]
    assert roles_dialog.role_texts()["Company ladder"] == [
        ["Senior agent", "2", "Team lead", "12 months",
         "Communication 3.5+\nPCI DSS (certification)"],
        ["Team lead", "3", "", "", "Nothing more"]]
    assert roles_dialog.current_role()["id"] == senior["id"]  # the saved role stays chosen
    assert roles_dialog.message.text() == "New role saved"

    roles_dialog.edit_selected()
    form = form_of(roles_dialog)
    assert form.fields["name"].text() == "Senior agent"
    assert [r.item.currentText() for r in form.requirements.rows] == ["Communication",
                                                                      "PCI DSS"]
    type_into(qtbot, form, min_tenure_months="18")
    qtbot.mouseClick(form.requirements.rows[1].remove, Qt.MouseButton.LeftButton)
    choose(form.requirements.rows[0].kind, "Training")
    choose(form.requirements.rows[0].item, "Escalations")
    with qtbot.waitSignal(roles_dialog.roles_changed):
        click_save(qtbot, form)
    assert roles_dialog.role_texts()["Company ladder"][0] == [
        "Senior agent", "2", "Team lead", "18 months", "Escalations (training)"]

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(roles_dialog.roles_changed):
        roles_dialog.delete_or_restore()
    assert roles_dialog.message.text() == "Role 'Senior agent' deleted"
    assert [r["name"] for r in readiness.list_roles(everything=True,
                                                     include_archived=True)] == ["Team lead"]
    assert roles_dialog.role_texts() == {
        "Company ladder": [["Team lead", "3", "", "", "Nothing more"]]}


def test_a_duplicate_name_in_one_ladder_is_shown_under_the_name(qtbot, roles_dialog,
                                                                catalogue):
    readiness.create_role(name="Tier 2", client=catalogue["acme"]["id"], level=2)
    roles_dialog.load()
    roles_dialog.new_role()  # the selected role's ladder: Acme's
    form = form_of(roles_dialog)
    assert form.fields["client"].currentText() == "Acme account"
    type_into(qtbot, form, name=" tier 2")
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_text("name") == "'tier 2' is already a role of this client"
    assert len(readiness.list_roles(everything=True)) == 1
    choose(form.fields["client"], "Company ladder")  # the company's may have its own Tier 2
    with qtbot.waitSignal(roles_dialog.roles_changed):
        click_save(qtbot, form)
    assert list(roles_dialog.role_texts()) == ["Company ladder", "Acme account"]


def test_form_problems_are_shown_by_their_fields(qtbot, roles_dialog, catalogue):
    roles_dialog.new_role()
    form = form_of(roles_dialog)
    type_into(qtbot, form, name="Lead", level="30", min_tenure_months="-1")
    qtbot.mouseClick(form.requirements.add_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, form)
    assert form.isVisible()
    assert "20" in form.error_text("level")
    assert form.error_text("min_tenure_months")
    assert form.error_text("requirements") == ("Requirement 1: choose the competency of each "
                                               "requirement, or remove the row")
    type_into(qtbot, form, level="3", min_tenure_months="0")
    row = form.requirements.rows[0]
    choose(row.item, "Quality")
    qtbot.mouseClick(form.requirements.add_button, Qt.MouseButton.LeftButton)
    choose(form.requirements.rows[1].item, "Quality")
    click_save(qtbot, form)  # the service's check, under the requirements
    assert "listed twice" in form.error_text("requirements")
    assert readiness.list_roles(everything=True) == []


def test_a_role_another_steps_up_to_is_archived_then_restored(qtbot, roles_dialog,
                                                              monkeypatch):
    lead = readiness.create_role(name="Team lead", level=3)
    readiness.create_role(name="Agent", level=1, next_role=lead["id"])
    roles_dialog.load(lead["id"])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    roles_dialog.tree.setFocus()
    qtbot.keyClick(roles_dialog.tree, Qt.Key.Key_Delete)  # the keyboard deletes too
    assert "archived, not deleted: 'Agent' names it as the next role" in \
        roles_dialog.message.text()
    assert [r[0] for r in roles_dialog.role_texts()["Company ladder"]] == ["Agent"]
    roles_dialog.show_archived.setChecked(True)
    roles_dialog.load(lead["id"])
    assert [r[0] for r in roles_dialog.role_texts()["Company ladder"]] == [
        "Agent", "Team lead (archived)"]
    assert roles_dialog.delete_button.text() == "&Restore"
    assert not roles_dialog.edit_button.isEnabled()
    roles_dialog.delete_or_restore()
    assert readiness.get_role(lead["id"])["archived"] is False
    assert roles_dialog.delete_button.text() == "&Delete…"


def test_enter_on_a_role_opens_its_form_and_escape_closes_it(qtbot, roles_dialog):
    readiness.create_role(name="Agent", level=1)
    roles_dialog.load()
    roles_dialog.tree.setFocus()
    qtbot.keyClick(roles_dialog.tree, Qt.Key.Key_Return)
    form = form_of(roles_dialog)
    assert form.windowTitle() == "Edit role"
    assert form.fields["name"].text() == "Agent"
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not form.isVisible()


def test_empty_ladders_say_how_to_start(qtbot, roles_dialog):
    assert roles_dialog.empty.isVisibleTo(roles_dialog)
    assert not roles_dialog.tree.isVisibleTo(roles_dialog)
    assert not roles_dialog.edit_button.isEnabled()


@pytest.mark.parametrize(("role", "shown"), [("admin", True), ("hr", True),
                                             ("operations", True), ("mentor", False),
                                             ("agent", False), ("account_manager", False),
                                             ("qa", False)])
def test_the_menu_entry_is_for_those_who_keep_the_ladders(qtbot, ui_db, tmp_path, role, shown):
    window = MainWindow(str(tmp_path / "test.db"), start=False)
    qtbot.addWidget(window)
    window.set_user({"role": role, "shared": True, "display_name": "Someone"})
    assert window.roles_action.isVisible() is shown
    if shown:
        dialog = window.open_roles()
        assert isinstance(dialog, RolesDialog) and dialog.isVisible()
        dialog.close()


def test_tab_goes_through_the_requirements_then_to_save(qtbot, roles_dialog, catalogue):
    form = roles_dialog.new_role()
    editor = form.requirements
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    choose(editor.rows[1].kind, "Training")  # no minimum for a training: Tab skips it

    def tab_stops(start, count):
        """The focus chain from `start` as Tab walks it: shown, enabled widgets that take Tab
        (a spin box's inner editor is the spin box's own stop)."""
        stops, widget = [], start
        while len(stops) < count:
            widget = widget.nextInFocusChain()
            if widget.isVisibleTo(form) and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                    not isinstance(widget.parent(), QAbstractSpinBox):
                stops.append(widget)
        return stops

    first, second = editor.rows
    save, _cancel = form.buttons.buttons()
    assert tab_stops(form.fields["min_tenure_months"], 9) == [
        first.kind, first.item, first.minimum, first.remove, second.kind, second.item,
        second.remove, editor.add_button, save]


def test_the_ladders_in_spanish(qtbot, catalogue, in_language, monkeypatch):
    """Ladder titles, tenure plurals, requirement words and the locale's decimals; the form
    still chooses the kind and the next role by their data, not their (translated) words."""
    in_language("es")
    lead = readiness.create_role(name="Team lead", level=3)
    readiness.create_role(name="Tier 2", client=catalogue["acme"]["id"], level=2,
                          min_tenure_months=1)
    dialog = RolesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Rutas de carrera"
    assert dialog.tree.headerItem().text(3) == "Antigüedad"
    assert dialog.role_texts() == {
        "Ruta de la empresa": [["Team lead", "3", "", "", "Nada más"]],
        "Cuenta Acme": [["Tier 2", "2", "", "1 mes", "Nada más"]]}

    dialog.load(lead["id"])
    dialog.new_role()
    form = form_of(dialog)
    assert form.windowTitle() == "Nuevo cargo"
    assert form.fields["client"].currentText() == "Ruta de la empresa"
    type_into(qtbot, form, name="Senior agent", level="2", min_tenure_months="12")
    choose(form.fields["next_role"], "Team lead (empresa, nivel 3)")
    editor = form.requirements
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    first, second = editor.rows
    assert first.kind.currentText() == "Competencia"
    assert first.minimum.prefix() == "al menos "
    choose(first.item, "Communication")
    first.minimum.setValue(3.5)
    choose(second.kind, "Certificación")
    assert not second.minimum.isVisibleTo(form)  # the kind's code, not its word, decides
    click_save(qtbot, form)  # no certification chosen yet
    assert "Requisito 2: elija el programa de capacitación de cada requisito" in \
        form.error_text("requirements")
    choose(second.item, "PCI DSS")
    with qtbot.waitSignal(dialog.roles_changed):
        click_save(qtbot, form)
    saved = readiness.get_role(readiness.find_role("Senior agent")["id"])
    assert (saved["next_role"], [r["kind"] for r in saved["requirements"]]) == (
        lead["id"], ["competency", "certification"])
    assert dialog.message.text() == "Nuevo cargo guardado"
    assert dialog.role_texts()["Ruta de la empresa"][0] == [
        "Senior agent", "2", "Team lead", "12 meses",
        f"Communication {i18n.number(3.5, 1)}+\nPCI DSS (certificación)"]

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.load(lead["id"])
    dialog.delete_or_restore()  # Senior agent steps up to it: archived
    dialog.show_archived.setChecked(True)
    dialog.load(lead["id"])
    assert dialog.role_texts()["Ruta de la empresa"][-1][0] == "Team lead (archivado)"
    assert dialog.delete_button.text() == "&Restaurar"
    dialog.delete_or_restore()
    assert dialog.message.text() == "Cargo «Team lead» restaurado"


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_longer_words_fit_at_1024_by_700(qtbot, catalogue, in_language, language):
    """On a 1024 x 700 screen no button is narrower than its text and every column but the
    last (it stretches) is at least as wide as its title, in the list and in the form."""
    in_language(language)
    lead = readiness.create_role(name="Team lead", level=3)
    readiness.create_role(name="Senior agent", level=2, next_role=lead["id"],
                          min_tenure_months=12)
    dialog = RolesDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1000, 650)
    dialog.show()
    header = dialog.tree.header()
    cut = [dialog.tree.headerItem().text(n) for n in range(header.count() - 1)
           if header.sectionSize(n) < header.sectionSizeHint(n)]
    form = dialog.new_role()
    form.resize(1024 - 40, form.height())  # as wide as it gets on a 1024-pixel screen
    qtbot.mouseClick(form.requirements.add_button, Qt.MouseButton.LeftButton)
    assert form.minimumSizeHint().width() <= form.width()  # a requirement's row shows whole
    for widget in (dialog, form):
        cut += [b.text() for b in widget.findChildren(QAbstractButton)
                if b.isVisible() and b.width() < b.sizeHint().width()]
    assert cut == []


def test_the_next_role_list_opens_wide_enough_for_its_longest_role(qtbot, ui_db):
    """The box stays narrow for the form; its list shows every role whole."""
    from ui.dialogs.roles_dialog import NextRoleBox

    box = NextRoleBox()
    qtbot.addWidget(box)
    box.setMaximumWidth(280)
    box.offer([{"id": 7, "name": "Senior Customer Service Representative",
                "client_name": "ShopNest", "level": 2}], None)
    box.show()
    longest = box.view().fontMetrics().horizontalAdvance(box.itemText(1))
    assert box.width() < longest
    assert box.view().minimumWidth() >= longest
