"""A brief turned into one neutral layout that every exporter draws as it is.

`render(brief, style, notes)` decides everything that must be the same in
DOCX and PDF: the header lines (none for an empty field), the text of each
block with its quote marks, speaker and in-text citation (APA's "(Doe,
2024)", AP's "according to the ..."), the numbering and text of the notes
(Chicago only: one per cited block, the full note on a source's first
citation and the short note after) and the sorted, de-duplicated source list
(app/core/citations.py). Exporters only choose fonts and positions.

All text in the layout is already cleaned of characters that XML 1.0 (and so
a .docx file) cannot hold; PDF-specific escaping is left to the PDF exporter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from app.core import cite
from app.core.brief import Block, Brief, Header, SourceRef
from app.core.citations import MemoCitations
from app.core.cite import Span, Style, Styled

NotesMode = Literal["footnotes", "endnotes"]
NOTES_MODES: tuple[NotesMode, ...] = ("footnotes", "endnotes")
BlockStyle = Literal["quote", "fact", "prose", "altered"]

ALTERED_MARK = "[Altered quote: not the source\u2019s exact words]"

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 on,
# except lone surrogates and U+FFFE/U+FFFF. Anything else would make Word
# refuse the file, so it is removed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


_RTL_CLASSES = frozenset(("R", "AL"))


def is_rtl(char: str) -> bool:
    """Whether a character is a right-to-left letter (Hebrew, Arabic, ...)."""
    return unicodedata.bidirectional(char) in _RTL_CLASSES


# The blocks that hold right-to-left letters (Hebrew to Arabic Extended,
# presentation forms, and the historic scripts beyond U+FFFF): text without
# any is left to right, which spares a character-by-character look.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def has_rtl(text: str) -> bool:
    """Whether `text` holds any right-to-left letter."""
    return _MAYBE_RTL.search(text) is not None and any(map(is_rtl, text))


def mostly_rtl(text: str) -> bool:
    """Whether `text` is written right to left: at least four in five of its
    letters are (such a paragraph runs right to left, aligned right; an
    English sentence around an Arabic name does not)."""
    if _MAYBE_RTL.search(text) is None:
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(is_rtl, letters)) * 5 >= 4 * len(letters)


_LRM = "\u200e"


def numbers_after_rtl(spans: Styled) -> Styled:
    """Citation text for a left-to-right paragraph, with a left-to-right mark
    after each right-to-left run (from a right-to-left letter to the last one
    before a left-to-right letter) that digits follow: APA's "(ברסק, 2024)".
    Word, LibreOffice and the Preview lay text out by the Unicode bidi
    algorithm, which would pull the year into the run, before the name
    ("(2024 ,ברסק)"); the PDF keeps such digits out of the run (its
    `scripts.visual_order`), and so, with the mark, do they."""
    text = "".join(s.text for s in spans)
    if not has_rtl(text):
        return spans
    marks: list[int] = []
    last = -1  # the end of the right-to-left run read last, if no letter followed it yet
    digits = False  # whether digits followed it (digits before another such letter are its own)
    for i, char in enumerate(text):
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            last, digits = i + 1, False
        elif kind == "L":
            if digits:
                marks.append(last)
            last, digits = -1, False
        elif kind in ("EN", "AN") and last >= 0:
            digits = True
    if digits:
        marks.append(last)
    if not marks:
        return spans
    out, start, carried = [], 0, False
    for span in spans:
        end = start + len(span.text)
        cuts = [m - start for m in marks if start < m <= end]
        text = span.text
        if span.url:
            # Never inside a link's text, which a reader may copy as the address.
            carried, cuts = end in marks, []
        elif carried:
            carried, cuts = False, [0, *cuts]
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out.append(Span(_LRM.join(pieces), span.italic, span.url))
        start = end
    return tuple(out)


# Line breaks by other names: Word's manual line break (vertical tab), a page
# break (form feed), NEL, and Unicode's line and paragraph separators. Removed
# (or, for the separators, left to each exporter) they ran the words on either
# side together.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean(text: str) -> str:
    """Text safe for XML: control characters and lone surrogates removed,
    line ends normalised to `\\n`, other whitespace kept."""
    return _NOT_XML.sub("", _LINE_BREAKS.sub("\n", text))


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
    reference mark follows it (None when the block cites nothing in a note);
    `rtl` says the paragraph runs right to left."""

    block_id: str
    style: BlockStyle
    spans: Styled
    note: int | None = None
    cited: bool = False
    rtl: bool = False


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
    # The first line of each export and of the preview; `title` (the subject)
    # is the document's title in its properties and its running header.
    heading: str = "MEMORANDUM"

    def blocks(self) -> list[LayoutBlock]:
        return [b for s in self.sections for b in s.blocks]


# The memo header's fields, in order: the `Header` attribute, the label printed.
HEADER_LABELS = (("to", "TO"), ("from_", "FROM"), ("date", "DATE"), ("subject", "SUBJECT"))


def _field(header: Header, name: str) -> str:
    return clean(getattr(header, name)).strip()


def empty_header_fields(header: Header) -> list[str]:
    """The labels ("TO", ...) of `header`'s fields with nothing to print: the
    layout leaves their lines out, as a blank "TO:" would read as a form half
    filled in (the preflight says which)."""
    return [label for name, label in HEADER_LABELS if not _field(header, name)]


def render(brief: Brief, style: Style = "chicago", notes: NotesMode = "footnotes") -> Layout:
    """The layout of `brief` in citation `style`, notes placed as `notes`
    (which only matters in a style that numbers notes: Chicago)."""
    if style not in cite.STYLES:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(cite.STYLES)})")
    if notes not in NOTES_MODES:
        raise ValueError(f"unknown notes placement {notes!r} (footnotes or endnotes)")
    h = brief.header
    header = [(label, v) for name, label in HEADER_LABELS if (v := _field(h, name))]
    cited: dict[tuple, SourceRef] = {}
    for block in brief.blocks():
        if block.cited and block.source:
            ref = _clean_ref(block.source)
            cited.setdefault(ref.key(), ref)
    citations = MemoCitations(cited.values(), style)
    layout_notes: list[LayoutNote] = []
    seen: set[tuple] = set()
    sections = []
    for section in brief.sections:
        if not section.blocks:
            continue  # a bare heading reads as something left out: not drawn (preflight says so)
        out = LayoutSection(clean(section.title))
        for block in section.blocks:
            ref = _clean_ref(block.source) if block.cited and block.source else None
            number = None
            if ref is not None and style in cite.NOTE_STYLES:
                first = citations.entry_key(ref) not in seen
                number = len(layout_notes) + 1
                note = _ltr_citation(citations.note(ref, first))
                layout_notes.append(LayoutNote(number, block.id, note, first))
            if ref is not None:
                seen.add(citations.entry_key(ref))
            tail = citations.in_text(ref) if ref is not None else ()
            spans = _block_spans(block, tail, style)
            rtl = mostly_rtl(cite.plain(spans))
            if tail and not rtl:
                spans = _block_spans(block, numbers_after_rtl(tail), style)
            out.blocks.append(
                LayoutBlock(block.id, _block_style(block), spans, number, ref is not None, rtl)
            )
        sections.append(out)
    return Layout(
        title=clean(h.subject).strip() or "Memorandum",
        author=clean(h.from_).strip(),
        header=header,
        sections=sections,
        notes=layout_notes,
        sources=[_ltr_citation(entry) for entry in citations.entries()],
        style=style,
        notes_mode=notes,
        sources_title=cite.SOURCE_LIST_TITLES[style],
    )


def _ltr_citation(spans: Styled) -> Styled:
    """A note or source-list entry: a paragraph of its own, left to right
    unless mostly right to left (as the exporters lay it out)."""
    return spans if mostly_rtl(cite.plain(spans)) else numbers_after_rtl(spans)


def _block_style(block: Block) -> BlockStyle:
    if block.altered:
        return "altered"
    return block.kind


def _block_spans(block: Block, tail: Styled, style: Style) -> Styled:
    text = clean(block.text).strip()
    speaker = clean(block.speaker).strip()
    if block.kind == "prose":
        return (Span(text),)
    if block.altered:
        # Never shown in quote marks: the words are the user's, not the source's.
        who = f" \u2014 paraphrasing {speaker}" if speaker else ""
        spans = [Span(ALTERED_MARK, italic=True), Span(f" {text}{who}")]
        return _after(spans, tail, style, dash=False)
    if block.kind == "quote":
        # A quote cut from mid-sentence ("... our city better," she said) ends
        # in a full stop when it stands alone (CMOS 13.7 allows this change).
        if text.endswith((",", ";", ":")):
            text = text[:-1].rstrip() + "."
        # The quote's own quotation marks go one level down inside the memo's.
        spans = [Span(f"\u201c{cite.inner_quotes(text)}\u201d")]
        if speaker:
            spans.append(Span(f" \u2014 {speaker}"))
        return _after(spans, tail, style, dash=not speaker)
    return _in_sentence(Span(text), tail, style)


_STOPS = (".", "?", "!", "\u2026")


def _after(spans: list[Span], tail: Styled, style: Style, dash: bool) -> Styled:
    """A citation after a quotation or a displayed passage: APA's
    `... (Doe, 2024)` after the final punctuation, as for block quotations
    (APA 8.27); AP's `, according to X` (after a dash when no speaker is named)."""
    if not tail:
        return tuple(spans)
    if style == "apa":
        return tuple([*spans, Span(" "), *tail])
    return tuple([*spans, Span(" \u2014 " if dash else ", "), *tail])


_CLOSING_QUOTES = ("\u201d", "\u2019", '"', "'")


def _in_sentence(body: Span, tail: Styled, style: Style) -> Styled:
    """A citation inside a sentence's final full stop: `It passed (Doe,
    2024).` in APA (a "?" or "!" of the sentence stays before the citation),
    `It passed, according to the Daily News.` in AP, where a sentence that
    ends on a quotation takes the comma inside it: `a “sanctuary city,”
    according to ...` (American usage)."""
    if not tail:
        return (body,)
    text = body.text
    stop = ""
    quoted = ""
    if text.endswith(".") and not text.endswith(("...", "\u2026")):
        text, stop = text[:-1], "."
    elif len(text) > 1 and text[-1] in _CLOSING_QUOTES and text[-2] == ".":
        # The full stop inside the closing quote mark moves after the citation.
        text, quoted, stop = text[:-2], text[-1], "."
    elif text.endswith(_STOPS) or text.endswith(tuple(e + "\u201d" for e in _STOPS)):
        stop = "."
    if style == "apa":
        return (Span(text + quoted), Span(" "), *tail, Span(stop))
    last = tail[-1]
    tail = tail[:-1]
    if stop and last.text.endswith("\u201d") and not last.url:
        # The attribution ends on a quoted title: the full stop goes inside,
        # unless the title closes on its own punctuation.
        closing = last.text[:-1]
        last = Span(closing + ("" if closing.endswith(_STOPS) else ".") + "\u201d", last.italic)
        stop = ""
    if quoted:
        return (Span(f"{text},{quoted} "), *tail, last, Span(stop))
    joiner = " " if text.endswith(("?", "!", "?\u201d", "!\u201d")) else ", "
    return (Span(text), Span(joiner), *tail, last, Span(stop))
