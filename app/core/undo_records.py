"""What an undo of a library edit keeps: the rows a deleted source took with
it, and what a speaker edit changed (app/core/store_undo.py,
app/core/store_speakers.py make them; app/core/library_edits.py takes them
back). Loaded with the first such edit, not with the window's first frame:
each dataclass builds its methods when loaded."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Rows:
    """Rows of one table, with their column names (so an undo survives columns
    added by later schema versions)."""

    columns: tuple[str, ...] = ()
    rows: list[tuple] = field(default_factory=list)


@dataclass
class SourceSnapshot:
    """Everything deleting a source removes: enough to put it back as it was."""

    source_id: int
    title: str
    source: Rows
    items: Rows
    tags: Rows
    derived_marks: Rows
    derived_children: list[int]
    # The name of each speaker its items had (an id alone may name another later).
    speakers: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SpeakerRename:
    speaker_id: int
    old_name: str
    new_name: str
    alias_added: bool  # the old name became an alias (it was not one before)


@dataclass(frozen=True)
class SpeakerMerge:
    keep_id: int
    merged: tuple[int, str, str]  # the merged speaker: id, name, role
    merged_aliases: tuple[str, ...]
    moved_items: tuple[int, ...]
    aliases_added: tuple[str, ...]  # aliases the kept speaker gained
    item_mark: int = 0  # the highest item id at the merge: later ones came after it
    hand_aliases: tuple[str, ...] = ()  # those of merged_aliases the user had joined


@dataclass(frozen=True)
class SpeakerChoice:
    item_id: int
    old_speaker_id: int | None
    old_locked: bool
    created_speaker: int | None  # a speaker made for this choice
    aliases_added: tuple[tuple[int, str], ...]
    old_speaker_name: str | None = None
    new_speaker_id: int | None = None  # the speaker this choice gave the quote


@dataclass
class RepairRecord:
    """What Check Speakers changed (app/core/speaker_repair.py), for its undo."""

    steps: int = 0  # the joins and splits made (those changed meanwhile are not)
    moved: list[tuple[int, int, int]] = field(default_factory=list)  # item, from, to
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # speakers joined away
    created: list[int] = field(default_factory=list)  # speakers made for a split-off name
    aliases_added: list[tuple[int, str]] = field(default_factory=list)
    aliases_removed: list[tuple[int, str]] = field(default_factory=list)
    hand: list[tuple[int, str]] = field(default_factory=list)  # removed ones the user had joined
    roles: list[tuple[int, str, str]] = field(default_factory=list)  # speaker, before, after
    renamed: list[tuple[int, str, str]] = field(default_factory=list)  # speaker, before, after
