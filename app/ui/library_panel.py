"""The library panel: sources, the items of the selection, and a search box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Item
from app.core.store import Library, SearchFilter
from app.ui.item_model import ItemRole, ItemTableModel

ALL_SOURCES = -1


class LibraryPanel(QWidget):
    """Lists sources and their quotes and facts; emits `itemChosen` on a pick."""

    itemChosen = Signal(object)  # Item
    sourceChosen = Signal(int)
    statusChanged = Signal(str)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search quotes, facts, speakers, titles…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem("Quotes", "quote")
        self.kind.addItem("Facts", "fact")
        self.kind.addItem("All items", None)

        self.sources = QListWidget()
        self.sources.setObjectName("sourceList")
        self.sources.setWordWrap(True)
        self.sources.setAlternatingRowColors(True)
        self.sources.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.model = ItemTableModel(library, self)
        self.items = QTableView()
        self.items.setObjectName("itemTable")
        self.items.setModel(self.model)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setWordWrap(False)
        self.items.setAlternatingRowColors(True)
        self.items.verticalHeader().hide()
        self.items.setShowGrid(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.resizeSection(2, 120)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        sources_label = QLabel("Sources")
        sources_label.setObjectName("panelHeading")
        layout.addWidget(sources_label)
        layout.addWidget(self.sources, 2)
        row = QHBoxLayout()
        items_label = QLabel("Items")
        items_label.setObjectName("panelHeading")
        row.addWidget(items_label)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        layout.addWidget(self.items, 5)

        # Filter as the user types, but not on every keystroke of a fast typist.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.sources.currentRowChanged.connect(self._on_source_row)
        self.items.selectionModel().currentRowChanged.connect(self._on_item_row)
        self.reload_sources()
        self.apply_filter()

    def reload_sources(self) -> None:
        current = self.current_source_id()
        self.sources.blockSignals(True)
        self.sources.clear()
        entry = QListWidgetItem(f"All sources ({self._library.count_sources()})")
        entry.setData(Qt.ItemDataRole.UserRole, ALL_SOURCES)
        self.sources.addItem(entry)
        for sid, file_name, meta, n_items in self._library.sources():
            label = meta.title or file_name
            entry = QListWidgetItem(label)
            entry.setToolTip(f"{label}\n{file_name} · {n_items} items")
            entry.setData(Qt.ItemDataRole.UserRole, sid)
            self.sources.addItem(entry)
        self.sources.blockSignals(False)
        self.select_source(current if current is not None else ALL_SOURCES)

    def select_source(self, source_id: int) -> None:
        for row in range(self.sources.count()):
            if self.sources.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
                self.sources.setCurrentRow(row)
                return

    def current_source_id(self) -> int | None:
        entry = self.sources.currentItem()
        if entry is None:
            return None
        return entry.data(Qt.ItemDataRole.UserRole)

    def current_item(self) -> Item | None:
        index = self.items.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def apply_filter(self) -> None:
        source_id = self.current_source_id()
        flt = SearchFilter(
            query=self.search.text(),
            kind=self.kind.currentData(),
            source_id=None if source_id in (None, ALL_SOURCES) else source_id,
        )
        self.model.set_filter(flt)
        noun = {"quote": "quotes", "fact": "facts"}.get(flt.kind or "", "items")
        self.count_label.setText(f"{self.model.total} {noun}")
        self.statusChanged.emit(f"{self.model.total} {noun} shown")

    def _on_source_row(self, _row: int) -> None:
        self.apply_filter()
        source_id = self.current_source_id()
        if source_id not in (None, ALL_SOURCES):
            self.sourceChosen.emit(source_id)

    def _on_item_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.itemChosen.emit(current.data(ItemRole))
