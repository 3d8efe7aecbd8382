"""Figures of one thing told two ways (issue #10), third round: the day a
state votes (vote_days.py), written as the state's primary or caucuses, a
clause on the state, the state spoken of again, or a day's own name (a
word and a weekday). Each with near misses that must stay unflagged: an
invented place for the state, a name on the event the other report does
not give, two parties, a day of a series, another year. Sentences in
invented words (the states' names are the published list's)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from app.core.corroborate import vote_days
from app.core.corroborate.quantities import number_values
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str, when=(EARLY, LATER)) -> list:
    return conflict_values(first, second, when)


OWNED = "Tobin Vesk told ranch donors that Montana's {} primary would settle the matter."
WHICH = "Ivo Kell hopes to surprise Vesk in Montana, which votes {}."
AGAIN = "Kell toured grain towns in Montana ahead of the state's {} primary."
LABEL = "Brisk aired no mailers against Kell before the {} primary in Montana, his aides say."


def test_a_state_s_primary_day_is_compared_whatever_else_each_report_says():
    assert _conflicts(OWNED.format("June 4"), WHICH.format("June 11")) == [("06-04", "06-11")]
    assert _conflicts(AGAIN.format("June 4"), LABEL.format("June 11")) == [("06-04", "06-11")]


def test_reports_naming_no_one_alike_may_tell_two_parties_contests():
    assert not _conflicts(
        OWNED.format("June 4"), WHICH.replace("Vesk", "the field").format("June 11")
    )


def test_the_same_day_is_no_conflict():
    assert not _conflicts(OWNED.format("June 4"), WHICH.format("June 4"))


def test_an_invented_place_is_no_state():
    assert not _conflicts(
        OWNED.replace("Montana", "Quarrow").format("June 4"), WHICH.format("June 11")
    )
    assert not _conflicts(
        AGAIN.replace("Montana", "Quarrow").format("June 4"), WHICH.format("June 11")
    )


def test_two_states_are_two_days():
    assert not _conflicts(
        OWNED.format("June 4"), WHICH.replace("Montana", "Idaho").format("June 11")
    )


def test_a_name_on_the_event_the_other_report_never_gives_is_another_contest():
    marked = "Vesk aired no mailers before the June 4 Ostran primary in Montana, his aides say."
    assert not _conflicts(marked, WHICH.format("June 11"))


def _day(marks) -> SimpleNamespace:
    return SimpleNamespace(value=SimpleNamespace(kind="date"), times=frozenset(), marks=marks)


def test_two_parties_named_are_two_contests():
    first = "Velmarist hopes in Montana rest on the state's June 4 primary, Kell said."
    second = "Among Ostelist voters in Montana, the June 11 primary in Montana looks close."
    a, b = (
        vote_days.vote_marks(t, t.index(day), t.index(day) + len(day))
        for t, day in ((first, "June 4"), (second, "June 11"))
    )
    assert a == {"=vote:montana||velmarist"} and b == {"=vote:montana||ostelist"}
    sig = SimpleNamespace(all_names=frozenset({"kell", "montana"}), when=EARLY)
    assert not vote_days.one_vote(sig, _day(a), sig, _day(b))
    alike = {"=vote:montana||ostelist,velmarist"}
    assert vote_days.one_vote(sig, _day(a), sig, _day(alike))
    assert vote_days.one_vote(sig, _day(a), sig, _day({"=vote:montana||"}))


def test_another_year_or_a_report_of_another_cycle_is_left_alone():
    assert not _conflicts(OWNED.format("June 4, 2027,"), WHICH.format("June 11"))
    assert not _conflicts(
        OWNED.format("June 4"), WHICH.format("June 11"), (EARLY, date(2034, 3, 2))
    )


NAMED = "Nine states hold caucuses on March 3, known as Ralvo Tuesday."
AFTER = "Vesk will not quit the race until after Ralvo Tuesday on March 10, Kell predicts."


WINTER = (date(2031, 1, 5), date(2031, 1, 12))  # reports written before both days


def test_a_day_s_own_name_is_one_day():
    assert _conflicts(NAMED, AFTER, WINTER) == [("03-03", "03-10")]


def test_a_day_of_a_series_or_a_week_s_weekday_is_not_the_named_day():
    assert not _conflicts(NAMED, AFTER.replace("after Ralvo", "after the second Ralvo"), WINTER)
    assert not _conflicts(NAMED, AFTER.replace("Ralvo", "Velmo"), WINTER)
    assert not _conflicts(NAMED, AFTER.replace("after Ralvo Tuesday", "after Tuesday"), WINTER)


# -- money: a list's first item, a name's people -------------------------------------

LISTED = (
    "Tobin Vesk has made no secret of the aims he hopes to see in the charter,"
    " from a ${} federal ferry toll to a ban on night barges."
)
CALLED = "Sen. Tobin Vesk defended his call to raise the federal ferry toll to ${}, citing docks."


def test_a_list_s_first_item_told_from_a_to_a_is_no_change():
    listed = number_values(LISTED.format(15))
    assert [(v.value, v.change) for v in listed if v.kind == "money"] == [("$15", False)]
    moved = number_values("The toll rose from a $15 ferry toll to a $20 one.")
    assert [v.change for v in moved if v.kind == "money"][0]
    assert _conflicts(LISTED.format(15), CALLED.format(24)) == [("$15", "$24")]


AIDES = "Aides to Mr. Tobin Vesk are pressing guild officials for planks like a ${} ferry toll."
BACKS = "Vesk backs the ${} ferry toll, his office says."


def test_a_plural_of_people_opening_a_sentence_is_of_the_name_after_it():
    assert _conflicts(AIDES.format(15), BACKS.format(9)) == [("$15", "$9")]
    assert not _conflicts(AIDES.replace("Tobin Vesk", "Ivo Kell").format(15), BACKS.format(9))
