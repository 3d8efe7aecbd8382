"""The writer's forecast of a contest (`fact_forecasts`), #17 round 53:
someone "is the favorite", "remains a long shot", "was the underdog" after
a verb of being, in the writer's voice: a reading of the odds, not offered.
Someone's reported words, the noun before another noun or as a title, and
the noun with no verb of being stay. Every example is an invented sentence
with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_characterised import characterised
from app.core.extract.fact_feelings import CHANCE_NOUNS
from app.core.extract.fact_forecasts import WATCHED, chance_read
from tests.core.facts_helpers import OPENING, dated


def test_the_nouns_are_the_contestants_by_their_chance() -> None:
    assert {"favorite", "underdog", "long_shot", "front-runner"} <= CHANCE_NOUNS
    assert CHANCE_NOUNS.isdisjoint({"candidate", "winner", "rival", "nominee"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe will face Ivo Vesk in the Velmar race on May 3, 2016, and she is the favorite.",
        "Dana Roe, who raised $2 million in 2015, remains a long shot in the Quillon primary.",
        "Ivo Vesk was the heavy underdog to win the Velmar seat in 2014.",
    ],
)
def test_a_forecast_in_the_writer_s_voice_is_not_offered(sentence: str) -> None:
    tokens = sentence.split()
    assert chance_read(tokens, WATCHED.intersection(tokens))
    assert characterised(tokens)
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 3, 2016 that she is the underdog in the Velmar race.",
        "Dana Roe is a natural ally of the Velmar Guild, which she joined in 2010.",
        "Velmar front-runner Dana Roe won 12 delegates on May 3, 2016.",
        "Dana Roe beat the favorite, Ivo Vesk, by 300 votes on May 3, 2016.",
    ],
)
def test_reported_words_a_modifier_or_no_verb_of_being_stay(sentence: str) -> None:
    tokens = sentence.split()
    assert not chance_read(tokens, WATCHED.intersection(tokens))
