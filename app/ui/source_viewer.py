"""The article text with its quotes and facts highlighted, and clipping by hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.library_edits import Changes
from app.core.model import Item, NewItem, Source
from app.ui.conflict_marks import ConflictMark, ConflictMarks
from app.ui.live_library import LiveLibrary
from app.ui.look import scale_font
from app.ui.plain_text import PlainLabel, RichLabel, plain_tip, source_html
from app.ui.source_notes import missing_note, missing_tooltip
from app.ui.viewer_looks import CONFLICT_TEXT, RESOLVED_TEXT, item_format
from app.ui.viewer_place import center_cursor, place_of, put_back, space_paragraphs
from app.ui.viewer_text import qt_position, text_index, whole_words_span

# Sizes from the font the desktop gives (15 px, 14 px and 11 px at its default 9 pt).
TITLE_SCALE, TEXT_SCALE, LEGEND_SCALE = 1.25, 7 / 6, 11 / 12
NOTHING_LISTED = "None was found: nothing in the library's list matches."
NO_SOURCES = (
    "The library has no sources yet: import articles with File > Import (Ctrl+I),"
    " or drop files on the window."
)


class SourceViewer(QWidget):
    """Shows one source; `show_item` scrolls to an item and marks it."""

    itemClipped = Signal(int)  # id of the new item
    addRequested = Signal(list)  # [id] of the item shown chosen, for the memo
    conflictRequested = Signal(int)  # id of a conflict to open in the Conflicts view

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = library = live.reader
        self._source: Source | None = None
        self._items: list[Item] = []
        self._current: Item | None = None
        self._blank_for_search = False  # cleared by a search that found nothing
        self._gone: tuple[int, Item | None] | None = None  # deleted while shown
        self._wide = False
        self._conflicts = ConflictMarks(library)
        self._marks: dict[int, ConflictMark] = {}
        self.title = PlainLabel("No source selected")
        self.title.setObjectName("viewerTitle")
        scale_font(self.title, TITLE_SCALE)
        self.title.setWordWrap(True)
        self.meta = PlainLabel("Choose a quote or a source in the library.")
        self.meta.setObjectName("viewerMeta")
        self.meta.setWordWrap(True)
        # A QTextEdit, not a QPlainTextEdit: only it draws block margins, and
        # its positions are the same (one per UTF-16 unit, one per line break).
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setUndoRedoEnabled(False)
        self.text.setObjectName("sourceText")
        scale_font(self.text, TEXT_SCALE)
        self.text.setAccessibleName("Source text")
        # Caret browsing: the arrow keys move a visible caret through the
        # article and Shift+arrows select, so a passage can be clipped
        # without the mouse.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setTabChangesFocus(True)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)

        self.clip_action = QAction("Cl&ip Selection\u2026", self)
        self.clip_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.clip_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clip_key = self.clip_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.clip_action.setToolTip(f"Make a quote or fact of the selected text ({clip_key})")
        self.title.setToolTip(
            "The source viewer: the article, with its quotes and facts marked. In the text,"
            f" arrow keys move the caret and Shift+arrows select; {clip_key} clips the"
            " selection as a quote or fact."
        )
        # A selection's, and an editor's: a team library's reader sees why not.
        live.gate.guard(self.clip_action, own=False)
        self.clip_action.triggered.connect(self.clip_selection)
        self.addAction(self.clip_action)
        self.text.selectionChanged.connect(self._on_selection)
        # Ctrl+Return adds the item shown chosen, as in the library: a passage
        # just clipped, or checked in its article, goes in from here.
        add = QAction("&Add to Memo", self)
        add.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self._add_current)
        self.addAction(add)
        clip_button = QToolButton()
        clip_button.setObjectName("clipButton")
        # The button's text is the action's icon text: a tool button takes it
        # again at each change of the action (a tooltip saying why it is off).
        self.clip_action.setIconText("Clip")
        clip_button.setDefaultAction(self.clip_action)
        clip_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.conflict_note = RichLabel()
        self.conflict_note.setObjectName("conflictNote")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.hide()
        self.conflict_note.linkActivated.connect(
            lambda link: self.conflictRequested.emit(int(link.split(":")[1]))
        )

        legend = RichLabel(
            "<span style='background:#fff1b8'>&nbsp;quote&nbsp;</span> "
            "<span style='text-decoration:underline; color:#2f5f95'>fact</span> "
            "<span style='background:#ffc857'>&nbsp;selected&nbsp;</span>"
        )
        # Kept out of the legend, which sets the viewer's narrowest width.
        legend.setToolTip("A wavy red underline marks a fact other sources contradict.")
        legend.setObjectName("legend")
        scale_font(legend, LEGEND_SCALE)
        # The details have the viewer's width but Clip's: beside the legend
        # too, they were squeezed into three or four short lines at 1366 px.
        bar = QHBoxLayout()
        bar.addWidget(self.meta, 1)
        bar.addWidget(clip_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.text, 1)
        layout.addWidget(legend, 0, Qt.AlignmentFlag.AlignRight)  # a key to the colours, under them
        # After the text's new height is laid out: a timer of the viewer's, gone with it.
        self._caret_timer = QTimer(self, singleShot=True, interval=0)
        self._caret_timer.timeout.connect(self._caret_back_in_view)
        # The marks follow a scroll or a resize once its events are handled.
        self._marks_timer = QTimer(self, singleShot=True, interval=0)
        self._marks_timer.timeout.connect(self._mark_items)
        self.text.verticalScrollBar().valueChanged.connect(self._marks_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A caret in view (the chosen item's start, or where the user moved
        it) stays in view when the text gets shorter: a panel opened below
        the viewer (Show Conflict) left the item being checked below the fold."""
        if event.type() == QEvent.Type.Resize and watched is self.text.viewport():
            self._marks_soon()
            caret = self.text.cursorRect()
            if caret.top() >= 0 and caret.bottom() <= event.oldSize().height():
                self._caret_timer.start()
        return super().eventFilter(watched, event)

    def _marks_soon(self, _value: int = 0) -> None:
        self._marks_timer.start()  # (`start(value)` would take the value for its interval)

    def _add_current(self) -> None:
        if self._current is not None:
            self.addRequested.emit([self._current.id])

    def _caret_back_in_view(self) -> None:
        caret = self.text.cursorRect()
        if caret.top() < 0 or caret.bottom() > self.text.viewport().height():
            center_cursor(self.text)

    @property
    def source(self) -> Source | None:
        return self._source

    def chosen_item(self) -> Item | None:
        """The item shown chosen (marked in the chosen colour), if any."""
        return self._current

    def unchoose_item(self, item_id: int) -> None:
        """This item, if shown chosen, is chosen no more (it left the list)."""
        if self._current is not None and self._current.id == item_id:
            self._highlight(None)

    def unchoose_span(self, source_id: int, start: int, end: int) -> None:
        """The item at this span of the source, if shown chosen, is chosen no
        more (the memo block that chose it was removed); the article stays."""
        current = self._current
        shown = self._source is not None and self._source.id == source_id
        if shown and current is not None and (current.start, current.end) == (start, end):
            self._highlight(None)

    def show_source(self, source_id: int, *, force: bool = False) -> None:
        if self._source and self._source.id == source_id and not force:
            return
        self._source = self._library.source(source_id)
        self._blank_for_search = False
        self._gone = None
        self._items = self._library.items_of_source(source_id)
        self._find_marks()
        m = self._source.meta
        self.title.setText(m.title or self._source.file_name)
        details = [m.outlet, m.author, m.date]
        shown = " · ".join(d for d in details if d)
        note = missing_note(m, self._source.file_name)
        if note:
            shown = (shown + " · " if shown else "") + note
        self.meta.setText(shown or self._source.file_name)
        self.meta.setToolTip(
            plain_tip(
                f"{self._source.file_name}\n{missing_tooltip(m, self._source.file_name)}".strip()
            )
        )
        text = self._source.text
        self._wide = not text.isascii() and max(text) > "\uffff"  # at C speed
        place = place_of(self.text) if force else None  # (no QTextCursor for the first frame)
        self.text.setPlainText(self._source.text)
        space_paragraphs(self.text)
        if place is not None:  # read again: the passage being read stays in view
            put_back(self.text, place)
            self._caret_timer.stop()  # started by a resize as the text was set
        self._highlight(None)

    def _find_marks(self) -> None:
        marks = ((item.id, self._conflicts.mark_of(item.id)) for item in self._items)
        self._marks = {item_id: mark for item_id, mark in marks if mark is not None}

    def refresh_marks(self) -> None:
        """Show conflicts as they are now (after one was resolved or reopened)."""
        self._conflicts.reload()
        if self._source is not None:
            self._find_marks()
            self._highlight(self._current)

    def library_changed(self, changes: Changes) -> None:
        """Follow a write: the shown source's details, items or conflicts."""
        shown = self._source.id if self._source is not None else None
        if changes.items or changes.details_of(shown) or changes.sources:
            self.reload()
        elif changes.conflicts:
            self.refresh_marks()

    def reload(self) -> None:
        """Read the shown source, its items and conflicts again, keeping the
        chosen item marked (after an import or a metadata edit)."""
        self._conflicts.reload()
        if self._source is None and self._gone is None:
            return
        # A source deleted while shown comes back when an undo (here or a
        # colleague's) brings it: the line saying it was gone stayed.
        source_id, current = self._gone or (self._source.id, self._current)
        try:
            self.show_source(source_id, force=True)
        except KeyError:  # the source was deleted meanwhile
            if self._gone is None:
                self._show_nothing("No source selected", "That source is no longer in the library.")
                self._gone = (source_id, current)
            return
        if current is not None and any(i.id == current.id for i in self._items):
            self._highlight(current)

    def _show_nothing(self, title: str, line: str) -> None:
        self._source, self._items, self._marks, self._current = None, [], {}, None
        self._gone = None
        self._blank_for_search = False
        self.title.setText(title)
        self.meta.setText(line)
        self.conflict_note.hide()
        self.text.clear()

    def _nothing_listed(self) -> str:
        """Why the list shows nothing: no match, or no source at all yet."""
        return NO_SOURCES if self._library.count_sources() == 0 else NOTHING_LISTED

    def note_library_size(self, sources: int) -> None:
        """With nothing shown, a library with no source says how to add one
        (there is nothing to choose, as the first line would have it)."""
        if self._source is None and sources == 0:
            self.meta.setText(NO_SOURCES)

    def follow_results(self, items: list[Item]) -> Item | None:
        """After a new search of the library (`items`: the results read):
        the chosen item, when among them, to be selected again (as a reload
        puts the selection back). Otherwise the shown article, when no
        result comes from it, gives way to the first result's (scrolled to
        it, nothing chosen for the user), or, with no result, to a line
        saying nothing is selected."""
        if self._source is None and not self._blank_for_search:
            return None  # nothing was shown (a first start): nothing to replace
        current = self._current
        if current is not None and any(i.id == current.id for i in items):
            return current
        if self._source is not None and any(i.source_id == self._source.id for i in items):
            self._highlight(None)  # the chosen one is not among them: no longer chosen
        elif items:
            self._show_near(items[0])
        else:
            # A filter empties the list as a search does (a speaker's filter
            # carried to the Facts tab): the library's note there says which.
            self._show_nothing("No quote or fact selected", self._nothing_listed())
            self._blank_for_search = True  # the next search's first result fills it
        return None

    def follow_speaker(self, items: list[Item]) -> None:
        """A speaker chosen in the Speakers tab (`items`: their quotes as
        listed): the item shown chosen stays when it is one of them; else the
        first one's article, scrolled to it with nothing chosen, or, with
        none, a line saying no source is selected."""
        current = self._current
        if current is not None and any(i.id == current.id for i in items):
            return
        if items:
            self._show_near(items[0])
            self._highlight(None)
        else:
            self._show_nothing("No source selected", "No quote of this speaker is listed.")

    def _show_near(self, item: Item) -> None:
        """The item's article, scrolled to it (the item not chosen for that)."""
        self.show_source(item.source_id)
        cursor = self.text.textCursor()
        cursor.setPosition(self._pos(item.start))
        self.text.setTextCursor(cursor)
        center_cursor(self.text)

    def follow_sources(self, source_ids: list[int]) -> None:
        """After a search of the Sources tab (`source_ids`: the sources it
        shows): the shown article, when the search hides it, gives way to
        the first one shown (chosen for no command), or, with none, to a
        line saying nothing is selected, as after a search of quotes."""
        if self._source is None and not self._blank_for_search:
            return
        if self._source is not None and self._source.id in source_ids:
            return
        if source_ids:
            self.show_source(source_ids[0])
        else:
            self._show_nothing("No source selected", self._nothing_listed())
            self._blank_for_search = True

    def mark_of(self, item_id: int) -> ConflictMark | None:
        """The conflict mark the viewer shows on an item of the shown source."""
        return self._marks.get(item_id)

    def show_item(self, item: Item) -> None:
        """Open the item's source, highlight the item and scroll it into view."""
        self.show_source(item.source_id)
        # Watched from the first item shown (Qt keeps one filter however often
        # installed): at the window's first frame, which shows none, the
        # filter's first call loaded Qt classes that frame does not use.
        self.text.viewport().installEventFilter(self)
        cursor = self.text.textCursor()
        cursor.setPosition(self._pos(item.end))
        self.text.setTextCursor(cursor)
        cursor.setPosition(self._pos(item.start))
        self.text.setTextCursor(cursor)
        center_cursor(self.text)
        chosen: Item | None = item
        if item.kind == "claim":  # a conflict's figure claim: selected, never chosen
            cursor.setPosition(self._pos(item.end), type(cursor).MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)  # (no item: nothing to add to a memo)
            chosen = None
        self._highlight(chosen)  # scrolled first: the items marked are those in view

    def show_span(self, source_id: int, start: int, end: int) -> None:
        """Scroll to a span (a brief block's) and mark it, if the source exists."""
        try:
            self.show_source(source_id)
        except KeyError:
            return
        match = [i for i in self._items if (i.start, i.end) == (start, end)]
        if match:
            self.show_item(match[0])

    def visible_range(self) -> tuple[int, int]:
        """Character positions at the top-left and bottom-right of the viewport."""
        vp = self.text.viewport()
        top = self.text.cursorForPosition(vp.rect().topLeft()).position()
        bottom = self.text.cursorForPosition(vp.rect().bottomRight()).position()
        return top, bottom

    def _pos(self, index: int) -> int:
        return qt_position(self._source.text, index) if self._wide else index

    def _index(self, qt_pos: int) -> int:
        return text_index(self._source.text, qt_pos) if self._wide else qt_pos

    def _show_conflict_note(self, current: Item | None) -> None:
        mark = self._marks.get(current.id) if current is not None else None
        self.conflict_note.setVisible(mark is not None)
        if mark is None:
            return
        color = CONFLICT_TEXT.name() if mark.unresolved else RESOLVED_TEXT.name()
        self.conflict_note.setText(
            f"<span style='color:{color}'>{source_html(mark.text)}</span>  "
            f"<a href='conflict:{mark.conflict_id}'>Show conflict</a>"
        )
        self.conflict_note.setToolTip(plain_tip(mark.tooltip))

    def _highlight(self, current: Item | None) -> None:
        self._current = current
        self._show_conflict_note(current)
        self._mark_items()

    def _near_range(self) -> tuple[int, int]:
        """The source's character range from a screen above the viewport to
        a screen below it (a scroll of less than a screen finds its marks
        already there)."""
        viewport = self.text.viewport().rect()
        above = QPoint(0, -viewport.height())
        below = QPoint(viewport.width(), 2 * viewport.height())
        top = self.text.cursorForPosition(above).position()
        bottom = self.text.cursorForPosition(below).position()
        return self._index(top), self._index(bottom) + 1

    def _mark_items(self) -> None:
        """Highlight the items near the viewport (`_near_range`), again after
        each scroll or resize: a source of 1,000 items made 1,000 formats and
        cursors each time an item was shown, and Qt weighed every one of them
        at each paint. One format is made per look, shared by its items."""
        from PySide6.QtGui import QTextCursor  # see space_paragraphs

        if self._source is None:
            return
        top, bottom = self._near_range()
        current = self._current.id if self._current is not None else None
        formats: dict = {}
        selections = []
        for item in self._items:
            if item.end < top or item.start > bottom:
                continue
            mark = self._marks.get(item.id)
            look = (item.kind, item.id == current, mark)
            if look not in formats:
                formats[look] = item_format(*look)
            sel = QTextEdit.ExtraSelection()
            sel.format = formats[look]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._pos(item.start))
            cursor.setPosition(self._pos(item.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text.setExtraSelections(selections)

    # -- clipping -------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as a span of the source, trimmed and widened to
        whole words (a loose drag starting or ending inside a word), or None."""
        cursor = self.text.textCursor()
        if self._source is None or not cursor.hasSelection():
            return None
        start = self._index(cursor.selectionStart())
        end = self._index(cursor.selectionEnd())
        start, end = whole_words_span(self._source.text, start, end)
        return (start, end) if start < end else None

    def _on_selection(self) -> None:
        self._live.gate.enable(self.clip_action, self.selected_span() is not None)

    def _context_menu(self, pos) -> None:
        menu = self.text.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.clip_action)
        menu.setToolTipsVisible(True)  # a disabled Clip's why
        menu.exec(self.text.viewport().mapToGlobal(pos))

    def clip_selection(self) -> None:
        span = self.selected_span()
        if span is None:
            return
        from app.ui.tag_dialog import ClipDialog  # dialogs load at first use

        names = sorted(name for _, name in self._library.speaker_names())
        dialog = ClipDialog(self._source.text[span[0] : span[1]], names, self)
        if dialog.exec() != ClipDialog.DialogCode.Accepted:
            return
        self.clip(span[0], span[1], dialog.kind(), dialog.speaker_name() or None)

    def clip(self, start: int, end: int, kind: str, speaker: str | None) -> None:
        """Store the span as a new item of the shown source, undoably (Edit >
        Undo Clip Quote); `itemClipped` with its id once stored."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        new = NewItem(kind=kind, start=start, end=end, speaker=speaker, speaker_locked=True)
        source_id = self._source.id
        self._live.edit(
            lambda library: edits.clip_item(library, source_id, new),
            lambda edit: self.itemClipped.emit(edit.made),
            lambda exc: QMessageBox.warning(self, "Cannot clip", plain_tip(str(exc))),
        )
