"""The domain objects of Briefing Builder, as plain dataclasses.

A `Source` is a document the user collected; an `Item` is a quote or a fact
found in it, always tied to an exact character span of the source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.core.first_use import dataclass_at_first_use

ItemKind = Literal["quote", "fact"]

METADATA_FIELDS = ("title", "outlet", "author", "date", "url", "accessed")


@dataclass_at_first_use()
class SourceMeta:
    """What is known about a source besides its text; empty string = unknown."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    accessed: str = ""


@dataclass_at_first_use()
class Source:
    id: int
    file_name: str
    text: str
    meta: SourceMeta
    content_hash: str
    derived_from: int | None = None


@dataclass_at_first_use()
class Speaker:
    id: int
    name: str
    role: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Item:
    """A quote or fact: `text` is always `source.text[start:end]`."""

    id: int
    source_id: int
    kind: ItemKind
    start: int
    end: int
    text: str
    speaker_id: int | None = None
    speaker_name: str | None = None
    speaker_locked: bool = False
    tags: list[str] = field(default_factory=list)
    # A fact as the card shows it and the memo cites it, when that differs
    # from `text`: a pronoun subject resolved in brackets ("[Dana Roe] voted").
    cited: str | None = None

    @property
    def cited_text(self) -> str:
        """What a card shows and a memo cites: `cited`, else `text`."""
        return self.cited if self.cited is not None else self.text


@dataclass_at_first_use()
class NewItem:
    """An item about to be stored: found by extraction or clipped by hand."""

    kind: ItemKind
    start: int
    end: int
    speaker: str | None = None
    speaker_role: str = ""
    speaker_locked: bool = False
    cited: str | None = None  # see Item.cited


@dataclass_at_first_use()
class Cluster:
    """The same quote or claim carried by several sources."""

    id: int
    kind: ItemKind
    item_ids: list[int]
    source_count: int
    independent_count: int


# The resolution of a conflict none of whose values holds (the note says why).
NEITHER = "Neither (see note)"


@dataclass
class Conflict:
    """Claims about the same thing that differ in a value."""

    id: int
    item_ids: list[int]
    values: list[str]  # each claim's value, parallel to item_ids
    resolution: str = ""  # the user's choice; empty while unresolved
    note: str = ""
    kind: str = ""  # what kind of value differs: year, date, tally, money, ...
    subject: str = ""  # a few words saying what the claims are about
    # On a team library: who made the resolution, and the other people's
    # decisions on the same conflict, (choice, note, who), latest first.
    resolved_by: str = ""
    others: list[tuple[str, str, str]] = field(default_factory=list)
    # While unresolved: the decisions made on it when its sources gave other
    # values (a report giving a new value reopens a decided conflict), as
    # (choice, note, the values then), latest first: the user's note is not lost.
    earlier: list[tuple[str, str, list[str]]] = field(default_factory=list)
