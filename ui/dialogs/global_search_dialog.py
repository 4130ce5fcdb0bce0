"""Search everything (Ctrl+K): people by name, employee ID or e-mail, then feedback, incidents,
session shared notes and career goals as you type, the best of each kind under its heading;
Enter opens the person or record chosen with Down and Up, Escape closes."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.services import search
from ui.i18n import Context, date_text
from ui.resources import icon
from ui.tasks import run_task

tr_global_search_dialog = Context("tr_global_search_dialog")

SEARCH_DELAY_MS = 250
PER_KIND = 8
KIND_HEADINGS = {search.PERSON: QT_TRANSLATE_NOOP("tr_global_search_dialog", "People"),
                 "feedback": QT_TRANSLATE_NOOP("tr_global_search_dialog", "Feedback"),
                 "incident": QT_TRANSLATE_NOOP("tr_global_search_dialog", "Incidents"),
                 "session": QT_TRANSLATE_NOOP("tr_global_search_dialog", "Session notes"),
                 "goal": QT_TRANSLATE_NOOP("tr_global_search_dialog", "Career goals")}
HINT = QT_TRANSLATE_NOOP(
    "tr_global_search_dialog",
    "Type words to find people by name or employee ID, and words in feedback, incidents, "
    "shared session notes and career goals. Every word must occur; end a word with * to find "
    "words starting with it (refun*).")
ResultRole = Qt.ItemDataRole.UserRole + 1
_MARKED = re.compile(re.escape(search.MARK[0]) + r"(.*?)" + re.escape(search.MARK[1]))


def result_html(result: dict, marked: QColor | None) -> str:
    """Two lines: person and date; then the snippet, its matched words in bold on `marked`
    (None: bold and underlined, for a selected row). A person found: name; then employee ID,
    job title and client."""
    if result["kind"] == search.PERSON:
        return (f"<b>{html.escape(result['staff_name'])}</b><br>"
                f"{html.escape(result['snippet'], quote=False)}")
    style = (f"background-color:{marked.name()};" if marked is not None
             else "text-decoration:underline;")
    snippet = _MARKED.sub(lambda m: f'<b style="{style}">{m.group(1)}</b>',
                          html.escape(result["snippet"], quote=False))
    day = date_text(result["date"]) if result["date"] else tr_global_search_dialog.tr("no date")
    return f"<b>{html.escape(result['staff_name'])}</b> · {day}<br>{snippet}"


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's two lines of rich text (the highlighted snippet) in its row; a
    heading row as the list draws it."""

    MARGIN = 6

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        marked = None
        if not selected:  # a tint of the selection colour, readable under the text colour
            marked = QColor(palette.color(QPalette.ColorRole.Highlight))
            marked.setAlpha(60)
            base = palette.color(QPalette.ColorRole.Base)
            marked = QColor.fromRgbF(
                *(b + (m - b) * marked.alphaF() for m, b in (
                    (marked.redF(), base.redF()), (marked.greenF(), base.greenF()),
                    (marked.blueF(), base.blueF()))))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(f"body {{ color: {text.name()}; }}")
        document.setHtml(f"<body>{result_html(index.data(ResultRole), marked)}</body>")
        document.setTextWidth(max(option.rect.width(), 200) - 2 * self.MARGIN)
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(ResultRole) is None:
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN / 2)
        document.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.data(ResultRole) is None:
            return super().sizeHint(option, index) + QSize(0, self.MARGIN)
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        if option.widget is not None:
            option.rect.setWidth(option.widget.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()) + 2 * self.MARGIN,
                     int(document.size().height()) + self.MARGIN)


class GlobalSearchDialog(QDialog):
    """Signals: `result_opened(dict)` with the search result chosen (kind, id, staff_id, ...);
    the dialog closes then."""

    result_opened = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr_global_search_dialog.tr("Search everything"))
        self.query = QLineEdit(placeholderText=tr_global_search_dialog.tr(
            "Search people, feedback, incidents, session notes and goals…"),
            clearButtonEnabled=True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.installEventFilter(self)
        self.status = QLabel(tr_global_search_dialog.tr(HINT), wordWrap=True)
        self.status.setObjectName("hint")
        self.results = QListWidget()
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.results.itemActivated.connect(self._open_item)  # double-click
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.resize(720, 520)
        self._searched = ""
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.query.setFocus()

    def run_search(self) -> None:
        """Search for the box's words in the background; an older search's answer is
        dropped when it arrives after a newer one started."""
        self._timer.stop()
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not re.search(r"[^\W_]", text):  # nothing to search for ("", "*", "?!")
            self.results.clear()
            self._searched = ""
            hint = tr_global_search_dialog.tr(HINT)
            self.status.setText(hint if not text else tr_global_search_dialog.tr(
                "“{text}” holds no word to search for. {hint}").format(text=text, hint=hint))
            return
        self.status.setText(tr_global_search_dialog.tr("Searching for “{text}”…").format(
            text=text))

        def show(results: list[dict]) -> None:
            if generation == self._generation:
                self.show_results(text, results)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.results.clear()
                self.status.setText(tr_global_search_dialog.tr("Could not search: {problem}")
                                    .format(problem=exc))

        run_task(search.search_by_kind, text, PER_KIND, on_done=show, on_error=failed,
                 owner=self)

    def show_results(self, text: str, by_kind: dict[str, list[dict]]) -> None:
        """Each kind found under its heading, best first."""
        self._searched = text
        self.results.clear()
        bold = self.results.font()
        bold.setBold(True)
        for kind, results in by_kind.items():
            if not results:
                continue
            kind_text = tr_global_search_dialog.tr(KIND_HEADINGS[kind])
            more = (tr_global_search_dialog.tr("{kind} (the first {count} by name)")
                    if kind == search.PERSON else
                    tr_global_search_dialog.tr("{kind} (the best {count})"))
            heading = QListWidgetItem(more.format(kind=kind_text, count=PER_KIND)
                                      if len(results) >= PER_KIND else kind_text)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never chosen
            self.results.addItem(heading)
            for result in results:
                item = QListWidgetItem()
                item.setData(ResultRole, result)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{kind_text}, {result['staff_name']}: {result['snippet']}")
                self.results.addItem(item)
        if not self.results.count():
            self.status.setText(tr_global_search_dialog.tr(
                "Nothing found for “{text}”. Try fewer words, another spelling, or the start of "
                "a word with * (refun*).").format(text=text))
            return
        self.results.setCurrentRow(1)  # the best of the first kind found
        found = sum(len(results) for results in by_kind.values())
        self.status.setText(tr_global_search_dialog.tr(
            "%n shown, the best of each kind first; the Feedback page's search lists every "
            "feedback entry found. Down and Up choose, Enter opens, Escape closes.", None, found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down and Up in the box move through the results (Page Down and Up by pages)."""
        if watched is self.query and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress and self.results.count()):
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                     Qt.Key.Key_PageUp: -8}
            if event.key() in steps:
                self._move(steps[event.key()])
                return True
        return super().eventFilter(watched, event)

    def _move(self, steps: int) -> None:
        """Move the current result `steps` results down (up when negative), over headings,
        stopping at the first and the last."""
        rows = [row for row in range(self.results.count())
                if self.results.item(row).data(ResultRole) is not None]
        place = rows.index(self.results.currentRow()) if self.results.currentRow() in rows else 0
        self.results.setCurrentRow(rows[max(0, min(place + steps, len(rows) - 1))])

    def open_current(self) -> None:
        """Enter: open the chosen result (a search typed in the last moment runs first)."""
        if self._timer.isActive() or self.query.text().strip() != self._searched:
            self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        result = item.data(ResultRole)
        if result is None:  # a heading
            return
        self.accept()
        self.result_opened.emit(result)
