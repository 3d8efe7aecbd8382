"""Figures told with others (issue #10), fortieth round: a figure in a
short aside set off by dashes ("invested far more -- some $40 million --
in the quarry") is said of the clause around the aside (claims.py,
text.dash_aside); a figure both sentences state alike is no echo of the
other's differing figure ("about $25 million ... for $23 million" / "some
$25 million ... for $14 million", amounts.echoes). Each with near misses
that must stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.claims import fact_signature
from app.core.corroborate.text import dash_aside
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (EARLY, LATER))


def _context(text: str, label: str):
    return next(vc for vc in fact_signature(1, text).values if vc.value.value == label)


# -- a figure in a short aside between dashes --------------------------------------------

ASIDE = (
    "The mill owners invested far more -- some {} million -- in restoring the old"
    " quarry, after buying it at auction for $9 million."
)
PLAIN = (
    "The mill owners invested about {} million in restoring the old quarry, after"
    " buying it at auction for $9 million."
)


def test_a_short_aside_between_dashes_is_read_with_its_clause():
    text = ASIDE.format("$40")
    left, right = text.index(" --"), text.index(" -- in")
    assert dash_aside(text, left, right)
    assert {"invest", "quarry"} <= _context(text, "$40m").words
    # A long aside, or one naming someone, says things of its own.
    named = "Velmar Mills spent $25 million -- Ostrand Works some $40 million -- last year."
    assert not dash_aside(named, named.index(" --"), named.index(" -- last"))
    long = "It spent $25 million -- a sum the town clerk had called far too high -- last year."
    assert not dash_aside(long, long.index(" --"), long.index(" -- last"))


def test_an_aside_s_figure_disagrees_with_the_plain_one():
    assert _conflicts(PLAIN.format("$25"), ASIDE.format("$40")) == [("$25m", "$40m")]
    withheld = (
        "The board moved to withhold nine ledgers and 37 pages of minutes \u2014 including"
        " 35 letters of the treasurer \u2014 from its monthly release."
    )
    among = (
        "The board withheld nine ledgers and 37 pages of minutes, among them 22 letters"
        " of the treasurer, from its release."
    )
    assert _conflicts(among, withheld) == [("22", "35")]


def test_an_aside_s_approximation_that_agrees_is_no_conflict():
    assert _conflicts(PLAIN.format("$25"), ASIDE.format("$27")) == []


def test_an_aside_naming_another_subject_is_left_alone():
    named = "Velmar Mills spent $25 million on the quarry -- Ostrand Works some $40 million -- last year."
    assert _conflicts("Velmar Mills spent about $25 million on the quarry last year.", named) == []
    assert _conflicts("Velmar Mills spent some $40 million on the quarry last year.", named) == []


def test_a_change_in_an_aside_stays_a_change():
    risen = "The mill owners invested more -- up $15 million from the year before -- in the quarry."
    assert _conflicts("The mill owners invested $9 million in the quarry.", risen) == []


# -- a figure both state alike is no echo of the other's --------------------------------

SPENT = "The guild spent about $25 million restoring the quarry, after buying it at auction for {} million."
SOME = "The guild spent some $25 million restoring the quarry, after buying it at auction for {} million."


def test_a_figure_both_state_alike_is_no_echo_of_the_differing_one():
    # The "some $25 million" of the second is the first's "$25 million",
    # not a second telling of its $23 million.
    assert _conflicts(SPENT.format("$23"), SOME.format("$14")) == [("$23m", "$14m")]
    assert _conflicts(SPENT.format("$23"), SOME.format("$23")) == []


def test_a_sentence_giving_the_other_s_figure_as_an_approximation_still_echoes_it():
    paid = "The guild paid $23 million for the quarry, about $25 million with fees."
    assert _conflicts(paid, "The guild paid about $25 million for the quarry.") == []
    fees = "The guild paid $23 million for the quarry, some $25 million with fees."
    less = "The guild paid about $25 million for the quarry, $14 million less than asked."
    assert _conflicts(fees, less) == []
