"""A tally that changes from day to day, or a share with no poll, stands
alone only with its day and its source.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import verdict

INTRO = "Tova Quarrow, who runs the Velmar Guild, spoke in Quillon on May 2, 2019. "


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # A delegate tally as it stands: as of when?
        ("Tova Quarrow has 503 delegates and Bram Dunmore has 70.", "time"),
        ("There are 595 guild delegates at stake in 11 states.", "time"),
        ("With 214 delegates at stake, Tova Quarrow is assured of at least 118.", "time"),
        # With its day it stands.
        ("Tova Quarrow has 503 delegates after the Velmar vote of May 9, 2019.", ""),
        ("Tova Quarrow won 40 delegates in the Quillon primary in 2019.", ""),
        # A share spelled out, with no poll to say of what.
        ("Tova Quarrow, of Quillon, was at seven percent.", "pointer"),
        ("Tova Quarrow was at seven percent in the Velmar Guild poll.", ""),
        # A share as it stands is a poll's, a place names none.
        ("In Quillon, Tova Quarrow has 45%, while Bram Dunmore has 44%.", "pointer"),
        ("Tova Quarrow had 49.9 percent to Bram Dunmore's 49.6 percent.", "pointer"),
        ("Tova Quarrow had 49.9 percent in the Quillon primary on May 9, 2019.", ""),
        ("A Velmar Guild poll showed Tova Quarrow has 45% in May 2019.", ""),
        # A time only the writing's date says, with no date.
        ("Tova Quarrow is currently leading the Velmar Guild with $500 in dues.", "time"),
        ("Tova Quarrow recently gave $500 to the Velmar Guild.", "time"),
        ("In recent weeks, Tova Quarrow gave $500 to the Velmar Guild.", "time"),
        ("Tova Quarrow recently gave $500 to the Velmar Guild, on May 9, 2019.", ""),
        ("Almost 4,000 Quillon clerks have already voted, 2,500 of them in Velmar.", "time"),
        ("Tova Quarrow raised $7 million during the month, most of it in Velmar.", "time"),
        ("Tova Quarrow raised $9 million during the month of May 2019.", ""),
        # A request is no statement.
        ("In lieu of flowers, please send $50 to the Velmar Guild, 100 Quillon Road.", "opening"),
        # "too": as well as whom?
        ("Tova Quarrow, too, gave $500 to the Velmar Guild in 2019.", "pointer"),
    ],
)
def test_a_tally_needs_its_day_and_a_share_its_poll(sentence, why):
    assert verdict(INTRO + sentence, sentence) == why
