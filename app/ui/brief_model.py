"""The open brief as a Qt tree model: sections at the top, their blocks below.

The model changes the plain `Brief` only through its primitive methods
(`insert_block`, `move_block`, ...), which the undo commands call; user
edits made in a view (`setData`, drops) become commands on the undo stack.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from app.core.brief import Block, Brief, Header, Section

BLOCKS_MIME = "application/x-briefing-builder-blocks"
ITEMS_MIME = "application/x-briefing-builder-items"

BlockRole = Qt.ItemDataRole.UserRole + 10
SectionRole = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex

KIND_NAMES = {"quote": "quote", "fact": "fact", "prose": "paragraph"}


def block_noun(block: Block) -> str:
    """How a command names a block: "quote", "fact" or "paragraph"."""
    return KIND_NAMES[block.kind]


class BriefModel(QAbstractItemModel):
    """Sections (top level) and blocks (children) of one `Brief`."""

    briefChanged = Signal()
    headerChanged = Signal()

    def __init__(self, brief: Brief, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._brief = brief
        # Block indexes carry their section's key, not its row, so they stay
        # valid while sections move.
        self._keys: dict[str, int] = {}
        self._next_key = 1
        for section in brief.sections:
            self._key(section)

    # -- the brief ------------------------------------------------------------

    @property
    def brief(self) -> Brief:
        return self._brief

    def set_brief(self, brief: Brief) -> None:
        self.beginResetModel()
        self._brief = brief
        self._keys.clear()
        for section in brief.sections:
            self._key(section)
        self.endResetModel()
        self.headerChanged.emit()
        self.briefChanged.emit()

    def _key(self, section: Section) -> int:
        if section.id not in self._keys:
            self._keys[section.id] = self._next_key
            self._next_key += 1
        return self._keys[section.id]

    def section_row(self, section_id: str) -> int:
        for row, section in enumerate(self._brief.sections):
            if section.id == section_id:
                return row
        raise KeyError(section_id)

    def locate(self, block_id: str) -> tuple[int, int]:
        """(section row, block row) of a block."""
        for srow, section in enumerate(self._brief.sections):
            for row, block in enumerate(section.blocks):
                if block.id == block_id:
                    return srow, row
        raise KeyError(block_id)

    def block(self, block_id: str) -> Block:
        srow, row = self.locate(block_id)
        return self._brief.sections[srow].blocks[row]

    def section_index(self, srow: int) -> QModelIndex:
        return self.index(srow, 0)

    def block_index(self, block_id: str) -> QModelIndex:
        srow, row = self.locate(block_id)
        return self.index(row, 0, self.section_index(srow))

    # -- primitives called by undo commands -----------------------------------

    def set_header_field(self, name: str, value: str) -> None:
        setattr(self._brief.header, name, value)
        self.headerChanged.emit()
        self.briefChanged.emit()

    def insert_section(self, srow: int, section: Section) -> None:
        self.beginInsertRows(QModelIndex(), srow, srow)
        self._brief.sections.insert(srow, section)
        self._key(section)
        self.endInsertRows()
        self.briefChanged.emit()

    def remove_section(self, srow: int) -> Section:
        self.beginRemoveRows(QModelIndex(), srow, srow)
        section = self._brief.sections.pop(srow)
        self.endRemoveRows()
        self.briefChanged.emit()
        return section

    def move_section(self, srow: int, to_row: int) -> None:
        """Move a section so that it ends up at row `to_row`."""
        if srow == to_row:
            return
        dest = to_row + 1 if to_row > srow else to_row  # Qt counts before the move
        self.beginMoveRows(QModelIndex(), srow, srow, QModelIndex(), dest)
        section = self._brief.sections.pop(srow)
        self._brief.sections.insert(to_row, section)
        self.endMoveRows()
        self.briefChanged.emit()

    def rename_section(self, srow: int, title: str) -> None:
        self._brief.sections[srow].title = title
        index = self.section_index(srow)
        self.dataChanged.emit(index, index)
        self.briefChanged.emit()

    def insert_block(self, srow: int, row: int, block: Block) -> None:
        self.beginInsertRows(self.section_index(srow), row, row)
        self._brief.sections[srow].blocks.insert(row, block)
        self.endInsertRows()
        self.briefChanged.emit()

    def remove_block(self, srow: int, row: int) -> Block:
        self.beginRemoveRows(self.section_index(srow), row, row)
        block = self._brief.sections[srow].blocks.pop(row)
        self.endRemoveRows()
        self.briefChanged.emit()
        return block

    def move_block(self, block_id: str, to_srow: int, to_row: int) -> None:
        """Move a block so that it ends up at row `to_row` of section `to_srow`."""
        srow, row = self.locate(block_id)
        if (srow, row) == (to_srow, to_row):
            return
        dest = to_row + 1 if srow == to_srow and to_row > row else to_row
        self.beginMoveRows(self.section_index(srow), row, row, self.section_index(to_srow), dest)
        block = self._brief.sections[srow].blocks.pop(row)
        self._brief.sections[to_srow].blocks.insert(to_row, block)
        self.endMoveRows()
        self.briefChanged.emit()

    def set_block_text(self, block_id: str, text: str) -> None:
        block = self.block(block_id)
        block.text = text
        index = self.block_index(block_id)
        self.dataChanged.emit(index, index)
        self.briefChanged.emit()

    # -- Qt model API ---------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._brief.sections):
                return QModelIndex()
            return self.createIndex(row, 0, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        section = self._brief.sections[parent.row()]
        if row >= len(section.blocks):
            return QModelIndex()
        return self.createIndex(row, 0, self._key(section))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        key = index.internalId()
        for srow, section in enumerate(self._brief.sections):
            if self._keys.get(section.id) == key:
                return self.createIndex(srow, 0, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._brief.sections)
        if parent.internalId() == 0:
            return len(self._brief.sections[parent.row()].blocks)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def section_at(self, index: Index) -> Section | None:
        if index.isValid() and index.internalId() == 0:
            return self._brief.sections[index.row()]
        return None

    def block_at(self, index: Index) -> Block | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        parent = self.parent(index)
        return self._brief.sections[parent.row()].blocks[index.row()]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section = self.section_at(index)
        if section is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return section.title
            if role == SectionRole:
                return section
            return None
        block = self.block_at(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return block.text
        if role == BlockRole:
            return block
        if role == Qt.ItemDataRole.ToolTipRole and block.altered:
            return "Altered quote: the words differ from the source.\n\nSource: " + block.original
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            base
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """An edit made in the view becomes an undoable command."""
        from app.ui import brief_commands as cmd

        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        section = self.section_at(index)
        if section is not None:
            title = value.strip()
            if title and title != section.title:
                self.undo_stack.push(cmd.RenameSection(self, section.id, title))
            return True
        block = self.block_at(index)
        if block is None:
            return False
        if value != block.text:
            self.undo_stack.push(cmd.EditBlockText(self, block.id, value))
        return True

    # -- drag and drop --------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [BLOCKS_MIME, ITEMS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            block = self.block_at(index)
            if block is not None:
                ids.append({"block": block.id})
            else:
                section = self.section_at(index)
                if section is not None:
                    ids.append({"section": section.id})
        mime = QMimeData()
        mime.setData(BLOCKS_MIME, json.dumps(ids).encode("utf-8"))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(BLOCKS_MIME) or data.hasFormat(ITEMS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        # The view decides what a drop means (see BriefView.dropEvent).
        return False


def header_fields(header: Header) -> dict[str, str]:
    return {"to": header.to, "from_": header.from_, "date": header.date, "subject": header.subject}
