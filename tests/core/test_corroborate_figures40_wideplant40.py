"""Figures told with others (issue #10), fortieth round: a figure in a
short aside set off by dashes ("invested far more -- some $40 million --
in the quarry") is said of the clause around the aside (claims.py,
text.dash_aside); a figure both sentences state alike is no echo of the
other's differing figure ("about $25 million ... for $23 million" / "some
$25 million ... for $14 million", amounts.echoes); one party's count
needed for one goal is that party's rule's figure whoever else the two
sentences name (needed.one_goal); and a sum one subject proposes is set
apart only by a name near it, and compared however few words the two
sentences share (amounts.named_apart, rules.figure_probe). Each with near
misses that must stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.claims import fact_signature
from app.core.corroborate.needed import NEEDED, OWN, PARTY
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


# -- one party's count needed for one goal ------------------------------------------------

HEAD_TO = (
    "Ana Brisk and Ivo Marsk head to the Velmarist convention in July without the {}"
    " votes needed to take the nomination outright."
)
STUDY = (
    "After weeks spent on the {} votes needed for the Velmarist nomination, her aides"
    " now study the autumn race against Tobin Vesk and Ilse Marrow."
)


def test_a_count_needed_is_marked_with_the_one_party_its_sentence_names():
    assert {NEEDED, PARTY + "velmarist"} <= _context(HEAD_TO.format("1,240"), "1240").marks
    both = STUDY.replace("race against", "Ostranist race against").format("1,310")
    assert not any(m.startswith(PARTY) for m in _context(both, "1310").marks)


def test_one_party_s_counts_needed_disagree_whoever_else_is_named():
    assert _conflicts(HEAD_TO.format("1,240"), STUDY.format("1,310")) == [("1240", "1310")]
    assert _conflicts(HEAD_TO.format("1,240"), STUDY.format("1,240")) == []


def test_another_party_or_a_sentence_naming_two_is_another_rule():
    other = STUDY.replace("Velmarist", "Ostranist")
    assert _conflicts(HEAD_TO.format("1,240"), other.format("1,310")) == []
    both = STUDY.replace("race against", "Ostranist race against")
    assert _conflicts(HEAD_TO.format("1,240"), both.format("1,310")) == []
    unnamed = STUDY.replace("the Velmarist nomination", "the nomination")
    assert _conflicts(HEAD_TO.format("1,240"), unnamed.format("1,310")) == []


def test_a_pronoun_s_own_need_or_another_goal_is_left_alone():
    own = "After weeks of doubt, she needs 1,310 votes to take the Velmarist nomination, aides say."
    assert OWN in _context(own, "1310").marks
    assert _conflicts(HEAD_TO.format("1,240"), own) == []
    treasurer = (
        "After weeks spent on the 1,310 votes needed to unseat the Velmarist treasurer,"
        " her aides now study the race against Tobin Vesk."
    )
    assert _conflicts(HEAD_TO.format("1,240"), treasurer) == []


def test_one_party_s_counts_of_two_cycles_are_left_alone():
    later = date(2032, 1, 9)
    assert conflict_values(HEAD_TO.format("1,240"), STUDY.format("1,310"), (EARLY, later)) == []
    dated = STUDY.replace("After weeks", "In 2027, after weeks")
    assert _conflicts(HEAD_TO.format("1,240"), dated.format("1,310")) == []


# -- a sum one subject proposes, set apart only by a name near it ----------------------

AIDES = (
    "Aides to Orrin Pell have pressed the wardens for a role at the Velmarist convention"
    " in July, aiming to lock in planks like a {}-an-hour dock wage, breaking up the river"
    " cartels."
)
PLEA = (
    "Late in the evening, the crowd grew restless as she praised lifting the dock wage"
    " (with far less warmth than Mr. Pell's fervent plea for {} an hour) and described"
    " Ms. Varga's plans for the river cartels."
)


def test_names_elsewhere_in_long_sentences_do_not_set_one_subject_s_sums_apart():
    # The convention one names and the rival the other names are about
    # other parts of the two sentences; both sums are Pell's dock wage.
    assert _conflicts(AIDES.format("$9"), PLEA.format("$5")) == [("$9", "$5")]
    assert _conflicts(AIDES.format("$5"), PLEA.format("$5")) == []


def test_a_name_near_each_sum_still_tells_two_places_apart():
    varnby = "Orrin Pell backs a {}-an-hour dock wage for Varnby, his aides said."
    ostrand = "Orrin Pell backs a {}-an-hour dock wage for Ostrand, his aides said on Friday."
    assert _conflicts(varnby.format("$9"), ostrand.format("$5")) == []


def test_one_subject_s_sums_are_compared_with_a_word_or_two_in_common():
    # The index's first test ties two sums marked alike (rules.figure_probe),
    # however few of the words around them the two sentences share.
    lock = (
        "Aides to Orrin Pell have pressed the wardens for a role at the Velmarist convention"
        " in July, aiming to lock in planks like a {} moss levy, breaking up the river cartels."
    )
    plea = (
        "Late in the evening, the crowd grew restless as she praised lifting the moss levy"
        " (with far less warmth than Mr. Pell's fervent plea for {} a bale) and described"
        " Ms. Varga's plans for breaking up the river cartels."
    )
    assert _conflicts(lock.format("$9"), plea.format("$5")) == [("$9", "$5")]
    other = lock.replace("Orrin Pell", "Ilse Marrow")
    assert _conflicts(other.format("$9"), plea.format("$5")) == []
