"""An author that is an organisation is a group author, cited whole in every
style (CMOS 14.72, APA 9.11), never read as a person's name ("Foundation,
V. P. L."); a person's name beside it is still a person's. Invented names."""

from __future__ import annotations

import pytest

from app.core import cite
from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.render import render


def text(spans) -> str:
    return cite.plain(spans)


def group_ref(author: str, sid: int = 1) -> SourceRef:
    return SourceRef(
        source_id=sid,
        file_name=f"f{sid}.txt",
        title="Reading room opens on the east side",
        outlet="Velmar Courier",
        author=author,
        date="2024-04-11",
    )


@pytest.mark.parametrize(
    "author",
    [
        "Velmar Public Library Foundation",
        "Brindle United Press",
        "Quillon Department of Roads and Bridges",
        "Institute for Harbor Studies",
    ],
)
def test_an_organisation_is_one_group_author_cited_whole(author):
    assert cite.parse_authors(author) == [cite.Name("", author)]
    ref = group_ref(author)
    assert text(cite.chicago_note(ref)).startswith(f"{author}, \u201cReading Room")
    assert text(cite.chicago_short_note(ref)).startswith(f"{author}, \u201cReading Room")
    assert text(cite.chicago_bibliography(ref)).startswith(f"{author}. \u201cReading Room")
    assert text(cite.apa_reference(ref)).startswith(f"{author}. (2024, April 11).")
    assert text(cite.apa_in_text(ref)) == f"({author}, 2024)"
    assert text(cite.ap_source_entry(ref)).startswith("Velmar Courier: \u201cReading room")
    assert f"by {author}," in text(cite.ap_source_entry(ref))


def test_people_beside_an_organisation_stay_people():
    names = cite.parse_authors("Dana Roe and Velmar Harbor Council")
    assert names == [cite.Name("Dana", "Roe"), cite.Name("", "Velmar Harbor Council")]
    assert cite.parse_authors("Ivo Brask")[0].inverted == "Brask, Ivo"
    assert cite.parse_authors("Jane Q. Doe Jr.")[0].inverted == "Doe, Jane Q., Jr."
    assert cite.parse_authors("Lia van Orvel")[0].inverted == "Orvel, Lia van"


def test_a_memo_cites_a_group_author_by_its_name_in_text_notes_and_list():
    foundation = group_ref("Velmar Public Library Foundation", 1)
    person = group_ref("Mira Solt", 2)
    person.title = "Library budget passes"
    blocks = [
        Block("fact", f"Fact {i}.", original=f"Fact {i}.", source=ref)
        for i, ref in enumerate([foundation, person, foundation])
    ]
    brief = Brief(Header(), [Section("One", blocks)])
    chicago = render(brief, "chicago")
    assert text(chicago.notes[2].spans).startswith("Velmar Public Library Foundation, ")
    assert [text(e)[:12] for e in chicago.sources] == ["Solt, Mira. ", "Velmar Publi"]
    apa = render(brief, "apa")
    assert text(apa.blocks()[0].spans) == "Fact 0 (Velmar Public Library Foundation, 2024)."
    assert text(apa.sources[1]).startswith("Velmar Public Library Foundation. (2024, April 11).")
