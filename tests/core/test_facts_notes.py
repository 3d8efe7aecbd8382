"""The writer's own notes about the piece: an editor's note, a line about the
writer or their book, are no citable fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_notes import writer_note
from tests.core.facts_helpers import OPENING, verdict

# A note's or a bio's line, and whether it is the writer's note.
_LINES = [
    ("Tova Quarrow is the author of \u201cThe Velmar Years\u201d (Brask Press, 2015).", True),
    (
        "Tova Quarrow is a fellow at the Quillon Institute and the author of two books on levies,"
        " the last in 2014.",
        True,
    ),
    ("Dana Roe is the co-author of Quillon Nights, published in 2016.", True),
    ("Her new book, a history of the Velmar guild, will be published in May 2017.", True),
    # A lawmaker's act, not a book.
    ("Dana Roe is the author of the 2015 bill that set the Quillon levy.", False),
    ("Dana Roe is the author of the Velmar Housing Act of 2015.", False),
    # Someone's reported words.
    ("Roe said on May 3, 2016, that Quarrow is the author of \u201cThe Velmar Years.\u201d", False),
    ("Tova Quarrow, the author of two books on levies, said in 2016 the levy would rise.", False),
]


@pytest.mark.parametrize(("sentence", "note"), _LINES)
def test_a_writers_line_about_themselves_or_a_book(sentence: str, note: bool) -> None:
    assert writer_note(sentence, 0, sentence) is note


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story was updated on May 3, 2016, to add 12 Quillon wards.",
        "EDITOR\u2019S NOTE: Dana Roe's guild paid for 3 of the 12 Velmar trips in 2016.",
    ],
)
def test_an_editors_note_is_not_offered(note: str) -> None:
    text = OPENING + "\n" + note + " Dana Roe opened 12 depots in Quillon in 2016.\n"
    assert verdict(text, note) == "boilerplate"
    # The note's next sentence is the note's too (alone, it is a fact).
    body = "Dana Roe opened 12 depots in Quillon in 2016."
    assert verdict(OPENING + "\n" + body + "\n", body) == ""
    assert verdict(text, "Dana Roe opened 12") == "boilerplate"
    # A sentence of the body is not.
    assert verdict(text, OPENING) != "boilerplate"
