"""The Sources tab: every source with its outlet, date and item count, the
ones a citation still lacks details of marked, and a line above the list
saying how many need them.

Choosing a source shows it in the viewer and nothing else: it sets no
filter. Enter (or a double-click) asks for its quotes, which the library
panel shows with the source filter in view.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from app.core.model import Source, SourceMeta
from app.core.search_query import fold, found_in, parse
from app.core.short_text import clip_words, plural, which_source
from app.ui.item_table import choose_none
from app.ui.plain_text import PlainLabel, plain_tip
from app.ui.source_notes import missing_fields, missing_note, missing_tooltip, warning_icon

MissingRole = Qt.ItemDataRole.UserRole + 1  # a source entry's missing metadata fields
SearchRole = Qt.ItemDataRole.UserRole + 2  # the words a search of the Sources tab looks in


_parsed = functools.lru_cache(maxsize=8)(parse)  # one query, read for every entry


def matches(words: str, query: str, folded: Callable[[str], str] = fold) -> bool:
    """Whether `words` match `query` read as the Quotes search reads it
    (words, "a phrase", a OR b, -word); case, accents ("cafe" finds "Café")
    and apostrophe forms do not matter, as there. `folded(words)` gives the
    words folded (a list keeps them folded: folding is most of a search)."""
    parsed = _parsed(query)
    if parsed.match is None and parsed.exclude is None:
        return True  # an empty query finds everything: nothing to fold
    return found_in(parsed, folded(words), fold)


class SourceList(QWidget):
    """The list of sources; `sourceChosen` when one becomes current,
    `quotesRequested` on Enter or a double-click."""

    sourceChosen = Signal(int)
    quotesRequested = Signal(int)

    def __init__(
        self,
        delete_action: QAction | None = None,
        properties_key: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.note = PlainLabel()
        self.note.setObjectName("needsDetailsNote")
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sourceList")
        self.list.setAccessibleName("Sources")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(16, 16))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self._query = ""
        self._folded: dict[str, str] = {}  # the entries' search words, folded once
        self._properties_key = properties_key  # Source Properties' shortcut, for the note
        self._lacking = (0, 0)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.installEventFilter(self)
        if delete_action is not None:  # its key, and the list's context menu
            self.list.addAction(delete_action)
            self.list.customContextMenuRequested.connect(lambda pos: self._menu(pos, delete_action))

    def _menu(self, pos, delete_action: QAction) -> None:
        if self.list.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(delete_action)
        menu.setToolTipsVisible(True)  # a disabled Delete Source's why
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def eventFilter(self, watched, event) -> bool:
        # Enter on a source asks for its quotes. (Not `itemActivated`: some
        # desktops activate on a single click, which must only choose.)
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            source_id = self.current_source_id()
            if source_id is not None:
                self.quotesRequested.emit(source_id)
            return True
        return super().eventFilter(watched, event)

    def set_properties_key(self, key: str) -> None:
        """Source Properties' shortcut, named in the note about missing details."""
        self._properties_key = key
        self._show_note()

    def fill(
        self, sources: list[tuple[int, str, SourceMeta, int]], origins: dict[int, int] | None = None
    ) -> None:
        """Show `sources` (id, file name, details, item count), keeping the
        current one; when it is gone (deleted), the one now in its place.
        `origins` gives each source's original (`Library.source_roots`): a
        copy says which, as its groups count it with it as one witness."""
        copied = _copies(sources, origins or {})
        current = self.current_source_id()
        place = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        warning = warning_icon(self)
        lacking = 0
        for sid, file_name, meta, n_items in sources:
            label = meta.title or file_name
            note = missing_note(meta, file_name)
            details = " · ".join(
                x
                for x in (meta.outlet, meta.date, plural(n_items, "item"), copied.get(sid), note)
                if x
            )
            entry = QListWidgetItem(f"{label}\n{details}")
            tip = f"{label}\n{file_name}"
            if note:
                lacking += 1
                entry.setIcon(warning)
                tip += "\n\n" + missing_tooltip(meta, file_name)
            entry.setToolTip(plain_tip(tip))
            entry.setData(Qt.ItemDataRole.UserRole, sid)
            entry.setData(MissingRole, missing_fields(meta, file_name))
            # A line each: a phrase runs across no two fields (title into date).
            words = "\n".join((label, file_name, meta.outlet, meta.author, meta.date))
            entry.setData(SearchRole, words)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        kept = {e.data(SearchRole) for e in map(self.list.item, range(self.list.count()))}
        self._folded = {w: f for w, f in self._folded.items() if w in kept}
        self._lacking = (lacking, len(sources))
        self._show_note()
        self.set_query(self._query)
        if current is not None and not self.select_source(current, emit=False):
            self._take_place(place)

    def _show_note(self) -> None:
        lacking, total = self._lacking
        key = f" and press {self._properties_key}" if self._properties_key else ""
        verb = "needs" if lacking == 1 else "need"
        self.note.setText(
            f"\u26a0 {lacking} of {total} source{'s' if total != 1 else ''} {verb} details for"
            f" citations (marked \u26a0). Select one{key} to fill them in (Source Properties)."
        )
        self.note.setVisible(bool(lacking))

    def set_query(self, query: str) -> tuple[int, int]:
        """Show only the sources matching `query`; (shown, total)."""
        self._query = query
        shown = 0
        for row in range(self.list.count()):
            entry = self.list.item(row)
            hit = matches(entry.data(SearchRole) or "", query, self._fold)
            entry.setHidden(not hit)
            shown += hit
        return shown, self.list.count()

    def shown_ids(self) -> list[int]:
        """The sources the search shows, in the list's order."""
        entries = map(self.list.item, range(self.list.count()))
        return [e.data(Qt.ItemDataRole.UserRole) for e in entries if not e.isHidden()]

    def _fold(self, words: str) -> str:
        if words not in self._folded:
            self._folded[words] = fold(words)
        return self._folded[words]

    def counts(self) -> tuple[int, int]:
        """(shown, total) sources."""
        hidden = sum(self.list.item(r).isHidden() for r in range(self.list.count()))
        return self.list.count() - hidden, self.list.count()

    def select_source(self, source_id: int, emit: bool = True) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
                self.list.blockSignals(not emit)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                self.list.scrollToItem(self.list.item(row))
                return True
        return False

    def hidden(self, source_id: int) -> bool:
        """Whether the search hides `source_id`'s row (False: shown, or none)."""
        return any(
            entry.data(Qt.ItemDataRole.UserRole) == source_id and entry.isHidden()
            for entry in map(self.list.item, range(self.list.count()))
        )

    def show_chosen(self, source: Source | None) -> None:
        """Highlight `source`'s row, or none, as no new choice (`sourceChosen`
        is not emitted): the list agrees with what the viewer shows."""
        if source is None or not self.select_source(source.id, emit=False):
            self.list.blockSignals(True)
            choose_none(self.list)
            self.list.blockSignals(False)

    def _take_place(self, row: int) -> None:
        """Make current the shown source at `row`, or the nearest before it (the
        last one was deleted): the keyboard goes on from where it was."""
        shown = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        after = [r for r in shown if r >= row]
        place = after[0] if after else (shown[-1] if shown else None)
        if place is not None:
            self.list.setCurrentRow(place)

    def choose_first_shown(self) -> None:
        """Make the first source the search shows current, if none shown is."""
        if self.current_source_id() is not None:
            return
        shown = (r for r in range(self.list.count()) if not self.list.item(r).isHidden())
        first = next(shown, None)
        if first is not None:
            self.list.setCurrentRow(first)

    def current_source_id(self) -> int | None:
        """The current row's source; none while the search hides that row (the
        list keeps it current), so no command acts on a source out of sight."""
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry and not entry.isHidden() else None

    def _on_row(self, _row: int) -> None:
        source_id = self.current_source_id()
        if source_id is not None:
            self.sourceChosen.emit(source_id)

    def _activated(self, entry: QListWidgetItem) -> None:
        self.quotesRequested.emit(entry.data(Qt.ItemDataRole.UserRole))


def _copies(
    sources: list[tuple[int, str, SourceMeta, int]], origins: dict[int, int]
) -> dict[int, str]:
    """{source id: "copy of <its original>"} for the sources that derive from
    another, the original named by outlet and date (its title where those
    are the copy's own too: two stories of one outlet and day)."""
    named = {
        sid: (which_source(meta.outlet, meta.date), meta.title or name)
        for sid, name, meta, _ in sources
    }
    out = {}
    for sid, _, _, _ in sources:
        origin = origins.get(sid, sid)
        if origin != sid and origin in named:
            which, title = named[origin]
            same = not which or which == named[sid][0]
            out[sid] = f"copy of {clip_words(title, 40) if same else which}"
    return out
