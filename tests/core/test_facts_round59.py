"""Facts, #17 round 59: present states a reader cannot check without
knowing as of when.

- A present perfect whose only time is in an apposition right after the
  subject ("The Orlick Fenmore Trust, a charity set up in 1987 by two
  glaziers, has also started paying 40 apprentices") holds as of the
  writing: the year is the apposition's (`fact_perfect.apposition_dropped`).
  With the source's date it is cited "[as of <date>]"; a count so far is
  held back with none, as without the apposition (`fact_ongoing.counted_at`).
- A perfect of being with no participle after "been" ("has been unable
  to", "have been privy to") is a state up to the writing, as the perfect
  of an act is (`fact_perfect._BEEN`): "[as of <date>]" with the source's
  date, offered as before without one.
- An office or a tie held, told in the present of "be" in the writer's
  voice with no time ("Tamsin Heathcote is the treasurer of ...",
  "Harrowgate Freight is a haulage contractor for ...") is held as the
  article was written (`fact_perfect.role_at`): "[as of <date>]" with the
  source's date, not offered without one. A place's kind ("is a port town")
  names no office and stays, as does an office with its own time.
- A perfect after an opening clause that ends at a comma ("As the lodge
  weighs its dues, Tamsin Heathcote has voted ...") is the main clause's
  own (`fact_perfect._opened_before`): "[as of <date>]" too; a condition's
  clause ("If ..., ... has promised") stays as it was.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict

AS_OF = " [as of May 4, 2016]."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orlick Fenmore Trust, a charity set up in 1987 by two glaziers, has also "
        "started paying 40 apprentices in Dunmarrow.",
        "Tamsin Heathcote, the glazier who opened a kiln in Dunmarrow in 2009, has sold "
        "14 lanterns to the Brackwater Lodge.",
    ],
)
def test_a_year_in_an_apposition_is_not_the_perfects(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)


def test_a_count_so_far_after_an_apposition_is_held_back_with_no_date() -> None:
    sentence = (
        "The Orlick Fenmore Trust, a charity set up in 1987 by two glaziers, has also "
        "started paying 40 apprentices in Dunmarrow."
    )
    assert _verdict(sentence, None)[0] == "time"


def test_a_count_in_an_apposition_is_no_count_so_far() -> None:
    # The perfect counts nothing of its own: offered with no date, as before.
    sentence = (
        "Brenna Tolliver and Osric Vane, the owners of two mills burned in the 2012 fire "
        "at Dunmarrow, have filed a claim against the Brackwater Lodge."
    )
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    assert _verdict(sentence, None) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the perfect's own stays the line's.
        "The Orlick Fenmore Trust, a charity set up in 1987 by two glaziers, has paid "
        "40 apprentices in Dunmarrow since 2014.",
        # A past, not a perfect: dated by its own year.
        "The Orlick Fenmore Trust, a charity set up in 1987 by two glaziers, paid "
        "40 apprentices in Dunmarrow in 2014.",
    ],
)
def test_a_dated_line_with_an_apposition_stays(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Heathcote has been unable to sell 12 acres of the Brackwater kiln yard.",
        "For more than 10 years, glaziers in Dunmarrow have been privy to a ledger "
        "known as the Amber Roll.",
    ],
)
def test_a_perfect_of_being_is_as_of_the_writing(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    assert _verdict(sentence, None) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Heathcote was unable to sell 12 acres of the Brackwater kiln yard in 2013.",
        "Tamsin Heathcote has been unable to sell 12 acres of the Brackwater kiln yard since 2013.",
    ],
)
def test_a_dated_state_stays(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Heathcote is the treasurer of the Brackwater Lodge of 40 glaziers.",
        "Harrowgate Freight is a haulage contractor for 14 ports in Dunmarrow.",
    ],
)
def test_an_office_held_now_is_as_of_the_writing(sentence: str) -> None:
    # Dated "[as of <date>]"; with no date, as of when no one can tell.
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    assert _verdict(sentence, None)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A timeless fact: a place's kind, no office.
        "Dunmarrow is a port town of 12,000 people on the Brack estuary.",
        # An office with its own time.
        "Harrowgate Freight was a haulage contractor for 14 ports in Dunmarrow from 2009 to 2014.",
        "Tamsin Heathcote has been the treasurer of the Brackwater Lodge of 40 glaziers "
        "since 2012.",
    ],
)
def test_a_timeless_or_dated_line_stays(sentence: str) -> None:
    assert _verdict(sentence) == ("", sentence)
    assert _verdict(sentence, None) == ("", sentence)


def test_a_perfect_after_an_opening_clause_is_the_lines_own() -> None:
    # "As ..., X has voted": the perfect is the main clause's, as of the writing.
    sentence = (
        "As the Brackwater Lodge weighs its dues, Tamsin Heathcote has voted against "
        "the kiln levy of the Dunmarrow council."
    )
    assert _verdict(sentence) == ("", sentence[:-1] + AS_OF)
    assert _verdict(sentence, None) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A condition's clause: no fact, as before.
        "If the Brackwater Lodge raises its dues, Tamsin Heathcote has promised to vote "
        "against the kiln levy of the Dunmarrow council.",
        # A time of the line's own.
        "As the Brackwater Lodge weighed its dues in 2014, Tamsin Heathcote has voted "
        "against the kiln levy of the Dunmarrow council.",
    ],
)
def test_a_condition_or_a_dated_opening_stays(sentence: str) -> None:
    assert _verdict(sentence) == _verdict(sentence, None)
    assert "[as of" not in _verdict(sentence)[1]


def test_a_span_to_the_writing_after_an_opening_clause_is_dated_once() -> None:
    # "in the last decade" is dated "[to <date>]" already: no "[as of]" beside it.
    sentence = "While Velmar clerks often dissent, no Quillon judge has done so in the last decade."
    assert _verdict(sentence) == ("", sentence[:-1] + " [to May 4, 2016].")
