"""Disagreements worded the way two real reports word one fact, each rule on
passages written for it in invented words: a figure that is what its
sentence says, a list both reports give, sentences alike but for a figure,
a figure stated beside another both give, a relative clause naming what a
figure is of; and the near misses each rule must still let pass."""

from __future__ import annotations

import pytest

from app.core.corroborate.claims import claim_values, fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.corroborate.text import content_lemmas, content_tokens
from app.core.store import Library
from tests.core.corroborate_helpers import add, filled_library


@pytest.fixture
def library(tmp_path):
    lib = filled_library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _conflicts(library: Library, a: str, b: str, dates=("", "")) -> list[tuple[str, list[str]]]:
    add(library, a, facts=[a], date=dates[0])
    add(library, b, facts=[b], date=dates[1])
    return [(c.kind, sorted(set(c.values))) for c in library.conflicts()]


def test_a_day_written_with_its_year_states_the_year():
    values = {
        (v.kind, v.value) for v in claim_values("Raiders burned the Quell depot on Sept. 11, 2012.")
    }
    assert {("date", "09-11"), ("year", "2012")} <= values


def test_a_year_framing_a_figure_both_state_alike_is_what_they_disagree_on(library):
    a = "Almost 650 river barges have sunk since 2006, the Quenby guild says."
    b = "Almost 650 river  barges have sunk since 2008, the Quenby guild says."
    assert _conflicts(library, a, b) == [("year", ["2006", "2008"])]


def test_a_year_framing_a_figure_the_other_gives_otherwise_is_another_time(library):
    a = "Almost 650 river barges have sunk since 2006, the Quenby guild says."
    b = "Almost 700 river barges have sunk since 2008, the Quenby guild says."
    assert _conflicts(library, a, b) == []


def test_a_span_of_time_does_not_make_a_year_a_mere_frame(library):
    a = "Orla Venn narrowly won the Ostel seat in 2006 but lost it to Ivo Kell four years later."
    b = "Orla Venn narrowly won the Ostel seat in 2008 but lost it to Ivo Kell four years later."
    assert _conflicts(library, a, b) == [("year", ["2006", "2008"])]


def test_different_holders_of_one_role_are_different_subjects(library):
    a = "President Orla Quarr won the Ostel seat in 2010 but lost it to Ivo Kell four years later."
    b = "President Tam Vellow won the Ostel seat in 2011 but lost it to Ivo Kell four years later."
    assert _conflicts(library, a, b) == []


def test_one_pair_of_a_list_both_give_is_a_disagreement(library):
    a = "The Ostel race now moves to Varnby, which holds caucuses on Feb. 14, and then Quell, which holds a primary on Feb. 27."
    b = "After the vote in Harl, the party turns to contests in Varnby on Feb. 20 and Quell on Feb. 27."
    assert _conflicts(library, a, b) == [("date", ["02-14", "02-20"])]


def test_shares_of_one_named_poll_listed_alike_but_one_disagree(library):
    a = "The poll by the Tessel Civic Survey Office showed Mara Quint leading Ivo Kell among likely voters, 55 percent to 41 percent."
    b = "The survey, conducted by the Tessel Civic Survey Office, finds Quint with a small lead over Kell, 46 percent to 41 percent, among likely voters."
    assert _conflicts(library, a, b, ("2016-05-27", "2016-05-26")) == [("percent", ["46%", "55%"])]


def test_shares_of_two_unnamed_polls_that_share_one_figure_are_no_disagreement(library):
    a = "A poll showed Mara Quint leading Ivo Kell among likely voters, 55 percent to 41 percent."
    b = "Another survey finds Quint with a small lead over Kell, 46 percent to 41 percent, among likely voters."
    assert _conflicts(library, a, b, ("2016-05-27", "2016-05-26")) == []


def test_a_figure_said_of_another_thing_ties_no_list(library):
    # Both state $1 million, but of other things (an earlier level, another
    # group's spending): no pair of one list, so $2 million and $6 million
    # are not one figure told two ways. Found by a change control written
    # on a real tuning-part sentence (the "up from" clause made the list).
    a = "The Varn campaign spent roughly $2 million, up from $1 million, more than the Tolby campaign on radio ads in Quell."
    b = "Overall, outside groups reported spending $6 million attacking Tolby, while other groups reported spending only $1 million supporting her."
    assert _conflicts(library, a, b) == []


def test_a_figure_beside_both_said_of_other_times_ties_nothing(library):
    # Both state 10 percent beside their year, but at other times: the
    # years are not one figure told two ways. Found by a time control
    # written on a real tuning-part sentence.
    a = "The overwhelming share of gains under Tolby have gone to the top 10 percent in 1987, but at least the jobless rate is back under control."
    b = "The jobless rate stood at 7.8 percent when Tolby was sworn in, in January 2009, and hit a high of 10 percent in October of that year."
    assert _conflicts(library, a, b) == []


def test_sentences_worded_alike_but_for_one_bound_figure_disagree(library):
    a = "Though the Ostel senator has won several small caucus states, Kell has carried just two primaries with more than 51% backing: Ostel and Varnby."
    b = "While the Ostel senator won several small caucus states, including Harl and Quell, Kell has carried just two primaries with more than 60% backing: Ostel and Varnby."
    assert _conflicts(library, a, b) == [("percent", ["51%", "60%"])]


def test_a_figure_beside_another_both_give_is_one_statement(library):
    # "Tuesday" in a report of that Tuesday is the day the other report speaks of.
    a = "In all, 1106 envoys are up for grabs Tuesday in five provinces."
    b = "In all, 691 envoys are up for grabs in five provinces."
    assert _conflicts(library, a, b, ("2016-03-15", "2016-03-15")) == [
        ("count:envoy", ["1106", "691"])
    ]


def test_a_day_named_far_from_the_other_reports_date_is_another_time(library):
    a = "In all, 1106 envoys are up for grabs Tuesday in five provinces."
    b = "In all, 691 envoys are up for grabs in five provinces."
    assert _conflicts(library, a, b, ("2016-03-15", "2016-05-02")) == []


def test_now_is_said_of_the_figure_next_to_it(library):
    a = "Ivo Kell backs raising the Harl toll to $24 by 2020."
    b = "Ivo Kell has called for the Harl toll, now $7.25 a crossing, to be raised to $15 by 2020."
    assert _conflicts(library, a, b, ("2016-03-30", "2016-03-29")) == [("money", ["$15", "$24"])]


def test_figures_of_one_claim_matching_one_figure_alike_are_no_disagreement(library):
    a = "Quint had 49.9 percent to Kell's 49.6 percent."
    b = "Quint and Kell have 5 percent, and Orrin has 4 percent."
    assert _conflicts(library, a, b) == []


def test_a_trace_names_the_rule_that_keeps_two_claims_apart():
    index = GroupIndex()
    a = fact_signature(1, "The Harl toll rose to $15 from $12, the Quell board said.")
    b = fact_signature(2, "The Harl toll is $24, the Quell board said.")
    trace: list[str] = []
    assert index._compare_facts(1, a, 2, b, True, trace) == []
    assert any("said as a change" in line for line in trace)


def test_a_day_word_in_a_name_is_no_time():
    sig = fact_signature(1, "The poll is part of QUILL TODAY's Vell Nation series.", None)
    assert sig.times == frozenset()
    sig = fact_signature(1, "Today the Quell board meets.", None)
    assert any(t.startswith("r:today") for t in sig.times)


def test_one_series_named_by_a_paper_called_today_is_of_one_time(library):
    a = "The poll is part of QUILL TODAY's Vell Nation series of forums on the most pressing issues of 2013."
    b = "The poll, the second in the Vell Nation series, is part of QUILL TODAY's forums on the most pressing issues of 2016."
    assert _conflicts(library, a, b, ("2016-01-12", "2016-03-16")) == [("year", ["2013", "2016"])]


def test_a_day_past_and_an_event_to_come_do_not_set_one_poll_apart(library):
    # "Wednesday" is when the poll was released, "next month" when the vote
    # comes: neither is when the shares were measured.
    a = "This poll, released on Wednesday night by the Tessel Civic Survey Office, showed Mara Quint leading Ivo Kell among likely voters, 46 percent to 53 percent."
    b = "The survey, conducted by the Tessel Civic Survey Office, finds Quint with a small lead over Kell, 46 percent to 41 percent, among likely voters in the Ostel primary next month."
    assert _conflicts(library, a, b, ("2016-05-27", "2016-05-26")) == [("percent", ["41%", "53%"])]


def test_polls_released_on_days_past_far_apart_are_of_two_times(library):
    a = "This poll, released on Wednesday night by the Tessel Civic Survey Office, showed Mara Quint leading Ivo Kell among likely voters, 46 percent to 53 percent."
    b = "The survey, released on Monday by the Tessel Civic Survey Office, finds Quint with a small lead over Kell, 46 percent to 41 percent, among likely voters."
    assert _conflicts(library, a, b, ("2016-05-27", "2016-03-08")) == []


def test_a_day_of_one_named_place_and_its_event_is_one_day(library):
    a = "Polls show Mara Quint surging in Varnby before the caucuses Feb. 7 and beating Ivo Kell in Quell, which will hold its primary Feb. 9."
    b = "The debate came two weeks before the Varnby caucuses on Feb. 1, an early trial of Quint's reach."
    assert _conflicts(library, a, b, ("2016-01-22", "2016-01-18")) == [("date", ["02-01", "02-07"])]


def test_days_of_two_named_places_are_two_events(library):
    a = "Polls show Mara Quint surging in Varnby before the caucuses Feb. 7 and beating Ivo Kell in Quell, which will hold its primary Feb. 9."
    b = "The debate came two weeks before the Dunmere caucuses on Feb. 1, an early trial of Quint's reach."
    assert _conflicts(library, a, b, ("2016-01-22", "2016-01-18")) == []


def test_days_of_one_place_with_no_word_of_one_event_are_two_events(library):
    a = "Mara Quint toured Varnby on Feb. 7 and spoke at the mill."
    b = "The debate came two weeks before Varnby voters chose on Feb. 1, a test of Quint's strength."
    assert _conflicts(library, a, b, ("2016-01-22", "2016-01-18")) == []


def test_a_place_named_after_its_day_still_names_the_event(library):
    a = "The final contest in the Ostel primary comes June 20, when voters in Varnby head to the polls."
    b = "Varnby's primary is June 14, and Mara Quint has pledged to stay in the Ostel primary through that final contest."
    assert _conflicts(library, a, b, ("2016-06-08", "2016-05-11")) == [("date", ["06-14", "06-20"])]


def test_a_rally_in_a_place_is_not_the_day_of_its_vote(library):
    a = "The final contest in the Ostel primary comes June 20, when voters in Varnby head to the polls."
    b = "Mara Quint will hold a rally in Varnby on June 14 ahead of the final contest."
    assert _conflicts(library, a, b, ("2016-06-08", "2016-05-11")) == []


def test_the_day_of_one_event_named_alike_holds_whatever_else_is_said(library):
    # The other figures (days before, weeks after) are of other things.
    a = "The debate came 15 days before the Varnby caucuses on Feb. 7, a key test of both candidates' strength."
    b = "The Quell caucuses will come three days after the Ostel primary and three weeks after the Varnby caucuses start the process Feb. 1."
    assert _conflicts(library, a, b, ("2016-01-18", "2015-12-15")) == [("date", ["02-01", "02-07"])]


def test_the_day_of_one_event_holds_whoever_else_is_named(library):
    a = "Mara Quint promised Tuesday to stay in the contest through the Varnby primary on June 13."
    b = "Ivo Kell has no meaningful opposition in the Varnby primary on June 7."
    assert _conflicts(library, a, b, ("2016-04-28", "2016-06-03")) == [("date", ["06-07", "06-13"])]


def _marks(text: str) -> set[str]:
    return {m for vc in fact_signature(1, text).values if vc.value.kind == "date" for m in vc.marks}


def test_what_a_day_is_of_is_the_place_it_is_said_of_and_the_word_beside_it():
    assert _marks("Varnby's Feb. 1 caucuses come first.") == {"varnby caucus"}
    assert "varnby caucus" in _marks("It came before the Varnby caucuses on Feb. 1.")
    assert "varnby caucus" in _marks("Then the Varnby caucuses start the process Feb. 1.")
    # A name far from the day, or no name before it, says nothing of it.
    assert _marks("He turned to Varnby and a host of towns that will vote March 1.") == set()
    assert _marks("The poll was conducted Nov. 6 to 10 with 418 Lantern primary voters.") == set()
    # A person named well before a day is no place of its event; the place
    # named right after the event's word is (day_marks._held_in).
    assert _marks("Ivo Kell is braving mailers ahead of the May 3 primary in Varnby.") == {
        "varnby primary"
    }
    assert _marks("Ivo Kell is braving mailers ahead of the May 3 primary.") == set()


@pytest.mark.parametrize(
    "a, b, dates",
    [
        # Two bodies' events in one place ("Lantern", "Oak" each named with its day).
        (
            "The Varnby Lantern caucuses on Feb. 20 drew few voters, Mara Quint said.",
            "The Varnby Oak caucuses on Feb. 23 drew many voters, Ivo Kell said.",
            ("2016-02-21", "2016-02-24"),
        ),
        # The event of another place, the first named only in passing.
        (
            "With a tight race in Varnby days ahead of the Feb. 1 caucus, Mara Quint's backers are on the air.",
            "In Ostel, which stages a March 1 caucus and, like Varnby, splits delegates by tangled rules, Quint's staff have been at work for months.",
            ("2016-01-19", "2016-01-31"),
        ),
        # A day said of a host of places, one of them named far before it.
        (
            "Mara Quint is well placed in Varnby, which votes Feb. 27.",
            "He tried to shift the focus to contests in Ostel and Varnby and a host of towns that will vote March 1.",
            ("2016-01-18", "2016-02-10"),
        ),
    ],
)
def test_days_of_other_events_are_not_one_event_day(library, a, b, dates):
    assert _conflicts(library, a, b, dates) == []


def test_a_lone_letter_joined_by_a_hyphen_is_part_of_its_word():
    assert content_lemmas("the e-mails of Quell") == content_lemmas("the emails of Quell")
    assert content_lemmas("an X-ray") == ["xray"]


def test_two_words_of_one_name_are_one_subject(library):
    a = "Early counts put the letters Ana Quell handed to Varn last spring at about 88,000 pages from her private account."
    b = "The Varn Office has never counted the 55,000 pages of letters Quell handed over from her private account."
    assert _conflicts(library, a, b, ("2015-12-31", "2015-11-16")) == [
        ("count:page", ["55000", "88000"])
    ]


def test_a_deadline_year_places_no_other_figure_in_time(library):
    a = "Ivo Kell defended his call to raise the Ostel bridge toll to $24 a crossing, saying it would pay for repairs."
    b = "Ivo Kell renewed his call to raise the Ostel bridge toll to $15 by 2020, saying it would pay for repairs."
    assert _conflicts(library, a, b, ("2015-11-15", "2016-03-30")) == [("money", ["$15", "$24"])]


@pytest.mark.parametrize(
    "a, b",
    [
        # A level to be reached by then against today's: a change.
        (
            "The Ostel bridge toll will rise to $15 by 2020, Ivo Kell said on Monday.",
            "The Ostel bridge toll is $9 a crossing, Ivo Kell said on Monday.",
        ),
        # Two deadlines: two plans.
        (
            "Ivo Kell renewed his call to raise the Ostel bridge toll to $15 by 2020, saying it would pay for repairs.",
            "Ivo Kell renewed his call to raise the Ostel bridge toll to $24 by 2026, saying it would pay for repairs.",
        ),
    ],
)
def test_figures_of_other_deadlines_or_changes_are_no_disagreement(library, a, b):
    assert _conflicts(library, a, b, ("2016-03-28", "2016-03-29")) == []


def test_a_level_said_as_now_is_no_counterpart_of_a_plan(library):
    # "$7.25" is today's toll, written between the same words as "$15":
    # "$24" is what the plan is for.
    a = "Ivo Kell has called for the Ostel bridge toll, now $7.25 a crossing, to be raised to $24 by 2020 to pay for repairs."
    b = "Ivo Kell defended his call to raise the Ostel bridge toll to $15 a crossing, saying it would pay for repairs."
    assert _conflicts(library, a, b, ("2016-03-29", "2015-11-15")) == [("money", ["$15", "$24"])]


_UPDATES = [
    f"Update {n}: the {w} envoys met in five provinces."
    for n, w in enumerate(
        ["Harl", "Quell", "Varn", "Ostel", "Dunmere", "Tessel", "Brannock", "Orla"]
    )
]


def test_figures_are_rare_by_the_reports_stating_them():
    # Eight updates of one running report state "five provinces": one report does.
    one, many = GroupIndex(), GroupIndex()
    for n, text in enumerate(_UPDATES):
        one.add(n + 1, 1, "fact", text)
        many.add(n + 1, n + 1, "fact", text)
    assert one._rare_figure("count:province=5")
    assert not many._rare_figure("count:province=5")


def _names(text: str) -> set[str]:
    return {t.lemma for t in content_tokens(text) if t.name}


def test_a_state_abbreviation_reads_as_the_state_it_names():
    assert _names("a farm near Quillby, Fla., after dark") == {"quillby", "florida"}
    assert _names("the mill in Ostel, N.H., and Varn, W.Va.") == {
        "ostel", "new", "hampshire", "varn", "west", "virginia",
    }  # fmt: skip
    assert _names("Sen. Orla Venn (D-NY) and Rep. Tam Kell, R-Ga.") >= {"york", "georgia"}
    # A postal code alone may be an English word in capitals; an
    # abbreviation without its stop is no abbreviation.
    assert _names("Sales rose IN Orvel OR Quell, said Ga Venn") == {"orvel", "quell", "ga", "venn"}


def test_a_place_written_with_its_state_abbreviated_is_the_same_place(library):
    a = (
        "Tam Orrel, then a barn watchman, shot and killed Vesk in March 2011 in a quarrel"
        " as the unarmed young drover was heading back to a cousin's farm in Quillby, Fla."
    )
    b = (
        "Tam Orrel is selling the rifle he used to kill Vesk Arno, an unarmed young drover,"
        " during a 2013 quarrel in Quillby, Florida."
    )
    assert _conflicts(library, a, b) == [("year", ["2011", "2013"])]


def test_a_short_relative_clause_on_a_place_says_what_its_day_is_of():
    assert _marks("Ana Roe led the polls in Varnby, where voters will go to caucuses Feb. 7.") == {
        "varnby caucus"
    }
    assert _marks("Mara Quint is well placed in Varnby, which votes Feb. 27.") == {"varnby vote"}
    # A long clause, or one not set on the name, says nothing of the day.
    assert (
        _marks("Varnby, where Ana Roe and her many coastal backers held a rally Feb. 7.") == set()
    )
    assert _marks("Ana Roe led in Varnby and voters will go to caucuses Feb. 7.") == set()


def test_the_day_of_an_event_said_in_a_clause_on_its_place_is_that_events_day(library):
    a = (
        "Ana Roe and Ivo Kell came to the debate in Ostel atop the polls in Varnby,"
        " where voters will go to caucuses Feb. 7."
    )
    b = (
        "Mara Quint's campaign has answered Tam Orrel more sharply as polls show Orrel"
        " surging in Varnby before the caucuses Feb. 1 and beating Quint in Dunmere,"
        " which will hold the first primary Feb. 9."
    )
    assert _conflicts(library, a, b, ("2016-01-15", "2016-01-22")) == [("date", ["02-01", "02-07"])]
