"""The bar above the memo saying that the library gives a quote another speaker.

A quote block keeps the speaker it was picked with; when the user (or a
colleague on a team library) corrects the quote's speaker in the library
afterwards, the memo would go on citing the old one. This bar says so and
offers to take the library's speaker, as the bar above it offers to take a
source's current details; so does Memo > Take the Library's Speaker and the
block's context menu, for the selected block. The block's words never change;
one Edit > Undo gives it its old speaker back.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QPushButton, QWidget

from app.core.short_text import clip_words
from app.ui import brief_commands as cmd
from app.ui.brief_model import BriefModel
from app.ui.brief_view import BriefView
from app.ui.focus import hide_to
from app.ui.memo_status import MemoStatus
from app.ui.plain_text import PlainLabel

TAKE_TEXT = "Take the Library's Spea&ker"


class SpeakerNotice(QFrame):
    """Shown above the memo's blocks in `editor` (a BriefEditor) while a quote
    block's speaker differs from the one the library gives its quote now;
    `statusChanged` says what a take changed, for the status line."""

    statusChanged = Signal(str)

    def __init__(self, editor: QWidget):
        super().__init__(editor)
        self.setObjectName("speakerNotice")
        # What the notice works with, not the editor itself (no reference
        # cycle through a child of the editor).
        self._model: BriefModel = editor.model
        self._status: MemoStatus = editor.status
        self._view: BriefView = editor.view
        self._menu_actions = [editor.actions[n] for n in ("restore", "rename", "delete")]
        self.text = PlainLabel()
        self.text.setObjectName("speakerNoticeText")
        self.text.setWordWrap(True)
        self.button = QPushButton(cmd.take_speakers_name(1))
        self.button.setObjectName("takeSpeakers")
        self.button.setToolTip(
            "Give the quote the speaker the library gives it now; its words stay"
            " (Edit > Undo takes it back)"
        )
        self.button.clicked.connect(self.take_all)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()
        layout = editor.layout()
        layout.insertWidget(layout.indexOf(self._view), self)

        self.take_action = QAction(TAKE_TEXT, editor)
        self.take_action.setToolTip("Give the selected quote the speaker the library gives it now")
        self.take_action.triggered.connect(self.take_selected)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.customContextMenuRequested.connect(self._context_menu)
        self._status.changed.connect(self._show)
        self._view.selectionModel().currentChanged.connect(self._update_action)
        self._show()

    def _changed(self) -> dict[str, str]:
        return {} if self._status.error else self._status.speakers_now

    def _selected_id(self) -> str | None:
        block = self._model.block_at(self._view.currentIndex())
        return block.id if block is not None else None

    def _update_action(self, *_args) -> None:
        self.take_action.setEnabled(self._selected_id() in self._changed())

    def _show(self) -> None:
        """Say which quotes the library gives another speaker now."""
        changed = self._changed()
        self._update_action()
        if not changed:
            hide_to(self, self._view)
            return
        blocks = {b.id: b for b in self._model.brief.blocks() if b.id in changed}
        lines = [
            f"The library now gives the quote \u201c{clip_words(b.text, 50)}\u201d to"
            f" {changed[b.id] or 'no one'}; the memo says {b.speaker or 'no one'}."
            for b in blocks.values()
        ]
        if len(lines) > 3:
            lines[2:] = [f"\u2026 and {len(lines) - 2} more quotes with a new speaker."]
        self.text.setText("\n".join(lines))
        self.button.setText(cmd.take_speakers_name(len(blocks)))
        self.show()

    def _context_menu(self, pos: QPoint) -> None:
        """The block's menu: taking the library's speaker when it has another,
        and the memo's commands on the block."""
        index = self._view.indexAt(pos)
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        menu = QMenu(self._view)
        if self.take_action.isEnabled():
            menu.addAction(self.take_action)
            menu.addSeparator()
        for action in self._menu_actions:
            menu.addAction(action)
        menu.exec(self._view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def take_selected(self) -> None:
        """The selected quote block takes the library's speaker (undoable)."""
        block_id = self._selected_id()
        changed = self._changed()
        if block_id in changed:
            self._take({block_id: changed[block_id]})

    def take_all(self) -> None:
        """Every quote block the library gives another speaker takes it, in one undo step."""
        self._take(dict(self._changed()))

    def _take(self, new: dict[str, str]) -> None:
        if not new:
            return
        blocks = {b.id: b for b in self._model.brief.blocks() if b.id in new}
        old = {block_id: blocks[block_id].speaker for block_id in new}
        self._model.undo_stack.push(cmd.TakeSpeakers(self._model, new))
        self._status.update()
        if len(new) == 1:
            ((block_id, name),) = new.items()
            words = clip_words(blocks[block_id].text, 40)
            said = f"Speaker of \u201c{words}\u201d set to {name or 'no one'}"
            self.statusChanged.emit(f"{said}, as in the library (was {old[block_id] or 'no one'})")
        else:
            self.statusChanged.emit(f"{len(new)} quotes take the library's speakers")
