"""The neutral layout: numbering, first/short notes, source list, altered quotes, cleaning."""

from __future__ import annotations

import re

import pytest

from app.core import cite
from app.core.brief import Block, Brief, Header, Section
from app.core.render import ALTERED_MARK, clean, render
from tests.export.expected import expected_in_text, expected_notes, expected_sources
from tests.export.memos import library_brief, numbered_brief, ref


def test_notes_number_cited_blocks_in_order_full_then_short(tmp_path):
    brief = library_brief(tmp_path)
    layout = render(brief, "chicago")
    cited = [b for b in brief.blocks() if b.cited]
    assert len(cited) >= 10
    assert [n.number for n in layout.notes] == list(range(1, len(cited) + 1))
    assert [n.block_id for n in layout.notes] == [b.id for b in cited]
    assert [cite.plain(n.spans) for n in layout.notes] == expected_notes(brief)
    firsts = [n for n in layout.notes if n.first]
    assert len(firsts) == len({b.source.key() for b in cited}) == 5
    assert [b.note for b in layout.blocks() if b.cited] == [n.number for n in layout.notes]


def test_source_list_sorted_without_duplicates():
    brief = numbered_brief(40, sources=7)
    for style in cite.STYLES:
        layout = render(brief, style)
        entries = [cite.plain(e) for e in layout.sources]
        assert len(entries) == 7 == len(set(entries))
        assert entries == expected_sources(brief, style)


def test_only_chicago_numbers_notes_apa_and_ap_cite_in_the_text():
    brief = numbered_brief(9, sources=3)
    cited = [b for b in brief.blocks() if b.cited]
    chicago = render(brief, "chicago")
    assert [n.number for n in chicago.notes] == list(range(1, len(cited) + 1))
    assert [n.block_id for n in chicago.notes] == [b.id for b in cited]
    assert [b.note for b in chicago.blocks()] == [n.number for n in chicago.notes]
    assert [cite.plain(n.spans) for n in chicago.notes] == expected_notes(brief, "chicago")
    for style in ("apa", "ap"):
        layout = render(brief, style)
        assert layout.notes == [] and all(b.note is None for b in layout.blocks())
        in_text = expected_in_text(brief, style)
        assert len(in_text) == len(cited) and all(in_text)
        for block, citation in zip(layout.blocks(), in_text, strict=True):
            assert citation in cite.plain(block.spans)


def test_apa_is_author_date_with_a_reference_list_and_ap_names_the_outlet():
    brief = numbered_brief(6, sources=2)
    apa = render(brief, "apa")
    assert apa.sources_title == "References"
    # Both sources are by "W. Person" in 2024: APA 8.19 tells them apart by letter.
    assert cite.plain(apa.blocks()[0].spans).endswith(" end0 (Person, 2024a).")
    assert cite.plain(apa.blocks()[1].spans).endswith(" end1 (Person, 2024b).")
    assert [cite.plain(e) for e in apa.sources] == [
        "Person, W. (2024a, November 19). Article number 1. Outlet 1. https://example.org/1?a=1&b=2",
        "Person, W. (2024b, November 19). Article number 2. Outlet 2. https://example.org/2?a=1&b=2",
    ]
    ap = render(brief, "ap")
    assert ap.notes == []
    assert cite.plain(ap.blocks()[0].spans).endswith(" end0, according to Outlet 1.")
    assert cite.plain(ap.sources[1]) == (
        "Outlet 2: \u201cArticle number 2,\u201d by Writer2 Person, Nov. 19, 2024. "
        "https://example.org/2?a=1&b=2"
    )


def test_apa_citation_goes_inside_the_sentence_and_after_a_displayed_quote():
    source = ref(1, author="Jane Doe", date="2024-11-19")
    blocks = [
        Block("fact", "It passed.", original="It passed.", source=source),
        Block("fact", "Did it pass?", original="Did it pass?", source=source),
        Block("fact", "She said \u201cno.\u201d", original="x", source=source),
        Block("quote", "We acted.", original="We acted.", speaker="Ann Roe", source=source),
        Block("quote", "We acted.", original="We acted.", source=source),
    ]
    layout = render(Brief(Header(), [Section("S", blocks)]), "apa")
    assert [cite.plain(b.spans) for b in layout.blocks()] == [
        "It passed (Doe, 2024).",
        "Did it pass? (Doe, 2024).",
        "She said \u201cno\u201d (Doe, 2024).",
        "\u201cWe acted.\u201d \u2014 Ann Roe (Doe, 2024)",
        "\u201cWe acted.\u201d (Doe, 2024)",
    ]


def test_altered_quote_is_marked_and_not_in_quote_marks():
    quote = Block(
        "quote",
        "We are immigrants.",
        original="We are a city of immigrants.",
        speaker="Karla Brandvik",
        source=ref(1),
    )
    verbatim = Block(
        "quote", "Exact words.", original="Exact words.", speaker="Orlund", source=ref(1)
    )
    layout = render(Brief(Header(), [Section("S", [quote, verbatim])]))
    altered, exact = layout.blocks()
    assert altered.style == "altered"
    assert altered.spans[0].text == ALTERED_MARK and altered.spans[0].italic
    assert "\u201c" not in cite.plain(altered.spans)
    assert cite.plain(exact.spans) == "\u201cExact words.\u201d \u2014 Orlund"
    assert exact.style == "quote"


def test_clean_removes_what_xml_cannot_hold():
    assert clean("a\x00b\x01c\x0bd\x7fe\ud800f\ufffe\r\ng\th") == "abc\ndef\ng\th"


def test_unknown_style_or_notes_mode_is_refused():
    with pytest.raises(ValueError, match="citation style"):
        render(Brief(), "mla")
    with pytest.raises(ValueError, match="notes placement"):
        render(Brief(), "chicago", "sidenotes")


def _entries_matching(note: str, entries: list[str]) -> list[str]:
    """Source list entries that hold every part of a short note: the author's
    family name (or outlet), the short title and whatever was added to tell
    sources apart. A three-em dash stands for the lead of the entry above."""
    resolved = []
    for entry in entries:
        if entry.startswith(cite.SAME_AUTHOR):
            entry = resolved[-1].split(". ")[0] + entry[len(cite.SAME_AUTHOR) :]
        resolved.append(entry)
    title = re.search("\u201c(.*?)[,.]?\u201d", note)[1]
    rest = re.sub("\u201c.*?\u201d", "|", note)
    pieces = [p.strip(" ,.") for p in rest.split("|") if p.strip(" ,.")]
    return [
        entries[i]
        for i, e in enumerate(resolved)
        if title.casefold() in e.casefold() and all(p in e for p in pieces)
    ]


def test_short_notes_of_sources_with_alike_titles_each_point_at_one_entry():
    council = "The Vell Harbor City Council"
    sources = [
        ref(1, author="", title=f"{council} on Wednesday is expected to finalize the ordinance"),
        ref(2, author="", title=f"{council} passed an ordinance on Nov. 19"),
        ref(3, author="", title=f"{council} has officially designated Vell Harbor"),
        # Same title, told apart by outlet; then same title and outlet, by date.
        ref(4, author="", title="Council votes", outlet="Daily News"),
        ref(5, author="", title="Council votes", outlet="Quay Times"),
        ref(6, author="", title="Orlund signs", outlet="KVRN", date="2024-11-19"),
        ref(7, author="", title="Orlund signs", outlet="KVRN", date="2024-11-20"),
    ]
    blocks = [
        Block("fact", f"Fact {i}.", original=f"Fact {i}.", source=sources[i % len(sources)])
        for i in range(3 * len(sources))
    ]
    layout = render(Brief(Header(), [Section("S", blocks)]), "chicago")
    entries = [cite.plain(e) for e in layout.sources]
    assert len(entries) == len(sources)
    short = [n for n in layout.notes if not n.first]
    assert len(short) == 2 * len(sources)
    note_to_entry = {}
    for n in short:
        text = cite.plain(n.spans)
        matching = _entries_matching(text, entries)
        assert len(matching) == 1, f"{text!r} matches {matching}"
        note_to_entry.setdefault(text, matching[0])
        source = next(b.source for b in blocks if b.id == n.block_id)
        assert source.title.casefold() in matching[0].casefold()
    assert len(note_to_entry) == len(set(note_to_entry.values())) == len(sources)
    first_of = {cite.plain(n.spans) for n in short}
    # Unsigned: under the outlet, as in the bibliography (CMOS 14.207).
    assert "Outlet 1, \u201cVell Harbor City Council.\u201d" in first_of
    assert "Quay Times, \u201cCouncil Votes.\u201d" in first_of
    assert "KVRN, \u201cOrlund Signs,\u201d November 20, 2024." in first_of


def test_quote_cut_mid_sentence_ends_in_a_full_stop_and_ap_stop_goes_inside():
    quote = Block("quote", "our city better,", original="our city better,", speaker="Orlund")
    quote.source = ref(1)
    untitled = ref(2, outlet="", author="", title="Council acts on the ordinance today")
    fact = Block("fact", "It passed.", original="It passed.", source=untitled)
    layout = render(Brief(Header(), [Section("S", [quote, fact])]), "ap")
    said, passed = (cite.plain(b.spans) for b in layout.blocks())
    assert said == "\u201cour city better.\u201d \u2014 Orlund, according to Outlet 1"
    # The whole title: a cut one could credit the wrong party.
    assert passed == (
        "It passed, according to the article \u201cCouncil acts on the ordinance today.\u201d"
    )


def test_ap_puts_the_comma_inside_a_closing_quote_and_the_stop_after_the_outlet():
    source = ref(1, outlet="Brindle Post")
    blocks = [
        Block("fact", 'It is now a "sanctuary town."', original="x", source=source),
        Block("fact", "It is now a \u201csanctuary town.\u201d", original="x", source=source),
    ]
    for style, expected in (
        ("ap", "It is now a {o}sanctuary town,{c} according to the Brindle Post."),
        ("apa", "It is now a {o}sanctuary town{c} (Person, 2024)."),
    ):
        layout = render(Brief(Header(), [Section("S", blocks)]), style)
        got = [cite.plain(b.spans) for b in layout.blocks()]
        assert got == [
            expected.format(o='"', c='"'),
            expected.format(o="\u201c", c="\u201d"),
        ], style


def test_two_articles_under_one_source_id_cite_each_its_own():
    """A memo drafted against an offline copy keeps the copy's id for a source
    imported there; after Sync the team library gives that id to another
    article, which a block picked since cites. Each note cites its own block's
    article, and both are in the source list."""
    road = ref(2, title="Ferry piers reopen", outlet="Road Post", file_name="road.txt")
    office = ref(2, title="Harbour rates fall", outlet="Office Times", file_name="office.txt")
    brief = Brief(
        sections=[
            Section(
                "S",
                [
                    Block("quote", '"The pier opens,"', source=road),
                    Block("quote", '"Rates fall,"', source=office),
                    Block("quote", '"The pier opens,"', source=road),
                ],
            )
        ]
    )
    layout = render(brief, "chicago")
    notes = [cite.plain(n.spans) for n in layout.notes]
    assert [n.first for n in layout.notes] == [True, True, False]
    assert "Ferry Piers Reopen" in notes[0] and "Harbour Rates Fall" in notes[1]
    assert "Ferry Piers" in notes[2]
    entries = " | ".join(cite.plain(e) for e in layout.sources)
    assert "Ferry Piers Reopen" in entries and "Harbour Rates Fall" in entries
