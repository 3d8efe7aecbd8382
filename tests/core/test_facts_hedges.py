"""#17 round 54: the writer's weighing of how far a claim holds ("in many
ways", "to some extent", "for the most part"), a verdict of excess ("far
too many"), a small amount graded by "only" ("only a small lead") and a
state framed as "found themselves increasingly ..." (`fact_hedges`), and a
motive read in an opening phrase, "Struggling to keep the seat, ..."; a
view of people named by a bare plural noun of a kind, "Republicans trying
to ... say" (`fact_voices`); an owner's ideas, proposals or suggestions
with nothing saying which (`fact_complements`). Each is not offered; the
same line without it, with what it needs, or in someone's reported words
is. Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_hedges import hedged
from app.core.extract.fact_voices import unnamed_voices
from tests.core.facts_helpers import OPENING, dated


def _offered(sentence: str) -> bool:
    return dated(f"{OPENING}\n{sentence}\n")[1:] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar depot levy is in many ways simpler to defend than the Quillon toll, which "
        "opened in 2009.",
        "In 2014, the Velmar Guild had 40 members, and to some extent it relied on the Quillon "
        "fund.",
        "Dana Roe paid the Velmar Guild $5,000 on May 3, 2016, for the most part in cash.",
        "Far too many clerks were hired by the Velmar Guild in 2014.",
        "A Quillon Institute survey conducted May 1-4, 2016 finds Dana Roe with only a small lead "
        "over Tobin Vesk, 46 percent to 44 percent.",
        "The Velmar clerks found themselves increasingly isolated on May 3, 2016 after the vote "
        "on the Quillon levy.",
        "Struggling to keep the Velmar seat until May 3, 2016, Dana Roe and Tobin Vesk are racing "
        "to bank 4,000 early ballots.",
        "Eager to court the Velmar Guild, Dana Roe paid its members $5,000 on May 3, 2016.",
    ],
)
def test_the_writer_s_weighing_is_not_offered(sentence: str) -> None:
    assert hedged(sentence.split())
    assert not _offered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar depot levy is simpler to defend than the Quillon toll, which opened in 2009.",
        "Dana Roe said on May 3, 2016 that far too many clerks were hired by the Velmar Guild in "
        "2014.",
        "A Quillon Institute survey conducted May 1-4, 2016 finds Dana Roe with a lead over Tobin "
        "Vesk, 46 percent to 44 percent.",
        "The Velmar clerks found themselves in a runoff with the Quillon Guild on May 3, 2016.",
        "Dana Roe paid members of the Velmar Guild $5,000 on May 3, 2016.",
    ],
)
def test_without_the_weighing_or_in_reported_words_the_line_is_offered(sentence: str) -> None:
    assert not hedged(sentence.split()) or "said" in sentence
    assert _offered(sentence)


def test_an_owner_s_ideas_need_what_they_are_about() -> None:
    assert not _offered("Dana Roe's ideas were not taken up by the Quillon Guild in May 2014.")
    assert not _offered("Dana Roe's suggestions were rejected by the Quillon Guild in May 2014.")
    assert _offered(
        "Dana Roe's ideas about the Quillon toll were rejected by the Quillon Guild in May 2014."
    )
    assert _offered(
        "Dana Roe's suggestions on the Quillon toll were rejected by the Quillon Guild in May 2014."
    )


def test_a_view_of_people_named_by_a_bare_plural_is_not_offered() -> None:
    sentence = (
        "Republicans trying to keep control of the Velmar Senate in November 2016 say they have "
        "a new ally: Tobin Vesk."
    )
    assert unnamed_voices(sentence, sentence.split())
    assert not _offered(sentence)
    for sentence in (
        "Officials at the Velmar Guild say the Velmar depot closed on May 3, 2016.",
        "Voters in Quillon approved the Velmar depot levy 5,210 to 4,977 on May 3, 2016.",
    ):
        assert not unnamed_voices(sentence, sentence.split())
        assert _offered(sentence)
