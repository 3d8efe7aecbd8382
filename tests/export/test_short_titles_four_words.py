"""Short titles keep to the styles' rule of at most four words (CMOS 14.32;
APA's in-text titles are shortened the same way): a title with no good
phrase end within four words is cut at the fourth word that ends no phrase
badly (not on "the", not inside a name), not run on to a fifth; a short
title that tells apart sources whose titles open alike is a phrase of at
most four words that no other title of the same lead holds (taken further
in where it must be); where every such phrase is another title's too, it
is the whole title (when the others only start with it) or the note adds
a detail, as for two sources of one title: it never points to another
source. Invented titles."""

from __future__ import annotations

import pytest

from app.core.brief import SourceRef
from app.core.citations import MemoCitations
from app.core.cite import plain
from app.core.cite_fields import short_title


def _ref(n: int, title: str, outlet: str = "Velmar Courier", date: str = "2031") -> SourceRef:
    return SourceRef(source_id=n, file_name=f"s{n}.txt", title=title, outlet=outlet, date=date)


def _shorts(refs: list[SourceRef], style: str) -> list[str]:
    memo = MemoCitations(refs, style)
    notes = [plain(memo.note(r, False) if style == "chicago" else memo.in_text(r)) for r in refs]
    return [note.split("\u201c")[1].split("\u201d")[0].rstrip(",.") for note in notes]


def _own_title_only(refs: list[SourceRef], shorts: list[str]) -> None:
    for ref, short in zip(refs, shorts, strict=True):
        holding = [r.source_id for r in refs if short.lower() in r.title.lower()]
        assert holding == [ref.source_id], (short, holding)


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("How will the town react to the vote? Officials have some guesses", "How will the town"),
        ("Velmar Harbor Board Keeps Winter Ferry Running After Talks", "Velmar Harbor Board Keeps"),
        (
            "Quarry Mayor Dana Zell announced plans on Monday to widen the road",
            "Quarry Mayor Dana Zell",
        ),
        ("Mayor Zell Moves to Make Quarry a Sanctuary Town", "Mayor Zell Moves"),
    ],
)
def test_a_short_title_has_at_most_four_words(title, short):
    assert short_title(title) == short


@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_titles_that_open_alike_get_short_titles_of_four_words_or_fewer(style):
    refs = [
        _ref(1, "The Brindle County Board on Wednesday is expected to act"),
        _ref(2, "The Brindle County Board passed an ordinance on Nov. 19"),
        _ref(3, "Ulmhaven board moves to fund the tram line plan number 1"),
        _ref(4, "Quarrow board moves to fund the harbor wall plan number 3"),
        _ref(5, "Quarrow board moves to fund the tram line plan number 6"),
    ]
    shorts = _shorts(refs, style)
    assert all(len(s.split()) <= 4 for s in shorts), shorts
    _own_title_only(refs, shorts)


def test_where_every_short_phrase_is_anothers_the_note_tells_them_apart():
    """Every phrase of four words or fewer of the first title is a phrase of
    the second or the third: its short title stays short, and its note adds
    what tells it from the one that holds it (Chicago: the date; APA: a
    letter after the year), as for two sources of one title."""
    refs = [
        _ref(1, "Ferry board votes new fares", date="2031-05-01"),
        _ref(2, "Ferry board votes new routes", date="2031-05-02"),
        _ref(3, "Harbor ferry board votes new fares", date="2031-05-03"),
    ]
    memo = MemoCitations(refs, "chicago")
    assert [plain(memo.note(r, False)) for r in refs] == [
        "Velmar Courier, \u201cNew Fares,\u201d May 1, 2031.",
        "Velmar Courier, \u201cNew Routes.\u201d",
        "Velmar Courier, \u201cHarbor Ferry Board Votes,\u201d May 3, 2031.",
    ]
    memo = MemoCitations(refs, "apa")
    assert [plain(memo.in_text(r)) for r in refs] == [
        "(\u201cNew Fares,\u201d 2031a)",
        "(\u201cNew Routes,\u201d 2031)",
        "(\u201cHarbor Ferry Board Votes,\u201d 2031b)",
    ]


def test_a_title_another_only_starts_with_is_cited_whole():
    """No phrase of four words or fewer of the first is its own: the second
    title starts with all of it. Its whole title names it, as the source
    list prints it (tests/export/test_short_titles_whole.py)."""
    refs = [
        _ref(1, "Ferry board moves to study the tram line plan number 4"),
        _ref(2, "Ferry board moves to study the tram line plan number 4 (corrected)"),
    ]
    assert _shorts(refs, "chicago")[0] == "Ferry Board Moves to Study the Tram Line Plan Number 4"
