"""Citations that depend on the whole memo, and the rules behind short titles,
headline case and "the" before an outlet's name (examples in invented words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import cite
from app.core.brief import SourceRef
from app.core.citations import MemoCitations
from app.core.cite_fields import _FUNCTION_WORDS, _bare, headline_case, short_title

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "sources"


def text(spans) -> str:
    return cite.plain(spans)


@pytest.mark.parametrize(
    ("title", "short"),
    [
        # CMOS 14.32's own example.
        ("Snap Makes a Bet on the Cultural Supremacy of the Camera", "Snap Makes a Bet"),
        # Never "Quarry Mayor Dana": a name is not cut.
        (
            "Quarry Mayor Dana Zell announced plans on Monday to widen the road",
            "Quarry Mayor Dana Zell",
        ),
        # Never "Moves to Make": a phrase ends before "to", not after its verb.
        ("Mayor Zell Moves to Make Quarry a Sanctuary Town", "Mayor Zell Moves"),
        (
            "The Brindle County Board on Tuesday is expected to adopt the plan",
            "Brindle County Board",
        ),
        (
            "Brindle Takes Stand as \u201cSanctuary Town,\u201d Defying the State",
            "Brindle Takes Stand",
        ),
        (
            # No phrase ends within four words: cut after the fourth (CMOS 14.32: four at most).
            "How will the town react to the vote? Officials have some guesses",
            "How will the town",
        ),
        ("Board votes", "Board votes"),
        ("The vote", "vote"),
        ("Council to adopt a \u201csanctuary town\u201d rule today at noon", "Council to adopt"),
    ],
)
def test_short_titles_are_sensible_phrases(title, short):
    assert short_title(title) == short


def _sensible(short: str, title: str) -> None:
    words = short.split()
    assert 1 <= len(words) <= 4, short
    assert _bare(words[-1]) not in _FUNCTION_WORDS, short
    assert short.count("\u201c") == short.count("\u201d"), short
    # Its words are the title's, in the title's order (the case may be the style's).
    assert short.rstrip("\u201d").casefold() in " ".join(title.split()).casefold(), short


def test_bundled_titles_get_sensible_short_titles():
    titles = [json.loads(p.read_text())["title"] for p in sorted(SOURCES.glob("*.meta.json"))]
    assert len(titles) == 5
    for title in titles:
        _sensible(short_title(title), title)


def test_headline_case_capitalises_lower_case_words_only():
    assert headline_case(
        "snap makes a bet on the cultural supremacy: an essay ON self-driving cars"
    ) == ("Snap Makes a Bet on the Cultural Supremacy: An Essay ON Self-Driving Cars")
    assert headline_case(
        "Council passes rule in QRX with iPhone \u201csanctuary town\u201d vote"
    ) == ("Council Passes Rule in QRX with iPhone \u201cSanctuary Town\u201d Vote")
    assert headline_case("THE VOTE IS IN") == "THE VOTE IS IN"
    assert headline_case("plans due on the 13th of may") == "Plans Due on the 13th of May"
    assert headline_case("what they voted for") == "What They Voted For"


def test_chicago_bibliography_puts_a_comma_before_and_with_two_authors():
    two = SourceRef(author="Jane Doe and John Roe", title="T", outlet="O", date="2024")
    assert text(cite.chicago_bibliography(two)).startswith(
        "Doe, Jane, and John Roe. \u201cT.\u201d"
    )
    assert text(cite.chicago_note(two)).startswith("Jane Doe and John Roe, \u201cT,\u201d")
    assert text(cite.chicago_short_note(two)) == "Doe and Roe, \u201cT.\u201d"


@pytest.mark.parametrize(
    ("outlet", "named"),
    [
        ("Los Angeles Times", "the Los Angeles Times"),
        ("Brindle Post", "the Brindle Post"),
        ("Quarry Daily News", "the Quarry Daily News"),
        ("Daily News", "the Daily News"),
        ("Quarry Union-Tribune", "the Quarry Union-Tribune"),
        ("Associated Press", "the Associated Press"),
        ("The Brindle Herald", "The Brindle Herald"),
        ("QRX News", "QRX News"),
        ("Channel 9", "Channel 9"),
        ("KQRX", "KQRX"),
        ("Brindle Public Radio", "Brindle Public Radio"),
    ],
)
def test_ap_attribution_puts_the_before_newspaper_names(outlet, named):
    ref = SourceRef(title="Board votes", outlet=outlet)
    assert text(cite.ap_attribution(ref)) == f"according to {named}"


def _ref(n: int, **fields) -> SourceRef:
    base = dict(source_id=n, file_name=f"s{n}.txt", title=f"Title {n}", outlet="", author="")
    base.update(fields)
    return SourceRef(**base)


def test_short_notes_of_alike_opening_titles_stay_short_and_distinct():
    board = "The Brindle County Board"
    refs = [
        _ref(1, title=f"{board} on Wednesday is expected to finalize the language of the rule"),
        _ref(2, title=f"{board} passed an ordinance on Nov. 19 to prohibit the use of town funds"),
        _ref(3, title=f"{board} has officially designated Brindle as a sanctuary town."),
    ]
    memo = MemoCitations(refs, "chicago")
    shorts = [text(memo.note(r, first=False)) for r in refs]
    assert shorts == [
        "\u201cBoard on Wednesday.\u201d",
        "\u201cBoard Passed an Ordinance.\u201d",
        "\u201cBoard Has Officially Designated.\u201d",
    ]
    for short, ref in zip(shorts, refs, strict=True):
        _sensible(short.strip("\u201c\u201d."), ref.title)


def _each_short_title_in_its_own_title_only(refs: list[SourceRef]) -> None:
    """Each source's short title (Chicago's short note, APA's in-text title)
    is a phrase of its own title and of no other of `refs`."""
    for style in ("chicago", "apa"):
        memo = MemoCitations(refs, style)
        for ref in refs:
            note = text(memo.note(ref, False) if style == "chicago" else memo.in_text(ref))
            short = note.split("\u201c")[1].split("\u201d")[0].rstrip(",.").lower()
            holding = [r.source_id for r in refs if short in r.title.lower()]
            assert holding == [ref.source_id], (style, note)


def test_a_short_title_taken_from_inside_reaches_the_word_where_the_titles_part():
    """Three unsigned articles of one outlet: the first parts from the other
    two after "delay the", which share more with each other. Its short title
    must reach past "delay": "Delay" alone is a word of all three titles, so
    its note could be any of them."""
    opening = "Quillon board moves to delay the"
    refs = [
        _ref(1, title=f"{opening} water plant plan number 3", outlet="Velmar Courier"),
        _ref(2, title=f"{opening} bus depot plan number 4", outlet="Velmar Courier"),
        _ref(3, title=f"{opening} bus depot plan number 7", outlet="Velmar Courier"),
    ]
    _each_short_title_in_its_own_title_only(refs)


def test_a_short_title_taken_from_inside_is_a_phrase_of_no_other_title():
    """Parted from its nearest title ("... to fund the harbor wall"), the
    third would be "Fund the Tram Line": the words of the first title too."""
    refs = [
        _ref(1, title="Ulmhaven board moves to fund the tram line plan number 1"),
        _ref(2, title="Quarrow board moves to fund the harbor wall plan number 3"),
        _ref(3, title="Quarrow board moves to fund the tram line plan number 6"),
    ]
    _each_short_title_in_its_own_title_only(refs)


def test_a_long_shared_opening_never_makes_a_long_short_note():
    opening = " ".join(["Words of a very long and repetitive headline"] * 40)
    refs = [_ref(1, title=f"{opening} ending one"), _ref(2, title=f"{opening} ending two")]
    memo = MemoCitations(refs, "chicago")
    shorts = [text(memo.note(r, first=False)) for r in refs]
    assert len(set(shorts)) == 2
    assert all(len(s) < 80 for s in shorts), shorts


def test_same_titles_are_told_apart_by_outlet_then_date():
    refs = [
        _ref(1, title="Board votes", outlet="Brindle Post", author="Ann Poe"),
        _ref(2, title="Board votes", outlet="Quarry Times", author="Ann Poe"),
    ]
    memo = MemoCitations(refs, "chicago")
    assert [text(memo.note(r, False)) for r in refs] == [
        "Poe, \u201cBoard Votes,\u201d Brindle Post.",
        "Poe, \u201cBoard Votes,\u201d Quarry Times.",
    ]


def test_same_titles_one_dated_one_undated_are_told_apart_by_date_and_nd():
    """What the source list prints for each ("n.d." for the undated one), not
    a file name no entry prints; and no second full stop after "n.d."."""
    refs = [
        _ref(1, title="Board votes", date="2025-11-14"),
        _ref(2, title="Board votes"),
    ]
    memo = MemoCitations(refs, "chicago")
    assert [text(memo.note(r, False)) for r in refs] == [
        "\u201cBoard Votes,\u201d November 14, 2025.",
        "\u201cBoard Votes,\u201d n.d.",
    ]


def test_apa_adds_letters_initials_and_short_titles_as_the_manual_asks():
    refs = [
        _ref(1, author="Jane Doe", title="Snow closes roads", date="2024-03-08"),
        _ref(2, author="Jane Doe", title="Board adopts budget", date="2024-11-19"),
        _ref(3, author="Ann Doe", title="Rain", date="2024-11-20"),
        _ref(4, author="Jane Doe; John Roe; Ann Poe", title="Three", date="2023"),
        _ref(5, title="The Brindle County Board on Wednesday is expected to act", date="2024"),
        _ref(6, title="The Brindle County Board passed an ordinance on Nov. 19", date="2024"),
    ]
    memo = MemoCitations(refs, "apa")
    assert [text(memo.in_text(r)) for r in refs] == [
        "(J. Doe, 2024a)",
        "(J. Doe, 2024b)",
        "(A. Doe, 2024)",
        "(J. Doe et al., 2023)",
        "(\u201cBoard on Wednesday,\u201d 2024)",
        "(\u201cBoard Passed an Ordinance,\u201d 2024)",
    ]
    entries = [text(e) for e in memo.entries()]
    assert entries[2:5] == [
        "Doe, A. (2024, November 20). Rain.",
        "Doe, J. (2024a, March 8). Snow closes roads.",
        "Doe, J. (2024b, November 19). Board adopts budget.",
    ]


def test_chicago_puts_a_three_em_dash_for_the_author_of_the_entry_above():
    refs = [
        _ref(1, author="Jane Doe", title="Snow", outlet="Post", date="2024-01-02"),
        _ref(2, author="Jane Doe", title="Rain", outlet="Post", date="2024-01-03"),
        _ref(3, author="Jane Doe and John Roe", title="Hail", outlet="Post", date="2024"),
    ]
    entries = [text(e) for e in MemoCitations(refs, "chicago").entries()]
    assert entries == [
        "Doe, Jane. \u201cRain.\u201d Post, January 3, 2024.",
        "\u2014\u2014\u2014. \u201cSnow.\u201d Post, January 2, 2024.",
        "Doe, Jane, and John Roe. \u201cHail.\u201d Post, 2024.",
    ]


def test_two_copies_of_one_article_make_one_entry_and_cite_alike():
    one = _ref(1, author="Jane Doe", title="Snow", outlet="Post", date="2024")
    copy = _ref(2, author="Jane Doe", title="Snow", outlet="Post", date="2024")
    for style in cite.STYLES:
        memo = MemoCitations([one, copy], style)
        assert len(memo.entries()) == 1
        assert memo.in_text(one) == memo.in_text(copy)
    chicago = MemoCitations([one, copy], "chicago")
    assert chicago.note(one, False) == chicago.note(copy, False) == cite.chicago_short_note(one)
