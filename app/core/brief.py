"""The memo document: header, sections and blocks, and its JSON file format.

A brief file (`*.brief.json`) carries a snapshot of every block's text and of
its source's metadata, so it opens and exports without the library. A quote
block remembers the source's verbatim words (`original`); when the user edits
them the block is an *altered quote* and is never exported as a plain quote.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from app.core.fileio import atomic_write_text
from app.core.model import Item, Source, SourceMeta

SCHEMA_VERSION = 1
FORMAT_NAME = "briefing-builder/brief"

BlockKind = Literal["quote", "fact", "prose"]


class BriefError(Exception):
    """A brief file that cannot be read; str() names the file and the problem."""


@dataclass
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
        """What makes two references the same source in a source list."""
        if self.source_id is not None:
            return ("id", self.source_id)
        return ("meta", self.title, self.outlet, self.author, self.date, self.url, self.file_name)


@dataclass
class Block:
    """A quote, a fact or the user's own prose.

    For quote and fact blocks, `original` is the source's text at
    [start, end) when picked; `text` is what the memo shows.
    """

    kind: BlockKind
    text: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
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
        original = source.text[item.start : item.end]
        return cls(
            kind=item.kind,
            text=original,
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
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


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

    def blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def find_block(self, block_id: str) -> tuple[Section, int]:
        for section in self.sections:
            for i, block in enumerate(section.blocks):
                if block.id == block_id:
                    return section, i
        raise KeyError(block_id)

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
        """Build a brief from parsed JSON; ValueError/KeyError/TypeError if malformed."""
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ValueError("not a Briefing Builder brief")
        version = data.get("schema_version")
        if not isinstance(version, int) or version < 1:
            raise ValueError(f"unknown schema version {version!r}")
        if version > SCHEMA_VERSION:
            raise ValueError(
                f"made by a newer Briefing Builder (schema {version}, "
                f"this version reads up to {SCHEMA_VERSION})"
            )
        h = data.get("header") or {}
        header = Header(
            to=_str(h.get("to")),
            from_=_str(h.get("from")),
            date=_str(h.get("date")),
            subject=_str(h.get("subject")),
        )
        sections = []
        for s in data.get("sections", []):
            blocks = [_block_from_json(b) for b in s.get("blocks", [])]
            sections.append(Section(title=_str(s.get("title")), blocks=blocks, id=_id(s)))
        return cls(header=header, sections=sections)

    def save(self, path: str | Path) -> None:
        """Write the brief atomically: the old file or the new one, never half."""
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        atomic_write_text(path, text + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Brief:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise BriefError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BriefError(f"{path.name}: not a brief file (broken JSON: {exc})") from exc
        try:
            return cls.from_json(data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BriefError(f"{path.name}: not a usable brief ({exc})") from exc


_BLOCK_KINDS = ("quote", "fact", "prose")


def _str(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a number, found {type(value).__name__}")
    return value


def _id(obj: dict) -> str:
    return _str(obj.get("id")) or uuid.uuid4().hex[:12]


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


def _block_from_json(b: dict) -> Block:
    kind = b.get("kind")
    if kind not in _BLOCK_KINDS:
        raise ValueError(f"unknown block kind {kind!r}")
    src = b.get("source")
    source = None
    if src is not None:
        source = SourceRef(
            source_id=_int(src.get("source_id")),
            **{k: _str(src.get(k)) for k in SourceRef.__dataclass_fields__ if k != "source_id"},
        )
    return Block(
        kind=kind,
        text=_str(b.get("text")),
        id=_id(b),
        item_id=_int(b.get("item_id")),
        start=_int(b.get("start")),
        end=_int(b.get("end")),
        original=_str(b.get("original")),
        speaker=_str(b.get("speaker")),
        source=source,
    )
