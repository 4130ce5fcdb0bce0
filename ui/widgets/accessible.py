"""Accessible names for controls that have none (what a screen reader says when one gets the
focus), and Tab that moves between controls, never from cell to cell.

Qt names a button or a check box by its text, but a field only by a label that is its buddy,
a combo box by its current choice (a value, not a name), and a table or a scroll area not at
all. `name_controls()` gives each such control the name a sighted user reads beside it: its
form label, its placeholder ("Search staff…"), its tool tip, or the title of the group box,
tab or page it is in. A name set in code is never replaced.

Qt's tables move Tab from cell to cell: through a list of 50,000 staff, the keyboard never
reaches the controls after it. `tab_between_controls()` leaves the arrows to move in a table.

The main window calls both for each page it shows, and `FormDialog` when it opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def plain(text: str) -> str:
    """A label's words without its mnemonic ampersand and closing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def form_label(widget: QWidget) -> str:
    """The text of the label whose buddy is `widget`, or the box it is in (a form row made
    with `QFormLayout.addRow(text, box)`, the box holding the field and its error line)."""
    child = widget
    for _level in range(2):
        parent = child.parentWidget()
        if parent is None or child.isWindow():
            return ""
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is child and label.text():
                return plain(label.text())
        child = parent
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
    label = form_label(widget)
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


def name_controls(root: QWidget, title: str = "") -> None:
    """Name every control under `root` that takes the focus and has no accessible name;
    `title` (the page's) names a table that is in no titled section."""
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = name_for(widget, title)
        if name:
            widget.setAccessibleName(name)


def tab_between_controls(root: QWidget) -> None:
    """Tab leaves every table and list under `root` for the next control (arrows move in it)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
