"""Checks run before an export: what the reader of the memo could be misled by.

`preflight(brief)` lists, in document order, the header's empty fields
(whose lines the export leaves out, `render`), altered quotes, quotes and facts
in unresolved conflicts between sources, quotes the library gives another
speaker since they were picked (`changed_speakers`), sources missing a title, date,
outlet or (a web page's, or one read online's) URL (`source_checks.missing_fields`,
the rule the library marks sources by), quote or fact blocks without a source,
and different articles that would print the same source-list entry (`same_entry_sources`), and for
a PDF, letters none of its fonts has (`unprintable_in_pdf`), and sections
with no block, which the export leaves out (`render`). The export
dialog shows the list, and the sources deleted from the library or not
its (`deleted_sources`, `unchecked_sources`);
the `export` command prints it, and `--strict` turns it into an error,
but for what only informs (`NOTICES`: an empty section, or header line,
left out misleads no reader).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from app.core.brief import Block, Brief, SourceRef
from app.core.brief_conflicts import matching_items
from app.core.brief_sources import SourceState, source_states
from app.core.citations import entry_text
from app.core.cite import Style
from app.core.cite_fields import DATE_FORMS, readable_date
from app.core.model import Item
from app.core.render import empty_header_fields
from app.core.short_text import clip_words, plural, which_source
from app.core.source_checks import listed_fields, missing_fields
from app.core.store import Library

WarningKind = Literal[
    "empty_header",
    "altered",
    "conflict",
    "rejected",
    "speaker",
    "restated",
    "source_incomplete",
    "no_source",
    "same_entry",
    "unprintable",
    "empty_section",
    "unchecked",  # the library could not be read: conflicts and speakers not checked
    "deleted",  # a source deleted from the library: cited from the memo's copy, unchecked
]


# Kinds that inform and never mislead the memo's reader: a strict export
# does not refuse for them (a template's "Open questions" may stay empty; a
# deleted source's copy in the memo is a faithful record of what was cited; a
# memo may go to no one in particular, or undated, its header lines left out).
NOTICES: frozenset[WarningKind] = frozenset({"empty_header", "empty_section", "deleted"})


@dataclass(frozen=True)
class ExportWarning:
    """One problem; `block_id` is the first block concerned (None: the whole memo)."""

    kind: WarningKind
    message: str
    block_id: str | None = None

    def __str__(self) -> str:
        return self.message


def _excerpt(text: str, limit: int = 60) -> str:
    return clip_words(text, limit)  # between words, never inside a name


def conflicted_blocks(brief: Brief, library: Library) -> frozenset[int]:
    """Item ids of the brief's blocks that sit in an unresolved conflict of `library`.

    A brief may have been built with another library, where the same item id
    names a different passage; a block counts only when the library's item
    has the same source span and words as the block's snapshot
    (`brief_conflicts.matching_items`).
    """
    unresolved = library.unresolved_conflict_item_ids()
    return frozenset(i.id for i in matching_items(brief, library).values() if i.id in unresolved)


def cited_source_hashes(brief: Brief, library: Library) -> dict[int, str]:
    """{source id: the digest of its text} for the sources `brief` cites, from `library`."""
    ids = {b.source.source_id for b in brief.blocks() if b.source is not None}
    return library.source_hashes(i for i in ids if i is not None)


def changed_speakers(
    brief: Brief, library: Library, items: Mapping[str, Item] | None = None
) -> dict[str, str]:
    """{block id: the speaker the library gives the quote now} for the quote
    blocks whose speaker was changed in the library since they were picked
    ("" for none): a block keeps the speaker it was picked with. `items`:
    `matching_items` when the caller has read them already."""
    if items is None:
        items = matching_items(brief, library)
    blocks = {b.id: b for b in brief.blocks()}
    out = {}
    for block_id, item in items.items():
        block = blocks[block_id]
        now = item.speaker_name or ""
        if block.kind == "quote" and now != block.speaker:
            out[block_id] = now
    return out


# A fact's cited form adds words in brackets to the source's ("on Tuesday
# [November 5, 2024]", "[Dana Roe] said"): the app's reading, not the source's.
_BRACKETED = re.compile(r"\[[^\[\]]+\]")


def changed_citations(brief: Brief, library: Library) -> dict[str, str]:
    """{block id: the form the library cites the fact in now ("" when it no
    longer offers it)} for the fact blocks holding a bracketed addition the
    library's form no longer has: the source's date was corrected since the
    fact was picked (its "Tuesday" is dated from it) or the fact was found
    again without it. Brackets the library's form still has (and the user's
    other edits) are left alone."""
    facts = {
        b.id: b
        for b in brief.blocks()
        if b.kind == "fact" and b.item_id is not None and _BRACKETED.search(b.text)
    }
    if not facts:
        return {}
    items = matching_items(brief, library)
    out = {}
    for block_id, block in facts.items():
        item = items.get(block_id)
        if item is None:
            if _still_there(block, library):
                out[block_id] = ""
            continue
        now = item.cited_text
        if any(b not in now for b in _BRACKETED.findall(block.text)):
            out[block_id] = now
    return out


def _still_there(block: Block, library: Library) -> bool:
    """Whether the block's words are still its source's in `library`, at its
    span (its item gone, not the source, nor another library's memo)."""
    if block.source is None or block.source.source_id is None or block.start is None:
        return False
    try:
        text = library.source(block.source.source_id).text
    except KeyError:
        return False
    return text[block.start : block.end] == block.original


def _consequences(missing: list[str], style: Style) -> str:
    """What a citation in `style` does without the `missing` fields."""
    what = {
        "title": "show the file name as its title",
        # AP citations simply leave an unknown date out; the others print n.d.
        "date": "carry no date" if style == "ap" else "show \u201cn.d.\u201d for its date",
        "outlet": "name no outlet",
        "url": "give no link to the article",
    }
    return _series([what[name] for name in missing])


def preflight(
    brief: Brief,
    conflicted_item_ids: frozenset[int] | set[int] = frozenset(),
    style: Style = "chicago",
    rejected_item_ids: Mapping[int, str] | None = None,
    source_hashes: Mapping[int, str] | None = None,
    speakers_now: Mapping[str, str] | None = None,
    fmt: str = "",
    facts_now: Mapping[str, str] | None = None,
) -> list[ExportWarning]:
    """Every warning for `brief` exported in citation `style` (to format
    `fmt`: "pdf" adds the letters the PDF cannot print, `unprintable_in_pdf`);
    `conflicted_item_ids` are the library items that sit in a conflict the
    user has not resolved (from corroboration); `rejected_item_ids` the items
    that carry a value the user resolved against, with what to say about each
    (see app/core/brief_conflicts.py); `source_hashes` the library's digest
    of each cited source's text (`Library.source_hashes`), which tells
    different articles from copies of one; `speakers_now` the speaker the
    library gives a quote block now, where it differs (`changed_speakers`);
    `facts_now` the form the library cites a fact block in now, where the
    block's bracketed additions are no longer its (`changed_citations`)."""
    rejected = rejected_item_ids or {}
    speakers_now = speakers_now or {}
    facts_now = facts_now or {}
    warnings: list[ExportWarning] = _empty_header(brief)
    incomplete: dict[tuple, tuple[str, list[str], str]] = {}
    undated: dict[tuple, tuple[str, str]] = {}  # a date no citation can write
    empty: list[str] = []  # titles of the sections with no block
    for section in brief.sections:
        where = f"in \u201c{_excerpt(section.title, 40)}\u201d" if section.title.strip() else ""
        if not section.blocks:
            empty.append(section.title)
        for block in section.blocks:
            if block.kind == "prose":
                continue
            label = f"{block.kind} \u201c{_excerpt(block.text)}\u201d {where}".strip()
            if block.altered:
                warnings.append(
                    ExportWarning(
                        "altered",
                        f"Altered quote: {label} differs from the source's words; it will be "
                        "exported marked as altered, not as a quotation.",
                        block.id,
                    )
                )
            if block.item_id is not None and block.item_id in conflicted_item_ids:
                warnings.append(
                    ExportWarning(
                        "conflict",
                        f"Unresolved conflict: sources disagree about the {label}.",
                        block.id,
                    )
                )
            if block.item_id is not None and block.item_id in rejected:
                warnings.append(
                    ExportWarning(
                        "rejected",
                        f"Rejected value: the {label}: {rejected[block.item_id]}",
                        block.id,
                    )
                )
            if block.id in speakers_now:
                said = block.speaker or "no one"
                warnings.append(
                    ExportWarning(
                        "speaker",
                        f"Speaker changed: the {label} is attributed to {said} in the memo,"
                        f" but the library now gives it to {speakers_now[block.id] or 'no one'};"
                        " Memo > Take the Library's Speaker (or export --take-speakers)"
                        " gives the block the new one; its words stay.",
                        block.id,
                    )
                )
            if block.id in facts_now:
                warnings.append(_restated(block, label, facts_now[block.id]))
            if block.source is None:
                warnings.append(
                    ExportWarning(
                        "no_source",
                        f"No source: the {label} cites nothing and will be exported uncited.",
                        block.id,
                    )
                )
                continue
            missing = missing_fields(block.source.meta, block.source.file_name)
            if missing:
                incomplete.setdefault(block.source.key(), (_named(block.source), missing, block.id))
            if (date := block.source.meta.date.strip()) and not readable_date(date):
                undated.setdefault(block.source.key(), (_named(block.source), block.id))
    if empty:
        warnings.append(_empty_sections(empty))
    for name, missing, block_id in incomplete.values():
        warnings.append(
            ExportWarning(
                "source_incomplete",
                f"Source {name} has no {listed_fields(missing)}: its "
                f"citations will {_consequences(missing, style)}.",
                block_id,
            )
        )
    warnings += [
        ExportWarning(
            "source_incomplete",
            f"Source {name}: its date is no date the citations can read, so they print it"
            f" as typed; Source Properties takes {DATE_FORMS}.",
            block_id,
        )
        for name, block_id in undated.values()
    ]
    warnings.extend(same_entry_sources(brief, style, source_hashes or {}))
    if fmt == "pdf":
        warnings.extend(unprintable_in_pdf(brief))
    return warnings


def _named(ref: SourceRef) -> str:
    """A source's short title in quotes and, as the memo's bar says it, its
    outlet and date: two copies of a wire story share a title."""
    name = f"\u201c{_excerpt(ref.title.strip() or ref.file_name or 'untitled source')}\u201d"
    which = which_source(ref.outlet, ref.date)
    return f"{name} ({which})" if which else name


def unchecked_sources(
    brief: Brief, library: Library, states: Mapping[str, SourceState] | None = None
) -> list[ExportWarning]:
    """One warning per cited source this library does not have as the memo
    saved it (`brief_sources` status "elsewhere": the memo was made with
    another library, or the library moved and another is open): its blocks
    are cited from the memo's copy, checked for neither conflicts nor
    changed speakers. `states`: `source_states(brief, library)` when read."""
    states = source_states(brief, library) if states is None else states
    found: dict[int | None, tuple[Block, int]] = {}
    for block in brief.blocks():
        state = states.get(block.id)
        if state is not None and state.status == "elsewhere":
            first, n = found.get(block.source.source_id, (block, 0))
            found[block.source.source_id] = (first, n + 1)
    return [
        ExportWarning(
            "unchecked",
            f"Not in this library: {_source_name(first.source)}, cited by {n} block(s), is"
            " not this library's (the memo was made with another?): cited as the memo saved"
            " it, not checked for conflicts or changed speakers.",
            first.id,
        )
        for first, n in found.values()
    ]


def deleted_sources(
    brief: Brief, library: Library, states: Mapping[str, SourceState] | None = None
) -> list[ExportWarning]:
    """One warning per cited source deleted from `library` (`brief_sources`
    status "deleted"), named by the copy it is cited with: its quotes and
    facts are cited from the memo's copy, which the library can no longer
    check for conflicts or changed speakers. A notice (`NOTICES`): a strict
    export does not refuse it, the copy being a faithful record.
    `states`: `source_states(brief, library)` when read."""
    states = source_states(brief, library) if states is None else states
    found: dict[int | None, tuple[Block, SourceRef, dict[str, int]]] = {}
    for block in brief.blocks():
        state = states.get(block.id)
        if state is not None and state.status == "deleted":
            first, ref, kinds = found.setdefault(block.source.source_id, (block, state.current, {}))
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
    warnings = []
    for first, ref, kinds in found.values():
        cited = " and ".join(plural(n, kind) for kind, n in sorted(kinds.items(), reverse=True))
        warnings.append(
            ExportWarning(
                "deleted",
                f"Source {_named(ref)} was deleted from the library: its {cited}"
                f" {'is' if sum(kinds.values()) == 1 else 'are'} cited from the memo's copy"
                " and can no longer be checked against the library (no conflict or"
                " changed-speaker check); a warning only: a strict export goes ahead, the memo's"
                " copy being a faithful record.",
                first.id,
            )
        )
    return warnings


def _series(items: list[str], conj: str = "and") -> str:
    """Items as a warning lists them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conj} {items[-1]}"


def _empty_header(brief: Brief) -> list[ExportWarning]:
    """One warning naming the header's empty fields (none when all are
    filled): their lines are left out of the export (`render`), where the
    user would put their name on the memo."""
    names = [label.title() for label in empty_header_fields(brief.header)]
    if not names:
        return []
    listed = _series(names, "or")
    lines, them = ("that line", "it") if len(names) == 1 else ("those lines", "them")
    return [
        ExportWarning(
            "empty_header",
            f"The memo's header has no {listed}: the export leaves {lines} out"
            f" (fill {them} in at the top of the memo).",
        )
    ]


def _empty_sections(titles: list[str]) -> ExportWarning:
    """One warning for the sections with no block, which the export leaves
    out (`render`): a bare heading would read as something missing."""
    names = [f"\u201c{_excerpt(t, 40)}\u201d" if t.strip() else "an untitled one" for t in titles]
    if len(names) == 1:
        said = f"Empty section: {names[0]} is left out of the export, with no block in it"
        todo = "add a block to keep it, or remove the section"
    else:
        listed = _series(names)
        said = f"Empty sections: {listed} are left out of the export, with no block in them"
        todo = "add a block to keep one, or remove them"
    return ExportWarning("empty_section", f"{said} ({todo}).")


def _restated(block: Block, label: str, now: str) -> ExportWarning:
    gone = [b for b in _BRACKETED.findall(block.text) if b not in now]
    if now:
        said = f"the library now cites it as \u201c{_excerpt(now, 120)}\u201d"
        todo = "remove it and add it again from the library to take the new form"
    else:
        said, todo = "the library no longer offers it", "check it against the source"
    return ExportWarning(
        "restated",
        f"Fact restated: the {label} adds {', '.join(gone)} to the source's words, but {said}"
        f" (found again since it was picked, as after a corrected date); {todo}"
        " (a bracket you added yourself: leave it).",
        block.id,
    )


def pdf_fonts_loaded() -> bool:
    """`unprintable_in_pdf` is quick: the PDF's fonts are loaded (not so
    while their module, 0.25 s to import, is not)."""
    scripts = sys.modules.get("app.core.export.scripts")
    return scripts is not None and scripts.fonts_registered()


def load_pdf_fonts() -> None:
    """Import and load the PDF's fonts (0.4-0.85 s, once): for a worker."""
    from app.core.export.scripts import register_fonts

    register_fonts()


def unprintable_in_pdf(brief: Brief) -> list[ExportWarning]:
    """The header, section titles and blocks (with their citations' details)
    holding letters no font of the PDF has (Devanagari, Thai, ...): the PDF
    prints each as an empty box, the DOCX keeps them."""
    from app.core.export.scripts import missing_glyphs, register_fonts

    register_fonts()
    h = brief.header
    places: list[tuple[str, str, str | None]] = [
        ("the memo's header", f"{h.to} {h.from_} {h.date} {h.subject}", None)
    ]
    for section in brief.sections:
        places.append(
            (f"the section title \u201c{_excerpt(section.title, 40)}\u201d", section.title, None)
        )
        for block in section.blocks:
            ref = block.source
            cited = f"{ref.title} {ref.outlet} {ref.author}" if ref is not None else ""
            label = f"the {block.kind} \u201c{_excerpt(block.text)}\u201d"
            places.append((label, f"{block.text} {block.speaker} {cited}", block.id))
    warnings = []
    for label, text, block_id in places:
        missing = sorted(c for c in missing_glyphs(text) if c.isprintable() and not c.isspace())
        if missing:
            warnings.append(
                ExportWarning(
                    "unprintable",
                    f"Letters the PDF cannot print: {label} holds {''.join(missing[:8])}"
                    f"{'...' if len(missing) > 8 else ''}, which the PDF shows as empty boxes; "
                    "export to Word (.docx) to keep them.",
                    block_id,
                )
            )
    return warnings


def same_entry_sources(
    brief: Brief, style: Style, source_hashes: Mapping[int, str]
) -> list[ExportWarning]:
    """Different articles (their texts differ in `source_hashes`) that print
    the same source-list entry in `style`: the memo merges them into one
    source (app/core/citations.py), so their citations read alike. Copies of
    one article, and sources the library does not know, are not warned about."""
    groups: dict[str, dict[str, tuple[SourceRef, str]]] = {}
    for block in brief.blocks():
        ref = block.source
        if ref is None or ref.source_id not in source_hashes:
            continue
        entry = entry_text(ref, style)
        groups.setdefault(entry, {}).setdefault(source_hashes[ref.source_id], (ref, block.id))
    warnings = []
    for articles in groups.values():
        if len(articles) < 2:
            continue
        (first, _), *rest = articles.values()
        named = [_source_name(first)] + [_source_name(ref) for ref, _ in rest]
        warnings.append(
            ExportWarning(
                "same_entry",
                f"Same source-list entry: {_series(named)} are different "
                "articles whose details read the same, so the memo cites them as one source; "
                "add a URL, date or author to one of them in Source Properties so the memo "
                "can tell them apart.",
                rest[0][1],
            )
        )
    return warnings


def _source_name(ref: SourceRef) -> str:
    """A source's short title and, to tell same-titled sources apart, its file."""
    title = f"\u201c{_excerpt(ref.title.strip() or ref.file_name or 'untitled source')}\u201d"
    where = ref.file_name.strip() or f"source {ref.source_id}"
    return f"{title} ({where})"
