"""Years of one thing told two ways (issue #10), fifth round: two years
written as the label of one person's run name its election, so labels
three years apart disagree, where a run told otherwise may be a launch a
year before the next election (runs.LABELLED); and a presidential race of
a year told with a named opponent in it is that opponent's run. And a day's own name
set off by quote marks is that day's even when the day labels a thing
after it (vote_days.py). Each with near misses that must stay unflagged.
Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate import vote_days
from app.core.corroborate.runs import LABELLED, RUN
from tests.core.corroborate_helpers import conflict_values, year_marks

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str, when=(EARLY, LATER)) -> list:
    return conflict_values(first, second, when)


# -- a run's label names its election ---------------------------------------------------

LABEL_ONE = "Pell Arvo, bursar of Tam Vesk's {} Varnist presidential campaign, sold the barge."
LABEL_TWO = "Pell Arvo, bursar of Tam Vesk's {} Varnist presidential campaign, sold the barge."
LABEL_NOMINEE = "Tam Vesk, the {} Varnist presidential nominee, mocked the ferry tolls."
LAUNCH = "Tam Vesk's presidential campaign in {} courted ferry crews along the coast."


def test_a_run_s_label_is_marked():
    assert LABELLED in year_marks(LABEL_ONE.format(2028))["2028"]
    assert LABELLED in year_marks(LABEL_NOMINEE.format(2028))["2028"]
    assert LABELLED not in year_marks(LAUNCH.format(2031))["2031"]


def test_two_labels_of_one_run_three_years_apart_disagree():
    assert _conflicts(LABEL_ONE.format(2025), LABEL_TWO.format(2028)) == [("2025", "2028")]


def test_a_label_and_a_run_told_otherwise_three_years_apart_may_be_two_runs():
    assert not _conflicts(LABEL_NOMINEE.format(2028), LAUNCH.format(2031))


def test_two_labels_a_term_apart_are_two_runs():
    assert not _conflicts(LABEL_ONE.format(2024), LABEL_TWO.format(2028))


def test_two_labels_of_two_people_three_years_apart_do_not_disagree():
    other = "Pell Arvo, bursar of Nils Orrin's {} Varnist presidential campaign, sold the barge."
    assert not _conflicts(LABEL_ONE.format(2025), other.format(2028))


# -- a presidential race told with a named opponent in it --------------------------------

RACE = (
    "The feud with the harbor lords sharpened during the {} presidential race,"
    " when Ms. Quell's Varnist opponent, Tam Vesk, toured the salt flats."
)


def test_a_race_s_named_opponent_and_owner_ran_that_year():
    marks = year_marks(RACE.format(2028))["2028"]
    assert {f"{RUN}:vesk", f"{RUN}:quell", LABELLED} <= marks


def test_a_race_s_opponent_and_a_nominee_s_label_three_years_apart_disagree():
    assert _conflicts(RACE.format(2028), LABEL_NOMINEE.format(2025)) == [("2028", "2025")]


def test_an_opponent_after_another_year_is_not_the_race_s():
    told = (
        "The feud sharpened during the {} presidential race, and in 2019 a guild"
        " opponent, Tam Vesk, toured the salt flats."
    )
    assert f"{RUN}:vesk" not in year_marks(told.format(2028)).get("2028", frozenset())


def test_an_opponent_in_a_race_of_no_president_is_not_marked():
    told = "During the {} harbor race, Ms. Quell's opponent, Tam Vesk, toured the salt flats."
    assert f"{RUN}:vesk" not in year_marks(told.format(2028)).get("2028", frozenset())


# -- a day's own name in quote marks, the day labelling a thing after it ---------------

QUOTED = 'Orla Venn sent organizers to all nine of the "Marrow Tuesday" {} states.'
NAMED_ON = "Little will shift in the count until after Marrow Tuesday on {}, Tesk says."
WINTER = (date(2031, 1, 5), date(2031, 1, 12))  # reports written before both days


def test_a_quoted_day_name_before_a_day_labelling_states_is_that_day():
    found = _conflicts(QUOTED.format("March 4"), NAMED_ON.format("March 11"), WINTER)
    assert found == [("03-04", "03-11")]


def test_an_unquoted_name_before_a_day_labelling_states_is_not_read():
    bare = QUOTED.replace('"Marrow Tuesday"', "Marrow Tuesday")
    assert not _conflicts(bare.format("March 4"), NAMED_ON.format("March 11"), WINTER)


def test_a_quoted_name_before_a_day_labelling_another_thing_is_not_read():
    kiosks = QUOTED.replace("states", "kiosks")
    assert not _conflicts(kiosks.format("March 4"), NAMED_ON.format("March 11"), WINTER)


def test_a_quoted_name_of_another_day_is_another_day():
    other = QUOTED.replace("Marrow", "Sallow")
    assert not _conflicts(other.format("March 4"), NAMED_ON.format("March 11"), WINTER)


# -- a state's voting day in three more forms --------------------------------------------

OWNED = "Tobin Vesk told ranch donors that Montana's {} primary would settle the matter."
THROUGH = "Ivo Kell says the fight with Vesk runs through Montana on {}, and past it."
AHEAD = "Vesk and Ivo Kell toured grain towns in Montana in anticipation of the {} primary."
WON = "Ivo Kell keeps touting his Montana win over Tobin Vesk on {} to the clerks."


def _vote(text: str, day: str) -> frozenset[str]:
    start = text.index(day)
    return vote_days.vote_marks(text, start, start + len(day))


def test_a_race_through_a_state_on_a_day_is_its_voting_day():
    assert _vote(THROUGH.format("June 4"), "June 4") == {f"{vote_days.VOTE}montana||"}
    assert _conflicts(OWNED.format("June 4"), THROUGH.format("June 11")) == [("06-04", "06-11")]


def test_a_stay_in_a_state_before_its_event_is_its_voting_day():
    assert _vote(AHEAD.format("June 4"), "June 4") == {f"{vote_days.VOTE}montana||"}
    assert _conflicts(OWNED.format("June 4"), AHEAD.format("June 11")) == [("06-04", "06-11")]


def test_a_win_in_a_state_on_a_day_is_its_voting_day():
    assert _conflicts(OWNED.format("June 4"), WON.format("June 11")) == [("06-04", "06-11")]


def test_the_forms_read_no_place_that_is_no_state_and_no_stay_before_no_event():
    assert not _vote(THROUGH.replace("Montana", "Quellmark").format("June 4"), "June 4")
    assert not _vote(WON.replace("Montana", "Quellmark").format("June 4"), "June 4")
    assert not _vote(AHEAD.replace(" primary", " feast").format("June 4"), "June 4")
