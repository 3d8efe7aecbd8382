"""The open brief as a Qt tree model: sections at the top, their blocks below.

The model changes the `Brief` only through the brief's own editing
operations, wrapped in the begin/end calls views need (`insert_block`,
`move_block`, ...); the undo commands call these. An edit made in a view
(`setData`) is not applied here: it is announced (`blockTextEdited`,
`sectionTitleEdited`) for the editor to push as an undoable command.
"""

from __future__ import annotations

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
from app.core.short_text import plural, which_source
from app.ui.plain_text import plain_tip

BLOCKS_MIME = "application/x-briefing-builder-blocks"
ITEMS_MIME = "application/x-briefing-builder-items"

BlockRole = Qt.ItemDataRole.UserRole + 10
SectionRole = Qt.ItemDataRole.UserRole + 11
StatusRole = Qt.ItemDataRole.UserRole + 12  # a BlockStatus (app/ui/memo_status.py) or None

Index = QModelIndex | QPersistentModelIndex

# Every section's and block's row: combined once (each `|` of Python flags
# takes microseconds, and the view asks every row's flags as it paints).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)

KIND_NAMES = {"quote": "Quote", "fact": "Fact", "prose": "Paragraph"}


def block_noun(block: Block) -> str:
    """How a command names a block, in the Title Case of the menus' commands
    ("Undo Move Quote"): "Quote", "Fact" or "Paragraph"."""
    return KIND_NAMES[block.kind]


def blocks_named(blocks: list[Block]) -> str:
    """How a command names the blocks it acts on, by their kind: "Quote", "2
    Quotes", "3 Facts", or "3 Blocks" where the kinds differ ("Undo Add 2
    Quotes", "Undo Move 3 Blocks"). Every command on blocks names them so."""
    if len(blocks) == 1:
        return block_noun(blocks[0])
    kinds = {block.kind for block in blocks}
    noun = KIND_NAMES[kinds.pop()] if len(kinds) == 1 else "Block"
    return plural(len(blocks), noun)


class BriefModel(QAbstractItemModel):
    """Sections (top level) and blocks (children) of one `Brief`."""

    briefChanged = Signal()
    headerChanged = Signal()
    blockTextEdited = Signal(str, str)  # block id, new text (typed in a view)
    sectionTitleEdited = Signal(str, str)  # section id, new title

    def __init__(self, brief: Brief, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._brief = brief
        # Block indexes carry their section's key, not its row, so they stay
        # valid while sections move.
        self._keys: dict[str, int] = {}
        self._next_key = 1
        self._row_of_key: dict[int, int] | None = None  # rebuilt when sections change
        self._statuses: dict[str, object] = {}
        for section in brief.sections:
            self._key(section)
        for signal in (self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.modelReset):
            signal.connect(self._sections_changed)

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

    def _sections_changed(self, *_args) -> None:
        self._row_of_key = None

    def _section_row_of_key(self, key: int) -> int | None:
        if self._row_of_key is None:
            self._row_of_key = {
                self._keys[s.id]: row
                for row, s in enumerate(self._brief.sections)
                if s.id in self._keys
            }
        return self._row_of_key.get(key)

    def set_statuses(self, statuses: dict[str, object]) -> None:
        """What the library says about blocks (see memo_status.py); repaints
        the blocks whose status changed."""
        old, self._statuses = self._statuses, statuses
        changed = {b for b in old.keys() | statuses.keys() if old.get(b) != statuses.get(b)}
        if len(changed) > 50:
            self.refresh_blocks()
            return
        for block_id in changed:
            try:
                index = self.block_index(block_id)
            except KeyError:
                continue  # removed meanwhile
            self.dataChanged.emit(index, index)

    def status(self, block_id: str):
        return self._statuses.get(block_id)

    def _key(self, section: Section) -> int:
        if section.id not in self._keys:
            self._keys[section.id] = self._next_key
            self._next_key += 1
        return self._keys[section.id]

    def section_row(self, section_id: str) -> int:
        return self._brief.section_row(section_id)

    def locate(self, block_id: str) -> tuple[int, int]:
        """(section row, block row) of a block."""
        return self._brief.locate(block_id)

    def block(self, block_id: str) -> Block:
        return self._brief.block(block_id)

    def section_index(self, srow: int) -> QModelIndex:
        return self.index(srow, 0)

    def block_index(self, block_id: str) -> QModelIndex:
        srow, row = self.locate(block_id)
        return self.index(row, 0, self.section_index(srow))

    # -- the brief's editing operations, for views to follow -----------------

    def set_header_field(self, name: str, value: str) -> None:
        self._brief.set_header_field(name, value)
        self.headerChanged.emit()
        self.briefChanged.emit()

    def insert_section(self, srow: int, section: Section) -> None:
        self.beginInsertRows(QModelIndex(), srow, srow)
        self._brief.insert_section(srow, section)
        self._key(section)
        self.endInsertRows()
        self.briefChanged.emit()

    def remove_section(self, srow: int) -> Section:
        self.beginRemoveRows(QModelIndex(), srow, srow)
        section = self._brief.remove_section(srow)
        self.endRemoveRows()
        self.briefChanged.emit()
        return section

    def move_section(self, srow: int, to_row: int) -> None:
        """Move a section so that it ends up at row `to_row`."""
        if srow == to_row:
            return
        dest = to_row + 1 if to_row > srow else to_row  # Qt counts before the move
        self.beginMoveRows(QModelIndex(), srow, srow, QModelIndex(), dest)
        self._brief.move_section(srow, to_row)
        self.endMoveRows()
        self.briefChanged.emit()

    def rename_section(self, srow: int, title: str) -> None:
        self._brief.rename_section(srow, title)
        index = self.section_index(srow)
        self.dataChanged.emit(index, index)
        self.briefChanged.emit()

    def insert_block(self, srow: int, row: int, block: Block) -> None:
        self.beginInsertRows(self.section_index(srow), row, row)
        self._brief.insert_block(srow, row, block)
        self.endInsertRows()
        self.briefChanged.emit()

    def remove_block(self, srow: int, row: int) -> Block:
        self.beginRemoveRows(self.section_index(srow), row, row)
        block = self._brief.remove_block(srow, row)
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
        self._brief.move_block(block_id, to_srow, to_row)
        self.endMoveRows()
        self.briefChanged.emit()

    def set_block_text(self, block_id: str, text: str) -> None:
        self._brief.set_block_text(block_id, text)
        self._block_changed(block_id)

    def set_block_source(self, block_id: str, source) -> object:
        """A block's copy of its source details; returns the old copy."""
        old = self._brief.set_block_source(block_id, source)
        self._block_changed(block_id)
        return old

    def set_block_speaker(self, block_id: str, speaker: str) -> str:
        """Who a quote block says spoke; returns the old speaker."""
        old = self._brief.set_block_speaker(block_id, speaker)
        self._block_changed(block_id)
        return old

    def set_block_cited(self, block_id: str, item_id, source) -> tuple:
        """What a block cites by id (its item, its source); returns the old pair."""
        old = self._brief.set_block_cited(block_id, item_id, source)
        self._block_changed(block_id)
        return old

    def _block_changed(self, block_id: str) -> None:
        index = self.block_index(block_id)
        self.dataChanged.emit(index, index)
        self.briefChanged.emit()

    def refresh_blocks(self) -> None:
        """Repaint every block (what the library says about them changed)."""
        for srow, section in enumerate(self._brief.sections):
            if section.blocks:
                parent = self.section_index(srow)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(section.blocks) - 1, 0, parent)
                )

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
        srow = self._section_row_of_key(index.internalId())
        return QModelIndex() if srow is None else self.createIndex(srow, 0, 0)

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
        if role == StatusRole:
            return self._statuses.get(block.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(block)
        return None

    def _tooltip(self, block: Block) -> str | None:
        status = self._statuses.get(block.id)
        lines = []
        if block.altered:
            lines.append(
                "Altered quote: the words differ from the source.\n\nSource: " + block.original
            )
        if status is not None and status.conflict is not None:
            lines.append(status.conflict.explanation)
        if status is not None and status.speakers_differ:
            people = ", ".join(
                f"{name} ({plural(n, 'source')})" for name, n in status.speakers_differ
            )
            lines.append(
                f"Speakers differ: the sources give these words to {people}."
                " Check who said them before citing."
            )
        if status is not None and status.deleted:
            ref = status.cited(block.source) or block.source
            which = which_source(ref.outlet, ref.date)
            named = f"\u201c{ref.title or ref.file_name}\u201d" + (f" ({which})" if which else "")
            lines.append(
                f"Source deleted from the library: {named}. This block keeps the words and"
                " details the memo saved (Edit > Undo brings a source just deleted back)."
            )
        return plain_tip("\n\n".join(lines)) or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """An edit made in the view is announced, to become an undoable command."""
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        section = self.section_at(index)
        if section is not None:
            title = value.strip()
            if title and title != section.title:
                self.sectionTitleEdited.emit(section.id, title)
            return True
        block = self.block_at(index)
        if block is None:
            return False
        if value != block.text:
            self.blockTextEdited.emit(block.id, value)
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
        import json  # loaded when first used: not by the first frame

        mime.setData(BLOCKS_MIME, json.dumps(ids).encode("utf-8"))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(BLOCKS_MIME) or data.hasFormat(ITEMS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        # The view decides what a drop means (see BriefView.dropEvent).
        return False


def header_fields(header: Header) -> dict[str, str]:
    return {"to": header.to, "from_": header.from_, "date": header.date, "subject": header.subject}
