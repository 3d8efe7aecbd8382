"""The user's edits to the library, each undoable: what changed, and how to take it back.

Every function here makes one write and returns an `Edit`: a label for the
Edit menu ("Undo Merge Speakers"), the `Changes` views need to follow, and
`revert`, which makes the opposite write and returns the `Edit` that redoes
it. Undo therefore lives in the core; the window only keeps the stack.

    edit = merge_speakers(library, keep_id, merge_id)
    redo = edit.revert(library)   # the merged speaker is back, quotes and all
    redo.revert(library)          # merged again
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from app.core.errors import LibraryError
from app.core.first_use import dataclass_at_first_use
from app.core.model import NewItem, SourceMeta
from app.core.short_text import clip_words, plural, which_source
from app.core.speaker_joins import names_said
from app.core.speaker_refresh import respeak
from app.core.store import Library

if TYPE_CHECKING:  # what an undo keeps: loaded with the first edit
    from app.core.undo_records import (
        Rows,
        SourceSnapshot,
        SpeakerChoice,
        SpeakerMerge,
        SpeakerRename,
    )


@dataclass(frozen=True)
class Changes:
    """What a library write changed, so each view refreshes only what it shows."""

    sources: bool = False  # a source added or deleted
    details: frozenset[int] = field(default_factory=frozenset)  # sources whose details changed
    all_details: bool = False  # any source's details may have changed
    items: bool = False  # items added or removed, or their speakers
    speakers: bool = False
    tags: bool = False
    groups: bool = False  # groups and conflicts computed again
    resolutions: bool = False  # a conflict resolved or reopened

    def __or__(self, other: Changes) -> Changes:
        values = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = mine | theirs
        return Changes(**values)

    def __bool__(self) -> bool:
        return any(bool(getattr(self, f.name)) for f in fields(self))

    def details_of(self, source_id: int | None) -> bool:
        """Whether the details of `source_id` may have changed."""
        return self.all_details or self.sources or source_id in self.details

    @property
    def conflicts(self) -> bool:
        """Whether what is in conflict, or how it was resolved, may have changed."""
        return self.groups or self.resolutions or self.sources


EVERYTHING = Changes(
    sources=True,
    all_details=True,
    items=True,
    speakers=True,
    tags=True,
    groups=True,
    resolutions=True,
)
IMPORTED = Changes(sources=True, items=True, speakers=True, groups=True)


@dataclass_at_first_use()
class Edit:
    """A library write that was made, and the write that takes it back."""

    label: str
    changes: Changes
    revert: Callable[[Library], Edit]
    # Made, but with a part left for later, in words ("" when all was done).
    note: str = ""
    # Facts it took away: a new date no longer offers them (undo brings them back).
    gone: int = 0
    made: int | None = None  # the item it made (a clip), for the view to choose


# -- items ------------------------------------------------------------------------


def set_tags(
    library: Library, item_id: int, tags: Iterable[str], seen: Iterable[str] | None = None
) -> Edit:
    """Change an item's tags; with `seen` (the tags the user saw), someone
    else's tag added meanwhile is kept (see `Library.set_item_tags`), by the
    undo too: it takes back only this edit's change."""
    tags = list(tags)
    with library.transaction():
        old = library.set_item_tags(item_id, tags, seen)
        now = library.item_tags(item_id)
    return Edit(
        "Change Tags", Changes(tags=True), lambda lib: set_tags(lib, item_id, old, seen=now)
    )


def set_item_speaker(
    library: Library, item_id: int, name: str | None, seen: str | None = None
) -> Edit:
    """Say who said a quote; `seen`: the speaker the user was shown ("" for
    none; see `Library.set_item_speaker`)."""
    choice, regrouped, note = respeak(
        library, lambda: library.set_item_speaker(item_id, name, seen)
    )
    undo = lambda lib: _undo_choice(lib, choice, name)  # noqa: E731
    return Edit("Change Speaker", speakers_changed(regrouped), undo, note)


def _undo_choice(library: Library, choice: SpeakerChoice, name: str | None) -> Edit:
    _, regrouped, note = respeak(library, lambda: library.undo_item_speaker(choice))
    redo = lambda lib: set_item_speaker(lib, choice.item_id, name)  # noqa: E731
    return Edit("Change Speaker", speakers_changed(regrouped), redo, note)


_CLIPPED = Changes(items=True, speakers=True, tags=True)


def clip_item(library: Library, source_id: int, item: NewItem) -> Edit:
    """Store a passage the user clipped by hand as a new quote or fact of its
    source (`made`: its id), its speaker the user's choice. The undo takes it
    out again, with a speaker the clip made; the redo puts it back under the
    same id, so a memo block that cites it finds it again."""
    unsaid = NewItem(kind=item.kind, start=item.start, end=item.end, speaker_locked=True)
    with library.transaction():
        item_id = library.add_item(source_id, unsaid)
        choice = library.set_item_speaker(item_id, item.speaker, "") if item.speaker else None
    return _clipped(item_id, item.kind, item.speaker, choice)


def _clipped(item_id: int, kind: str, speaker: str | None, choice: SpeakerChoice | None) -> Edit:
    label = f"Clip {kind.capitalize()}"

    def undo(library: Library) -> Edit:
        with library.transaction():
            if choice is not None:
                library.undo_item_speaker(choice)
            rows, tags = library.take_out_item(item_id)

        def redo(lib: Library) -> Edit:
            with lib.transaction():
                lib.put_back_item(rows, tags)
                again = lib.set_item_speaker(item_id, speaker, "") if speaker else None
            return _clipped(item_id, kind, speaker, again)

        return Edit(label, _CLIPPED, redo)

    return Edit(label, _CLIPPED, undo, made=item_id)


# -- speakers ---------------------------------------------------------------------

_SPEAKERS = Changes(speakers=True, items=True)


def speakers_changed(regrouped: bool) -> Changes:
    """What a change of quotes' speakers changed: their groups too when a
    short wording's group followed the speakers (speaker_refresh.respeak)."""
    return Changes(speakers=True, items=True, groups=regrouped)


def rename_speaker(
    library: Library, speaker_id: int, new_name: str, seen: str | None = None
) -> Edit:
    """Rename a speaker; `seen`: the name the user was shown (see
    `Library.rename_speaker`)."""
    rename = library.rename_speaker(speaker_id, new_name, seen)
    return Edit("Rename Speaker", _SPEAKERS, lambda lib: _undo_rename(lib, rename))


def _undo_rename(library: Library, rename: SpeakerRename) -> Edit:
    library.undo_rename(rename)
    return Edit(
        "Rename Speaker",
        _SPEAKERS,
        lambda lib: rename_speaker(lib, rename.speaker_id, rename.new_name, rename.old_name),
    )


def merge_speakers(
    library: Library, keep_id: int, merge_id: int, seen: tuple[str, str] | None = None
) -> Edit:
    """Merge speakers; `seen`: the names the user was shown, kept and merged
    (see `Library.merge_speakers`)."""
    merge, regrouped, note = respeak(
        library, lambda: library.merge_speakers(keep_id, merge_id, seen)
    )
    return Edit(
        "Merge Speakers", speakers_changed(regrouped), lambda lib: _unmerge(lib, merge), note
    )


def _unmerge(library: Library, merge: SpeakerMerge | None) -> Edit:
    regrouped, note = False, ""
    if merge is not None:
        since = _named_since(library, merge)
        _, regrouped, note = respeak(library, lambda: library.unmerge_speakers(merge, since))
    keep_id = merge.keep_id if merge else 0
    merge_id = merge.merged[0] if merge else 0
    redo = lambda lib: merge_speakers(lib, keep_id, merge_id)  # noqa: E731
    return Edit("Merge Speakers", speakers_changed(regrouped), redo, note)


def _named_since(library: Library, merge: SpeakerMerge) -> list[int]:
    """The quotes an import gave the kept speaker after the merge under a
    name of the merged one (through the alias the merge added): their
    sources' quotes are found again to read the name each was said by."""
    names = {merge.merged[1], *merge.merged_aliases}
    since = library.quotes_given_since(merge.keep_id, merge.item_mark)
    return [i for i, name in names_said(library.source, since).items() if name in names]


# -- conflicts --------------------------------------------------------------------

_RESOLUTIONS = Changes(resolutions=True)


def resolve_conflict(library: Library, conflict_id: int, choice: str, note: str = "") -> Edit:
    before = library.resolution_of(conflict_id)
    library.resolve_conflict(conflict_id, choice, note)
    return _swapped("Resolve Conflict", before, library.resolution_of(conflict_id))


def reopen_conflict(library: Library, conflict_id: int) -> Edit:
    before = library.resolution_of(conflict_id)
    library.reopen_conflict(conflict_id)
    return _swapped("Reopen conflict", before, None)


def _swapped(label: str, before: Rows | None, after: Rows | None) -> Edit:
    """The edit that changed a resolution from `before` to `after`."""

    def revert(library: Library) -> Edit:
        library.swap_resolution(remove=after, put=before)
        return _swapped(label, after, before)

    return Edit(label, _RESOLUTIONS, revert)


# -- sources ----------------------------------------------------------------------


def update_source_meta(
    library: Library,
    source_id: int,
    meta: SourceMeta,
    seen: SourceMeta | None = None,
    cited: Iterable[int] = (),
    put_back: Rows | None = None,
) -> Edit:
    """Store a source's details; a new date finds its facts again (their
    days are read from it) and then brings the groups and conflicts they
    reach up to date. When that regroup fails, the details and facts stay
    stored and the edit's `note` says the groups are brought up to date later.
    A fact no longer found goes (counted in the edit's `gone`) unless it is
    the user's: tagged, clipped by hand, marked as cited by a memo (any
    memo, open or not: `in_memo`), or in `cited` (the open memo's).

    With `seen` (the details the user was shown), only the fields the user
    changed are written: one another window set meanwhile stays. Its undo
    likewise takes back only the fields this edit changed, and puts back
    every fact it took away under its own id (`put_back`); so does the redo."""
    # Imported here: the fact finder is not loaded before the first frame.
    from app.core.fact_refresh import regroup_redated_or_later, store_source_meta

    changes, cited = Changes(details=frozenset({source_id})), frozenset(cited)
    with library.transaction():  # what is there now is read under the write lock
        try:
            now = library.source(source_id).meta
        except KeyError:  # another window or user deleted it
            raise LibraryError(f"no source {source_id} (deleted meanwhile)") from None
        if seen is not None:
            meta = _changed_fields(now, meta, seen)
        old, redated, gone = store_source_meta(library, source_id, meta, cited, put_back)
    note = ""
    if redated is not None:
        # A regroup that fails leaves the details stored: the edit is made
        # (and undoable), its note says the groups follow later.
        note = regroup_redated_or_later(library, [redated])
        changes |= Changes(items=True, groups=True)
    return Edit(
        "Edit Source Details",
        changes,
        lambda lib: update_source_meta(lib, source_id, old, meta, cited, gone),
        note,
        len(gone.rows) if gone is not None else 0,
    )


def _changed_fields(now: SourceMeta, meta: SourceMeta, seen: SourceMeta) -> SourceMeta:
    """`now`, with the fields `meta` changes from `seen` set as in `meta`."""
    values = {}
    for f in fields(SourceMeta):
        mine = getattr(meta, f.name)
        values[f.name] = getattr(now, f.name) if mine == getattr(seen, f.name) else mine
    return SourceMeta(**values)


_DELETED = Changes(sources=True, items=True, speakers=True, tags=True, groups=True)


def sources_added(source_ids: list[int], titles: list[str], imported: bool = False) -> Edit:
    """The edit sources added by hand made (Paste as New Source, Import:
    `imported`, `titles` its files' names), stored already: its undo deletes
    them as Delete Source does (their ids are never given out again), its redo
    puts them back under them. Named as the user did it: "Add Source
    “<title>”", "Import of 3 Files", "Import of “notes.txt”"."""
    short = clip_words(titles[0], 40) if len(titles) == 1 else ""
    if imported:
        label = (
            f"Import of \u201c{short}\u201d"
            if short
            else f"Import of {plural(len(source_ids), 'File')}"
        )
    else:
        label = (
            f"Add Source \u201c{short}\u201d"
            if short
            else f"Add {plural(len(source_ids), 'Source')}"
        )
    return Edit(label, _DELETED, lambda lib: _take_added(lib, source_ids, label))


def _take_added(library: Library, source_ids: list[int], label: str) -> Edit:
    try:
        snapshots = _delete_sources(library, source_ids)
    except KeyError:  # another window or user deleted one meanwhile
        raise LibraryError(f"cannot undo {label}: a source was deleted since") from None
    return Edit(label, _DELETED, lambda lib: _put_added(lib, snapshots, label))


def _put_added(library: Library, snapshots: list[SourceSnapshot], label: str) -> Edit:
    _restore_sources(library, snapshots)
    source_ids = [snapshot.source_id for snapshot in snapshots]
    return Edit(label, _DELETED, lambda lib: _take_added(lib, source_ids, label))


def delete_source(library: Library, source_id: int) -> Edit:
    """Delete a source with its items; groups and conflicts are computed again
    (decisions on conflicts are kept: they remember their claims by span)."""
    (snapshot,) = _delete_sources(library, [source_id])
    return Edit(_delete_label(snapshot), _DELETED, lambda lib: _restore(lib, snapshot))


def _restore(library: Library, snapshot: SourceSnapshot) -> Edit:
    _restore_sources(library, [snapshot])
    return Edit(
        _delete_label(snapshot), _DELETED, lambda lib: delete_source(lib, snapshot.source_id)
    )


def _delete_sources(library: Library, source_ids: list[int]) -> list[SourceSnapshot]:
    """Delete sources, then bring the groups they were in up to date
    (corroborate/deleting.py: the library is regrouped only when its
    grouping state is out of step or most of it would be compared again).
    The groups are marked stale in the delete's transaction: were the
    process to die before the update, the next grouping run regroups."""
    # Imported here: the grouping code is not loaded before the first frame.
    from app.core.corroborate import beside, deleting, grouping

    counts = None  # of writes to what grouping reads, before and after, for beside.py
    with library.transaction():  # read under the write lock, before the delete
        gone = deleting.before(library, source_ids)
        before = library.grouping_generation() if library.regroup_beside else None
        snapshots = [library.delete_source(source_id) for source_id in source_ids]
        grouping.mark_stale(library)
        if before is not None:
            counts = (before, library.grouping_generation())
    if counts is not None:  # committed: a regroup built beside may leave them out
        beside.deleted(library, *counts, source_ids)
    deleting.update_deleted(library, gone)
    return snapshots


def _restore_sources(library: Library, snapshots: list[SourceSnapshot]) -> None:
    """Put deleted sources back, then index their items into the groups
    (`_delete_sources` in reverse)."""
    from app.core.corroborate import deleting, grouping

    with library.transaction():
        in_step = deleting.before_restore(library)
        for snapshot in snapshots:
            library.restore_source(snapshot)
        grouping.mark_stale(library)
    source_ids = [snapshot.source_id for snapshot in snapshots]
    deleting.update_restored(library, source_ids, in_step)


def _delete_label(snapshot: SourceSnapshot) -> str:
    # Cut between words, never inside a name: "... member Ada…" would name
    # another source than "... member Ada Vellum Brask objects".
    short = clip_words(snapshot.title, 40)
    # Its outlet and date tell it from another source of its title (a wire story).
    row = dict(zip(snapshot.source.columns, snapshot.source.rows[0], strict=True))
    which = which_source(row.get("outlet") or "", row.get("date") or "")
    label = f"Delete Source \u201c{short}\u201d" if short else "Delete Source"
    return f"{label} ({which})" if which else label
