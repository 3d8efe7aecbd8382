"""The neutral layout: numbering, first/short notes, source list, altered quotes, cleaning."""

from __future__ import annotations

import pytest

from app.core import cite
from app.core.brief import Block, Brief, Header, Section
from app.core.render import ALTERED_MARK, clean, render
from tests.export.expected import expected_notes, expected_sources
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


def test_apa_and_ap_cite_in_the_text_not_in_notes():
    brief = numbered_brief(6, sources=2)
    apa = render(brief, "apa")
    assert apa.notes == [] and apa.sources_title == "References"
    first = cite.plain(apa.blocks()[0].spans)
    assert first.endswith(" end0 (Person, 2024).")
    ap = render(brief, "ap")
    assert cite.plain(ap.blocks()[0].spans).endswith(" end0, according to Outlet 1.")


def test_altered_quote_is_marked_and_not_in_quote_marks():
    quote = Block(
        "quote",
        "We are immigrants.",
        original="We are a city of immigrants.",
        speaker="Karen Bass",
        source=ref(1),
    )
    verbatim = Block(
        "quote", "Exact words.", original="Exact words.", speaker="Bass", source=ref(1)
    )
    layout = render(Brief(Header(), [Section("S", [quote, verbatim])]))
    altered, exact = layout.blocks()
    assert altered.style == "altered"
    assert altered.spans[0].text == ALTERED_MARK and altered.spans[0].italic
    assert "\u201c" not in cite.plain(altered.spans)
    assert cite.plain(exact.spans) == "\u201cExact words.\u201d \u2014 Bass"
    assert exact.style == "quote"


def test_clean_removes_what_xml_cannot_hold():
    assert clean("a\x00b\x01c\x0bd\x7fe\ud800f\ufffe\r\ng\th") == "abcdef\ng\th"


def test_unknown_style_or_notes_mode_is_refused():
    with pytest.raises(ValueError, match="citation style"):
        render(Brief(), "mla")
    with pytest.raises(ValueError, match="notes placement"):
        render(Brief(), "chicago", "sidenotes")
