"""The citation audit's checks: export a `Run`'s memo as the export command does
(checked against its library) in every style and notes placement, read the
files back (python-docx and the DOCX's XML; pdftotext) and hold them against
the run's own account of each block and the library as it is now.

What is checked, in every export:
- each block is there, in the memo's reading order, with its own words; a
  quote in quote marks with the speaker it was picked with, or, when the
  library gives it another now, the library's (taken on request) or a
  warning naming the change;
- notes run 1..n in reading order, each mark in its block's paragraph;
- each note names the block's source as the library has it now (or, deleted,
  as the memo saved it): title, outlet, date; a source's first note is its
  full note, and each later one a short note that names that source and no
  other source cited before it;
- APA's and AP's citations in the text name the block's source;
- the source list holds each cited source once, and nothing else.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from app.cli.export import _check_with_library
from app.core import cite
from app.core.brief import Brief
from app.core.cite_fields import SHORT_WORDS, title_words
from app.core.export import ExportOptions, export_brief
from app.core.render import ALTERED_MARK
from tests.export.cite_audit_build import Expect, Run

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Cited:
    """What one block should cite now."""

    block_id: str
    expect: Expect
    title: str
    outlet: str
    author: str
    date: str
    url: str
    speaker: str  # the speaker the export should print
    speaker_now: str = ""  # the one the library gives the quote now
    file_name: str = ""

    @property
    def identity(self) -> tuple:
        return (self.title, self.outlet, self.author, self.date, self.url)


def squash(text: str) -> str:
    return " ".join(text.replace("\u200e", "").split())


def fold(text: str) -> str:
    """Lower case, without quote marks (a title's own go one level down in a
    citation), spaces squashed, and without a closing full stop (a title's
    own merges with the citation's)."""
    return squash(re.sub("[\"'\u201c\u201d\u2018\u2019]", "", text)).lower().rstrip(".")


def now_cited(run: Run, brief: Brief, take_speakers: bool) -> list[Cited | None]:
    """Per block in reading order: what it should cite now (None for prose)."""
    out: list[Cited | None] = []
    # A deleted source is cited as one source: with the first copy in memo
    # order holding the title it had when deleted, else the first copy.
    gone = run.library.deleted_source_titles()
    one: dict[int, object] = {}
    for block in brief.blocks():
        e = run.expect[block.id]
        if e.source_id in gone and (
            e.source_id not in one
            or (one[e.source_id].title != gone[e.source_id] and e.copy.title == gone[e.source_id])
        ):
            one[e.source_id] = e.copy
    for block in brief.blocks():
        e = run.expect[block.id]
        if e.kind == "prose":
            out.append(None)
            continue
        ref, speaker, now = one.get(e.source_id, e.copy), block.speaker, ""
        try:
            source = run.library.source(e.source_id)
        except KeyError:
            source = None
        if source is not None and source.text[block.start : block.end] == block.original:
            m = source.meta
            ref = dataclasses.replace(
                ref, title=m.title, outlet=m.outlet, author=m.author, date=m.date, url=m.url
            )
            if e.kind == "quote":
                now = run.library.item(e.item_id).speaker_name or ""
                speaker = now if take_speakers else block.speaker
        else:
            now = block.speaker
        c = Cited(
            block.id,
            e,
            ref.title,
            ref.outlet,
            ref.author,
            ref.date,
            ref.url,
            speaker,
            now,
            ref.file_name,
        )
        out.append(c)
    return out


def details(c: Cited) -> list[str]:
    """The details besides the title that set a source apart in a citation:
    its author's family name, outlet, and date's words."""
    surname = c.author.split(",")[0].split(" and ")[0].split()[-1:] if c.author else []
    return [*surname, *([c.outlet] if c.outlet else []), *date_words(c.date)]


def led(c: Cited, lead: str) -> bool:
    """Whether a short note led by `lead` can be `c`'s: Chicago leads with the
    author's family name, else (an unsigned article) with the outlet."""
    if c.author:
        return details(c)[0].lower() in lead
    return lead == fold(c.outlet)


def date_words(date: str) -> list[str]:
    """The parts of an ISO date any style prints: its year and month's name."""
    parts = date.split("-")
    if not date or not parts[0].isdigit():
        return []
    words = [parts[0]]
    if len(parts) > 1:
        words.append(MONTHS[int(parts[1]) - 1][:3])
    return words


# -- reading a DOCX back ------------------------------------------------------------


@dataclass
class Read:
    paragraphs: list[tuple[str, list[int]]]  # body paragraph text, its note marks
    notes: dict[int, str]
    sources: list[str]
    notes_order: list[int]
    style: str


def read_docx(path: Path, style: str, notes_mode: str) -> Read:
    doc = Document(str(path))
    notes: dict[int, str] = {}
    order: list[int] = []
    paragraphs: list[tuple[str, list[int]]] = []
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    list_title = cite.SOURCE_LIST_TITLES[style]
    in_notes = in_sources = False
    sources: list[str] = []
    if notes_mode == "footnotes":
        part = next(
            (r.target_part for r in doc.part.rels.values() if r.reltype == RT.FOOTNOTES), None
        )
        if part is not None:
            for el in etree.fromstring(part.blob).iter(qn("w:footnote")):
                nid = int(el.get(qn("w:id")))
                if nid >= 1:
                    notes[nid] = squash("".join(t.text or "" for t in el.iter(qn("w:t"))))
                    order.append(nid)
    for p in doc.paragraphs:
        if p.style.name.startswith("Heading"):
            in_notes, in_sources = p.text == "Notes" and style == "chicago", p.text == list_title
            continue
        if in_sources:
            sources.append(squash(p.text))
            continue
        if in_notes and notes_mode == "endnotes":
            number, _, text = squash(p.text).partition(". ")
            notes[int(number)] = text
            order.append(int(number))
            continue
        if notes_mode == "footnotes":
            marks = [int(r.get(qn("w:id"))) for r in p._p.iter(qn("w:footnoteReference"))]
            paragraphs.append((squash(p.text), marks))
        else:
            anchors = [h.get(qn("w:anchor")) or "" for h in p._p.iter(qn("w:hyperlink"))]
            marks = [int(a[5:]) for a in anchors if re.fullmatch(r"_Note\d+", a)]
            text = squash(p.text)
            for m in marks:
                text = text.removesuffix(str(m))
            paragraphs.append((text, marks))
    assert list_title in heads, f"no {list_title} heading"
    return Read(paragraphs, notes, sources, order, style)


# -- the checks ---------------------------------------------------------------------


def block_words(e: Expect) -> str:
    words = squash(e.words)
    if e.kind == "quote" and words.endswith((",", ";", ":")):
        words = words[:-1].rstrip() + "."
    return words


def check_docx(read: Read, brief: Brief, cited: list[Cited | None], style: str, warned: set[str]):
    problems: list[str] = []
    # Notes 1..n, each once, in order.
    numbers = [m for _, marks in read.paragraphs for m in marks]
    n_cited = sum(c is not None for c in cited)
    if style in cite.NOTE_STYLES:
        if numbers != list(range(1, n_cited + 1)):
            problems.append(f"note marks in reading order {numbers}, {n_cited} cited blocks")
        if read.notes_order != list(range(1, n_cited + 1)):
            problems.append(f"notes listed as {read.notes_order}")
    elif numbers or read.notes:
        problems.append(f"{style}: notes where the style has none: {numbers}")
    # Each block in its paragraph, in order.
    at, number, full_seen = 0, 0, []
    for block, c in zip(brief.blocks(), cited, strict=True):
        e = c.expect if c else None
        words = block_words(e) if e else squash(block.text)
        key = words[:40]
        found = next(
            (i for i in range(at, len(read.paragraphs)) if key in read.paragraphs[i][0]), None
        )
        if found is None:
            problems.append(f"block {block.id} ({words[:30]!r}) not found after paragraph {at}")
            continue
        at = found + 1
        text, marks = read.paragraphs[found]
        if c is None:
            if marks:
                problems.append(f"prose {words[:30]!r} carries notes {marks}")
            continue
        if c.expect.kind == "quote" and block.text != block.original:
            # Altered: marked, never in quote marks as the source's words.
            if not text.startswith(ALTERED_MARK) or f"\u201c{words}" in text:
                problems.append(f"altered quote {words[:30]!r} not marked: {text!r}")
        elif c.expect.kind == "quote":
            if f"\u201c{words}" not in text:
                problems.append(f"quote {words[:30]!r} not in quote marks: {text!r}")
            if c.speaker and f"\u2014 {c.speaker}" not in text:
                problems.append(f"quote {words[:30]!r} without speaker {c.speaker!r}: {text!r}")
            if c.speaker != c.speaker_now and block.id not in warned:
                problems.append(
                    f"quote {words[:30]!r}: printed as {c.speaker!r}'s, the library's is"
                    f" {c.speaker_now!r}, and no warning says so"
                )
        if style in cite.NOTE_STYLES:
            number += 1
            if marks != [number]:
                problems.append(f"block {words[:30]!r}: marks {marks}, expected [{number}]")
            note = read.notes.get(number, "")
            problems += check_note(note, number, c, full_seen)
        else:
            problems += check_in_text(text, c, style, cited)
    problems += check_sources(read.sources, cited)
    return problems


def check_note(note: str, number: int, c: Cited, full_seen: list[Cited]) -> list[str]:
    low = fold(note)
    first = all(s.identity != c.identity for s in full_seen)
    out = []
    if first:
        full_seen.append(c)
        rest = _beside_title(low, c.title)
        for part in (c.title, c.outlet, *date_words(c.date)):
            if part and fold(part) not in (low if part == c.title else rest):
                out.append(f"note {number} ({note!r}) lacks {part!r} of its source")
        return out
    shown = re.search("\u201c(.+)\u201d", note)
    if not shown:
        return out if c.title else [f"short note {number} ({note!r}) names no title"]
    short = fold(shown.group(1)).rstrip(",.")
    if len(short.split()) > SHORT_WORDS and short != fold(" ".join(title_words(c.title))):
        out.append(f"short note {number} ({note!r}): a short title of over four words")
    lead, after = fold(note[: shown.start()]).rstrip(", "), fold(note[shown.end() :])
    fits = [s for s in full_seen if short.removesuffix("\u2026") in fold(s.title) and led(s, lead)]
    # A whole title names its source, where another title only starts with it.
    whole = [s for s in fits if short == fold(" ".join(title_words(s.title)))]
    fits = whole or fits
    if len({s.identity for s in fits}) > 1:
        # Told apart after the title (an outlet, a date): those whose details it holds most of.
        # An undated source's "n.d." sets it apart from a dated one, as its entry does.
        more = lambda s: [*details(s), s.url, s.file_name, "" if s.date else "n.d."]  # noqa: E731
        best = max(sum(fold(p) in after for p in more(s) if p) for s in fits)
        fits = [s for s in fits if sum(fold(p) in after for p in more(s) if p) == best]
    ids = {s.identity for s in fits}
    if c.identity not in ids:
        out.append(f"short note {number} ({note!r}) does not point to {c.title!r}")
    elif len(ids) > 1:
        out.append(f"short note {number} ({note!r}) fits {len(ids)} earlier sources")
    if out:
        out.append(f"  it cites {c.identity}; earlier: {[s.identity for s in full_seen]}")
    return out


def check_in_text(text: str, c: Cited, style: str, cited: list[Cited | None]) -> list[str]:
    low = fold(text)
    if style == "ap":
        if c.outlet and fold(cite.outlet_in_text(c.outlet)) not in low:
            return [f"AP: {text!r} does not name {c.outlet!r}"]
        return []
    year = c.date[:4] if date_words(c.date) else "n.d."
    # The citation: the last parentheses, or the last opening on a quoted title.
    start = text.rfind("(\u201c")
    cited = text[start if start >= 0 else text.rfind("(") :]
    if c.author:
        who = details(c)[0]
    else:  # an unsigned work: a few words of its title, in quote marks
        shown = re.search("\u201c(.+)\u201d", cited)
        who = fold(shown.group(1)).rstrip(",.") if shown else "\u201c"
        who = who if who in fold(c.title) else f"{who} (not in the title)"
        if len(who.split()) > SHORT_WORDS and who != fold(" ".join(title_words(c.title))):
            return [f"APA: {text!r}: a short title of over four words"]
    if year not in cited or fold(who) not in fold(cited):
        return [f"APA: {text!r} lacks {who!r} or the year {year!r} of {c.title!r}"]
    return []


def _beside_title(text: str, title: str) -> str:
    """A citation's folded text without `title` (folded) in it: a title's own
    words ("... on Wednesday, November 13th ...") are no date, outlet or
    author of its source."""
    title = fold(title)
    return text.replace(title, " ", 1) if title else text


def _fit(c: Cited, entry: str) -> tuple:
    """How well a source list entry (folded) fits `c`: its title in it, then
    its other details in it beside the title (and not missing), then the
    longest title."""
    rest = _beside_title(entry, c.title)
    there = [fold(p) in rest for p in [*details(c), c.url] if p]
    return (fold(c.title) in entry, 2 * sum(there) - len(there), len(c.title))


def check_sources(entries: list[str], cited: list[Cited | None]) -> list[str]:
    wanted = {c.identity: c for c in cited if c is not None}
    out = []
    # Each entry is taken by the cited source whose details it holds most of.
    taken: Counter = Counter()
    lead = ""
    for entry in entries:
        if entry.startswith(cite.SAME_AUTHOR):
            # Chicago's three-em dash: the author (or outlet) of the entry above.
            entry = lead + entry.removeprefix(cite.SAME_AUTHOR)
        lead = entry.split(". ", 1)[0]
        low = fold(entry)
        best = max(wanted.values(), key=lambda c, low=low: _fit(c, low), default=None)
        if best is None or fold(best.title) not in low:
            out.append(f"source list entry {entry!r} is no cited source")
            continue
        taken[best.identity] += 1
    for identity, c in wanted.items():
        if taken[identity] != 1:
            out.append(
                f"source {c.title!r} ({c.outlet!r}, {c.date!r}) listed {taken[identity]} times"
            )
    return out


# -- one audit ----------------------------------------------------------------------


def pdf_text(path: Path, subject: str) -> str:
    """The PDF's text without its running header (the subject) and footer,
    so a note or an entry broken across a page reads whole."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return squash(re.sub(r"Page \d+ of \d+", " ", text).replace(subject, " "))


def audit(seed: int, folder: Path, steps: int = 60, pdf: bool = True) -> list[str]:
    """Build seed's memo and export it in every style; the problems found."""
    run = Run(seed, folder)
    try:
        run.play(steps)
        problems = []
        exports = [(s, "footnotes") for s in cite.STYLES] + [("chicago", "endnotes")]
        for n, (style, notes_mode) in enumerate(exports):
            take = (seed + n) % 2 == 1
            brief = copy.deepcopy(run.brief)
            with contextlib.redirect_stderr(io.StringIO()):  # its notes for the user
                checks = _check_with_library(brief, run.library_path, take)
            checks.pop("unchecked", None)
            warned = set(checks["speakers_now"])
            problems += check_facts(run, checks["facts_now"])
            cited = now_cited(run, run.brief, take)
            out = folder / f"memo-{style}-{notes_mode}.docx"
            export_brief(brief, out, ExportOptions(style=style, notes=notes_mode, **checks))
            read = read_docx(out, style, notes_mode)
            found = check_docx(read, run.brief, cited, style, warned)
            problems += [f"{style}/{notes_mode} docx: {p}" for p in found]
            if pdf and style in ("chicago", "apa") and (style, notes_mode) != ("apa", "endnotes"):
                out = out.with_suffix(".pdf")
                export_brief(brief, out, ExportOptions(style=style, notes=notes_mode, **checks))
                problems += [
                    f"{style} pdf: {p}"
                    for p in check_pdf(pdf_text(out, run.brief.header.subject), read)
                ]
        return problems
    finally:
        run.close()


def check_facts(run: Run, facts_now: dict[str, str]) -> list[str]:
    """A fact whose bracketed addition (a day dated from its source's date)
    the library's form of it no longer has is warned about before export."""
    out = []
    for block in run.brief.blocks():
        if block.kind != "fact" or not re.search(r"\[[^\]]+\]", block.text):
            continue
        try:
            source = run.library.source(block.source.source_id)
        except KeyError:
            continue  # deleted: cited as the memo saved it, said as such
        if source.text[block.start : block.end] != block.original:
            continue
        items = [i for i in run.library.items_of_source(source.id, "fact") if i.id == block.item_id]
        now = (items[0].cited or items[0].text) if items else ""
        stale = [b for b in re.findall(r"\[[^\]]+\]", block.text) if b not in now]
        if stale and block.id not in facts_now:
            out.append(f"fact {block.text[:40]!r}: {stale} no longer in {now[:60]!r}, unwarned")
    return out


def check_pdf(text: str, read: Read) -> list[str]:
    """The PDF says what the DOCX (checked above) says: each note under its
    number, in order, and each source list entry once."""
    flat = "".join(text.split())
    out, at = [], 0
    for number in read.notes_order:
        note = "".join(read.notes[number].split())
        found = flat.find(f"{number}.{note}", at)
        if found < 0:
            out.append(f"note {number} ({read.notes[number][:50]!r}) not found in order")
        else:
            at = found
    title = cite.SOURCE_LIST_TITLES[read.style]
    listed, at = flat[flat.rfind(title) :], 0
    for number in read.notes_order:  # a page's footnotes may fall inside an entry
        note = re.escape(f"{number}.{''.join(read.notes[number].split())}")
        listed = re.sub(rf"(?<!\d){note}", "", listed)
    for entry in read.sources:
        found = listed.find("".join(entry.split()), at)
        if found < 0:
            out.append(f"source entry {entry[:50]!r} not found in order")
        at = max(found, at)
    return out
