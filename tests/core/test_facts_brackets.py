"""A bracket never puts words in a source's mouth: no calendar year for a
span ("the last year"), no one month for a loose count ("three or four
months ago"), no name cut at a broken character, no body the text does not
name for "the court" nearby.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import find_facts

WRITTEN = dt.date(2016, 3, 9)  # a Wednesday


def cited_on(text: str, published: dt.date | None = WRITTEN) -> list[str]:
    """How every fact of `text`, written on `published`, is cited."""
    return [f.cited_text(text) for f in find_facts(text, published=published)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon board in the last year closed 14 depots and sold 3 others.",
        "Quillon County closed 14 depots over the last month, its audit found.",
        "The Quillon board will close 14 depots in the next week, a filing shows.",
        "Dana Roe spent her last year in office closing 14 Quillon depots.",
    ],
)
def test_a_span_reckoned_from_an_event_is_no_calendar_unit(sentence):
    shown = cited_on(sentence)
    assert shown, "the fact is still offered"
    assert "[" not in shown[0]


def test_a_next_year_told_from_the_storys_time_is_not_dated_from_the_writing():
    text = "Dana Roe lost the Quillon primary in 2008. The next year, Roe won 5,210 votes."
    assert all("2017" not in s and "[" not in s for s in cited_on(text))


def test_a_span_in_a_present_perfect_runs_to_the_writing():
    text = "The Quillon board has in the last year closed 14 depots and sold 3 others."
    assert cited_on(text) == [
        "The Quillon board has in the last year [to March 9, 2016] closed 14 depots "
        "and sold 3 others."
    ]
    past = "Quillon County has closed 14 depots over the past two years."
    assert cited_on(past) == [
        "Quillon County has closed 14 depots over the past two years [to March 9, 2016]."
    ]


def test_last_year_alone_is_still_the_calendar_year_before():
    text = "Quillon County closed 14 depots last year, its audit found."
    assert cited_on(text) == ["Quillon County closed 14 depots last year [2015], its audit found."]


@pytest.mark.parametrize(
    "when",
    [
        "three or four months ago",
        "three to four months ago",
        "about two weeks ago",
        "nearly two years ago",
        "more than a month ago",
        "some nine months ago",
    ],
)
def test_a_loose_count_before_ago_is_not_pinned_to_one_month_or_day(when):
    text = f"Quillon County closed 14 depots {when}."
    assert cited_on(text) == []  # (as "a few weeks ago": no date is sure, so no fact)
    assert cited_on(text, None) == [text]  # (no date known: cited as written)


def test_an_exact_count_before_ago_is_still_dated():
    text = "Quillon County closed 14 depots three months ago, its audit found."
    assert cited_on(text) == [
        "Quillon County closed 14 depots three months ago [December 2015], its audit found."
    ]


def _minister(name: str) -> str:
    return (
        f"{name}, the trade minister of Velbourg, met the port board in Arlen in 2014. "
        "He signed a $40 million agreement with the board in March 2014."
    )


@pytest.mark.parametrize(
    "surname",
    ["Dupr\u00c3\u00a9", "Dupr\u00c3\u0083\u00c2\u00a9", "DuprA\u0303\u0083A\u0302\u00a9"],
)
def test_a_name_cut_at_a_broken_character_gives_no_bracket(surname):
    text = _minister(f"Marcel {surname}")
    shown = cited_on(text, None)
    assert all("[" not in s for s in shown)
    assert not any(s.endswith("in March 2014.") for s in shown)


@pytest.mark.parametrize(
    "given",
    [
        "Fran\u00c3\u00a7ois",  # an accented letter as UTF-8 read as Latin-1
        "Ra\u00c3\u00bal",  # the same, its second character a letter
        "Fran\u00c3\u0083\u00c2\u00a7ois",  # broken twice, with a control character
        "Ra\u00c3\u0083\u00c2ol",  # broken twice, a byte lost
        "FranA\u0303\u0083A\u0302\u00a7ois",  # the same, its letters decomposed
    ],
)
def test_a_broken_given_name_leaves_the_whole_surname(given):
    text = _minister(f"{given} Quimbrelle")
    assert "[Quimbrelle] signed a $40 million agreement with the board in March 2014." in (
        cited_on(text, None)
    )


def test_a_clean_accented_name_is_still_resolved():
    text = _minister("Marcel Dupr\u00e9")
    assert "[Marcel Dupr\u00e9] signed a $40 million agreement with the board in March 2014." in (
        cited_on(text, None)
    )


COURTS = (
    "The Velmar Supreme Court agreed in 2014 to hear an appeal of the Arlen water fee. "
    "In 2013, a three-judge panel of a federal appeals court in Arlen ruled against "
    "Quillon County. "
)


def test_the_court_is_not_a_higher_court_when_another_court_comes_between():
    text = COURTS + "Quillon County appealed the decision of the court in May 2013."
    assert all("[the Velmar Supreme Court]" not in s for s in cited_on(text, None))


def test_the_committee_after_an_unnamed_committee_is_not_the_named_one():
    text = (
        "The Velmar National Committee met in Arlen on May 2, 2016. "
        "Dana Roe named 6 members to the 15-member committee responsible for the platform. "
        "Quillon County sent 3 delegates to the committee in May 2016."
    )
    assert all("[the Velmar National Committee]" not in s for s in cited_on(text, None))


def test_the_court_with_no_other_court_between_is_still_the_named_one():
    text = (
        "The Velmar Supreme Court agreed in 2014 to hear an appeal of the Arlen water fee. "
        "Quillon County appealed the decision of the court in May 2013."
    )
    assert (
        "Quillon County appealed the decision of [the Velmar Supreme Court] in May 2013."
        in cited_on(text, None)
    )


def test_a_word_the_noun_describes_is_no_other_one():
    text = (
        "The Velmar Supreme Court agreed in 2014 to hear an appeal of the Arlen water fee. "
        "Dana Roe sent 3 court clerks to Arlen in 2013. "
        "Quillon County appealed the decision of the court in May 2013."
    )
    assert (
        "Quillon County appealed the decision of [the Velmar Supreme Court] in May 2013."
        in cited_on(text, None)
    )


def test_a_broken_name_no_surname_follows_leaves_no_one_sure():
    text = (
        "Jos\u00c3\u00a9 met Dana Roe and the port board in Arlen in 2014. "
        "He signed a $40 million agreement with the board in March 2014."
    )
    assert not any(s.endswith("in March 2014.") for s in cited_on(text, None))


def test_a_body_named_in_the_sentence_itself_needs_no_bracket_and_stays():
    text = (
        "The Velmar Unified School District adopted a resolution on Nov. 19, 2015 declaring "
        "itself a \u201cquiet district\u201d for families within the school district."
    )
    assert cited_on(text, None) == [text]
