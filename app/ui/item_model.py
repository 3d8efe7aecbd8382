"""A lazy table of library items: rows are fetched in pages as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Item
from app.core.store import Library, SearchFilter

PAGE = 200
ItemRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    """Quotes and facts matching a `SearchFilter`, fetched on demand."""

    COLUMNS = ("Text", "Speaker", "Source")

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self._filter = SearchFilter()
        self._rows: list[Item] = []
        self._total = 0
        self._titles: dict[int, str] = {}
        self.refresh()

    @property
    def filter(self) -> SearchFilter:
        return self._filter

    def set_filter(self, flt: SearchFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Reload from the library (after an import or an edit)."""
        self.beginResetModel()
        self._titles = {sid: m.title or f for sid, f, m, _ in self._library.sources()}
        self._total = self._library.count(self._filter)
        self._rows = self._library.search(self._filter, limit=PAGE, order="position")
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def item_at(self, row: int) -> Item:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return None

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        more = self._library.search(
            self._filter, limit=PAGE, offset=len(self._rows), order="position"
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                text = " ".join(item.text.split())
                return f"\u201c{text}\u201d" if item.kind == "quote" else text
            if col == 1:
                return item.speaker_name or ("—" if item.kind == "quote" else "")
            return self._titles.get(item.source_id, "")
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return item.text
        if role == ItemRole:
            return item
        return None
