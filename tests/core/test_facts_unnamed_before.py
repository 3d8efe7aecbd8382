"""A "He" or "She" after a sentence whose subject is a person it does not
name ("A former aide to Greta Tamsk spoke ...", "Tamsk's husband ...",
"One of Tamsk's aides ...") may stand for that person as well as for the
one the sentence names: no name is bracketed and the fact is not offered.
A subject named ("Tobin Vesk, an aide to Tamsk, ...", "The aide, Lena
Brask, ...") leaves the pronoun as it was read before.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_unnamed_before import unnamed_subject
from tests.core.facts_helpers import dated

TOLD = "She testified on May 3, 2015, for 4 hours before 12 Quarrow pilots."


def offered(before: str) -> list[str]:
    return dated("Quarrow news.\n\n" + before + " " + TOLD + "\n")


def opens_unnamed(sentence: str) -> bool:
    return unnamed_subject(sentence, 0, len(sentence))


def test_a_pronoun_after_an_unnamed_subject_is_not_bracketed():
    for before in (
        "A former aide to Greta Tamsk spoke on Monday in Vesk.",
        "On Monday, a spokeswoman for Greta Tamsk spoke in Vesk.",
        "Greta Tamsk's sister spoke on Monday in Vesk.",
        "One of Greta Tamsk's aides spoke on Monday in Vesk.",
        "The chairwoman of Greta Tamsk's guild spoke on Monday in Vesk.",
    ):
        assert TOLD not in " ".join(offered(before)), before
        assert not any("[Greta Tamsk]" in line for line in offered(before)), before


def test_a_named_subject_leaves_the_pronoun_as_before():
    line = TOLD.replace("She", "[Greta Tamsk]")
    assert line in offered("Greta Tamsk met an aide on Monday in Vesk.")
    assert line in offered("Tobin Vesk, an aide to Greta Tamsk, spoke on Monday in Vesk.")


def test_what_opens_unnamed():
    assert opens_unnamed("A former aide to Greta Tamsk spoke on Monday.")
    assert opens_unnamed("But the Quarrow guild's treasurer paid $40 on Monday.")
    assert not opens_unnamed("The aide, Lena Brask, spoke on Monday.")
    assert not opens_unnamed("The aide Lena Brask spoke on Monday.")
    assert not opens_unnamed("Greta Tamsk's aides spoke on Monday.")  # (no "he", no "she")
    assert not opens_unnamed("The Quarrow guild voted 5-2 on Monday.")
    assert not opens_unnamed("Greta Tamsk spoke to an aide on Monday.")


def test_short_or_empty_sentences_are_no_unnamed_subject():
    # (A fronting word with no comma in a line of three to five words, or no
    # words at all: the comma was looked for past the line's end.)
    for line in ("On Monday voters.", "After that he left", "In the end, she", "", "   "):
        assert not opens_unnamed(line), line
