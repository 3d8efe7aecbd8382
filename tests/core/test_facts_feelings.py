"""The writer's reading of people in two of WordNet's verb classes
(`fact_feelings`), #17 round 53: a verb of criticism used as a figure
("trashing", "panned", "savaged") and a clause opening with a participle of
a feeling and its cause ("Angered by ...", ", emboldened by ..."). Such a
line is the writer's account and is not offered; the plain verbs, a noun's
use, "panned out" and a participle that names no feeling stay. So is the
writer's weighing of a cause ("largely because of", "in part because";
`fact_motives.cause_weighed`). Every example is an invented sentence with
invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_characterised import characterised
from app.core.extract.fact_feelings import CRITICISM_FIGURES, FEELING_PARTICIPLES
from app.core.extract.fact_motives import WATCHED, WEIGHED, cause_weighed, feeling_read
from tests.core.facts_helpers import OPENING, dated


def test_the_classes_hold_the_figures_and_the_feelings_not_the_plain_verbs() -> None:
    assert {"trashing", "panned", "savaged", "lambasted"} <= CRITICISM_FIGURES
    assert CRITICISM_FIGURES.isdisjoint({"criticized", "attacked", "assailed", "ripped"})
    assert {"angered", "dismayed", "emboldened", "frightened"} <= FEELING_PARTICIPLES
    assert FEELING_PARTICIPLES.isdisjoint({"asked", "joined", "elected", "accompanied"})


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, 2016, Dana Roe toured the Velmar depot, trashing the Quillon budget as a fraud.",
        "Dana Roe panned the Velmar Guild's budget on May 3, 2016.",
        "On May 3, 2016, Dana Roe savaged the Quillon board over its $5 million deficit.",
    ],
)
def test_a_figure_of_criticism_is_not_offered(sentence: str) -> None:
    assert characterised(sentence.split())
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Angered by the closing of the Velmar depot, Dana Roe led a march of 300 clerks in "
        "Quillon on May 3, 2016.",
        "Dana Roe, dismayed at the vote, left the Velmar Guild on May 3, 2016.",
        "Emboldened by the ruling, the Velmar Guild sued Quillon on May 3, 2016.",
    ],
)
def test_a_feeling_read_as_a_motive_is_not_offered(sentence: str) -> None:
    tokens = sentence.split()
    assert feeling_read(tokens, WATCHED.intersection(tokens))
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe criticized the Velmar Guild's budget on May 3, 2016.",
        "The Velmar Guild's plan to sell the depot panned out on May 3, 2016.",
        "Asked by reporters on May 3, 2016, Dana Roe said the Velmar Guild had 300 members.",
        "Joined by 12 clerks, Dana Roe opened the Velmar depot on May 3, 2016.",
        "The clerks were angered on May 3, 2016, when the Velmar Guild cut 12 jobs.",
    ],
)
def test_plain_verbs_and_other_participles_stay(sentence: str) -> None:
    tokens = sentence.split()
    assert not characterised(tokens)
    assert not feeling_read(tokens, WATCHED.intersection(tokens))


@pytest.mark.parametrize(
    "sentence",
    [
        "Largely because of the Velmar rules, no clerk has won a seat on the board since 1990.",
        "On May 3, 2016, Dana Roe resigned from the Velmar Guild, in part because of reports "
        "about her fees.",
        "Turnout in Quillon fell to 31 percent in 2014, mainly due to the new polling hours.",
    ],
)
def test_the_writer_s_weighing_of_a_cause_is_not_offered(sentence: str) -> None:
    tokens = sentence.split()
    assert cause_weighed(tokens, WEIGHED.intersection(tokens))
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 3, 2016 that she resigned largely because of the Velmar rules.",
        "On May 3, 2016, Dana Roe resigned because of reports about her fees.",
        "The Velmar Guild paid for part of the Quillon depot in 2014.",
        "The Velmar depot closed in 2014, mostly to the relief of its 12 clerks.",
    ],
)
def test_a_reported_or_unweighed_cause_is_no_weighing(sentence: str) -> None:
    tokens = sentence.split()
    assert not cause_weighed(tokens, WEIGHED.intersection(tokens))
