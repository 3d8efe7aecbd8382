"""A subject called by a body's noun alone ("The board fined ...") gets the
one body of that noun the article named before it in brackets; after two
bodies of that noun named, which one is unsure and the fact is not
offered; with none named it stands as the story's own body.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import dated, verdict

FINED = "The board fined Tobin Quask $5,000 on May 3, 2016."


def test_the_one_body_named_before_is_bracketed():
    text = "Velmar news.\n\nGreta Tamsk chairs the Vesk Water Board. " + FINED + "\n"
    assert dated(text) == [FINED.replace("The board", "[The Vesk Water Board]")]


def test_two_bodies_named_before_leave_it_unsure():
    text = (
        "Velmar news.\n\nGreta Tamsk chairs the Vesk Water Board. Lena Brask chairs the "
        "Quillon Water Board. " + FINED + "\n"
    )
    assert verdict(text, FINED) == "pointer"


def test_no_body_named_leaves_the_story_s_own():
    text = "Velmar news.\n\nGreta Tamsk spoke in Vesk on Monday. " + FINED + "\n"
    assert dated(text)[-1:] == [FINED]
    # ("The board of the Vesk guild" says which: as it is.)
    line = FINED.replace("The board", "The board of the Quarrow guild")
    text = "Velmar news.\n\nGreta Tamsk chairs the Vesk Water Board. " + line + "\n"
    assert dated(text) == [line]
