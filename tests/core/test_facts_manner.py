"""The writer's judgment in an adverb or a predicate: an adverb made from an
adjective the subjectivity lexicon judges in every sense ("cheered
enthusiastically"), or such an adjective after a verb of being ("the levy
is popular"), in the writer's voice is no citable fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_evaluative import MANNER_ADVERBS, PREDICATIVE
from app.core.extract.fact_manner import WATCHED, manner_judged
from tests.core.facts_helpers import OPENING, verdict


def _judged(sentence: str) -> bool:
    tokens = sentence.split()
    return manner_judged(tokens, WATCHED.intersection(tokens))


def test_the_lists_come_from_the_lexicon() -> None:
    assert {"grudgingly", "enthusiastically", "easily"} <= MANNER_ADVERBS
    assert {"popular", "controversial"} <= PREDICATIVE
    # Adjectives with a neutral sense stay out ("an abrupt turn" is no judgment).
    assert not {"abruptly", "seriously"} & MANNER_ADVERBS


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 4,000 Brask farmers lined the Quillon road on May 3, 2016, to cheer enthusiastically"
        " as Dana Roe passed.",
        "The Velmar levy of 2014 was questioned and then, grudgingly, dropped by the guild in 2016.",
        "Tova Quarrow spoke candidly about the Vesk mill at a Quillon forum on Tuesday.",
        "The Vesk plan to close 12 depots was deeply controversial in Quillon in 2015.",
        "The rise of the Brask guild since 2012 is easily explained by its 30 new depots.",
        # A feeling the writer tells.
        "Tova Quarrow was furious with the Velmar council after its 7-2 vote on May 3, 2016.",
        "Brask guild officials were thrilled with the Quillon ruling of May 3, 2016.",
        "On May 3, 2016, Dana Roe was still publicly miffed over the 12 closed depots.",
        "On May 3, 2016, Dana Roe was gracious in 12 interviews about the Quillon vote.",
    ],
)
def test_the_writers_judgment_is_not_offered(sentence: str) -> None:
    assert _judged(sentence)
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone's reported words.
        "Roe said on May 3, 2016, that the Vesk plan to close 12 depots was unfair.",
        "Quarrow told the Quillon council on Tuesday that Roe could work effectively with 12 wards.",
        # A "that" clause: what someone complained or argued.
        "On May 3, 2016, Roe complained to the Velmar board that the count of 12 wards was unfair.",
        # "able to": what someone could do.
        "In 2015 the Brask guild was able to open 12 depots in Quillon.",
        # An adverb that names a kind of act.
        "The Velmar council forcibly removed 40 stalls from the Quillon square on May 3, 2016.",
        # An adjective that is no predicate.
        "Roe won the Quillon vote in 2016 with 12 controversial votes counted twice.",
        # Someone's own word for their feeling.
        "Tova Quarrow said she was furious with the Velmar council after its 7-2 vote in 2016.",
        # Words with a literal sense after a verb of being stay out of the feelings.
        "Dana Roe was upset by Tova Quarrow in the Quillon primary of May 3, 2016, by 212 votes.",
        "The Quillon depot was devastated by a storm on May 3, 2016, that cut 40 lines.",
        "Ivo Brask was relieved of his Velmar command on May 3, 2016, after 12 years.",
        "The Quillon rioters were subdued by 40 Velmar police officers on May 3, 2016.",
    ],
)
def test_reported_or_plain_words_stay(sentence: str) -> None:
    assert not _judged(sentence)
