"""Accessible names for controls that have none (what a screen reader says when one gets the
focus), and Tab that moves between controls, never from cell to cell.

Qt names a button or a check box by its text, but a field only by a label that is its buddy,
a combo box by its current choice (a value, not a name), and a table or a scroll area not at
all. `name_controls()` gives each such control the name a sighted user reads beside it: its
form label or the label just before it, its placeholder ("Search staff…"), its tool tip, or
the title of the group box, tab, page or window it is in. A name set in code is kept.

Qt's tables move Tab from cell to cell: through a list of 50,000 staff, the keyboard never
reaches the controls after it; a text box types a tab. `tab_between_controls()` makes Tab
move on from both (arrows move in a table).

The main window calls both for each page it shows, and `FormDialog` when it opens; in
every other window `follow_focus()` does the same for each control as it gets the focus.

Qt's accessibility tree (what AT-SPI hands a screen reader on Linux) ignores a combo box's
name there: it gives the current choice as the name, so "Period" was heard as "Last 12
months". And a dashboard card that opens a list was a plain frame. `follow_focus()` also
installs `ComboBoxInterface` (the label as name, the choice as value) and
`ClickableInterface` (a button that says its figure) for them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAccessibleWidget,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import createdByPython

from ui.widgets.clickable import Clickable


def plain(text: str) -> str:
    """A label's words without its mnemonic ampersand and closing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def form_label(widget: QWidget) -> str:
    """The text of the label of `widget`'s form row: a label whose buddy it is, or its form
    layout's label; also for the box it is in (`FormDialog` puts a field and its error line
    in a box)."""
    child = widget
    for _level in range(2):
        parent = child.parentWidget()
        if parent is None or child.isWindow():
            return ""
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is child and label.text():
                return plain(label.text())
        for form in parent.findChildren(QFormLayout):
            label = form.labelForField(child)
            if isinstance(label, QLabel) and label.text():
                return plain(label.text())
        child = parent
    return ""


def label_before(widget: QWidget) -> str:
    """The text of a label just before `widget` in a row or column of widgets ("Report:"
    then its choice), or ""."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return ""
    for layout in parent.findChildren(QBoxLayout):
        index = layout.indexOf(widget)
        if index > 0:
            before = layout.itemAt(index - 1).widget()
            if isinstance(before, QLabel) and before.text():
                return plain(before.text())
    return ""


def section_title(widget: QWidget) -> str:
    """The title of the group box or the tab `widget` is in, or ""."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0:
                return plain(tabs.tabText(index))
        child, parent = parent, parent.parentWidget()
    return ""


def name_for(widget: QWidget, title: str = "") -> str:
    """The name `widget` should have when it has none of its own, or "" when Qt's will do."""
    if isinstance(widget, QAbstractButton) and widget.text():
        return ""
    label = form_label(widget) or label_before(widget)
    if label:
        return label
    placeholder = getattr(widget, "placeholderText", None)
    if placeholder is not None and placeholder():
        return plain(placeholder()).rstrip("…")
    if widget.toolTip():
        return widget.toolTip()
    if isinstance(widget, QAbstractScrollArea):  # tables, lists, scroll areas
        return section_title(widget) or title
    return ""


def name_control(widget: QWidget, title: str = "") -> None:
    """Give `widget` a name when it has none (see `name_for`)."""
    if not widget.accessibleName():
        name = name_for(widget, title)
        if name:
            widget.setAccessibleName(name)


def name_controls(root: QWidget, title: str = "") -> None:
    """Name every control under `root` that takes the focus and has no accessible name;
    `title` (the page's) names a table that is in no titled section."""
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            name_control(widget, title)


def tab_moves_on(widget: QWidget) -> None:
    """Tab leaves `widget` for the next control when it is a table or list (arrows move in
    it) or a text box (no one types a tab into a note)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)


def tab_between_controls(root: QWidget) -> None:
    """Tab moves on from every table, list and text box under `root` (`tab_moves_on`)."""
    for widget in root.findChildren(QWidget):
        tab_moves_on(widget)


def _focused(_old: QWidget | None, now: QWidget | None) -> None:
    if now is None or not createdByPython(now.window()) or isinstance(now.window(),
                                                                      QFileDialog):
        # Qt's own dialogs, made in C++ (a file dialog where the desktop has none) or by the
        # app (`file_dialogs`), name their fields by their labels. Looking around their
        # controls through PySide's short-lived wrappers left the focused field's wrapper
        # deleted.
        return
    name_control(now, plain(now.window().windowTitle()))
    tab_moves_on(now)


def follow_focus(app: QApplication) -> None:
    """For every window, also those that call neither of the above (a dialog, a message
    box): the control that gets the focus gets its name, before a screen reader hears of it,
    and Tab from a table goes on to the next control. Combo boxes and clickable cards get
    the interfaces below (`install_interfaces`)."""
    install_interfaces()
    if not app.property("follows_focus"):  # once, however often the app is made
        app.setProperty("follows_focus", True)
        app.focusChanged.connect(_focused)


class FocusScrollArea(QScrollArea):
    """A scroll area of a page's parts that is no Tab stop of its own (it shows no focus)
    and brings the control that gets the focus into view, however it came: Qt's does so only
    for Tab from one of its own controls, not from a tab bar or the sidebar before it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)
        QApplication.instance().focusChanged.connect(self._show_focus)

    def _show_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self.widget() is not None and self.widget().isAncestorOf(now):
            self.ensureWidgetVisible(now)


class ComboBoxInterface(QAccessibleWidget):
    """A combo box announced by its label, its choice as the value, like a field ("Period,
    combo box, Last 12 months"). Its children are Qt's own: the list it pops up and, when
    editable, its line edit."""

    def __init__(self, box: QComboBox):
        super().__init__(box, QAccessible.Role.ComboBox)

    def text(self, kind: QAccessible.Text) -> str:
        box = self.widget()
        if kind == QAccessible.Text.Value:
            return box.currentText()
        if kind == QAccessible.Text.Name:  # its name, else its buddy label's; else the choice
            return super().text(kind) or box.currentText()
        return super().text(kind)

    def _parts(self) -> list[QWidget]:
        box = self.widget()
        return [box.view()] + ([box.lineEdit()] if box.isEditable() else [])

    def childCount(self) -> int:
        return len(self._parts())

    def child(self, index: int) -> QAccessibleInterface | None:
        parts = self._parts()
        return QAccessible.queryAccessibleInterface(parts[index]) \
            if 0 <= index < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        parts = self._parts()
        return parts.index(child.object()) if child.object() in parts else -1

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.showMenuAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.showMenuAction():
            self.widget().showPopup()
        else:
            super().doAction(name)


class ClickableInterface(QAccessibleWidget):
    """A `Clickable` (a dashboard figure card, a chart's legend line) as the button it is:
    named by what it shows ("Open action items: 12"), its tool tip as the description, and
    pressed like a button."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Button)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        text = super().text(kind)
        if kind == QAccessible.Text.Name and not text and isinstance(widget, QLabel):
            return QTextDocumentFragment.fromHtml(widget.text()).toPlainText().strip()
        return text

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().on_click()
        else:
            super().doAction(name)


def _interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QComboBox):
        return ComboBoxInterface(obj)
    if isinstance(obj, Clickable) and obj.on_click:
        return ClickableInterface(obj)
    return None


_interfaces_installed = False


def install_interfaces() -> None:
    """Qt asks `_interface` first for every object a screen reader looks at (installed once:
    Qt keeps every factory it is given)."""
    global _interfaces_installed
    if not _interfaces_installed:
        QAccessible.installFactory(_interface)
        _interfaces_installed = True
