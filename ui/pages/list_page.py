"""`ListPage`: the search box, filters, table, actions and context menu every list page shares.

A subclass names its service, columns, filters and form dialog. Big tables (`paged = True`)
search, filter and sort in the database and load rows a page at a time; small ones load
every row once and search and sort in a `RecordProxyModel`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.errors import UserError
from mentorapp.models import label
from mentorapp.services import clients
from ui.models.table import Column, PagedTableModel, RecordProxyModel, RecordTableModel
from ui.pages.loading import Reads
from ui.resources import icon
from ui.tasks import run_task
from ui.widgets.forms import FormDialog

SEARCH_DELAY_MS = 150


def choice_options(codes) -> Callable[[], list[tuple[str, object]]]:
    """Filter entries for choice codes, shown as their words."""
    return lambda: [(label(code), code) for code in codes]


def client_options() -> list[tuple[str, int]]:
    """Client filter entries: every client not archived, by name."""
    return [(c["name"], c["id"]) for c in clients.list(limit=None)]


class ListPage(QWidget):
    """One entity's list with search, filters, new / edit / archive and export.

    Signals: `staff_opened(int)` when the user opens a staff member's profile;
    `records_changed()` after this page created, changed or archived records.
    """

    staff_opened = Signal(int)
    records_changed = Signal()

    title = "Records"
    noun = "record"
    plural = "records"
    paged = False
    default_sort: str | None = None
    default_descending = False
    staff_key: str | None = None  # the row key holding a staff id, when rows are about staff
    searchable = True  # False when the service has no text search
    count_searches = True  # False where counting a search means scanning a million rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters: dict[str, QComboBox] = {}
        self._options: dict[str, Callable[[], list[tuple[str, object]]]] = {}
        self.options_loading = False
        self.search = QLineEdit(placeholderText=f"Search {self.plural}…", clearButtonEnabled=True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.setVisible(self.searchable)
        self.show_archived = QCheckBox("Show archived")
        self.count_label = QLabel()
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search)
        self.build_filters()
        self.filter_bar.addWidget(self.show_archived)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(self.count_label)

        self.new_button = QPushButton(icon("new"), f"New {self.noun}")
        self.edit_button = QPushButton(icon("open"), "Edit")
        self.archive_button = QPushButton("Archive")
        self.export_button = QPushButton(icon("export"), "Export to Excel")
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

        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
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
        self.update_actions()

    # -- what a subclass says ------------------------------------------------------------
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
        query = {**self.filter_values(), "include_archived": self.show_archived.isChecked()}
        if self.paged and self.searchable:
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
            header.resizeSection(number, column.width)
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
            self.model.query = {**self.query(), **{k: v for k, v in self.model.query.items()
                                                   if k in ("sort", "descending")}}
            self.model.reload()
        else:
            rows = self.list_rows(**self.query(), limit=None)
            self.model.set_rows(rows)
            self.count_label.setText(self._count_text(len(rows)))

    def apply_search(self) -> None:
        if self.paged:
            self.refresh(reload_options=False)
        else:
            self.proxy.setFilterFixedString(self.search.text().strip())
            self.count_label.setText(self._count_text(self.proxy.rowCount()))

    def _count(self) -> None:
        query = {k: v for k, v in self.model.query.items() if k not in ("sort", "descending")}
        if query.get("search") and not self.count_searches:
            shown = self.model.rowCount()
            more = "+" if self.model.canFetchMore() else ""
            self.count_label.setText(f"{shown:,}{more} {self.plural}")
            return
        generation = self.model.generation

        def show_count(total: int) -> None:
            if generation == self.model.generation:
                self.count_label.setText(self._count_text(total))

        # A failed count (interrupted by a newer search) leaves the label as it was.
        run_task(self.reads.wrap(lambda: self.count_rows(**query)), on_done=show_count,
                 on_error=lambda _exc: None, owner=self)

    def _count_text(self, total: int) -> str:
        return f"{total:,} {self.noun if total == 1 else self.plural}"

    def show_load_error(self, message: str) -> None:
        self.count_label.setText(f"Could not load: {message}")

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
        self.archive_button.setText("Restore" if restoring else "Archive")

    # -- actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_dialog(self, record_id: int | None) -> FormDialog:
        return self.make_dialog(record_id).open_over(self, lambda _record: self.changed())

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
        answer = QMessageBox.question(self, self.title, question)
        return answer == QMessageBox.StandardButton.Yes

    def archive_or_restore_selected(self) -> None:
        selected = self.selected_records()
        if not selected:
            return
        restore = all(r.get("archived") for r in selected)
        verb = "Restore" if restore else "Archive"
        what = self.noun if len(selected) == 1 else f"{len(selected)} {self.plural}"
        if not self.confirm(f"{verb} {what}?"):
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
        selected = self.selected_records()
        menu = QMenu(self)
        if self.staff_key and len(selected) == 1 and selected[0].get(self.staff_key):
            menu.addAction("Open staff profile",
                           lambda: self.staff_opened.emit(selected[0][self.staff_key]))
        menu.addAction(f"New {self.noun}…", self.new_record)
        edit = menu.addAction("Edit…", self.edit_selected)
        edit.setEnabled(len(selected) == 1)
        archive = menu.addAction(self.archive_button.text(), self.archive_or_restore_selected)
        archive.setEnabled(bool(selected))
        self.extra_menu_actions(menu, selected)
        menu.addSeparator()
        menu.addAction("Export this view to Excel…", self.export_view)
        return menu

    # -- export --------------------------------------------------------------------------
    def view_rows(self) -> list[dict]:
        """Every row of this view (all pages, in the shown order and filter)."""
        if self.paged:
            return self.list_rows(**self.model.query, limit=None)
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def choose_export_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Export this view to Excel",
                                              f"{self.title}.xlsx", "Excel workbook (*.xlsx)")
        return path

    def export_view(self) -> None:
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

        self.count_label.setText(f"Exporting to {path}…")
        run_task(work, on_done=lambda _result: self.exported(path),
                 on_error=self.export_failed, owner=self)

    def exported(self, path: str) -> None:
        self.count_label.setText(f"Exported to {path}")

    def export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.title, f"Could not export: {exc}")


class ListTabs(QWidget):
    """Several lists in tabs; the main window's actions go to the shown one.

    Signals: `staff_opened(int)` from any of the lists.
    """

    staff_opened = Signal(int)

    def __init__(self, lists: list[ListPage], parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        for part in lists:
            self.tabs.addTab(part, part.title)
            part.staff_opened.connect(self.staff_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> ListPage:
        return self.tabs.currentWidget()

    def refresh(self) -> None:
        for number in range(self.tabs.count()):
            self.tabs.widget(number).refresh()

    def new_record(self):
        return self.current().new_record()

    def focus_search(self) -> None:
        self.current().focus_search()

    def export_view(self) -> None:
        self.current().export_view()
