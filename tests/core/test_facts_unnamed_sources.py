"""A line whose source is named by its kind alone ("according to press
reports", "according to officials", "according to people in attendance",
"according to media buying sources"), #17 round 47: whose word it is no
reader can check, as with the views of people a line does not name
(`fact_voices`), so it is not offered. Officials of a named body, a named
outlet and a count of named kinds ("three Quillon networks") are sources
a reader can look up. A call of people no one is named among ("some
clerks urged Roe ...", "Several members demanded ...") is unnamed too, and
so is one person not named after a comma ("..., a Velmar senator said",
"..., an aide said.").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_voices import unnamed_voices
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe resigned from the Velmar board in 2012, according to press reports.",
        "The Velmar Guild has cut 12 clerks and, according to officials, adopted a new levy in"
        " 2015.",
        "The Quillon meeting in May 2015 ran 12 hours, according to people in attendance.",
        "The Velmar Guild has reserved 12 ads in four Quillon towns, according to media buying"
        " sources.",
    ],
)
def test_a_source_named_by_its_kind_alone_is_unnamed(sentence: str) -> None:
    assert unnamed_voices(sentence, sentence.split())
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) in ("unnamed", "time")
    assert not any(sentence[:20] in c for c in dated(text, DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild cut 12 clerks in 2015, according to officials at the Quillon Institute.",
        "The Velmar Guild cut 12 clerks in 2015, according to the Quillon Courier.",
        "Dana Roe won the Velmar primary on Tuesday, according to three Quillon networks.",
    ],
)
def test_a_named_source_stays(sentence: str) -> None:
    assert not unnamed_voices(sentence, sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday, some Velmar clerks urged Dana Roe not to close the 12 depots.",
        "Several Velmar members demanded a recount of the 12 ballots on Tuesday.",
    ],
)
def test_a_call_of_people_no_one_is_named_among_is_unnamed(sentence: str) -> None:
    # "urged", "demanded", "vented": speech, as "cautioned" is (`fact_voices`).
    assert unnamed_voices(sentence, sentence.split())
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == "unnamed"


@pytest.mark.parametrize(
    "sentence",
    [
        "After a vote of the Velmar board on Tuesday, a Quillon senator said 12 clerks would stay.",
        "The Velmar board approved the levy of 2 percent on Tuesday, an aide said.",
    ],
)
def test_one_person_not_named_after_a_comma_is_unnamed(sentence: str) -> None:
    assert unnamed_voices(sentence, sentence.split())
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == "unnamed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe, a Velmar lawmaker, said on Tuesday the 12 clerks would stay.",
        "On Tuesday, a spokesman for the Velmar Guild said 12 clerks quit.",
    ],
)
def test_an_apposition_or_a_spokesman_of_a_named_body_is_no_unnamed_voice(sentence: str) -> None:
    assert not unnamed_voices(sentence, sentence.split())
