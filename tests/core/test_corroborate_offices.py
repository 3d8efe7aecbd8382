"""One state's holder of a one-holder office, named by two reports of one
month, disagrees whatever else the two sentences say (rules.one_office):
also when the state opens a sentence, when the sentences name other people
beside the holder, and when one tells a running figure. Invented sentences,
states from the published list."""

from __future__ import annotations

import pytest

from tests.core.corroborate_helpers import add, filled_library

# The state opens the sentence, and its report names the state nowhere else
# (a first word is read as a name only when its source uses it as one).
_OPENING = "Vermont Gov. Tam Orrel was climbing in the Quarr race as Ansel Brisk was falling."
_LISTED = (
    "The forum will host two rivals of Brisk, Sen. Corin Vasque and Vermont Gov. Ivo Kell,"
    " along with the front-runner Lio Marr."
)
# Other people named beside the holder in both sentences.
_ROSTER = (
    "Rounding out the stage will be Pell Ardent, Vermont Gov. Tam Orrel and Sen. Corin Vasque,"
    " who rejoins the main stage."
)
_BACKERS = "Groups backing Sen. Lio Marr and Vermont Gov. Ivo Kell have spent heavily on the air."
# A running figure ("now") in one of them.
_NOW = "Vermont Gov. Tam Orrel now hopes a late endorsement will lift him before the Quarr vote."


def _office_conflicts(a: str, b: str, dates=("2031-03-01", "2031-03-20")) -> list:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        with filled_library(Path(tmp) / "lib.sqlite") as library:
            add(library, a, facts=[a], date=dates[0])
            add(library, b, facts=[b], date=dates[1])
            return [(c.kind, sorted(set(c.values))) for c in library.conflicts()]


@pytest.mark.parametrize(
    ("a", "b"),
    [(_OPENING, _LISTED), (_ROSTER, _BACKERS), (_NOW, _BACKERS)],
)
def test_one_states_office_disagrees(a, b):
    assert _office_conflicts(a, b) == [("name:gov", ["Kell", "Orrel"])]


@pytest.mark.parametrize(
    ("a", "b", "dates"),
    [
        # The same holder, another state, a former holder, reports years apart.
        (_OPENING, _LISTED.replace("Ivo Kell", "Tam Orrel"), ("2031-03-01", "2031-03-20")),
        (_OPENING.replace("Vermont", "Ohio"), _LISTED, ("2031-03-01", "2031-03-20")),
        (
            _ROSTER,
            _BACKERS.replace("and Vermont", "and former Vermont"),
            ("2031-03-01", "2031-03-20"),
        ),
        (_NOW, _BACKERS, ("2031-03-01", "2035-03-20")),
        # A word opening the sentence that names no state.
        (
            _OPENING.replace("Vermont Gov.", "Democratic Gov."),
            _LISTED,
            ("2031-03-01", "2031-03-20"),
        ),
    ],
)
def test_no_one_office_at_one_time_does_not_disagree(a, b, dates):
    assert _office_conflicts(a, b, dates) == []


def test_a_state_named_before_a_comma_is_not_the_next_holders():
    from datetime import date

    from app.core.corroborate.claims import fact_signature

    listed = "Guests include former Gov. Lio Marr of Ohio, Gov. Ivo Kell of Vermont and others."
    marks = {vc.value.value: vc.marks for vc in fact_signature(1, listed, date(2031, 3, 1)).values}
    assert marks["Kell"] == frozenset()
    opening = "Ohio Gov. Ivo Kell came, as did Fla. Gov. Lio Marr."
    marks = {vc.value.value: vc.marks for vc in fact_signature(1, opening, date(2031, 3, 1)).values}
    assert marks == {"Kell": {"state:ohio"}, "Marr": {"state:florida"}}


def test_a_state_named_before_a_comma_makes_no_office_conflict():
    listed = "Guests include former Gov. Lio Marr of Ohio, Gov. Ivo Kell of Vermont and others."
    assert _office_conflicts("Ohio Gov. Tam Orrel was climbing in the Quarr race.", listed) == []
