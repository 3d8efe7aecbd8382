"""What the user does to the quote or fact chosen in the library list: add it
to the memo, tag it, change its speaker, open its conflict.

The library panel owns one `ItemActions`; the main window puts the actions in
its menus, and the list's context menu offers them. Another view of items
(the Same Quote view) lends its chosen one to them while the keyboard is in
it (`act_in`). Edits go through the
library's writer and are undoable; their dialogs load at first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.model import Item
from app.ui.conflict_marks import ConflictMark
from app.ui.item_model import ConflictRole
from app.ui.live_library import LiveLibrary
from app.ui.menus import make_action

if TYPE_CHECKING:
    from app.ui.library_panel import LibraryPanel


class ItemActions(QObject):
    """The actions on the panel's current item; results are said through the
    panel's signals (`addRequested`, `conflictRequested`, `statusChanged`)."""

    def __init__(self, panel: LibraryPanel, live: LiveLibrary):
        super().__init__(panel)
        self._panel = panel
        self._live = live
        self._library = live.reader
        self._views: list[tuple[QWidget, Callable[[], int | None]]] = []
        self.add_action = self._action("&Add to Memo", self.request_add, "Ctrl+Return")
        # The keypad's Enter too (the memo's hint and many keyboards call the
        # key Enter); the menu shows the first.
        self.add_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.tags_action = self._action("&Tags\u2026", self.edit_tags, "Ctrl+T")
        self.speaker_action = self._action(
            "Change &Speaker\u2026", self.change_speaker, "Ctrl+Shift+K"
        )
        self.conflict_action = self._action("Show &Conflict", self.show_conflict, "Ctrl+Shift+D")
        self._gate = live.gate  # a team library's reader sees these two disabled, and why
        live.gate.guard(self.tags_action)
        live.gate.guard(self.speaker_action)
        panel.items.customContextMenuRequested.connect(self._item_menu)
        panel.items.doubleClicked.connect(self.request_add)

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        return make_action(
            self._panel, text, slot, shortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def act_in(self, view: QWidget, chosen_id: Callable[[], int | None]) -> None:
        """Make the actions' keys work in `view` too, on the item `chosen_id`
        gives, while the keyboard is in it (they did nothing there)."""
        actions = [self.add_action, self.tags_action, self.speaker_action, self.conflict_action]
        view.addActions(actions)
        self._views.append((view, chosen_id))

    def _chosen(self, command: str) -> Item | None:
        """The quote or fact chosen in the list in view, or in the view the
        keyboard is in (`act_in`); with none, the status bar says so (a
        command's key doing nothing at all looks broken). None in the Sources
        tab: the Quotes or Facts table's row, out of sight there, is no choice
        of the user's."""
        panel = self._panel
        item = None if panel.stack.currentWidget() is panel.source_list else panel.current_item()
        focus = QApplication.focusWidget()
        for view, chosen_id in self._views:
            if focus is not None and (focus is view or view.isAncestorOf(focus)):
                item = self._item(chosen_id())
        if item is None:
            hint = ""
            if focus is panel.search and panel.model.rowCount():
                # Typed a search, then the command's key: the results are
                # there, none is chosen yet.
                hint = " (Down moves from the search into the results)"
            panel.statusChanged.emit(f"{command}: choose a quote or a fact first{hint}")
        return item

    def _item(self, item_id: int | None) -> Item | None:
        try:
            return self._library.item(item_id) if item_id is not None else None
        except KeyError:  # deleted since it was shown
            return None

    def request_add(self, *_index) -> None:
        item = self._chosen("Add to Memo")
        if item is not None:
            self._panel.addRequested.emit([item.id])

    def _item_menu(self, pos) -> None:
        items = self._panel.items
        if not items.indexAt(pos).isValid():
            return
        menu = QMenu(self._panel)
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(self.tags_action)
        menu.addAction(self.speaker_action)
        menu.addAction(self.conflict_action)
        quote = self._panel.current_item().kind == "quote"
        self.speaker_action.setEnabled(quote and self._gate.allows())
        self.conflict_action.setEnabled(self.current_conflict_mark() is not None)
        menu.setToolTipsVisible(True)  # a disabled command's why
        menu.exec(items.viewport().mapToGlobal(pos))
        self._gate.apply(self.speaker_action)
        self.conflict_action.setEnabled(True)

    def current_conflict_mark(self) -> ConflictMark | None:
        """The conflict mark of the selected quote or fact, if it has one."""
        panel = self._panel
        index = panel.items.currentIndex()
        if panel.stack.currentWidget() is not panel.items or not index.isValid():
            return None
        return index.data(ConflictRole)

    def show_conflict(self) -> None:
        """The chosen quote's or fact's conflict (from the Speakers tab's
        quotes too); one in none is said."""
        item = self._chosen("Show Conflict")
        if item is None:
            return
        mark = self._panel.model.marks.mark_of(item.id)
        if mark is None:
            self._panel.statusChanged.emit(
                f"Show Conflict: no source disagrees with this {item.kind}"
            )
        else:
            self._panel.conflictRequested.emit(mark.conflict_id)

    def _refused(self, doing: str) -> bool:
        """Said at once, before a dialog is typed into, when the library will
        refuse it (a team library's reader): the refusal came after OK."""
        message = self._library.refusal(doing)
        if message is not None:
            self._live.report(LibraryError(message))
        return message is not None

    def edit_tags(self) -> None:
        item = self._chosen("Tags")
        if item is None or self._refused("tagging"):
            return
        from app.ui.tag_dialog import TagDialog  # dialogs load at first use

        dialog = TagDialog(item.text, item.tags, self._library.all_tags(), self._panel)
        # OK with the tags as shown changes nothing: no "Undo Change Tags" for it.
        if dialog.exec() == TagDialog.DialogCode.Accepted and dialog.tags() != sorted(item.tags):
            self.set_tags(item.id, dialog.tags(), seen=item.tags)

    def set_tags(self, item_id: int, tags: list[str], seen: list[str] | None = None) -> None:
        """Change an item's tags (undoable); the list follows when it is done.
        With `seen`, another person's tag added meanwhile is kept."""
        self._live.edit(
            lambda library: edits.set_tags(library, item_id, tags, seen),
            lambda _edit: self._panel.statusChanged.emit(
                "Tags: " + (", ".join(tags) if tags else "none")
            ),
        )

    def change_speaker(self) -> None:
        item = self._chosen("Change Speaker")
        if item is None:
            return
        if item.kind != "quote":
            self._panel.statusChanged.emit("Change Speaker: a fact has no speaker; choose a quote")
            return
        if self._refused("choosing who said a quote"):
            return
        from app.ui.tag_dialog import SpeakerDialog  # dialogs load at first use

        names = sorted(name for _, name in self._library.speaker_names())
        dialog = SpeakerDialog(
            "Change Speaker",
            "Who said this? Your choice is kept when the source is extracted again.",
            item.speaker_name or "",
            names,
            self._panel,
            item_text=item.text,
        )
        if dialog.exec() == SpeakerDialog.DialogCode.Accepted:
            self.set_speaker(item.id, dialog.name() or None, seen=item.speaker_name or "")

    def set_speaker(self, item_id: int, name: str | None, seen: str | None = None) -> None:
        """Say who said a quote (undoable). With `seen` (the speaker shown, ""
        for none), a choice someone else made meanwhile is not overwritten."""
        self._live.edit(
            lambda library: edits.set_item_speaker(library, item_id, name, seen),
            lambda _edit: self._panel.statusChanged.emit(f"Speaker set to {name or 'nobody'}"),
        )
