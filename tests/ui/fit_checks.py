"""Whether translated words fit: each function lists the texts under a widget that are shown
narrower than they need (a longer language cut to "Nuevo colabor"). The area tests pick the
checks that apply to them; `cut_texts` runs them all."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTreeView,
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


def cut_titles(view: QAbstractItemView) -> list[str]:
    """Column titles of a table or tree wider than the room their section leaves them (the
    header's margins and a sort arrow taken off, as the style draws it)."""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    if header.isHidden():
        return []
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, section)
        option.rect = QRect(0, 0, header.sectionSize(section), header.height())
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        if QFontMetricsF(header.font()).horizontalAdvance(option.text) > room.width():
            cut.append(option.text)
    return cut


def shown_indexes(view: QAbstractItemView):
    """The model indexes a view shows in its viewport (a tree's expanded rows included)."""
    model, area = view.model(), view.viewport().rect()
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            column = 0  # (a list widget's model keeps its columnCount private)
            while model.hasIndex(row, column, parent):
                index = model.index(row, column, parent)
                if view.visualRect(index).intersects(area):
                    yield index
                column += 1
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                parents.append(first)


def place_of(index) -> tuple:
    """Where a cell is: (row, column) from the top level down (a tree's rows nest)."""
    place = ()
    while index.isValid():
        place = (index.row(), index.column(), *place)
        index = index.parent()
    return place


def measured_cells(view: QAbstractItemView) -> dict[tuple, tuple[str, bool]]:
    """The view's shown cells with a text, by place: (text, whether it fits). It does not fit
    when wider than the room the style leaves beside an icon or check box and inside the
    delegate's margins (Qt elides it: "Autoevalua…"), or, in a view that wraps, when a word is
    wider than that or its lines are more than the row is tall, or when it runs past the
    viewport's edge with no scroll bar to reach it. Measured at the width the view gives the
    column now, whether or not people can widen it. Cells a delegate paints itself (a search
    result's rich text) are left out."""
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cells = {}
    for index in shown_indexes(view):
        delegate = view.itemDelegateForIndex(index)
        if not isinstance(delegate, QStyledItemDelegate) or \
                type(delegate).paint is not QStyledItemDelegate.paint:
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        delegate.initStyleOption(option, index)
        if not option.text:
            continue
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        if not view.horizontalScrollBar().isVisible():  # else it scrolls: `sideways_scrolls`
            room.setRight(min(room.right(), view.viewport().rect().right()))
        width, height, metrics = room.width() - 2 * margin, room.height(), option.fontMetrics
        # Qt elides a line whose laid-out width, in fractions of a pixel, passes the room
        advance = QFontMetricsF(option.font).horizontalAdvance
        if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                           Qt.TextFlag.TextWordWrap, option.text)
            fits = wrapped.height() <= height and \
                all(advance(word) <= width for word in option.text.split())
        else:
            lines = option.text.splitlines()  # a line separator starts a line too
            fits = all(advance(line) <= width for line in lines) and \
                len(lines) * metrics.lineSpacing() - metrics.leading() <= height
        cells[place_of(index)] = (option.text, fits)
    return cells


def cut_cells(view: QAbstractItemView) -> dict[tuple, str]:
    """The view's shown cells whose text does not fit (`measured_cells`), by place."""
    return {place: text for place, (text, fits) in measured_cells(view).items() if not fits}


def cells_under(root) -> dict[tuple, tuple[str, bool]]:
    """`measured_cells` of every shown table, tree and list under `root`, by view (its class
    and place among the others, the same in any language) and cell.

    Which cut cells are a fault is the caller's rule: a name or a comment longer than its
    column is the same text in English, or cut there too; what a translation made longer (a
    choice word, a kind, a phrase around a number) must fit (`test_every_page_in_spanish`)."""
    views = [view for view in root.findChildren(QAbstractItemView)
             if not isinstance(view, QHeaderView)]
    return {(f"{type(view).__name__} {number}", *place): measured
            for number, view in enumerate(views) if view.isVisible()
            for place, measured in measured_cells(view).items()}


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
    tabs, column titles of tables and trees, the entry a combo box shows and placeholders
    (cells, which hold data too: `cells_under`). (A filter box is
    sized by its first entry, not by 3,000 teams: `cut_choices` checks every entry where the
    entries are known words.)"""
    cut = [text for text in short_buttons(root) if text]  # (not an icon's button)
    cut += cut_labels(root) + cut_placeholders(root) + cut_tabs(root)
    cut += [box.currentText() for box in root.findChildren(QComboBox)
            if box.isVisible() and box.fontMetrics().horizontalAdvance(box.currentText())
            > choice_field(box).width()]
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and isinstance(view, (QTableView, QTreeView)):
            cut += cut_titles(view)
    return cut


def profile_at(qtbot, database: str, wait_for_tasks, staff_id: int, width: int, height=700):
    """A main window `width` x `height` on `database`, showing this person's profile."""
    from ui.main_window import MainWindow  # (the checks above need no window)

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    wait_for_tasks()
    profile = window.open_staff(staff_id)
    wait_for_tasks()
    return profile
