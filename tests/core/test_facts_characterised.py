"""The writer's characterisation ("blasted", "ripped into", "trounced", "a
stunning upset") and a poll's sample with no poll named ("56 percent of
renters polled") leave a sentence unoffered; the plain report of the same
event stays a fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import find_facts
from app.core.extract.fact_characterised import characterised
from app.core.extract.fact_samples import unnamed_sample

LEAD = "Dana Roe and Tova Quarrow met in Quillon on May 9, 2016, for a debate.\n\n"


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe blasted Tova Quarrow on May 10, 2016, over the Velmar levy.",
        "Dana Roe ripped into Tova Quarrow at a Quillon rally on May 10, 2016.",
        "Dana Roe lashed out at the Velmar Guild on May 10, 2016, in Quillon.",
        "Dana Roe trounced Tova Quarrow in the Quillon primary on May 10, 2016.",
        "Tova Quarrow got 4,000 votes and was crushed by Dana Roe in the 2016 Quillon primary.",
        "Dana Roe won a stunning 12 of 14 Quillon precincts on May 10, 2016.",
        "Dana Roe inexplicably skipped the Quillon vote on May 10, 2016.",
        # Winning as an easy or swift ride.
        "Dana Roe cruised to re-election in Quillon in 2012 with 4,000 votes.",
        "Tova Quarrow surged to prominence after she placed second in Quillon in May 2016.",
        "Dana Roe has sprinted to an early delegate lead in Quillon on May 10, 2016.",
        # A size with no figure to bear it out (a year is none).
        "The Velmar depot failed, causing Dana Roe's guild a big loss in 2013.",
        # A reaction graded by its force.
        "Dana Roe came under heavy criticism in May 2016 when her Velmar levy was revealed.",
        "The Brask guild's 12 depots have come under intense scrutiny since 2015.",
    ],
)
def test_the_writers_characterisation_is_not_offered(sentence: str) -> None:
    assert characterised(sentence.split())
    assert sentence not in cited(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe criticized Tova Quarrow on May 10, 2016, over the Velmar levy.",
        "Dana Roe beat Tova Quarrow in the Quillon primary on May 10, 2016.",
        "Dana Roe sent an email blast to 4,000 Quillon voters on May 10, 2016.",
        "Dana Roe fired 12 aides of the Quillon campaign on May 10, 2016.",
        # A ride to a place, or to do something: no result told as a ride.
        "Dana Roe sailed to Quillon with 12 aides on May 10, 2016.",
        "Dana Roe is racing to visit all 12 Quillon wards before May 10, 2016.",
        # Someone's reported words.
        "Tova Quarrow said on May 10, 2016, that the Velmar levy drew fierce opposition.",
        # A figure bears the size out.
        "Dana Roe won the 2016 Quillon vote by a wide margin, 4,000 votes to 1,200.",
    ],
)
def test_the_plain_report_stays_a_fact(sentence: str) -> None:
    assert not characterised(sentence.split())
    assert sentence in cited(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 56 percent of Quillon renters polled said they backed Dana Roe in 2016.",
        "More than half of the respondents in Quillon backed Dana Roe in May 2016.",
        "Among 459 Quillon voters, the margin of error is plus or minus 4 points.",
    ],
)
def test_a_sample_with_no_poll_named_is_not_offered(sentence: str) -> None:
    assert unnamed_sample(sentence)
    assert sentence not in cited(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar College poll of 459 Quillon voters has a margin of error of 4 points.",
        "Some 56 percent of renters polled by Velmar College backed Dana Roe in 2016.",
        "According to Velmar College, 56 percent of respondents backed Dana Roe in 2016.",
    ],
)
def test_a_sample_of_a_named_poll_stands(sentence: str) -> None:
    assert not unnamed_sample(sentence)
