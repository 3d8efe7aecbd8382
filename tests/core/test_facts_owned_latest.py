"""Definite descriptions only the sentences before identify, read from the
sentence alone (`fact_earlier.told_before`): someone's "latest" or "most
recent" one with nothing naming which ("her latest win"), and a count a
name owns with nothing counted ("Roe's 1,414 make up half", "Roe has 739
to Vesk's 465"). Such a fact is not offered;
their near misses stand.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_earlier import told_before
from tests.core.facts_helpers import cited, verdict

LEAD = "Dana Roe won the Quillon primary on Tuesday, May 3, 2016, with 5,000 votes.\n\n"


def told(sentence: str) -> bool:
    """Whether `told_before` finds what the sentence speaks of told before."""
    return told_before(sentence, sentence.split())


def test_an_owned_latest_one_with_nothing_naming_which_is_not_offered() -> None:
    sentence = "Dana Roe took her latest prize among the spring fairs on May 3, 2016."
    assert told(sentence)
    assert sentence not in cited(LEAD + sentence + "\n")
    assert verdict(LEAD + sentence + "\n", sentence) == "pointer"
    assert told("Tova Vesk discussed her most recent book on May 3, 2016.")
    assert told("The Velmar Guild's newest ad ran 40 times on May 3, 2016.")


def test_a_latest_one_a_name_says_stands() -> None:
    # A place after a preposition, a quoted title, a name set off after it.
    sentence = (
        "Dana Roe earned his latest win in the spring contests, this time in Quillon, in 2016."
    )
    assert not told(sentence)
    assert not told('Tova Vesk unveiled her latest ad, "Clean Water," on May 3, 2016.')
    assert not told("Velmar's latest and loudest critic, Tova Vesk, joined the board in 2011.")
    assert not told("Dana Roe won her latest race over Tova Vesk by 40 votes in 2016.")
    # "latest" with no owner is the bare "the <noun>"'s rule, not this one.
    assert not told("The latest Quillon Gazette poll shows Roe at 40 percent on May 3, 2016.")


def test_an_owned_count_with_nothing_counted_is_not_offered() -> None:
    sentence = (
        "Dana Roe's 1,414 (against Vesk's 977) make up half the board's 2,800 on May 3, 2016."
    )
    assert told(sentence)
    assert sentence not in cited(LEAD + sentence + "\n")
    tally = "By the Quillon Gazette's tally, Roe now has 739 to Vesk's 465 and Brask's 143."
    assert told(tally)
    assert not any("739" in c for c in cited(LEAD + tally[:-1] + " on May 3, 2016.\n"))


def test_a_count_with_its_noun_or_a_year_stands() -> None:
    # A count before with its noun says what is counted; a range, a year, a
    # count with its noun after are no bare count.
    assert not told("Dana Roe won 503 delegates to Vesk's 465 on May 3, 2016.")
    assert not told("Dana Roe has 30 to 40 clerks on her staff in 2016.")
    assert not told("Dana Roe won the 2016 race in Quillon by 40 votes.")
    assert not told("Dana Roe's 40 clerks walked out on May 3, 2016.")
    assert not told("The 49 wounded were taken to Quillon General on May 3, 2016.")
    assert not told("Quillon's 2016 race drew 40 candidates, and it's 5 weeks away.")
    sentence = "Dana Roe won 503 delegates to Tova Vesk's 465 on May 3, 2016."
    assert cited(LEAD + sentence + "\n")[-1] == sentence
