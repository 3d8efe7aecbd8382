"""Facts, #17 round 57: the writer's comparisons and grading, a line
leaning on a list before it, an act whose only time is a relative
clause's.

- A kind compared with nothing after "a" and a degree word ("an even
  more costly step") and a leaning compared after its verb ("hewed more
  to the guild") are the writer's comparisons: than what, the line does
  not say (`fact_stance`). A comparison with "than" stays.
- An adjective of the published subjectivity lexicon after "a" or a
  possessive keeps judging with names between it and its noun ("a
  disputed Brindlemoor Harbor levy" stays; "a controversial Brindlemoor
  Harbor levy" does not: `fact_attributive`).
- An enumerative conjunct opening the line ("Second,", "Number three,")
  makes it an item of a list only the sentences before announce
  (`fact_discourse`); an ordinal inside the line ("The second claim")
  does not.
- A present perfect whose only time is in a relative clause set off by
  commas ("Orrin Paskell, who toured Brindlemoor on Friday, has urged
  ...") has none of its own: with the source's date it is cited "[as of
  <date>]" (`fact_perfect`); a time of the perfect's own keeps it as it
  was. Words said once whose only word of time is in a relative clause
  inside an apposition ("Orrin Paskell, a tanner who now is a clerk, said
  ...") are undated, and not offered (`fact_captions`); a going on joined
  by "and" to a dated past ("voted on March 2 and is holding a rally") is
  cited "[as of <date>]", the time being the past's (`fact_ongoing`).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import find_facts
from app.core.extract.fact_perfect import own_time
from tests.core.facts_helpers import sentence_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, the Brindlemoor Tanners Guild approved a levy of $30 on each hide, "
        "an even more costly step for its members.",
        "On March 3, the Brindlemoor Tanners Guild approved a levy of $30 on each hide, "
        "a far less costly step for its members.",
        "At a forum on March 3, Orrin Paskell hewed more to the Brindlemoor Tanners Guild "
        "on a $30 levy on hides.",
        "At a forum on March 3, Orrin Paskell leans more toward the Brindlemoor Tanners "
        "Guild on a $30 levy on hides.",
    ],
)
def test_a_comparison_with_nothing_compared_is_dropped(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, the Brindlemoor Tanners Guild approved a levy of $30 on each hide, "
        "a costly step for its members.",
        "At a forum on March 3, Orrin Paskell sided with the Brindlemoor Tanners Guild "
        "on a $30 levy on hides.",
        "At a forum on March 3, Orrin Paskell hewed more to the Brindlemoor Tanners Guild "
        "than to Hesketh Ward on a $30 levy on hides.",
    ],
)
def test_a_near_miss_without_an_unstated_comparison_stays(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


def test_an_adjective_that_judges_keeps_judging_across_names() -> None:
    graded = (
        "On March 3, Orrin Paskell voted against a controversial Brindlemoor Harbor levy of $30."
    )
    owned = (
        "On March 3, Orrin Paskell voted against the guild's controversial Brindlemoor levy of $30."
    )
    assert sentence_verdict(graded)[0] == "analysis"
    assert sentence_verdict(owned)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, Orrin Paskell voted against a Brindlemoor Harbor levy of $30 on hides.",
        # An adjective the lexicon does not grade, and a kind's adjective.
        "On March 3, Orrin Paskell voted against a disputed Brindlemoor Harbor levy of $30.",
        "On March 3, Orrin Paskell voted against his own Brindlemoor Harbor levy of $30.",
    ],
)
def test_a_plain_or_classifying_adjective_before_names_stays(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Second, the Brindlemoor Tanners Guild filed a claim for $40,000 in damages on March 3.",
        "Thirdly, the Brindlemoor Tanners Guild filed a claim for $40,000 in damages on March 3.",
        "Number three, the Brindlemoor Tanners Guild filed a claim for $40,000 in damages on "
        "March 3.",
    ],
)
def test_an_item_of_a_list_announced_before_is_dropped(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brindlemoor Tanners Guild filed a claim for $40,000 in damages on March 3.",
        "The second Brindlemoor Tanners Guild claim, for $40,000 in damages, was filed on March 3.",
        "Second-term councilor Orrin Paskell filed a claim for $40,000 in damages on March 3.",
    ],
)
def test_an_ordinal_that_opens_no_list_stays(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == ""


def test_a_perfect_dated_only_by_a_relative_clause_is_dated_as_of_the_source() -> None:
    sentence = (
        "Orrin Paskell, who toured Brindlemoor on Friday, has urged the harbor board to "
        "release the ledger of its dock fees."
    )
    reason, shown = sentence_verdict(sentence)
    assert reason == ""
    assert shown.endswith("dock fees [as of May 4, 2016].")
    # With no date the line is offered as before, its words unchanged.
    assert [f.cited_text(sentence) for f in find_facts(sentence, [])] == [sentence]


def test_a_perfect_with_a_time_of_its_own_is_not_dated_again() -> None:
    sentence = (
        "Orrin Paskell, who toured Brindlemoor, has urged the harbor board since Friday to "
        "release the ledger of its dock fees."
    )
    reason, shown = sentence_verdict(sentence)
    assert reason == ""
    assert "[as of" not in shown


def test_a_verb_of_saying_in_an_opening_clause_leaves_the_main_clause_the_writers() -> None:
    graded = (
        "At a forum on March 3, while most rivals called for a larger harbor patrol, "
        "Orrin Paskell hewed more to the Brindlemoor Tanners Guild on a $30 levy on hides."
    )
    reported = (
        "At a forum on March 3, Orrin Paskell hewed more to the Brindlemoor Tanners Guild "
        "on a $30 levy on hides, his aides said."
    )
    assert sentence_verdict(graded)[0] == "pointer"
    assert sentence_verdict(reported)[0] != "pointer"


def test_a_perfect_inside_the_relative_clause_keeps_that_clauses_time() -> None:
    sentence = (
        "On the quay, where hundreds of tanners have gathered this week, the guild posted "
        "a notice of the $30 levy."
    )
    assert own_time(sentence, sentence.index(" have gathered"))
    assert not own_time(sentence, sentence.index(" posted"))


def test_words_said_once_are_undated_when_only_an_aside_says_now() -> None:
    sentence = (
        "Orrin Paskell, 49, a tanner who now is a clerk of the Brindlemoor Harbor Board, "
        "said the guild should pay the $30 levy."
    )
    dated_by_its_verb = (
        "Orrin Paskell, 49, a tanner who now is a clerk of the Brindlemoor Harbor Board, "
        "said on Monday the guild should pay the $30 levy."
    )
    assert sentence_verdict(sentence)[0] == "time"
    assert sentence_verdict(dated_by_its_verb) == (
        "",
        "Orrin Paskell, 49, a tanner who now is a clerk of the Brindlemoor Harbor Board, "
        "said on Monday [May 2, 2016] the guild should pay the $30 levy.",
    )


def test_a_going_on_after_a_dated_past_is_dated_as_of_the_source() -> None:
    sentence = "Orrin Paskell voted on March 2 and is holding a rally of tanners in Brindlemoor."
    assert sentence_verdict(sentence) == (
        "",
        "Orrin Paskell voted on March 2 [2016] and is holding a rally of tanners in "
        "Brindlemoor [as of May 4, 2016].",
    )
    assert find_facts(sentence, []) == []  # (with no date: as of when?)


def test_a_going_on_with_a_time_of_its_own_keeps_it() -> None:
    sentence = (
        "Orrin Paskell voted on March 2 and is holding a rally of tanners in Brindlemoor this week."
    )
    reason, shown = sentence_verdict(sentence)
    assert reason == ""
    assert shown.endswith("this week [the week of May 2, 2016].")
