"""A lazy table of library items: rows are fetched in pages as the view scrolls.

Opening the table never counts a huge result exactly on the GUI thread: the
count is capped (`COUNT_CAP`), and an exact count above the cap is made on
a worker thread, so typing in the search box stays quick on a library of
a million items. On a big library a text search shows its first rows as
soon as they are read; how many match is counted after them, on a worker
of its own (`Count`), and fills in when it lands (`counting` meanwhile);
so does a reload after a change, ours or another's (`refresh`). The next
search, and the window's close, stop a search or count under way (`Read`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.core.corroborate import quote_speakers
from app.core.model import Item
from app.core.store import Library, SearchFilter, fts_query, open_store
from app.ui.brief_model import ITEMS_MIME
from app.ui.conflict_marks import ConflictMarks
from app.ui.groups_updating import carried_updating
from app.ui.plain_text import plain_tip
from app.ui.tasks import run_in_background

PAGE = 200
COUNT_CAP = 1000
BACKGROUND_FROM = 200_000  # below this, every search takes a few milliseconds
ItemRole = Qt.ItemDataRole.UserRole + 1
ConflictRole = Qt.ItemDataRole.UserRole + 2  # a ConflictMark, or None
# True where every row is one speaker's (a speaker filter): a card need not name them.
OneSpeakerRole = Qt.ItemDataRole.UserRole + 3
# In a list naming each source once (`titles_once`, or one speaker's quotes:
# a speaker filter): whether the row above is of the same source (its title
# need not be said again); else None.
SameSourceRole = Qt.ItemDataRole.UserRole + 4


def card_text(item: Item) -> str:
    """An item's words as its card shows them (and Ctrl+C copies them): on
    one line, a quote in its quote marks."""
    text = " ".join(item.cited_text.split())
    return f"\u201c{text}\u201d" if item.kind == "quote" else text


Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class Read:
    """One read of the list's (its first page, or a count) on a worker
    thread, with a connection of its own, that the GUI thread can stop:
    the next search stops the one before, and a window's close stops both.

    On a library file `stop` ends the statement under way at its next
    step (`Library.stop_when`); on a team library it asks the server to
    cancel it. Either way the read gives None, as one stopped before it
    started (which then never starts), and its connection stays sound."""

    def __init__(self, path: str, read: Callable[[Library], T]):
        self.path = path
        self._read = read
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def run(self) -> T | None:
        """On the worker thread: what was read, or None when stopped first."""
        with self._lock:
            if self._stopped:
                return None
        with open_store(self.path, readonly=True) as library:
            with self._lock:
                if self._stopped:
                    return None
                self._library = library
            # Checked as the statement runs: a stop in between the check above
            # and the statement's start still stops it (a file's).
            library.stop_when(lambda: self._stopped)
            try:
                result = self._read(library)
            except Exception:
                if self._stopped:  # stopped as asked: stale, not an error
                    return None
                raise
            finally:
                # Taken only after a cancel request sent meanwhile went out: the
                # connection runs nothing else before (that would be cancelled).
                with self._lock:
                    self._library = None
                library.stop_when(None)
            return None if self._stopped else result

    def stop(self) -> None:
        """From the GUI thread: what is read is not wanted any more."""
        with self._lock:
            self._stopped = True
            cancel = getattr(self._library, "cancel", None)  # a team library's
        if cancel is not None:
            # Reaching the server takes a connection of its own: off the GUI thread.
            threading.Thread(target=self._cancel, daemon=True).start()

    def _cancel(self) -> None:
        with self._lock:
            if self._library is not None:
                self._library.cancel()


class Count(Read):
    """A count of a search's matches (up to `cap`; None: exact), made on the
    counts' worker thread. Counting every match of a common word reads all
    of them: the next search's rows never wait for it (they are read on the
    other worker), and neither does its count, once this one is stopped."""

    def __init__(self, path: str, flt: SearchFilter, cap: int | None = None):
        super().__init__(path, lambda library: library.count(flt, cap=cap))
        self.flt = flt
        self.cap = cap


def carried_text(sources: int, independent: int, disputed: bool = False) -> str:
    """How many sources carry a quote or claim: "" for just its own;
    `disputed`: the sources give the quote to different people."""
    if sources <= 1:
        return ""
    text = f"in {sources} sources"
    if independent < sources:
        text += f" ({independent} independent)"
    return text + ", speakers differ" if disputed else text


class Page(NamedTuple):
    """The first rows of a result, with what the list shows beside them.
    (A named tuple: the first frame makes one, and Python builds this class
    in a third of the time a dataclass takes, 0.1 ms against 0.4.)"""

    rows: list[Item]
    tags: dict[int, list[str]]
    carried: dict[int, tuple[int, int]]
    disputed: frozenset[int]  # quotes whose group's sources name two people


def read_page(library: Library, flt: SearchFilter, order: str) -> Page:
    """The first page of a search, with what the list shows beside its rows."""
    rows, tags, carried = library.search_page(flt, PAGE, order)
    return Page(rows, tags, carried, quote_speakers.disputed(library, carried))


def first_page(path: str, flt: SearchFilter, order: str) -> Read:
    """The first page of a search (a `Page`), to be read on a worker thread
    with that thread's own connection."""
    return Read(path, lambda library: read_page(library, flt, order))


def total_on_page(page: Page) -> int | None:
    """How many match, when a first page says: all of them, when it is not full."""
    return len(page.rows) if len(page.rows) < PAGE else None


class ItemTableModel(QAbstractTableModel):
    """Quotes and facts matching a `SearchFilter`, fetched on demand."""

    COLUMNS = ("Text", "Speaker", "Source", "Tags", "Carried by")
    totalChanged = Signal()

    def __init__(
        self,
        library: Library,
        parent=None,
        flt: SearchFilter | None = None,
        background: bool | None = None,
        load: bool = True,
    ):
        """`background`: run text searches on the worker thread (default: when
        the library holds more than BACKGROUND_FROM items). With `load` False
        the table stays empty until the first `set_filter` or `refresh`."""
        super().__init__(parent)
        self._library = library
        if background is None:
            background = library.max_item_id() > BACKGROUND_FROM
        self._background = background
        if background:
            library.ready_for_workers()
        self.searching = False  # the rows are being read
        self.counting = False  # the rows are in; how many match is being counted
        # Counting again what was counted for the same search (after an edit,
        # an import, another's change): the last figure stays shown meanwhile,
        # so the label does not flicker with every change others make.
        self.recounting = False
        self._counted_for: SearchFilter | None = None
        self._filter = flt or SearchFilter()
        self._rows: list[Item] = []
        self._more = False
        self._total = 0
        self._exact = True
        self._generation = 0
        self._counting: Count | None = None  # the count under way
        self._reading: Read | None = None  # the search under way
        self._titles: dict[int, str] = {}
        self._tags: dict[int, list[str]] = {}
        self._carried: dict[int, tuple[int, int]] = {}
        self._disputed: frozenset[int] = frozenset()
        self.marks = ConflictMarks(library)
        self.groups_updating = False  # the counts of sources may be out of date
        self.titles_once = False  # a source's title on the first card of its run only
        if load:
            self.refresh()

    def _order(self) -> str:
        # Items of a text search come in index order (quick on a huge library);
        # otherwise in reading order, source by source.
        return "id" if fts_query(self._filter.query) else "position"

    @property
    def filter(self) -> SearchFilter:
        return self._filter

    @property
    def background(self) -> bool:
        """Whether this library is big enough for its reads to go to a worker."""
        return self._background

    def set_filter(self, flt: SearchFilter, *, reread: bool = False, at_once: bool = False) -> None:
        """Show what matches `flt`; on a big library a text search runs on the
        worker thread and the rows arrive a moment later (`searching` meanwhile).
        With `reread`, source titles and conflicts are read again too; with
        `at_once`, the first page is read before this returns (a reload puts
        the selection back on it)."""
        self._filter = flt
        if reread:
            self._titles = self._library.source_titles()
            self.marks.reload()
        if self._background and fts_query(flt.query) and not at_once:
            self._generation += 1
            self.stop()
            self.searching, self.counting = True, False
            generation = self._generation
            self._reading = first_page(str(self._library.path), flt, self._order())
            run_in_background(
                self._reading.run,
                lambda page: self._got_page(generation, page),
                lambda exc: self._read_failed(generation, exc),
            )
            self.totalChanged.emit()
            return
        self.refresh(titles=False)

    def refresh(self, titles: bool = True) -> None:
        """Reload from the library (after an import or an edit, ours or
        another's). The first page is read at once, so the selection and the
        scroll position are put back straight after; on a big library how
        many match is counted after it, on the counts' worker, as for a search."""
        self._generation += 1
        self.stop()
        if titles or not self._titles:
            self._titles = self._library.source_titles()
            self.marks.reload()
        page = read_page(self._library, self._filter, self._order())
        total, cap = total_on_page(page), None
        if total is None and not self._background:  # a small library: counted at once
            total, cap = self._library.count(self._filter, cap=COUNT_CAP + 1), COUNT_CAP + 1
        self._show(page, total, cap)

    def stop(self) -> None:
        """Stop the search and the count under way (a new search, a reload,
        or the window closing: its close then waits for nothing long). What
        either read already, still on its way to this thread, is dropped."""
        self._generation += 1
        if self._reading is not None:
            self._reading.stop()
            self._reading = None
        self._stop_count()

    def _got_page(self, generation: int, page: Page | None) -> None:
        if page is not None and generation == self._generation:
            self._reading = None
            self._show(page, total_on_page(page))

    def _show(self, page: Page, total: int | None, cap: int | None = None) -> None:
        """Show a first page; `total`: how many match, counted up to `cap`
        (None: exact), or None to count them on the counts' worker."""
        self.searching = False
        self.beginResetModel()
        self._rows = page.rows
        self._more = len(self._rows) == PAGE
        self._tags = page.tags
        self._carried = page.carried
        self._disputed = page.disputed
        self.endResetModel()
        self._stop_count()
        if total is None:
            self.recounting = self._counted_for == self._filter
            self.counting = True
            if not self.recounting:
                self._exact = False
            self._count(COUNT_CAP + 1)
        else:
            self._set_total(total, cap)
        self.totalChanged.emit()

    def _count(self, cap: int | None) -> None:
        generation = self._generation
        self._counting = Count(str(self._library.path), self._filter, cap)
        run_in_background(
            self._counting.run,
            lambda n: self._got_count(generation, n, cap),
            lambda exc: self._read_failed(generation, exc),
            count=True,
        )

    def _set_total(self, total: int, cap: int | None) -> None:
        """`total` matches, counted up to `cap`: exact, or counted on when it reached the cap."""
        self.counting = self.recounting = False
        self._counted_for = self._filter
        self._total = total
        self._exact = cap is None or total <= COUNT_CAP
        if not self._exact:
            self._count(None)

    def _stop_count(self) -> None:
        if self._counting is not None:
            self._counting.stop()
            self._counting = None

    def _read_failed(self, generation: int, exc: Exception) -> None:
        """A search or count on a worker that could not read the library (its
        file gone, a share's read error, a damaged page): no more "searching",
        and the error is raised here, on the window's thread, to be said as a
        search read here is (application._report_library_errors). It was
        dropped, and the list said "searching..." for ever."""
        if generation != self._generation:
            return  # superseded: a newer search or count is on its way
        self._reading = self._counting = None
        self.searching = self.counting = self.recounting = False
        self.totalChanged.emit()
        raise exc

    def _got_count(self, generation: int, total: int | None, cap: int | None) -> None:
        if total is not None and generation == self._generation:  # not superseded
            self._counting = None
            self._set_total(total, cap)
            self.totalChanged.emit()

    @property
    def total(self) -> int:
        return self._total

    @property
    def counting_anew(self) -> bool:
        """A count is under way and no figure for this search is shown meanwhile."""
        return self.counting and not self.recounting

    def total_text(self) -> str:
        """The number of matches as shown: exact, "1,000+" while counting on
        past the cap, "counting…" before the first count is in (the last
        figure while the same search is counted again)."""
        if self.counting_anew:
            return "counting\u2026"
        return f"{self._total:,}" if self._exact else f"{COUNT_CAP:,}+"

    def set_groups_updating(self, updating: bool) -> None:
        """Mark the counts of sources out of date (while the library's groups
        are brought up to date), or no longer; the cards are drawn again."""
        self.groups_updating = updating
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

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
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        self._fetch(PAGE)

    def fetch_rest(self) -> None:
        """Read every row not read yet, in one query (End: the last card)."""
        if self._more:
            self._fetch(-1)

    def _fetch(self, limit: int) -> None:
        more = self._library.search(
            self._filter, limit=limit, offset=len(self._rows), order=self._order()
        )
        self._more = limit >= 0 and len(more) == limit
        if not more:
            return
        self._tags.update(self._library.tags_of(i.id for i in more))
        carried = self._library.corroboration_counts(i.id for i in more)
        self._carried.update(carried)
        self._disputed |= quote_speakers.disputed(self._library, carried)
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
                return card_text(item)
            if col == 1:
                return item.speaker_name or ("—" if item.kind == "quote" else "")
            if col == 2:
                return self._titles.get(item.source_id, "")
            if col == 3:
                return ", ".join(self._tags.get(item.id, []))
            text = carried_text(*self._carried.get(item.id, (1, 1)), item.id in self._disputed)
            return carried_updating(text) if self.groups_updating else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return plain_tip(item.text)
            if col == 2:
                return plain_tip(self._titles.get(item.source_id, ""))
        if role == ConflictRole:
            return self.marks.mark_of(item.id)
        if role == OneSpeakerRole:
            return self._filter.speaker_id is not None
        if role == SameSourceRole:
            row = index.row()
            # One speaker's quotes come source by source, as in the Speakers tab.
            if not self.titles_once and self._filter.speaker_id is None:
                return None
            return row > 0 and self._rows[row - 1].source_id == item.source_id
        if role == ItemRole:
            item.tags = self._tags.get(item.id, [])
            return item
        return None

    # -- drag to the brief ----------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        import json  # loaded when first used: not by the first frame

        mime.setData(ITEMS_MIME, json.dumps(ids).encode("utf-8"))
        mime.setText("\n".join(self._rows[i.row()].text for i in indexes if i.column() == 0))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
