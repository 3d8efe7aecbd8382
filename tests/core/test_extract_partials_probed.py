"""Families the partial-quote probes found (tests/data/partial_probes.txt),
each in varied invented wordings: marks around words that are no one's are
no quote; the like construction with someone's words stays a quote."""

from __future__ import annotations

import pytest

from app.core.extract import find_quotes


def _quoted(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end].rstrip(",."), q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        'In the valley the old mill is still called the "Sorrel," which means "the red one."',
        'The harbor\'s first name, Ostra, means "oyster bank" in the coastal dialect.',
        'Carved over the gate in Latin, the motto roughly translates as "work keeps the light."',
        'Sailors still shout "tala," meaning "hold fast," when a squall hits.',
    ],
)
def test_a_meaning_given_is_no_quote(text: str):
    assert all(
        words not in ("the red one", "oyster bank", "work keeps the light", "hold fast")
        for words, _ in _quoted(text)
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Pia Marlow said the ruling means "we can finally build."', "we can finally build"),
        ('Pia Marlow said the new name means "a fresh start" for the club.', "a fresh start"),
        ('"It means a fresh start," Pia Marlow said of the name.', "It means a fresh start"),
    ],
)
def test_means_after_a_verb_of_saying_stays_a_quote(text: str, words: str):
    assert (words, "Pia Marlow") in _quoted(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Pia Marlow dubbed the new ferry captain "Iron Anchor" on her radio show.', "Iron Anchor"),
        ('Pia Marlow branded her old deputy "The Slow Clerk."', "The Slow Clerk"),
        ('Pia Marlow spoke next. She nicknamed the tall rookie "Mast."', "Mast"),
        ('Pia Marlow has long called their harbor board "The Sleepy Five."', "The Sleepy Five"),
    ],
)
def test_a_name_someone_gives_a_noun_phrase_is_a_quote(text: str, words: str):
    assert _quoted(text) == [(words, "Pia Marlow")]


def test_a_thing_called_by_its_title_stays_no_quote():
    assert _quoted('Pia Marlow starred in a film called "Iron Anchor" in 2009.') == []


@pytest.mark.parametrize(
    "text",
    [
        # a longer name right after a noun naming a phrase or a work
        'Her debut novel, "the winter we kept the lamps lit," sold out in a week.',
        'The co-op\'s motto "grow it here and share it" hangs over the till.',
        'The phrase "a bridge for every bank" appears in all of its flyers.',
        'Their last album "notes from a quiet pier" never found a label.',
        # a name between a determiner or possessive and its noun
        'Thousands joined the annual "walk the long pier" march on Sunday.',
        'The club\'s "two in, two out" rule keeps the boathouse tidy.',
        'Voters turned down the "keep the tolls local" measure by 300 votes.',
        'A "fix the roof first" policy now guides the school board.',
        # a possessive before the name, spelt like a verb of saying
        'The state\'s "catch and keep" rules end in June.',
        'The county\'s "open pier" days were cancelled.',
        'The report\'s "red flag" list named nine ferries.',
        'The board\'s "pay to moor" fee doubled.',
    ],
)
def test_a_name_in_lower_case_is_no_quote(text: str):
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Pia Marlow wrote a letter that included the line "we will build it with or without you."',
            "we will build it with or without you",
            "Pia Marlow",
        ),
        (
            'Pia Marlow said the remark by Dr. Ivo Song "was rude and out of place."',
            "was rude and out of place",
            "Pia Marlow",
        ),
        (
            'Pia Marlow repeated the phrase "we will not back down" three times.',
            "we will not back down",
            "Pia Marlow",
        ),
        (
            'Pia Marlow ran on the slogan "a harbor that works for all" in 2010.',
            "a harbor that works for all",
            "Pia Marlow",
        ),
        (
            'The slogan, "we build what lasts for good," Pia Marlow said, came from her father.',
            "we build what lasts for good",
            "Pia Marlow",
        ),
    ],
)
def test_a_line_a_surname_or_a_tag_keeps_the_quote(text: str, words: str, speaker: str):
    assert (words, speaker) in _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        'Pia Marlow said the board had dropped its "wait and see for now" approach.',
        'Pia Marlow mocked what she called a "build it and hope" strategy.',
        'Pia Marlow\'s "we will rebuild the pier" pledge drew cheers.',
        'Pia Marlow\'s "build first and ask later" approach angered the board.',
    ],
)
def test_a_name_in_a_clause_of_saying_stays_a_quote(text: str):
    # (and words a person's possessive or a pledge may make their own)
    assert len(_quoted(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        'Pia Marlow sat through it all. Then came the board\'s "slow, dull and costly" plan for the pier.',
        'Pia Marlow sat through it all. Then came a "deeply and plainly careless" policy.',
    ],
)
def test_words_describing_a_thing_stay_a_quote(text: str):
    assert len(_quoted(text)) == 1


def test_the_verb_itself_still_governs():
    text = 'Pia Marlow will state the case for a "fair and open" port on Monday.'
    assert _quoted(text) == [("fair and open", "Pia Marlow")]
