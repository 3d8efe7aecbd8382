"""Facts, #17 round 60: lines a reader cannot check without knowing when.

- What holds as the article is written, told in the simple present
  (`fact_present.present_at`): a habit counted by a rate ("prints more
  than 30 almanacs a year"), who backs or belongs to a body ("its biggest
  donors include ..."), a state the writer calls current ("Current
  bylaws allow ..."), a level after a participle and "with" ("is saddled
  with about $61,000", an apposition's year no time of the line). With the
  source's date it is cited "[as of <date>]"; with none it is not offered.
- A perfect in a clause after a semicolon ("...; now Marchbank has
  trained ...") is that clause's own, dated as of the writing whatever
  year the first clause gives (`fact_perfect.perfect_at`); so is a perfect
  whose only verb of speech after it is a bound relative clause's ("...
  apprentices who were told they would be paid").
- A span counted forward from the writing after a future or a present
  ("expects to air 14 spots over the next three months") is cited "[from <date>]"
  (`fact_present.forward_spans`).
- A state told in the past at a time the line does not give ("remained
  in the infirmary", "... with fewer than 30 still undecided") is its
  named source's latest word, "[as of <date>]" (`fact_present.remaining_at`),
  not offered with no date; not offered either is a past joined by ", while" or by "after"/"before" to another act
  told with no time ("received $25,000 after Piran Tolley endorsed her")
  (`fact_present.undated_joined`).

Each rule has a near miss that stays as it was: a generic subject, a
founders' list, a past, a line with its own time.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict

AS_OF = " [as of May 4, 2016]."


@pytest.mark.parametrize(
    "sentence",
    [
        # A habit counted by a rate.
        "The Pellingham Press prints more than 30 almanacs a year and sells maps to the "
        "Thorncastle guild.",
        # Who backs a body, after an opening "While" clause.
        "While the Skerrow Fund backs no candidate, the fund's donors include Odile "
        "Marchbank and Piran Tolley, two glaziers who run 12 kilns in Thorncastle.",
        # A state the writer calls current.
        "Current bylaws allow only clerks who have paid dues for three years to vote, a bar "
        "met by 40 Thorncastle clerks.",
        # A level after a participle; the year is the apposition's.
        "Odile Marchbank, a Skerrow native and 2010 Thorncastle College graduate, is saddled "
        "with about $61,000 in loans.",
    ],
)
def test_a_present_state_is_cited_as_of_the_writing(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    # With no date, as of when? Not offered.
    assert _verdict(sentence, None)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A generic subject: a rule of a kind, no one's state.
        "A Skerrow binder stitches 40 almanacs a week for the Thorncastle guild.",
        # A habit of the past, with its year.
        "The Pellingham Press printed 30 almanacs a year for the Thorncastle guild in 2012.",
        # Founders: a past that stays.
        "The Skerrow Fund's founders include Odile Marchbank and Piran Tolley, two glaziers "
        "who run 12 kilns in Thorncastle.",
        # A past level with its own time.
        "Odile Marchbank was saddled with about $61,000 in loans in 2012.",
    ],
)
def test_a_timeless_or_dated_line_stays(sentence: str) -> None:
    reason, cited = _verdict(sentence)
    assert "[as of" not in cited
    assert _verdict(sentence, None) == (reason, cited)


def test_a_perfect_after_a_semicolon_is_its_clauses_own() -> None:
    sentence = (
        "Odile Marchbank and Piran Tolley were teenagers when the Skerrow mill flooded in "
        "1998; now Marchbank has trained 12 apprentices of her own."
    )
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    near = sentence.replace("now Marchbank has trained", "Marchbank has trained since 2010")
    assert _verdict(near) == ("", near)


def test_a_span_counted_forward_from_the_writing_is_dated() -> None:
    sentence = (
        "Piran Tolley says the Skerrow Fund expects to air 14 radio spots in Thorncastle over "
        "the next three months."
    )
    cited = sentence.replace("three months", "three months [from May 4, 2016]")
    assert _verdict(sentence) == ("", cited)
    assert _verdict(sentence, None) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Counted from a time the line gives.
        "In March 2015, the Skerrow Fund said it would air 14 radio spots over the next three "
        "months.",
        # Counted from an event of the story: a past.
        "The Skerrow Fund aired 14 radio spots in Thorncastle over the next three months.",
    ],
)
def test_a_span_counted_from_another_time_stays(sentence: str) -> None:
    assert "[from" not in _verdict(sentence)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nineteen of the 44 injured crew members remained in the Skerrow infirmary, according "
        "to the Thorncastle Harbour Office.",
        "According to the Thorncastle ledger, 212 of the 260 guild clerks backed Odile "
        "Marchbank, with fewer than 30 still undecided.",
    ],
)
def test_a_past_state_its_source_gives_is_cited_as_of_the_writing(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    assert _verdict(sentence, None)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nineteen of the 44 injured crew members remained in the Skerrow infirmary on "
        "Tuesday, according to the Thorncastle Harbour Office.",
        "According to the Thorncastle ledger, 212 of the 260 guild clerks backed Odile "
        "Marchbank in March 2016, with fewer than 30 still undecided.",
    ],
)
def test_a_past_state_with_its_time_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Odile Marchbank received $25,000 from Thorncastle glaziers after Piran Tolley endorsed "
        "her in a letter.",
        "Piran Tolley served as treasurer of the Skerrow Fund, while Odile Marchbank donated "
        "$25,000 to the Thorncastle guild.",
    ],
)
def test_a_past_joined_to_an_undated_clause_is_held_back(sentence: str) -> None:
    assert _verdict(sentence)[0] == "time"
    # With a time of its own, it stays.
    dated = sentence.replace(" from Thorncastle", " in 2014 from Thorncastle").replace(
        "donated $25,000", "donated $25,000 in 2014"
    )
    assert _verdict(dated) == ("", dated)


def test_a_verb_of_speech_in_a_bound_relative_clause_leaves_the_perfect_the_lines() -> None:
    sentence = (
        "Two Skerrow glaziers have accused the Thorncastle mill of underpaying 14 apprentices "
        "who were told they would be paid in full."
    )
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    # A report closing the line is still the speaker's words.
    tagged = sentence[:-1] + ", Piran Tolley said."
    assert "[as of" not in _verdict(tagged)[1]
