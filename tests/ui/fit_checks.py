"""Whether translated words fit: each function lists the texts under a widget that are shown
narrower than they need (a longer language cut to "Nuevo colabor"). The area tests pick the
checks that apply to them; `cut_texts` runs them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
)


def short_buttons(root, kinds=(QAbstractButton,)) -> list[str]:
    """Shown buttons (or check boxes) narrower than their size hint."""
    return [button.text() for kind in kinds for button in root.findChildren(kind)
            if button.isVisible() and button.width() < button.sizeHint().width()]


def choice_field(box: QComboBox):
    """The rectangle a combo box shows its entry in."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                      QStyle.SubControl.SC_ComboBoxEditField, box)


def cut_choices(box: QComboBox, first_only: bool = False) -> list[str]:
    """A combo box's entries (or only its first, the "All …" one) wider than its field."""
    field = choice_field(box)
    entries = [box.itemText(0)] if first_only else \
        [box.itemText(i) for i in range(box.count())]
    return [text for text in entries if box.fontMetrics().horizontalAdvance(text) > field.width()]


def cut_titles(view: QTableView) -> list[str]:
    """Column titles wider than their column (the header's margins included)."""
    header = view.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    titles = [view.model().headerData(i, Qt.Orientation.Horizontal)
              for i in range(header.count())]
    return [title for i, title in enumerate(titles) if not header.isSectionHidden(i)
            and header.fontMetrics().horizontalAdvance(str(title)) + 2 * margin
            > header.sectionSize(i)]


def cut_labels(root) -> list[str]:
    """Shown one-line labels narrower than their text."""
    return [label.text() for label in root.findChildren(QLabel)
            if label.isVisible() and label.text() and not label.wordWrap()
            and label.width() < label.sizeHint().width()]


def cut_placeholders(root) -> list[str]:
    return [line.placeholderText() for line in root.findChildren(QLineEdit)
            if line.isVisible() and line.fontMetrics().horizontalAdvance(line.placeholderText())
            > line.contentsRect().width() - 4]  # QLineEdit's own margin, 2 pixels a side


def cut_tabs(root) -> list[str]:
    """Tab titles elided or scrolled out of a shown tab bar."""
    return [bar.tabText(i) for bar in root.findChildren(QTabBar) if bar.isVisible()
            for i in range(bar.count()) if bar.isTabVisible(i)
            and bar.tabRect(i).width() < bar.tabSizeHint(i).width()]


def wide_tables(root) -> list[str]:
    """Tables whose columns are wider than their view (a sideways scroll)."""
    return [f"{header.length()} pixels of columns in {view.viewport().width()}"
            for view in root.findChildren(QTableView)
            if (header := view.horizontalHeader()).length() > view.viewport().width()]


def sideways_scrolls(root) -> list[str]:
    """The shown scroll areas (lists, tables, scrolled pages) with a horizontal scroll bar and
    the tab bars with scroll arrows, by class and place among the others (the same in any
    language)."""
    areas = [f"{type(area).__name__} {number}"
             for number, area in enumerate(root.findChildren(QAbstractScrollArea))
             if area.isVisible() and area.horizontalScrollBar().isVisible()]
    return areas + [f"QTabBar {number}" for number, bar in enumerate(root.findChildren(QTabBar))
                    if bar.isVisible() and bar.sizeHint().width() > bar.width()]


def cut_texts(root) -> list[str]:
    """Every text under `root` shown narrower than it needs: labels, buttons, check boxes,
    tabs, column titles, the entry a combo box shows and placeholders. (A filter box is
    sized by its first entry, not by 3,000 teams: `cut_choices` checks every entry where the
    entries are known words.)"""
    cut = [text for text in short_buttons(root) if text]  # (not an icon's button)
    cut += cut_labels(root) + cut_placeholders(root) + cut_tabs(root)
    cut += [box.currentText() for box in root.findChildren(QComboBox)
            if box.isVisible() and box.fontMetrics().horizontalAdvance(box.currentText())
            > choice_field(box).width()]
    for view in root.findChildren(QTableView):
        if view.isVisible():
            cut += cut_titles(view)
    return cut
