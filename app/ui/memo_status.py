"""What the library says about the open memo's blocks, kept up to date.

For each cited block: its source as the library has it now (current details,
or "source deleted"), its claim's conflict, if any (open, a rejected
value, or the value that holds), and whether other sources give its quote
to someone else. Recomputed shortly after the memo or the
library changes; the editor draws it, the preview and export cite with it.

Each time, the items the memo cites in this library are marked so there
(`brief_sources.cited_places`, `Library.mark_in_memo`): a new date keeps
them later, with this memo open or not. Opening a memo, adding to it by any
path (a key, a drag, a paste, an undo) and saving it all come here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.brief import Brief, SourceRef
from app.core.errors import LibraryError
from app.core.first_use import dataclass_at_first_use
from app.core.library_edits import Changes
from app.ui.brief_model import BriefModel
from app.ui.live_library import LiveLibrary

if TYPE_CHECKING:
    from app.core.brief_conflicts import BlockConflict
    from app.core.brief_sources import SourceNews, SourceState
    from app.core.store_facts import Place

DELAY_MS = 150  # typing in a block does not recompute per keystroke


@dataclass_at_first_use(frozen=True)
class BlockStatus:
    """What the editor shows about one block besides its words."""

    source: SourceState | None = None
    conflict: BlockConflict | None = None
    # A quote whose group's sources give its words to two people or more:
    # each person with the number of sources naming them, most named first.
    speakers_differ: tuple[tuple[str, int], ...] = ()

    @property
    def deleted(self) -> bool:
        return self.source is not None and self.source.status == "deleted"

    def cited(self, copy: SourceRef | None) -> SourceRef | None:
        """The details the block cites: the library's now (a deleted source's:
        the one copy the memo cites it with), else the memo's copy."""
        if self.source is not None and self.source.current is not None:
            return self.source.current
        return copy


class MemoStatus(QObject):
    """Keeps `BlockStatus`es of the open memo in its model; `changed` after each update."""

    changed = Signal()

    def __init__(self, model: BriefModel, live: LiveLibrary, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._live = live
        self._library = live.reader
        self._marked: set[Place] = set()  # asked to be marked since last saved or opened
        self.mark_error = ""  # why the last marking failed (a reader of a team library)
        self.states: dict[str, SourceState] = {}
        self.conflicts: dict[str, BlockConflict] = {}
        self.news: list[SourceNews] = []
        # {block id: the speaker the library gives its quote now}, where it differs.
        self.speakers_now: dict[str, str] = {}
        self.speakers_differ: dict[str, tuple[tuple[str, int], ...]] = {}
        # {block id: the library's cited form now}: facts it brackets otherwise.
        self.wording_now: dict[str, str] = {}
        self.error = ""
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.update)
        model.briefChanged.connect(self._timer.start)
        self.update()

    def stop(self) -> None:
        """No more updates (the window is closing)."""
        self._timer.stop()
        self._stopped = True

    def library_changed(self, changes: Changes) -> None:
        # Items or speakers: a quote's speaker may have been corrected.
        sources = changes.sources or changes.details or changes.all_details
        if changes.conflicts or sources or changes.items or changes.speakers:
            self._timer.start()

    def update(self) -> None:
        """Read the library's view of the memo now."""
        self._timer.stop()
        if self._stopped:
            return
        brief = self._model.brief
        if next(iter(brief.blocks()), None) is None:
            # No block, nothing to read (and what reads it loads with the
            # first block, not before the window's first frame).
            self.states, self.conflicts, self.error, self.news = {}, {}, "", []
            self.speakers_now, self.speakers_differ, self.wording_now = {}, {}, {}
        else:
            self._read(brief)
            self._mark()
        ids = set(self.states) | set(self.conflicts) | set(self.speakers_differ)
        self._model.set_statuses(
            {
                i: BlockStatus(
                    self.states.get(i), self.conflicts.get(i), self.speakers_differ.get(i, ())
                )
                for i in ids
            }
        )
        self.changed.emit()

    def _read(self, brief: Brief) -> None:
        from app.core.brief_conflicts import block_conflicts, matching_items
        from app.core.brief_sources import source_news, source_states
        from app.core.brief_wording import wording_now
        from app.core.corroborate.quote_speakers import differing
        from app.core.export.preflight import changed_speakers

        try:
            self.states = source_states(brief, self._library)
            items = matching_items(brief, self._library)  # read once for both
            self.conflicts = block_conflicts(brief, self._library, items)
            self.speakers_now = changed_speakers(brief, self._library, items)
            quotes = {b: item.id for b, item in items.items() if item.kind == "quote"}
            people = differing(self._library, quotes.values())
            self.speakers_differ = {b: tuple(people[i]) for b, i in quotes.items() if i in people}
            self.wording_now = wording_now(brief, items)
            self.error = ""
        except LibraryError as exc:
            # The memo keeps working from its own copy; the banner says why.
            self.states, self.conflicts, self.error = {}, {}, str(exc)
            self.speakers_now, self.speakers_differ, self.wording_now = {}, {}, {}
        self.news = source_news(brief, self.states)

    def _mark(self) -> None:
        """Mark in the library what the memo cites there and was not marked
        from here yet; the write goes through the library's writer."""
        from app.core.brief_sources import cited_places

        new = set(cited_places(self._model.brief, self.states)) - self._marked
        if not new or self._live.readonly:
            return
        self._marked |= new
        self._live.run(
            lambda library: library.mark_in_memo(new),
            on_done=lambda _n: setattr(self, "mark_error", ""),
            on_error=self._not_marked,
        )

    def _not_marked(self, exc: Exception) -> None:
        if not isinstance(exc, LibraryError):
            self._live.report(exc)  # a fault of ours: said, as any write's
            return
        # The library refused it (a team library's reader may not write):
        # no message box for a write the user did not ask for. Asked again
        # when the memo is saved or opened (`mark_again`), not at each change.
        self.mark_error = str(exc)

    def mark_again(self) -> None:
        """Mark what the memo cites, all of it asked again (the memo was saved
        or opened: the library writes only the marks it lacks)."""
        self._marked.clear()
        if next(iter(self._model.brief.blocks()), None) is not None:
            self._mark()

    def cited_brief(self) -> Brief:
        """The memo as it exports: citing its sources' current details."""
        from app.core.brief_sources import cited_as_now

        return cited_as_now(self._model.brief, self.states)

    def export_checks(self) -> tuple[frozenset[int], dict[int, str]]:
        """The memo's items in open conflicts, and those carrying a rejected value."""
        from app.core.brief_conflicts import checks_of

        return checks_of(self._model.brief, self.conflicts)
