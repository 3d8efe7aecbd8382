"""An act told in the present perfect with its source named after it ("Roe
has won the ward vote, according to two Velmar stations") holds as the
article was written, as the writer's own present perfect does: it is cited
"[as of <the source's date>]". A source named before the act still leaves
it undated.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import OPENING, dated


def test_a_present_perfect_sourced_after_it_is_dated_as_of_the_writing():
    sentence = "Tova Quarrow has won the Quillon ward vote, according to two Velmar stations."
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == [
        "Tova Quarrow has won the Quillon ward vote, according to two Velmar stations"
        " [as of March 23, 2016]."
    ]


def test_a_source_named_before_the_act_leaves_it_as_it_was():
    sentence = "According to two Velmar stations, Tova Quarrow has won the Quillon ward vote."
    assert "[as of" not in " ".join(dated(f"{OPENING}\n{sentence}\n"))
