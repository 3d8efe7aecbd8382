"""A short title that is its source's whole title names that source alone,
even where another title starts with it ("Water Rates Rise" and "Water
Rates Rise Again"): the short notes and APA's in-text titles give both
whole, as the source list prints them, never a phrase from their middle
("Rise") with a file name the source list does not show, and APA adds no
letters to the year of two different titles. Invented titles and outlets."""

from __future__ import annotations

from app.core import cite
from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.render import render


def text(spans) -> str:
    return cite.plain(spans)


def source(sid: int, title: str, author: str = "") -> SourceRef:
    return SourceRef(
        source_id=sid,
        file_name=f"f{sid}.txt",
        title=title,
        outlet="Velmar Courier",
        author=author,
        date="2024-05-02",
    )


def memo(refs: list[SourceRef]) -> Brief:
    blocks = [
        Block("fact", f"Fact {i}.", original=f"Fact {i}.", source=ref)
        for i, ref in enumerate(refs + refs)
    ]
    return Brief(Header(), [Section("One", blocks)])


def test_unsigned_articles_one_title_opening_the_other_get_their_whole_titles():
    refs = [source(1, "Water rates rise"), source(2, "Water rates rise again")]
    notes = [text(n.spans) for n in render(memo(refs), "chicago").notes]
    assert notes[2:] == [
        "Velmar Courier, \u201cWater Rates Rise.\u201d",
        "Velmar Courier, \u201cWater Rates Rise Again.\u201d",
    ]


def test_one_authors_articles_one_title_opening_the_other_get_their_whole_titles():
    refs = [source(1, "Ferry late", "Ivo Brask"), source(2, "Ferry late again", "Ivo Brask")]
    notes = [text(n.spans) for n in render(memo(refs), "chicago").notes]
    assert notes[2:] == ["Brask, \u201cFerry Late.\u201d", "Brask, \u201cFerry Late Again.\u201d"]


def test_apa_cites_two_unsigned_titles_whole_without_letters_after_the_year():
    refs = [source(1, "Water rates rise"), source(2, "Water rates rise again")]
    layout = render(memo(refs), "apa")
    assert [text(b.spans) for b in layout.blocks()[:2]] == [
        "Fact 0 (\u201cWater Rates Rise,\u201d 2024).",
        "Fact 1 (\u201cWater Rates Rise Again,\u201d 2024).",
    ]
    assert [text(e).split(". (")[1][:5] for e in layout.sources] == ["2024,", "2024,"]


def test_a_cut_short_title_opening_another_is_still_told_apart():
    refs = [
        source(1, "Harbor board approves new ferry schedule for the winter", "Ivo Brask"),
        source(2, "Harbor board approves new ferry fares", "Ivo Brask"),
    ]
    first, second = (text(n.spans) for n in render(memo(refs), "chicago").notes[2:])
    assert first != second
    assert not first.startswith(second[:-2]) and not second.startswith(first[:-2])


def same_title_sources(**differ: list[str]) -> list[SourceRef]:
    refs = [source(1, "Council votes", "Ivo Brask"), source(2, "Council votes", "Ivo Brask")]
    for field, values in differ.items():
        for ref, value in zip(refs, values, strict=True):
            setattr(ref, field, value)
    return refs


def test_a_short_note_tells_same_titles_apart_by_what_the_bibliography_prints():
    # Two articles alike but for their addresses, or (undated) the days they
    # were read: the short notes name those, which the bibliography shows,
    # never the file names, which it does not.
    for differ, shown in [
        ({"url": ["https://example.org/a", "https://example.org/b"]}, ["example.org/a", "/b"]),
        (
            {"date": ["", ""], "accessed": ["2024-01-01", "2024-02-01"]},
            ["January 1, 2024", "February 1, 2024"],
        ),
    ]:
        layout = render(memo(same_title_sources(**differ)), "chicago")
        notes = [text(n.spans) for n in layout.notes[2:]]
        entries = [text(e) for e in layout.sources]
        for note, part, entry in zip(notes, shown, entries, strict=True):
            assert part in note and ".txt" not in note, note
            assert part in entry
