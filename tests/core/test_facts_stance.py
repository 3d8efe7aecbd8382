"""The writer's voice: a sentence linked to the ones before ("Afterward,
...", "... here", "the meeting") or the writer's own analysis ("would",
"underscores") is not offered; the same words reported from a named source,
or a named meeting, are. Every
example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import facts, verdict

OPENING = "Dana Roe founded the Velmar Guild in Quillon on May 3, 2009."


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # Links in time or in the argument: after what, instead of what?
        ("Afterward, Tova Quarrow signed the depot contract on May 9.", "pointer"),
        ("Meanwhile, Tova Quarrow hired 12 clerks in 2019.", "pointer"),
        ("However, Tova Quarrow closed 3 depots in 2019.", "pointer"),
        ("Still, Tova Quarrow won 4 of the 5 seats in 2019.", "pointer"),
        ("For instance, Tova Quarrow raised $40,000 in May 2019.", "pointer"),
        ("As proof, Tova Quarrow pointed to 3 depots closed in 2019.", "pointer"),
        ("Not far away, Tova Quarrow, 52, waved to 40 voters in May 2019.", "pointer"),
        ("Nearby, the Velmar Guild hired 12 clerks in May 2019.", "pointer"),
        ("Tova Quarrow spoke here on Friday, May 9, 2019.", "pointer"),
        ("Tova Quarrow gave $500 to the Brennick fund as well.", "pointer"),
        # The writer's speculation or reading of events, unattributed.
        ("The Brennick levy would cost Quillon $3 million in 2020.", "analysis"),
        ("Tova Quarrow lost 3 seats in 2019, which underscores her slide.", "analysis"),
        ("Tova Quarrow surprisingly spent $40,000 on the depot in 2019.", "analysis"),
        ("Tova Quarrow lost 3 seats in 2019, a sign that the Velmar Guild is fading.", "analysis"),
        # A comparison with nothing named to compare with: than what?
        ("The Quillon vote in May 2019 was more partisan.", "pointer"),
        ("The Velmar Guild has become more cautious since 2019.", "pointer"),
        ("In 2019, the Velmar Guild went a step further.", "pointer"),
        ("The Velmar Guild has more actively courted Quillon renters since May 2019.", "pointer"),
        ("Tova Quarrow ran a more cautious race in the Quillon primary of May 2019.", "pointer"),
        ("The Velmar Guild ran a different and more cautious campaign in May 2019.", "pointer"),
        ("Tova Quarrow held a rally in Quillon on May 9, 2019, instead.", "pointer"),
        ("Elsewhere in Quillon, Tova Quarrow hired 12 clerks in May 2019.", "pointer"),
        ("In the end, Tova Quarrow voted for the Velmar levy in May 2019.", "pointer"),
        ("As if to prove it, Tova Quarrow hired 12 clerks in May 2019.", "analysis"),
        # A bare event or document, wherever it stands: which meeting, which letter?
        ("Tova Quarrow left the meeting early on May 9, 2019.", "pointer"),
        ("Tova Quarrow signed the letter with 40 other clerks in 2019.", "pointer"),
        # A share with no poll: which poll?
        ("A mere 9 percent say they would pay the Brennick levy in 2020.", "pointer"),
        ("Tova Quarrow leads the field with 40 percent support.", "pointer"),
        # A bare subject whose verb is an irregular past: which deal?
        ("The deal came 3 days after Tova Quarrow left Quillon in 2019.", "pointer"),
    ],
)
def test_the_writers_voice_is_not_offered(sentence: str, why: str) -> None:
    text = f"{OPENING} {sentence}\n"
    assert verdict(text, sentence) == why
    assert sentence not in facts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # The same words as a named source's claim, or as what a measure does.
        "Tova Quarrow said the Brennick levy would cost Quillon $3 million in 2020.",
        "The Brennick levy would cost Quillon $3 million in 2020, according to the Velmar Guild.",
        "The Quillon council passed a levy that would cost $3 million in 2020.",
        "Tova Quarrow vowed the Velmar Guild would open 3 depots in 2020.",
        # A place named after "here", and "as well as" joining what it names.
        "Tova Quarrow spoke here in Quillon on May 9, 2019.",
        "Tova Quarrow gave $500 to the Brennick fund as well as $300 to the Velmar Guild in 2019.",
        # A share with its poll, or of a named contest.
        "Tova Quarrow leads with 40 percent support in the Velmar Guild poll of May 2019.",
        "Tova Quarrow led with 40 percent in the Quillon primary of May 2019.",
        # A named event or document.
        "Tova Quarrow left the Velmar Guild meeting early on May 9, 2019.",
        "The report written by the Velmar Guild found 3 faults in 2019.",
        # A link word that is not an opener.
        "Tova Quarrow still owned 3 depots in Quillon in 2019.",
        # A comparison the sentence completes, reported, or a call to change.
        "The Quillon vote in May 2019 was more partisan than the Velmar vote of 2015.",
        "Tova Quarrow said the Quillon vote in May 2019 was more partisan.",
        "Tova Quarrow urged the Velmar Guild on May 9, 2019, to become more open.",
        "Tova Quarrow ran a more cautious race in May 2019 than in the Quillon primary of 2015.",
        "Tova Quarrow said the Velmar Guild had more actively courted renters in May 2019.",
        "The Velmar Guild hired more clerks in Quillon in May 2019.",
        "The Velmar Guild won a more than 40 percent share of the Quillon vote in May 2019.",
    ],
)
def test_reported_or_self_contained_sentences_are_kept(sentence: str) -> None:
    text = f"{OPENING} {sentence}\n"
    assert verdict(text, sentence) == ""
    assert sentence in facts(text)
