"""The brief editor: the memo header, and the sections and blocks below it.

Every change goes through an undo command (see brief_commands.py). Each block
shows its source as the library has it now and its claim's conflict, if any
(memo_status.py); a bar above the blocks says when the memo's saved copy of
its sources' details differs from the library, or a source was deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.brief import Block
from app.core.library_edits import Changes
from app.core.short_text import plural
from app.ui import brief_commands as cmd
from app.ui.brief_model import BriefModel, blocks_named
from app.ui.brief_view import BriefView
from app.ui.live_library import LiveLibrary
from app.ui.memo_header import HEADER_FIELDS, header_form
from app.ui.memo_news import news_lines
from app.ui.memo_status import MemoStatus
from app.ui.memo_steps import StepShown
from app.ui.plain_text import PlainLabel, plain_tip

MENU_TEXT = {
    "add_section": "Add &Section",
    "add_paragraph": "Add &Paragraph",
    "move_up": "Move &Up",
    "move_down": "Move &Down",
    "rename": "Re&name / Edit",
    "delete": "&Remove",
    "restore": "Restore Source &Wording",
    "update_sources": "Update Source Detai&ls in the Memo",
}


class BriefEditor(QWidget):
    """Edits the brief held by a `BriefModel`; `blockChosen` on selecting a cited block."""

    blockChosen = Signal(object)  # Block
    # The block last chosen left the memo (an undone Add, Remove): its item is chosen no more.
    chosenBlockRemoved = Signal(object)  # Block
    # The title of the section a picked item went into, and of those it was in already.
    blockAdded = Signal(str, list)

    def __init__(self, model: BriefModel, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self.model = model
        self.library = live.reader
        self.undo_stack = model.undo_stack
        self.status = MemoStatus(model, live, self)

        self.fields: dict[str, QLineEdit]
        form, self.fields = header_form(self._header_edited, self._header_left)
        # A visit to a header field is one undo step however much is typed.
        self._header_visits = dict.fromkeys((name for name, _ in HEADER_FIELDS), 0)
        self._fresh_paragraph: str | None = None  # id of a paragraph just added, while empty

        self._chosen: Block | None = None
        model.rowsRemoved.connect(self._after_removal)
        self.view = BriefView()
        self.view.setModel(model)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        StepShown(self.undo_stack, model, self.view, self)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("briefToolbar")
        self.actions: dict[str, QAction] = {}
        self._add_action(
            "add_section",
            "+ Section",
            self.add_section,
            "Ctrl+Shift+N",
            tip="Add a section after the one selected",
            scoped=False,
        )
        self._add_action(
            "add_paragraph",
            "+ Paragraph",
            self.add_paragraph,
            "Ctrl+Shift+P",
            tip="Add a paragraph of your own",
            scoped=False,
        )
        self.toolbar.addSeparator()
        self._add_action(
            "move_up", "\u2191", lambda: self.move_selected(-1), "Alt+Up", tip="Move up"
        )
        self._add_action(
            "move_down", "\u2193", lambda: self.move_selected(1), "Alt+Down", tip="Move down"
        )
        self._add_action("rename", "Rename", self.edit_selected, "F2", tip="Rename or edit")
        self._add_action("delete", "Remove", self.delete_selected, QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self._add_action(
            "restore",
            "Restore",
            self.restore_selected,
            "Ctrl+Shift+R",
            tip="Put back the source's exact words in an altered quote",
            scoped=False,
        )
        self.actions["update_sources"] = QAction(MENU_TEXT["update_sources"], self)
        self.actions["update_sources"].triggered.connect(self.update_source_details)

        self.news = QFrame()
        self.news.setObjectName("sourceNews")
        self.news_text = PlainLabel()
        self.news_text.setObjectName("sourceNewsText")
        self.news_text.setWordWrap(True)
        self.update_button = QPushButton("Update Memo")
        self.update_button.setObjectName("updateSources")
        self.update_button.setToolTip(
            "Copy the library's current details into the memo, so it cites them"
            " without the library too (Edit > Undo takes it back)"
        )
        self.update_button.clicked.connect(self.actions["update_sources"].trigger)
        news_row = QHBoxLayout(self.news)
        news_row.setContentsMargins(8, 4, 8, 4)
        news_row.addWidget(self.news_text, 1)
        news_row.addWidget(self.update_button)
        self.news.hide()

        self.hint = PlainLabel(
            "Drag quotes and facts here from the library, or select one and press Ctrl+Return"
            " (Edit > Add to Memo)."
        )
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.news)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        model.headerChanged.connect(self._show_header)
        model.blockTextEdited.connect(
            lambda block_id, text: self.undo_stack.push(cmd.EditBlockText(model, block_id, text))
        )
        model.sectionTitleEdited.connect(
            lambda section_id, title: self.undo_stack.push(
                cmd.RenameSection(model, section_id, title)
            )
        )
        model.briefChanged.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.blocksDropped.connect(self._on_blocks_dropped)
        self.view.itemsDropped.connect(self.add_items)
        self.view.sectionDropped.connect(self._on_section_dropped)
        self.status.changed.connect(self._show_news)
        self._show_header()
        self._show_news()
        self._update_actions()

    def _add_action(self, name, text, slot, shortcut=None, tip="", scoped=True) -> QAction:
        """A memo command on the toolbar. A `scoped` shortcut works while the
        memo has the focus (Delete, F2, Alt+arrows mean other things
        elsewhere); the others work anywhere in the window."""
        action = QAction(MENU_TEXT.get(name, text), self)
        action.setIconText(text)  # the toolbar's short label; menus show the full one
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            if scoped:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tip = tip or MENU_TEXT.get(name, text).replace("&", "").rstrip("…")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({key})" if shortcut else tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        # A screen reader says the menu's command ("Move Up"), not the label "↑";
        # the tooltip is its description.
        self.toolbar.widgetForAction(action).setAccessibleName(action.text().replace("&", ""))
        self.addAction(action)
        self.actions[name] = action
        return action

    # -- what the library says ------------------------------------------------

    def library_changed(self, changes: Changes) -> None:
        self.status.library_changed(changes)

    def _show_news(self) -> None:
        """The bar above the blocks (`memo_news.news_lines`), and Update Memo
        where it has something to take."""
        lines, offer = news_lines(self.status)
        self.news_text.setText("\n".join(lines))
        self.update_button.setVisible(offer)
        self.actions["update_sources"].setEnabled(offer)
        self.news.setVisible(bool(lines))

    def update_source_details(self) -> None:
        """Take the library's current details into the memo's copies, and its
        current brackets into fact blocks (one undoable step)."""
        new = {
            block_id: state.current
            for block_id, state in self.status.states.items()
            if state.status == "live" and state.changed
        }
        wording = dict(self.status.wording_now)
        if new or wording:
            self.undo_stack.push(cmd.UpdateSourceDetails(self.model, new, wording))
            self.status.update()

    def take_synced_ids(self, found: dict) -> int:
        """After a Sync of this offline copy, the blocks citing what went up by
        the copy's ids cite it by the team library's ({block id: (item id,
        source)}, `brief_sources.synced_citations`), in one undo step."""
        if found:
            self.undo_stack.push(cmd.TakeSyncedIds(self.model, found))
            self.status.update()
        return len(found)

    # -- header ---------------------------------------------------------------

    def _header_edited(self, name: str, text: str) -> None:
        self.undo_stack.push(cmd.EditHeader(self.model, name, text, self._header_visits[name]))

    def _header_left(self, name: str) -> None:
        self._header_visits[name] += 1

    def edit_empty_header(self) -> None:
        """The cursor in the header's first empty field (an export warning said
        the memo would go out without it)."""
        empty = [edit for edit in self.fields.values() if not edit.text().strip()]
        if empty:
            empty[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_header(self) -> None:
        header = self.model.brief.header
        for name, edit in self.fields.items():
            value = getattr(header, name)
            if edit.text() != value:
                edit.setText(value)
                if not edit.hasFocus():  # shown from its start, not scrolled to its end
                    edit.setCursorPosition(0)

    # -- where things go ------------------------------------------------------

    def current_position(self) -> tuple[int, int]:
        """(section row, row) where a new block goes: after the selected block,
        at the end of the selected section, or with nothing selected at the
        end of the section in view (the one at the top of the memo's view)."""
        index = self.view.currentIndex()
        model = self.model
        if not index.isValid():
            srow = self.section_in_view()
            return srow, model.rowCount(model.index(srow, 0))
        if not index.parent().isValid():
            return index.row(), model.rowCount(index)
        return index.parent().row(), index.row() + 1

    def section_in_view(self) -> int:
        """The row of the section at the top of the memo's view (0 for none)."""
        top = self.view.indexAt(QPoint(self.view.viewport().width() // 2, 2))
        if not top.isValid():
            return 0
        return top.parent().row() if top.parent().isValid() else top.row()

    def select_block(self, block_id: str) -> None:
        index = self.model.block_index(block_id)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def selected_block(self) -> Block | None:
        return self.model.block_at(self.view.currentIndex())

    # -- edits ----------------------------------------------------------------

    def add_blocks(self, blocks: list[Block], srow: int | None = None, row: int | None = None):
        if not blocks:
            return
        if not self.model.brief.sections:
            self.undo_stack.push(cmd.AddSection(self.model, 0, "Notes"))
        if srow is None or row is None:
            srow, row = self.current_position()
        section = self.model.brief.sections[srow]
        self.undo_stack.push(cmd.AddBlocks(self.model, section.id, row, blocks))
        self.select_block(blocks[-1].id)
        return section

    def add_items(self, item_ids: list[int], srow: int | None = None, row: int | None = None):
        """Add library items as quote/fact blocks with their source snapshot."""
        blocks = []
        for item_id in item_ids:
            try:
                item = self.library.item(item_id)
            except KeyError:
                continue  # deleted since the drag started
            blocks.append(Block.from_item(item, self.library.source(item.source_id)))
        held = self.model.brief.sections_holding([b.item_id for b in blocks])
        section = self.add_blocks(blocks, srow, row)
        if section is not None:
            self.blockAdded.emit(section.title, held)

    def add_paragraph(self) -> None:
        """A new paragraph of the user's own, after the selected block, open
        for typing. Left empty, it goes again when the edit ends."""
        block = Block(kind="prose", text="")
        self.add_blocks([block])
        self._fresh_paragraph = block.id
        self.view.setFocus()
        self.view.edit(self.model.block_index(block.id))

    def _editor_closed(self, *_args) -> None:
        """An edit ended (Tab, Escape, a click elsewhere; the words are kept).
        A paragraph just added and still empty is taken away again, leaving
        no undo step behind."""
        block_id, self._fresh_paragraph = self._fresh_paragraph, None
        if block_id is None:
            return
        try:
            block = self.model.block(block_id)
        except KeyError:
            return
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if (
            not block.text.strip()
            and isinstance(top, cmd.AddBlocks)
            and [b.id for b in top.blocks] == [block_id]
        ):
            # Undone by hand, then dropped: QUndoStack deletes an obsolete
            # command on undo without calling it, so it is not left to redo.
            top.undo()
            top.setObsolete(True)
            self.undo_stack.undo()

    def add_section(self) -> None:
        index = self.view.currentIndex()
        if index.parent().isValid():
            index = index.parent()
        row = index.row() + 1 if index.isValid() else self.model.rowCount()
        command = cmd.AddSection(self.model, row, "New section")
        self.undo_stack.push(command)
        new = self.model.section_index(row)
        self.view.setCurrentIndex(new)
        self.view.edit(new)

    def edit_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        index = self.view.currentIndex()
        block = self.model.block_at(index)
        if block is not None:
            self.undo_stack.push(cmd.RemoveBlock(self.model, block.id))
            return
        section = self.model.section_at(index)
        if section is None:
            return
        if section.blocks:
            answer = QMessageBox.question(
                self,
                "Remove Section",
                plain_tip(
                    f"Remove the section \u201c{section.title}\u201d and its "
                    f"{plural(len(section.blocks), 'block')}? (Edit > Undo brings it back.)"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo_stack.push(cmd.RemoveSection(self.model, section.id))

    def move_selected(self, delta: int) -> None:
        """Alt+Up/Down: a block moves one place, across section borders too;
        a section moves past its neighbour."""
        index = self.view.currentIndex()
        model = self.model
        block = model.block_at(index)
        if block is None:
            section = model.section_at(index)
            if section is None:
                return
            to_row = index.row() + delta
            if 0 <= to_row < model.rowCount():
                self.undo_stack.push(cmd.MoveSection(model, section.id, to_row))
                self.view.setCurrentIndex(model.section_index(to_row))
            return
        srow, row = model.locate(block.id)
        sections = model.brief.sections
        to_srow, to_row = srow, row + delta
        if to_row < 0:
            if srow == 0:
                return
            to_srow, to_row = srow - 1, len(sections[srow - 1].blocks)
        elif to_row >= len(sections[srow].blocks):
            if srow == len(sections) - 1:
                return
            to_srow, to_row = srow + 1, 0
        self.undo_stack.push(cmd.MoveBlock(model, block.id, sections[to_srow].id, to_row))
        self.select_block(block.id)

    def restore_selected(self) -> None:
        block = self.selected_block()
        if block is not None and block.altered:
            self.undo_stack.push(cmd.restore_quote(self.model, block.id))

    # -- drops ----------------------------------------------------------------

    def _on_blocks_dropped(self, block_ids: list[str], srow: int, row: int) -> None:
        section_id = self.model.brief.sections[srow].id
        # The moves run one after another, so each target row is worked out
        # on the memo as the moves before it leave it: the blocks land
        # together, in order, before the first block at the drop point that
        # is not dragged (or at the section's end).
        rows = [[b.id for b in s.blocks] for s in self.model.brief.sections]
        # Blocks of a memo in another window (or another copy of the app)
        # are not this memo's to move.
        block_ids = [b for b in block_ids if any(b in ids for ids in rows)]
        if not block_ids:
            return
        anchor = next((b for b in rows[srow][row:] if b not in block_ids), None)
        commands, previous = [], None
        for block_id in block_ids:
            from_srow = next(i for i, ids in enumerate(rows) if block_id in ids)
            from_row = rows[from_srow].index(block_id)
            del rows[from_srow][from_row]
            if previous is not None:
                target = rows[srow].index(previous) + 1
            else:
                target = rows[srow].index(anchor) if anchor is not None else len(rows[srow])
            rows[srow].insert(target, block_id)
            if (from_srow, from_row) != (srow, target):
                commands.append(cmd.MoveBlock(self.model, block_id, section_id, target))
            previous = block_id
        if len(commands) > 1:
            moved = [self.model.block(c.block_id) for c in commands]
            self.undo_stack.beginMacro(f"Move {blocks_named(moved)}")
        for command in commands:
            self.undo_stack.push(command)
        if len(commands) > 1:
            self.undo_stack.endMacro()
        self.select_block(block_ids[0])

    def _on_section_dropped(self, section_id: str, to_row: int) -> None:
        if self.model.section_row(section_id) != to_row:
            self.undo_stack.push(cmd.MoveSection(self.model, section_id, to_row))

    # -- state ----------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        block = self.model.block_at(current)
        if block is not None and block.cited:
            self._chosen = block
            self.blockChosen.emit(block)

    def _after_removal(self, *_args) -> None:
        chosen = self._chosen
        if chosen is not None and all(b.id != chosen.id for b in self.model.brief.blocks()):
            self._chosen = None
            self.chosenBlockRemoved.emit(chosen)

    def _update_actions(self) -> None:
        block = self.selected_block()
        self.actions["restore"].setEnabled(block is not None and block.altered)
        has = self.view.currentIndex().isValid()
        for name in ("move_up", "move_down", "rename", "delete"):
            self.actions[name].setEnabled(has)
        self.hint.setVisible(not self.model.brief.blocks())
