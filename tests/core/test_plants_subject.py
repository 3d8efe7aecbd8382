"""The "another subject" near misses of the plant generator
(bench/plants_subject.py, bench/plants_rewrite.control): the name replaced
is the one the figure is said of, or no such control is made. Invented
sentences and names."""

from __future__ import annotations

import random

import pytest

from bench.plants_rewrite import control, control_rewrites
from bench.plants_subject import subject_name, subject_parts

SAID_OF = [
    # The one who acts, the owner of the figure's noun, what names an event.
    ("Later, the farmer Tam Vesk won 40 seats in the spring.", "40 seats", "Vesk"),
    ("Aides recall how Tam Vesk's 1994 bid ended.", "1994", "Vesk"),
    ("Crowds came to the Quillon vote on May 4 at dawn.", "May 4", "Quillon"),
    ("The Brask Guild's 12 barges sailed at noon.", "12 barges", "Guild"),
    ("Marra Fenwold has 18 ferries, the harbor board says.", "18 ferries", "Fenwold"),
]

REFUSED = [
    # Who holds an office: another holder of one role is a real disagreement.
    ("Later, Gov. Tam Vesk signed the 1994 budget.", "1994", "role"),
    ("The former harbor governor Tam Vesk won 40 seats.", "40 seats", "role"),
    # Who says it, or a name outside the quoted figure.
    ("Aides told Vesk 40 sheep had died.", "40 sheep", "speaker"),
    ('The farmer Tam Vesk called it "a 30 percent rise" at noon.', "30 percent", "speaker"),
    ('The guild joined the "Open Harbor" pact in 1994.', "1994", "speaker"),
    # No name: a month, a word of a longer name, a sentence's first word, a counted noun.
    ("Prices at the market rose in March 1994.", "1994", "not a name"),
    ("The guild backed the Harbor Act in 1994.", "1994", "not a name"),
    ("Homeowners paid 30 percent more that year.", "30 percent", "not a name"),
    ("The farm lost four Velmarists in 1994.", "1994", "not a name"),
    # Not what the figure measures.
    ("The guild got fewer votes than Tam Vesk in 1994.", "1994", "not the subject"),
    ("The traders met in Quillon on May 4.", "May 4", "not the subject"),
    ("Ballots are cast in Vesk and Quillon on May 4.", "May 4", "not the subject"),
    (
        "The farmer Tam Vesk's remarks came just a few weeks before the May 4 vote.",
        "May 4",
        "not the subject",
    ),
    ("The farmer Tam Vesk lost his barn in the 2012 Quillon flood.", "2012", "not the subject"),
    ("The farmer Tam Vesk lost his barn in the 2012 flood in Quillon.", "2012", "not the subject"),
    (
        "The farmer Tam Vesk is short of the 1,240 votes needed to win.",
        "1,240 votes",
        "not the subject",
    ),
    ("The farmer Tam Vesk is sure that the guild holds 40 seats.", "40 seats", "not the subject"),
]


@pytest.mark.parametrize("sentence,figure,name", SAID_OF)
def test_the_name_the_figure_is_said_of(sentence, figure, name):
    at, found = subject_name(sentence, figure)
    assert found == name and sentence[at : at + len(name)] == name


@pytest.mark.parametrize("sentence,figure,reason", REFUSED)
def test_no_subject_control_where_the_name_is_not_what_the_figure_measures(
    sentence, figure, reason
):
    assert subject_name(sentence, figure) == reason
    assert control("count", figure, sentence, "subject", random.Random(0)) is None


def test_the_name_is_replaced_where_it_stands():
    # The name also stands earlier in the sentence: the one before the figure
    # in its clause is replaced, the other is left as written.
    sentence = "Vesk spoke first; later, the farmer Tam Vesk won 40 seats."
    rewrite = control("count", "40 seats", sentence, "subject", random.Random(0))
    at, name, new = subject_parts(rewrite)
    assert name == "Vesk" and at == sentence.rindex("Vesk") and new != "40 seats"
    ((_, _, rewrites),) = [r for r in control_rewrites(sentence, 1) if r[0] == "count"]
    changed = dict((how, text) for how, _new, text in rewrites)["subject"]
    assert changed.startswith("Vesk spoke first; later, the farmer Tam ")
    assert "Tam Vesk" not in changed and "40 seats" not in changed


def test_no_subject_rewrite_renames_an_office_holder():
    text = "Later, Gov. Tam Vesk signed a $40 million budget in the spring."
    hows = {how for _kind, _found, rewrites in control_rewrites(text, 1) for how, *_ in rewrites}
    assert "subject" not in hows and "change" in hows
