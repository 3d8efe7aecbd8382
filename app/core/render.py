"""A brief turned into one neutral layout that every exporter draws as it is.

`render(brief, style, notes)` decides everything that must be the same in
DOCX and PDF: the header lines, the text of each block with its quote marks,
speaker and in-text attribution (AP), the numbering and text of the notes
(one per cited block in every style; Chicago: full note on a source's first
citation, short note after; APA and AP: the source's reference entry), and
the sorted, de-duplicated source list. Exporters only choose fonts and
positions.

All text in the layout is already cleaned of characters that XML 1.0 (and so
a .docx file) cannot hold; PDF-specific escaping is left to the PDF exporter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from app.core import cite
from app.core.brief import Block, Brief, SourceRef
from app.core.cite import Span, Style, Styled

NotesMode = Literal["footnotes", "endnotes"]
NOTES_MODES: tuple[NotesMode, ...] = ("footnotes", "endnotes")
BlockStyle = Literal["quote", "fact", "prose", "altered"]

ALTERED_MARK = "[Altered quote: not the source\u2019s exact words]"

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 on,
# except lone surrogates and U+FFFE/U+FFFF. Anything else would make Word
# refuse the file, so it is removed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text safe for XML: control characters and lone surrogates removed,
    line ends normalised to `\\n`, other whitespace kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text)


def _clean_ref(ref: SourceRef) -> SourceRef:
    return SourceRef(
        ref.source_id,
        clean(ref.file_name),
        clean(ref.title),
        clean(ref.outlet),
        clean(ref.author),
        clean(ref.date),
        clean(ref.url).strip(),
        clean(ref.accessed),
    )


@dataclass(frozen=True)
class LayoutNote:
    """Note `number` cites the source of block `block_id` with text `spans`."""

    number: int
    block_id: str
    spans: Styled
    first: bool


@dataclass(frozen=True)
class LayoutBlock:
    """One paragraph: `spans` is its full text; `note` is the note number whose
    reference mark follows it (None when the block cites nothing in a note)."""

    block_id: str
    style: BlockStyle
    spans: Styled
    note: int | None = None
    cited: bool = False


@dataclass
class LayoutSection:
    title: str
    blocks: list[LayoutBlock] = field(default_factory=list)


@dataclass
class Layout:
    """What every exporter draws, in this order: header, sections, endnotes
    (when `notes_mode` is "endnotes"), source list."""

    title: str
    author: str
    header: list[tuple[str, str]]
    sections: list[LayoutSection]
    notes: list[LayoutNote]
    sources: list[Styled]
    style: Style
    notes_mode: NotesMode
    sources_title: str
    notes_title: str = "Notes"

    def blocks(self) -> list[LayoutBlock]:
        return [b for s in self.sections for b in s.blocks]


def render(brief: Brief, style: Style = "chicago", notes: NotesMode = "footnotes") -> Layout:
    """The layout of `brief` in citation `style`, notes placed as `notes`."""
    if style not in cite.STYLES:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(cite.STYLES)})")
    if notes not in NOTES_MODES:
        raise ValueError(f"unknown notes placement {notes!r} (footnotes or endnotes)")
    h = brief.header
    header = [
        ("TO", clean(h.to)),
        ("FROM", clean(h.from_)),
        ("DATE", clean(h.date)),
        ("SUBJECT", clean(h.subject)),
    ]
    layout_notes: list[LayoutNote] = []
    seen: dict[tuple, SourceRef] = {}
    cited = {}
    for block in brief.blocks():
        if block.cited and block.source:
            ref = _clean_ref(block.source)
            cited.setdefault(ref.key(), ref)
    short_notes = distinct_short_notes(list(cited.values()))
    sections = []
    for section in brief.sections:
        out = LayoutSection(clean(section.title))
        for block in section.blocks:
            ref = _clean_ref(block.source) if block.cited and block.source else None
            number = None
            if ref is not None:
                first = ref.key() not in seen
                number = len(layout_notes) + 1
                if style == "chicago" and not first:
                    spans = short_notes[ref.key()]
                else:
                    spans = cite.note(ref, style, first)
                layout_notes.append(LayoutNote(number, block.id, spans, first))
            if ref is not None:
                seen.setdefault(ref.key(), ref)
            spans = _block_spans(block, ref, style)
            out.blocks.append(
                LayoutBlock(block.id, _block_style(block), spans, number, ref is not None)
            )
        sections.append(out)
    refs = sorted(seen.values(), key=lambda r: cite.sort_key(r, style))
    # Keyed by text: two copies of one article make one entry, not two alike.
    entries = {cite.plain(e): e for e in (cite.source_entry(r, style) for r in refs)}
    return Layout(
        title=clean(h.subject).strip() or "Memorandum",
        author=clean(h.from_).strip(),
        header=header,
        sections=sections,
        notes=layout_notes,
        sources=list(entries.values()),
        style=style,
        notes_mode=notes,
        sources_title=cite.SOURCE_LIST_TITLES[style],
    )


def distinct_short_notes(refs: list[SourceRef]) -> dict[tuple, Styled]:
    """A Chicago short note for each source of one memo (by `SourceRef.key()`),
    no two alike, so that every short note points at one source list entry.

    Sources whose short notes would read the same get longer short titles, a
    word at a time, until they differ; those that stay alike (same title) get
    the first of outlet, date and file name that tells them apart."""
    # Sources whose bibliography entries read the same (one article imported
    # twice) are one entry in the list, so they share one short note.
    same: dict[str, SourceRef] = {}
    for r in refs:
        same.setdefault(cite.plain(cite.chicago_bibliography(r)), r)
    entry_of = {r.key(): same[cite.plain(cite.chicago_bibliography(r))] for r in refs}
    refs = list(same.values())
    words = {r.key(): 4 for r in refs}
    extras: dict[tuple, Styled] = {}

    def note_of(r: SourceRef) -> Styled:
        return cite.chicago_short_note(r, words[r.key()], extras.get(r.key(), ()))

    grew = True
    while grew:
        grew = False
        for group in _alike(refs, note_of):
            for r in group:
                if words[r.key()] < len(r.title.split()):
                    words[r.key()] += 1
                    grew = True
    for group in _alike(refs, note_of):
        for r, extra in zip(group, _distinguishers(group), strict=True):
            extras[r.key()] = extra
    return {key: note_of(r) for key, r in entry_of.items()}


def _alike(refs: list[SourceRef], note_of) -> list[list[SourceRef]]:
    """Groups of two or more sources whose notes read the same (ignoring case)."""
    groups: dict[str, list[SourceRef]] = {}
    for r in refs:
        groups.setdefault(cite.plain(note_of(r)).casefold(), []).append(r)
    return [g for g in groups.values() if len(g) > 1]


def _distinguishers(group: list[SourceRef]) -> list[Styled]:
    """For sources with the same title: the first field whose values all differ
    (outlet, date, file name, URL); failing that, all of them and the library's
    source number."""
    fields = [
        lambda r: (Span(r.outlet.strip(), italic=True),) if r.outlet.strip() else (),
        lambda r: (Span(cite.date_long(r.date)),) if r.date.strip() else (),
        lambda r: (Span(r.file_name.strip()),) if r.file_name.strip() else (),
        lambda r: (Span(r.url.strip(), url=r.url.strip()),) if r.url.strip() else (),
    ]
    for field_of in fields:
        values = [field_of(r) for r in group]
        texts = {cite.plain(v).casefold() for v in values}
        if all(values) and len(texts) == len(group):
            return values
    out = []
    for r in group:
        parts = [f(r) for f in fields]
        if r.source_id is not None:
            parts.append((Span(f"source {r.source_id}"),))
        spans = [
            s for i, p in enumerate(p for p in parts if p) for s in ((Span(", "),) if i else ()) + p
        ]
        out.append(tuple(spans))
    return out


def _block_style(block: Block) -> BlockStyle:
    if block.altered:
        return "altered"
    return block.kind


def _block_spans(block: Block, ref: SourceRef | None, style: Style) -> Styled:
    text = clean(block.text).strip()
    speaker = clean(block.speaker).strip()
    tail = cite.in_text(ref, style) if ref is not None else ()
    if block.kind == "prose":
        return (Span(text),)
    if block.altered:
        # Never shown in quote marks: the words are the user's, not the source's.
        who = f" \u2014 paraphrasing {speaker}" if speaker else ""
        return _with_tail([Span(ALTERED_MARK, italic=True), Span(f" {text}{who}")], tail, style)
    if block.kind == "quote":
        # A quote cut from mid-sentence ("... our city better," Bass said) ends
        # in a full stop when it stands alone (CMOS 13.7 allows this change).
        if text.endswith((",", ";", ":")):
            text = text[:-1].rstrip() + "."
        spans = [Span(f"\u201c{text}\u201d")]
        if speaker:
            spans.append(Span(f" \u2014 {speaker}"))
        return _with_tail(spans, tail, style, dash=not speaker)
    return _with_tail([Span(text)], tail, style, before_period=True)


def _with_tail(
    spans: list[Span], tail: Styled, style: Style, dash: bool = False, before_period: bool = False
) -> Styled:
    """Append the in-text attribution (AP): `, according to X`."""
    if not tail:
        return tuple(spans)
    last = spans[-1]
    stop = ""
    if before_period and last.text.endswith(".") and not last.text.endswith("..."):
        # The attribution goes inside the sentence: "... in 2017, according to X."
        stop = "."
        spans[-1] = Span(last.text[:-1], last.italic, last.url)
    if dash:
        joined = [Span(" \u2014 "), *tail]
    else:
        joined = [Span(", "), *tail]
    if stop or (style == "ap" and before_period):
        last = joined[-1]
        if last.text.endswith("\u201d") and not last.url:
            # American usage: the full stop goes inside the closing quote mark.
            joined[-1] = Span(last.text[:-1] + ".\u201d", last.italic)
        else:
            joined.append(Span("."))
    return tuple(spans + joined)
