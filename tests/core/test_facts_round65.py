"""Facts, #17 round 65: a word of an informal or a figurative register in
the writer's voice (`fact_register`, its words WordNet's usage marks,
`fact_colloquial`): "spent big money on ads", "brought in the big guns",
"a humongous crowd", "called a toll a no-brainer". Not the plain word beside it ("spent
$40,000"), not a word whose other senses are plain ("at least", "Super
Tuesday", "all"), not a listed word written as a name ("Dana Moxie"), nor
in someone's reported words.

Every example is an invented sentence.
"""

from __future__ import annotations

from app.core.extract.fact_colloquial import COLLOQUIAL, COLLOQUIAL_PHRASES
from tests.core.facts_helpers import sentence_verdict

DROPPED = (
    "The Velmar guild spent big money on radio ads in Quillon in 2014.",
    "The Velmar guild spent big bucks on radio ads in Quillon in 2014.",
    "The Velmar guild brought in big guns from Brennock for a toll vote on May 3, 2014.",
    "The Quillon board passed a ferry toll on May 3, 2014, after a humongous crowd gathered.",
    "The Quillon board called a ferry toll a no-brainer on May 3, 2014.",
    "The Velmar guild hired a tree hugger from Brennock as its treasurer on May 3, 2014.",
)
KEPT = (
    "The Velmar guild spent $40,000 on radio ads in Quillon in 2014.",
    "The Velmar guild hired a forester from Brennock as its treasurer on May 3, 2014.",
    "Dana Roe said the Velmar guild spent big money on radio ads in 2014.",
    "Dana Moxie joined the Velmar guild's board in Quillon on May 3, 2014.",
    # A given name opening the sentence is a name, not the listed word.
    "Tosh Varnby joined the Velmar guild's board in Quillon on May 3, 2014.",
    "The Velmar guild won at least 40 seats in Quillon on Super Tuesday, March 1, 2016.",
)


def test_a_colloquial_word_or_phrase_in_the_writers_voice_is_not_offered():
    for sentence in DROPPED:
        assert sentence_verdict(sentence) == ("analysis", ""), sentence


def test_the_plain_word_a_name_or_reported_words_stay_offered():
    for sentence in KEPT:
        reason, cited = sentence_verdict(sentence)
        assert reason == "" and cited, sentence


def test_the_list_keeps_marked_words_only():
    # Marked in every sense: kept. A word with a plain sense (or a
    # phrase a literal reading says as often) is left out.
    assert {"humongous", "no-brainer", "megabucks"} <= COLLOQUIAL
    assert {"big money", "can of worms", "tree hugger"} <= COLLOQUIAL_PHRASES
    assert not {"super", "all", "fine", "so", "anywhere", "certainly", "frugal"} & COLLOQUIAL
    assert not {"at least", "all in", "not bad", "rainy day"} & COLLOQUIAL_PHRASES
