"""The memo document: header, sections and blocks, its editing operations,
and its JSON file format.

A brief file (`*.brief.json`) carries a snapshot of every block's text and of
its source's metadata, so it opens and exports without the library. A quote
block remembers the source's verbatim words (`original`); when the user edits
them the block is an *altered quote* and is never exported as a plain quote.

The editing operations (`insert_block`, `move_block`, `set_block_text`, ...)
are the only way the memo changes, for headless code and for the window's
undo commands alike. Text coming in (a file, an edit) has lone surrogates
(halves of a character, left by broken copy and paste) replaced, so a memo
can always be saved; a file that is too large or nested too deeply to be a
memo is refused with one clear message.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from app.core.fileio import atomic_write_text
from app.core.first_use import dataclass_at_first_use
from app.core.model import Item, Source, SourceMeta

SCHEMA_VERSION = 1
FORMAT_NAME = "briefing-builder/brief"
# A memo of 300 blocks is about 0.3 MB; anything past this is not one a person
# wrote, and reading it would hold the window (and memory) for a long time.
MAX_BRIEF_BYTES = 10 * 1024 * 1024
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"

BlockKind = Literal["quote", "fact", "prose"]


def new_id() -> str:
    """A new random id for a section or block: 12 hex digits, as many as the
    ids made with the first 12 of a random UUID's (6 random bytes). Read from
    the OS without the uuid module, which loads `platform` too: 2-4 ms of the
    window's start (bench/bench_startup.py)."""
    return os.urandom(6).hex()


class BriefError(Exception):
    """A brief file that cannot be read; str() names the file and the problem."""


class NewerBriefError(BriefError):
    """A brief file a newer Briefing Builder wrote: whole, but not for this
    version to read (nor to replace unasked)."""


class NewerSchemaError(ValueError):
    """`Brief.from_json` of a newer Briefing Builder's memo."""


def clean_text(text: str) -> tuple[str, int]:
    """`text` with lone surrogates replaced by U+FFFD, and how many there were
    (they cannot be written as UTF-8, so a memo holding one could not be saved)."""
    if text.isascii():
        return text, 0
    return _LONE_SURROGATE.subn(REPLACEMENT, text)


def _clean(text: str) -> str:
    return clean_text(text)[0]


@dataclass_at_first_use()
class SourceRef:
    """A snapshot of a source's identity and metadata, for citations."""

    source_id: int | None = None
    file_name: str = ""
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    accessed: str = ""

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        m = source.meta
        return cls(
            source.id, source.file_name, m.title, m.outlet, m.author, m.date, m.url, m.accessed
        )

    @property
    def meta(self) -> SourceMeta:
        return SourceMeta(self.title, self.outlet, self.author, self.date, self.url, self.accessed)

    def key(self) -> tuple:
        """What makes two references the same source in a source list: the
        same id and the same details. An id alone is not enough: a memo made
        with one library and carried on with another (an offline copy's
        source before Sync gave it the team's id) may hold two articles
        under one id, and one's notes would cite the other."""
        meta = (self.title, self.outlet, self.author, self.date, self.url, self.file_name)
        if self.source_id is not None:
            return ("id", self.source_id, *meta, self.accessed)
        return ("meta", *meta)


@dataclass_at_first_use()
class Block:
    """A quote, a fact or the user's own prose.

    For quote and fact blocks, `original` is the source's text at
    [start, end) when picked; `text` is what the memo shows.
    """

    kind: BlockKind
    text: str
    id: str = field(default_factory=new_id)
    item_id: int | None = None
    start: int | None = None
    end: int | None = None
    original: str = ""
    speaker: str = ""
    source: SourceRef | None = None

    @property
    def altered(self) -> bool:
        """A quote whose words no longer match its source verbatim."""
        return self.kind == "quote" and self.text != self.original

    @property
    def cited(self) -> bool:
        return self.kind in ("quote", "fact") and self.source is not None

    @classmethod
    def from_item(cls, item: Item, source: Source) -> Block:
        """A block holding the item as picked: a quote's words verbatim, a
        fact in its cited form ("[The county] spent ..."), whose bracket is the
        mark of the resolved subject; `original` stays the source's words."""
        original = source.text[item.start : item.end]
        text = original if item.kind == "quote" else (item.cited or original)
        return cls(
            kind=item.kind,
            text=text,
            item_id=item.id,
            start=item.start,
            end=item.end,
            original=original,
            speaker=item.speaker_name or "",
            source=SourceRef.of(source),
        )


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Header:
    to: str = ""
    from_: str = ""
    date: str = ""
    subject: str = ""


@dataclass
class Brief:
    header: Header = field(default_factory=Header)
    sections: list[Section] = field(default_factory=list)
    # What loading had to repair, for the user to be told (not saved).
    notices: list[str] = field(default_factory=list, compare=False, repr=False)

    def blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def find_block(self, block_id: str) -> tuple[Section, int]:
        for section in self.sections:
            for i, block in enumerate(section.blocks):
                if block.id == block_id:
                    return section, i
        raise KeyError(block_id)

    # -- where things are -----------------------------------------------------

    def section_row(self, section_id: str) -> int:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return row
        raise KeyError(section_id)

    def locate(self, block_id: str) -> tuple[int, int]:
        """(section row, block row) of a block; KeyError when it is not here."""
        for srow, section in enumerate(self.sections):
            for row, block in enumerate(section.blocks):
                if block.id == block_id:
                    return srow, row
        raise KeyError(block_id)

    def sections_holding(self, item_ids: list[int]) -> list[str]:
        """Titles of the sections that hold a block taken from one of these library items."""
        wanted = set(item_ids)
        return [s.title for s in self.sections if any(b.item_id in wanted for b in s.blocks)]

    def block(self, block_id: str) -> Block:
        srow, row = self.locate(block_id)
        return self.sections[srow].blocks[row]

    # -- editing operations (the undo commands call these) ---------------------

    def set_header_field(self, name: str, value: str) -> str:
        """Set "to", "from_", "date" or "subject"; returns the old value."""
        if name not in Header.__dataclass_fields__:
            raise KeyError(name)
        old = getattr(self.header, name)
        setattr(self.header, name, _clean(value))
        return old

    def insert_section(self, row: int, section: Section) -> None:
        section.title = _clean(section.title)
        self.sections.insert(row, section)

    def remove_section(self, row: int) -> Section:
        return self.sections.pop(row)

    def move_section(self, row: int, to_row: int) -> None:
        """Move the section at `row` so that it ends up at `to_row`."""
        self.sections.insert(to_row, self.sections.pop(row))

    def rename_section(self, row: int, title: str) -> str:
        """A section's new title; returns the old one."""
        old = self.sections[row].title
        self.sections[row].title = _clean(title)
        return old

    def insert_block(self, srow: int, row: int, block: Block) -> None:
        block.text = _clean(block.text)
        self.sections[srow].blocks.insert(row, block)

    def remove_block(self, srow: int, row: int) -> Block:
        return self.sections[srow].blocks.pop(row)

    def move_block(self, block_id: str, to_srow: int, to_row: int) -> None:
        """Move a block so that it ends up at row `to_row` of section `to_srow`."""
        srow, row = self.locate(block_id)
        block = self.sections[srow].blocks.pop(row)
        self.sections[to_srow].blocks.insert(to_row, block)

    def set_block_text(self, block_id: str, text: str) -> str:
        """New words for a block; returns the old ones."""
        block = self.block(block_id)
        old = block.text
        block.text = _clean(text)
        return old

    def set_block_source(self, block_id: str, source: SourceRef | None) -> SourceRef | None:
        """Replace the copy of a block's source details; returns the old copy."""
        block = self.block(block_id)
        old = block.source
        block.source = source
        return old

    def set_block_speaker(self, block_id: str, speaker: str) -> str:
        """Who a quote block says spoke; returns the old speaker. The words stay."""
        block = self.block(block_id)
        old = block.speaker
        block.speaker = speaker
        return old

    def set_block_cited(
        self, block_id: str, item_id: int | None, source: SourceRef | None
    ) -> tuple[int | None, SourceRef | None]:
        """What a block cites by id: its item and its source (with its details),
        as Sync renumbers them; returns the old pair."""
        block = self.block(block_id)
        old = block.item_id, block.source
        block.item_id, block.source = item_id, source
        return old

    # -- file format ----------------------------------------------------------

    def to_json(self) -> dict:
        header = asdict(self.header)
        header["from"] = header.pop("from_")
        return {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "header": header,
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "blocks": [_block_json(b) for b in s.blocks],
                }
                for s in self.sections
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> Brief:
        """Build a brief from parsed JSON; ValueError/KeyError/TypeError if
        malformed. Lone surrogates in its text are replaced (see `notices`)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ValueError("not a Briefing Builder memo")
        version = data.get("schema_version")
        if not isinstance(version, int) or version < 1:
            raise ValueError(f"unknown schema version {version!r}")
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"made by a newer Briefing Builder (schema {version}, "
                f"this version reads up to {SCHEMA_VERSION})"
            )
        reader = _Reader()
        h = data.get("header") or {}
        header = Header(
            to=reader.text(h.get("to")),
            from_=reader.text(h.get("from")),
            date=reader.text(h.get("date")),
            subject=reader.text(h.get("subject")),
        )
        sections = []
        for s in data.get("sections", []):
            blocks = [reader.block(b) for b in s.get("blocks", [])]
            sections.append(
                Section(title=reader.text(s.get("title")), blocks=blocks, id=reader.id(s))
            )
        brief = cls(header=header, sections=sections)
        if reader.replaced:
            brief.notices.append(
                f"{reader.replaced} broken character{'s' if reader.replaced != 1 else ''}"
                " (halves of a character, left by copying from a broken page) replaced with \ufffd"
            )
        return brief

    def save(self, path: str | Path) -> None:
        """Write the brief atomically: the old file or the new one, never half."""
        import json  # loaded when first used: not by the first frame

        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        # Edits are cleaned on the way in; this keeps a save possible whatever slipped through.
        atomic_write_text(path, _clean(text) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Brief:
        """Read a brief file; BriefError names the file and the problem (too
        large, not JSON, nested too deeply, numbers too long, not a brief)."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_BRIEF_BYTES:
                raise BriefError(
                    f"{path.name}: {size / 1024 / 1024:.0f} MB is too large for a memo"
                    f" (the limit is {MAX_BRIEF_BYTES // 1024 // 1024} MB; a memo of"
                    " 300 quotes is about 0.3 MB)"
                )
            raw = path.read_bytes()
        except OSError as exc:
            raise BriefError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
        import json  # loaded when first used: not by the first frame

        try:
            # "utf-8-sig": a memo edited in an editor that writes a byte-order
            # mark (Windows Notepad did) is still one.
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            # Said without the codec's words ("can't decode byte 0x93 in
            # position 0"), which tell a user nothing they can act on.
            raise BriefError(
                f"{path.name}: not a memo file (broken JSON: not text; the file is"
                " damaged, or is another kind of file)"
            ) from exc
        except RecursionError as exc:
            raise BriefError(f"{path.name}: not a memo file (nested too deeply)") from exc
        except json.JSONDecodeError as exc:
            where = (
                "the file is empty"
                if not raw.strip()
                else f"damaged or cut short at line {exc.lineno}, column {exc.colno}"
            )
            raise BriefError(f"{path.name}: not a memo file (broken JSON: {where})") from exc
        except ValueError as exc:  # a number thousands of digits long
            raise BriefError(
                f"{path.name}: not a memo file (broken JSON: a number too long to read)"
            ) from exc
        try:
            return cls.from_json(data)
        except RecursionError as exc:
            raise BriefError(f"{path.name}: not a usable memo (nested too deeply)") from exc
        except NewerSchemaError as exc:
            raise NewerBriefError(f"{path.name}: not a usable memo ({exc})") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BriefError(f"{path.name}: not a usable memo ({exc})") from exc


_BLOCK_KINDS = ("quote", "fact", "prose")


def _str(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


# The ids and offsets a library stores are 64-bit; a larger one (a hand-edited
# file) could not even be looked up.
_INT_RANGE = range(-(2**63), 2**63)


def _int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a number, found {type(value).__name__}")
    if value not in _INT_RANGE:
        digits = str(value)
        shown = digits if len(digits) <= 20 else digits[:20] + "\u2026"
        raise ValueError(f"a number out of range: {shown}")
    return value


class _Reader:
    """Reads the parts of a brief's JSON, counting the broken characters it
    replaces. An id already given to a section or block of the file (two
    memos pasted into one, a block's lines copied by hand) is replaced by a
    new one: the window and its undo steps find blocks by id."""

    def __init__(self) -> None:
        self.replaced = 0
        self.ids: set[str] = set()

    def id(self, obj: dict) -> str:
        found = _str(obj.get("id"))
        if not found or found in self.ids:
            found = new_id()
        self.ids.add(found)
        return found

    def text(self, value: object) -> str:
        text, n = clean_text(_str(value))
        self.replaced += n
        return text

    def block(self, b: dict) -> Block:
        kind = b.get("kind")
        if kind not in _BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        src = b.get("source")
        source = None
        if src is not None:
            source = SourceRef(
                source_id=_int(src.get("source_id")),
                **{
                    k: self.text(src.get(k))
                    for k in SourceRef.__dataclass_fields__
                    if k != "source_id"
                },
            )
        return Block(
            kind=kind,
            text=self.text(b.get("text")),
            id=self.id(b),
            item_id=_int(b.get("item_id")),
            start=_int(b.get("start")),
            end=_int(b.get("end")),
            original=self.text(b.get("original")),
            speaker=self.text(b.get("speaker")),
            source=source,
        )


def _block_json(b: Block) -> dict:
    out: dict = {"id": b.id, "kind": b.kind, "text": b.text}
    if b.kind != "prose":
        out.update(
            item_id=b.item_id,
            start=b.start,
            end=b.end,
            original=b.original,
            speaker=b.speaker,
            source=asdict(b.source) if b.source else None,
        )
    return out
