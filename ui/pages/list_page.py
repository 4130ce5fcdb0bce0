"""`ListPage`: the search box, filters, table, actions and context menu every list page shares.

A subclass names its service, columns, filters and form dialog. Big tables (`paged = True`)
search, filter and sort in the database and load rows a page at a time; small ones load
every row once and search and sort in a `RecordProxyModel`. What a list calls itself ("New
staff member", "3 mentorships") comes from its `list_words()`, whole phrases in its own module's
translations, so Spanish and Portuguese can agree in gender and number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError
from mentorapp.services import clients
from ui import preferences
from ui.dialogs.entity_dialog import EntityDialog
from ui.i18n import Context, label
from ui.models.table import (
    Column,
    IdRole,
    PagedTableModel,
    RecordProxyModel,
    RecordTableModel,
)
from ui.pages.loading import Reads
from ui.resources import icon
from ui.tasks import run_task
from ui.widgets import file_dialogs
from ui.widgets.forms import FormDialog, ask_yes_no
from ui.widgets.record_table import column_width

tr_list_page = Context("tr_list_page")

SEARCH_DELAY_MS = 150
REVEAL_ROWS = 5_000  # pages read to find a saved record in a big list before giving up
EXPORT_KEY = QKeySequence("Ctrl+E")  # the main window's Export; QLineEdit takes it on X11


def choice_options(codes) -> Callable[[], list[tuple[str, object]]]:
    """Filter entries for choice codes, shown as their words."""
    return lambda: [(label(code), code) for code in codes]


def client_options() -> list[tuple[str, int]]:
    """Client filter entries: every client not archived, by name."""
    return [(c["name"], c["id"]) for c in clients.list(limit=None)]


@dataclass(frozen=True)
class ListWords:
    """What a list calls itself, in the window's language (`ListPage.list_words()`). The
    counts are functions of the number: a plural message each (`%Ln` / `%n`)."""

    title: str  # the tab, message boxes and the export file: "Staff"
    new: str  # the New button: "New staff member"
    search: str  # the search box's placeholder: "Search staff…"
    empty: str  # no records at all, and what to do next: "No staff yet. Import…"
    nothing_to_export: str  # "No staff to export yet"
    count: Callable[[int], str]  # the count under the list: "1 staff member", "2 staff"
    archive: Callable[[int], str]  # "Archive staff member?", "Archive 2 staff?"
    restore: Callable[[int], str]  # "Restore staff member?", "Restore 2 staff?"


class ListPage(QWidget):
    """One entity's list with search, filters, new / edit / archive and export.

    Signals: `staff_opened(int)` when the user opens a staff member's profile;
    `records_changed()` after this page created, changed or archived records;
    `status_message(str)` for the status bar ("New client saved");
    `import_requested()` from the empty list's import button.
    """

    staff_opened = Signal(int)
    records_changed = Signal()
    status_message = Signal(str)
    import_requested = Signal()

    paged = False
    default_sort: str | None = None
    default_descending = False
    staff_key: str | None = None  # the row key holding a staff id, when rows are about staff
    # A saved record's field whose text, searched for, finds it (an employee ID): shown that
    # way when it is too far down a big list to reach.
    reveal_key: str | None = None
    offers_import = False  # the empty list offers to import records from Excel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters: dict[str, QComboBox] = {}
        self._options: dict[str, Callable[[], list[tuple[str, object]]]] = {}
        self.options_loading = False
        self.words = self.list_words()
        self.title = self.words.title
        self.search = QLineEdit(placeholderText=self.words.search, clearButtonEnabled=True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.installEventFilter(self)
        self.show_archived = QCheckBox(tr_list_page.tr("Show archived"))
        self.count_label = QLabel()
        # Search, "Show archived" and the count on one row, the filters on the next: both
        # fit the narrowest window (1024 pixels wide) without clipping anything.
        self.search_bar = QHBoxLayout()
        self.search_bar.addWidget(self.search, 1)
        self.search_bar.addWidget(self.show_archived)
        self.search_bar.addSpacing(12)
        self.search_bar.addWidget(self.count_label)
        self.filter_bar = QHBoxLayout()
        self.build_filters()
        self.filter_bar.addStretch(1)

        self.new_button = QPushButton(icon("new"), self.words.new)
        self.edit_button = QPushButton(icon("open"), tr_list_page.tr("Edit"))
        self.archive_button = QPushButton(tr_list_page.tr("Archive"))
        self.export_button = QPushButton(icon("export"), tr_list_page.tr("Export to Excel"))
        self.actions_bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            self.actions_bar.addWidget(button)
        self.build_actions()
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(self.export_button)

        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.installEventFilter(self)

        self.empty_panel = self._build_empty_panel()
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_panel)

        # A dashboard figure opened here: its filters apply until "Show all" (drill-down).
        self.drill: dict = {}
        self.drill_label = QLabel(wordWrap=True)
        self.drill_clear = QPushButton(tr_list_page.tr("Show all"))
        self.drill_clear.clicked.connect(lambda: self.clear_narrowing())
        self.drill_bar = QWidget()
        drill_row = QHBoxLayout(self.drill_bar)
        drill_row.setContentsMargins(0, 0, 0, 0)
        drill_row.addWidget(self.drill_label, 1)
        drill_row.addWidget(self.drill_clear)
        self.drill_bar.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self.search_bar)
        if self.filters:
            layout.addLayout(self.filter_bar)
        layout.addWidget(self.drill_bar)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.body, 1)
        self._reveal_id: int | None = None
        self._reveal_message = ""
        self._reveal_cleared = False
        self._reveal_text = ""  # the reveal_key's text of the record to reveal

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._search_entered)
        self._enter_pending = False  # Enter pressed while the search's results were loading
        self.show_archived.toggled.connect(lambda _on: self.refresh(reload_options=False))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_or_restore_selected)
        self.export_button.clicked.connect(self.export_view)
        self.view.activated.connect(self.activate)  # double-click or Enter
        self.view.customContextMenuRequested.connect(self.show_context_menu)
        archive = QAction(self.view, shortcut=QKeySequence.StandardKey.Delete)
        archive.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        archive.triggered.connect(self.archive_or_restore_selected)
        self.view.addAction(archive)

        self._set_up_model()
        self.load_filter_options()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self._update_empty)
        if self.paged:
            self.model.loaded.connect(self._reveal_step)
            self.model.rowsInserted.connect(lambda *_: self._reveal_step())
        self.update_actions()
        self._update_empty()

    def _build_empty_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("emptyList")
        self.empty_label = QLabel(self.words.empty)
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(icon("new"), self.words.new + "…")
        self.empty_new_button.clicked.connect(self.new_record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_new_button)
        self.empty_import_button = None
        if self.offers_import:
            self.empty_import_button = QPushButton(icon("import"),
                                                   tr_list_page.tr("Import from Excel…"))
            self.empty_import_button.clicked.connect(self.import_requested)
            buttons.addWidget(self.empty_import_button)
        buttons.addStretch(1)
        column = QVBoxLayout(panel)
        column.addStretch(1)
        column.addWidget(self.empty_label)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addStretch(2)
        return panel

    def is_narrowed(self) -> bool:
        """A search, a filter, a drill-down or "Show archived" is on."""
        return bool(self.search.text().strip() or self.filter_values() or self.drill
                    or self.show_archived.isChecked())

    def show_drill_down(self, filters: dict, what: str) -> None:
        """Show only the records behind a dashboard figure (`filters` go to the service as
        they are) with a line saying so and a button to show all again."""
        self.clear_narrowing(reload=False)
        self.drill = dict(filters)
        self.drill_label.setText(tr_list_page.tr("Showing {what}.").format(what=what))
        self.drill_bar.show()
        self.refresh(reload_options=False)

    def _update_empty(self) -> None:
        """No records at all (not merely none matching): say what to do next instead of
        showing an empty table."""
        empty = (self.model.rowCount() == 0 and not self.is_narrowed()
                 and not getattr(self.model, "loading", False))
        self.body.setCurrentWidget(self.empty_panel if empty else self.view)
        self.export_button.setEnabled(not empty)
        # No rows to scroll to: no scroll bar under an empty table (nothing matches).
        self.view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.view.model().rowCount() == 0
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    # -- what a subclass says ------------------------------------------------------------
    def list_words(self) -> ListWords:
        """The list's texts, written by a subclass with its own `tr_<module>` (whole phrases,
        so gender and number agree in Spanish and Portuguese)."""
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def list_rows(self, **query) -> list[dict]:
        """The service's `list`."""
        raise NotImplementedError

    def count_rows(self, **query) -> int:
        raise NotImplementedError

    def archive_record(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError

    def make_dialog(self, record_id: int | None) -> FormDialog:
        raise NotImplementedError

    def build_filters(self) -> None:
        """Add filter boxes with `add_filter`."""

    def build_actions(self) -> None:
        """Add page-specific buttons to `actions_bar`."""

    def extra_menu_actions(self, menu: QMenu, rows: list[dict]) -> None:
        """Add page-specific entries to the context menu."""

    # -- filters -------------------------------------------------------------------------
    def add_filter(self, key: str, everything: str,
                   options: Callable[[], list[tuple[str, object]]]) -> QComboBox:
        """A filter box; `options()` is asked (on the thread pool) on every `refresh()`."""
        box = QComboBox()
        box.setObjectName(f"filter_{key}")
        # Sized by a few characters, not by measuring every entry (3,000 teams).
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(min(len(everything), 18))
        box.addItem(everything)  # no item data: None as data upsets PySide's refcounts
        self._options[key] = options
        self.filters[key] = box
        box.currentIndexChanged.connect(lambda _i: self.refresh(reload_options=False))
        box.setToolTip(everything)
        self.filter_bar.addWidget(box)
        return box

    def load_filter_options(self) -> None:
        if not self._options:
            return
        self.options_loading = True
        sources = dict(self._options)
        run_task(lambda: {key: options() for key, options in sources.items()},
                 on_done=self._show_filter_options, on_error=self._filter_options_failed,
                 owner=self)

    def _filter_options_failed(self, exc: BaseException) -> None:
        self.options_loading = False
        self.show_load_error(str(exc))

    def _show_filter_options(self, options: dict) -> None:
        self.options_loading = False
        for key, entries in options.items():
            box = self.filters[key]
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, value in entries:
                box.addItem(text, value)
            index = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
            if current is not None and index < 0:  # the chosen entry is gone: show all
                self.refresh(reload_options=False)

    def filter_values(self) -> dict:
        return {key: box.currentData() for key, box in self.filters.items()
                if box.currentData() is not None}

    def query(self) -> dict:
        """What the service is asked: filters, archived or not and (paged) the search."""
        query = {**self.filter_values(), **self.drill,
                 "include_archived": self.show_archived.isChecked()}
        if self.paged:
            query["search"] = self.search.text().strip() or None
        return query

    # -- loading -------------------------------------------------------------------------
    def _set_up_model(self) -> None:
        header = self.view.horizontalHeader()
        if self.paged:
            self.reads = Reads()
            self.model = PagedTableModel(self.columns(), self.reads.wrap(self.list_rows),
                                         run=run_task, parent=self)
            self.model.on_reload = self.reads.interrupt
            self.model.query = self.query()
            self.model.loaded.connect(self._count)
            self.model.loaded.connect(self._results_loaded)
            self.model.load_failed.connect(self.show_load_error)
            self.view.setModel(self.model)
            sort_column = next((i for i, c in enumerate(self.model.columns)
                                if c.sort == self.default_sort), 0)
            header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder
                                    if self.default_descending else Qt.SortOrder.AscendingOrder)
            self.view.setSortingEnabled(True)  # asks the model to sort: the first load
            header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        else:
            self.model = RecordTableModel(self.columns(), self)
            self.proxy = RecordProxyModel(self)
            self.proxy.setSourceModel(self.model)
            self.view.setModel(self.proxy)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.view.setSortingEnabled(True)
            self.refresh(reload_options=False)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column_width(self.view, column))
        self.model.modelReset.connect(self.update_actions)

    def _keep_sortable_indicator(self, column: int, _order) -> None:
        """A column the service cannot sort by keeps the arrow on the column sorted by."""
        if self.model.columns[column].sort is None:
            sorted_by = next((i for i, c in enumerate(self.model.columns)
                              if c.sort == self.model.query.get("sort")), 0)
            order = (Qt.SortOrder.DescendingOrder if self.model.query.get("descending")
                     else Qt.SortOrder.AscendingOrder)
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(sorted_by, order)
            header.blockSignals(False)

    def refresh(self, reload_options: bool = True) -> None:
        """Load again with the current search, filters and sort."""
        if reload_options:
            self.load_filter_options()
        if self.paged:
            query = {**self.query(), **{k: v for k, v in self.model.query.items()
                                        if k in ("sort", "descending")}}
            other = query != self.model.query
            self.model.query = query
            self.model.reload()
            if other:  # another search or filter: its list from the top, not where it was
                self.view.scrollToTop()
        else:
            rows = self.list_rows(**self.query(), limit=None)
            self.model.set_rows(rows)
            self.count_label.setText(self.count_text(len(rows)))

    def apply_search(self) -> None:
        if self.paged:
            self.refresh(reload_options=False)
        else:
            self.proxy.setFilterFixedString(self.search.text().strip())
            self.count_label.setText(self.count_text(self.proxy.rowCount()))
            self._update_empty()

    def _count(self) -> None:
        query = {k: v for k, v in self.model.query.items() if k not in ("sort", "descending")}
        generation = self.model.generation

        def show_count(total: int) -> None:
            if generation == self.model.generation:
                self.count_label.setText(self.count_text(total))

        # A failed count (interrupted by a newer search) leaves the label as it was.
        run_task(self.reads.wrap(lambda: self.count_rows(**query)), on_done=show_count,
                 on_error=lambda _exc: None, owner=self)

    def count_text(self, total: int) -> str:
        """The count line under the list; a page whose count stops early says so."""
        return self.words.count(total)

    def show_load_error(self, message: str) -> None:
        self.count_label.setText(tr_list_page.tr("Could not load: {error}").format(error=message))

    # -- selection -----------------------------------------------------------------------
    def _source_row(self, index: QModelIndex) -> int:
        return self.proxy.mapToSource(index).row() if not self.paged else index.row()

    def selected_records(self) -> list[dict]:
        rows = sorted({self._source_row(i) for i in self.view.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def current_record(self) -> dict | None:
        index = self.view.currentIndex()
        if index.isValid():
            return self.model.record(self._source_row(index))
        selected = self.selected_records()
        return selected[0] if selected else None

    def update_actions(self) -> None:
        selected = self.selected_records()
        self.edit_button.setEnabled(len(selected) == 1)
        self.archive_button.setEnabled(bool(selected))
        restoring = bool(selected) and all(r.get("archived") for r in selected)
        self.archive_button.setText(tr_list_page.tr("Restore") if restoring
                                    else tr_list_page.tr("Archive"))

    # -- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box: Ctrl+E is the window's Export (not end of line), Down goes to
        the results (Enter there opens the selected record); Up on the first row goes back."""
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and _is_export_key(event):
                return True  # not accepted: the shortcut goes to the window
            if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                    and self.view.model().rowCount() > 0):
                self.focus_results()
                return True
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Up and not event.modifiers()
                and self.view.currentIndex().row() <= 0):
            self.focus_search()
            return True
        return super().eventFilter(watched, event)

    def _search_typed(self) -> None:
        self._enter_pending = False  # an Enter before this typing is for another search
        self._timer.start()

    def _search_entered(self) -> None:
        """Enter in the search box: the search runs now (not after the typing pause); then
        a single result opens, as a double-click would, and several get the focus."""
        if self._timer.isActive():
            self._timer.stop()
            self.apply_search()
        if self.paged and self.model.loading:
            self._enter_pending = True  # `_results_loaded` acts when the page is in
            return
        self._act_on_results()

    def _results_loaded(self) -> None:
        if self._enter_pending:
            self._enter_pending = False
            self._act_on_results()

    def _act_on_results(self) -> None:
        count = self.view.model().rowCount()
        if count == 1:
            self.focus_results()
            self.activate(self.view.model().index(0, 0))
        elif count > 1:
            self.focus_results()

    def focus_results(self) -> None:
        """Focus the table with a row selected (the first when none was)."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            index = self.view.model().index(0, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_dialog(self, record_id: int | None) -> FormDialog:
        dialog = self.make_dialog(record_id)
        return dialog.open_over(self, lambda record: self.record_saved(
            record, dialog.saved_message()))

    def record_saved(self, record: dict, message: str) -> None:
        """After a dialog saved: reload, select and scroll to the record, say so."""
        self._reveal_id = record.get("id")
        self._reveal_message = message
        self._reveal_cleared = False
        self._reveal_text = str(record.get(self.reveal_key) or "") if self.reveal_key else ""
        self.status_message.emit(message)
        self.changed()
        if not self.paged:
            self._reveal_step()

    def saved_elsewhere(self, dialog: EntityDialog) -> None:
        """A dialog opened here saved a record another page lists (feedback, a session)."""
        self.status_message.emit(dialog.saved_message())
        self.records_changed.emit()

    def _reveal_step(self) -> None:
        """Select the record saved last once it is loaded: read more pages of a big list,
        then clear the search and filters that hide it, then search for its `reveal_key`,
        then give up."""
        if self._reveal_id is None or getattr(self.model, "loading", False):
            return
        view_model = self.view.model()
        matches = view_model.match(view_model.index(0, 0), IdRole, self._reveal_id, 1,
                                    Qt.MatchFlag.MatchExactly)
        if matches:
            self._reveal_id = None
            self.view.selectionModel().setCurrentIndex(
                matches[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(matches[0], QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        if self.paged and self.model.canFetchMore() and self.model.rowCount() < REVEAL_ROWS:
            self.model.fetchMore()
            return
        if self.is_narrowed() and not self._reveal_cleared:
            self._reveal_cleared = True
            self.status_message.emit(tr_list_page.tr(
                "{saved}: the search and filters were cleared to show it").format(
                saved=self._reveal_message))
            self.clear_narrowing()
            if not self.paged:
                self._reveal_step()
            return
        if self.paged and self.model.canFetchMore() and self._reveal_text:
            text, self._reveal_text = self._reveal_text, ""
            self.status_message.emit(tr_list_page.tr(
                "{saved}: it is far down the list; searched for {text} to show it").format(
                saved=self._reveal_message, text=text))
            self._reveal_cleared = True  # this search is the app's: not cleared again
            self.search.setText(text)
            self._timer.stop()
            self.apply_search()
            return
        self._reveal_id = None
        if self.paged and self.model.canFetchMore():
            self.status_message.emit(tr_list_page.tr(
                "{saved}: it is further down the list (search for it to see it)").format(
                saved=self._reveal_message))

    def leave_drill_down(self) -> None:
        """The whole list again, without a dashboard figure's filters (the sidebar chose the
        page); the user's own search and filters stay."""
        if self.drill:
            self.drill = {}
            self.drill_bar.hide()
            self.refresh(reload_options=False)

    def clear_narrowing(self, reload: bool = True) -> None:
        """Clear the search, filters, a drill-down and "Show archived", and load again."""
        self.drill = {}
        self.drill_bar.hide()
        # Not the search box's signals: its clear button follows them. Its text change
        # starts the search timer, stopped below.
        for widget in (self.show_archived, *self.filters.values()):
            widget.blockSignals(True)
        self.search.clear()
        self.show_archived.setChecked(False)
        for box in self.filters.values():
            box.setCurrentIndex(0)
        for widget in (self.show_archived, *self.filters.values()):
            widget.blockSignals(False)
        self._timer.stop()
        if not self.paged:
            self.proxy.setFilterFixedString("")
        if reload:
            self.refresh(reload_options=False)

    def new_record(self) -> FormDialog:
        return self.open_dialog(None)

    def edit_selected(self) -> FormDialog | None:
        record = self.current_record()
        return self.open_dialog(record["id"]) if record else None

    def changed(self) -> None:
        self.refresh()
        self.records_changed.emit()

    def activate(self, index: QModelIndex) -> None:
        """Double-click: open the staff profile on staff rows, otherwise edit."""
        record = self.model.record(self._source_row(index))
        if self.staff_key and record.get(self.staff_key):
            self.staff_opened.emit(record[self.staff_key])
        else:
            self.open_dialog(record["id"])

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.title, question)

    def archive_or_restore_selected(self) -> None:
        selected = self.selected_records()
        if not selected:
            return
        restore = all(r.get("archived") for r in selected)
        ask = self.words.restore if restore else self.words.archive
        if not self.confirm(ask(len(selected))):
            return
        try:
            for record in selected:
                self.archive_record(record["id"], not restore)
        except UserError as exc:
            QMessageBox.warning(self, self.title, str(exc))
        self.changed()

    def show_context_menu(self, position) -> None:
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """Open, new, edit, archive and export; a list that hides its New or Archive button
        (the Quality lists, for some roles) has no menu entry for it either."""
        selected = self.selected_records()
        menu = QMenu(self)
        if self.staff_key and len(selected) == 1 and selected[0].get(self.staff_key):
            menu.addAction(tr_list_page.tr("Open staff profile"),
                           lambda: self.staff_opened.emit(selected[0][self.staff_key]))
        if not self.new_button.isHidden():
            menu.addAction(self.words.new + "…", self.new_record)
        edit = menu.addAction(tr_list_page.tr("Edit…"), self.edit_selected)
        edit.setEnabled(len(selected) == 1)
        if not self.archive_button.isHidden():
            archive = menu.addAction(self.archive_button.text(), self.archive_or_restore_selected)
            archive.setEnabled(bool(selected))
        self.extra_menu_actions(menu, selected)
        menu.addSeparator()
        menu.addAction(tr_list_page.tr("Export this view to Excel…"), self.export_view)
        return menu

    # -- export --------------------------------------------------------------------------
    def view_rows(self) -> list[dict]:
        """Every row of this view (all pages, in the shown order and filter)."""
        if self.paged:
            return self.list_rows(**self.model.query, limit=None)
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def export_file_name(self) -> str:
        """The suggested name: the list and today's date, so no earlier export is replaced."""
        return f"{self.title} {dt.date.today():%Y-%m-%d}.xlsx"

    def choose_export_file(self) -> str:
        path = file_dialogs.save_file_name(
            self, tr_list_page.tr("Export this view to Excel"),
            str(preferences.last_folder() / self.export_file_name()),
            tr_list_page.tr("Excel workbook (*.xlsx)"))
        if path:
            preferences.remember_folder(path)
        return path

    def export_view(self) -> None:
        if self.body.currentWidget() is self.empty_panel:
            self.status_message.emit(self.words.nothing_to_export)
            return
        path = self.choose_export_file()
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        headers, to_cells, title = self.model.headers(), self.model.cells, self.title
        # Qt models stay on this thread: only the service call goes to the worker.
        shown = None if self.paged else self.view_rows()
        query = dict(self.model.query) if self.paged else {}

        def work():
            from mentorapp.excel.table_export import export_table

            rows = shown if shown is not None else self.list_rows(**query, limit=None)
            return export_table(path, headers, [to_cells(r) for r in rows], title=title)

        self.status_message.emit(tr_list_page.tr("Exporting to {path}…").format(path=path))
        run_task(work, on_done=lambda _result: self.exported(path),
                 on_error=self.export_failed, owner=self)

    def exported(self, path: str) -> None:
        self.status_message.emit(tr_list_page.tr("Exported to {path}").format(path=path))

    def export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.title,
                            tr_list_page.tr("Could not export: {error}").format(error=exc))


class ListTabs(QWidget):
    """Several lists in tabs; the main window's actions go to the shown one.

    Signals: `staff_opened(int)`, `status_message(str)` and `import_requested()` from any
    of the lists.
    """

    staff_opened = Signal(int)
    status_message = Signal(str)
    import_requested = Signal()

    def __init__(self, lists: list[ListPage], parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        for part in lists:
            self.tabs.addTab(part, part.title)
            part.staff_opened.connect(self.staff_opened)
            part.status_message.connect(self.status_message)
            part.import_requested.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> ListPage:
        return self.tabs.currentWidget()

    def show_list(self, list_class: type) -> ListPage:
        """Bring the tab of that list forward and return it."""
        for number in range(self.tabs.count()):
            if isinstance(self.tabs.widget(number), list_class):
                self.tabs.setCurrentIndex(number)
                return self.tabs.widget(number)
        raise LookupError(list_class.__name__)

    def refresh(self) -> None:
        for number in range(self.tabs.count()):
            self.tabs.widget(number).refresh()

    def new_record(self):
        return self.current().new_record()

    def focus_search(self) -> None:
        self.current().focus_search()

    def export_view(self) -> None:
        self.current().export_view()


def _is_export_key(event: QKeyEvent) -> bool:
    return event.keyCombination().toCombined() == EXPORT_KEY[0].toCombined()
