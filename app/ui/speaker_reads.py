"""The speakers read again after a speaker edit, on a worker thread.

Change Speaker, a rename, a merge and their undo change who the Speakers
tab and the speaker chooser list. Counting every speaker's quotes again on
a big library takes 0.3-0.5 s (300,000 items): read on the window's thread,
each such edit froze it that long. `SpeakerReads` reads them on the reads'
worker with a connection of its own; the views show the rows they have
until the new ones come, and a read asked for while one is under way stops
that one, so the rows shown last are those of the last edit."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from app.core.short_text import plural
from app.core.store import Library
from app.ui.item_model import Read
from app.ui.tasks import run_in_background

if TYPE_CHECKING:  # the Speakers tab's model loads after the first frame
    from app.ui.speaker_rows import SpeakerRow


class SpeakerRead(NamedTuple):
    """The speakers as the Speakers tab and the speaker chooser show them."""

    rows: list[SpeakerRow]  # `Library.speaker_rows()`
    titles: dict[int, str]  # the sources' titles, for descriptions' rows ({} when none)
    entries: list[tuple[int, str]]  # the speaker chooser's (speaker id, label)


def read_speakers(library: Library) -> SpeakerRead:
    """The speakers' rows, their sources' titles and the chooser's entries
    (no Qt: also run on a worker thread)."""
    rows = library.speaker_rows()
    titles = library.source_titles() if any(r[2] is not None for r in rows) else {}
    return SpeakerRead(rows, titles, chooser_entries(rows))


def chooser_entries(rows: list[SpeakerRow]) -> list[tuple[int, str]]:
    """A speaker chooser's entries: each speaker once, most quoted first.
    Words describing speakers in several sources ("spokeswoman") say so: the
    filter shows what each of them said, not one speaker."""
    spread = Counter(s.id for s, _, source_id in rows if source_id is not None)
    labels: dict[int, str] = {}
    for speaker, _, _ in rows:
        many = spread[speaker.id] > 1
        labels.setdefault(
            speaker.id,
            f"{speaker.name} (in {plural(spread[speaker.id], 'source')})" if many else speaker.name,
        )
    return list(labels.items())


class SpeakerReads(QObject):
    """Reads the speakers on the reads' worker; `read` gives them on the
    window's thread. One read is wanted at a time: `start` stops the one
    under way, whose rows (older) are dropped."""

    read = Signal(object)  # SpeakerRead

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._reading: Read | None = None

    @property
    def pending(self) -> bool:
        """Whether a read is under way (its rows not yet given)."""
        return self._reading is not None

    def start(self, on_worker: bool = True) -> None:
        """Read the speakers anew (after the write now committed); not
        `on_worker`, at once (a small library's take a few milliseconds)."""
        self.stop()
        if not on_worker:
            self.read.emit(read_speakers(self._library))
            return
        reading = self._reading = Read(str(self._library.path), read_speakers)
        run_in_background(
            reading.run,
            lambda read: self._done(reading, read),
            lambda exc: self._failed(reading, exc),
        )

    def stop(self) -> None:
        """The read under way is not wanted (a newer one, a whole reload, a close)."""
        if self._reading is not None:
            self._reading.stop()
            self._reading = None

    def _done(self, reading: Read, read: SpeakerRead | None) -> None:
        if reading is self._reading and read is not None:
            self._reading = None
            self.read.emit(read)

    def _failed(self, reading: Read, exc: Exception) -> None:
        """Said as a read on this thread is (application._report_library_errors),
        unless a newer read superseded it."""
        if reading is self._reading:
            self._reading = None
            raise exc
