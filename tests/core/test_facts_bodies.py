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


# #17 round 55: "The <Name>" as the subject, one thing of a make the article
# writes as a thing of a kind ("a Quillon 757", "his Quillon,"): which one,
# only the sentences before say.
FLOWN = "The Quillon has flown 300 hours since March 2015."


def test_one_thing_of_a_make_is_no_named_subject():
    lead = "Velmar news.\n\nDana Roe bought a Quillon 757 in 2011. "
    assert verdict(lead + FLOWN + "\n", FLOWN) == "pointer"
    line = "According to flight logs, the Quillon, built in 1991, flew 300 hours in 2015."
    assert verdict(lead + line + "\n", line) == "pointer"
    line = "The Quillon also weighs 100,000 pounds, Dana Roe said in May 2015."
    text = "Velmar news.\n\nDana Roe sold his Quillon, a jet, in 2011. " + line + "\n"
    assert verdict(text, line) == "pointer"


def test_a_make_named_only_as_a_modifier_or_a_body_stands():
    # ("a Quillon form": the name describes the form; no thing of a make.)
    text = "Velmar news.\n\nDana Roe sent a Quillon form to 300 homes in 2011. " + FLOWN + "\n"
    assert dated(text)[-1:] == [FLOWN]
    # ("The Quillon depot": the name describes the subject's noun.)
    line = "The Quillon depot shipped 300 crates in March 2015."
    text = "Velmar news.\n\nDana Roe bought a Quillon 757 in 2011. " + line + "\n"
    assert dated(text)[-1:] == [line]
