"""Times that are one thing's time whatever else a sentence says: a year
both reports place in their past (rules.settled_years), a day marked by
the place its event is held in (day_marks: "the May 9 vote in
Varnby"); a year told by a telling term, whatever names the rest of its
clause gives (only those near the years tell two things apart); a year
labelling a thing still names which thing. Each with a near miss that must
stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.claims import fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.corroborate.needed import NEEDED
from app.core.corroborate.rules import settled_years

WINTER, NEXT_DAY = date(2015, 12, 22), date(2015, 12, 23)
SPRING, SPRING_NEXT = date(2016, 4, 5), date(2016, 4, 6)


def _conflicts(first: str, second: str, when_a=None, when_b=None) -> list:
    index = GroupIndex()
    index.add(1, 1, "fact", first, when_a)
    edges = index.add(2, 2, "fact", second, when_b)
    return [e for e in edges if e.relation == "conflict"]


def _year(text: str, when=None):
    sig = fact_signature(1, text, when)
    return next(vc for vc in sig.values if vc.value.kind == "year")


# -- a year already past ---------------------------------------------------------

AIDE = (
    '"It keeps the others quiet," said Oren Pask, a guild aide during her failed {} run'
    " and now head of the Brask Institute."
)


def test_a_past_year_does_not_move_with_a_running_word_beside_it():
    assert _conflicts(AIDE.format(2007), AIDE.format(2004), WINTER, NEXT_DAY)


def test_a_year_to_come_still_holds_at_its_reports_date_only():
    # "now" with a year after the report: a plan, which may change from day to day.
    assert not _conflicts(AIDE.format(2007), AIDE.format(2019), WINTER, NEXT_DAY)


def test_settled_years_needs_both_years_before_both_reports():
    past, later = _year(AIDE.format(2007), WINTER), _year(AIDE.format(2017), WINTER)
    assert settled_years(past, past, WINTER, NEXT_DAY)
    assert not settled_years(past, later, WINTER, NEXT_DAY)
    assert not settled_years(past, past, None, NEXT_DAY)  # an undated report: any year


# -- a year labelling a thing, worded alike ----------------------------------------

MANAGER = (
    '"The odds look long," said Oren Pask, deputy manager for Tamsin Orvell\'s {} guild campaign.'
)


def test_a_label_year_in_two_sentences_worded_alike_still_names_which_thing():
    # One person may have managed two campaigns: the year says which.
    assert not _conflicts(MANAGER.format(2004), MANAGER.format(2001), WINTER, WINTER)


# -- a day marked by the place its event is held in -------------------------------

HELD_IN = "Ana Roe toured two mills ahead of the May 9 primary in Varn Oster, her home county."
OWNED = "Whatever Varn Oster's May 15 primary brings, the mill owners stay calm."


def test_a_day_before_its_event_and_place_is_marked_as_that_places_event():
    vc = next(v for v in fact_signature(1, HELD_IN).values if v.value.kind == "date")
    assert "oster primary" in vc.marks


SPENT = "Mill owners spent $4 million ahead of the May 9 primary in Varn Oster."
DREW = "Varn Oster's May 15 primary, the mill owners say, drew $9 million in ads."


def test_one_places_event_on_two_days_whatever_other_figures_the_sentences_give():
    found = _conflicts(SPENT, DREW, SPRING, SPRING_NEXT)
    assert [e.values for e in found] == [("05-09", "05-15")]


def test_another_places_event_is_another_day():
    assert not _conflicts(SPENT, DREW.replace("Varn Oster", "Quell Harbor"), SPRING, SPRING_NEXT)
    assert not _conflicts(SPENT.replace("Varn Oster", "Quell Harbor"), DREW, SPRING, SPRING_NEXT)


def test_a_person_named_before_the_day_is_still_another_subject():
    assert not _conflicts(HELD_IN, OWNED, SPRING, SPRING_NEXT)


def test_a_day_before_a_word_with_no_place_after_it_is_not_marked_so():
    text = "Ana Roe toured two mills ahead of the May 9 primary, her first one."
    vc = next(v for v in fact_signature(1, text).values if v.value.kind == "date")
    assert not any(m.endswith(" primary") and m.startswith("oster") for m in vc.marks)


# -- a count said as what it takes to reach one goal -------------------------------


def _count_marks(text: str) -> frozenset[str]:
    sig = fact_signature(1, text)
    return next(vc.marks for vc in sig.values if vc.value.kind.startswith("count:"))


def test_a_count_needed_to_reach_a_goal_is_marked_so():
    assert NEEDED in _count_marks("Roe is near the 1,240 ballots needed to head the Ostel guild.")
    assert NEEDED in _count_marks("It takes 1,240 ballots to head the Ostel guild.")
    assert NEEDED in _count_marks("A member needs 1,240 ballots to head the Ostel guild.")
    # What is left to reach it, or a count of another act, is not the goal's figure.
    assert NEEDED not in _count_marks("Roe needs 400 more ballots to head the Ostel guild.")
    assert NEEDED not in _count_marks("Roe took 66 ballots in the Ostel guild vote.")


def test_two_counts_needed_for_one_goal_named_alike_disagree():
    found = _conflicts(
        "Roe's aide says she is on course to reach the 1,240 ballots needed to head the Ostel guild.",
        "It takes 1,980 ballots to head the Ostel guild, its clerk said.",
        SPRING,
        SPRING_NEXT,
    )
    assert [sorted(e.values) for e in found] == [["1240", "1980"]]


def test_counts_needed_for_a_goal_named_otherwise_or_not_at_all_do_not():
    first = "Roe's aide says she is on course to reach the 1,240 ballots needed to head the Ostel guild."
    # Another guild's goal: another rule.
    assert not _conflicts(
        first, "It takes 1,980 ballots to head the Varn guild, its clerk said.", SPRING, SPRING
    )
    # No guild named on one side: which guild's rule it is, the sentence does not say.
    assert not _conflicts(first, "It takes 1,980 ballots to head the guild.", SPRING, SPRING)
    # What is left to reach the goal is no rule's figure.
    assert not _conflicts(
        first, "Roe still needs 400 more ballots to head the Ostel guild.", SPRING, SPRING
    )


# -- a year told by a telling term: only names near the years tell two things ------

DAM = (
    "Ivo Kell shot down the Brask dam plan in March {} after a long, bitter and noisy"
    " night of talks in the hall, Orla Venn wrote."
)
DAM_TOO = (
    "Ivo Kell shot down the Brask dam plan in March {} after a long, cold and quiet"
    " evening of votes in the mill, Tamsin Orvell said."
)


def test_a_telling_years_clause_may_name_others_far_from_the_year():
    # Loose: counted only between reports of one story (Edge.loose).
    found = _conflicts(DAM.format(2009), DAM_TOO.format(2012), SPRING, SPRING_NEXT)
    assert [(e.values, e.loose) for e in found] == [(("2009", "2012"), True)]


def test_a_telling_years_act_by_another_or_of_another_thing_is_not_one():
    first = DAM.format(2009)
    other_actor = DAM_TOO.format(2012).replace("Ivo Kell", "Oren Quorn")
    other_plan = DAM_TOO.format(2012).replace("Brask", "Quell")
    assert not _conflicts(first, other_actor, SPRING, SPRING_NEXT)
    assert not _conflicts(first, other_plan, SPRING, SPRING_NEXT)
