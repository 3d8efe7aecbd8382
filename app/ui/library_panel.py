"""The library panel: Quotes, Facts, Sources and Speakers, one search box, filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.library_edits import Changes
from app.core.model import Item
from app.core.store import SearchFilter
from app.ui.conflict_marks import ConflictMark
from app.ui.item_delegate import ItemCardDelegate, card_height
from app.ui.item_model import ConflictRole, ItemRole, ItemTableModel
from app.ui.live_library import LiveLibrary
from app.ui.source_notes import missing_fields, missing_note, missing_tooltip
from app.ui.speakers_view import SpeakersView
from app.ui.tag_dialog import SpeakerDialog, TagDialog

TABS = ("Quotes", "Facts", "Sources", "Speakers")
TAB_KIND = {0: "quote", 1: "fact"}
PAGE_OF_TAB = {0: 0, 1: 0, 2: 1, 3: 2}
MissingRole = Qt.ItemDataRole.UserRole + 1  # a source entry's missing metadata fields
# (label, SearchFilter.corroboration, tooltip); a derived copy is no second witness.
CORROBORATION_CHOICES = (
    ("Any corroboration", None, "Items however many sources carry them"),
    (
        "Corroborated (2+ independent sources)",
        "corroborated",
        "Carried by at least two sources that are not rewrites of each other",
    ),
    ("Single source", "single", "Not confirmed by an independent second source"),
)


class LibraryPanel(QWidget):
    """Browse and search the library; emits what the user picks or asks for."""

    itemChosen = Signal(object)  # Item
    sourceChosen = Signal(int)
    statusChanged = Signal(str)
    addRequested = Signal(list)  # item ids to put in the brief
    conflictRequested = Signal(int)  # id of a conflict to open in the Conflicts view
    deleteSourceRequested = Signal(int)  # id of a source the user wants deleted

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = library = live.reader

        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search quotes, facts, speakers, titles…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)

        self.tabs = QTabBar()
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for name in TABS:
            self.tabs.addTab(name)

        self.source_filter = QComboBox()
        self.speaker_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.corroboration_filter = QComboBox()
        for label, value, tip in CORROBORATION_CHOICES:
            self.corroboration_filter.addItem(label, value)
            self.corroboration_filter.setItemData(
                self.corroboration_filter.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        for combo, name in (
            (self.source_filter, "sourceFilter"),
            (self.speaker_filter, "speakerFilter"),
            (self.tag_filter, "tagFilter"),
            (self.corroboration_filter, "corroborationFilter"),
        ):
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.filters = QWidget()
        # Two rows of two: four combos in one row of a narrow panel cut every label short.
        filter_grid = QGridLayout(self.filters)
        filter_grid.setContentsMargins(0, 0, 0, 0)
        filter_grid.setSpacing(4)
        filter_grid.addWidget(self.source_filter, 0, 0)
        filter_grid.addWidget(self.speaker_filter, 0, 1)
        filter_grid.addWidget(self.tag_filter, 1, 0)
        filter_grid.addWidget(self.corroboration_filter, 1, 1)
        filter_grid.setColumnStretch(0, 1)
        filter_grid.setColumnStretch(1, 1)
        # As narrow as the panel could go with one row of filters: the window's
        # layout (and its restore on a small screen) counts on that width.
        self.filters.setMinimumWidth(350)

        self.model = ItemTableModel(library, self, SearchFilter(kind="quote"))
        self.items = QTableView()
        self.items.setObjectName("itemTable")
        self.items.setModel(self.model)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setDragEnabled(True)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.items.setWordWrap(False)
        self.items.setAlternatingRowColors(True)
        self.items.verticalHeader().hide()
        self.items.setShowGrid(False)
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # One card per item (text, then speaker · source · tags) reads better in
        # a narrow panel than four squeezed columns; the model keeps the columns.
        self.cards = ItemCardDelegate(self.items)
        self.items.setItemDelegateForColumn(0, self.cards)
        self.items.horizontalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            self.items.hideColumn(column)
        self.items.verticalHeader().setDefaultSectionSize(card_height(self.items.font()))

        self.sources = QListWidget()
        self.sources.setObjectName("sourceList")
        self.sources.setWordWrap(True)
        self.sources.setAlternatingRowColors(True)
        self.sources.setIconSize(QSize(16, 16))
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.speakers = SpeakersView(live)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.items)
        self.stack.addWidget(self.sources)
        self.stack.addWidget(self.speakers)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(tab_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        self.add_action = self._action("&Add to Brief", self.request_add, "Ctrl+Return")
        self.tags_action = self._action("&Tags…", self.edit_tags, "Ctrl+T")
        self.speaker_action = self._action("Change &Speaker…", self.change_speaker, "Ctrl+Shift+K")
        self.conflict_action = self._action("Show &Conflict", self.show_conflict, "Ctrl+Shift+D")
        self.delete_source_action = QAction("&Delete Source\u2026", self)
        self.delete_source_action.triggered.connect(self.request_delete_source)
        delete_key = QAction(self.sources)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.request_delete_source)
        self.sources.addAction(delete_key)

        # Filter as the user types, but not on every keystroke of a fast typist.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.tabs.currentChanged.connect(self._on_tab)
        for combo in (
            self.source_filter,
            self.speaker_filter,
            self.tag_filter,
            self.corroboration_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.sources.currentRowChanged.connect(self._on_source_row)
        self.sources.itemDoubleClicked.connect(self._show_source_quotes)
        self.sources.customContextMenuRequested.connect(self._source_menu)
        self.items.selectionModel().currentRowChanged.connect(self._on_item_row)
        self.items.customContextMenuRequested.connect(self._item_menu)
        self.items.doubleClicked.connect(self.request_add)
        self.cards.conflictClicked.connect(self.conflictRequested)
        self.model.totalChanged.connect(self._show_count)
        self.speakers.itemChosen.connect(self.itemChosen)
        self.reload()

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- contents -------------------------------------------------------------

    def library_changed(self, changes: Changes) -> None:
        """Show the library as it is after a write (ours or another program's)."""
        if changes.sources or changes.all_details or changes.details or changes.speakers:
            self.reload()
            return
        if changes.tags:
            self._fill_combo(self.tag_filter, "Any tag", [(t, t) for t in self._library.all_tags()])
        if changes.items or changes.tags or changes.groups:
            self._refresh_keeping()
        elif changes.resolutions:
            self.refresh_marks()

    def reload(self) -> None:
        """Re-read sources, speakers and tags, keeping the selection and scroll."""
        selected = self.current_item()
        top = self.items.verticalScrollBar().value()
        self._fill_sources()
        sources = self._library.sources()
        self._fill_combo(
            self.source_filter,
            "All sources",
            [(sid, meta.title or n) for sid, n, meta, _ in sources],
        )
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for sid, _, meta, _ in sources:
            index = self.source_filter.findData(sid)
            if missing_fields(meta) and index >= 0:
                self.source_filter.setItemIcon(index, warning)
                tip = f"{meta.title}\n{missing_note(meta)}: {missing_tooltip(meta)}"
                self.source_filter.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._fill_combo(
            self.speaker_filter,
            "Any speaker",
            [(s.id, s.name) for s, _ in self._library.speakers()],
        )
        self._fill_combo(self.tag_filter, "Any tag", [(t, t) for t in self._library.all_tags()])
        self.speakers.reload()
        self._debounce.stop()
        self.model.set_filter(self.current_filter(), reread=True)
        if selected is not None:
            self.select_item(selected.id)
        self._restore_scroll(top)

    def _restore_scroll(self, top: int) -> None:
        """Put the list back where the user had scrolled it (a change by
        someone else must not move what they are reading)."""
        bar = self.items.verticalScrollBar()
        while bar.maximum() < top and self.model.canFetchMore():
            self.model.fetchMore()
        bar.setValue(top)

    def _fill_combo(self, combo: QComboBox, everything: str, entries: list) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, label in entries:
            combo.addItem(label, data)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def _fill_sources(self) -> None:
        current = self.current_source_id()
        self.sources.blockSignals(True)
        self.sources.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for sid, file_name, meta, n_items in self._library.sources():
            label = meta.title or file_name
            note = missing_note(meta)
            details = " · ".join(x for x in (meta.outlet, meta.date, f"{n_items} items", note) if x)
            entry = QListWidgetItem(f"{label}\n{details}")
            tip = f"{label}\n{file_name}"
            if note:
                entry.setIcon(warning)
                tip += "\n\n" + missing_tooltip(meta)
            entry.setToolTip(tip)
            entry.setData(Qt.ItemDataRole.UserRole, sid)
            entry.setData(MissingRole, missing_fields(meta))
            self.sources.addItem(entry)
        self.sources.blockSignals(False)
        if current is not None:
            self.select_source(current)

    # -- what is shown --------------------------------------------------------

    def current_filter(self) -> SearchFilter:
        return SearchFilter(
            query=self.search.text(),
            kind=TAB_KIND.get(self.tabs.currentIndex(), "quote"),
            source_id=self.source_filter.currentData(),
            speaker_id=self.speaker_filter.currentData(),
            tag=self.tag_filter.currentData(),
            corroboration=self.corroboration_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        noun = "quotes" if self.model.filter.kind == "quote" else "facts"
        text = "searching…" if self.model.searching else f"{self.model.total_text()} {noun}"
        self.count_label.setText(text)
        self.statusChanged.emit(f"{text} shown")

    def show_kind(self, kind: str | None) -> None:
        self.tabs.setCurrentIndex(1 if kind == "fact" else 0)

    def _on_tab(self, tab: int) -> None:
        self.stack.setCurrentIndex(PAGE_OF_TAB[tab])
        self.filters.setVisible(tab in TAB_KIND)
        self.count_label.setVisible(tab in TAB_KIND)
        if tab in TAB_KIND:
            self.apply_filter()

    def select_source(self, source_id: int) -> None:
        for row in range(self.sources.count()):
            if self.sources.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
                self.sources.setCurrentRow(row)
                return

    def current_source_id(self) -> int | None:
        entry = self.sources.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def set_source_filter(self, source_id: int | None) -> None:
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(source_id)))

    def current_item(self) -> Item | None:
        if self.stack.currentWidget() is self.speakers:
            index = self.speakers.table.currentIndex()
        else:
            index = self.items.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def select_item(self, item_id: int) -> bool:
        """Select an item in the table if it is among the loaded rows."""
        row = self.model.row_of(item_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(item_id)
        if row is None:
            return False
        self.items.selectRow(row)
        self.items.scrollTo(self.model.index(row, 0))
        return True

    def _on_source_row(self, _row: int) -> None:
        source_id = self.current_source_id()
        if source_id is not None:
            self.set_source_filter(source_id)
            self.sourceChosen.emit(source_id)

    def _on_item_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.itemChosen.emit(current.data(ItemRole))

    # -- actions on the current item ------------------------------------------

    def _show_source_quotes(self, *_entry) -> None:
        self.tabs.setCurrentIndex(0)

    def request_add(self, *_index) -> None:
        item = self.current_item()
        if item is not None:
            self.addRequested.emit([item.id])

    def _item_menu(self, pos) -> None:
        if not self.items.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(self.tags_action)
        menu.addAction(self.speaker_action)
        menu.addAction(self.conflict_action)
        self.speaker_action.setEnabled(self.current_item().kind == "quote")
        self.conflict_action.setEnabled(self.current_conflict_mark() is not None)
        menu.exec(self.items.viewport().mapToGlobal(pos))
        self.speaker_action.setEnabled(True)
        self.conflict_action.setEnabled(True)

    def current_conflict_mark(self) -> ConflictMark | None:
        """The conflict mark of the selected quote or fact, if it has one."""
        index = self.items.currentIndex()
        if self.stack.currentWidget() is not self.items or not index.isValid():
            return None
        return index.data(ConflictRole)

    def show_conflict(self) -> None:
        mark = self.current_conflict_mark()
        if mark is not None:
            self.conflictRequested.emit(mark.conflict_id)

    def refresh_marks(self) -> None:
        """Show conflicts as they are now (after one was resolved or reopened)."""
        self.model.marks.reload()
        self.items.viewport().update()

    def edit_tags(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = TagDialog(item.text, item.tags, self._library.all_tags(), self)
        if dialog.exec() == TagDialog.DialogCode.Accepted:
            self.set_tags(item.id, dialog.tags(), seen=item.tags)

    def set_tags(self, item_id: int, tags: list[str], seen: list[str] | None = None) -> None:
        """Change an item's tags (undoable); the list follows when it is done.
        With `seen`, another person's tag added meanwhile is kept."""
        self._live.edit(
            lambda library: edits.set_tags(library, item_id, tags, seen),
            lambda _edit: self.statusChanged.emit("Tags: " + (", ".join(tags) if tags else "none")),
        )

    def change_speaker(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "quote":
            return
        names = sorted(s.name for s, _ in self._library.speakers())
        dialog = SpeakerDialog(
            "Change speaker",
            "Who said this? Your choice is kept when the source is extracted again.",
            item.speaker_name or "",
            names,
            self,
        )
        if dialog.exec() == SpeakerDialog.DialogCode.Accepted:
            self.set_speaker(item.id, dialog.name() or None)

    def set_speaker(self, item_id: int, name: str | None) -> None:
        """Say who said a quote (undoable)."""
        self._live.edit(
            lambda library: edits.set_item_speaker(library, item_id, name),
            lambda _edit: self.statusChanged.emit(f"Speaker set to {name or 'nobody'}"),
        )

    def _refresh_keeping(self) -> None:
        item = self.current_item()
        top = self.items.verticalScrollBar().value()
        self.model.refresh()
        self.speakers.model.refresh()
        if item is not None:
            self.select_item(item.id)
        self._restore_scroll(top)

    # -- sources ----------------------------------------------------------------

    def _source_menu(self, pos) -> None:
        if self.sources.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.delete_source_action)
        menu.exec(self.sources.viewport().mapToGlobal(pos))

    def request_delete_source(self) -> None:
        source_id = self.current_source_id()
        if source_id is not None:
            self.deleteSourceRequested.emit(source_id)
